package report

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// cells is how many terminal cells r takes: 0 for combining marks and
// format characters, 2 for East Asian wide characters, else 1. Positions
// count characters (CONTRACT.md); only the caret underline needs cells, so
// it lines up under accented and wide text alike.
func cells(r rune) int {
	if unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf) {
		return 0
	}
	for _, w := range wideRanges {
		if r >= w[0] && r <= w[1] {
			return 2
		}
	}
	return 1
}

// wideRanges are the East Asian Wide and Fullwidth blocks (UAX #11) that
// terminals draw two cells wide.
var wideRanges = [][2]rune{
	{0x1100, 0x115F}, {0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF},
	{0x4E00, 0x9FFF}, {0xA000, 0xA4CF}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF},
	{0xFE30, 0xFE4F}, {0xFF00, 0xFF60}, {0xFFE0, 0xFFE6}, {0x1F300, 0x1F64F},
	{0x1F900, 0x1F9FF}, {0x20000, 0x3FFFD},
}

// safeRune replaces what must not reach a terminal from untrusted text:
// control characters (escape sequences) and bidirectional overrides, which
// could make a quoted sentence display as something it does not say.
func safeRune(r rune) rune {
	switch {
	case r == utf8.RuneError, unicode.IsControl(r):
		return '\uFFFD'
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return '\uFFFD'
	}
	return r
}

// clean makes one line of untrusted text safe for a terminal.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return safeRune(r)
	}, s)
}

// glyph is one displayed character of a sentence and whether it belongs to
// the claim's focus.
type glyph struct {
	r     rune
	focus bool
}

// shape lays a sentence out for the terminal: whitespace runs (including the
// line breaks of wrapped Markdown) become one space, the text wraps at
// width cells on spaces (a word longer than a line is cut), and each glyph
// keeps whether it lies in a focus range (byte offsets into text).
func shape(text string, focus [][2]int, width int) [][]glyph {
	in := func(i int) bool {
		for _, f := range focus {
			if i >= f[0] && i < f[1] {
				return true
			}
		}
		return false
	}
	var gs []glyph
	space := false
	for i, r := range text {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && len(gs) > 0 {
			// A space between two focus glyphs is in focus, so the
			// underline of "5,000 U.S. troops" stays unbroken.
			gs = append(gs, glyph{' ', in(i) && gs[len(gs)-1].focus})
		}
		space = false
		gs = append(gs, glyph{safeRune(r), in(i)})
	}
	width = max(width, 10)
	var lines [][]glyph
	for len(gs) > 0 {
		n, w, lastSpace := 0, 0, -1
		for n < len(gs) {
			cw := cells(gs[n].r)
			if w+cw > width && n > 0 {
				break
			}
			if gs[n].r == ' ' {
				lastSpace = n
			}
			w += cw
			n++
		}
		next := n
		if n < len(gs) && gs[n].r != ' ' && lastSpace > 0 {
			n, next = lastSpace, lastSpace+1
		} else if n < len(gs) && gs[n].r == ' ' {
			next = n + 1
		}
		lines = append(lines, gs[:n])
		gs = gs[next:]
	}
	return lines
}

// underline returns the caret line for one laid-out line, or "" when no
// focus glyph is on it. A focus of zero-width glyphs still gets a caret.
func underline(line []glyph) string {
	var b strings.Builder
	for i, g := range line {
		w := cells(g.r)
		switch {
		case g.focus && w == 0 && (i == 0 || !line[i-1].focus):
			b.WriteByte('^')
		case g.focus:
			b.WriteString(strings.Repeat("^", w))
		default:
			b.WriteString(strings.Repeat(" ", w))
		}
	}
	return strings.TrimRight(b.String(), " ")
}

// text of a laid-out line.
func lineText(line []glyph) string {
	var b strings.Builder
	for _, g := range line {
		b.WriteRune(g.r)
	}
	return b.String()
}

// pad right-pads s with spaces to w cells.
func padCells(s string, w int) string {
	n := width(s)
	if n >= w {
		return s
	}
	return s + strings.Repeat(" ", w-n)
}

func width(s string) int {
	n := 0
	for _, r := range s {
		n += cells(r)
	}
	return n
}
