package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/engine/finding"
)

func TestParse(t *testing.T) {
	src := `# newsroom settings
rules = ["rules/local"]
lexicon = ["lexicon.toml"]
format = "sarif"
fail_on = "warning"
disable = ["quote-two-speakers"]
ignore = ["archive/old/*"]
against = ["archive"]
baseline = ".claimcheck-baseline.json"
facts = ["facts/iraq.toml"]
claims = ["/srv/model-claims.json"]

[severity]
count-drift = "warning"
"event-two-killers" = "info"
`
	c, err := Parse("site/.claimcheck.toml", []byte(src))
	require.NoError(t, err)
	assert.Equal(t, []string{"site/rules/local"}, c.Rules)
	assert.Equal(t, []string{"site/lexicon.toml"}, c.Lexicon)
	assert.Equal(t, []string{"site/archive"}, c.Against)
	assert.Equal(t, []string{"site/archive/old/*"}, c.Ignore)
	assert.Equal(t, "site/.claimcheck-baseline.json", c.Baseline)
	assert.Equal(t, []string{"site/facts/iraq.toml"}, c.Facts)
	assert.Equal(t, []string{"/srv/model-claims.json"}, c.Claims)
	assert.Equal(t, "sarif", c.Format)
	assert.Equal(t, "warning", c.FailOn)
	assert.Equal(t, map[string]finding.Severity{"count-drift": "warning", "event-two-killers": "info"}, c.Severity)
}

func TestParseErrors(t *testing.T) {
	cases := []struct {
		name, src, want string
	}{
		{"unknown top-level key", "format = \"json\"\nfail-on = \"error\"\n",
			`c.toml:2:1: unknown key "fail-on"`},
		{"unknown key in a table", "[severity]\nx = \"error\"\n[output]\n  color = true\n",
			`c.toml:3:1: unknown key "output"`},
		{"bad severity", "[severity]\n  count-drift = \"loud\"\n",
			`c.toml:2:3: severity.count-drift: unknown severity "loud"`},
		{"bad fail_on", "fail_on = \"sometimes\"\n", `c.toml:1:1: fail_on: want error, warning, info or never`},
		{"syntax error", "format = \"json\n", `c.toml:1:`},
		{"wrong type", "rules = \"one\"\n", `c.toml:1:`},
		{"facts not a list", "format = \"json\"\nfacts = \"iraq.toml\"\n", `c.toml:2:1: facts:`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse("c.toml", []byte(c.src))
			require.Error(t, err)
			assert.Contains(t, err.Error(), c.want)
		})
	}
}

func TestFindWalksUp(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b")
	require.NoError(t, os.MkdirAll(deep, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(root, FileName), []byte("rules = [\"r\"]\n"), 0o644))

	c, err := Find(deep)
	require.NoError(t, err)
	assert.Equal(t, filepath.Join(deep, "..", "..", FileName), c.Path)
	abs, _ := filepath.Abs(c.Rules[0])
	assert.Equal(t, filepath.Join(root, "r"), abs)

	empty := t.TempDir()
	c, err = Find(empty)
	require.NoError(t, err)
	assert.Equal(t, "", c.Path)
}

// FuzzParse: any bytes give a config or a positioned error, never a panic.
func FuzzParse(f *testing.F) {
	f.Add([]byte("rules = [\"r\"]\n[severity]\ncount-drift = \"info\"\n"))
	f.Add([]byte("fail_on = \"never\"\nignore = [\"a/[\"]\n"))
	f.Add([]byte("[severity\n"))
	f.Add([]byte("rules = 3\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		c, err := Parse("c.toml", src)
		if err == nil && c == nil {
			t.Fatal("nil config without an error")
		}
		if err != nil && !strings.HasPrefix(err.Error(), "c.toml") {
			t.Fatalf("error does not name the file: %v", err)
		}
	})
}

func TestLimits(t *testing.T) {
	c, err := Parse(".claimcheck.toml", []byte("[limits]\nmax_sentence_bytes = 5000\nmax_group_evaluations = 100\n"))
	require.NoError(t, err)
	assert.Equal(t, 5000, c.Limits.MaxSentenceBytes)
	assert.Equal(t, 100, c.Limits.MaxGroupEvaluations)
	assert.Zero(t, c.Limits.MaxArticleBytes, "unset limits take the pipeline's defaults")
	_, err = Parse(".claimcheck.toml", []byte("[limits]\nmax_sentence = 5000\n"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), `unknown key "limits.max_sentence"`)
}
