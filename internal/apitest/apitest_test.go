package apitest

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/json"
	"hash/crc32"
	"io"
	"maps"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A response is what a plain net/http client saw.
type response struct {
	status  int
	header  http.Header
	body    []byte
	errType string
	errMsg  string
}

// post sends body (a string is sent as is, anything else as JSON).
func post(t *testing.T, s *Server, path string, body any) response {
	t.Helper()
	data, ok := body.(string)
	if !ok {
		b, err := json.Marshal(body)
		require.NoError(t, err)
		data = string(b)
	}
	resp, err := s.Client().Post(s.URL()+path, "application/json", strings.NewReader(data))
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	r := response{status: resp.StatusCode, header: resp.Header, body: b}
	if resp.StatusCode != http.StatusOK {
		var e struct {
			Type  string
			Error struct{ Type, Message string }
		}
		require.NoError(t, json.Unmarshal(b, &e), "error body %s", b)
		r.errType, r.errMsg = e.Error.Type, e.Error.Message
	}
	return r
}

type obj = map[string]any

func user(text any) obj      { return obj{"role": "user", "content": text} }
func assistant(text any) obj { return obj{"role": "assistant", "content": text} }
func block(text string) obj  { return obj{"type": "text", "text": text} }
func blocks(texts ...string) []obj {
	var out []obj
	for _, t := range texts {
		out = append(out, block(t))
	}
	return out
}

// request is a valid Messages request with fields replaced or, when nil,
// removed.
func request(model string, edits obj) obj {
	return edit(obj{"model": model, "max_tokens": 100, "messages": []obj{user("Hi")}}, edits)
}

// edit sets the fields of edits in r, and removes those set to nil.
func edit(r, edits obj) obj {
	maps.Copy(r, edits)
	maps.DeleteFunc(r, func(_ string, v any) bool { return v == nil })
	return r
}

const (
	prefillModel = "claude-haiku-4-5" // prefill yes, sampling one, 64000 tokens
	noPrefill    = "claude-opus-4-8"  // prefill no, sampling default, 128000 tokens
	oneSampling  = "claude-sonnet-4-6"
)

