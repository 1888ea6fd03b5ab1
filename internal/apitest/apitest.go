// Package apitest is a validating stand-in for the Anthropic API in tests. It
// answers the Messages API (POST /v1/messages), the legacy Text Completions
// API (POST /v1/complete) and Amazon Bedrock's InvokeModel
// (POST /model/{id}/invoke) and InvokeModelWithResponseStream
// (POST /model/{id}/invoke-with-response-stream, in the AWS event stream
// encoding), plain and streamed, and
// rejects what the real API rejects, with the API's status codes and error
// shapes.
//
// It reads each request from its wire JSON, independently of completelint's
// own model of a request: the request-level rules are those of
// docs/sources.md section (c), and the model-dependent ones come from the
// tables of internal/msgapi and internal/models as of a configurable day.
// Each request is recorded as a library-independent Conversation, so that a
// program can be compared before and after a rewrite.
//
// A Messages request is rejected, with the API's error text, for: a missing
// or mistyped model, max_tokens or messages; an unknown field ("Extra inputs
// are not permitted"); a role other than user or assistant; content other
// than a string or text blocks; an empty text block, or a message of only
// whitespace, in messages or system; an empty message other than a final
// assistant one; a final assistant message (a prefill) that ends in
// whitespace; a stop sequence that is empty or only whitespace; temperature
// or top_p outside [0, 1], a negative top_k. By model, as of the Day: an id
// that is unknown, retired, not yet released or spelled for another
// platform (404 not_found_error); a prefill on a model without prefill;
// temperature and top_p together where a model takes one; a non-default
// temperature, top_p or any top_k where a model takes none; max_tokens over
// the model's maximum.
//
// A legacy Text Completions request is rejected for a prompt without a
// "\n\nHuman:" turn (after optional system text) or that does not end with
// an "\n\nAssistant:" turn, max_tokens_to_sample below 1, and unknown or
// mistyped fields; its model is not judged. On Bedrock, a Messages body needs
// anthropic_version "bedrock-2023-05-31" and no model, stream or metadata
// key, starts with a user message and alternates roles; model rules apply
// only to ids the table knows.
//
// Errors the real API would not give in these words start with "apitest:":
// fields the stand-in does not model (tools, thinking, ...), non-text
// content blocks, max_tokens 0 (valid, but it only pre-warms the prompt
// cache), a body that is not JSON.
package apitest

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/completelint/completelint/internal/models"
)

// A Turn is one message of a conversation.
type Turn struct {
	Role string // "user" or "assistant"
	Text string
}

// A Conversation is a request with the endpoint's spelling removed. The
// model is left out: a rewrite replaces retired models (Request.Model has
// it).
type Conversation struct {
	// System is the system text: the text before the first "\n\nHuman:" of
	// a legacy prompt, or the system field of a Messages request.
	System string
	// Turns are the messages. A legacy prompt's turns drop the one space
	// after their colon, and its final Assistant turn is a message only when
	// it holds text, with trailing whitespace trimmed: the migration mapping.
	Turns     []Turn
	MaxTokens int64
	// Stop is nil or holds the stop sequences without "\n\nHuman:", which
	// the legacy API always implied.
	Stop        []string
	Temperature *float64
	TopP        *float64
	TopK        *int64
	UserID      string
	Stream      bool
}

// API names the API a request was sent to.
type API uint8

// The APIs the server answers.
const (
	Messages API = iota + 1
	TextCompletions
)

func (a API) String() string {
	if a == TextCompletions {
		return "text-completions"
	}
	return "messages"
}

// A Request is one request the server received.
type Request struct {
	Path    string // the URL path
	API     API    // zero when the body could not be told apart
	Bedrock bool   // sent to InvokeModel
	// Model is the model id: the body's, or the path's on Bedrock.
	Model string
	// Conversation is what the request carried, as far as it was read
	// when it was rejected.
	Conversation Conversation
	Body         []byte
	// Status is the status code of the answer; Error the error message
	// when it is not 200.
	Status int
	Error  string
}

// Accepted reports whether the server answered the request with 200.
func (r Request) Accepted() bool { return r.Status == http.StatusOK }

// A Reply is what the server answers to an accepted request.
type Reply struct {
	Text string
	// StopReason is a Messages API stop reason: "end_turn" (when empty),
	// "max_tokens", "stop_sequence", ... The legacy API reports "end_turn"
	// as "stop_sequence": it ended on the implied "\n\nHuman:".
	StopReason string
	// StopSequence is the stop sequence hit, for "stop_sequence".
	StopSequence string
}

