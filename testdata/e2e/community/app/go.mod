module example.com/community

go 1.24

require (
	github.com/liushuangls/go-anthropic/v2 v2.0.0
	github.com/madebywelch/anthropic-go/v2 v2.0.0
)

// The round trip test assembles both libraries from their stubs and
// working clients (../lib) under third_party and points these there.
replace (
	github.com/liushuangls/go-anthropic/v2 => ./third_party/go-anthropic/v2
	github.com/madebywelch/anthropic-go/v2 => ./third_party/anthropic-go/v2
)
