package report

import (
	"strings"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/engine/article"
	"github.com/claimcheck/claimcheck/engine/claim"
)

// region is a resolved span of a file: byte offsets and 1-based positions,
// columns in characters, EndCol exclusive (the column just after the span).
type region struct {
	Start, End      int
	Line, Col       int
	EndLine, EndCol int
	Text            string // the file's bytes in [Start, End)
}

// place is where a claim sits: its sentence and, inside it, its focus.
type place struct {
	Sentence region
	Focus    region
	// FocusOff is the focus's byte offset inside Sentence.Text.
	FocusOff int
}

// placer resolves claims to places, reading original files through
// Report.Source only when a claim lacks its sentence text.
type placer struct {
	source func(string) ([]byte, error)
	files  map[string][]byte
	cache  map[*claim.Claim]place
}

func newPlacer(r *Report) *placer {
	return &placer{source: r.Source, files: map[string][]byte{}, cache: map[*claim.Claim]place{}}
}

// text is the claim's sentence, exactly as in the file.
func (p *placer) text(c *claim.Claim) string {
	if c.Text != "" || p.source == nil || c.End <= c.Start {
		return c.Text
	}
	b, ok := p.files[c.Path]
	if !ok {
		b, _ = p.source(c.Path) // a missing file leaves the sentence empty
		p.files[c.Path] = b
	}
	if c.Start < 0 || c.End > len(b) {
		return ""
	}
	return string(b[c.Start:c.End])
}

// of resolves c. The sentence starts at the claim's Line and Col; positions
// inside it are counted from there, so no file needs reading. A focus that
// is missing or falls outside the sentence is the whole sentence.
func (p *placer) of(c *claim.Claim) place {
	if pl, ok := p.cache[c]; ok {
		return pl
	}
	text := p.text(c)
	line, col := max(c.Line, 1), max(c.Col, 1)
	sent := region{Start: c.Start, End: c.Start + len(text), Line: line, Col: col, Text: text}
	sent.EndLine, sent.EndCol = advance(line, col, text)

	from, to := c.FocusStart-c.Start, c.FocusEnd-c.Start
	if c.FocusEnd <= c.FocusStart || from < 0 || to > len(text) {
		from, to = 0, len(text)
	}
	// Keep the focus on character boundaries so it never splits a rune.
	for from > 0 && from < len(text) && !utf8.RuneStart(text[from]) {
		from--
	}
	for to < len(text) && !utf8.RuneStart(text[to]) {
		to++
	}
	foc := region{Start: c.Start + from, End: c.Start + to, Text: text[from:to]}
	foc.Line, foc.Col = advance(line, col, text[:from])
	foc.EndLine, foc.EndCol = advance(line, col, text[:to])
	pl := place{Sentence: sent, Focus: foc, FocusOff: from}
	p.cache[c] = pl
	return pl
}

// advance returns the position just after s, when s starts at line:col.
func advance(line, col int, s string) (int, int) {
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return line + strings.Count(s, "\n"), 1 + utf8.RuneCountInString(s[i+1:])
	}
	return line, col + utf8.RuneCountInString(s)
}

// shown is a sentence as a reader sees it, with the focus ranges of the
// claims g it makes: the file's text, except that a sentence of an HTML
// page is shown without its tags and with its character references
// decoded (positions stay the file's).
func (p *placer) shown(g []*claim.Claim) (string, [][2]int) {
	text, ranges := p.of(g[0]).Sentence.Text, p.focusRanges(g)
	if !article.IsHTMLPath(g[0].Path) {
		return text, ranges
	}
	return article.ReadableHTML(text, ranges)
}

// readable is the sentence of claim c as shown.
func (p *placer) readable(c *claim.Claim) string {
	s, _ := p.shown([]*claim.Claim{c})
	return s
}

// focusRanges are the focus byte ranges, inside their shared sentence's
// text, of claims made by one sentence.
func (p *placer) focusRanges(g []*claim.Claim) [][2]int {
	var rs [][2]int
	for _, c := range g {
		pl := p.of(c)
		rs = append(rs, [2]int{pl.FocusOff, pl.FocusOff + len(pl.Focus.Text)})
	}
	return rs
}
