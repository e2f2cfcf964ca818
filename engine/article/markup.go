package article

import (
	"regexp"
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
	mdLinkRe    = regexp.MustCompile(`(!?)\[([^\]\n]*)\]\(([^()\s]*(?:\([^()\s]*\))?[^()\s]*)(?:\s+"[^"\n]*")?\)`)
	mdRefLinkRe = regexp.MustCompile(`\[([^\]\n]+)\]\[[^\]\n]*\]`)
	autolinkRe  = regexp.MustCompile(`<(?:https?|mailto|ftp):[^<>\s]+>`)
	htmlTagRe   = regexp.MustCompile(`</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?/?>`)
	bareURLRe   = regexp.MustCompile(`\b(?:https?://|www\.)[^\s<>()\[\]]+[^\s<>()\[\].,;:!?"'”’]`)
	mdFootnote  = regexp.MustCompile(`\[\^[^\]\s]+\]`)
	mdEscapeRe  = regexp.MustCompile("\\\\[\\\\`*_{}\\[\\]()#+\\-.!|~]")
)

// markupIn returns the markup spans inside data[s:e]; md selects the
// Markdown forms, bare URLs count in any text.
func markupIn(data []byte, s, e int, md bool) []span.Span {
	var out []span.Span
	add := func(a, b int) {
		if a < b {
			out = append(out, span.Span{Start: s + a, End: s + b})
		}
	}
	text := data[s:e]
	if !md {
		for _, m := range bareURLRe.FindAllIndex(text, -1) {
			add(m[0], m[1])
		}
		return out
	}
	covered := make([]bool, len(text))
	mark := func(a, b int) {
		add(a, b)
		for i := a; i < b; i++ {
			covered[i] = true
		}
	}
	for _, m := range mdLinkRe.FindAllSubmatchIndex(text, -1) {
		if m[3] > m[2] { // an image: alt text is a caption, not prose
			mark(m[0], m[1])
			continue
		}
		mark(m[0], m[4])
		mark(m[5], m[1])
	}
	for _, m := range mdRefLinkRe.FindAllSubmatchIndex(text, -1) {
		if !covered[m[0]] {
			mark(m[0], m[2])
			mark(m[3], m[1])
		}
	}
	for _, re := range []*regexp.Regexp{mdFootnote, autolinkRe, htmlTagRe, bareURLRe} {
		for _, m := range re.FindAllIndex(text, -1) {
			if !covered[m[0]] {
				mark(m[0], m[1])
			}
		}
	}
	for _, m := range mdEscapeRe.FindAllIndex(text, -1) {
		if !covered[m[0]] {
			mark(m[0], m[0]+1) // the backslash; the escaped character is text
			covered[m[0]+1] = true
		}
	}
	// Emphasis and code marks: runs of * and ` always, ~~, and runs of _
	// at a word's edge (snake_case stays).
	for i := 0; i < len(text); {
		c := text[i]
		if covered[i] || c != '*' && c != '`' && c != '_' && c != '~' {
			i++
			continue
		}
		j := i
		for j < len(text) && text[j] == c && !covered[j] {
			j++
		}
		switch c {
		case '*', '`':
			mark(i, j)
		case '~':
			if j-i == 2 {
				mark(i, j)
			}
		case '_':
			before, _ := utf8.DecodeLastRune(text[:i])
			after, _ := utf8.DecodeRune(text[j:])
			if i == 0 || j == len(text) || !isWordRune(before) || !isWordRune(after) {
				mark(i, j)
			}
		}
		i = j
	}
	return out
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
