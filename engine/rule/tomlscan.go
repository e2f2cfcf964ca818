package rule

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// BurntSushi/toml decodes rule files but keeps key positions to itself, so
// this file re-reads the (already validated) source just far enough to know
// where every table header, key and string value sits. Positions of CEL
// errors are then mapped through the decoded string back into the file.

// tomlTable is one table header ([x] or [[x]]) and the keys under it. The
// implicit root table has a nil path and header offset 0.
type tomlTable struct {
	path    []string
	array   bool
	off     int // byte offset of the '['
	entries []tomlEntry
}

// tomlEntry is one key = value line.
type tomlEntry struct {
	key    []string // dotted key, unquoted
	keyOff int
	valOff int
	str    *tomlString // set when the value is a string
}

// tomlString is a decoded string value with, for every byte of the decoded
// text, the file offset it came from (offs has len(text)+1 entries; the last
// is the offset just past the content).
type tomlString struct {
	text string
	offs []int
}

// fileOffset maps a CEL location (1-based line, 0-based column in
// characters) inside the decoded string to a byte offset in the file.
func (s *tomlString) fileOffset(line, col int) int {
	i := 0
	for l := 1; l < line; l++ {
		nl := strings.IndexByte(s.text[i:], '\n')
		if nl < 0 {
			break
		}
		i += nl + 1
	}
	for ; col > 0 && i < len(s.text); col-- {
		_, n := utf8.DecodeRuneInString(s.text[i:])
		i += n
	}
	return s.offs[i]
}

// scanTOML lists the tables and entries of src. It never fails: on input it
// does not understand it skips to the next line, since the real parser has
// already reported syntax errors.
func scanTOML(src []byte) []*tomlTable {
	sc := &scanner{src: src}
	root := &tomlTable{}
	tables := []*tomlTable{root}
	cur := root
	for sc.i < len(src) {
		sc.skipSpace()
		if sc.i >= len(src) {
			break
		}
		switch c := src[sc.i]; {
		case c == '\n' || c == '\r':
			sc.i++
		case c == '#':
			sc.skipLine()
		case c == '[':
			t := &tomlTable{off: sc.i}
			sc.i++
			if sc.peek('[') {
				t.array = true
				sc.i++
			}
			t.path, _ = sc.keyPath(']')
			sc.skipLine()
			tables = append(tables, t)
			cur = t
		default:
			e := tomlEntry{keyOff: sc.i}
			var ok bool
			e.key, ok = sc.keyPath('=')
			if !ok {
				sc.skipLine()
				continue
			}
			sc.i++ // '='
			sc.skipSpace()
			e.valOff = sc.i
			e.str = sc.value()
			cur.entries = append(cur.entries, e)
			sc.skipLine()
		}
	}
	return tables
}

type scanner struct {
	src []byte
	i   int
}

func (sc *scanner) peek(b byte) bool { return sc.i < len(sc.src) && sc.src[sc.i] == b }

func (sc *scanner) hasPrefix(p string) bool {
	return strings.HasPrefix(string(sc.src[sc.i:min(len(sc.src), sc.i+len(p))]), p)
}

func (sc *scanner) skipSpace() {
	for sc.i < len(sc.src) && (sc.src[sc.i] == ' ' || sc.src[sc.i] == '\t') {
		sc.i++
	}
}

// skipLine moves past the end of the current line.
func (sc *scanner) skipLine() {
	for sc.i < len(sc.src) && sc.src[sc.i] != '\n' {
		sc.i++
	}
	if sc.i < len(sc.src) {
		sc.i++
	}
}

// keyPath reads a dotted key up to stop (']' for headers, '=' for keys),
// leaving sc.i on stop.
func (sc *scanner) keyPath(stop byte) ([]string, bool) {
	var parts []string
	for {
		sc.skipSpace()
		if sc.i >= len(sc.src) {
			return parts, false
		}
		switch c := sc.src[sc.i]; c {
		case '"', '\'':
			s := sc.basicOrLiteral(c)
			if s == nil {
				return parts, false
			}
			parts = append(parts, s.text)
		default:
			start := sc.i
			for sc.i < len(sc.src) && isBareKey(sc.src[sc.i]) {
				sc.i++
			}
			if sc.i == start {
				return parts, false
			}
			parts = append(parts, string(sc.src[start:sc.i]))
		}
		sc.skipSpace()
		if sc.peek('.') {
			sc.i++
			continue
		}
		return parts, sc.peek(stop)
	}
}

