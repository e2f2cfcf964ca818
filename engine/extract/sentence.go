package extract

import (
	"sort"
	"strings"
	"unicode"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/lexicon"
	"github.com/claimcheck/claimcheck/engine/nlp"
	"github.com/claimcheck/claimcheck/engine/quantity"
	"github.com/claimcheck/claimcheck/engine/span"
)

// mention is a lexicon match, a detected person name, a quantity or a time,
// laid over the sentence's tokens as the half-open token range [s, e).
type mention struct {
	s, e      int
	id, typ   string
	text      string
	via       string // lexicon.Via* for entities
	standsFor string // for capitals: the country they may stand for
	noun      bool   // action forms: can be a noun
	verb      bool   // action forms: can be a verb
}

// sent is one sentence analysed: tokens with parts of speech, and for each
// token the mentions covering it. Offsets in tokens are relative to text;
// base converts them to file offsets.
type sent struct {
	g    *grammar // the word classes
	text string
	base int
	idx  int // ordinal of the sentence in the article
	toks []nlp.Token

	ents, items, acts, titles, persons []mention
	qtys                               []quantity.Quantity
	qtok                               [][2]int // token range of each quantity
	times                              []timeMention

	// per-token index into the slices above, -1 when none
	ent, item, act, title, person, qty, tm []int

	// clause bounds per token, computed on first use (see clause)
	clauseFrom, clauseTo []int
}

// timeMention is a time expression resolved to an interval.
type timeMention struct {
	s, e     int // token range
	start    int // byte offsets in the sentence
	end      int
	text     string
	interval claim.Interval
}

func fill(n int) []int {
	x := make([]int, n)
	for i := range x {
		x[i] = -1
	}
	return x
}

// tokRange maps a byte span of the sentence to the tokens it touches,
// or -1, -1.
func (s *sent) tokRange(start, end int) (int, int) {
	a := sort.Search(len(s.toks), func(i int) bool { return s.toks[i].End > start })
	if a == len(s.toks) || s.toks[a].Start >= end {
		return -1, -1
	}
	b := sort.Search(len(s.toks), func(i int) bool { return s.toks[i].Start >= end })
	return a, b
}

func (s *sent) overlay(ms []mention, at []int) []mention {
	out := ms[:0]
	for _, m := range ms {
		if m.s < 0 {
			continue
		}
		free := true
		for i := m.s; i < m.e; i++ {
			if at[i] >= 0 {
				free = false
			}
		}
		if !free {
			continue
		}
		for i := m.s; i < m.e; i++ {
			at[i] = len(out)
		}
		out = append(out, m)
	}
	return out
}

// analyse tokenizes and tags the sentence and lays the lexicon's entities,
// items, actions and titles, the quantities, the times and the person
// names over it.
func (x *Extractor) analyse(text string, base, idx int, ref timeRef) *sent {
	s := &sent{text: text, base: base, idx: idx, toks: nlp.TokenizeWith(text, x.g.actionVerbs), g: x.g}
	n := len(s.toks)
	s.ent, s.item, s.act, s.title, s.person, s.qty, s.tm = fill(n), fill(n), fill(n), fill(n), fill(n), fill(n), fill(n)

	for _, q := range x.withZeros(s, quantity.Find(text)) {
		a, b := s.tokRange(q.Start, q.End)
		if a < 0 {
			continue
		}
		for i := a; i < b; i++ {
			s.qty[i] = len(s.qtys)
		}
		s.qtys = append(s.qtys, q)
		s.qtok = append(s.qtok, [2]int{a, b})
	}
	for _, t := range x.times(text, ref) {
		a, b := s.tokRange(t.start, t.end)
		if a < 0 {
			continue
		}
		t.s, t.e = a, b
		for i := a; i < b; i++ {
			s.tm[i] = len(s.times)
		}
		s.times = append(s.times, t)
	}
	var ms []mention
	for _, m := range x.lex.FindTitles(text) {
		a, b := s.tokRange(m.Start, m.End)
		// a title must cover whole words: "General" is not the title in
		// "Secretary-General"
		if a < 0 || s.toks[a].Start != m.Start || s.toks[b-1].End != m.End {
			continue
		}
		ms = append(ms, mention{s: a, e: b, id: m.ID, text: m.Text})
	}
	s.titles = s.overlay(ms, s.title)
	// "Deputy Defense Minister", "vice chairman": the deputy of an office
	// holds a title of their own
	for ti := range s.titles {
		t := &s.titles[ti]
		if t.s == 0 || !x.g.deputies[s.toks[t.s-1].Lower] || strings.HasPrefix(t.id, "deputy-") || strings.HasPrefix(t.id, "vice-") {
			continue
		}
		if k := t.s - 1; s.title[k] < 0 {
			t.id = s.toks[k].Lower + "-" + t.id
			t.text = s.words(k, t.e)
			t.s = k
			s.title[k] = ti
		}
	}
	ms = nil
	for _, m := range x.lex.Find(text) {
		a, b := s.tokRange(m.Start, m.End)
		if a >= 0 && s.tm[a] >= 0 {
			continue // "January" or "Sunday" is a time, not a name
		}
		ms = append(ms, mention{s: a, e: b, id: m.ID, typ: m.Type, text: m.Text, via: m.Via, standsFor: m.StandsFor})
	}
	// a lower-case organisation word before a counted noun or a title:
	// "coalition forces", "coalition allies"
	for i := 0; i+1 < n; i++ {
		t := s.toks[i]
		if t.Cap || t.Tag != nlp.Noun || !s.free(i) {
			continue
		}
		nx := s.toks[i+1].Lower
		if _, ok := x.lex.Item(nx); !ok && !x.g.stateHeads[nx] && nx != "allies" && nx != "partners" {
			continue
		}
		up := strings.ToUpper(t.Text[:1]) + t.Text[1:]
		for _, m := range x.lex.Find(up) {
			if m.Start == 0 && m.End == len(up) && (m.Type == "org" || m.Type == "coalition" || m.Type == "alliance" || m.Type == "group") {
				ms = append(ms, mention{s: i, e: i + 1, id: m.ID, typ: m.Type, text: t.Text, via: m.Via})
			}
		}
	}
	s.ents = s.overlay(ms, s.ent)
	ms = nil
	for _, m := range x.lex.FindItems(text) {
		a, b := s.tokRange(m.Start, m.End)
		ms = append(ms, mention{s: a, e: b, id: m.ID, text: m.Text})
	}
	s.items = s.overlay(ms, s.item)
	ms = nil
	for _, m := range x.lex.FindActions(text) {
		a, b := s.tokRange(m.Start, m.End)
		ms = append(ms, mention{s: a, e: b, id: m.ID, text: m.Text, noun: m.Noun, verb: m.Verb})
	}
	s.acts = s.overlay(ms, s.act)
	s.verbForms()
	s.findPersons(x.lex)
	// entity and person tokens are names, whatever the tagger thought
	for i := range s.toks {
		if (s.ent[i] >= 0 || s.person[i] >= 0) && s.toks[i].Tag != nlp.Poss {
			if s.toks[i].Tag == nlp.Verb || s.toks[i].Tag == nlp.Part || s.toks[i].Tag == nlp.Ger || s.toks[i].Tag == nlp.Noun {
				s.toks[i].Tag = nlp.Proper
			}
		}
	}
	s.finitePast()
	return s
}

