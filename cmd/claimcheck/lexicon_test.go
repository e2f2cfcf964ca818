package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLexiconFind(t *testing.T) {
	r := cli(t, "", "lexicon", "find", "U.S.", "Erbil")
	require.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, "\"U.S.\" -> united-states (country), matched as its alias\n")
	assert.Contains(t, r.stdout, "\"Erbil\" -> erbil (city), matched as its name\n")
	assert.Contains(t, r.stdout, "    within     iraq, kurdistan-region")

	// Not a name: exit 1, and the names inside the phrase are shown.
	r = cli(t, "", "lexicon", "find", "US troops in Erbil")
	assert.Equal(t, 1, r.code)
	assert.Contains(t, r.stdout, `"US troops in Erbil": not in the lexicon; inside it: "US" -> united-states, "Erbil" -> erbil`)

	// A newsroom's own file adds names; JSON for scripts.
	dir := t.TempDir()
	lex := filepath.Join(dir, "newsroom.toml")
	require.NoError(t, os.WriteFile(lex, []byte("[[entity]]\nid = \"wagner-group\"\ntype = \"armed\"\nname = \"Wagner Group\"\naliases = [\"Wagner\"]\nwithin = [\"russia\"]\n"), 0o644))
	r = cli(t, "", "lexicon", "find", "--lexicon", lex, "--format", "json", "Wagner")
	require.Equal(t, 0, r.code, r.stderr)
	var doc struct {
		Schema  string `json:"schema"`
		Entries []struct {
			ID, Kind, MatchedAs string
			Within              []string
		} `json:"entries"`
	}
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &doc))
	assert.Equal(t, "claimcheck/lexicon-find/v1", doc.Schema)
	require.Len(t, doc.Entries, 1)
	assert.Equal(t, "wagner-group", doc.Entries[0].ID)
	assert.Equal(t, []string{"russia"}, doc.Entries[0].Within[:1])

	r = cli(t, "", "lexicon", "find")
	assert.Equal(t, 2, r.code)
}
