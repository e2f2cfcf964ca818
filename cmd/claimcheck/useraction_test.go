package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/engine/claim"
)

// A newsroom's own action, passed with --lexicon as a user runs it, reads
// like the built-in action with the same frame, measure and word classes
// ("kidnap"): the same claims, field for field, in every construction of
// the article below. The action, "torture", is also a noun, which the
// tagger must tell from the verb by context. The file's expectations for
// the user's action alone are in engine/extract/testdata/constructions/
// user-actions.txt.
func TestUserActionThroughCLI(t *testing.T) {
	const lex = "engine/extract/testdata/constructions/user-actions.toml"
	sentences := []string{
		"Militiamen {ed} 40 detainees in Kaduna on Monday.",
		"French soldiers {ed} aid worker Hamza Yusuf in Kaduna on Monday.",
		"Hamza Yusuf was {ed} by French troops in Kaduna on Monday.",
		"French troops did not {v} Hamza Yusuf, the army said.",
		"French troops didn't {v} the prisoners.",
		"The {n} of Hamza Yusuf by French troops on Monday angered the militants.",
		"Hamza Yusuf's {n} angered the militants.",
		"French troops will {v} the hostages next week.",
		"Islamic State plans to {v} the hostages.",
		"At least 12 villagers were {ed} in Kaduna on Sunday.",
		"Two Kenyan soldiers were {ed} by al-Shabaab in Mogadishu in March 2023.",
	}
	read := func(v, ed, n string) []string {
		text := strings.NewReplacer("{v}", v, "{ed}", ed, "{n}", n).Replace(strings.Join(sentences, "\n\n"))
		path := filepath.Join(t.TempDir(), v+".txt")
		require.NoError(t, os.WriteFile(path, []byte(text+"\n"), 0o644))
		r := cli(t, "", "extract", "--format", "json", "--lexicon", lex, "--published", "2024-03-06", path)
		require.Equal(t, 0, r.code, r.stderr)
		return meanings(t, r.stdout, v)
	}
	builtin := read("kidnap", "kidnapped", "kidnapping")
	user := read("torture", "tortured", "torture")
	require.NotEmpty(t, builtin)
	assert.Equal(t, builtin, user, "a user's action reads differently from the built-in one")

	// every sentence says something of the action
	lines := map[string]bool{}
	for _, c := range user {
		if line, _, _ := strings.Cut(c, " "); strings.Contains(c, " action=ACTION") {
			lines[line] = true
		}
	}
	assert.Len(t, lines, len(sentences), "sentences with a claim of the user's action: %v", user)
}

// meanings are the claims of an extract JSON document, each written as its
// line and its meaning fields ("L3 kind=event action=ACTION agent=..."),
// with the action id v written ACTION.
func meanings(t *testing.T, doc, v string) []string {
	var x struct {
		Articles []struct {
			Claims []map[string]json.RawMessage `json:"claims"`
		} `json:"articles"`
	}
	require.NoError(t, json.Unmarshal([]byte(doc), &x))
	require.Len(t, x.Articles, 1)
	var out []string
	for _, c := range x.Articles[0].Claims {
		f := []string{"L" + string(c["line"])}
		for _, fl := range claim.Fields {
			var val bytes.Buffer
			if raw, ok := c[fl.Name]; ok && fl.Role == claim.Meaning && json.Compact(&val, raw) == nil {
				f = append(f, fl.Name+"="+val.String())
			}
		}
		out = append(out, strings.ReplaceAll(strings.Join(f, " "), `action="`+v+`"`, "action=ACTION"))
	}
	return out
}