func TestMessagesRules(t *testing.T) {
	s := New(t)
	tests := []struct {
		name   string
		body   any
		status int    // 0: 400
		msg    string // exact message; "" when accepted
	}{
		// Shape.
		{"not JSON", `{"model":`, 0, "apitest: the body is not a JSON object: unexpected EOF"},
		{"extra field", request(oneSampling, obj{"prompt": "x"}), 0, "prompt: Extra inputs are not permitted"},
		{"unmodelled field", request(oneSampling, obj{"tools": []obj{}}), 0, "apitest: tools is a real API field that the stand-in does not model"},
		{"no model", request(oneSampling, obj{"model": nil}), 0, "model: Field required"},
		{"model not a string", request(oneSampling, obj{"model": 4}), 0, "model: Input should be a valid string"},
		{"no max_tokens", request(oneSampling, obj{"max_tokens": nil}), 0, "max_tokens: Field required"},
		{"max_tokens fraction", request(oneSampling, obj{"max_tokens": 1.5}), 0, "max_tokens: Input should be a valid integer"},
		{"max_tokens negative", request(oneSampling, obj{"max_tokens": -1}), 0, "max_tokens: Input should be greater than or equal to 0"},
		{"max_tokens zero", request(oneSampling, obj{"max_tokens": 0}), 0, "apitest: max_tokens 0 only pre-warms the prompt cache and generates nothing; the stand-in rejects it"},
		{"max_tokens one", request(oneSampling, obj{"max_tokens": 1}), 200, ""},
		{"no messages", request(oneSampling, obj{"messages": nil}), 0, "messages: Field required"},
		{"empty messages", request(oneSampling, obj{"messages": []obj{}}), 0, "messages: at least one message is required"},
		{"bad role", request(oneSampling, obj{"messages": []obj{{"role": "system", "content": "x"}}}), 0, "messages.0.role: Input should be 'user' or 'assistant'"},
		{"no content", request(oneSampling, obj{"messages": []obj{{"role": "user"}}}), 0, "messages.0.content: Field required"},
		{"extra message key", request(oneSampling, obj{"messages": []obj{{"role": "user", "content": "x", "name": "n"}}}), 0, "messages.0.name: Extra inputs are not permitted"},
		{"content number", request(oneSampling, obj{"messages": []obj{user(3)}}), 0, "messages.0.content: Input should be a valid list"},
		{"image block", request(oneSampling, obj{"messages": []obj{user([]obj{{"type": "image"}})}}), 0, `apitest: messages.0.content.0: content blocks of type "image" are not modelled by the stand-in`},
		{"block without text", request(oneSampling, obj{"messages": []obj{user([]obj{{"type": "text"}})}}), 0, "messages.0.content.0.text: Field required"},
		{"text blocks", request(oneSampling, obj{"messages": []obj{user(blocks("a", "b"))}}), 200, ""},
		{"assistant first", request(oneSampling, obj{"messages": []obj{assistant("a"), user("b")}}), 200, ""},

		// Content rules (docs/sources.md R-EMPTY-TEXT, R-WS-TEXT, R-TRAILING-WS).
		{"empty text block", request(oneSampling, obj{"messages": []obj{user(blocks(""))}}), 0, "messages: text content blocks must be non-empty"},
		{"empty block next to text", request(oneSampling, obj{"messages": []obj{user(blocks("", "a"))}}), 0, "messages: text content blocks must be non-empty"},
		{"empty string content", request(oneSampling, obj{"messages": []obj{user(""), assistant("a"), user("b")}}), 0, "messages.0: all messages must have non-empty content except for the optional final assistant message"},
		{"empty list content", request(oneSampling, obj{"messages": []obj{user([]obj{})}}), 0, "messages.0: all messages must have non-empty content except for the optional final assistant message"},
		{"whitespace user", request(oneSampling, obj{"messages": []obj{user(" \n")}}), 0, "messages: text content blocks must contain non-whitespace text"},
		{"whitespace block", request(oneSampling, obj{"messages": []obj{user(blocks("\n"))}}), 0, "messages: text content blocks must contain non-whitespace text"},
		{"whitespace earlier turn", request(oneSampling, obj{"messages": []obj{user("a"), assistant(" "), user("b")}}), 0, "messages: text content blocks must contain non-whitespace text"},
		{"whitespace block beside text", request(oneSampling, obj{"messages": []obj{user(blocks(" ", "real"))}}), 200, ""},
		{"empty system", request(oneSampling, obj{"system": ""}), 0, "system: text content blocks must be non-empty"},
		{"whitespace system", request(oneSampling, obj{"system": " \n"}), 0, "system: text content blocks must contain non-whitespace text"},
		{"empty system block", request(oneSampling, obj{"system": blocks("")}), 0, "system: text content blocks must be non-empty"},
		{"whitespace system block beside text", request(oneSampling, obj{"system": blocks("ok", " ")}), 0, "system: text content blocks must contain non-whitespace text"},
		{"system string", request(oneSampling, obj{"system": "Be brief."}), 200, ""},
		{"system blocks", request(oneSampling, obj{"system": blocks("Be ", "brief.")}), 200, ""},
		{"prefill trailing space", request(prefillModel, obj{"messages": []obj{user("a"), assistant("Sure ")}}), 0, "messages: final assistant content cannot end with trailing whitespace"},
		{"prefill only whitespace", request(prefillModel, obj{"messages": []obj{user("a"), assistant("\n")}}), 0, "messages: final assistant content cannot end with trailing whitespace"},
		{"prefill", request(prefillModel, obj{"messages": []obj{user("a"), assistant("Sure")}}), 200, ""},
		{"empty final assistant", request(prefillModel, obj{"messages": []obj{user("a"), assistant("")}}), 200, ""},

		// Stop sequences (R-STOPSEQ) and parameters.
		{"empty stop", request(oneSampling, obj{"stop_sequences": []string{"END", ""}}), 0, "stop_sequences: each stop sequence must be non-empty"},
		{"newline stop", request(oneSampling, obj{"stop_sequences": []string{"\n"}}), 0, "stop_sequences: each stop sequence must contain non-whitespace"},
		{"blank line stop", request(oneSampling, obj{"stop_sequences": []string{"\n\n"}}), 0, "stop_sequences: each stop sequence must contain non-whitespace"},
		{"stops", request(oneSampling, obj{"stop_sequences": []string{"END", "\n\nHuman:"}}), 200, ""},
		{"temperature too high", request(oneSampling, obj{"temperature": 1.5}), 0, "temperature: Input should be less than or equal to 1"},
		{"top_p negative", request(oneSampling, obj{"top_p": -0.1}), 0, "top_p: Input should be greater than or equal to 0"},
		{"top_k negative", request(prefillModel, obj{"top_k": -1}), 0, "top_k: Input should be greater than or equal to 0"},
		{"metadata extra", request(oneSampling, obj{"metadata": obj{"user": "x"}}), 0, "metadata.user: Extra inputs are not permitted"},
		{"metadata", request(oneSampling, obj{"metadata": obj{"user_id": "u-1"}}), 200, ""},
		{"stream not bool", request(oneSampling, obj{"stream": "yes"}), 0, "stream: Input should be a valid boolean"},

		// Models.
		{"unknown model", request("claude-nope", nil), 404, "model: claude-nope"},
		{"retired model", request("claude-3-haiku-20240307", nil), 404, "model: claude-3-haiku-20240307"},
		{"legacy model", request("claude-2.1", nil), 404, "model: claude-2.1"},
		{"retired on the day", request("claude-sonnet-4-5", nil), 404, "model: claude-sonnet-4-5"},
		{"Bedrock spelling", request("anthropic.claude-sonnet-4-6", nil), 404, "model: anthropic.claude-sonnet-4-6"},
		{"alias", request("claude-haiku-4-5", nil), 200, ""},
		{"prefill unsupported", request(noPrefill, obj{"messages": []obj{user("a"), assistant("{")}}), 0, prefillRejected},
		{"prefill unsupported 4.6", request(oneSampling, obj{"messages": []obj{user("a"), assistant("{")}}), 0, prefillRejected},
		{"earlier assistant turn", request(noPrefill, obj{"messages": []obj{user("a"), assistant("b"), user("c")}}), 200, ""},
		{"temperature and top_p", request(oneSampling, obj{"temperature": 0.5, "top_p": 0.9}), 0, bothSampling},
		{"temperature and top_k", request(prefillModel, obj{"temperature": 0.5, "top_k": 5}), 200, ""},
		{"temperature on default model", request(noPrefill, obj{"temperature": 0.2}), 0, "`temperature` is deprecated for this model."},
		{"default temperature", request(noPrefill, obj{"temperature": 1}), 200, ""},
		{"top_p on default model", request(noPrefill, obj{"top_p": 0.9}), 0, "`top_p` is deprecated for this model."},
		{"top_k on default model", request(noPrefill, obj{"top_k": 5}), 0, "`top_k` is deprecated for this model."},
		{"max_tokens over model", request(noPrefill, obj{"max_tokens": 128001}), 0, "max_tokens: 128001 > 128000, which is the maximum allowed number of output tokens for claude-opus-4-8"},
		{"max_tokens over alias", request(prefillModel, obj{"max_tokens": 64001}), 0, "max_tokens: 64001 > 64000, which is the maximum allowed number of output tokens for claude-haiku-4-5"},
		{"max_tokens at model", request(noPrefill, obj{"max_tokens": 128000}), 200, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := post(t, s, "/v1/messages", tt.body)
			want := tt.status
			if want == 0 {
				want = 400
			}
			require.Equal(t, want, r.status, "%s", r.body)
			assert.Equal(t, tt.msg, r.errMsg)
			switch want {
			case 400:
				assert.Equal(t, "invalid_request_error", r.errType)
			case 404:
				assert.Equal(t, "not_found_error", r.errType)
			}
		})
	}
}

