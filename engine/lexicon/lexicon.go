package lexicon

import (
	"embed"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/claimcheck/claimcheck/engine/finding"
	"github.com/claimcheck/claimcheck/engine/span"
)

// Entity is a named thing: a country, region, city, place, organisation,
// group, person or office.
type Entity struct {
	ID       string
	Type     string
	Name     string
	Aliases  []string
	Demonyms []string // "Iraqi", "Iraqis": adjectives and nouns of nationality
	// Metonyms are names that stand for the entity without naming it ("the
	// Kremlin" for Russia's government).
	Metonyms []string
	// Within lists the ids of the places or bodies that directly contain
	// this one; Lexicon.Within follows them transitively.
	Within []string
	// CapitalOf is set on a capital: its name can stand for that country's
	// government ("Washington said", "talks between Baghdad and Erbil").
	CapitalOf string
	// ActsFor is the state or body the entity acts for: a national force
	// for its state ("us-military" for "united-states"). Where it is empty
	// a government body acts for the country that contains it; an armed
	// group acts for no one.
	ActsFor string
	// Short is how messages put the entity before a noun ("coalition"
	// troops); by default its first acronym ("US" troops).
	Short string
	// The says whether messages write "the" before its name; nil leaves it
	// to the name ("the State Department", "the Government of Iraq").
	The *bool
}

// Item is a kind of thing that articles count, with its synonyms.
type Item struct {
	ID    string
	Name  string
	Forms []string
	// Class groups items that are counted alike (person, munition, award,
	// ...): "ten passengers" and "eight people" are both tolls of persons.
	Class string
	// Tally is set on items that name the tally of an event: "deaths"
	// (kill), "casualties" (injure).
	Tally string
	// Whole is set on items that count every member of their class
	// ("people", "deaths"): a tally of one bounds the narrower tallies of
	// the same event from above, so "seven officials" can be part of
	// "eight people".
	Whole bool
}

// Action is a canonical event with the words that express it.
type Action struct {
	ID    string
	Verbs []string // inflected verb forms and phrasal verbs: "killed", "pulled out"
	Nouns []string // nominalisations: "killing", "assassination", "airstrike"
	Frame Frame
	// Measure is set on actions whose numbers are tallies of the event
	// ("killed 10 people", "fired 16 missiles"); nil for the others.
	Measure *Measure
}

// Frame says how an action's words take their participants. The zero
// Frame is the common case: subject and possessor act, the object and an
// "of" phrase undergo.
type Frame struct {
	// Possessor is the role of a possessor of the noun: "Kadhimi's visit"
	// (agent, the default), "Daesh's defeat" (patient).
	Possessor string
	// Of is the role of an "of" phrase after the noun: "the killing of X"
	// (patient, the default), "the invitation of X" (agent).
	Of string
	// Subject is the role of the active subject: agent by default; an
	// unaccusative verb's subject undergoes it ("ten people died").
	Subject string
	// Moves marks actions whose patient moves or shrinks (withdraw,
	// deploy, reduce): a counted item in the object is what moves.
	Moves bool
	// Symmetric actions take "between X and Y" and "X met with Y".
	Symmetric bool
	// Target lists the prepositions whose phrase is what the action was
	// aimed at, and so its patient: "fired missiles at the base", "the
	// attack at al-Asad". What is fired ("missiles") is then the
	// instrument.
	Target []string
}

// Measure says what a number in an action's clause counts.
type Measure struct {
	// As is the action the tally is filed under: "ten people died" is a
	// toll of killing. Defaults to the action's own id.
	As string
	// Class is what a counted noun the lexicon does not know is taken to
	// be: the killed are persons, what is fired is a munition.
	Class string
	// Role is the role whose number is the tally: patient (the default:
	// the object of the active verb, the subject of the passive) or
	// instrument ("11 missiles struck the base").
	Role string
}

// Title is an office, rank or role that precedes or follows a name.
type Title struct {
	ID    string
	Name  string
	Kind  string // "office", "rank", "role"...
	Forms []string
	// Abbreviations are short forms ("Gen.", "PM"); they match like forms.
	Abbreviations []string
	// Leads is set on titles that name who leads the organisation ("head",
	// "commander", "chief"): two of them for one organisation are one
	// office, and one person cannot lead both a body and a unit inside it.
	Leads bool
}

// How a Match was found.
const (
	ViaName    = "name"
	ViaAlias   = "alias"
	ViaDemonym = "demonym"
	ViaMetonym = "metonym"
)

// Match is one mention of an entity in a text. The span is in bytes of the
// text given to Find; a possessive "'s" is never part of it.
type Match struct {
	span.Span
	ID   string
	Type string
	Text string // the text as written
	Via  string // ViaName, ViaAlias, ViaDemonym or ViaMetonym
	// StandsFor is set when the matched entity is a capital: the id of the
	// country whose government the name may stand for. Whether it does in a
	// given sentence ("Washington said") is for the caller to decide.
	StandsFor string
}

// Term is one mention of an item, action or title form.
type Term struct {
	span.Span
	ID   string
	Text string
	Noun bool // the form can be a noun ("strike", "withdrawal")
	Verb bool // the form can be a verb ("strike", "withdrew")
}

// Lexicon is an immutable set of entities, items, actions and titles with
// their indexes. It is safe for concurrent use.
type Lexicon struct {
	entities map[string]*Entity
	items    map[string]*Item
	actions  map[string]*Action
	titles   map[string]*Title
	// words are the word classes: lower-cased words by class id.
	words map[string]map[string]bool

	// claims maps a form's folded key to the entry owning it, per
	// namespace, to report a form claimed twice.
	claims map[string]map[string]claim
	// written lists, per entity id, the [[entity]] tables that wrote it, in
	// load order (EntitySources).
	written map[string][]claim

	ents, itemM, actM, titleM *matcher
}

type claim struct {
	id string
	// where the claim was made, turned into "file:line" only for an error
	src   *srcMap
	table string
	n     int
	key   string
	form  string
}

func (c claim) where() string {
	return fmt.Sprintf("%s:%d", c.src.path, c.src.position(c.src.at(c.table, c.n, c.key, c.form)).Line)
}

const (
	nsEntity = "entity"
	nsItem   = "item"
	nsAction = "action"
	nsTitle  = "title"
)

//go:embed data/*.toml
var dataFS embed.FS

// defaultFiles are merged in this order: the generated world data first,
// then the hand-kept files that add to it.
var defaultFiles = []string{"data/world.toml", "data/news.toml", "data/terms.toml", "data/grammar.toml"}

var (
	defaultOnce sync.Once
	defaultLex  *Lexicon
)

// Default returns the embedded lexicon, parsed on first use. It panics only
// if the embedded data is broken, which the package's tests rule out.
func Default() *Lexicon {
	defaultOnce.Do(func() {
		l, err := loadEmbedded()
		if err != nil {
			panic("lexicon: embedded data: " + err.Error())
		}
		defaultLex = l
	})
	return defaultLex
}

func loadEmbedded() (*Lexicon, error) {
	b := newBuilder(empty())
	b.embedded = true
	for _, name := range defaultFiles {
		src, err := dataFS.ReadFile(name)
		if err != nil {
			return nil, err
		}
		b.file(name, string(src))
	}
	return b.done()
}

func empty() *Lexicon {
	return &Lexicon{
		entities: map[string]*Entity{},
		items:    map[string]*Item{},
		actions:  map[string]*Action{},
		titles:   map[string]*Title{},
		words:    map[string]map[string]bool{},
		claims:   map[string]map[string]claim{nsEntity: {}, nsItem: {}, nsAction: {}, nsTitle: {}},
		written:  map[string][]claim{},
	}
}

// Load merges the TOML files at paths, in order, over base (nil means
// empty) and returns the result; base is unchanged. A path that is a
// folder stands for the .toml files under it, in name order. A file adds new
// entries, and adds aliases, demonyms, forms and containers to entries that
// exist. All problems found are returned together as Errors, each one a
// finding.Problem with the file's path, line and column.
func Load(base *Lexicon, paths ...string) (*Lexicon, error) {
	if base == nil {
		base = empty()
	}
	b := newBuilder(base.clone())
	for _, p := range paths {
		b.path(p)
	}
	return b.done()
}

// Errors is every problem met loading lexicon files.
type Errors []finding.Problem

func (e Errors) Error() string {
	s := make([]string, len(e))
	for i, p := range e {
		s[i] = p.Error()
	}
	return strings.Join(s, "\n")
}

func problemAt(path string, line, col int, format string, args ...any) error {
	return finding.Problem{Path: path, Line: line, Col: col, Message: fmt.Sprintf(format, args...)}
}

func (l *Lexicon) clone() *Lexicon {
	c := empty()
	for id, e := range l.entities {
		cp := *e
		cp.Aliases = append([]string(nil), e.Aliases...)
		cp.Demonyms = append([]string(nil), e.Demonyms...)
		cp.Metonyms = append([]string(nil), e.Metonyms...)
		cp.Within = append([]string(nil), e.Within...)
		c.entities[id] = &cp
	}
	for id, e := range l.items {
		cp := *e
		cp.Forms = append([]string(nil), e.Forms...)
		c.items[id] = &cp
	}
	for id, e := range l.actions {
		cp := *e
		cp.Verbs = append([]string(nil), e.Verbs...)
		cp.Nouns = append([]string(nil), e.Nouns...)
		c.actions[id] = &cp
	}
	for id, e := range l.titles {
		cp := *e
		cp.Forms = append([]string(nil), e.Forms...)
		cp.Abbreviations = append([]string(nil), e.Abbreviations...)
		c.titles[id] = &cp
	}
	for id, ws := range l.words {
		cp := make(map[string]bool, len(ws))
		for w := range ws {
			cp[w] = true
		}
		c.words[id] = cp
	}
	for ns, m := range l.claims {
		for k, v := range m {
			c.claims[ns][k] = v
		}
	}
	for id, w := range l.written {
		c.written[id] = append([]claim(nil), w...)
	}
	return c
}

// index builds the matchers from the entries.
func (l *Lexicon) index() {
	l.ents, l.itemM, l.actM, l.titleM = newMatcher(), newMatcher(), newMatcher(), newMatcher()
	add := func(m *matcher, form, id, via string, noun, verb bool) {
		p, ok := compile(form)
		if !ok {
			return
		}
		p.id, p.via, p.noun, p.verb = id, via, noun, verb
		m.add(&p)
	}
	for _, id := range sortedKeys(l.entities) {
		e := l.entities[id]
		add(l.ents, e.Name, id, ViaName, false, false)
		for _, a := range e.Aliases {
			add(l.ents, a, id, ViaAlias, false, false)
		}
		for _, a := range e.Demonyms {
			add(l.ents, a, id, ViaDemonym, false, false)
		}
		for _, a := range e.Metonyms {
			add(l.ents, a, id, ViaMetonym, false, false)
		}
		// "Al Asad" for "Al Asad Airbase": a facility is also named without
		// its kind, unless that names something else
		for _, f := range append([]string{e.Name}, e.Aliases...) {
			if short := headless(f); short != "" {
				if c, taken := l.claims[nsEntity][keyOf(short)]; !taken || c.id == id {
					add(l.ents, short, id, ViaAlias, false, false)
				}
			}
		}
	}
	for _, id := range sortedKeys(l.items) {
		it := l.items[id]
		add(l.itemM, it.Name, id, "", true, false)
		for _, f := range it.Forms {
			add(l.itemM, f, id, "", true, false)
		}
	}
	for _, id := range sortedKeys(l.actions) {
		a := l.actions[id]
		nouns := map[string]bool{}
		for _, f := range a.Nouns {
			nouns[keyOf(f)] = true
		}
		verbs := map[string]bool{}
		for _, f := range a.Verbs {
			verbs[keyOf(f)] = true
			add(l.actM, f, id, "", nouns[keyOf(f)], true)
		}
		for _, f := range a.Nouns {
			if !verbs[keyOf(f)] {
				add(l.actM, f, id, "", true, false)
			}
		}
	}
	for _, id := range sortedKeys(l.titles) {
		t := l.titles[id]
		add(l.titleM, t.Name, id, "", true, false)
		for _, f := range t.Forms {
			add(l.titleM, f, id, "", true, false)
		}
		for _, f := range t.Abbreviations {
			add(l.titleM, f, id, "", true, false)
		}
	}
	for _, m := range []*matcher{l.ents, l.itemM, l.actM, l.titleM} {
		m.finish()
	}
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// keyOf is the folded token sequence of a form: two forms with the same
// key are the same words.
func keyOf(form string) string {
	toks := tokenize(nil, form)
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.key)
	}
	return b.String()
}

// Words returns the word class with the given id ([[words]] in the data):
// the set of its lower-cased words. Callers read it, never change it. An
// unknown class is empty.
func (l *Lexicon) Words(id string) map[string]bool {
	return l.words[id]
}

// WordClasses returns the ids of the word classes, sorted.
func (l *Lexicon) WordClasses() []string { return sortedKeys(l.words) }

// Entity returns the entity with the given id. Entities, items, actions
// and titles returned by a Lexicon are shared: read them, do not change
// them (write a file and Load it instead).
func (l *Lexicon) Entity(id string) (*Entity, bool) {
	e, ok := l.entities[id]
	return e, ok
}

// Entities returns all entities ordered by id.
func (l *Lexicon) Entities() []*Entity {
	out := make([]*Entity, 0, len(l.entities))
	for _, id := range sortedKeys(l.entities) {
		out = append(out, l.entities[id])
	}
	return out
}

// Find returns the entity mentions in text, leftmost-longest and never
// overlapping, in text order. Acronyms ("US", "ISIS") match in their case
// only; other names match in any case but not starting in lower case where
// the name starts with a capital. "U.S." and "US" are the same acronym.
func (l *Lexicon) Find(text string) []Match {
	var out []Match
	withTokens(text, func(toks []token) {
		l.ents.scan(text, toks, func(p *pattern, from, to int) {
			e := l.entities[p.id]
			sp := span.Span{Start: toks[from].start, End: toks[to-1].end}
			out = append(out, Match{Span: sp, ID: p.id, Type: e.Type, Text: text[sp.Start:sp.End], Via: p.via, StandsFor: e.CapitalOf})
		})
	})
	return out
}

// Lookup returns the entity a whole phrase names ("U.S.", "Daesh",
// "the Kremlin" does not: the phrase must be a form, no more), with the
// same case rules as Find.
func (l *Lexicon) Lookup(text string) (Match, bool) {
	var m Match
	ok := false
	withTokens(text, func(toks []token) {
		if p := l.ents.whole(text, toks); p != nil {
			e := l.entities[p.id]
			sp := span.Span{Start: toks[0].start, End: toks[len(toks)-1].end}
			m = Match{Span: sp, ID: p.id, Type: e.Type, Text: text[sp.Start:sp.End], Via: p.via, StandsFor: e.CapitalOf}
			ok = true
		}
	})
	return m, ok
}

// Within reports whether inner lies in outer, following Within links
// transitively. Within(x, x) is true for a known id.
func (l *Lexicon) Within(inner, outer string) bool {
	if _, ok := l.entities[inner]; !ok {
		return false
	}
	if inner == outer {
		return true
	}
	seen := map[string]bool{inner: true}
	stack := []string{inner}
	for len(stack) > 0 {
		e := l.entities[stack[len(stack)-1]]
		stack = stack[:len(stack)-1]
		if e == nil {
			continue
		}
		for _, w := range e.Within {
			if w == outer {
				return true
			}
			if !seen[w] {
				seen[w] = true
				stack = append(stack, w)
			}
		}
	}
	return false
}

// StateOf is the state (or, failing one, the body) an entity acts for:
// a country for itself; a government body for the country containing it; a
// capital for its country; a national force for what its acts_for (or a
// force containing it) names. It is "" for an armed group, a person or an
// unknown id: whom a person acts for is what their roles say, not the
// lexicon's business.
func (l *Lexicon) StateOf(id string) string {
	return l.stateOf(id, 0)
}

func (l *Lexicon) stateOf(id string, depth int) string {
	e, ok := l.entities[id]
	if !ok || depth > 8 {
		return ""
	}
	switch {
	case e.ActsFor != "":
		if s := l.stateOf(e.ActsFor, depth+1); s != "" {
			return s
		}
		return e.ActsFor
	case e.Type == "country":
		return id
	case e.CapitalOf != "":
		return e.CapitalOf
	case e.Type == "org" || e.Type == "ministry" || e.Type == "government":
		for _, c := range l.Containers(id) {
			if ce, ok := l.entities[c]; ok && ce.Type == "country" {
				return c
			}
		}
	case e.Type == "armed":
		for _, c := range e.Within {
			if ce, ok := l.entities[c]; ok && ce.Type == "armed" {
				return l.stateOf(c, depth+1)
			}
		}
	}
	return ""
}

// Containers returns the ids that contain id, nearest first (breadth-first).
func (l *Lexicon) Containers(id string) []string {
	var out []string
	seen := map[string]bool{id: true}
	queue := []string{id}
	for len(queue) > 0 {
		e := l.entities[queue[0]]
		queue = queue[1:]
		if e == nil {
			continue
		}
		for _, w := range e.Within {
			if !seen[w] {
				seen[w] = true
				out = append(out, w)
				queue = append(queue, w)
			}
		}
	}
	return out
}

func (l *Lexicon) whole(m *matcher, word string) *pattern {
	var p *pattern
	withTokens(word, func(toks []token) { p = m.whole(word, toks) })
	return p
}

