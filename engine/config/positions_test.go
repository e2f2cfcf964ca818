package config

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Keys are found however they are written: in a [table], as dotted keys,
// in inline tables; type errors at the key the decoder names.
func TestErrorPositions(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"severity inline", "severity = { count-drift = \"loud\" }\n",
			`c.toml:1:14: severity.count-drift: unknown severity "loud"`},
		{"severity dotted and quoted", "severity.\"count.drift\" = \"loud\"\n",
			`c.toml:1:1: severity.count.drift: unknown severity "loud"`},
		{"unknown key in an inline table", "format = \"json\"\nseverity = {}\nout = { color = true }\n",
			`c.toml:3:1: unknown key "out"`},
		{"wrong type, indented", "format = \"json\"\n  rules = \"one\"\n",
			`c.toml:2:3: rules: incompatible types: TOML value has type string; destination has type slice`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse("c.toml", []byte(c.src))
			require.Error(t, err)
			assert.Contains(t, err.Error(), c.want)
		})
	}
}
