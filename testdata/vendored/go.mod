module example.com/vendored

go 1.22

require github.com/tmc/langchaingo v0.1.5
