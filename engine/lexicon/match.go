package lexicon

import (
	"sort"
	"sync"
	"unicode"
)

// ptok is one token of a name as the lexicon spells it.
type ptok struct {
	key string
	// exact, when set, holds letters the text must spell in the same case:
	// acronyms ("US", "ISIS", "U.N.") are case-sensitive, so the pronoun
	// "us" and the name "Isis" stay apart from them.
	exact string
}

// pattern is one form of one entry: a name, alias, demonym, metonym, item
// form, verb or title.
type pattern struct {
	toks []ptok
	// capFirst: the form starts with a capital, so a text starting the
	// match in lower case ("nice weather", "reading") is not a mention of
	// the proper name. Upper case text ("IRAQ") still matches.
	capFirst bool
	id       string
	via      string
	noun     bool // action and item forms: usable as a noun
	verb     bool // action forms: usable as a verb
}

// matcher finds patterns in tokenised text, longest first, indexed by the
// first token's key so a text costs one map lookup per token, and then by
// the second, so a frequent first word ("US", "Iraqi", "al") does not try
// every name that starts with it.
type matcher struct {
	first map[string]*bucket
	n     int
}

type bucket struct {
	multi  map[string][]*pattern // two or more tokens, by the second token's key
	single []*pattern
}

func newMatcher() *matcher { return &matcher{first: map[string]*bucket{}} }

// compile tokenises a form. It reports false for a form with no words.
func compile(form string) (pattern, bool) {
	toks := tokenize(nil, form)
	p := pattern{toks: make([]ptok, len(toks))}
	words := 0
	for i, t := range toks {
		p.toks[i].key = t.key
		if t.word {
			words++
			if raw := t.raw(form); isAcronym(raw) {
				p.toks[i].exact = raw
			}
		}
	}
	if words == 0 {
		return p, false
	}
	p.capFirst = toks[0].upper && p.toks[0].exact == ""
	return p, true
}

// isAcronym: two or more runes, at least one upper-case letter and no
// lower-case one ("US", "ISIS", "G7"; not "Iraq", not "19").
func isAcronym(s string) bool {
	n, upper := 0, false
	for _, r := range s {
		n++
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			upper = true
		}
	}
	return n >= 2 && upper
}

func (m *matcher) add(p *pattern) {
	b := m.first[p.toks[0].key]
	if b == nil {
		b = &bucket{}
		m.first[p.toks[0].key] = b
	}
	if len(p.toks) == 1 {
		b.single = append(b.single, p)
	} else {
		if b.multi == nil {
			b.multi = map[string][]*pattern{}
		}
		b.multi[p.toks[1].key] = append(b.multi[p.toks[1].key], p)
	}
	m.n++
}

// finish orders each list longest first, so the first hit is the longest.
func (m *matcher) finish() {
	for _, b := range m.first {
		for _, ps := range b.multi {
			sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].toks) > len(ps[j].toks) })
		}
	}
}

func (p *pattern) matchAt(text string, toks []token, i int) bool {
	if len(p.toks) > len(toks)-i {
		return false
	}
	for k, pt := range p.toks {
		t := &toks[i+k]
		if t.key != pt.key {
			return false
		}
		if pt.exact != "" && t.raw(text) != pt.exact {
			return false
		}
	}
	// "al-Asad Air Base", "el-Sisi": an Arabic article or a nobiliary
	// particle starts a name in lower case
	if p.capFirst && toks[i].lower {
		return nameParticles[toks[i].key] && len(p.toks) > 1 && toks[i+1].upper
	}
	return true
}

// nameParticles may start a proper name in lower case.
var nameParticles = map[string]bool{"al": true, "el": true, "ad": true, "as": true, "ash": true, "an": true,
	"at": true, "az": true, "bin": true, "ibn": true, "de": true, "da": true, "di": true, "van": true, "von": true, "la": true, "le": true}

// longest returns the longest pattern matching at token i, or nil.
func (m *matcher) longest(text string, toks []token, i int) *pattern {
	b := m.first[toks[i].key]
	if b == nil {
		return nil
	}
	if i+1 < len(toks) && b.multi != nil {
		for _, p := range b.multi[toks[i+1].key] {
			if p.matchAt(text, toks, i) {
				return p
			}
		}
	}
	for _, p := range b.single {
		if p.matchAt(text, toks, i) {
			return p
		}
	}
	return nil
}

// whole returns a pattern spanning exactly all of toks, or nil.
func (m *matcher) whole(text string, toks []token) *pattern {
	if len(toks) == 0 {
		return nil
	}
	b := m.first[toks[0].key]
	if b == nil {
		return nil
	}
	ps := b.single
	if len(toks) > 1 {
		ps = b.multi[toks[1].key]
	}
	for _, p := range ps {
		if len(p.toks) == len(toks) && p.matchAt(text, toks, 0) {
			return p
		}
	}
	return nil
}

// scan calls fn for each leftmost-longest, non-overlapping match.
func (m *matcher) scan(text string, toks []token, fn func(p *pattern, from, to int)) {
	for i := 0; i < len(toks); {
		if p := m.longest(text, toks, i); p != nil {
			fn(p, i, i+len(p.toks))
			i += len(p.toks)
			continue
		}
		i++
	}
}

// scratch recycles token slices and key buffers: Find runs on every
// sentence of an archive.
type scratch struct {
	toks []token
	buf  []byte
}

var scratchPool = sync.Pool{New: func() any { return &scratch{toks: make([]token, 0, 64)} }}

func withTokens(text string, fn func([]token)) {
	s := scratchPool.Get().(*scratch)
	s.toks = tokenizeBuf(s.toks[:0], text, &s.buf)
	fn(s.toks)
	clear(s.toks) // drop references to the text's keys
	s.toks = s.toks[:0]
	scratchPool.Put(s)
}
