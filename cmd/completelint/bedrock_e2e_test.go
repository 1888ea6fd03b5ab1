package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// bedrockRecorder stands in for the Bedrock runtime's InvokeModel: it
// answers legacy text bodies and Messages bodies for Claude models, and
// records each request as the conversation it carries.
type bedrockRecorder struct {
	srv *httptest.Server

	mu     sync.Mutex
	kinds  []string // "text" or "messages", per request
	convs  []conversation
	models []string
	errs   []string
}

func newBedrockRecorder(t *testing.T) *bedrockRecorder {
	rec := &bedrockRecorder{}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /model/{id}/invoke", rec.invoke)
	rec.srv = httptest.NewServer(mux)
	t.Cleanup(rec.srv.Close)
	return rec
}

func (rec *bedrockRecorder) invoke(w http.ResponseWriter, r *http.Request) {
	var raw map[string]json.RawMessage
	if err := json.NewDecoder(r.Body).Decode(&raw); err != nil {
		rec.fail(w, "decoding body: "+err.Error())
		return
	}
	data, _ := json.Marshal(raw)
	kind, c, err := bedrockConversation(raw, data)
	if err != nil {
		rec.fail(w, err.Error())
		return
	}
	rec.mu.Lock()
	rec.kinds, rec.convs = append(rec.kinds, kind), append(rec.convs, normalize(c))
	rec.models = append(rec.models, r.PathValue("id"))
	rec.mu.Unlock()
	text := strings.Join(answer(c), "")
	if kind == "text" {
		writeJSON(w, map[string]any{"completion": text, "stop_reason": "stop_sequence"})
		return
	}
	writeJSON(w, map[string]any{
		"id": "msg_1", "type": "message", "role": "assistant",
		"content":     []any{map[string]any{"type": "text", "text": text}},
		"stop_reason": "end_turn",
	})
}

// bedrockConversation reads a legacy or Messages body. A Messages body on
// Bedrock must carry anthropic_version and no model (the path names it).
func bedrockConversation(raw map[string]json.RawMessage, data []byte) (string, conversation, error) {
	if _, ok := raw["messages"]; !ok {
		var req legacyRequest
		if err := json.Unmarshal(data, &req); err != nil {
			return "", conversation{}, err
		}
		system, turns, err := splitPrompt(req.Prompt)
		stop := slices.DeleteFunc(slices.Clone(req.StopSequences), func(s string) bool { return s == "\n\nHuman:" })
		return "text", conversation{System: system, Turns: turns, MaxTokens: req.MaxTokens, Stop: stop, Temperature: req.Temperature}, err
	}
	var version string
	if err := json.Unmarshal(raw["anthropic_version"], &version); err != nil || version != "bedrock-2023-05-31" {
		return "", conversation{}, fmt.Errorf("messages body without anthropic_version bedrock-2023-05-31: %s", data)
	}
	var req messagesRequest
	if err := json.Unmarshal(data, &req); err != nil {
		return "", conversation{}, err
	}
	system, err := text(req.System)
	c := conversation{System: system, MaxTokens: req.MaxTokens, Stop: req.StopSequences, Temperature: req.Temperature}
	for _, m := range req.Messages {
		s, terr := text(m.Content)
		err = errors.Join(err, terr)
		c.Turns = append(c.Turns, turn{Role: m.Role, Text: s})
	}
	return "messages", c, err
}

func (rec *bedrockRecorder) fail(w http.ResponseWriter, msg string) {
	rec.mu.Lock()
	rec.errs = append(rec.errs, msg)
	rec.mu.Unlock()
	http.Error(w, `{"message":`+quote(msg)+`}`, http.StatusBadRequest)
}

func (rec *bedrockRecorder) reset() {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	rec.kinds, rec.convs, rec.models, rec.errs = nil, nil, nil, nil
}

// TestBedrockFix applies -fix to a program that sends legacy text bodies
// through the real aws-sdk-go-v2 Bedrock client: the result must build and
// vet against the real SDK, and send Messages bodies holding the same
// conversations to the same models.
func TestBedrockFix(t *testing.T) {
	t.Parallel()
	dir := copyModule(t, "testdata/e2e/bedrock")
	rec := newBedrockRecorder(t)
	runProgram := func() (string, []string, []conversation, []string) {
		t.Helper()
		rec.reset()
		build := run(t, dir, "go", "build", "-o", "bedrock.bin", ".")
		require.Equal(t, 0, build.code, "%s", build)
		r := runEnv(t, dir, []string{"BEDROCK_ENDPOINT=" + rec.srv.URL}, filepath.Join(dir, "bedrock.bin"), "Why is the sky blue?")
		rec.mu.Lock()
		defer rec.mu.Unlock()
		require.Empty(t, rec.errs, "stand-in rejected requests")
		require.Equal(t, 0, r.code, "%s", r)
		return r.stdout, rec.kinds, rec.convs, rec.models
	}
	legacyOut, legacyKinds, legacyConvs, legacyModels := runProgram()
	require.Equal(t, []string{"text", "text"}, legacyKinds)
	assert.Equal(t, "You answer in one word.", legacyConvs[0].System)
	assert.Equal(t, []turn{{"user", "Write 5 words about Why is the sky blue?."}, {"assistant", "Sure:"}}, legacyConvs[1].Turns)

	diags := parseJSON(t, dir, lint(t, dir, "-json", "./...").stdout)
	require.Equal(t, 2, fixedByCategory(diags)["legacy-api"], "both InvokeModel calls offer the rewrite: %+v", diags)
	r := lint(t, dir, "-fix", "./...")
	require.Equal(t, 0, r.code, "%s", r)
	vet := run(t, dir, "go", "vet", "./...")
	require.Equal(t, 0, vet.code, "%s", vet)

	messagesOut, messagesKinds, messagesConvs, messagesModels := runProgram()
	assert.Equal(t, []string{"messages", "messages"}, messagesKinds)
	assert.Equal(t, legacyConvs, messagesConvs)
	assert.Equal(t, legacyModels, messagesModels, "the rewrite keeps Bedrock model ids without a configured mapping")
	assert.Equal(t, strings.Split(legacyOut, "\n"), strings.Split(messagesOut, "\n"))
}