func TestDay(t *testing.T) {
	october := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	s := New(t, Day(october))
	assert.Equal(t, 200, post(t, s, "/v1/messages", request("claude-sonnet-4-5", nil)).status, "not yet retired")
	assert.Equal(t, 404, post(t, s, "/v1/messages", request("claude-fable-5-2", nil)).status, "not yet released")
	later := New(t)
	assert.Equal(t, 200, post(t, later, "/v1/messages", request("claude-fable-5-2", nil)).status)
}

func TestRequireHeaders(t *testing.T) {
	s := New(t, RequireHeaders())
	send := func(h map[string]string) response {
		req, err := http.NewRequest("POST", s.URL()+"/v1/messages", strings.NewReader(`{"model":"claude-sonnet-4-6","max_tokens":5,"messages":[{"role":"user","content":"x"}]}`))
		require.NoError(t, err)
		for k, v := range h {
			req.Header.Set(k, v)
		}
		resp, err := s.Client().Do(req)
		require.NoError(t, err)
		defer resp.Body.Close()
		return response{status: resp.StatusCode}
	}
	assert.Equal(t, 401, send(nil).status)
	assert.Equal(t, 400, send(map[string]string{"x-api-key": "k"}).status)
	assert.Equal(t, 200, send(map[string]string{"x-api-key": "k", "anthropic-version": "2023-06-01"}).status)
}

