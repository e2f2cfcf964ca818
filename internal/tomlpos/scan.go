package tomlpos

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/claimcheck/claimcheck/engine/span"
)

// Scan reads the tables, keys and values of src. It never fails: where it
// does not understand the input it skips to the next line, since the TOML
// library has (or will have) reported the syntax error. On a file the
// library accepts, every key the library lists is found.
func Scan(src []byte) *Doc {
	d := &Doc{
		idx: span.NewIndex(src),
		// about one entry per '=' and header: sized once, not regrown
		byPath: make(map[Path]*Entry, bytes.Count(src, []byte("="))+bytes.Count(src, []byte("[["))),
		arrays: map[Path]int{},
	}
	sc := &scanner{src: src, d: d}
	cur := &Table{}
	d.Tables = append(d.Tables, cur)
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
			if t := sc.header(); t != nil {
				d.Tables = append(d.Tables, t)
				cur = t
			}
			sc.skipLine()
		default:
			keyOff := sc.i
			parts, offs, ok := sc.keyPath('=')
			if !ok {
				sc.skipLine()
				continue
			}
			sc.keyValue(cur.Path, cur.Key, parts, offs, keyOff)
			sc.skipLine()
		}
	}
	return d
}

type scanner struct {
	src []byte
	i   int
	d   *Doc
}

// define records e as where its path is defined, unless it already is.
func (d *Doc) define(e *Entry) {
	if _, ok := d.byPath[e.Path]; !ok {
		d.byPath[e.Path] = e
	}
}

// header reads a [table] or [[table]] header at sc.i.
func (sc *scanner) header() *Table {
	d := sc.d
	t := &Table{Off: sc.i}
	sc.i++
	if sc.peek('[') {
		t.Array = true
		sc.i++
	}
	parts, offs, ok := sc.keyPath(']')
	if !ok {
		return nil
	}
	// Every part but the last names a table that may be an array of
	// tables; the header then extends its latest element.
	var p Path
	for i, k := range parts[:len(parts)-1] {
		p = p.Key(k)
		d.define(&Entry{Path: p, Key: clone(parts[:i+1]), Off: offs[i], Header: true})
		if n, ok := d.arrays[p]; ok {
			p = p.Index(n - 1)
		}
	}
	p = p.Key(parts[len(parts)-1])
	if t.Array {
		d.define(&Entry{Path: p, Key: clone(parts), Off: t.Off, Header: true})
		n := d.arrays[p]
		d.arrays[p] = n + 1
		p = p.Index(n)
	}
	t.Path, t.Key = p, parts
	e := &Entry{Path: p, Key: clone(parts), Off: t.Off, Header: true}
	d.keys = append(d.keys, e)
	d.define(e)
	return t
}

// keyValue reads the value of a key (parts, already read, with sc.i on the
// '=') in the table at base, named baseKey without indices.
func (sc *scanner) keyValue(base Path, baseKey toml.Key, parts []string, offs []int, keyOff int) *Entry {
	d := sc.d
	p, k := base, append(make(toml.Key, 0, len(baseKey)+len(parts)), baseKey...)
	for i, part := range parts {
		p, k = p.Key(part), append(k, part)
		if i < len(parts)-1 {
			d.define(&Entry{Path: p, Key: clone(k), Off: offs[i]})
		}
	}
	e := &Entry{Path: p, Key: k, Off: keyOff}
	d.keys = append(d.keys, e)
	d.define(e)
	sc.i++ // '='
	sc.skipSpace()
	e.Value, _ = sc.value(p, k)
	return e
}

// value reads one value at sc.i; false when it cannot.
func (sc *scanner) value(p Path, k toml.Key) (*Value, bool) {
	v := &Value{Off: sc.i}
	ok := true
	switch {
	case sc.hasPrefix(`"""`):
		v.Str = sc.multiline('"')
		ok = v.Str != nil
	case sc.hasPrefix(`'''`):
		v.Str = sc.multiline('\'')
		ok = v.Str != nil
	case sc.peek('"'), sc.peek('\''):
		v.Str = sc.basicOrLiteral(sc.src[sc.i])
		ok = v.Str != nil
	case sc.peek('['):
		ok = sc.array(v, p, k)
	case sc.peek('{'):
		ok = sc.inlineTable(p, k)
	default:
		// A number, boolean or date: up to what ends a value.
		for sc.i < len(sc.src) && strings.IndexByte(",]}#\r\n", sc.src[sc.i]) < 0 {
			sc.i++
		}
		end := sc.i
		for end > v.Off && (sc.src[end-1] == ' ' || sc.src[end-1] == '\t') {
			end--
		}
		v.End = end
		return v, end > v.Off
	}
	v.End = sc.i
	return v, ok
}

// array reads [ ... ]; its elements are p[0], p[1], ...
func (sc *scanner) array(v *Value, p Path, k toml.Key) bool {
	return sc.items(']', func() bool {
		ep := p.Index(len(v.Elems))
		el, ok := sc.value(ep, k)
		if ok {
			sc.d.define(&Entry{Path: ep, Key: clone(k), Off: el.Off, Value: el})
			v.Elems = append(v.Elems, el)
		}
		return ok
	})
}

// inlineTable reads { k = v, ... }; its keys are p.k, ...
func (sc *scanner) inlineTable(p Path, k toml.Key) bool {
	return sc.items('}', func() bool {
		keyOff := sc.i
		parts, offs, ok := sc.keyPath('=')
		return ok && sc.keyValue(p, k, parts, offs, keyOff).Value != nil
	})
}