// DefaultReply answers "you said <last user text> after <n> turns": it
// depends only on the conversation, so a legacy request and its rewrite get
// the same answer.
func DefaultReply(c Conversation) Reply {
	last := ""
	for _, t := range c.Turns {
		if t.Role == "user" {
			last = t.Text
		}
	}
	return Reply{Text: fmt.Sprintf("you said %q after %d turns", last, len(c.Turns)), StopReason: "end_turn"}
}

// DefaultDay is the day the model rules apply on when no Day option is
// given: the day the lifecycle table was read.
var DefaultDay = func() time.Time {
	d, err := time.Parse(time.DateOnly, models.TableDate)
	if err != nil {
		panic(err) // models tests parse TableDate
	}
	return d
}()

// An Option configures a Server.
type Option func(*Server)

// Day makes the model rules apply as of day: which models are retired or
// not yet released.
func Day(day time.Time) Option { return func(s *Server) { s.day = day } }

// RequireHeaders makes the server reject requests to the first-party API
// without an x-api-key (401) or an anthropic-version header (400), as the
// real API does. Off by default: hand-written test clients often send
// neither.
func RequireHeaders() Option { return func(s *Server) { s.headers = true } }

// A Server is the stand-in API and what it saw. It is safe for concurrent
// use.
type Server struct {
	srv     *httptest.Server
	day     time.Time
	headers bool

	mu    sync.Mutex
	reqs  []Request
	reply func(Conversation) Reply
	ids   int
}

// New starts a server that t closes when it ends.
func New(t testing.TB, opts ...Option) *Server {
	s := &Server{day: DefaultDay, reply: DefaultReply}
	for _, o := range opts {
		o(s)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/messages", s.messages)
	mux.HandleFunc("POST /v1/complete", s.complete)
	mux.HandleFunc("POST /model/{id}/invoke", s.invoke)
	mux.HandleFunc("POST /model/{id}/invoke-with-response-stream", s.invokeStream)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		req := Request{Path: r.URL.Path}
		s.reject(w, &req, &apiError{status: http.StatusNotFound, typ: "not_found_error",
			msg: fmt.Sprintf("apitest: no endpoint %s %s", r.Method, r.URL.Path)})
	})
	s.srv = httptest.NewServer(mux)
	t.Cleanup(s.srv.Close)
	return s
}

// URL is the base URL of the server, for option.WithBaseURL and the like.
func (s *Server) URL() string { return s.srv.URL }

// Client is an HTTP client for the server.
func (s *Server) Client() *http.Client { return s.srv.Client() }

// SetReply makes the server answer accepted requests with f's reply;
// nil restores DefaultReply.
func (s *Server) SetReply(f func(Conversation) Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if f == nil {
		f = DefaultReply
	}
	s.reply = f
}

// Requests returns every request received since the last Reset, in order.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.reqs)
}

// Conversations returns the conversations of the accepted requests, in
// order.
func (s *Server) Conversations() []Conversation {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Conversation
	for _, r := range s.reqs {
		if r.Accepted() {
			out = append(out, r.Conversation)
		}
	}
	return out
}

// Errors returns, for each rejected request, "<path>: <status> <message>".
func (s *Server) Errors() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for _, r := range s.reqs {
		if !r.Accepted() {
			out = append(out, fmt.Sprintf("%s: %d %s", r.Path, r.Status, r.Error))
		}
	}
	return out
}

// Reset forgets the requests received.
func (s *Server) Reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.reqs = nil
}

// record stores r.
func (s *Server) record(r Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.reqs = append(s.reqs, r)
}

// accept records r as accepted and returns the reply to give, with a fresh
// id for it.
func (s *Server) accept(r Request) (Reply, string) {
	r.Status = http.StatusOK
	s.mu.Lock()
	s.reqs = append(s.reqs, r)
	s.ids++
	id, f := s.ids, s.reply
	s.mu.Unlock()
	reply := f(r.Conversation)
	if reply.StopReason == "" {
		reply.StopReason = "end_turn"
	}
	return reply, strconv.Itoa(id)
}

// reject records r as rejected with e and writes e in the API's shape.
func (s *Server) reject(w http.ResponseWriter, r *Request, e *apiError) {
	r.Status, r.Error = e.status, e.msg
	s.record(*r)
	if r.Bedrock {
		writeBedrockError(w, e)
		return
	}
	writeError(w, e)
}