func legacy(prompt string, edits obj) obj {
	return edit(obj{"model": "claude-2.1", "max_tokens_to_sample": 100, "prompt": prompt}, edits)
}

func TestCompleteRules(t *testing.T) {
	s := New(t)
	const ok = "\n\nHuman: Hi\n\nAssistant:"
	tests := []struct {
		name string
		body any
		msg  string // "" when accepted
	}{
		{"plain", legacy(ok, nil), ""},
		{"system text", legacy("Be brief."+ok, nil), ""},
		{"retired model", legacy(ok, obj{"model": "claude-instant-1.2"}), ""},
		{"whitespace stop", legacy(ok, obj{"stop_sequences": []string{"\n"}}), ""},
		{"no Human turn", legacy("Hi\n\nAssistant:", nil), promptStart},
		{"single newline", legacy("\nHuman: Hi\n\nAssistant:", nil), promptStart},
		{"no Assistant turn", legacy("\n\nHuman: Hi", nil), promptEnd},
		{"ends with Human", legacy(ok+" Sure\n\nHuman: more", nil), promptEnd},
		{"no max tokens", legacy(ok, obj{"max_tokens_to_sample": nil}), "max_tokens_to_sample: Field required"},
		{"zero max tokens", legacy(ok, obj{"max_tokens_to_sample": 0}), "max_tokens_to_sample: Input should be greater than or equal to 1"},
		{"no prompt", legacy(ok, obj{"prompt": nil}), "prompt: Field required"},
		{"no model", legacy(ok, obj{"model": nil}), "model: Field required"},
		{"Messages body", legacy(ok, obj{"messages": []obj{user("Hi")}}), "messages: Extra inputs are not permitted"},
		{"temperature", legacy(ok, obj{"temperature": 2}), "temperature: Input should be less than or equal to 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := post(t, s, "/v1/complete", tt.body)
			if tt.msg == "" {
				assert.Equal(t, 200, r.status, "%s", r.body)
				return
			}
			assert.Equal(t, 400, r.status)
			assert.Equal(t, "invalid_request_error", r.errType)
			assert.Equal(t, tt.msg, r.errMsg)
		})
	}
}

func TestSplitPrompt(t *testing.T) {
	tests := []struct {
		prompt string
		system string
		turns  []Turn
	}{
		{"\n\nHuman: Hi\n\nAssistant:", "", []Turn{{"user", "Hi"}}},
		{"Sys\n\nHuman:  two\n\nAssistant: Sure \n", "Sys", []Turn{{"user", " two"}, {"assistant", "Sure"}}},
		{"\n\nHuman: q\n\nAssistant: a\n\nHuman: q2\n\nAssistant:", "", []Turn{{"user", "q"}, {"assistant", "a"}, {"user", "q2"}}},
		{"\n\nHuman: log:\nHuman: late\nAssistant: sorry\n\nAssistant:", "", []Turn{{"user", "log:\nHuman: late\nAssistant: sorry"}}},
	}
	for _, tt := range tests {
		system, turns, err := splitPrompt(tt.prompt)
		require.Nil(t, err, "%q", tt.prompt)
		assert.Equal(t, tt.system, system, "%q", tt.prompt)
		assert.Equal(t, tt.turns, turns, "%q", tt.prompt)
	}
}

