package lexicon

import (
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/claimcheck/claimcheck/engine/span"
)

// The TOML decoder does not say where a decoded value came from, so this
// file keeps a light map of the source: table headers and the keys under
// them, enough to point an error at "file:line:col". It reads only what the
// decoder already accepted, so it need not be a full TOML parser.

type keyAt struct {
	name       string // the key as written, quotes removed
	off        int    // byte offset of the key
	valueStart int    // byte range of its value
	valueEnd   int
}

type tableAt struct {
	name  string // header name, e.g. "entity"
	array bool   // [[name]]
	off   int    // byte offset of the header
	keys  []keyAt
}

type srcMap struct {
	path   string
	src    string
	idx    *span.Index
	top    []keyAt // keys before any header
	tables []tableAt
	elems  map[string][]int // array table name -> indexes into tables
}

func mapSource(path, src string) *srcMap {
	m := &srcMap{path: path, src: src, idx: span.NewIndex([]byte(src))}
	var cur *tableAt
	i := 0
	for i < len(src) {
		// start of a line: skip blanks
		j := i
		for j < len(src) && (src[j] == ' ' || src[j] == '\t') {
			j++
		}
		lineEnd := strings.IndexByte(src[j:], '\n')
		if lineEnd < 0 {
			lineEnd = len(src)
		} else {
			lineEnd += j
		}
		switch {
		case j >= len(src) || src[j] == '\n' || src[j] == '\r' || src[j] == '#':
			i = lineEnd + 1
		case src[j] == '[':
			array := strings.HasPrefix(src[j:], "[[")
			name := src[j:lineEnd]
			if c := strings.IndexByte(name, '#'); c >= 0 {
				name = name[:c]
			}
			name = strings.TrimSpace(strings.Trim(strings.TrimSpace(name), "[]"))
			m.tables = append(m.tables, tableAt{name: unquote(name), array: array, off: j})
			cur = &m.tables[len(m.tables)-1]
			i = lineEnd + 1
		default:
			eq := strings.IndexByte(src[j:lineEnd], '=')
			if eq < 0 {
				i = lineEnd + 1
				continue
			}
			k := keyAt{name: unquote(strings.TrimSpace(src[j : j+eq])), off: j, valueStart: j + eq + 1}
			k.valueEnd = skipValue(src, k.valueStart)
			if cur == nil {
				m.top = append(m.top, k)
			} else {
				cur.keys = append(cur.keys, k)
			}
			i = k.valueEnd
			if nl := strings.IndexByte(src[i:], '\n'); nl >= 0 {
				i += nl + 1
			} else {
				i = len(src)
			}
		}
	}
	return m
}

func unquote(s string) string {
	if len(s) >= 2 && (s[0] == '"' || s[0] == '\'') && s[len(s)-1] == s[0] {
		return s[1 : len(s)-1]
	}
	return s
}

// skipValue returns the end of the value starting at i: the end of its line,
// or past the closing bracket of a multi-line array or string.
func skipValue(src string, i int) int {
	depth := 0
	for i < len(src) {
		c := src[i]
		switch {
		case strings.HasPrefix(src[i:], `"""`) || strings.HasPrefix(src[i:], `'''`):
			q := src[i : i+3]
			e := strings.Index(src[i+3:], q)
			if e < 0 {
				return len(src)
			}
			i += 3 + e + 3
			continue
		case c == '"':
			i++
			for i < len(src) && src[i] != '"' && src[i] != '\n' {
				if src[i] == '\\' {
					i++
				}
				i++
			}
		case c == '\'':
			i++
			for i < len(src) && src[i] != '\'' && src[i] != '\n' {
				i++
			}
		case c == '[' || c == '{':
			depth++
		case c == ']' || c == '}':
			depth--
		case c == '#':
			for i < len(src) && src[i] != '\n' {
				i++
			}
			continue
		case c == '\n':
			if depth <= 0 {
				return i
			}
		}
		i++
	}
	if i > len(src) {
		i = len(src)
	}
	return i
}

// element returns the n-th [[name]] table.
func (m *srcMap) element(name string, n int) *tableAt {
	if m.elems == nil {
		m.elems = map[string][]int{}
		for i, t := range m.tables {
			if t.array {
				m.elems[t.name] = append(m.elems[t.name], i)
			}
		}
	}
	if e := m.elems[name]; n >= 0 && n < len(e) {
		return &m.tables[e[n]]
	}
	return nil
}

func (m *srcMap) problem(off int, format string, args ...any) error {
	p := m.idx.Position(off)
	return problemAt(m.path, p.Line, p.Col, format, args...)
}

// at points at element n of the array name: at the key, at the quoted value
// inside the key's value when value is given, else at the header. With no
// such element (inline tables) the file's start is used.
func (m *srcMap) at(name string, n int, key, value string) int {
	t := m.element(name, n)
	if t == nil {
		return 0
	}
	for _, k := range t.keys {
		if k.name != key {
			continue
		}
		if value != "" {
			if q := findQuoted(m.src[k.valueStart:k.valueEnd], value); q >= 0 {
				return k.valueStart + q
			}
		}
		return k.off
	}
	return t.off
}

// findQuoted finds value written as a TOML string in s.
func findQuoted(s, value string) int {
	for _, q := range []string{`"`, `'`} {
		if i := strings.Index(s, q+value+q); i >= 0 {
			return i
		}
	}
	return strings.Index(s, value)
}

// undecoded returns where an unknown key is written: every key line whose
// table and name match.
func (m *srcMap) undecoded(k toml.Key) []int {
	var offs []int
	if len(k) == 1 {
		for _, kk := range m.top {
			if kk.name == k[0] {
				offs = append(offs, kk.off)
			}
		}
		for _, t := range m.tables {
			if t.name == k[0] {
				offs = append(offs, t.off)
			}
		}
		return offs
	}
	table, key := strings.Join(k[:len(k)-1], "."), k[len(k)-1]
	for _, t := range m.tables {
		if t.name != table {
			continue
		}
		for _, kk := range t.keys {
			if kk.name == key {
				offs = append(offs, kk.off)
			}
		}
	}
	return offs
}
