package main

import (
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/engine/article"
)

// fixtures/html holds the fixture articles as their outlets' pages: a folder
// of saved pages must check like the scraped text (same claims, same
// findings), with positions into the HTML.

type extractDoc struct {
	Articles []struct {
		Path   string           `json:"path"`
		Claims []map[string]any `json:"claims"`
	} `json:"articles"`
	Errors []any `json:"errors"`
}

// positional are the claim fields that say where, not what.
var positional = map[string]bool{
	"path": true, "text": true, "start": true, "end": true, "line": true, "col": true,
	"focus_start": true, "focus_end": true, "end_line": true, "end_col": true, "focus": true,
}

var spaces = regexp.MustCompile(`\s+`)

// what is a claim without its position; surface forms are compared with
// white space folded (a page breaks lines and pads references where the
// text file did not).
func what(c map[string]any) string {
	out := map[string]any{}
	for k, v := range c {
		if positional[k] {
			continue
		}
		if s, ok := v.(string); ok {
			v = spaces.ReplaceAllString(s, " ")
		}
		out[k] = v
	}
	b, _ := json.Marshal(out)
	return string(b)
}

func extractJSON(t *testing.T, dir string) extractDoc {
	t.Helper()
	r := cli(t, "", "extract", "--format", "json", dir)
	require.Equal(t, 0, r.code, r.stderr)
	var doc extractDoc
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &doc))
	require.Empty(t, doc.Errors)
	return doc
}

func TestHTMLPagesClaimLikeText(t *testing.T) {
	txt, page := extractJSON(t, "fixtures/articles"), extractJSON(t, "fixtures/html")
	require.Len(t, page.Articles, len(txt.Articles))
	total := 0
	for i, a := range txt.Articles {
		p := page.Articles[i]
		require.Len(t, p.Claims, len(a.Claims), p.Path)
		src, err := os.ReadFile(p.Path)
		require.NoError(t, err)
		tsrc, err := os.ReadFile(a.Path)
		require.NoError(t, err)
		for j, c := range a.Claims {
			pc := p.Claims[j]
			assert.Equal(t, what(c), what(pc), "%s claim %d", p.Path, j)
			// The page's positions are the HTML source's: its sentence
			// and focus quote the same words as the text file's.
			assert.Equal(t, pc["text"], string(src[num(pc["start"]):num(pc["end"])]))
			assert.Equal(t, readable(tsrc, c, "focus"), readable(src, pc, "focus"), "%s claim %d focus", p.Path, j)
			total++
		}
	}
	assert.Greater(t, total, 50)
}

func num(v any) int { return int(v.(float64)) }

// readable is the claim's focus as a reader sees it.
func readable(src []byte, c map[string]any, _ string) string {
	s := string(src[num(c["focus_start"]):num(c["focus_end"])])
	s, _ = article.ReadableHTML(s, nil)
	return strings.Join(strings.Fields(s), " ")
}

func TestHTMLPagesFindLikeText(t *testing.T) {
	type findings struct {
		Findings []struct {
			Rule    string `json:"rule"`
			Message string `json:"message"`
			Claims  []struct {
				ID   string `json:"id"`
				Path string `json:"path"`
				Line int    `json:"line"`
			} `json:"claims"`
		} `json:"findings"`
	}
	var txt, page findings
	r := cli(t, "", "check", "--format", "json", "fixtures/articles")
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &txt))
	r = cli(t, "", "check", "--format", "json", "fixtures/html")
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &page))
	require.Len(t, page.Findings, len(txt.Findings))
	require.NotEmpty(t, page.Findings)
	for i, f := range txt.Findings {
		p := page.Findings[i]
		assert.Equal(t, f.Rule, p.Rule)
		assert.Equal(t, f.Message, p.Message)
		for j, c := range p.Claims {
			assert.Equal(t, f.Claims[j].ID, c.ID)
			assert.True(t, strings.HasPrefix(c.Path, "fixtures/html/") && strings.HasSuffix(c.Path, ".html"), c.Path)
		}
	}
	// A draft checks against an archive of pages as against the text.
	r = cli(t, "", "check", "fixtures/drafts/wrong-killer.md", "--against", "fixtures/html")
	assert.Equal(t, 1, r.code, r.stderr)
	assert.Contains(t, r.stdout, "fixtures/html/003_4c6c126155a967da.html:47:")
}
