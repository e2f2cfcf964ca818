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

// TestNoticesInMachineFormats: what a limit cut reaches the check JSON, the
// SARIF and the extract JSON, not only standard error, and the JSON that
// check --claims reads back still loads.
func TestNoticesInMachineFormats(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "claimcheck.toml")
	require.NoError(t, os.WriteFile(cfg, []byte("[limits]\nmax_sentence_bytes = 1000\n"), 0o644))
	runon := filepath.Join(dir, "runon.txt")
	require.NoError(t, os.WriteFile(runon, []byte("Published 26 July 2021\n\nThere are 5,000 US troops in Iraq "+strings.Repeat("and more troops ", 200)+".\n"), 0o644))
	want := []map[string]any{{"path": runon, "line": 3.0, "limit": "max_sentence_bytes",
		"message": "1 sentence longer than 1000 bytes cut to that length for extraction"}}

	r := cli(t, "", "check", "--config", cfg, "--format", "json", runon)
	require.Equal(t, 0, r.code, r.stderr)
	var doc struct {
		Notices []map[string]any `json:"notices"`
		Summary struct{ Notices int }
	}
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &doc))
	assert.Equal(t, want, doc.Notices)
	assert.Equal(t, 1, doc.Summary.Notices)
	assert.Contains(t, r.stderr, "notice: 1 sentence longer than 1000 bytes", "people still see it")

	r = cli(t, "", "check", "--config", cfg, "--format", "sarif", runon)
	require.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, `"text": "1 sentence longer than 1000 bytes cut to that length for extraction (limit max_sentence_bytes)"`)
	assert.Contains(t, r.stdout, `"limit": "max_sentence_bytes"`)

	r = cli(t, "", "extract", "--config", cfg, "--format", "json", runon)
	require.Equal(t, 0, r.code, r.stderr)
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &doc))
	assert.Equal(t, want, doc.Notices)
	claims := filepath.Join(dir, "claims.json")
	require.NoError(t, os.WriteFile(claims, []byte(r.stdout), 0o644))
	r = cli(t, "", "check", "--claims", claims)
	assert.Equal(t, 0, r.code, "the extract JSON with notices loads as claims: %s", r.stderr)
}