func isBareKey(c byte) bool {
	return c == '_' || c == '-' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// value reads one value and returns it decoded when it is a string.
func (sc *scanner) value() *tomlString {
	switch {
	case sc.hasPrefix(`"""`):
		return sc.multiline('"')
	case sc.hasPrefix(`'''`):
		return sc.multiline('\'')
	case sc.peek('"'), sc.peek('\''):
		return sc.basicOrLiteral(sc.src[sc.i])
	case sc.peek('['), sc.peek('{'):
		sc.skipNested()
	}
	return nil
}

// skipNested skips an array or inline table, strings and comments inside it
// included, however many lines it spans.
func (sc *scanner) skipNested() {
	depth := 0
	for sc.i < len(sc.src) {
		switch c := sc.src[sc.i]; {
		case c == '[' || c == '{':
			depth++
			sc.i++
		case c == ']' || c == '}':
			depth--
			sc.i++
			if depth == 0 {
				return
			}
		case c == '#':
			for sc.i < len(sc.src) && sc.src[sc.i] != '\n' {
				sc.i++
			}
		case c == '"' || c == '\'':
			if sc.hasPrefix(strings.Repeat(string(c), 3)) {
				sc.multiline(c)
			} else if sc.basicOrLiteral(c) == nil {
				return
			}
		default:
			sc.i++
		}
	}
}

// basicOrLiteral reads a one-line "basic" or 'literal' string starting at
// sc.i (on the quote).
func (sc *scanner) basicOrLiteral(q byte) *tomlString {
	s := &tomlString{}
	var b strings.Builder
	sc.i++
	for sc.i < len(sc.src) {
		c := sc.src[sc.i]
		switch {
		case c == q:
			sc.i++
			s.offs = append(s.offs, sc.i-1)
			s.text = b.String()
			return s
		case c == '\n':
			return nil
		case c == '\\' && q == '"':
			sc.escape(s, &b)
		default:
			s.offs = append(s.offs, sc.i)
			b.WriteByte(c)
			sc.i++
		}
	}
	return nil
}

// multiline reads a """basic""" or ”'literal”' multi-line string.
func (sc *scanner) multiline(q byte) *tomlString {
	s := &tomlString{}
	var b strings.Builder
	sc.i += 3
	// A newline right after the opening delimiter is trimmed.
	if sc.hasPrefix("\r\n") {
		sc.i += 2
	} else if sc.peek('\n') {
		sc.i++
	}
	closer := strings.Repeat(string(q), 3)
	for sc.i < len(sc.src) {
		c := sc.src[sc.i]
		switch {
		case sc.hasPrefix(closer):
			// Up to two more quotes right before the closer belong to the content.
			n := 3
			for n < 5 && sc.i+n < len(sc.src) && sc.src[sc.i+n] == q {
				n++
			}
			for k := 0; k < n-3; k++ {
				s.offs = append(s.offs, sc.i+k)
				b.WriteByte(q)
			}
			s.offs = append(s.offs, sc.i+n-3)
			sc.i += n
			s.text = b.String()
			return s
		case c == '\\' && q == '"':
			if sc.lineEndingBackslash() {
				continue
			}
			sc.escape(s, &b)
		default:
			s.offs = append(s.offs, sc.i)
			b.WriteByte(c)
			sc.i++
		}
	}
	return nil
}

// lineEndingBackslash handles a backslash at the end of a line inside a
// multi-line basic string: it and all whitespace and newlines after it are
// dropped.
func (sc *scanner) lineEndingBackslash() bool {
	j := sc.i + 1
	for j < len(sc.src) && (sc.src[j] == ' ' || sc.src[j] == '\t') {
		j++
	}
	if j < len(sc.src) && sc.src[j] == '\r' {
		j++
	}
	if j >= len(sc.src) || sc.src[j] != '\n' {
		return false
	}
	for j < len(sc.src) && strings.IndexByte(" \t\r\n", sc.src[j]) >= 0 {
		j++
	}
	sc.i = j
	return true
}

// escape decodes one backslash escape at sc.i; every byte it produces maps
// to the backslash.
func (sc *scanner) escape(s *tomlString, b *strings.Builder) {
	at := sc.i
	if sc.i+1 >= len(sc.src) {
		sc.i++
		return
	}
	put := func(str string, width int) {
		for k := 0; k < len(str); k++ {
			s.offs = append(s.offs, at)
		}
		b.WriteString(str)
		sc.i += width
	}
	switch e := sc.src[sc.i+1]; e {
	case 'b':
		put("\b", 2)
	case 't':
		put("\t", 2)
	case 'n':
		put("\n", 2)
	case 'f':
		put("\f", 2)
	case 'r':
		put("\r", 2)
	case 'e':
		put("\x1b", 2)
	case '"':
		put(`"`, 2)
	case '\\':
		put(`\`, 2)
	case 'x', 'u', 'U':
		n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[e]
		if sc.i+2+n > len(sc.src) {
			put("", 2)
			return
		}
		r, err := strconv.ParseUint(string(sc.src[sc.i+2:sc.i+2+n]), 16, 32)
		if err != nil {
			put("", 2)
			return
		}
		put(string(rune(r)), 2+n)
	default:
		put(string(e), 2)
	}
}
