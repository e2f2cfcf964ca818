package extract

import (
	"github.com/claimcheck/claimcheck/engine/nlp"
)

// resolve reads a phrase in the sentence as an entity reference for a
// role, resolving pronouns, capitals that stand for their country's
// government ("Washington said") and "the country" (the article's main
// place).
func (c *ctx) resolve(p np, role string) ref {
	s := c.s
	r := s.resolve(p)
	r.np = p
	if r.pronoun != "" {
		switch r.pronoun {
		case "it", "they", "them", "its", "their":
			if a := c.antecedent(p.s); a.id != "" {
				return ref{id: a.id, text: r.text, ent: a.ent, item: a.item, person: a.person}
			}
			if c.subject.id == "" && c.subject.item != "" && c.subject.np.s != p.s {
				return ref{id: c.subject.item, text: r.text, item: c.subject.item}
			}
			if c.subject.id != "" && !(c.subject.np.s == p.s && c.subject.np.e == p.e) && c.subject.pronoun == "" {
				return ref{id: c.subject.id, text: r.text, ent: c.subject.ent, item: c.subject.item, person: c.subject.person}
			}
			if c.d.lastSubj.id != "" {
				l := c.d.lastSubj
				return ref{id: l.id, text: r.text, ent: l.ent, item: l.item, person: l.person}
			}
		case "he", "she", "him", "his", "her":
			if c.subject.person && c.subject.np.s < p.s {
				return ref{id: c.subject.id, text: r.text, ent: c.subject.id, person: true}
			}
			if c.d.lastPerson.id != "" {
				return ref{id: c.d.lastPerson.id, text: r.text, ent: c.d.lastPerson.id, person: true}
			}
		}
		return ref{text: r.text}
	}
	// capitals acting: "Washington and Baghdad held talks"
	if role == agentRole || role == "speaker" || role == "holder" {
		for k := p.s; k < p.e; k++ {
			if s.ent[k] >= 0 {
				m := s.ents[s.ent[k]]
				if m.standsFor != "" && m.id == r.ent {
					r.ent, r.id = m.standsFor, m.standsFor
				}
			}
		}
	}
	// "the African Union mission has 17,000 troops": a mission holds for
	// whoever runs it (as a holder only: what a mission does is not its
	// sponsor's act)
	if r.ent == "" && role == "holder" && c.s.g.missionHeads[s.toks[p.head()].Lower] {
		for k := p.s; k < p.head(); k++ {
			if s.ent[k] >= 0 && !excludedModifier(s.toks[s.ents[s.ent[k]].s].Text, s.toks[s.ents[s.ent[k]].e-1].Text) {
				r.ent, r.id = s.ents[s.ent[k]].id, s.ents[s.ent[k]].id
				break
			}
		}
	}
	if r.ent == "" && c.isTheCountry(p) && c.d.mainPlace != "" && role != agentRole {
		r.ent, r.id = c.d.mainPlace, c.d.mainPlace
	}
	// "the group", "the terror group": the last group named
	if r.ent == "" && !r.person && r.item == "" && s.toks[p.s].Lower == "the" && s.toks[p.head()].Lower == "group" && c.d.lastGroup != "" {
		r.ent, r.id = c.d.lastGroup, c.d.lastGroup
	}
	if c.s.g.instrumentHeads[s.toks[p.head()].Lower] {
		r.instr = true
		r.head = c.headWords(p)
		r.entText = ""
		if r.ent != "" {
			for k := p.s; k < p.e; k++ {
				if s.ent[k] >= 0 {
					r.entText = s.ents[s.ent[k]].text
					break
				}
			}
		}
	}
	if r.entText == "" {
		r.entText = r.text
	}
	return r
}

// antecedent is what "it" or "they" at token k refers to inside its own
// sentence: the nearest phrase before it that is the subject of a verb and
// names an entity ("The United States reiterated that it ...").
func (c *ctx) antecedent(k int) ref {
	s := c.s
	for j := k - 1; j > 0; j-- {
		if !(isVerbish(s.toks[j].Tag)) || c.npOf[j-1] < 0 {
			continue
		}
		p, _ := c.npEndingAt(j - 1)
		if s.toks[p.s].Tag == nlp.Pron || p.s > 0 && s.toks[p.s-1].Tag == nlp.Prep {
			continue
		}
		r := c.s.resolve(p)
		if r.ent != "" && !r.person {
			// "Moscow denies it ...": a capital stands for its government
			for k := p.s; k < p.e; k++ {
				if s.ent[k] >= 0 && s.ents[s.ent[k]].standsFor != "" && s.ents[s.ent[k]].id == r.ent {
					r.ent, r.id = s.ents[s.ent[k]].standsFor, s.ents[s.ent[k]].standsFor
				}
			}
			return r
		}
	}
	return ref{}
}

