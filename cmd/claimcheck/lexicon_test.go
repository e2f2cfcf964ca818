package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
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

// TestLexiconFindNamesTheFile: an entry says which file and line define it
// and which add to it, so a user knows which TOML to edit; the lines are
// the lines of the [[entity]] ids.
func TestLexiconFindNamesTheFile(t *testing.T) {
	lex := filepath.Join(t.TempDir(), "newsroom.toml")
	require.NoError(t, os.WriteFile(lex, []byte("[[entity]]\nid = \"mali\"\naliases = [\"Republic of Mali\"]\n\n[[entity]]\nid = \"wagner-group\"\ntype = \"armed\"\nname = \"Wagner Group\"\nwithin = [\"russia\"]\n"), 0o644))
	r := cli(t, "", "lexicon", "find", "--lexicon", lex, "--format", "json", "Mali", "Wagner Group")
	require.Equal(t, 0, r.code, r.stderr)
	var doc struct {
		Entries []struct {
			ID      string
			Sources []struct {
				Path     string
				Line     int
				Embedded bool
			}
		}
	}
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &doc))
	require.Len(t, doc.Entries, 2)
	for _, e := range doc.Entries {
		require.NotEmpty(t, e.Sources, e.ID)
		for _, s := range e.Sources {
			src, err := os.ReadFile(s.Path) // embedded files are named by their place in the repository
			require.NoError(t, err)
			lines := strings.Split(string(src), "\n")
			assert.Equal(t, `id = "`+e.ID+`"`, lines[s.Line-1], "%s:%d", s.Path, s.Line)
			assert.Equal(t, s.Path != lex, s.Embedded, s.Path)
		}
	}
	mali, wagner := doc.Entries[0].Sources, doc.Entries[1].Sources
	assert.Equal(t, "engine/lexicon/data/world.toml", mali[0].Path, "the built-in file that defines it comes first")
	assert.Equal(t, lex, mali[len(mali)-1].Path, "the newsroom's file adds to it")
	assert.Equal(t, []string{lex}, []string{wagner[0].Path})
	assert.Len(t, wagner, 1)

	r = cli(t, "", "lexicon", "find", "--lexicon", lex, "Mali")
	assert.Contains(t, r.stdout, "    defined    engine/lexicon/data/world.toml:")
	assert.Contains(t, r.stdout, "    added to   "+lex+":2\n")
}
