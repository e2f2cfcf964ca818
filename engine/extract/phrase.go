package extract

import (
	"strings"

	"github.com/claimcheck/claimcheck/engine/nlp"
)

// np is a noun phrase: tokens [s, e). poss is the index of a possessive
// "'s" inside it, or -1: "Iraq's new Prime Minister" has possessor
// [s, poss) and head phrase [poss+1, e).
type np struct {
	s, e int
	poss int
}

func (p np) ok() bool { return p.e > p.s }

// inNP reports whether token i can be part of a noun phrase.
func (s *sent) inNP(i int) bool {
	if s.ent[i] >= 0 || s.person[i] >= 0 || s.title[i] >= 0 || s.item[i] >= 0 || s.qty[i] >= 0 || s.tm[i] >= 0 {
		// a mention's inner punctuation ("Gen.", "U.S.") stays inside
		return s.toks[i].Tag != nlp.Quote && !(s.toks[i].Tag == nlp.Punct && s.toks[i].Text == ",")
	}
	if s.act[i] >= 0 && s.toks[i].Tag == nlp.Noun {
		return true
	}
	switch s.toks[i].Tag {
	case nlp.Det, nlp.Adj, nlp.Noun, nlp.Proper, nlp.Num, nlp.Poss:
		return true
	case nlp.Adv:
		// "Tehran's most powerful general": a degree word after the
		// determiner grades the adjective that follows
		return i > 0 && i+1 < len(s.toks) && s.g.degreeAdverbs[s.toks[i].Lower] &&
			(s.toks[i-1].Tag == nlp.Poss || s.toks[i-1].Tag == nlp.Det) &&
			(s.toks[i+1].Tag == nlp.Adj || s.toks[i+1].Tag == nlp.Noun)
	}
	return false
}

// chunk splits the sentence into noun phrases; npOf[i] is the phrase of
// token i or -1.
func (s *sent) chunk() ([]np, []int) {
	var out []np
	at := fill(len(s.toks))
	for i := 0; i < len(s.toks); {
		if s.toks[i].Tag == nlp.Pron {
			at[i] = len(out)
			out = append(out, np{s: i, e: i + 1, poss: -1})
			i++
			continue
		}
		if !s.inNP(i) || s.toks[i].Tag == nlp.Poss {
			i++
			continue
		}
		p := np{s: i, poss: -1}
		j := i + 1
		for j < len(s.toks) && (s.inNP(j) || s.parenName(j)) {
			// "Hashd al-Shaabi (PMF) deputy Abu Mahdi al-Muhandis": a name in
			// brackets stays inside the phrase it glosses
			if s.parenName(j) {
				j += 3
				continue
			}
			t := s.toks[j]
			if t.Tag == nlp.Det && s.toks[j-1].Tag != nlp.Poss && !s.covered(j) {
				break // "... the X": a new phrase
			}
			// "US troops first invaded": an adjective after the head noun
			// does not modify it; it is an adverb of the verb
			if t.Tag == nlp.Adj && !s.covered(j) && (s.toks[j-1].Tag == nlp.Noun || s.item[j-1] >= 0) && (j+1 >= len(s.toks) || !s.inNP(j+1) || s.toks[j+1].Tag == nlp.Det) {
				s.toks[j].Tag = nlp.Adv
				break
			}
			// "Yemen since 2015", "troops on Sunday": a time introduced by a
			// preposition is an adjunct, not part of the phrase
			if s.tm[j] >= 0 && (s.tm[j-1] != s.tm[j]) && (t.Tag == nlp.Prep || t.Tag == nlp.Sub) {
				break
			}
			// "troops in Iraq focusing on ISIS": an -ing word after a name
			// that is no event noun starts a participle, not a compound
			if t.Tag == nlp.Noun && strings.HasSuffix(t.Lower, "ing") && s.act[j] < 0 && s.item[j] < 0 && s.ent[j-1] >= 0 && s.ent[j] < 0 {
				break
			}
			if t.Tag == nlp.Poss {
				p.poss = j
			}
			j++
		}
		p.e = j
		if p.poss == p.e-1 { // a trailing "'s" with nothing after it
			p.poss = -1
			// "the US Embassy in Baghdad's heavily fortified Green Zone": the
			// possessor's phrase ends before its "'s"
			if p.e-p.s > 1 {
				p.e--
			}
		}
		for k := p.s; k < p.e; k++ {
			at[k] = len(out)
		}
		out = append(out, p)
		i = j
	}
	return out, at
}