// TestSameConversation sends one conversation to both endpoints: the
// recordings must be equal, and so must the replies.
func TestSameConversation(t *testing.T) {
	s := New(t)
	r1 := post(t, s, "/v1/complete", legacy("Be brief.\n\nHuman: Hi there\n\nAssistant: Sure", obj{
		"stop_sequences": []string{"\n\nHuman:", "END"}, "temperature": 0.5, "top_k": 3,
		"metadata": obj{"user_id": "u-1"},
	}))
	r2 := post(t, s, "/v1/messages", request(prefillModel, obj{
		"system": "Be brief.", "messages": []obj{user("Hi there"), assistant(blocks("Sure"))},
		"stop_sequences": []string{"END"}, "temperature": 0.5, "top_k": 3,
		"metadata": obj{"user_id": "u-1"},
	}))
	require.Equal(t, 200, r1.status, "%s", r1.body)
	require.Equal(t, 200, r2.status, "%s", r2.body)
	convs := s.Conversations()
	require.Len(t, convs, 2)
	temp, k := 0.5, int64(3)
	want := Conversation{System: "Be brief.", Turns: []Turn{{"user", "Hi there"}, {"assistant", "Sure"}},
		MaxTokens: 100, Stop: []string{"END"}, Temperature: &temp, TopK: &k, UserID: "u-1"}
	assert.Equal(t, want, convs[0])
	assert.Equal(t, want, convs[1])

	var completion struct {
		Completion string
		StopReason string `json:"stop_reason"`
	}
	require.NoError(t, json.Unmarshal(r1.body, &completion))
	var message struct {
		Content    []struct{ Type, Text string }
		StopReason string `json:"stop_reason"`
	}
	require.NoError(t, json.Unmarshal(r2.body, &message))
	require.Len(t, message.Content, 1)
	assert.Equal(t, `you said "Hi there" after 2 turns`, completion.Completion)
	assert.Equal(t, completion.Completion, message.Content[0].Text)
	assert.Equal(t, "stop_sequence", completion.StopReason)
	assert.Equal(t, "end_turn", message.StopReason)

	reqs := s.Requests()
	require.Len(t, reqs, 2)
	assert.Equal(t, TextCompletions, reqs[0].API)
	assert.Equal(t, "claude-2.1", reqs[0].Model)
	assert.Equal(t, Messages, reqs[1].API)
	assert.Equal(t, prefillModel, reqs[1].Model)
}

func TestRecording(t *testing.T) {
	s := New(t)
	post(t, s, "/v1/messages", request(noPrefill, nil))
	post(t, s, "/v1/messages", request(noPrefill, obj{"messages": []obj{user("a"), assistant("b")}}))
	r := post(t, s, "/v1/other", `{}`)
	assert.Equal(t, 404, r.status)
	assert.Equal(t, []string{
		"/v1/messages: 400 " + prefillRejected,
		"/v1/other: 404 apitest: no endpoint POST /v1/other",
	}, s.Errors())
	reqs := s.Requests()
	require.Len(t, reqs, 3)
	assert.True(t, reqs[0].Accepted())
	assert.False(t, reqs[1].Accepted())
	assert.Equal(t, []Turn{{"user", "a"}, {"assistant", "b"}}, reqs[1].Conversation.Turns, "a rejected request keeps what was read")
	assert.Len(t, s.Conversations(), 1)
	s.Reset()
	assert.Empty(t, s.Requests())
	assert.Empty(t, s.Errors())
	assert.Empty(t, s.Conversations())
}

// An event is one server-sent event.
type event struct {
	name string
	data map[string]any
}

func readEvents(t *testing.T, body []byte) []event {
	t.Helper()
	var out []event
	sc := bufio.NewScanner(bytes.NewReader(body))
	var name string
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "event: "):
			name = strings.TrimPrefix(line, "event: ")
		case strings.HasPrefix(line, "data: "):
			var d map[string]any
			require.NoError(t, json.Unmarshal([]byte(strings.TrimPrefix(line, "data: ")), &d))
			require.Equal(t, name, d["type"], "the event name is the data's type")
			out = append(out, event{name, d})
		}
	}
	return out
}

func TestMessagesStream(t *testing.T) {
	s := New(t)
	r := post(t, s, "/v1/messages", request(noPrefill, obj{"stream": true, "messages": []obj{user("Tell a story")}}))
	require.Equal(t, 200, r.status, "%s", r.body)
	assert.Equal(t, "text/event-stream", r.header.Get("Content-Type"))
	evs := readEvents(t, r.body)
	var names, deltas []string
	for _, e := range evs {
		names = append(names, e.name)
		if e.name == "content_block_delta" {
			d := e.data["delta"].(map[string]any)
			assert.Equal(t, "text_delta", d["type"])
			deltas = append(deltas, d["text"].(string))
		}
	}
	require.GreaterOrEqual(t, len(deltas), 2)
	want := []string{"message_start", "content_block_start", "ping"}
	for range deltas {
		want = append(want, "content_block_delta")
	}
	want = append(want, "content_block_stop", "message_delta", "message_stop")
	assert.Equal(t, want, names)
	assert.Equal(t, DefaultReply(s.Conversations()[0]).Text, strings.Join(deltas, ""))
	start := evs[0].data["message"].(map[string]any)
	assert.Nil(t, start["stop_reason"])
	assert.Equal(t, noPrefill, start["model"])
	assert.Equal(t, "end_turn", evs[len(evs)-2].data["delta"].(map[string]any)["stop_reason"])
	assert.True(t, s.Conversations()[0].Stream)
}

