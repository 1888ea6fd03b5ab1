package analyzer

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestModelMapTargets: a rewrite never writes a retired or unknown id, so
// -model-map refuses them, on the command line and in Config alike.
func TestModelMapTargets(t *testing.T) {
	tests := []struct {
		to, err string
	}{
		{"claude-sonnet-4-6", ""},
		{"claude-haiku-4-5", ""},
		{"anthropic.claude-3-5-sonnet-20241022-v2:0", ""}, // Bedrock keeps its own schedule
		{"gpt-4", `target "gpt-4" is not a Messages API model completelint knows`},
		{"claude-3-haiku-20240307", `target "claude-3-haiku-20240307" was retired on 2026-04-20; use "claude-haiku-4-5-20251001"`},
		{"claude-2.1", `target "claude-2.1" was retired on 2025-07-21`},
	}
	for _, tt := range tests {
		t.Run(tt.to, func(t *testing.T) {
			cfg := Config{Today: "2026-12-05", ModelMap: []ModelMapping{{From: "claude-2.1", To: tt.to}}}
			err := cfg.Validate()
			a := New(Config{Today: "2026-12-05"})
			flagErr := a.Flags.Set("model-map", "claude-2.1="+tt.to)
			if tt.err == "" {
				assert.NoError(t, err)
				assert.NoError(t, flagErr)
				return
			}
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.err)
			require.Error(t, flagErr)
			assert.Contains(t, flagErr.Error(), tt.err)
		})
	}
}
