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

// TestWhitespaceOfAWrappedDraft: a draft hard-wrapped with double spaces.
// What points into the file (text, focus) keeps its bytes, file[start:end];
// the article's words for things (*_text, the quotation, amount) and
// messages read as a reader sees them, in JSON as in text.
func TestWhitespaceOfAWrappedDraft(t *testing.T) {
	draft := filepath.Join(t.TempDir(), "wrapped.md")
	src := "---\ndate: 2021-01-03\noutlet: Desk\n---\n\nTension rose after an  Israeli drone\nstrike killed Iranian commander Qassem   Soleimani\nnear Baghdad in January 2020.\n"
	require.NoError(t, os.WriteFile(draft, []byte(src), 0o644))
	r := cli(t, "", "check", "--format", "json", draft, "--against", "fixtures/articles")
	require.Equal(t, 1, r.code, r.stderr)
	var doc struct {
		Findings []struct {
			Message string
			Claims  []map[string]any
		}
	}
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &doc))
	require.Len(t, doc.Findings, 1)
	f := doc.Findings[0]
	assert.NotRegexp(t, `\s\s|\n`, f.Message)
	var drafts int
	for _, c := range f.Claims {
		if c["draft"] != true {
			continue
		}
		drafts++
		start, end := int(c["start"].(float64)), int(c["end"].(float64))
		assert.Equal(t, src[start:end], c["text"], "the sentence is the file's bytes")
		assert.Contains(t, c["text"], "Qassem   Soleimani\nnear")
		for k, v := range c {
			if s, ok := v.(string); ok && (strings.HasSuffix(k, "_text") || k == "amount") {
				assert.NotRegexp(t, `\s\s|\n`, s, k)
			}
		}
		assert.Equal(t, "Iranian commander Qassem Soleimani", c["patient_text"])
		assert.Equal(t, "an Israeli drone strike", c["instrument_text"])
	}
	assert.Equal(t, 1, drafts)
	r = cli(t, "", "check", draft, "--against", "fixtures/articles")
	assert.Contains(t, r.stdout, "| Tension rose after an Israeli drone strike killed Iranian commander Qassem\n", "text shows the sentence as a reader sees it")
}