func TestCompleteStream(t *testing.T) {
	s := New(t)
	r := post(t, s, "/v1/complete", legacy("\n\nHuman: Tell a story\n\nAssistant:", obj{"stream": true}))
	require.Equal(t, 200, r.status, "%s", r.body)
	evs := readEvents(t, r.body)
	require.Equal(t, "ping", evs[0].name)
	var text string
	for i, e := range evs[1:] {
		require.Equal(t, "completion", e.name)
		text += e.data["completion"].(string)
		if i == len(evs)-2 {
			assert.Equal(t, "stop_sequence", e.data["stop_reason"])
		} else {
			assert.Nil(t, e.data["stop_reason"])
		}
	}
	assert.GreaterOrEqual(t, len(evs)-1, 2)
	assert.Equal(t, `you said "Tell a story" after 1 turns`, text)
}

func TestSetReply(t *testing.T) {
	s := New(t)
	tests := []struct {
		reply            Reply
		messages, legacy string
		stop, legacyStop any
	}{
		{Reply{Text: "Hello"}, "end_turn", "stop_sequence", nil, "\n\nHuman:"},
		{Reply{Text: "Hello", StopReason: "max_tokens"}, "max_tokens", "max_tokens", nil, nil},
		{Reply{Text: "Hello", StopReason: "stop_sequence", StopSequence: "END"}, "stop_sequence", "stop_sequence", "END", "END"},
	}
	for _, tt := range tests {
		s.SetReply(func(Conversation) Reply { return tt.reply })
		for _, stream := range []bool{false, true} {
			var m map[string]any
			r := post(t, s, "/v1/messages", request(noPrefill, obj{"stream": stream}))
			require.Equal(t, 200, r.status)
			if stream {
				evs := readEvents(t, r.body)
				var deltas []string
				for _, e := range evs {
					if e.name == "content_block_delta" {
						deltas = append(deltas, e.data["delta"].(map[string]any)["text"].(string))
					}
				}
				assert.Equal(t, []string{"He", "llo"}, deltas, "a one-word reply is split in two")
				m = evs[len(evs)-2].data["delta"].(map[string]any)
			} else {
				require.NoError(t, json.Unmarshal(r.body, &m))
				assert.Equal(t, "Hello", m["content"].([]any)[0].(map[string]any)["text"])
			}
			assert.Equal(t, tt.messages, m["stop_reason"])
			assert.Equal(t, tt.stop, m["stop_sequence"])
		}
		r := post(t, s, "/v1/complete", legacy("\n\nHuman: Hi\n\nAssistant:", nil))
		var c map[string]any
		require.NoError(t, json.Unmarshal(r.body, &c))
		assert.Equal(t, "Hello", c["completion"])
		assert.Equal(t, tt.legacy, c["stop_reason"])
		assert.Equal(t, tt.legacyStop, c["stop"])
	}
	s.SetReply(nil)
	r := post(t, s, "/v1/complete", legacy("\n\nHuman: Hi\n\nAssistant:", nil))
	assert.Contains(t, string(r.body), `you said \"Hi\" after 1 turns`)

	s.Reset()
	s.SetReply(func(Conversation) Reply { return Reply{Text: strconv.Itoa(len(s.Requests())) + " requests"} })
	r = post(t, s, "/v1/complete", legacy("\n\nHuman: Hi\n\nAssistant:", nil))
	assert.Contains(t, string(r.body), `"completion":"1 requests"`, "a reply may read what the server recorded")
}

func TestChunks(t *testing.T) {
	for _, text := range []string{"", "a", "ab", "one two  three ", " lead", "héllo", "a\nb c"} {
		parts := chunks(text)
		assert.Equal(t, text, strings.Join(parts, ""), "%q", text)
		if len([]rune(text)) >= 2 {
			assert.GreaterOrEqual(t, len(parts), 2, "%q", text)
		}
	}
	assert.Equal(t, []string{"one", " two", "  three", " "}, chunks("one two  three "))
}

