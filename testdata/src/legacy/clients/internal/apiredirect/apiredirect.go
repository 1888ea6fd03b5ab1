// Package apiredirect is test plumbing, not part of any client's spelling:
// imported for its side effect, it sends every request of the default HTTP
// transport to $APITEST_URL when that is set, whatever host the client
// wrote, as a DNS override would. The clients keep their real URLs.
package apiredirect

import (
	"net/http"
	"net/url"
	"os"
)

func init() {
	base := os.Getenv("APITEST_URL")
	if base == "" {
		return
	}
	target, err := url.Parse(base)
	if err != nil {
		panic(err)
	}
	next := http.DefaultTransport
	http.DefaultTransport = roundTripper(func(r *http.Request) (*http.Response, error) {
		r = r.Clone(r.Context())
		r.URL.Scheme, r.URL.Host, r.Host = target.Scheme, target.Host, target.Host
		return next.RoundTrip(r)
	})
}

type roundTripper func(*http.Request) (*http.Response, error)

func (f roundTripper) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }
