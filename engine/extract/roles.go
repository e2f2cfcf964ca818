package extract

import (
	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/nlp"
)

// roles finds a person next to a title, in the three shapes news uses:
//
//	[ORG] TITLE [to|of PLACE] PERSON   "US ambassador to Baghdad Matthew Tueller"
//	PERSON, [the] [ORG's] TITLE ...     "David Schenker, the State Department's top Middle East official"
//	TITLE, PERSON                       "US president, Donald Trump"
func (d *doc) roles(c *ctx) {
	s := c.s
	seen := map[string]bool{}
	emit := func(person mention, ti int, org ref, a, b int) {
		t := s.titles[ti]
		key := person.id + "|" + t.id
		if seen[key] {
			return
		}
		seen[key] = true
		cl := c.newClaim(claim.Role, a, b)
		cl.Person, cl.PersonText = person.id, s.words(person.s, person.e)
		cl.Title = t.id
		if org.id == "" {
			org = c.inferredOrg(person)
		}
		cl.Org, cl.OrgText = org.id, org.text
		cl.AsOf = d.published()
		for k := t.s - 1; k >= 0 && k >= t.s-3; k-- {
			if s.toks[k].Lower == "former" || s.toks[k].Lower == "ex" || s.toks[k].Lower == "late" {
				cl.Modality = claim.Past
				cl.AsOf = claim.Interval{}
			}
		}
		d.emit(cl)
		d.lastPerson = ref{id: person.id, text: person.text, person: true, ent: person.id}
	}
	for ti, t := range s.titles {
		if info, ok := d.x.lex.Title(t.text); ok && info.Kind == "honorific" {
			continue // "Mr Schenker" names, it does not give an office
		}
		org := c.titleOrg(t)
		// TITLE [to|of|for X] [,] PERSON
		k := t.e
		if k < len(s.toks) && (s.toks[k].Lower == "to" || s.toks[k].Lower == "of" || s.toks[k].Lower == "for") {
			o, j := c.ofOrg(k)
			if org.id == "" && s.toks[k].Lower != "to" {
				org = o
			}
			if j > k+1 {
				k = j
			}
			// "head of the Revolutionary Guards' Corps General Qasem
			// Soleimani": a rank between the organisation and the name
			k = c.skipRanks(k)
		}
		// "the press secretary, Brig. Gen. Pat Ryder": a rank before the name
		nameAt := k + 1
		if k < len(s.toks) && s.toks[k].Text == "," && nameAt < len(s.toks) && s.title[nameAt] >= 0 {
			if r := s.titles[s.title[nameAt]]; r.s == nameAt {
				if info, ok := d.x.lex.Title(r.text); ok && info.Kind == "rank" {
					nameAt = r.e
					for nameAt < len(s.toks) && s.title[nameAt] >= 0 {
						nameAt = s.titles[s.title[nameAt]].e
					}
				}
			}
		}
		if k < len(s.toks) && s.toks[k].Text == "," && nameAt < len(s.toks) && s.person[nameAt] >= 0 && (s.toks[t.s].Cap || org.id != "" || c.determined(t.s)) {
			k = nameAt
		}
		if k < len(s.toks) && s.person[k] >= 0 {
			p := s.persons[s.person[k]]
			if p.s == k {
				emit(p, ti, org, t.s, p.e)
				continue
			}
		}
		// PERSON, [a|the] [ORG's] [modifiers] TITLE
		j := t.s - 1
		for j >= 0 && t.s-j <= 7 {
			tk := s.toks[j]
			if tk.Text == "," {
				break
			}
			if !(tk.Tag == nlp.Det || tk.Tag == nlp.Adj || tk.Tag == nlp.Proper || tk.Tag == nlp.Noun || tk.Tag == nlp.Poss || s.ent[j] >= 0) {
				j = -1
				break
			}
			j--
		}
		if j >= 1 && s.toks[j].Text == "," && s.person[j-1] >= 0 {
			p := s.persons[s.person[j-1]]
			// "X, the head of Iran's elite Quds Force": the "of" phrase
			// names the organisation
			if t.e < len(s.toks) && s.toks[t.e].Lower == "of" {
				if o, _ := c.ofOrg(t.e); o.id != "" {
					org = o
				}
			}
			if org.id == "" {
				org = c.orgBetween(j+1, t.s)
			}
			emit(p, ti, org, p.s, t.e)
		}
	}
}

// determined reports whether the title at token a opens a definite
// phrase: "the president", "the country's former president".
func (c *ctx) determined(a int) bool {
	s := c.s
	for k := a - 1; k >= 0 && k >= a-4; k-- {
		switch s.toks[k].Tag {
		case nlp.Det, nlp.Poss:
			return true
		case nlp.Adj:
			continue
		}
		if s.toks[k].Lower == "former" {
			continue
		}
		return false
	}
	return false
}

// titleOrg is the organisation a title belongs to, named before it:
// "US ambassador", "Iraq's new Prime Minister", "White House Press
// Secretary", "the country's former president" (the article's main place).
func (c *ctx) titleOrg(t mention) ref {
	s := c.s
	for k := t.s - 1; k >= 0 && k >= t.s-4; k-- {
		// "the country's": the article's main place
		if s.toks[k].Tag == nlp.Poss && k >= 2 && c.npOf[k-1] >= 0 {
			if p, ok := c.npEndingAt(k - 1); ok && c.isTheCountry(p) && c.d.mainPlace != "" {
				return ref{id: c.d.mainPlace, text: s.words(p.s, p.e)}
			}
		}
		if s.ent[k] >= 0 {
			m := s.ents[s.ent[k]]
			if excludedModifier(s.toks[m.s].Text, s.toks[m.e-1].Text) {
				return ref{}
			}
			return ref{id: m.id, text: m.text}
		}
		tk := s.toks[k]
		// "Islamic Revolutionary Guard Corps (IRGC) commander": over the
		// acronym in brackets to the name it glosses
		if tk.Text == ")" && k >= 2 && s.toks[k-2].Text == "(" {
			k -= 2
			continue
		}
		if !(tk.Tag == nlp.Adj || tk.Tag == nlp.Poss || tk.Tag == nlp.Det) {
			break
		}
	}
	return ref{}
}