// parenName reports whether token j opens "( NAME )", a bracketed name
// or acronym of one token ("(PMU)").
func (s *sent) parenName(j int) bool {
	return j+2 < len(s.toks) && s.toks[j].Text == "(" && s.toks[j+2].Text == ")" && s.toks[j+1].Tag == nlp.Proper && j > 0 && s.inNP(j-1)
}

func (s *sent) covered(i int) bool {
	return s.ent[i] >= 0 || s.person[i] >= 0 || s.title[i] >= 0 || s.qty[i] >= 0 || s.tm[i] >= 0
}

// head is the phrase's last token (after any possessive).
func (p np) head() int { return p.e - 1 }

// ref is what a noun phrase refers to, for one role.
type ref struct {
	id, text string
	person   bool
	pronoun  string // "it", "they", "he", ... when unresolved
	item     string // an item in the phrase ("US forces": troops)
	ent      string // the entity
	entText  string // the words naming the entity
	instr    bool   // the phrase names an instrument ("a drone strike")
	head     string // for instruments: the head words
	np       np
}

// resolve reads a phrase as an entity or item reference.
func (s *sent) resolve(p np) ref {
	if !p.ok() {
		return ref{}
	}
	r := ref{text: s.words(p.s, p.e)}
	if p.e-p.s == 1 && (s.toks[p.s].Tag == nlp.Pron || s.g.possessives[s.toks[p.s].Lower]) {
		r.pronoun = s.toks[p.s].Lower
		return r
	}
	from := p.s
	if p.poss >= 0 {
		from = p.poss + 1
	}
	for k := from; k < p.e; k++ {
		// "Quds Force" names a body, it does not count forces
		if s.item[k] >= 0 && r.item == "" && s.ent[k] < 0 && s.person[k] < 0 {
			r.item = s.items[s.item[k]].id
		}
	}
	// a person named in the phrase is what it refers to
	for k := from; k < p.e; k++ {
		if s.person[k] >= 0 {
			r.item = ""
			m := s.persons[s.person[k]]
			r.id, r.person, r.ent = m.id, true, m.id
			return r
		}
	}
	// an entity that ends the phrase is its head ("the US", "Baghdad
	// International Airport"); else a nationality modifying a state head
	var mod string
	for k := from; k < p.e; k++ {
		if s.ent[k] < 0 {
			continue
		}
		m := s.ents[s.ent[k]]
		k = m.e - 1
		if excludedModifier(s.toks[m.s].Text, s.toks[m.e-1].Text) {
			continue
		}
		if m.e == p.e {
			r.ent = m.id
			break
		}
		if mod == "" {
			mod = m.id
		}
	}
	// "Syrian rebels", "their Syrian rebel allies": fighters named by
	// nationality are not that state's
	if r.ent == "" && mod != "" && r.item != "fighters" {
		h := s.toks[p.head()].Lower
		if s.g.stateHeads[h] || s.item[p.head()] >= 0 || s.act[p.head()] >= 0 {
			r.ent = mod
		}
	}
	// "Nigeria's army", "Iraq's government": a country's body acts and
	// holds for it, as "the Iraqi government" does
	if r.ent == "" && p.poss > p.s && s.g.stateHeads[s.toks[p.head()].Lower] {
		for k := p.s; k < p.poss; k++ {
			if s.ent[k] >= 0 {
				if m := s.ents[s.ent[k]]; m.typ == "country" && m.e == p.poss {
					r.ent = m.id
				}
				break
			}
		}
	}
	r.id = r.ent
	return r
}

// excludedModifier: "pro-Iranian", "Iranian-backed" name who supports a
// group, not who acts.
func excludedModifier(first, last string) bool {
	f, l := strings.ToLower(first), strings.ToLower(last)
	return strings.HasPrefix(f, "pro-") || strings.HasPrefix(f, "anti-") || strings.HasSuffix(l, "-backed") || strings.HasSuffix(l, "-allied") || strings.HasSuffix(l, "-aligned")
}

