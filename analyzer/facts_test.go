package analyzer

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
)

// TestWrapperFactGob round-trips the fact the way drivers serialise facts:
// gob, through the analysis.Fact interface.
func TestWrapperFactGob(t *testing.T) {
	in := &wrapperFact{
		Sends: "calls CompletionService.New (legacy Text Completions)", At: "client.go:42", Via: []string{"Ask"},
		Pieces: []wrapperPiece{{Text: "\n\nHuman: ", Param: -1}, {Hole: true, Param: 1}, {Text: "\n\nAssistant:", Param: -1}},
	}
	gob.Register(in)
	var buf bytes.Buffer
	var fact analysis.Fact = in
	require.NoError(t, gob.NewEncoder(&buf).Encode(&fact))
	var out analysis.Fact
	require.NoError(t, gob.NewDecoder(&buf).Decode(&out))
	assert.Equal(t, in, out)
	assert.Equal(t, `wrapper "\n\nHuman: {1}\n\nAssistant:" calls CompletionService.New (legacy Text Completions)`, out.(fmt.Stringer).String())
}
