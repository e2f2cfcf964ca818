package lexicon

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/claimcheck/claimcheck/engine/finding"
	"github.com/claimcheck/claimcheck/internal/tomlpos"
)

// The file format, as the decoder sees it. Keys are documented in doc.go.
type fileTOML struct {
	Entity []entityTOML `toml:"entity"`
	Item   []itemTOML   `toml:"item"`
	Action []actionTOML `toml:"action"`
	Title  []titleTOML  `toml:"title"`
	Words  []wordsTOML  `toml:"words"`
}

// wordsTOML is a word class: words that play one part in the grammar the
// extractor reads ("verbs of saying", "support verbs"). A later file adds
// words to a class; "remove" takes words out.
type wordsTOML struct {
	ID     string   `toml:"id"`
	Doc    string   `toml:"doc"`
	Words  []string `toml:"words"`
	Remove []string `toml:"remove"`
}

type entityTOML struct {
	ID        string   `toml:"id"`
	Type      string   `toml:"type"`
	Name      string   `toml:"name"`
	Aliases   []string `toml:"aliases"`
	Demonyms  []string `toml:"demonyms"`
	Metonyms  []string `toml:"metonyms"`
	Within    []string `toml:"within"`
	CapitalOf string   `toml:"capital_of"`
	ActsFor   string   `toml:"acts_for"`
	Short     string   `toml:"short"`
	The       *bool    `toml:"the"`
}

type itemTOML struct {
	ID    string   `toml:"id"`
	Name  string   `toml:"name"`
	Forms []string `toml:"forms"`
	Class string   `toml:"class"`
	Tally string   `toml:"tally"`
	Whole bool     `toml:"whole"`
}

type actionTOML struct {
	ID      string       `toml:"id"`
	Verbs   []string     `toml:"verbs"`
	Nouns   []string     `toml:"nouns"`
	Frame   *frameTOML   `toml:"frame"`
	Measure *measureTOML `toml:"measure"`
}

type frameTOML struct {
	Possessor string   `toml:"possessor"`
	Of        string   `toml:"of"`
	Subject   string   `toml:"subject"`
	Moves     bool     `toml:"moves"`
	Symmetric bool     `toml:"symmetric"`
	Target    []string `toml:"target"`
}

type measureTOML struct {
	As    string `toml:"as"`
	Class string `toml:"class"`
	Role  string `toml:"role"`
}

type titleTOML struct {
	ID            string   `toml:"id"`
	Name          string   `toml:"name"`
	Kind          string   `toml:"kind"`
	Forms         []string `toml:"forms"`
	Abbreviations []string `toml:"abbreviations"`
	Leads         bool     `toml:"leads"`
}

// builder merges files into a lexicon, collecting every problem.
type builder struct {
	l     *Lexicon
	probs Errors
	// refs are within/capital_of references, checked once all files are in,
	// so a file may refer to an entity it defines further down.
	refs []ref
	// refsAction are item tallies naming an action, checked the same way.
	refsAction []ref
	// embedded is set while the embedded data files load.
	embedded bool
}

type ref struct {
	from, to string
	m        *srcMap
	n        int
	key      string
}

func newBuilder(l *Lexicon) *builder { return &builder{l: l} }

func (b *builder) add(err error) {
	var p finding.Problem
	if errors.As(err, &p) {
		b.probs = append(b.probs, p)
		return
	}
	b.probs = append(b.probs, finding.Problem{Message: err.Error()})
}

// path loads a file, or every .toml file under a folder in name order.
func (b *builder) path(p string) {
	if fi, err := os.Stat(p); err == nil && fi.IsDir() {
		var files []string
		err := filepath.WalkDir(p, func(f string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.HasSuffix(f, ".toml") {
				files = append(files, f)
			}
			return nil
		})
		if err != nil {
			b.add(finding.Problem{Path: p, Message: err.Error()})
			return
		}
		sort.Strings(files)
		for _, f := range files {
			b.path(f)
		}
		return
	}
	src, err := os.ReadFile(p)
	if err != nil {
		b.add(finding.Problem{Path: p, Message: err.Error()})
		return
	}
	b.file(p, string(src))
}

func (b *builder) done() (*Lexicon, error) {
	for _, r := range b.refs {
		if _, ok := b.l.entities[r.to]; !ok {
			b.add(r.m.problem(r.m.at("entity", r.n, r.key, r.to), "%s of %q: unknown entity id %q", r.key, r.from, r.to))
		}
	}
	for _, r := range b.refsAction {
		if _, ok := b.l.actions[r.to]; !ok {
			b.add(r.m.problem(r.m.at("item", r.n, r.key, r.to), "%s of %q: unknown action id %q", r.key, r.from, r.to))
		}
	}
	if len(b.probs) > 0 {
		return nil, b.probs
	}
	b.l.index()
	return b.l, nil
}

