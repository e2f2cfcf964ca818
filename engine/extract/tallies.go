package extract

import (
	"strings"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/lexicon"
	"github.com/claimcheck/claimcheck/engine/nlp"
)

// A tally is a number that counts an event's participants: "the strike
// killed 10 people", "Iran fired 16 missiles at two bases", "11 missiles
// struck the base", "109 service members were diagnosed with brain
// injuries", "the death toll rose to 170". It becomes a count claim that
// carries the event (action, agent, target, place, when), so that rules
// compare it with other accounts of the same event, not with a holding.
//
// Which actions have tallies, and what their numbers count, is lexicon
// data ([action.measure]); which verbs lend their subject or object to an
// event noun ("suffered injuries", "treated for concussion") is the
// "undergo-verbs" word class. The mechanism here only reads where the
// number stands: the subject or object of the action's verb, an absolute
// "with N killed", a conjunct "along with N others", the end of a rise
// ("rose to 64"), or an item that names a tally itself ("170 deaths").

// tally is one number read as the count of an event.
type eventTally struct {
	qi, a, b  int // the quantity and its tokens
	nounEnd   int // the token after the counted phrase
	item      ref // what is counted (id, words)
	class     string
	holder    ref // whose ("two Americans", "its troops")
	action    string
	verb      int // the action's word, or -1
	g         verbGroup
	hasGroup  bool
	role      string // patient or instrument
	partial   bool
	running   bool
	conjunct  bool  // "along with eight others": beside named participants
	others    bool  // "23 others": beyond a tally named before
	undergo   bool  // "treated 11 troops for concussion": the verb's subject did not cause it
	ofPhrase  np    // "11 of its troops": the phrase after "of"
	subjectNP bool  // the counted phrase is the verb's subject
	including []ref // "10 passengers, including X": named members
}

// tallies reads every quantity of the sentence that counts an event and
// emits its count claim. It returns which quantities it used, so that
// counts() does not read them as holdings.
func (d *doc) tallies(c *ctx) []bool {
	s := c.s
	used := make([]bool, len(s.qtys))
	var prev *claim.Claim
	for qi, q := range s.qtys {
		if q.Unit != "" {
			continue
		}
		t, ok := c.tallyAt(qi, prev)
		if !ok {
			continue
		}
		cl := c.tallyClaim(t, prev)
		d.emit(cl)
		if total, ok := conjunctTotal(cl, t); ok {
			d.emit(total)
		}
		used[qi] = true
		prev = cl
	}
	return used
}

// conjunctTotal is the whole toll a conjunct tally implies: "X and Y were
// killed along with eight others" killed ten. The persons named beside the
// others add to their number; the total is no part of anything.
func conjunctTotal(others *claim.Claim, t eventTally) (*claim.Claim, bool) {
	n := float64(len(t.including))
	if !t.conjunct || !others.Partial || n == 0 {
		return nil, false
	}
	total := *others
	total.Partial = false
	total.Incident = append([]string(nil), others.Incident...)
	total.Value += n
	if total.Low != 0 || total.High != 0 {
		total.Low += n
		total.High += n
	}
	return &total, true
}

// tallyAt reads quantity qi as a tally, if it is one.
func (c *ctx) tallyAt(qi int, prev *claim.Claim) (eventTally, bool) {
	s := c.s
	a, b := s.qtok[qi][0], s.qtok[qi][1]
	t := eventTally{qi: qi, a: a, b: b, verb: -1}
	// "in two provinces", "at two bases": circumstances, not tallies; "rose
	// to 64" and "with seven killed" are
	afterPrep := a > 0 && s.toks[a-1].Tag == nlp.Prep && !c.s.g.tallyPreps[s.toks[a-1].Lower]
	if a > 0 && s.toks[a-1].Tag == nlp.To && !(a > 1 && c.d.x.words("rise-verbs")[s.toks[a-2].Lower]) {
		return t, false
	}
	// "a 14-person increase", "a 10-year war": a number in a compound
	// modifier counts nothing; nor does "thousands of"
	if c.notACount(a, b) || s.qtys[qi].Qualifier == "vague" {
		return t, false
	}
	if !c.countedNoun(&t, prev) {
		return t, false
	}
	// "at two bases": a circumstance; "from the 13 missiles that slammed
	// into the base": the subject of a relative clause is still counted
	if afterPrep && !(t.nounEnd < len(s.toks) && s.toks[t.nounEnd].Tag == nlp.Rel && s.toks[t.nounEnd].Lower != "whose") {
		return t, false
	}
	if !c.tallyVerb(&t) {
		return t, false
	}
	return t, true
}