// clause bounds around token i: from the last boundary before it to the
// next one after it. Boundaries are subordinators, relative pronouns,
// semicolons, colons, quotation marks and "but".
func (s *sent) clause(i int) (int, int) {
	if s.clauseFrom == nil {
		n := len(s.toks)
		s.clauseFrom, s.clauseTo = make([]int, n), make([]int, n)
		for k := 0; k < n; k++ {
			if k > 0 && !s.boundary(k-1) {
				s.clauseFrom[k] = s.clauseFrom[k-1]
			} else {
				s.clauseFrom[k] = k
			}
		}
		for k := n - 1; k >= 0; k-- {
			if k+1 < n && !s.boundary(k+1) {
				s.clauseTo[k] = s.clauseTo[k+1]
			} else {
				s.clauseTo[k] = k + 1
			}
		}
	}
	if i < 0 || i >= len(s.toks) {
		return 0, len(s.toks)
	}
	return s.clauseFrom[i], s.clauseTo[i]
}

func (s *sent) boundary(i int) bool {
	t := s.toks[i]
	switch t.Tag {
	case nlp.Sub, nlp.Rel, nlp.Quote:
		return true
	case nlp.Conj:
		return t.Lower == "but"
	case nlp.Punct:
		switch t.Text {
		case ";", ":", "(", ")", "–", "—":
			return true
		case ",":
			// a comma before a participle clause or a new subject clause
			if i+1 < len(s.toks) {
				n := s.toks[i+1]
				return n.Tag == nlp.Ger || n.Tag == nlp.Sub || n.Tag == nlp.Rel || n.Lower == "but"
			}
		}
	}
	return false
}

// verbGroup is a run of auxiliaries, modals, negation, adverbs and verbs
// ending in a main verb.
type verbGroup struct {
	s, e     int // tokens
	main     int // the main verb
	passive  bool
	modal    string
	negated  bool
	past     bool
	aux      bool // an auxiliary or modal precedes the main verb
	perfect  bool
	progress bool
}

func isVerbish(t nlp.Tag) bool {
	return t == nlp.Aux || t == nlp.Modal || t == nlp.Neg || t == nlp.Verb || t == nlp.Part || t == nlp.Ger
}

// group returns the verb group whose main verb is token v, looking left
// over auxiliaries, modals, negation and adverbs.
func (s *sent) group(v int) verbGroup {
	g := verbGroup{s: v, e: v + 1, main: v}
	for g.s > 0 {
		t := s.toks[g.s-1]
		if t.Tag == nlp.Aux || t.Tag == nlp.Modal || t.Tag == nlp.Neg || t.Tag == nlp.Adv && s.ent[g.s-1] < 0 || t.Tag == nlp.Quote && g.s >= 2 && s.toks[g.s-2].Tag == nlp.Modal {
			g.s--
			continue
		}
		break
	}
	var be bool
	for k := g.s; k < v; k++ {
		switch l := s.toks[k].Lower; s.toks[k].Tag {
		case nlp.Modal:
			g.modal = l
			g.aux = true
		case nlp.Neg:
			g.negated = true
		case nlp.Aux:
			g.aux = true
			switch l {
			case "is", "are", "am", "was", "were", "be", "been", "being":
				be = true
				if l == "was" || l == "were" {
					g.past = true
				}
			case "has", "have", "having":
				g.perfect = true
			case "had":
				g.perfect, g.past = true, true
			case "did":
				g.past = true
			}
		}
	}
	main := s.toks[v]
	if be && (main.Tag == nlp.Part || strings.HasSuffix(main.Lower, "ed") || strings.HasSuffix(main.Lower, "en") || main.Tag == nlp.Verb && isPastForm(main.Lower)) {
		g.passive = true
	}
	if be && main.Tag == nlp.Ger {
		g.progress = true
	}
	if g.s == v && (main.Tag == nlp.Verb || main.Tag == nlp.Part) && isPastForm(main.Lower) {
		g.past = true
	}
	return g
}

func isPastForm(w string) bool {
	return strings.HasSuffix(w, "ed") || nlp.IrregularPast(w)
}

// modality of a verb group and what governs it.
func (s *sent) modality(g verbGroup) string {
	switch g.modal {
	case "will", "would", "shall", "could", "may", "might", "can", "should", "must":
		return "planned"
	}
	// "plans to", "intends to", "expected to", "set to", "going to", "commitment to"
	if g.s >= 2 && s.toks[g.s-1].Tag == nlp.To {
		if s.g.intentWords[s.toks[g.s-2].Lower] {
			return "planned"
		}
		for k := g.s - 2; k >= 0 && k >= g.s-5; k-- {
			if s.toks[k].Tag == nlp.Modal {
				return "planned"
			}
		}
	}
	if g.past {
		return "past"
	}
	if g.perfect && !g.progress {
		return "past"
	}
	return "current"
}
