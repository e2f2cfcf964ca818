package lexicon

import (
	"github.com/claimcheck/claimcheck/engine/span"
	"github.com/claimcheck/claimcheck/internal/tomlpos"
)

// srcMap is one decoded file's source with where its keys and values are
// written, so that an error can point at "file:line:col".
type srcMap struct {
	path string
	doc  *tomlpos.Doc
	idx  *span.Index
}

func mapSource(path, src string) *srcMap {
	doc := tomlpos.Scan([]byte(src))
	return &srcMap{path: path, doc: doc, idx: doc.Index()}
}

func (m *srcMap) problem(off int, format string, args ...any) error {
	p := m.idx.Position(off)
	return problemAt(m.path, p.Line, p.Col, format, args...)
}

// at points at element n of the array of tables name: at the string value
// inside the key's value when value is given (the value itself or an
// element of a list), else at the key, else at the element.
func (m *srcMap) at(name string, n int, key, value string) int {
	elem := tomlpos.P(name, n)
	k := elem.Key(key)
	if v, ok := m.doc.Value(k); ok && value != "" {
		for _, s := range append([]*tomlpos.Value{v}, v.Elems...) {
			if s.Str != nil && s.Str.Text == value {
				return s.Off
			}
		}
	}
	if e, ok := m.doc.Key(k); ok {
		return e.Off
	}
	if e, ok := m.doc.Key(elem); ok {
		return e.Off
	}
	return 0
}
