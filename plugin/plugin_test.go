package plugin

import (
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/completelint/completelint/analyzer"
)

func TestNewDecodesValidSettings(t *testing.T) {
	p, err := New(map[string]any{
		"today":   "2026-01-15",
		"rewrite": false,
		"disable": []any{"prompt-advice", "param-advice"},
		"model-map": []any{
			map[string]any{"from": "claude-2.1", "to": "claude-sonnet-4-5"},
			map[string]any{"from": "claude-instant-1.2", "to": "claude-haiku-4-5"},
		},
	})
	require.NoError(t, err)
	cfg := p.(*Plugin).cfg
	assert.Equal(t, "2026-01-15", cfg.Today)
	require.NotNil(t, cfg.Rewrite)
	assert.False(t, *cfg.Rewrite)
	assert.Equal(t, []string{"prompt-advice", "param-advice"}, cfg.Disable)
	assert.Equal(t, []analyzer.ModelMapping{
		{From: "claude-2.1", To: "claude-sonnet-4-5"},
		{From: "claude-instant-1.2", To: "claude-haiku-4-5"},
	}, cfg.ModelMap)
}

func TestNewWithoutSettings(t *testing.T) {
	for _, settings := range []any{nil, map[string]any{}} {
		p, err := New(settings)
		require.NoError(t, err)
		assert.Equal(t, analyzer.Config{}, p.(*Plugin).cfg)
	}
}

func TestNewRejectsBadSettings(t *testing.T) {
	tests := []struct {
		name     string
		settings any
		wantErr  string
	}{
		{"unknown key", map[string]any{"todays": "2026-01-15"}, `unknown setting "todays"`},
		{"key in another case", map[string]any{"Today": "2026-01-15"}, `unknown setting "Today"`},
		{"camel case model map", map[string]any{"modelMap": []any{}}, `unknown setting "modelMap"`},
		{"unknown key in model-map entry", map[string]any{"model-map": []any{
			map[string]any{"from": "claude-2", "into": "claude-sonnet-4-5"},
		}}, `unknown setting "model-map[0].into"`},
		{"bad date", map[string]any{"today": "15/01/2026"}, `today: want YYYY-MM-DD, got "15/01/2026"`},
		{"unknown category", map[string]any{"disable": []any{"prompt-typo"}}, `disable: unknown category "prompt-typo"`},
		{"model-map entry without to", map[string]any{"model-map": []any{
			map[string]any{"from": "claude-2"},
		}}, "model-map: entry"},
		{"model-map as a map", map[string]any{"model-map": map[string]any{"claude-2": "claude-sonnet-4-5"}}, "decoding settings"},
		{"wrong type", map[string]any{"disable": "prompt-advice"}, "decoding settings"},
		{"not a map", []any{"today"}, "decoding settings"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := New(tt.settings)
			require.Error(t, err)
			assert.Nil(t, p)
			assert.Contains(t, err.Error(), tt.wantErr)
			assert.Contains(t, err.Error(), "completelint settings: ")
		})
	}
}

func TestPluginBuildsConfiguredAnalyzer(t *testing.T) {
	p, err := New(map[string]any{"today": "2026-01-15"})
	require.NoError(t, err)
	assert.Equal(t, register.LoadModeTypesInfo, p.GetLoadMode())
	as, err := p.BuildAnalyzers()
	require.NoError(t, err)
	require.Len(t, as, 1)
	assert.Equal(t, "completelint", as[0].Name)
	// The analyzer's flags start from the settings.
	assert.Equal(t, "2026-01-15", as[0].Flags.Lookup("today").Value.String())
}

func TestPluginIsRegistered(t *testing.T) {
	newPlugin, err := register.GetPlugin(Name)
	require.NoError(t, err)
	_, err = newPlugin(map[string]any{"unknown": 1})
	assert.ErrorContains(t, err, `unknown setting "unknown"`)
}

// TestWrappersSettingDeclaresFacts: cross-package wrappers need analysis
// facts, and golangci-lint learns that from the analyzer it is given.
func TestWrappersSettingDeclaresFacts(t *testing.T) {
	for _, on := range []bool{false, true} {
		p, err := New(map[string]any{"wrappers": on})
		require.NoError(t, err)
		as, err := p.BuildAnalyzers()
		require.NoError(t, err)
		require.Len(t, as, 1)
		assert.Equal(t, on, len(as[0].FactTypes) > 0, "wrappers: %v", on)
	}
}