// finitePast makes finite the past forms that follow a name the tagger
// took for an adjective ("the U.S. military attacked": the tagger's
// "military" is an adjective) and those joined to a finite past by "and"
// ("attacked and killed"): the subject is there, so no auxiliary is
// missing. A "by" after the form keeps it a reduced passive.
func (s *sent) finitePast() {
	for k, t := range s.toks {
		if t.Tag != nlp.Part || k == 0 || k+1 < len(s.toks) && s.toks[k+1].Lower == "by" {
			continue
		}
		p := s.toks[k-1]
		switch {
		case p.Tag == nlp.Adj && s.ent[k-1] >= 0 && (k == len(s.toks)-1 || s.ent[k] != s.ent[k-1]):
			s.toks[k].Tag = nlp.Verb
		case p.Lower == "and" && k >= 2 && s.toks[k-2].Tag == nlp.Verb && isPastForm(s.toks[k-2].Lower):
			s.toks[k].Tag = nlp.Verb
		}
	}
}

// withZeros adds the counts of zero that English writes without a number:
// "no US service members were killed", "killed no one", "nobody was
// hurt" (the "zero-words" class). A "no" before a counted noun counts zero
// of it; "no longer", "no more than 500" are not zeros.
func (x *Extractor) withZeros(s *sent, qs []quantity.Quantity) []quantity.Quantity {
	in := func(start int) bool {
		for _, q := range qs {
			if start >= q.Start && start < q.End {
				return true
			}
		}
		return false
	}
	var out []quantity.Quantity
	said := false // "Trump said there were no casualties": a denial reported, not a count
	for k, t := range s.toks {
		if x.g.sayVerbs[t.Lower] && (t.Tag == nlp.Verb || t.Tag == nlp.Part || t.Tag == nlp.Ger) {
			said = true
		} else if l, ok := nlp.VerbLemma(t.Lower); ok && x.g.sayVerbs[l] && t.Tag == nlp.Ger {
			said = true // "after initially saying no service members were hurt"
		}
		if !x.g.zeroWords[t.Lower] || in(t.Start) || said {
			continue
		}
		end := t.End
		if t.Lower == "no" {
			if k+1 >= len(s.toks) {
				continue
			}
			n := s.toks[k+1]
			switch {
			case n.Lower == "one":
				end = n.End
			case n.Tag == nlp.Noun || n.Tag == nlp.Adj || n.Tag == nlp.Proper:
				// "no US service members", "no deaths": a noun phrase follows
			default:
				continue
			}
		}
		out = append(out, quantity.Quantity{Span: span.Span{Start: t.Start, End: end}, Text: s.text[t.Start:end], Qualifier: quantity.Exact, Words: true})
	}
	if len(out) == 0 {
		return qs
	}
	all := append(append([]quantity.Quantity(nil), qs...), out...)
	sort.SliceStable(all, func(i, j int) bool { return all[i].Start < all[j].Start })
	return all
}

