package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRulesTestLoadsAsCheckDoes: rules test and rules list load a user's
// rule folder as check --rules does, beside the default pack and the
// configuration's rules, and act only on the folder's rules.
func TestRulesTestLoadsAsCheckDoes(t *testing.T) {
	dir := t.TempDir()
	mine := filepath.Join(dir, "mine")
	require.NoError(t, os.Mkdir(mine, 0o755))
	src, err := os.ReadFile("docs/examples/newsroom/rules/cases.toml")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(mine, "cases.toml"), src, 0o644))

	r := cli(t, "", "rules", "test", mine)
	require.Equal(t, 0, r.code, r.stderr)
	assert.Equal(t, []string{"RULE", "cases-same-day"}, firstWords(r.stdout), "only the folder's tests run")
	r = cli(t, "", "rules", "list", mine)
	require.Equal(t, 0, r.code, r.stderr)
	assert.Equal(t, []string{"ID", "cases-same-day"}, firstWords(r.stdout))

	// A rule id the default pack has: an error in rules test as in check.
	dup := strings.Replace(string(src), `id = "cases-same-day"`, `id = "count-drift"`, 1)
	require.NoError(t, os.WriteFile(filepath.Join(mine, "cases.toml"), []byte(dup), 0o644))
	for _, args := range [][]string{{"rules", "test", mine}, {"rules", "list", mine}, {"check", "--rules", mine, "fixtures/articles"}} {
		r = cli(t, "", args...)
		assert.Equal(t, 2, r.code, "%v", args)
		assert.Contains(t, r.stderr, `duplicate rule id "count-drift" (first defined at rules/counts.toml:`, "%v", args)
	}
	r = cli(t, "", "rules", "test", "--no-default-rules", mine)
	assert.Equal(t, 0, r.code, r.stderr)

	// The folder named in the configuration and again as PATH loads once.
	require.NoError(t, os.WriteFile(filepath.Join(mine, "cases.toml"), src, 0o644))
	cfg := filepath.Join(dir, "claimcheck.toml")
	require.NoError(t, os.WriteFile(cfg, []byte("rules = ["+`"`+mine+`"`+"]\n"), 0o644))
	r = cli(t, "", "rules", "test", "--config", cfg, mine+"/")
	assert.Equal(t, 0, r.code, r.stderr)
}

// TestRulesTestOfThePackItself: "rules test rules/" names the default
// pack's own files; they load once and every rule's tests run.
func TestRulesTestOfThePackItself(t *testing.T) {
	all := cli(t, "", "rules", "list")
	require.Equal(t, 0, all.code, all.stderr)
	r := cli(t, "", "rules", "test", "rules/")
	require.Equal(t, 0, r.code, r.stderr)
	assert.Equal(t, firstWords(all.stdout)[1:], firstWords(r.stdout)[1:])
}

// firstWords is the first word of each line.
func firstWords(s string) []string {
	var out []string
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		if f := strings.Fields(line); len(f) > 0 {
			out = append(out, f[0])
		}
	}
	return out
}