func (l *Lexicon) findTerms(m *matcher, text string) []Term {
	var out []Term
	withTokens(text, func(toks []token) {
		m.scan(text, toks, func(p *pattern, from, to int) {
			sp := span.Span{Start: toks[from].start, End: toks[to-1].end}
			out = append(out, Term{Span: sp, ID: p.id, Text: text[sp.Start:sp.End], Noun: p.noun, Verb: p.verb})
		})
	})
	return out
}

// Item returns the counted item a word or phrase names: "soldiers" ->
// "troops", "military personnel" -> "troops".
func (l *Lexicon) Item(word string) (id string, ok bool) {
	if p := l.whole(l.itemM, word); p != nil {
		return p.id, true
	}
	return "", false
}

// ItemInfo returns the item with the given id.
func (l *Lexicon) ItemInfo(id string) (*Item, bool) {
	it, ok := l.items[id]
	return it, ok
}

// TitleKind is the kind of the title with the given id ("office",
// "rank", "role", "honorific"), or "" for an unknown id.
func (l *Lexicon) TitleKind(id string) string {
	if t, ok := l.titles[id]; ok {
		return t.Kind
	}
	return ""
}

// LeadsTitle reports whether the title with the given id names who leads
// its organisation.
func (l *Lexicon) LeadsTitle(id string) bool {
	t, ok := l.titles[id]
	return ok && t.Leads
}

// WholeItem reports whether the item with the given id counts every
// member of its class ("people", "deaths").
func (l *Lexicon) WholeItem(id string) bool {
	it, ok := l.items[id]
	return ok && it.Whole
}

// FindItems returns the item forms in text, longest first.
func (l *Lexicon) FindItems(text string) []Term { return l.findTerms(l.itemM, text) }

// Action returns the canonical action a verb form or nominalisation
// expresses: "killed" -> "kill", "airstrike" -> "strike", "pulled out" ->
// "withdraw".
func (l *Lexicon) Action(word string) (action string, ok bool) {
	if p := l.whole(l.actM, word); p != nil {
		return p.id, true
	}
	return "", false
}

// ActionInfo returns the action with the given id.
func (l *Lexicon) ActionInfo(id string) (*Action, bool) {
	a, ok := l.actions[id]
	return a, ok
}

// Actions returns all actions ordered by id.
func (l *Lexicon) Actions() []*Action {
	out := make([]*Action, 0, len(l.actions))
	for _, id := range sortedKeys(l.actions) {
		out = append(out, l.actions[id])
	}
	return out
}

// FindActions returns the action forms in text, with whether each can be a
// verb or a noun.
func (l *Lexicon) FindActions(text string) []Term { return l.findTerms(l.actM, text) }

// Title returns the title a phrase names: "Gen." and "general" ->
// general; "secretary of state" -> secretary-of-state.
func (l *Lexicon) Title(text string) (*Title, bool) {
	if p := l.whole(l.titleM, text); p != nil {
		return l.titles[p.id], true
	}
	return nil, false
}

// FindTitles returns the title forms in text, longest first:
// "assistant secretary of State for Near Eastern Affairs" is one title,
// not "secretary of State".
func (l *Lexicon) FindTitles(text string) []Term { return l.findTerms(l.titleM, text) }

// Size counts the entries and the forms the matchers know.
type Size struct {
	Entities, EntityForms, Items, Actions, Titles int
}

// Size reports the lexicon's size.
func (l *Lexicon) Size() Size {
	return Size{
		Entities: len(l.entities), EntityForms: l.ents.n,
		Items: len(l.items), Actions: len(l.actions), Titles: len(l.titles),
	}
}

// facilityKinds end a facility's name; the name without them still names it.
var facilityKinds = []string{"air base", "airbase", "military base", "base", "airfield", "air field"}

// headless is a facility name without its kind ("Al Asad" for "Al Asad
// Airbase"), or "" when the name has no such ending or nothing capitalised
// would be left.
func headless(name string) string {
	k := keyOf(name)
	for _, kind := range facilityKinds {
		if !strings.HasSuffix(k, " "+kind) {
			continue
		}
		n := len(strings.Fields(kind))
		ws := strings.Fields(name)
		if len(ws) <= n {
			return ""
		}
		short := strings.Join(ws[:len(ws)-n], " ")
		if r := []rune(short); len(r) > 0 && !unicode.IsUpper(r[0]) && !strings.Contains(short, " ") {
			return ""
		}
		return short
	}
	return ""
}