// file decodes one file and merges it. Nothing of a file that does not
// decode is merged.
func (b *builder) file(path, src string) {
	var f fileTOML
	md, err := toml.Decode(src, &f)
	if err != nil {
		b.add(decodeError(path, src, err))
		return
	}
	m := mapSource(path, src)
	m.embedded = b.embedded
	if len(md.Undecoded()) > 0 {
		und := m.scanned().Undecoded(md)
		named := map[string]bool{}
		for _, e := range und {
			k := e.Key
			// an unknown table's own keys are noise once the table is named
			if len(k) > 1 && named[k[:len(k)-1].String()] {
				continue
			}
			named[k.String()] = true
			if e.Off < 0 {
				b.add(finding.Problem{Path: path, Message: fmt.Sprintf("unknown key %q", k.String())})
				continue
			}
			b.add(m.problem(e.Off, "unknown key %q%s", k.String(), knownKeys(k)))
		}
		return
	}
	before := len(b.probs)
	b.entities(m, f.Entity)
	b.items(m, f.Item)
	b.actions(m, f.Action)
	b.titles(m, f.Title)
	b.wordClasses(m, f.Words)
	if len(b.probs) > before {
		sort.SliceStable(b.probs[before:], func(i, j int) bool {
			p, q := b.probs[before+i], b.probs[before+j]
			return p.Line < q.Line || p.Line == q.Line && p.Col < q.Col
		})
	}
}

// decodeError places an error of the decoder: a syntax error where it
// says, a type error (which comes as text: `toml: line 5 (last key
// "entity.aliases"): incompatible types: ...`) at the key it names.
func decodeError(path, src string, err error) error {
	de := tomlpos.Locate([]byte(src), err)
	switch {
	case de.Key != nil && de.Line > 0:
		return problemAt(path, de.Line, de.Col, "%q has the wrong type: %s", de.Key.String(), strings.TrimPrefix(de.Message, "incompatible types: "))
	case de.Key == nil && de.Off >= 0:
		return problemAt(path, de.Line, de.Col, "%s", de.Message)
	}
	return finding.Problem{Path: path, Message: err.Error()}
}

func knownKeys(k toml.Key) string {
	if len(k) == 3 && k[0] == "action" {
		switch k[1] {
		case "frame":
			return " (want possessor, of, subject, moves, symmetric, target)"
		case "measure":
			return " (want as, class, role)"
		}
	}
	if len(k) != 2 {
		return " (want [[entity]], [[item]], [[action]], [[title]] or [[words]])"
	}
	switch k[0] {
	case "entity":
		return " (want id, type, name, aliases, demonyms, metonyms, within, capital_of, acts_for, short, the)"
	case "item":
		return " (want id, name, forms, class, tally, whole)"
	case "action":
		return " (want id, verbs, nouns, frame, measure)"
	case "title":
		return " (want id, name, kind, forms, abbreviations, leads)"
	case "words":
		return " (want id, doc, words, remove)"
	}
	return ""
}

// validID: lower-case letters, digits and single inner hyphens.
func validID(id string) bool {
	if id == "" || id[0] == '-' || id[len(id)-1] == '-' {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case c == '-' && id[i-1] != '-':
		default:
			return false
		}
	}
	return true
}

// header checks an element's id and that it is not repeated in the file.
func (b *builder) header(m *srcMap, table string, n int, id string, seen map[string]int) bool {
	if id == "" {
		b.add(m.problem(m.at(table, n, "id", ""), "[[%s]] without an id", table))
		return false
	}
	if !validID(id) {
		b.add(m.problem(m.at(table, n, "id", id), "bad id %q: use lower-case letters, digits and hyphens (e.g. %q)", id, Slug(id)))
		return false
	}
	if first, dup := seen[id]; dup {
		line := m.position(m.at(table, first, "id", id)).Line
		b.add(m.problem(m.at(table, n, "id", id), "duplicate %s id %q (first at line %d)", table, id, line))
		return false
	}
	seen[id] = n
	return true
}

// claimForm records that id owns form in namespace ns, or reports the form
// already owned by another entry.
func (b *builder) claimForm(m *srcMap, table string, n int, key, ns, id, form string) bool {
	k := keyOf(form)
	if !hasWord(form) {
		b.add(m.problem(m.at(table, n, key, form), "%s %q has no words", key, form))
		return false
	}
	c, taken := b.l.claims[ns][k]
	if taken && c.id != id {
		b.add(m.problem(m.at(table, n, key, form), "%q of %q is already claimed by %q (%s)", form, id, c.id, c.where()))
		return false
	}
	if !taken {
		b.l.claims[ns][k] = claim{id: id, src: m, table: table, n: n, key: key, form: form}
	}
	return true
}

