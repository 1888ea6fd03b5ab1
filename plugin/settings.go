package plugin

import (
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"

	"github.com/golangci/plugin-module-register/register"

	"github.com/completelint/completelint/analyzer"
)

// decodeConfig turns raw golangci-lint settings into a validated Config.
// encoding/json matches keys case-insensitively and register.DecodeSettings
// inherits that, so keys are first compared exactly against the json tags.
func decodeConfig(settings any) (analyzer.Config, error) {
	var zero analyzer.Config
	if err := checkKeys(settings); err != nil {
		return zero, fmt.Errorf("%s settings: %w", Name, err)
	}
	cfg, err := register.DecodeSettings[analyzer.Config](settings)
	if err != nil {
		return zero, fmt.Errorf("%s settings: %w", Name, err)
	}
	if err := cfg.Validate(); err != nil {
		return zero, fmt.Errorf("%s settings: %w", Name, err)
	}
	return cfg, nil
}

// checkKeys reports the first key of settings, or of a model-map entry, that
// is not a json tag of the corresponding type.
func checkKeys(settings any) error {
	top, ok := settings.(map[string]any)
	if !ok {
		return nil // nil settings, or a shape DecodeSettings will reject with its own error
	}
	if err := unknownKey(top, reflect.TypeFor[analyzer.Config](), ""); err != nil {
		return err
	}
	entries, _ := top["model-map"].([]any)
	for i, e := range entries {
		if m, ok := e.(map[string]any); ok {
			if err := unknownKey(m, reflect.TypeFor[analyzer.ModelMapping](), fmt.Sprintf("model-map[%d].", i)); err != nil {
				return err
			}
		}
	}
	return nil
}

func unknownKey(m map[string]any, t reflect.Type, prefix string) error {
	known := jsonKeys(t)
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if !slices.Contains(known, k) {
			return fmt.Errorf("unknown setting %q (known: %s)", prefix+k, strings.Join(known, ", "))
		}
	}
	return nil
}

// jsonKeys lists the json names of t's fields, in declaration order.
func jsonKeys(t reflect.Type) []string {
	var keys []string
	for f := range t.Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name != "" && name != "-" {
			keys = append(keys, name)
		}
	}
	return keys
}
