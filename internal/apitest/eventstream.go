package apitest

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"hash/crc32"
	"net/http"
)

// writeChunks answers InvokeModelWithResponseStream: each chunk is one
// message of the AWS event stream encoding (application/vnd.amazon.eventstream),
// an event of type "chunk" whose payload holds the chunk's JSON in base64,
// {"bytes": "..."}.
func writeChunks(w http.ResponseWriter, chunks []map[string]any) {
	w.Header().Set("Content-Type", "application/vnd.amazon.eventstream")
	f, _ := w.(http.Flusher)
	for _, c := range chunks {
		b, _ := json.Marshal(c)
		payload, _ := json.Marshal(map[string]string{"bytes": base64.StdEncoding.EncodeToString(b)})
		_, _ = w.Write(eventMessage([][2]string{
			{":event-type", "chunk"},
			{":content-type", "application/json"},
			{":message-type", "event"},
		}, payload))
		if f != nil {
			f.Flush()
		}
	}
}

// eventMessage encodes one message of the AWS event stream: the prelude
// (total length, headers length, their CRC32), the headers (all strings
// here), the payload, and the CRC32 of all that.
func eventMessage(headers [][2]string, payload []byte) []byte {
	var hs bytes.Buffer
	for _, h := range headers {
		hs.WriteByte(byte(len(h[0])))
		hs.WriteString(h[0])
		hs.WriteByte(7) // string
		_ = binary.Write(&hs, binary.BigEndian, uint16(len(h[1])))
		hs.WriteString(h[1])
	}
	var m bytes.Buffer
	_ = binary.Write(&m, binary.BigEndian, uint32(12+hs.Len()+len(payload)+4))
	_ = binary.Write(&m, binary.BigEndian, uint32(hs.Len()))
	_ = binary.Write(&m, binary.BigEndian, crc32.ChecksumIEEE(m.Bytes()))
	m.Write(hs.Bytes())
	m.Write(payload)
	_ = binary.Write(&m, binary.BigEndian, crc32.ChecksumIEEE(m.Bytes()))
	return m.Bytes()
}

// bedrockChunks are the chunks of a Bedrock stream: the events of a
// Messages stream (without ping), or the legacy completion chunks, whose
// last one carries the stop reason and stop sequence.
func bedrockChunks(api API, model, id string, c Conversation, reply Reply) []map[string]any {
	var out []map[string]any
	if api == Messages {
		for _, e := range messageEvents(model, id, c, reply, false) {
			out = append(out, e.data)
		}
		return out
	}
	parts := completionParts(reply.Text)
	for i, p := range parts {
		m := map[string]any{"completion": p, "stop_reason": nil, "stop": nil}
		if i == len(parts)-1 {
			m["stop_reason"], m["stop"] = legacyStopReason(reply.StopReason), stopField(reply)
		}
		out = append(out, m)
	}
	return out
}