// verbForms tags as verbs the words the lexicon knows only as an
// action's verb forms ("died", "shelled", a user's "evacuated"), whatever
// the tagger, which knows a fixed list of verbs, made of them: a past form
// after an auxiliary is a participle, else a finite verb.
func (s *sent) verbForms() {
	for _, m := range s.acts {
		if !m.verb || m.noun || m.s < 0 {
			continue
		}
		t := &s.toks[m.s]
		if t.Tag != nlp.Noun && t.Tag != nlp.Adj && !(t.Tag == nlp.Proper && !t.Cap) {
			continue
		}
		switch {
		case strings.HasSuffix(t.Lower, "ing"):
			t.Tag = nlp.Ger
		case m.s > 0 && (s.toks[m.s-1].Tag == nlp.Aux || s.toks[m.s-1].Tag == nlp.Adv && m.s > 1 && s.toks[m.s-2].Tag == nlp.Aux):
			t.Tag = nlp.Part
		default:
			t.Tag = nlp.Verb
		}
	}
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

func (s *sent) isNameWord(t *nlp.Token) bool {
	if !t.IsWord() {
		return false
	}
	if !t.Cap {
		// "al-Kadhimi", "bin-Salman"
		pre, rest, ok := strings.Cut(t.Text, "-")
		if !ok || !s.g.nameParticles[strings.ToLower(pre)] || rest == "" || !unicode.IsUpper([]rune(rest)[0]) {
			return false
		}
	}
	for _, r := range t.Text {
		if unicode.IsDigit(r) {
			return false
		}
	}
	// "US", "ISIS": acronyms are not given names
	if len(t.Text) > 1 && strings.ToUpper(t.Text) == t.Text {
		return false
	}
	return true
}

// findPersons marks runs of two or more capitalised words that no lexicon
// entry, title or time covers: "Matthew Tueller", "Mustafa al-Kadhimi".
// A person entity of the lexicon is a person too.
func (s *sent) findPersons(lex *lexicon.Lexicon) {
	var ms []mention
	for i := 0; i < len(s.toks); i++ {
		if s.ent[i] >= 0 {
			if m := s.ents[s.ent[i]]; m.typ == "person" && m.s == i {
				// "Adil Abdul-Mahdi", "Michael Pompeo": a first name the
				// lexicon spells otherwise, or not at all, joins the name
				a := m.s
				if a > 0 && s.free(a-1) && s.toks[a-1].Cap && s.isNameWord(&s.toks[a-1]) && !s.g.nameStop[s.toks[a-1].Lower] && !(a-1 == 0 && s.g.sentenceOpeners[s.toks[0].Lower]) && (a < 2 || !s.toks[a-2].Cap || s.toks[a-2].Tag != nlp.Proper || s.title[a-2] >= 0 || s.ent[a-2] >= 0) {
					a--
				}
				ms = append(ms, mention{s: a, e: m.e, id: m.id, typ: "person", text: s.words(a, m.e)})
				i = m.e - 1
			}
			continue
		}
		if !s.free(i) || !s.isNameWord(&s.toks[i]) || s.g.nameStop[s.toks[i].Lower] {
			continue
		}
		j := i + 1
		for j < len(s.toks) && s.free(j) && (s.isNameWord(&s.toks[j]) || s.g.nameParticles[s.toks[j].Lower] && j+1 < len(s.toks) && s.isNameWord(&s.toks[j+1])) {
			if s.g.nameStop[s.toks[j].Lower] {
				j = -1
				break
			}
			j++
		}
		if j < 0 {
			// an organisation or place name: skip the run
			for i+1 < len(s.toks) && s.isNameWord(&s.toks[i+1]) {
				i++
			}
			continue
		}
		if j-i >= 2 && j-i <= 4 {
			// a sentence-opening common word ("Troops", "Tension") is no first name
			if i == 0 || s.toks[i-1].Tag == nlp.Quote {
				if s.g.sentenceOpeners[s.toks[i].Lower] {
					i = j - 1
					continue
				}
			}
			name := s.text[s.toks[i].Start:s.toks[j-1].End]
			ms = append(ms, mention{s: i, e: j, id: lexicon.Slug(name), typ: "person", text: name})
			i = j - 1
		}
	}
	s.persons = s.overlay(ms, s.person)
}

func (s *sent) free(i int) bool {
	return s.ent[i] < 0 && s.title[i] < 0 && s.tm[i] < 0 && s.qty[i] < 0 && s.item[i] < 0 && s.act[i] < 0
}

// span converts a token range to file offsets.
func (s *sent) span(a, b int) (int, int) {
	return s.base + s.toks[a].Start, s.base + s.toks[b-1].End
}

func (s *sent) words(a, b int) string {
	if a < 0 || b <= a || b > len(s.toks) {
		return ""
	}
	return s.text[s.toks[a].Start:s.toks[b-1].End]
}

// sentenceLike reports whether a line without a final full stop reads as
// a sentence rather than a headline: it is not the article's first line,
// it has ten words or more, and a verb.
func (s *sent) sentenceLike() bool {
	if s.idx == 0 {
		return false
	}
	words, verb := 0, false
	for _, t := range s.toks {
		if t.IsWord() {
			words++
		}
		verb = verb || t.Tag == nlp.Verb || t.Tag == nlp.Part || t.Tag == nlp.Aux
	}
	return words >= 10 && verb
}
