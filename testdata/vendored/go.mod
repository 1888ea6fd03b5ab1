module example.com/vendored

go 1.22

require (
	example.com/oldsdk v1.2.0
	github.com/tmc/langchaingo v0.1.5
)