// countedNoun finds what the number counts: a lexicon item, a nationality
// ("two Americans"), an unknown plural noun ("seven officials"), "others",
// or the "of" phrase ("11 of its troops", "11 of those missiles").
func (c *ctx) countedNoun(t *eventTally, prev *claim.Claim) bool {
	s := c.s
	k := t.b
	if k < len(s.toks) && s.toks[k].Lower == "of" && k+1 < len(s.toks) && c.npOf[k+1] >= 0 {
		t.ofPhrase = c.nps[c.npOf[k+1]]
		// "11 of those missiles", "four of 23 Purple Hearts": a part of a
		// tally named elsewhere; "11 of its troops": all of those counted
		if l := s.toks[k+1].Lower; l == "those" || l == "these" || l == "the" || s.qty[k+1] >= 0 || l == "them" {
			t.partial = true
		}
		k++
		if l := s.toks[k].Lower; (l == "those" || l == "these" || l == "them") && prev != nil {
			t.item, t.class, t.nounEnd = ref{id: prev.Item, text: prev.ItemText}, prev.ItemClass, t.ofPhrase.e
			// "11 of those missiles striking": the phrase ends at its noun
			for j := k; j < t.ofPhrase.e; j++ {
				if s.item[j] >= 0 {
					t.nounEnd = s.items[s.item[j]].e
				}
			}
			return true
		}
		for k < len(s.toks) && s.qty[k] >= 0 {
			k++
		}
	}
	for n := 0; k < len(s.toks) && n < 6; n++ {
		tk := s.toks[k]
		switch {
		case s.item[k] >= 0:
			m := s.items[s.item[k]]
			t.item, t.nounEnd = ref{id: m.id, text: m.text}, m.e
			if it, ok := c.d.x.lex.ItemInfo(m.id); ok {
				t.class = it.Class
			}
			return true
		case s.ent[k] >= 0:
			m := s.ents[s.ent[k]]
			id := m.id
			if m.standsFor != "" {
				id = m.standsFor
			}
			if excludedModifier(s.toks[m.s].Text, s.toks[m.e-1].Text) {
				k = m.e
				continue
			}
			t.holder = ref{id: c.d.x.stateOf(id), text: m.text}
			if c.nationals(m) {
				t.item, t.class, t.nounEnd = ref{id: defaultItem("person"), text: m.text}, "person", m.e
				return true
			}
			k = m.e
			continue
		case tk.Lower == "others" || tk.Lower == "more" && (k+1 >= len(s.toks) || s.toks[k+1].Tag != nlp.Noun):
			t.nounEnd = k + 1
			// "six were awarded ..., and 23 others approved": others beyond a
			// tally of the same action are a part of the whole
			t.others = true
			switch at := c.namedBefore(t.a); {
			case prev != nil && prev.ItemClass != "":
				t.item, t.class = ref{id: prev.Item, text: prev.ItemText}, prev.ItemClass
			case at >= 0:
				// "a peacekeeper was killed and three others injured"
				m := s.items[s.item[at]]
				t.item, t.class = ref{id: m.id, text: m.text}, c.classOf(m.id)
			}
			return true
		case s.qty[k] >= 0 && c.notACount(s.qtok[s.qty[k]][0], s.qtok[s.qty[k]][1]):
			k = s.qtok[s.qty[k]][1] // "30 107-mm Katyusha rockets": a modifier
			continue
		case tk.Tag == nlp.Det || tk.Tag == nlp.Adj || c.s.g.countSkip[tk.Lower] || tk.Tag == nlp.Quote:
			// "Fourteen additional service members": an increment, a part
			// of the total
			if c.s.g.increments[tk.Lower] {
				t.partial = true
			}
			k++
			continue
		case tk.Tag == nlp.Proper && tk.Cap && s.person[k] < 0 && k+1 < len(s.toks) && (s.item[k+1] >= 0 || s.toks[k+1].Tag == nlp.Noun):
			k++ // "Six Army soldiers"
			continue
		case tk.Tag == nlp.Noun || tk.Tag == nlp.Proper && !tk.Cap:
			// an unknown counted noun: its head, the last noun of the run
			e := k
			for e+1 < len(s.toks) && (s.toks[e+1].Tag == nlp.Noun || s.toks[e+1].Tag == nlp.Quote) && s.qty[e+1] < 0 && n+e-k < 6 {
				e++
			}
			for e > k && s.toks[e].Tag == nlp.Quote {
				e--
			}
			if !s.g.plural(s.toks[e].Lower) {
				return false
			}
			t.item, t.nounEnd = ref{id: lexicon.Slug(s.toks[e].Lower), text: s.words(k, e+1)}, e+1
			return true
		}
		break
	}
	// a bare number: "with 10 targeting Al Asad", "... and 12 were wounded"
	bare := k == t.b && (c.elliptic(t.a, t.b) || k < len(s.toks) && s.act[k] >= 0 && isVerbish(s.toks[k].Tag))
	if bare && prev != nil && prev.ItemClass != "" {
		t.item, t.class, t.nounEnd = ref{id: prev.Item, text: prev.ItemText}, prev.ItemClass, t.b
		return true
	}
	if bare {
		t.nounEnd = t.b
		return true // the class comes from the action
	}
	return false
}