// npEndingAt is the phrase containing token j, cut to end at j.
func (c *ctx) npEndingAt(j int) (np, bool) {
	if j < 0 || j >= len(c.npOf) || c.npOf[j] < 0 {
		return np{}, false
	}
	p := c.nps[c.npOf[j]]
	p.e = j + 1
	if p.poss >= p.e {
		p.poss = -1
	}
	return p, true
}

// subjectOf finds the subject of the verb group starting at token g: the
// phrase just before it, out of any prepositional phrases ("US troops
// currently stationed in Iraq mainly advise"), the antecedent of a
// relative pronoun ("an airstrike that killed"), or for a coordinated
// verb ("pulled out ..., but were invited") the previous verb's subject.
func (c *ctx) subjectOf(g int) []ref {
	return c.subjectDepth(g, 0)
}

func (c *ctx) subjectDepth(g, depth int) []ref {
	s := c.s
	// "2,000 soldiers whom Britain deployed to Estonia returned home": a
	// verb after a relative clause's own verb has the antecedent as subject
	if a, _ := s.clause(g); a >= 2 && a < g && s.toks[a-1].Tag == nlp.Rel && s.toks[a-1].Lower != "when" && s.toks[a-2].Text != "," && c.npOf[a-2] >= 0 && c.finiteBetween(a, g) {
		if p, ok := c.npEndingAt(a - 2); ok {
			return c.conjuncts(c.outOfPP(p), agentRole)
		}
	}
	j := g - 1
	for j >= 0 && s.toks[j].Tag == nlp.Adv && s.ent[j] < 0 {
		j--
	}
	if j < 0 || depth > 3 {
		return nil
	}
	for j > 0 && s.toks[j].Tag == nlp.Quote {
		j-- // will “transition”
	}
	// "a U.S. air strike in Baghdad in January killed": a time between
	// the subject and its verb is an adjunct
	for j > 0 && s.tm[j] >= 0 && s.times[s.tm[j]].s > 0 {
		k := s.times[s.tm[j]].s - 1
		if s.toks[k].Tag != nlp.Prep {
			break
		}
		j = k - 1
	}
	t := s.toks[j]
	switch {
	case t.Tag == nlp.Rel && t.Lower != "that" || t.Tag == nlp.Rel && j > 0 && c.npOf[j-1] >= 0:
		k := j - 1
		if k >= 0 && s.toks[k].Text == "," {
			k--
		}
		// "a US drone strike in Baghdad on 3 January that killed": the
		// antecedent is the phrase the date and place hang on
		if k >= 0 && s.tm[k] >= 0 {
			k = s.times[s.tm[k]].s - 1
			if k >= 0 && s.toks[k].Tag == nlp.Prep {
				k--
			}
			if p, ok := c.npEndingAt(k); ok {
				return c.conjuncts(c.outOfPP(p), agentRole)
			}
			return nil
		}
		if p, ok := c.npEndingAt(k); ok {
			return c.conjuncts(c.eventOverPlace(p), agentRole)
		}
		return nil
	case t.Text == "," && j > 0 && c.relativeBefore(j) >= 0:
		// "coalition jets, which have bombed Yemen since 2015, struck": the
		// subject stands before the relative clause
		r := c.relativeBefore(j)
		k := r - 1
		if k >= 0 && s.toks[k].Text == "," {
			k--
		}
		if p, ok := c.npEndingAt(k); ok {
			return c.conjuncts(c.outOfPP(p), agentRole)
		}
		return nil
	case t.Text == "," && j > 0 && c.participleAside(j) > 0:
		// "A senior official, speaking on condition of anonymity, said":
		// the subject stands before the participle clause
		if p, ok := c.npEndingAt(c.participleAside(j) - 1); ok {
			return c.conjuncts(c.outOfPP(p), agentRole)
		}
		return nil
	case t.Text == "," && j > 0:
		// an apposition: "David Schenker, the State Department's official, said",
		// "Abu Bakr al-Baghdadi, the leader of the Islamic State, was killed"
		if p, ok := c.npEndingAt(j - 1); ok {
			p = c.outOfPP(p)
			if p.s >= 2 && s.toks[p.s-1].Text == "," {
				if q, ok := c.npEndingAt(p.s - 2); ok {
					if r := c.resolve(q, agentRole); r.person {
						return []ref{r}
					} else if c.resolve(p, agentRole).id == "" && s.toks[q.s].Tag == nlp.Det {
						// "The African Union mission, ATMIS, has": the
						// apposition names nothing the phrase does not
						return []ref{r}
					}
				}
			}
			return c.conjuncts(c.outOfPP(p), agentRole)
		}
		return nil
	case c.npOf[j] >= 0:
		p, _ := c.npEndingAt(j)
		p = c.outOfPP(p)
		// "General Qassem Soleimani, the head of Iran's elite Quds Force
		// was killed": an apposition left open before its verb
		if r, ok := c.openApposition(p); ok {
			return []ref{r}
		}
		// "remnants of the group ambush": the group acts
		if c.s.g.measureHeads[s.toks[p.head()].Lower] && p.e+1 < len(s.toks) && s.toks[p.e].Lower == "of" && c.npOf[p.e+1] >= 0 {
			p = c.nps[c.npOf[p.e+1]]
		}
		return c.conjuncts(p, agentRole)
	case t.Tag == nlp.Conj:
		// coordinated verbs share the subject of the verb before
		for k := j - 1; k >= 0; k-- {
			if s.toks[k].Tag == nlp.Verb || s.toks[k].Tag == nlp.Part {
				r := c.subjectDepth(s.group(k).s, depth+1)
				if t.Lower == "nor" {
					return r
				}
				return r
			}
		}
	}
	return nil
}

