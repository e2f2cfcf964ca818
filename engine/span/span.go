// Package span maps byte offsets in an original file to 1-based line and
// column positions. Every position claimcheck prints goes through here, so
// that "file[start:end] is the quoted text" and "line:col" never disagree.
//
// Columns count characters (Unicode code points), as CONTRACT.md says and as
// SARIF's "unicodeCodePoints" column kind means. Invalid UTF-8 bytes count as
// one character each, so a column is always defined.
package span

import (
	"sort"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) into an original file.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Position is a 1-based line and column (in characters).
type Position struct {
	Line int `json:"line"`
	Col  int `json:"col"`
}

// Index answers offset-to-position queries for one text in O(log lines).
type Index struct {
	text       []byte
	lineStarts []int // byte offset of the first byte of each line
}

// NewIndex builds an index over text. Lines end at "\n"; a "\r" before it
// belongs to the line it ends, so CRLF files count lines as editors do.
func NewIndex(text []byte) *Index {
	starts := []int{0}
	for i, b := range text {
		if b == '\n' {
			starts = append(starts, i+1)
		}
	}
	return &Index{text: text, lineStarts: starts}
}

// Position returns the line and column of byte offset off. Offsets past the
// end clamp to the end of the text.
func (x *Index) Position(off int) Position {
	if off < 0 {
		off = 0
	}
	if off > len(x.text) {
		off = len(x.text)
	}
	line := sort.Search(len(x.lineStarts), func(i int) bool { return x.lineStarts[i] > off }) - 1
	col := 1 + utf8.RuneCount(x.text[x.lineStarts[line]:off])
	return Position{Line: line + 1, Col: col}
}

// LineText returns line n (1-based) without its line terminator.
func (x *Index) LineText(n int) []byte {
	if n < 1 || n > len(x.lineStarts) {
		return nil
	}
	start := x.lineStarts[n-1]
	end := len(x.text)
	if n < len(x.lineStarts) {
		end = x.lineStarts[n] - 1
	}
	if end > start && x.text[end-1] == '\r' {
		end--
	}
	return x.text[start:end]
}

// Lines is the number of lines in the text.
func (x *Index) Lines() int { return len(x.lineStarts) }

// Offset is the inverse of Position: the byte offset of a 1-based line and
// column (in characters), clamped to the text.
func (x *Index) Offset(p Position) int {
	if p.Line < 1 {
		return 0
	}
	if p.Line > len(x.lineStarts) {
		return len(x.text)
	}
	off := x.lineStarts[p.Line-1]
	for col := 1; col < p.Col && off < len(x.text) && x.text[off] != '\n'; col++ {
		_, size := utf8.DecodeRune(x.text[off:])
		off += size
	}
	return off
}
