// Package types is a stub of aws-sdk-go-v2's Bedrock runtime types: the
// events of a response stream.
package types

// ResponseStream is an event of a response stream: one of the
// ResponseStreamMember types.
type ResponseStream interface {
	isResponseStream()
}

// ResponseStreamMemberChunk is a chunk of the model's answer.
type ResponseStreamMemberChunk struct {
	Value PayloadPart
}

func (*ResponseStreamMemberChunk) isResponseStream() {}

// PayloadPart holds the bytes of a chunk.
type PayloadPart struct {
	Bytes []byte
}