// openApposition reads a phrase that opens with a determiner right after
// ", " following a person's name as an apposition to that person.
func (c *ctx) openApposition(p np) (ref, bool) {
	s := c.s
	if p.s < 2 || s.toks[p.s-1].Text != "," || s.toks[p.s].Tag != nlp.Det {
		return ref{}, false
	}
	q, ok := c.npEndingAt(p.s - 2)
	if !ok {
		return ref{}, false
	}
	if r := c.resolve(q, agentRole); r.person && q.s == 0 || r.person && s.boundary(q.s-1) {
		return r, true
	}
	return ref{}, false
}

// namedApposition is the person named after a comma right after p, when
// the name closes there (a comma, a full stop, or the clause ends):
// "Tehran's most powerful general, Qassem Soleimani, on Jan. 3".
func (c *ctx) namedApposition(p np) (ref, bool) {
	s := c.s
	if p.e+1 >= len(s.toks) || s.toks[p.e].Text != "," || c.npOf[p.e+1] < 0 {
		return ref{}, false
	}
	q := c.nps[c.npOf[p.e+1]]
	if q.s != p.e+1 || q.e < len(s.toks) && !s.boundary(q.e) && s.toks[q.e].Text != "," {
		return ref{}, false
	}
	if r := c.resolve(q, patientRole); r.person {
		return r, true
	}
	return ref{}, false
}

// finiteBetween reports whether a finite verb stands in [a, g).
func (c *ctx) finiteBetween(a, g int) bool {
	s := c.s
	if g-a > maxReach {
		return false // a run-on scrap, not a relative clause
	}
	for k := a; k < g; k++ {
		if t := s.toks[k].Tag; (t == nlp.Verb || t == nlp.Aux || t == nlp.Modal) && s.ent[k] < 0 && !(k > 0 && s.toks[k-1].Tag == nlp.To) {
			return true
		}
	}
	return false
}

// participleAside finds the comma opening a ", speaking on condition of
// anonymity," aside that ends at the comma at j, or -1.
func (c *ctx) participleAside(j int) int {
	s := c.s
	for k := j - 1; k > 0 && k >= j-15; k-- {
		if s.toks[k].Tag == nlp.Quote {
			return -1
		}
		if s.toks[k].Text == "," {
			if s.toks[k+1].Tag == nlp.Ger {
				return k
			}
			return -1
		}
	}
	return -1
}

// relativeBefore finds the relative pronoun opening a ", which ...,"
// clause that ends at the comma at j, or -1.
func (c *ctx) relativeBefore(j int) int {
	s := c.s
	for k := j - 1; k >= 0 && k >= j-25; k-- {
		t := s.toks[k]
		if t.Text == "," || t.Tag == nlp.Quote {
			return -1
		}
		if t.Tag == nlp.Rel && t.Lower != "that" && k > 0 && s.toks[k-1].Text == "," {
			return k
		}
	}
	return -1
}

// outOfPP walks left out of prepositional phrases: for "US troops in Iraq"
// ending at "Iraq", the phrase is "US troops".
// eventOverPlace is the event noun's phrase that a place phrase after a
// locative hangs on: in "a US drone strike in Baghdad that killed", the
// strike killed, not Baghdad. Other phrases are returned as they are.
func (c *ctx) eventOverPlace(p np) np {
	s := c.s
	if p.s < 2 || !c.s.g.locatives[s.toks[p.s-1].Lower] || c.entType(p) == "" && s.toks[p.head()].Tag != nlp.Proper {
		return p
	}
	if q, ok := c.npEndingAt(p.s - 2); ok && s.act[q.head()] >= 0 && s.toks[q.head()].Tag == nlp.Noun {
		return q
	}
	return p
}

