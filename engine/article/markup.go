package article

import (
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/engine/span"
)

// Markup is text that stays in a sentence, so that its offsets stay exact,
// but is not prose: Markdown link targets and emphasis marks, inline HTML,
// bare URLs. Article.Plain and Sentence.Plain blank it with spaces, byte for
// byte, so that later stages read words while their offsets still point
// into the original file.

var (
	mdLinkRe    = gated(`(!?)\[([^\]\n]*)\]\(([^()\s]*(?:\([^()\s]*\))?[^()\s]*)(?:\s+"[^"\n]*")?\)`)
	mdRefLinkRe = gated(`\[([^\]\n]+)\]\[[^\]\n]*\]`)
	autolinkRe  = gated(`<(?:https?|mailto|ftp):[^<>\s]+>`)
	htmlTagRe   = gated(`</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?/?>`)
	bareURLRe   = gated(`\b(?:https?://|www\.)[^\s<>()\[\]]+[^\s<>()\[\].,;:!?"'”’]`)
	mdFootnote  = gated(`\[\^[^\]\s]+\]`)
	mdEscapeRe  = gated("\\\\[\\\\`*_{}\\[\\]()#+\\-.!|~]")
)

// markupIn returns the markup spans inside data[s:e]; md selects the
// Markdown forms, bare URLs count in any text.
func markupIn(data []byte, s, e int, md bool) []span.Span {
	m := markupScan{text: data[s:e], base: s}
	if !md {
		for _, x := range bareURLRe.FindAllIndex(m.text, -1) {
			m.add(x[0], x[1])
		}
		return m.out
	}
	m.covered = make([]bool, len(m.text))
	m.links()
	for _, re := range []gatedRe{mdFootnote, autolinkRe, htmlTagRe, bareURLRe} {
		for _, x := range re.FindAllIndex(m.text, -1) {
			if !m.covered[x[0]] {
				m.mark(x[0], x[1])
			}
		}
	}
	m.escapes()
	m.emphasis()
	return m.out
}

// markupScan is markupIn's state: the text, where it starts in the
// document, the markup found and the bytes it covers (a later form does
// not start inside an earlier one).
type markupScan struct {
	text    []byte
	base    int
	out     []span.Span
	covered []bool
}

func (m *markupScan) add(a, b int) {
	if a < b {
		m.out = append(m.out, span.Span{Start: m.base + a, End: m.base + b})
	}
}

func (m *markupScan) mark(a, b int) {
	m.add(a, b)
	for i := a; i < b; i++ {
		m.covered[i] = true
	}
}

// links marks the brackets and targets of inline and reference links; an
// image is markup whole, its alt text a caption, not prose.
func (m *markupScan) links() {
	for _, x := range mdLinkRe.FindAllSubmatchIndex(m.text, -1) {
		if x[3] > x[2] {
			m.mark(x[0], x[1])
			continue
		}
		m.mark(x[0], x[4])
		m.mark(x[5], x[1])
	}
	for _, x := range mdRefLinkRe.FindAllSubmatchIndex(m.text, -1) {
		if !m.covered[x[0]] {
			m.mark(x[0], x[2])
			m.mark(x[3], x[1])
		}
	}
}

// escapes marks the backslash of a Markdown escape; the escaped character
// is text.
func (m *markupScan) escapes() {
	for _, x := range mdEscapeRe.FindAllIndex(m.text, -1) {
		if !m.covered[x[0]] {
			m.mark(x[0], x[0]+1)
			m.covered[x[0]+1] = true
		}
	}
}

// emphasis marks emphasis and code marks: runs of * and ` always, ~~, and
// runs of _ at a word's edge (snake_case stays).
func (m *markupScan) emphasis() {
	text := m.text
	for i := 0; i < len(text); {
		c := text[i]
		if m.covered[i] || c != '*' && c != '`' && c != '_' && c != '~' {
			i++
			continue
		}
		j := i
		for j < len(text) && text[j] == c && !m.covered[j] {
			j++
		}
		if m.emphasisRun(c, i, j) {
			m.mark(i, j)
		}
		i = j
	}
}

// emphasisRun reports whether the run of c at text[i:j] is markup.
func (m *markupScan) emphasisRun(c byte, i, j int) bool {
	switch c {
	case '*', '`':
		return true
	case '~':
		return j-i == 2
	}
	before, _ := utf8.DecodeLastRune(m.text[:i])
	after, _ := utf8.DecodeRune(m.text[j:])
	return i == 0 || j == len(m.text) || !isWordRune(before) || !isWordRune(after)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// blankOut returns a copy of data with the masked spans replaced by spaces,
// byte for byte, or data itself when nothing is masked.
func blankOut(data []byte, masks []span.Span) []byte {
	if len(masks) == 0 {
		return data
	}
	out := append([]byte(nil), data...)
	for _, m := range masks {
		for i := m.Start; i < m.End; i++ {
			out[i] = ' '
		}
	}
	return out
}
