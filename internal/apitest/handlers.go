package apitest

import (
	"encoding/json"
	"io"
	"net/http"
)

func (s *Server) messages(w http.ResponseWriter, r *http.Request) {
	data, _ := io.ReadAll(r.Body)
	req := Request{Path: r.URL.Path, API: Messages, Body: data}
	e := s.checkHeaders(r)
	if e == nil {
		req.Model, req.Conversation, e = readMessages(data, dialect{})
	}
	if e == nil {
		e = s.modelRules(req.Model, req.Conversation, true)
	}
	if e != nil {
		s.reject(w, &req, e)
		return
	}
	reply, id := s.accept(req)
	writeMessage(w, req.Model, id, req.Conversation, reply)
}

func (s *Server) complete(w http.ResponseWriter, r *http.Request) {
	data, _ := io.ReadAll(r.Body)
	req := Request{Path: r.URL.Path, API: TextCompletions, Body: data}
	e := s.checkHeaders(r)
	if e == nil {
		req.Model, req.Conversation, e = readComplete(data, dialect{})
	}
	if e != nil {
		s.reject(w, &req, e)
		return
	}
	reply, id := s.accept(req)
	writeCompletion(w, req.Model, id, req.Conversation.Stream, reply)
}

// invoke answers Bedrock's InvokeModel: a Messages body (it has messages or
// anthropic_version) or a legacy text body.
func (s *Server) invoke(w http.ResponseWriter, r *http.Request) { s.invokeModel(w, r, false) }

// invokeStream answers Bedrock's InvokeModelWithResponseStream: the same
// bodies, answered with a stream of chunks in the AWS event stream encoding.
func (s *Server) invokeStream(w http.ResponseWriter, r *http.Request) { s.invokeModel(w, r, true) }

func (s *Server) invokeModel(w http.ResponseWriter, r *http.Request, stream bool) {
	data, _ := io.ReadAll(r.Body)
	req := Request{Path: r.URL.Path, Bedrock: true, Model: r.PathValue("id"), Body: data}
	var raw map[string]json.RawMessage
	_ = json.Unmarshal(data, &raw)
	_, msgs := raw["messages"]
	_, version := raw["anthropic_version"]
	_, prompt := raw["prompt"]
	var e *apiError
	switch {
	case msgs || version && !prompt:
		req.API = Messages
		_, req.Conversation, e = readMessages(data, dialect{bedrock: true})
		if e == nil {
			e = s.modelRules(req.Model, req.Conversation, false)
		}
	default:
		req.API = TextCompletions
		_, req.Conversation, e = readComplete(data, dialect{bedrock: true})
	}
	if e != nil {
		s.reject(w, &req, e)
		return
	}
	req.Conversation.Stream = stream
	reply, id := s.accept(req)
	if stream {
		writeChunks(w, bedrockChunks(req.API, req.Model, id, req.Conversation, reply))
		return
	}
	if req.API == TextCompletions {
		writeJSON(w, map[string]any{"completion": reply.Text, "stop_reason": legacyStopReason(reply.StopReason), "stop": stopField(reply)})
		return
	}
	writeMessage(w, req.Model, id, req.Conversation, reply)
}

// checkHeaders applies RequireHeaders.
func (s *Server) checkHeaders(r *http.Request) *apiError {
	switch {
	case !s.headers:
		return nil
	case r.Header.Get("x-api-key") == "" && r.Header.Get("authorization") == "":
		return &apiError{status: http.StatusUnauthorized, typ: "authentication_error", msg: "x-api-key header is required"}
	case r.Header.Get("anthropic-version") == "":
		return invalid("anthropic-version: header is required")
	}
	return nil
}
