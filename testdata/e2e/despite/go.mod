module example.com/despite

go 1.22

require golang.org/x/tools v0.12.0

require (
	golang.org/x/mod v0.12.0 // indirect
	golang.org/x/sys v0.11.0 // indirect
)
