module example.com/claudehttp

go 1.26
