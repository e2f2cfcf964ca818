package lexicon

import (
	"strings"
	"sync"

	"github.com/claimcheck/claimcheck/engine/span"
	"github.com/claimcheck/claimcheck/internal/tomlpos"
)

// srcMap is one decoded file's source, and where its keys and values are
// written so that an error can point at "file:line:col". The source is
// scanned only when a problem needs a position: a file that loads cleanly
// (the embedded data, on every run) never pays for it.
type srcMap struct {
	path     string
	src      string
	embedded bool      // one of the embedded data files
	once     sync.Once // claims of a shared base may ask from several loads
	doc      *tomlpos.Doc
}

func mapSource(path, src string) *srcMap { return &srcMap{path: path, src: src} }

func (m *srcMap) scanned() *tomlpos.Doc {
	m.once.Do(func() { m.doc = tomlpos.Scan([]byte(m.src)) })
	return m.doc
}

func (m *srcMap) position(off int) span.Position { return m.scanned().Position(off) }

func (m *srcMap) problem(off int, format string, args ...any) error {
	p := m.position(off)
	return problemAt(m.path, p.Line, p.Col, format, args...)
}

// at points at element n of the array of tables name: at the string value
// inside the key's value when value is given (the value itself or an
// element of a list), else at the key, else at the element.
func (m *srcMap) at(name string, n int, key, value string) int {
	doc := m.scanned()
	elem := tomlpos.P(name, n)
	// a dotted key names a key of a sub-table: "frame.possessor"
	k := elem
	for _, part := range strings.Split(key, ".") {
		k = k.Key(part)
	}
	if v, ok := doc.Value(k); ok && value != "" {
		for _, s := range append([]*tomlpos.Value{v}, v.Elems...) {
			if s.Str != nil && s.Str.Text == value {
				return s.Off
			}
		}
	}
	if e, ok := doc.Key(k); ok {
		return e.Off
	}
	if e, ok := doc.Key(elem); ok {
		return e.Off
	}
	return 0
}