// items reads the comma-separated items of an array or inline table, from
// its opening bracket at sc.i to the closing one; item reads one.
// Newlines and comments between items are skipped (TOML 1.1 allows them in
// inline tables too).
func (sc *scanner) items(closer byte, item func() bool) bool {
	sc.i++
	for {
		sc.skipBlank()
		switch {
		case sc.i >= len(sc.src):
			return false
		case sc.peek(closer):
			sc.i++
			return true
		case sc.peek(','):
			sc.i++
		default:
			if !item() {
				return false
			}
		}
	}
}

func clone(k []string) toml.Key { return append(toml.Key(nil), k...) }

func (sc *scanner) peek(b byte) bool { return sc.i < len(sc.src) && sc.src[sc.i] == b }

func (sc *scanner) hasPrefix(p string) bool {
	return strings.HasPrefix(string(sc.src[sc.i:min(len(sc.src), sc.i+len(p))]), p)
}

func (sc *scanner) skipSpace() {
	for sc.i < len(sc.src) && (sc.src[sc.i] == ' ' || sc.src[sc.i] == '\t') {
		sc.i++
	}
}

// skipBlank skips white space, newlines and comments, as arrays allow.
func (sc *scanner) skipBlank() {
	for sc.i < len(sc.src) {
		switch sc.src[sc.i] {
		case ' ', '\t', '\r', '\n':
			sc.i++
		case '#':
			for sc.i < len(sc.src) && sc.src[sc.i] != '\n' {
				sc.i++
			}
		default:
			return
		}
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
// leaving sc.i on stop; offs are where the parts start.
func (sc *scanner) keyPath(stop byte) (parts []string, offs []int, ok bool) {
	for {
		sc.skipSpace()
		if sc.i >= len(sc.src) {
			return parts, offs, false
		}
		start := sc.i
		switch c := sc.src[sc.i]; c {
		case '"', '\'':
			s := sc.basicOrLiteral(c)
			if s == nil {
				return parts, offs, false
			}
			parts = append(parts, s.Text)
		default:
			for sc.i < len(sc.src) && isBareKey(sc.src[sc.i]) {
				sc.i++
			}
			if sc.i == start {
				return parts, offs, false
			}
			parts = append(parts, string(sc.src[start:sc.i]))
		}
		offs = append(offs, start)
		sc.skipSpace()
		if sc.peek('.') {
			sc.i++
			continue
		}
		return parts, offs, sc.peek(stop)
	}
}

// basicOrLiteral reads a one-line "basic" or 'literal' string starting at
// sc.i (on the quote).
func (sc *scanner) basicOrLiteral(q byte) *String { return sc.str(q, false) }

// multiline reads a multi-line string, basic or literal, opened by three
// quotes q.
func (sc *scanner) multiline(q byte) *String { return sc.str(q, true) }

// str reads a string opened by q (three of them when multi) at sc.i,
// decoding escapes in basic strings and noting where each byte came from.
func (sc *scanner) str(q byte, multi bool) *String {
	s := &String{}
	var b strings.Builder
	sc.i++
	closer := string(q)
	if multi {
		sc.i += 2
		closer = strings.Repeat(closer, 3)
		// A newline right after the opening delimiter is trimmed.
		if sc.hasPrefix("\r\n") {
			sc.i += 2
		} else if sc.peek('\n') {
			sc.i++
		}
	}
	for sc.i < len(sc.src) {
		c := sc.src[sc.i]
		switch {
		case sc.hasPrefix(closer):
			// Up to two more quotes right before a multi-line closer
			// belong to the content.
			n := len(closer)
			for multi && n < 5 && sc.i+n < len(sc.src) && sc.src[sc.i+n] == q {
				n++
			}
			for k := 0; k < n-len(closer); k++ {
				s.add(b.Len(), sc.i+k)
				b.WriteByte(q)
			}
			s.add(b.Len(), sc.i+n-len(closer))
			sc.i += n
			s.Text = b.String()
			return s
		case c == '\n' && !multi:
			return nil
		case c == '\\' && q == '"':
			if multi && sc.lineEndingBackslash() {
				continue
			}
			sc.escape(s, &b)
		default:
			s.add(b.Len(), sc.i)
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

// escapes are the one-letter escapes of basic strings.
var escapes = map[byte]string{'b': "\b", 't': "\t", 'n': "\n", 'f': "\f", 'r': "\r", 'e': "\x1b", '"': `"`, '\\': `\`}

// hexDigits is how many hex digits follow \x, \u and \U.
var hexDigits = map[byte]int{'x': 2, 'u': 4, 'U': 8}

// escape decodes one backslash escape at sc.i; every byte it produces maps
// to the backslash.
func (sc *scanner) escape(s *String, b *strings.Builder) {
	at := sc.i
	if sc.i+1 >= len(sc.src) {
		sc.i++
		return
	}
	put := func(str string, width int) {
		for k := 0; k < len(str); k++ {
			s.add(b.Len()+k, at)
		}
		b.WriteString(str)
		sc.i += width
	}
	e := sc.src[sc.i+1]
	if str, ok := escapes[e]; ok {
		put(str, 2)
		return
	}
	n, ok := hexDigits[e]
	if !ok {
		put(string(e), 2)
		return
	}
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
}