func (c *ctx) outOfPP(p np) np {
	s := c.s
	for p.s >= 2 {
		// "the mission of the US and Coalition forces": the conjunct is in the PP too
		if s.toks[p.s-1].Lower == "and" || s.toks[p.s-1].Lower == "or" {
			q, ok := c.npEndingAt(p.s - 2)
			if !ok || q.s < 2 || s.toks[q.s-1].Tag != nlp.Prep {
				break
			}
			p = q
			continue
		}
		if s.toks[p.s-1].Tag != nlp.Prep || s.toks[p.s-1].Lower == "than" {
			break
		}
		// "after an American drone strike killed": a clause opener, not a PP
		if c.s.g.clauseOpeners[s.toks[p.s-1].Lower] && s.tm[p.s] < 0 {
			break
		}
		j := p.s - 2
		// over a reduced relative: "US troops currently stationed in Iraq"
		if t := s.toks[j]; (t.Tag == nlp.Part || t.Tag == nlp.Verb) && isPastForm(t.Lower) {
			j--
			for j >= 0 && s.toks[j].Tag == nlp.Adv && s.ent[j] < 0 {
				j--
			}
		}
		q, ok := c.npEndingAt(j)
		if !ok {
			break
		}
		// "Head of the Revolutionary Guards' Corps General Qasem
		// Soleimani was killed": a bare title before the "of" is the
		// name's, the name heads the phrase
		if s.person[p.e-1] >= 0 && s.title[q.head()] >= 0 && q.e-q.s <= 2 {
			p.s = q.s // the phrase starts at the title, for its conjuncts
			break
		}
		p = q
	}
	return p
}

// conjuncts are the phrases coordinated with p by "and" ("US troops and
// Coalition forces"), in text order, resolved.
func (c *ctx) conjuncts(p np, role string) []ref {
	s := c.s
	list := []np{p}
	// left
	for q := p; q.s >= 2 && s.toks[q.s-1].Lower == "and"; {
		r, ok := c.npEndingAt(q.s - 2)
		if !ok || r.s > 0 && s.toks[r.s-1].Tag == nlp.Prep {
			break
		}
		list = append([]np{r}, list...)
		q = r
	}
	// right
	for q := p; q.e+1 < len(s.toks) && s.toks[q.e].Lower == "and" && c.npOf[q.e+1] >= 0; {
		r := c.nps[c.npOf[q.e+1]]
		if r.e < len(s.toks) && (s.toks[r.e].Tag == nlp.Verb || s.toks[r.e].Tag == nlp.Aux || s.toks[r.e].Tag == nlp.Modal) && q.s == p.s && role != agentRole {
			break
		}
		list = append(list, r)
		q = r
	}
	var out []ref
	seen := map[string]bool{}
	for _, q := range list {
		r := c.resolve(q, role)
		if r.id != "" && seen[r.id] {
			continue
		}
		seen[r.id] = true
		out = append(out, r)
	}
	return out
}

// controller is who acts in an infinitive at token to: the subject of the
// verb that governs it ("it reiterated its commitment to reduce").
func (c *ctx) controller(to int) []ref {
	s := c.s
	for k := to - 1; k >= 0; k-- {
		if s.boundary(k) && s.toks[k].Tag != nlp.Rel {
			break
		}
		if s.toks[k].Tag == nlp.Verb || s.toks[k].Tag == nlp.Part || s.toks[k].Tag == nlp.Aux {
			return c.subjectOf(s.group(k).s)
		}
	}
	return nil
}

// firstSubject is the subject of the sentence's first finite verb outside
// quotation marks: what "it" and "they" refer to in the rest of it.
func (c *ctx) firstSubject() ref {
	s := c.s
	inQuote := false
	for k, t := range s.toks {
		if t.Tag == nlp.Quote {
			inQuote = !inQuote
			continue
		}
		if inQuote {
			continue
		}
		if t.Tag == nlp.Verb || t.Tag == nlp.Aux || t.Tag == nlp.Modal {
			if k > 0 && (c.npOf[k-1] >= 0 || s.toks[k-1].Tag == nlp.Adv) {
				g := s.group(k)
				if rs := c.subjectOf(g.s); len(rs) > 0 {
					r := rs[0]
					if r.pronoun == "" {
						return r
					}
				}
			}
			return ref{}
		}
	}
	return ref{}
}