func TestBedrock(t *testing.T) {
	s := New(t)
	messages := func(edits obj) obj {
		return edit(obj{"anthropic_version": "bedrock-2023-05-31", "max_tokens": 100, "messages": []obj{user("Hi")}}, edits)
	}
	tests := []struct {
		name, model string
		body        any
		msg         string // "" when accepted
	}{
		{"messages", "anthropic.claude-v2", messages(nil), ""},
		{"text", "anthropic.claude-v2:1", obj{"prompt": "\n\nHuman: Hi\n\nAssistant:", "max_tokens_to_sample": 10}, ""},
		{"no version", "anthropic.claude-v2", messages(obj{"anthropic_version": nil}), "Malformed input request: #: required key [anthropic_version] not found, please reformat your input and try again."},
		{"wrong version", "anthropic.claude-v2", messages(obj{"anthropic_version": "2023-06-01"}), `Malformed input request: anthropic_version must be "bedrock-2023-05-31", please reformat your input and try again.`},
		{"model in body", "anthropic.claude-v2", messages(obj{"model": "claude-2"}), "Malformed input request: #: extraneous key [model] is not permitted, please reformat your input and try again."},
		{"stream in body", "anthropic.claude-v2", messages(obj{"stream": true}), "Malformed input request: #: extraneous key [stream] is not permitted, please reformat your input and try again."},
		{"assistant first", "anthropic.claude-v2", messages(obj{"messages": []obj{assistant("a"), user("b")}}), "A conversation must start with a user message. Try again with a conversation that starts with a user message."},
		{"same roles", "anthropic.claude-v2", messages(obj{"messages": []obj{user("a"), user("b")}}), "A conversation must alternate between user and assistant roles. Make sure the conversation alternates between user and assistant roles and try again."},
		{"prefill on a model without", "us.anthropic.claude-opus-4-8-v1:0", messages(obj{"messages": []obj{user("a"), assistant("{")}}), prefillRejected},
		{"prefill on an unknown model", "anthropic.claude-v2", messages(obj{"messages": []obj{user("a"), assistant("{")}}), ""},
		{"blank stop", "anthropic.claude-v2", messages(obj{"stop_sequences": []string{"\n"}}), "stop_sequences: each stop sequence must contain non-whitespace"},
		{"text without prompt", "anthropic.claude-v2", obj{"max_tokens_to_sample": 10}, "Malformed input request: #: required key [prompt] not found, please reformat your input and try again."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := s.Client().Post(s.URL()+"/model/"+strings.ReplaceAll(tt.model, ":", "%3A")+"/invoke", "application/json", strings.NewReader(mustJSON(t, tt.body)))
			require.NoError(t, err)
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			if tt.msg == "" {
				require.Equal(t, 200, resp.StatusCode, "%s", body)
				return
			}
			require.Equal(t, 400, resp.StatusCode, "%s", body)
			assert.Equal(t, "ValidationException", resp.Header.Get("X-Amzn-ErrorType"))
			var e struct{ Message string }
			require.NoError(t, json.Unmarshal(body, &e))
			assert.Equal(t, tt.msg, e.Message)
		})
	}
	reqs := s.Requests()
	require.NotEmpty(t, reqs)
	assert.True(t, reqs[0].Bedrock)
	assert.Equal(t, "anthropic.claude-v2", reqs[0].Model)
	assert.Equal(t, Messages, reqs[0].API)
	assert.Equal(t, TextCompletions, reqs[1].API)
	assert.Equal(t, "anthropic.claude-v2:1", reqs[1].Model, "the model id is unescaped: the AWS SDK sends : as %3A")
	assert.Equal(t, []Turn{{"user", "Hi"}}, reqs[1].Conversation.Turns)
}

func mustJSON(t *testing.T, v any) string {
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}

func TestSDKRefusesNonStreaming(t *testing.T) {
	assert.False(t, SDKRefusesNonStreaming(21333, "claude-sonnet-4-6"))
	assert.True(t, SDKRefusesNonStreaming(21334, "claude-sonnet-4-6"))
	assert.False(t, SDKRefusesNonStreaming(8192, "claude-opus-4-0"))
	assert.True(t, SDKRefusesNonStreaming(8193, "claude-opus-4-0"))
	assert.False(t, SDKRefusesNonStreaming(8193, "claude-opus-4-8"))
}