func hasWord(form string) bool {
	for _, r := range form {
		if isWordRune(r) {
			return true
		}
	}
	return false
}

// union appends the forms of add not already in list. Spellings that fold
// alike stay apart: "NATO" matches only in capitals, "Nato" in any case.
func union(list, add []string) []string {
	have := map[string]bool{}
	for _, s := range list {
		have[s] = true
	}
	for _, s := range add {
		if !have[s] {
			have[s] = true
			list = append(list, s)
		}
	}
	return list
}

func (b *builder) forms(m *srcMap, table string, n int, key, ns, id string, forms []string) []string {
	var ok []string
	for _, f := range forms {
		if b.claimForm(m, table, n, key, ns, id, f) {
			ok = append(ok, f)
		}
	}
	return ok
}

func (b *builder) entities(m *srcMap, es []entityTOML) {
	seen := map[string]int{}
	for n, et := range es {
		if !b.header(m, "entity", n, et.ID, seen) {
			continue
		}
		e, exists := b.l.entities[et.ID]
		if !exists {
			if et.Name == "" || et.Type == "" {
				b.add(m.problem(m.at("entity", n, "id", et.ID), "new entity %q needs a name and a type", et.ID))
				continue
			}
			e = &Entity{ID: et.ID}
		}
		if et.Type != "" {
			if !validID(et.Type) {
				b.add(m.problem(m.at("entity", n, "type", et.Type), "bad type %q: use a lower-case word such as country, city, org, person", et.Type))
				continue
			}
			e.Type = et.Type
		}
		if et.Name != "" && keyOf(et.Name) != keyOf(e.Name) {
			if !b.claimForm(m, "entity", n, "name", nsEntity, et.ID, et.Name) {
				continue
			}
			if e.Name != "" { // a renamed entity keeps its old name as an alias
				e.Aliases = union(e.Aliases, []string{e.Name})
			}
			e.Name = et.Name
		}
		e.Aliases = union(e.Aliases, b.forms(m, "entity", n, "aliases", nsEntity, et.ID, et.Aliases))
		e.Demonyms = union(e.Demonyms, b.forms(m, "entity", n, "demonyms", nsEntity, et.ID, et.Demonyms))
		e.Metonyms = union(e.Metonyms, b.forms(m, "entity", n, "metonyms", nsEntity, et.ID, et.Metonyms))
		for _, w := range et.Within {
			if w == et.ID {
				b.add(m.problem(m.at("entity", n, "within", w), "entity %q cannot be within itself", w))
				continue
			}
			b.refs = append(b.refs, ref{from: et.ID, to: w, m: m, n: n, key: "within"})
			e.Within = appendNew(e.Within, w)
		}
		if et.ActsFor != "" {
			b.refs = append(b.refs, ref{from: et.ID, to: et.ActsFor, m: m, n: n, key: "acts_for"})
			e.ActsFor = et.ActsFor
		}
		if et.CapitalOf != "" {
			b.refs = append(b.refs, ref{from: et.ID, to: et.CapitalOf, m: m, n: n, key: "capital_of"})
			e.CapitalOf = et.CapitalOf
			e.Within = appendNew(e.Within, et.CapitalOf)
		}
		if et.Short != "" {
			e.Short = et.Short
		}
		if et.The != nil {
			e.The = et.The
		}
		b.l.entities[et.ID] = e
		b.l.written[et.ID] = append(b.l.written[et.ID], claim{id: et.ID, src: m, table: "entity", n: n, key: "id", form: et.ID})
	}
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

func (b *builder) items(m *srcMap, its []itemTOML) {
	seen := map[string]int{}
	for n, t := range its {
		if !b.header(m, "item", n, t.ID, seen) {
			continue
		}
		it, exists := b.l.items[t.ID]
		if !exists {
			it = &Item{ID: t.ID, Name: t.Name}
			if it.Name == "" {
				it.Name = t.ID
			}
			if !b.claimForm(m, "item", n, "name", nsItem, t.ID, it.Name) {
				continue
			}
		}
		it.Forms = union(it.Forms, b.forms(m, "item", n, "forms", nsItem, t.ID, t.Forms))
		if t.Class != "" {
			if !validID(t.Class) {
				b.add(m.problem(m.at("item", n, "class", t.Class), "bad class %q: use a lower-case word such as person, munition, award", t.Class))
			} else {
				it.Class = t.Class
			}
		}
		if t.Tally != "" {
			b.refsAction = append(b.refsAction, ref{from: t.ID, to: t.Tally, m: m, n: n, key: "tally"})
			it.Tally = t.Tally
		}
		it.Whole = it.Whole || t.Whole
		b.l.items[t.ID] = it
	}
}

func (b *builder) actions(m *srcMap, as []actionTOML) {
	seen := map[string]int{}
	for n, t := range as {
		if !b.header(m, "action", n, t.ID, seen) {
			continue
		}
		a, exists := b.l.actions[t.ID]
		if !exists {
			if len(t.Verbs)+len(t.Nouns) == 0 {
				b.add(m.problem(m.at("action", n, "id", t.ID), "new action %q needs verbs or nouns", t.ID))
				continue
			}
			a = &Action{ID: t.ID}
		}
		// a word may be both a verb and a noun of the same action ("strike")
		a.Verbs = union(a.Verbs, b.forms(m, "action", n, "verbs", nsAction, t.ID, t.Verbs))
		a.Nouns = union(a.Nouns, b.forms(m, "action", n, "nouns", nsAction, t.ID, t.Nouns))
		if t.Frame != nil {
			a.Frame = b.frame(m, n, t.Frame)
		}
		if t.Measure != nil {
			a.Measure = b.measure(m, n, t.Measure)
		}
		b.l.actions[t.ID] = a
	}
}

func (b *builder) titles(m *srcMap, ts []titleTOML) {
	seen := map[string]int{}
	for n, t := range ts {
		if !b.header(m, "title", n, t.ID, seen) {
			continue
		}
		ti, exists := b.l.titles[t.ID]
		if !exists {
			if t.Name == "" {
				b.add(m.problem(m.at("title", n, "id", t.ID), "new title %q needs a name", t.ID))
				continue
			}
			if !b.claimForm(m, "title", n, "name", nsTitle, t.ID, t.Name) {
				continue
			}
			ti = &Title{ID: t.ID, Name: t.Name, Kind: "office"}
		}
		if t.Kind != "" {
			ti.Kind = t.Kind
		}
		ti.Leads = ti.Leads || t.Leads
		ti.Forms = union(ti.Forms, b.forms(m, "title", n, "forms", nsTitle, t.ID, t.Forms))
		ti.Abbreviations = union(ti.Abbreviations, b.forms(m, "title", n, "abbreviations", nsTitle, t.ID, t.Abbreviations))
		b.l.titles[t.ID] = ti
	}
}

// roles an action's frame may give a phrase.
var frameRoles = map[string]bool{"": true, "agent": true, "patient": true}

func (b *builder) frame(m *srcMap, n int, f *frameTOML) Frame {
	for _, kv := range [][2]string{{"frame.possessor", f.Possessor}, {"frame.of", f.Of}, {"frame.subject", f.Subject}} {
		if !frameRoles[kv[1]] {
			b.add(m.problem(m.at("action", n, kv[0], kv[1]), "bad %s role %q: want agent or patient", strings.TrimPrefix(kv[0], "frame."), kv[1]))
		}
	}
	for _, p := range f.Target {
		if p == "" || strings.ContainsAny(p, " \t") || strings.ToLower(p) != p {
			b.add(m.problem(m.at("action", n, "frame.target", p), "bad target preposition %q: want one lower-case word such as \"at\"", p))
		}
	}
	return Frame{Possessor: f.Possessor, Of: f.Of, Subject: f.Subject, Moves: f.Moves, Symmetric: f.Symmetric, Target: f.Target}
}

func (b *builder) measure(m *srcMap, n int, t *measureTOML) *Measure {
	if t.Role != "" && t.Role != "patient" && t.Role != "instrument" {
		b.add(m.problem(m.at("action", n, "measure.role", t.Role), "bad measure role %q: want patient or instrument", t.Role))
	}
	if t.Class != "" && !validID(t.Class) {
		b.add(m.problem(m.at("action", n, "measure.class", t.Class), "bad class %q: use a lower-case word such as person, munition, award", t.Class))
	}
	if t.As != "" && !validID(t.As) {
		b.add(m.problem(m.at("action", n, "measure.as", t.As), "bad action id %q", t.As))
	}
	return &Measure{As: t.As, Class: t.Class, Role: t.Role}
}

func (b *builder) wordClasses(m *srcMap, ws []wordsTOML) {
	seen := map[string]int{}
	for n, t := range ws {
		if !b.header(m, "words", n, t.ID, seen) {
			continue
		}
		set := b.l.words[t.ID]
		if set == nil {
			set = map[string]bool{}
			b.l.words[t.ID] = set
		}
		for _, w := range t.Words {
			if !hasWord(w) {
				b.add(m.problem(m.at("words", n, "words", w), "word %q has no letters", w))
				continue
			}
			set[strings.ToLower(w)] = true
		}
		for _, w := range t.Remove {
			delete(set, strings.ToLower(w))
		}
	}
}
