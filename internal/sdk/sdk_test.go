package sdk

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/completelint/completelint/promptcheck"
)

// TestCommunityRows checks that each library the community rewrite serves
// says where every legacy entry goes and how each carried parameter is
// spelled on its Messages request.
func TestCommunityRows(t *testing.T) {
	rows := 0
	for _, lib := range Libraries {
		if lib.Rewrite != RewriteCommunity {
			assert.Nil(t, lib.MessagesAPI, "%s %s: a Messages API without the community rewrite", lib.Name, lib.Path)
			continue
		}
		rows++
		api := lib.MessagesAPI
		if !assert.NotNil(t, api, "%s %s", lib.Name, lib.Path) {
			continue
		}
		for _, e := range lib.Entries {
			m, ok := api.Entries[e.Name]
			if assert.True(t, ok, "%s %s: no Messages entry for %s", lib.Name, lib.Path, e.Func()) {
				assert.NotEmpty(t, m.Name)
				assert.Equal(t, m.Models == nil, m.ModelCheck == "", "%s: a model list says how the library checks it", m.Name)
			}
		}
		for field, param := range lib.Fields {
			if m, ok := promptcheck.MessagesParam(param); ok && m != "metadata" && m != "metadata.user_id" {
				assert.NotEmpty(t, api.Fields[m], "%s %s: %s (%s) has no Messages field", lib.Name, lib.Path, field, m)
			}
		}
		for _, param := range []string{"model", "max_tokens", "system", "messages"} {
			assert.NotEmpty(t, api.Fields[param], "%s %s: no Messages field for %s", lib.Name, lib.Path, param)
		}
		assert.True(t, api.UserMessage != "" && api.AssistantMessage != "" || api.Message != "" && api.MessageRole != "" && api.MessageContent != "",
			"%s %s: no way to write a message", lib.Name, lib.Path)
		for _, name := range []string{api.Request, api.Content, api.Text, api.LegacyText, api.StopReason, api.LegacyStopReason} {
			assert.NotEmpty(t, name, "%s %s: a name of the request or response is missing", lib.Name, lib.Path)
		}
		if api.Constructor != "" {
			for param := range api.Fields {
				if param != "messages" {
					assert.NotEmpty(t, api.Options[param], "%s %s: no option for %s", lib.Name, lib.Path, param)
				}
			}
		}
	}
	assert.Equal(t, 6, rows, "go-anthropic v1 and v2, anthropic-go v1, v2 and v3 (native, bedrock)")
}
