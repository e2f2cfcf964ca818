// Package tomlpos says where things are written in a TOML file: every table
// header, key and value, with the byte offset it starts at, and for string
// values a map from each decoded byte back to the file byte it came from.
//
// BurntSushi/toml, which decodes claimcheck's rule, lexicon, noise and
// configuration files, keeps key positions to itself: unknown keys come
// without positions and type errors as text naming a line. Scan re-reads
// the source (after the library has accepted it) so that every such error
// can be reported at file:line:col, from one scanner rather than one per
// file format.
//
// Places are named by Path, with array elements indexed: rule[2].when is
// the when key of the third [[rule]], whether the rules are written as
// [[rule]] headers or as an inline array.
package tomlpos

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"github.com/claimcheck/claimcheck/engine/span"
)

// Doc is a scanned TOML source.
type Doc struct {
	// Tables are the root table (first, Off 0) and every [table] and
	// [[table]] header, in file order.
	Tables []*Table

	idx    *span.Index
	keys   []*Entry // what BurntSushi's MetaData.Keys lists, in file order
	byPath map[Path]*Entry
	arrays map[Path]int // elements seen so far of each array of tables
}

// Table is the root table or one table header. Its keys are found by
// path: Key(t.Path.Key("id")).
type Table struct {
	Path  Path     // resolved, e.g. rule[1].test[0]
	Key   []string // the header's key as written, unquoted; nil for the root
	Array bool     // [[...]]
	Off   int      // the '[' of the header; 0 for the root
}

// Entry is one place a key is defined: a header, a key = value (in a table
// or an inline table), a part of a dotted key, or an element of an array.
type Entry struct {
	Path Path
	// Key is the key as BurntSushi/toml names it: Path without indices.
	Key toml.Key
	// Off is the byte offset of the key's first character: the '[' of a
	// header, the start of the whole dotted key of a key = value, the
	// start of the part for a table that a part of a dotted key or of a
	// header makes on the way, and the value's start for an array element.
	Off int
	// Header: defined by a [table] or [[table]] header (or a part of one),
	// not by a key = value.
	Header bool
	Value  *Value // nil for headers and for tables a dotted key makes
}

// Value is a value as written.
type Value struct {
	Off, End int      // byte range in the file
	Str      *String  // set when the value is a string
	Elems    []*Value // the elements, when the value is an array
}

// String is a decoded string value with, for every byte of the decoded
// text, the file offset it came from.
type String struct {
	Text string
	// runs map decoded bytes to file offsets: from run.at on, byte i came
	// from run.off + (i - run.at), up to the next run. Most strings are one
	// run; each escape starts new ones. Byte len(Text) is the closing quote.
	runs []run
}

type run struct{ at, off int }

// add notes that decoded byte i came from file offset off.
func (s *String) add(i, off int) {
	if n := len(s.runs); n > 0 && s.runs[n-1].off+(i-s.runs[n-1].at) == off {
		return
	}
	s.runs = append(s.runs, run{i, off})
}

// Offset maps byte i of the decoded text to a file offset; i == len(Text)
// maps to the closing quote. An escape's bytes map to its backslash.
func (s *String) Offset(i int) int {
	i = max(0, min(i, len(s.Text)))
	k := sort.Search(len(s.runs), func(k int) bool { return s.runs[k].at > i }) - 1
	return s.runs[k].off + (i - s.runs[k].at)
}

// OffsetAt maps a location inside the decoded text, a 1-based line and a
// 0-based column in characters (as CEL reports them), to a file offset.
// A line past the last is taken as the last.
func (s *String) OffsetAt(line, col int) int {
	i := 0
	for l := 1; l < line; l++ {
		nl := strings.IndexByte(s.Text[i:], '\n')
		if nl < 0 {
			break
		}
		i += nl + 1
	}
	for ; col > 0 && i < len(s.Text); col-- {
		_, n := utf8.DecodeRuneInString(s.Text[i:])
		i += n
	}
	return s.Offset(i)
}

// Key returns where the key at p is first defined. An element of an array
// (rule[2]) is defined by its [[rule]] header or where its inline value
// starts; the array of tables itself (rule) by its first header.
func (d *Doc) Key(p Path) (*Entry, bool) {
	e, ok := d.byPath[p]
	return e, ok
}

// Value returns the value at p, or false if p is not a key = value or an
// array element.
func (d *Doc) Value(p Path) (*Value, bool) {
	if e, ok := d.byPath[p]; ok && e.Value != nil {
		return e.Value, true
	}
	return nil, false
}

// String returns the string value at p.
func (d *Doc) String(p Path) (*String, bool) {
	if v, ok := d.Value(p); ok && v.Str != nil {
		return v.Str, true
	}
	return nil, false
}

// Position is the 1-based line and column of a byte offset.
func (d *Doc) Position(off int) span.Position { return d.idx.Position(off) }

// Undecoded returns where the keys md.Undecoded lists are defined, in file
// order, each occurrence once: an unknown key in [[entity]] tables is
// found in every element that has it. A key the scan cannot place (it
// should not happen) comes last with Off -1.
func (d *Doc) Undecoded(md toml.MetaData) []*Entry {
	und := md.Undecoded()
	if len(und) == 0 {
		return nil
	}
	want := map[string]bool{}
	for _, k := range und {
		want[k.String()] = true
	}
	var out []*Entry
	found := map[string]bool{}
	for _, e := range d.keys {
		if s := e.Key.String(); want[s] {
			out = append(out, e)
			found[s] = true
		}
	}
	for _, k := range und {
		if s := k.String(); !found[s] {
			found[s] = true
			out = append(out, &Entry{Key: k, Off: -1})
		}
	}
	return out
}