// skipRanks steps over rank titles starting at k ("General", "Maj. Gen.").
func (c *ctx) skipRanks(k int) int {
	s := c.s
	for k < len(s.toks) && s.title[k] >= 0 {
		r := s.titles[s.title[k]]
		if info, ok := c.d.x.lex.Title(r.text); !ok || info.Kind != "rank" || r.s != k {
			break
		}
		k = r.e
	}
	return k
}

// ofOrg reads the phrase after the "of" (or "to", "for") at k as a
// title's organisation: its head-most entity ("Iran's elite Quds Force":
// the Quds Force; "the Iranian Revolutionary Guards' Corps": the IRGC).
// It stops at a person or title (the name the title belongs to), at a
// second "of" ("the Quds Force of Iran's Revolutionary Guard": the Quds
// Force), or at anything that is no part of a noun phrase, and returns
// the token where it stopped.
func (c *ctx) ofOrg(k int) (ref, int) {
	s := c.s
	org := ref{}
	j := k + 1
	// a name after a possessive is possessed ("Iraq's Hashed al-Shaabi
	// force"), not the title's holder
	for j < len(s.toks) && j < k+10 && (s.person[j] < 0 || s.toks[j-1].Tag == nlp.Poss || s.person[j-1] == s.person[j]) && s.title[j] < 0 {
		if s.ent[j] >= 0 {
			m := s.ents[s.ent[j]]
			if m.typ != "person" {
				org = ref{id: m.id, text: m.text}
			}
			j = max(m.e, j+1)
			continue
		}
		if t := s.toks[j].Tag; t != nlp.Det && t != nlp.Adj && t != nlp.Poss && t != nlp.Noun && t != nlp.Proper {
			break
		}
		j++
	}
	if org.id == "" {
		return ref{}, k + 1
	}
	return org, j
}

func (c *ctx) orgBetween(a, b int) ref {
	s := c.s
	for k := a; k < b; k++ {
		if s.ent[k] >= 0 {
			m := s.ents[s.ent[k]]
			return ref{id: m.id, text: m.text}
		}
	}
	return ref{}
}

// inferredOrg is the organisation of a title that names none ("Secretary
// of State Mike Pompeo"): the country the person's lexicon entry is within,
// else the country of the side the person leads or is put beside in the
// same clause ("led the US delegation", "Pompeo, the top American
// diplomat,"). The article's main country alone never says whose office it
// is, so otherwise the org stays empty.
func (c *ctx) inferredOrg(person mention) ref {
	lex := c.d.x.lex
	if e, ok := lex.Entity(person.id); ok && e.Type == "person" {
		for _, w := range lex.Containers(person.id) {
			if ce, ok := lex.Entity(w); ok && ce.Type == "country" {
				return ref{id: w, text: ce.Name}
			}
		}
	}
	s := c.s
	_, end := s.clause(person.s)
	k := person.e
	// "Pompeo, the top American diplomat,": an apposition naming the side
	if k+1 < end && s.toks[k].Text == "," && c.npOf[k+1] >= 0 {
		p := c.nps[c.npOf[k+1]]
		if r := c.sideOf(p, c.s.g.appositionHeads); r.id != "" {
			return r
		}
	}
	// "led the US delegation": the person heads a national side
	for k < end && (s.toks[k].Tag == nlp.Adv || s.toks[k].Tag == nlp.Aux) && s.ent[k] < 0 {
		k++
	}
	if k+1 < end && c.s.g.leadVerbs[s.toks[k].Lower] && c.npOf[k+1] >= 0 {
		if r := c.sideOf(c.nps[c.npOf[k+1]], c.s.g.sideHeads); r.id != "" {
			return r
		}
	}
	return ref{}
}

// sideOf reads a phrase headed by one of heads whose possessor or modifier
// is a country ("the US delegation", "Iraq's team", "the American envoy")
// as that country.
func (c *ctx) sideOf(p np, heads map[string]bool) ref {
	s := c.s
	if !heads[s.toks[p.head()].Lower] {
		return ref{}
	}
	for k := p.s; k < p.head(); k++ {
		if s.ent[k] < 0 {
			continue
		}
		m := s.ents[s.ent[k]]
		if m.typ != "country" || m.e > p.head() || excludedModifier(s.toks[m.s].Text, s.toks[m.e-1].Text) {
			return ref{}
		}
		return ref{id: m.id, text: m.text}
	}
	return ref{}
}

// rolesAtDeath dates the roles a sentence gives a person it says was
// killed by the killing, when it is dated: "a drone strike on 3 January
// killed Qassem Suleimani, the commander of the Quds Force" says what he
// was on 3 January, whenever the article appeared.
func (d *doc) rolesAtDeath(from int) {
	for _, r := range d.out[from:] {
		if r.Kind != claim.Role || r.Modality == claim.Past {
			continue
		}
		for _, ev := range d.out[from:] {
			if ev.Kind == claim.Event && ev.Action == "kill" && !ev.Negated && ev.Patient == r.Person && ev.When.Known && !ev.When.Open {
				r.AsOf = ev.When
				break
			}
		}
	}
}