// plural reports whether a lower-cased noun reads as a plural count noun:
// a regular plural, or one of the "plural-nouns" class ("people", "men").
func (g *grammar) plural(w string) bool {
	if g.pluralNouns[w] {
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")
}

// tallyVerb finds the action the counted phrase takes part in, and its
// role there. An item that names a tally ("deaths") needs none.
func (c *ctx) tallyVerb(t *eventTally) bool {
	switch {
	case c.riseTally(t):
		return true
	case c.objectTally(t):
		return true
	case c.subjectTally(t):
		return true
	case c.conjunctTally(t):
		return true
	}
	if it, ok := c.d.x.lex.ItemInfo(t.item.id); ok && it.Tally != "" {
		t.action, t.role = it.Tally, patientRole
		return true
	}
	return false
}

// measureOf is the measure of the action at token k, with the action id
// the tally is filed under.
func (c *ctx) measureOf(k int) (*lexicon.Measure, string, bool) {
	s := c.s
	if k < 0 || k >= len(s.toks) || s.act[k] < 0 {
		return nil, "", false
	}
	id := s.acts[s.act[k]].id
	a, ok := c.d.x.lex.ActionInfo(id)
	if !ok || a.Measure == nil {
		return nil, "", false
	}
	if a.Measure.As != "" {
		id = a.Measure.As
	}
	return a.Measure, id, true
}

// accept checks the role a number's phrase plays against the action's
// measure and records the tally's action and class.
func (c *ctx) accept(t *eventTally, k int, role string) bool {
	m, id, ok := c.measureOf(k)
	if !ok {
		return false
	}
	want := m.Role
	if want == "" {
		want = patientRole
	}
	if role != want {
		return false
	}
	t.action, t.role, t.verb = id, role, k
	if t.class == "" {
		t.class = m.Class
	}
	if t.item.id == "" {
		t.item = ref{id: defaultItem(t.class), text: t.item.text}
	}
	return true
}

// nationals reports whether a demonym is a plural noun of its own, not a
// modifier: "two Americans", "1,500 Americans were deployed", but not
// "two American soldiers".
func (c *ctx) nationals(m mention) bool {
	s := c.s
	return m.via == lexicon.ViaDemonym && strings.HasSuffix(strings.ToLower(s.toks[m.e-1].Text), "s") &&
		(m.e >= len(s.toks) || s.item[m.e] < 0 && s.toks[m.e].Tag != nlp.Noun)
}

// defaultItem is the item a bare number of a class counts.
func defaultItem(class string) string {
	switch class {
	case "person":
		return "people"
	case "munition":
		return "rockets"
	case "award":
		return "awards"
	}
	return class
}

// subjectTally: the counted phrase is the subject of the action's verb
// ("eight people were killed", "11 missiles struck the base", "seven
// officials in total killed", "34 service members suffered concussions").
func (c *ctx) subjectTally(t *eventTally) bool {
	s := c.s
	_, end := s.clause(max(t.a, 0))
	k := t.nounEnd
	rel := false
	// "eight people including important figures were killed": a short
	// phrase between the noun and its verb
	for ; k < len(s.toks) && k < t.nounEnd+10; k++ {
		tk := s.toks[k]
		// "eight people including important figures": a gerund right after
		// the noun describes it, unless it is an action ("10 targeting Al Asad")
		if isVerbish(tk.Tag) && !(tk.Tag == nlp.Ger && k == t.nounEnd && s.act[k] < 0) {
			break
		}
		// "with 11 of those missiles striking": an action's -ing form
		// closing the phrase, whatever the tagger made of it
		if k == t.nounEnd && s.act[k] >= 0 && strings.HasSuffix(tk.Lower, "ing") {
			return c.accept(t, k, c.subjectRole(t, k, false))
		}
		// "soldiers who were injured", "the 13 missiles that slammed"
		if k == t.nounEnd && tk.Tag == nlp.Rel && (tk.Lower == "who" || tk.Lower == "that" || tk.Lower == "which") {
			rel = true
			continue
		}
		if tk.Text == "," || tk.Tag == nlp.Sub || tk.Tag == nlp.Rel || k >= end {
			return false
		}
	}
	if k >= len(s.toks) || !isVerbish(s.toks[k].Tag) {
		return false
	}
	// "109 service members involved in a Jan. 8 missile attack ... had
	// been diagnosed": a participle phrase that is no tally of its own
	// describes the noun; the verb comes after it
	if k2, ok := c.pastParticiplePhrase(t, k, end); ok {
		k = k2
	}
	// "Six soldiers who were injured in the attack have been awarded
	// Purple Hearts": the main clause's verb, after the relative one,
	// counts them first
	if rel {
		m, ok := c.verbAfterRelative(k)
		if ok && c.subjectVerb(t, m) {
			return true
		}
		// "Sixteen service members who were diagnosed ... remained in
		// Iraq": the main verb picks those counted out of the tally
		if ok && c.subjectVerb(t, k) {
			t.partial = true
			return true
		}
	}
	return c.subjectVerb(t, k)
}

// subjectVerb reads the tally's phrase as the subject of the verb group
// starting at k; t changes only when it is a tally there.
func (c *ctx) subjectVerb(t *eventTally, k int) bool {
	s := c.s
	// the verb group: its main verb is the last verbish token of the run
	v := k
	for v+1 < len(s.toks) && isVerbish(s.toks[v+1].Tag) {
		v++
	}
	// "in total have been diagnosed with", "reportedly injured"
	for v > k && s.act[v] < 0 && s.toks[v].Tag == nlp.Adv {
		v--
	}
	u := *t
	g := s.group(v)
	u.g, u.hasGroup, u.subjectNP = g, true, true
	passive := g.passive || !g.aux && (s.toks[v].Tag == nlp.Part || s.toks[v].Tag == nlp.Verb && isPastForm(s.toks[v].Lower)) && !c.hasObject(v)
	u.running = u.running || c.soFar(u.a, v)
	if c.undergoes(&u, v, passive, true) || c.accept(&u, v, c.subjectRole(&u, v, passive)) {
		*t = u
		return true
	}
	return false
}

// verbAfterRelative finds the main clause's verb after a relative clause
// whose verb group starts at k: the next auxiliary or modal with no comma
// or clause opener between.
func (c *ctx) verbAfterRelative(k int) (int, bool) {
	s := c.s
	g := s.group(k)
	for j := g.e; j < len(s.toks) && j < g.e+20; j++ {
		tk := s.toks[j]
		if tk.Text == "," || tk.Tag == nlp.Sub || tk.Tag == nlp.Rel {
			return 0, false
		}
		// "concussions and traumatic brain injuries": a conjunction joining
		// nouns stays inside the relative clause; one before a verb ends it
		if tk.Tag == nlp.Conj && j+1 < len(s.toks) && isVerbish(s.toks[j+1].Tag) {
			return 0, false
		}
		// "who were diagnosed ... remained": a finite verb after the
		// relative clause's own group is the main clause's
		if tk.Tag == nlp.Aux || tk.Tag == nlp.Modal || tk.Tag == nlp.Verb && j > g.e {
			return j, true
		}
	}
	return 0, false
}

// subjectRole is the role of a tally's phrase as the subject of the verb
// at v: the patient of a passive or of an unaccusative verb ("died"), the
// instrument when it counts munitions ("11 missiles struck"), else the
// agent.
func (c *ctx) subjectRole(t *eventTally, v int, passive bool) string {
	s := c.s
	role := c.d.x.frameOf(c.actionID(v)).subject
	if passive {
		role = patientRole
	}
	if role == agentRole && (t.class == "munition" || t.nounEnd > 0 && s.item[t.nounEnd-1] >= 0 && c.classOf(s.items[s.item[t.nounEnd-1]].id) == "munition") {
		role = "instrument"
	}
	return role
}

// pastParticiplePhrase skips a reduced relative ("involved in a missile
// attack on the base") after a tally's noun, returning the next verb with
// an auxiliary before it.
func (c *ctx) pastParticiplePhrase(t *eventTally, k, end int) (int, bool) {
	s := c.s
	if s.toks[k].Tag != nlp.Part && s.toks[k].Tag != nlp.Verb || k > 0 && isVerbish(s.toks[k-1].Tag) {
		return k, false
	}
	if _, _, ok := c.measureOf(k); ok || c.d.x.words("undergo-verbs")[s.toks[k].Lower] {
		return k, false
	}
	for j := k + 1; j < len(s.toks) && j < k+20; j++ {
		tk := s.toks[j]
		if tk.Text == "," || tk.Tag == nlp.Sub || tk.Tag == nlp.Rel {
			return k, false
		}
		if tk.Tag == nlp.Aux || tk.Tag == nlp.Modal {
			return j, true
		}
	}
	return k, false
}

// objectTally: the counted phrase is the object of the action's verb
// ("killed 10 people", "killing all 10 passengers", "fired 16 missiles",
// "awarded 30 Purple Hearts", "treated 11 of its troops for concussion")
// or stands in an absolute "with N killed".
func (c *ctx) objectTally(t *eventTally) bool {
	s := c.s
	j := t.a - 1
	for j >= 0 && (s.toks[j].Tag == nlp.Det || s.toks[j].Tag == nlp.Adv && s.act[j] < 0) {
		j--
	}
	if j < 0 {
		return false
	}
	// "with seven officials in total killed"
	if s.toks[j].Lower == "with" {
		for k := t.nounEnd; k < len(s.toks) && k < t.nounEnd+4; k++ {
			if tk := s.toks[k]; (tk.Tag == nlp.Part || tk.Tag == nlp.Verb) && s.act[k] >= 0 {
				t.running = t.running || c.soFar(t.a, k)
				return c.accept(t, k, patientRole)
			}
			if s.toks[k].Text == "," {
				break
			}
		}
		return false
	}
	if !isVerbish(s.toks[j].Tag) {
		return false
	}
	g := s.group(j)
	if g.passive {
		return false // "were awarded six medals": the subject is the patient
	}
	u := *t
	u.g, u.hasGroup = g, true
	if c.undergoes(&u, j, false, false) || c.accept(&u, j, patientRole) {
		*t = u
		return true
	}
	return false
}

// conjunctTally: "X and Y were killed ... along with eight others",
// "killed X and eight others": the number stands beside named participants
// of the same verb.
func (c *ctx) conjunctTally(t *eventTally) bool {
	s := c.s
	j := t.a - 1
	if j < 0 {
		return false
	}
	along := j >= 1 && s.toks[j].Lower == "with" && (s.toks[j-1].Lower == "along" || s.toks[j-1].Lower == "together")
	if !along && s.toks[j].Lower != "and" {
		return false
	}
	if t.nounEnd >= len(s.toks) || s.toks[t.nounEnd-1].Lower != "others" {
		return false
	}
	ca, _ := s.clause(t.a)
	for k := t.a - 1; k >= ca; k-- {
		if (s.toks[k].Tag == nlp.Part || s.toks[k].Tag == nlp.Verb || s.toks[k].Tag == nlp.Ger) && s.act[k] >= 0 {
			g := s.group(k)
			t.g, t.hasGroup, t.conjunct = g, true, true
			if !c.accept(t, k, patientRole) {
				return false
			}
			// the named participants are members of the event's tally
			t.including = append(t.including, c.namedBeside(k, g)...)
			return true
		}
	}
	return false
}

// namedBeside are the persons named as the patient of the verb at k:
// its subject when passive, else its object.
func (c *ctx) namedBeside(k int, g verbGroup) []ref {
	s := c.s
	var rs []ref
	if g.passive || s.toks[k].Tag == nlp.Part && !g.aux {
		rs = c.subjectOf(g.s)
	} else if k+1 < len(s.toks) && c.npOf[k+1] >= 0 {
		rs = c.conjuncts(c.nps[c.npOf[k+1]], patientRole)
	}
	var out []ref
	for _, r := range rs {
		if r.person && r.id != "" {
			out = append(out, r)
		}
	}
	return out
}

// riseTally: "the death toll rose to 170", "the number of injured has
// climbed to 64": the end of a rise in a tally named by its subject.
func (c *ctx) riseTally(t *eventTally) bool {
	s := c.s
	a := t.a
	if a < 2 || s.toks[a-1].Tag != nlp.To || !c.d.x.words("rise-verbs")[s.toks[a-2].Lower] {
		return false
	}
	g := s.group(a - 2)
	for _, r := range c.subjectOf(g.s) {
		if !r.np.ok() {
			continue
		}
		for k := r.np.s; k < r.np.e || k < len(s.toks) && k < r.np.e+3; k++ {
			if s.item[k] >= 0 {
				if it, ok := c.d.x.lex.ItemInfo(s.items[s.item[k]].id); ok && it.Tally != "" {
					t.item, t.class, t.action, t.role = ref{id: it.ID, text: s.items[s.item[k]].text}, it.Class, it.Tally, patientRole
					t.running, t.g, t.hasGroup, t.verb = true, g, true, a-2
					return true
				}
			}
		}
	}
	return false
}

// undergoes reads a verb of the "undergo-verbs" class with the event noun
// it governs: "suffered concussions", "were diagnosed with traumatic brain
// injuries", "treated 11 of its troops for symptoms of concussion". The
// one who undergoes is the subject (active or passive) or, for a verb with
// an object before its preposition, the object.
func (c *ctx) undergoes(t *eventTally, v int, passive, subject bool) bool {
	s := c.s
	if !c.d.x.words("undergo-verbs")[s.toks[v].Lower] {
		return false
	}
	_, end := s.clause(v)
	for k := v + 1; k < end && k < v+12; k++ {
		if _, id, ok := c.measureOf(k); ok && s.toks[k].Tag != nlp.Verb {
			t.action, t.role, t.verb, t.undergo = id, patientRole, k, true
			if m, _, _ := c.measureOf(k); t.class == "" {
				t.class = m.Class
			}
			if t.item.id == "" {
				t.item = ref{id: defaultItem(t.class)}
			}
			return true
		}
	}
	return false
}

// hasObject reports whether a noun phrase follows the verb at v (after
// all of a phrasal verb: "smashed into the base").
func (c *ctx) hasObject(v int) bool {
	s := c.s
	k := v + 1
	if s.act[v] >= 0 {
		k = max(k, s.acts[s.act[v]].e)
	}
	for k < len(s.toks) && s.toks[k].Tag == nlp.Adv {
		k++
	}
	return k < len(s.toks) && c.npOf[k] >= 0 && s.tm[k] < 0 && s.toks[k].Tag != nlp.Pron
}

// soFar reports whether the words around a tally make it a running total:
// "in total have been diagnosed", "so far", "to date".
func (c *ctx) soFar(a, v int) bool {
	s := c.s
	ca, cb := s.clause(a)
	for k := max(ca, a-6); k < min(cb, v+6) && k < len(s.toks); k++ {
		l := s.toks[k].Lower
		switch {
		case l == "so" && k+1 < len(s.toks) && s.toks[k+1].Lower == "far",
			l == "to" && k+1 < len(s.toks) && s.toks[k+1].Lower == "date":
			return true
		case l == "in" && k+1 < len(s.toks) && s.toks[k+1].Lower == "total" && k > a:
			g := s.group(v)
			return g.perfect || !g.past
		}
	}
	return false
}

func (c *ctx) actionID(k int) string {
	if k < 0 || k >= len(c.s.toks) || c.s.act[k] < 0 {
		return ""
	}
	return c.s.acts[c.s.act[k]].id
}

func (c *ctx) classOf(item string) string {
	if it, ok := c.d.x.lex.ItemInfo(item); ok {
		return it.Class
	}
	return ""
}

// words is a word class of the lexicon.
func (x *Extractor) words(id string) map[string]bool { return x.lex.Words(id) }

// tallyClaim builds the count claim of a tally, with its event. A tally
// of "those" counted before takes that count's event where its own
// clause says nothing, and is a part of it only when both count the same
// action ("11 of those missiles striking" is all the hits of the 16 fired).
func (c *ctx) tallyClaim(t eventTally, prev *claim.Claim) *claim.Claim {
	s := c.s
	q := s.qtys[t.qi]
	cl := c.newClaim(claim.Count, t.a, max(t.nounEnd, t.b))
	cl.Item, cl.ItemText, cl.ItemClass = t.item.id, t.item.text, t.class
	cl.Value, cl.Low, cl.High, cl.Qualifier = q.Value, q.Low, q.High, q.Qualifier
	cl.Action, cl.Partial, cl.Running = t.action, t.partial, t.running
	ev := c.tallyEvent(&t)
	if len(ev.agents) > 0 {
		cl.Agent, cl.AgentText = ev.agents[0].id, ev.agents[0].text
	}
	cl.Instrument, cl.InstrumentText = ev.instr.id, ev.instr.text
	cl.Place, cl.PlaceText = ev.place.id, ev.place.text
	cl.Target, cl.TargetText = ev.patient.id, ev.patient.text
	cl.When, cl.Negated, cl.Modality = ev.when, ev.negated, ev.modality
	// "15 missiles were fired on 8 January, with 10 targeting Al Asad": a
	// "with" clause tells part of the event before it, and its time
	if !dates(cl.When) && prev != nil && prev.Start == c.st.Start && t.a > 0 && s.toks[t.a-1].Lower == "with" {
		cl.When = prev.When
	}
	c.tallyHolder(cl, t)
	if t.running {
		cl.Modality = claim.Current // a total so far holds as of the report
	}
	cl.AsOf = c.reportTime()
	cl.Incident = c.incident(t, ev)
	c.markPart(cl, t, prev)
	return cl
}

// tallyHolder: the nationality of what is fired acts; of persons, holds
// ("11 of its troops": the possessor holds them); an item that names a
// tally with no verb of its own is held by whoever reports it ("the
// ministry recorded 12 deaths").
func (c *ctx) tallyHolder(cl *claim.Claim, t eventTally) {
	s := c.s
	if t.class == "munition" {
		if cl.Agent == "" {
			cl.Agent, cl.AgentText = t.holder.id, t.holder.text
		}
	} else {
		cl.Holder, cl.HolderText = t.holder.id, t.holder.text
		if cl.Holder == "" && t.ofPhrase.ok() {
			p := t.ofPhrase
			if c.s.g.possessives[s.toks[p.s].Lower] {
				p = np{s: p.s, e: p.s + 1, poss: -1}
			}
			if r := c.resolve(p, "holder"); r.ent != "" && !r.person {
				cl.Holder, cl.HolderText = c.d.x.stateOf(r.ent), r.text
			}
		}
	}
	if t.verb < 0 && cl.Holder == "" {
		h := c.countHolder(t.a)
		cl.Holder, cl.HolderText = c.d.x.stateOf(h.id), h.text
	}
}

// markPart says whether the tally is a part of a larger one: others
// beside named participants or beyond a tally of the same action; "18 of
// the rockets struck the base" after "30 rockets were launched" is all
// the hits, a part only of what another action counted.
func (c *ctx) markPart(cl *claim.Claim, t eventTally, prev *claim.Claim) {
	if t.others && (t.conjunct || prev != nil && prev.Action == cl.Action) {
		cl.Partial = true
	}
	if t.ofPhrase.ok() && t.partial {
		cl.Partial = prev != nil && prev.Action == cl.Action || c.partOfNumber(t)
		if prev != nil {
			inheritClaim(cl, prev)
		}
	}
}

// inheritClaim fills a tally's missing event fields from the count it is
// a part of.
func inheritClaim(cl, from *claim.Claim) {
	if cl.Agent == "" {
		cl.Agent, cl.AgentText = from.Agent, from.AgentText
	}
	if cl.Target == "" && cl.TargetText == "" {
		cl.Target, cl.TargetText = from.Target, from.TargetText
	}
	if cl.Place == "" && cl.PlaceText == "" {
		cl.Place, cl.PlaceText = from.Place, from.PlaceText
	}
	if !cl.When.Known {
		cl.When = from.When
	}
	if len(cl.Incident) == 0 {
		cl.Incident = append([]string(nil), from.Incident...)
	}
}

// tallyEvent reads the event a tally counts: who acted, on what, where,
// when.
func (c *ctx) tallyEvent(t *eventTally) event {
	s := c.s
	ev := event{modality: claim.Past}
	v := t.verb
	if v < 0 {
		v = t.a
	}
	if t.hasGroup {
		ev.modality, ev.negated = s.modality(t.g), t.g.negated
		if ev.modality == claim.Current {
			ev.modality = claim.Past // what happened to them is past
		}
	}
	_, end := s.clause(v)
	from := max(v+1, t.nounEnd)
	used := make([]bool, len(s.toks))
	ev.agents = c.tallyAgents(t)
	for i, ag := range ev.agents {
		if ag.instr {
			ev.instr = ref{id: lexicon.Slug(ag.head), text: ag.text}
			ev.agents[i] = ref{id: ag.ent, text: ag.entText}
		}
	}
	// what was struck: the object of "struck", the phrase after "at",
	// "on", "against", "toward" or "into", the "on" phrase of an attack
	if t.role == "instrument" && t.hasGroup && c.hasObject(t.g.main) {
		k := t.g.main + 1
		if s.act[t.g.main] >= 0 {
			k = max(k, s.acts[s.act[t.g.main]].e)
		}
		for s.toks[k].Tag == nlp.Adv {
			k++
		}
		ev.patient = c.targetRef(c.nps[c.npOf[k]])
	}
	if ev.patient.text == "" {
		ev.patient = c.targetAfter(min(t.nounEnd, from), end)
	}
	c.adjuncts(&ev, from, end, used)
	c.when(&ev, v)
	// what the tally's own clause leaves out comes from the event that
	// caused it: the main clause of ", killing ...", the attack in "were
	// injured in the attack on X", "after an Iranian missile attack"
	if cause, ok := c.causeOf(t, v); ok {
		c.inherit(&ev, cause)
	}
	// a tally at a facility happened there: "10 rockets were launched at
	// the U.S. and ally-occupied Al Asad military base"
	if ev.patient.id != "" {
		if e, ok := c.d.x.lex.Entity(ev.patient.id); ok && placeTypes[e.Type] && (ev.place.id == "" || !broadPlace[e.Type]) {
			ev.place = ev.patient
		}
	}
	return ev
}

// broadPlace are place types too large to be what an event was aimed at.
var broadPlace = set("country region territory state province area")

// inherit fills what ev lacks from the event that caused it. An item the
// cause was aimed at ("American forces") names no target; a facility it
// happened at ("the attack at al-Asad Air Base") is one.
func (c *ctx) inherit(ev *event, cause event) {
	if _, isItem := c.d.x.lex.ItemInfo(cause.patient.id); isItem {
		cause.patient.id = ""
	}
	if cause.patient.text == "" && cause.place.id != "" {
		if e, ok := c.d.x.lex.Entity(cause.place.id); ok && !broadPlace[e.Type] && e.Type != "city" {
			cause.patient = cause.place
		}
	}
	if len(ev.agents) == 0 || ev.agents[0].id == "" {
		for _, ag := range cause.agents {
			if ag.id != "" {
				ev.agents = []ref{ag}
				break
			}
		}
	}
	if ev.instr.text == "" {
		ev.instr = cause.instr
	}
	if ev.patient.id == "" && cause.patient.id != "" || ev.patient.text == "" && cause.patient.text != "" {
		ev.patient = cause.patient
	}
	if ev.place.id == "" && cause.place.id != "" || ev.place.text == "" && cause.place.text != "" {
		ev.place = cause.place
	}
	if !ev.when.Known && cause.when.Known {
		ev.when = cause.when
	}
}

// causeOf finds the event that caused the tally: for a participle clause
// (", killing two Americans") the main clause's event; else an event noun
// after a cause opener, later in the sentence ("in the attack on an
// airport", "after an Iranian missile attack on an Iraqi base").
func (c *ctx) causeOf(t *eventTally, v int) (event, bool) {
	s := c.s
	if t.hasGroup && s.toks[t.g.main].Tag == nlp.Ger && t.g.s == t.g.main {
		if ca, _ := s.clause(t.g.s); ca == t.g.s && ca >= 2 && s.toks[ca-1].Text == "," {
			// the main clause's verb, read even when its event names no
			// actor to stand as a claim of its own ("An airstrike hit a
			// hospital on Tuesday")
			for i := len(s.acts) - 1; i >= 0; i-- {
				if m := s.acts[i]; m.s < ca-1 && m.id != t.action && c.isVerbal(m) {
					ev, _ := c.verbal(m, make([]bool, len(s.toks)))
					return ev, true
				}
			}
		}
	}
	for k := t.nounEnd; k < len(s.toks) && k < v+maxReach; k++ {
		if k == v {
			continue
		}
		if s.act[k] < 0 || s.toks[k].Tag != nlp.Noun || c.npOf[k] < 0 {
			continue
		}
		p := c.nps[c.npOf[k]]
		if p.s == 0 || !c.s.g.causeOpeners[s.toks[p.s-1].Lower] || s.acts[s.act[k]].e != p.e {
			continue
		}
		ev, _ := c.nominal(s.acts[s.act[k]])
		return ev, true
	}
	return event{}, false
}

// tallyAgents: the by-phrase of a passive, the subject of an active verb
// whose object is the tally, or for ", killing N" the main clause's
// subject.
func (c *ctx) tallyAgents(t *eventTally) []ref {
	s := c.s
	if !t.hasGroup || t.role == "instrument" || t.undergo {
		return nil // an instrument's agent is its nationality; who treats the injured did not injure them
	}
	_, end := s.clause(t.g.main)
	if t.subjectNP || t.g.passive {
		// "launched from a truck discovered by the Iraqi military": a by
		// phrase after another participle is that participle's
		if p, ok := c.ppAfter(t.g.main+1, end, "by"); ok && !c.verbBetween(t.g.main+1, p.s-1) {
			return c.conjuncts(p, agentRole)
		}
		return nil
	}
	if t.conjunct {
		return nil
	}
	ca, _ := s.clause(t.g.s)
	if s.toks[t.g.main].Tag == nlp.Ger && t.g.s == t.g.main && ca == t.g.s && ca >= 2 && s.toks[ca-1].Text == "," {
		return c.mainSubject(ca - 1)
	}
	return c.subjectOf(t.g.s)
}

// targetAfter is the first phrase after a targeting preposition in
// [from, to): "fired 16 missiles at two Iraqi airbases", "killed in the
// attack on an airport", "with 10 targeting Al Asad".
func (c *ctx) targetAfter(from, to int) ref {
	s := c.s
	to = min(to, from+maxReach, len(s.toks)-1)
	for k := from; k < to; k++ {
		l := s.toks[k].Lower
		aimed := c.s.g.targetPreps[l] && s.tm[k+1] < 0 || c.actionID(k) == "attack" && s.toks[k].Tag == nlp.Ger
		if aimed && c.npOf[k+1] >= 0 {
			return c.targetRef(c.coordinatedHead(c.nps[c.npOf[k+1]]))
		}
	}
	return ref{}
}

// coordinatedHead widens a phrase whose modifiers are coordinated ("the
// U.S. and ally-occupied Al Asad military base") to the phrase of the head
// they share, when that head names a facility.
func (c *ctx) coordinatedHead(p np) np {
	s := c.s
	if p.e >= len(s.toks) || s.toks[p.e].Lower != "and" {
		return p
	}
	for k := p.e + 1; k < len(s.toks) && k < p.e+8; k++ {
		if c.npOf[k] >= 0 {
			q := c.nps[c.npOf[k]]
			if facilityHead(s.toks[q.head()].Lower) != "" {
				return np{s: p.s, e: q.e, poss: -1}
			}
			k = q.e - 1
			continue
		}
		if t := s.toks[k].Tag; t != nlp.Part && t != nlp.Adj && t != nlp.Conj {
			break
		}
	}
	return p
}

// compoundNumber: digits glued to a noun by a hyphen ("14-person"), not a
// number in words ("thirty-four").
func compoundNumber(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i > 0 && i+1 < len(w) && w[i-1] >= '0' && w[i-1] <= '9' && (w[i+1] >= 'a' && w[i+1] <= 'z' || w[i+1] >= 'A' && w[i+1] <= 'Z')
}

// targetRef reads a phrase as an event's target: a named place or body;
// "the base" or "the airport", the last one the article named; "the base
// at Al Asad", the place after "at".
func (c *ctx) targetRef(p np) ref {
	s := c.s
	r := c.resolve(p, patientRole)
	text := s.words(p.s, p.e)
	// "the U.S. and ally-occupied Al Asad military base", "Iraq's Camp
	// Taji base": the facility named nearest the head
	for k := p.e - 1; k >= p.s; k-- {
		if s.ent[k] < 0 {
			continue
		}
		m := s.ents[s.ent[k]]
		if e, ok := c.d.x.lex.Entity(m.id); ok && placeTypes[e.Type] && !broadPlace[e.Type] {
			return ref{id: m.id, text: text}
		}
		k = m.s
	}
	head := facilityHead(s.toks[p.head()].Lower)
	if p.e+1 < len(s.toks) && (s.toks[p.e].Lower == "at" || s.toks[p.e].Lower == "in") && c.npOf[p.e+1] >= 0 && head != "" {
		if q := c.resolve(c.nps[c.npOf[p.e+1]], "place"); q.ent != "" {
			if e, ok := c.d.x.lex.Entity(q.ent); ok && !broadPlace[e.Type] {
				return ref{id: q.ent, text: text}
			}
		}
	}
	if r.ent != "" && !r.person {
		// "two Iraqi airbases": bases in Iraq, not Iraq
		if h := p.head(); s.ent[h] < 0 && s.item[h] >= 0 {
			return ref{text: text}
		}
		return ref{id: r.ent, text: text}
	}
	if r.person {
		return ref{id: r.id, text: text}
	}
	if s.toks[p.s].Lower == "the" && head != "" && !s.g.plural(s.toks[p.head()].Lower) {
		if id := c.d.lastFacility[head]; id != "" {
			return ref{id: id, text: text}
		}
	}
	return ref{text: text}
}

// facilityHead folds the head noun of a facility's name ("Air Base",
// "airbase", "Airport") to the word a later "the base" uses.
func facilityHead(w string) string {
	switch w {
	case "base", "airbase", "bases", "airbases":
		return "base"
	case "airport", "camp", "embassy", "compound", "hospital", "school", "prison", "port", "complex", "facility", "plant", "mosque", "church", "market":
		return w
	}
	return ""
}

// noteFacilities remembers the facilities the sentence names, by the head
// word a later "the base" would use.
func (d *doc) noteFacilities(s *sent) {
	for _, m := range s.ents {
		if !placeTypes[m.typ] || m.typ == "country" {
			continue
		}
		words := strings.Fields(strings.ToLower(strings.NewReplacer("-", " ").Replace(m.text)))
		head := ""
		if len(words) > 0 {
			head = facilityHead(words[len(words)-1])
		}
		if head == "" {
			if e, ok := d.x.lex.Entity(m.id); ok {
				if n := strings.Fields(strings.ToLower(e.Name)); len(n) > 0 {
					head = facilityHead(n[len(n)-1])
				}
				for _, a := range e.Aliases {
					if head != "" {
						break
					}
					if n := strings.Fields(strings.ToLower(a)); len(n) > 0 {
						head = facilityHead(n[len(n)-1])
					}
				}
			}
		}
		if head != "" {
			d.lastFacility[head] = m.id
		}
	}
}

// incident names the event a tally counts: the persons it names as members
// of the tally ("including Soleimani", "X and Y ... along with eight
// others"), the persons a kill in the same sentence names, and the place or
// body it was aimed at.
func (c *ctx) incident(t eventTally, ev event) []string {
	var out []string
	add := func(id string) {
		if len(out) >= claim.MaxIncident {
			return
		}
		for _, x := range out {
			if x == id {
				return
			}
		}
		out = append(out, id)
	}
	for _, r := range t.including {
		add(r.id)
	}
	for _, r := range c.includedAfter(t.nounEnd) {
		add(r.id)
	}
	if ev.patient.id != "" {
		add(ev.patient.id)
	}
	return out
}

// includedAfter reads ", including X and Y" after a counted phrase.
func (c *ctx) includedAfter(k int) []ref {
	s := c.s
	if k < len(s.toks) && s.toks[k].Text == "," {
		k++
	}
	if k+1 >= len(s.toks) || s.toks[k].Lower != "including" {
		return nil
	}
	var out []ref
	for j := k + 1; j < len(s.toks) && j < k+25; j++ {
		if s.person[j] >= 0 {
			m := s.persons[s.person[j]]
			out = append(out, ref{id: m.id, text: m.text, person: true})
			j = m.e - 1
		}
		if s.toks[j].Tag == nlp.Sub || s.toks[j].Tag == nlp.Rel || s.toks[j].Text == ";" {
			break
		}
	}
	return out
}

// reportTime is when a tally was reported: the time of the sentence's verb
// of saying ("the Pentagon said on Monday that 109 ..."), else the
// publication date.
func (c *ctx) reportTime() claim.Interval {
	s := c.s
	for k, tk := range s.toks {
		if !c.s.g.sayVerbs[tk.Lower] || tk.Tag != nlp.Verb && tk.Tag != nlp.Part {
			continue
		}
		for j := k + 1; j < len(s.toks) && j <= k+2; j++ {
			if s.tm[j] >= 0 {
				if iv := s.times[s.tm[j]].interval; iv.Known && iv.Grain == claim.Day && iv.From.Equal(iv.To) {
					return iv
				}
				break
			}
		}
	}
	return c.d.published()
}

// partOfNumber: "four of 23 Purple Hearts", "11 of the 16 missiles": the
// "of" phrase gives the whole as a number of its own.
func (c *ctx) partOfNumber(t eventTally) bool {
	s := c.s
	for k := t.ofPhrase.s; k < t.ofPhrase.e; k++ {
		if s.qty[k] >= 0 {
			return true
		}
	}
	return false
}

// verbBetween reports whether a verb or participle stands in [a, b).
func (c *ctx) verbBetween(a, b int) bool {
	for k := a; k < b && k < len(c.s.toks); k++ {
		if t := c.s.toks[k].Tag; t == nlp.Verb || t == nlp.Part {
			return true
		}
	}
	return false
}