// readChunks decodes an AWS event stream of chunk events, checking each
// message's CRCs, and returns the chunks' JSON.
func readChunks(t *testing.T, body []byte) []map[string]any {
	t.Helper()
	var out []map[string]any
	for len(body) > 0 {
		require.GreaterOrEqual(t, len(body), 16)
		total := binary.BigEndian.Uint32(body[0:4])
		hlen := binary.BigEndian.Uint32(body[4:8])
		require.Equal(t, crc32.ChecksumIEEE(body[:8]), binary.BigEndian.Uint32(body[8:12]), "prelude CRC")
		require.LessOrEqual(t, int(total), len(body))
		msg := body[:total]
		require.Equal(t, crc32.ChecksumIEEE(msg[:total-4]), binary.BigEndian.Uint32(msg[total-4:]), "message CRC")
		headers := map[string]string{}
		for h := msg[12 : 12+hlen]; len(h) > 0; {
			n := int(h[0])
			name := string(h[1 : 1+n])
			require.Equal(t, byte(7), h[1+n], "a string header")
			vlen := int(binary.BigEndian.Uint16(h[2+n : 4+n]))
			headers[name] = string(h[4+n : 4+n+vlen])
			h = h[4+n+vlen:]
		}
		assert.Equal(t, map[string]string{":event-type": "chunk", ":content-type": "application/json", ":message-type": "event"}, headers)
		var payload struct{ Bytes []byte }
		require.NoError(t, json.Unmarshal(msg[12+hlen:total-4], &payload))
		var c map[string]any
		require.NoError(t, json.Unmarshal(payload.Bytes, &c))
		out = append(out, c)
		body = body[total:]
	}
	return out
}

func TestBedrockStream(t *testing.T) {
	s := New(t)
	s.SetReply(func(Conversation) Reply { return Reply{Text: "Hello world"} })
	post := func(model string, body any) []map[string]any {
		resp, err := s.Client().Post(s.URL()+"/model/"+model+"/invoke-with-response-stream", "application/json", strings.NewReader(mustJSON(t, body)))
		require.NoError(t, err)
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		require.Equal(t, 200, resp.StatusCode, "%s", b)
		assert.Equal(t, "application/vnd.amazon.eventstream", resp.Header.Get("Content-Type"))
		return readChunks(t, b)
	}
	legacy := post("anthropic.claude-v2", obj{"prompt": "\n\nHuman: Hi\n\nAssistant:", "max_tokens_to_sample": 10})
	assert.Equal(t, []map[string]any{
		{"completion": "Hello", "stop_reason": nil, "stop": nil},
		{"completion": " world", "stop_reason": "stop_sequence", "stop": "\n\nHuman:"},
	}, legacy)
	msgs := post("anthropic.claude-v2", obj{"anthropic_version": "bedrock-2023-05-31", "max_tokens": 10, "messages": []obj{user("Hi")}})
	var types, text []string
	for _, c := range msgs {
		types = append(types, c["type"].(string))
		if c["type"] == "content_block_delta" {
			text = append(text, c["delta"].(map[string]any)["text"].(string))
		}
	}
	assert.Equal(t, []string{"message_start", "content_block_start", "content_block_delta", "content_block_delta", "content_block_stop", "message_delta", "message_stop"}, types)
	assert.Equal(t, []string{"Hello", " world"}, text)
	assert.Equal(t, "end_turn", msgs[5]["delta"].(map[string]any)["stop_reason"])
	reqs := s.Requests()
	require.Len(t, reqs, 2)
	assert.Equal(t, TextCompletions, reqs[0].API)
	assert.Equal(t, Messages, reqs[1].API)
	assert.True(t, reqs[0].Conversation.Stream && reqs[1].Conversation.Stream, "a Bedrock stream is recorded as one")

	resp, err := s.Client().Post(s.URL()+"/model/anthropic.claude-v2/invoke-with-response-stream", "application/json", strings.NewReader(`{"max_tokens_to_sample": 10}`))
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, 400, resp.StatusCode, "a rejected stream is an error before any chunk")
	assert.Equal(t, "ValidationException", resp.Header.Get("X-Amzn-ErrorType"))
}
