package extract

import (
	"strings"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/nlp"
	"github.com/claimcheck/claimcheck/engine/quantity"
)

// counts turns each quantity followed by a counted item into a count;
// quantities already read as tallies of an event (skip) are not holdings.
// Each quantity goes through the same steps: is it a count at all, what
// does it count, who holds it, where, and as of when.
func (d *doc) counts(c *ctx, skip []bool) {
	var prev *claim.Claim
	for qi, q := range c.s.qtys {
		if q.Unit != "" || skip[qi] {
			continue // money and percentages are not head counts
		}
		cs, ok := c.countSiteAt(qi, prev)
		if !ok {
			continue
		}
		c.scanItem(cs)
		// "out of three Iraqi bases", "in two provinces" are circumstances;
		// "paperwork for 56 soldiers" still counts persons
		if !c.chooseItem(cs) || cs.afterPrep && c.classOf(cs.item) != "person" {
			continue
		}
		c.holderOf(cs)
		cl := c.countClaim(cs)
		d.emit(cl)
		prev = cl
		d.lastCount = cl
	}
}

// countSite is one quantity being read as a count: where it stands, how
// it came (the end of a change, an earlier figure), and what the steps
// found so far.
type countSite struct {
	q              quantity.Quantity
	a, b           int // the quantity's tokens
	change         string
	risen, upFrom  bool
	afterPrep      bool
	base           *claim.Claim // the count before it in the sentence
	itemAt         int          // the lexicon item after it, or -1
	nationals      mention      // "1,500 Americans", or s < 0
	holder         ref
	item, itemText string
	itemEnd        int
	inherited      bool // the item came from base
	partOf         bool // "four of 23 Purple Hearts": a part, not a level
	relPlaceFrom   int  // where a relative clause naming the holder goes on, or -1
}

// countSiteAt says whether quantity qi can be a count: vague figures
// ("thousands of troops") and numbers glued into a modifier ("107-mm
// rockets") are not; "those 80 troops" and "one attack" refer back or
// stand for "an"; "out of three bases" is a circumstance.
func (c *ctx) countSiteAt(qi int, prev *claim.Claim) (*countSite, bool) {
	s := c.s
	q := s.qtys[qi]
	a, b := s.qtok[qi][0], s.qtok[qi][1]
	cs := &countSite{q: q, a: a, b: b, change: q.Change, itemAt: -1, nationals: mention{s: -1}, itemEnd: b, relPlaceFrom: -1, base: prev}
	if cs.change == "" {
		cs.change = c.fromTo(qi)
	}
	if q.Qualifier == "vague" || c.notACount(a, b) || c.before(a, "out", "of") {
		return nil, false
	}
	// "the death toll rose to 150", "reduce the number of American troops
	// in Iraq to 2,500": the end of a change named before it
	cs.risen = c.before(a, "to") && a > 1 && c.changeBefore(a-1)
	// "3,000 soldiers, up from 1,000 last year": the earlier figure
	cs.upFrom = c.before(a, "up", "from") || c.before(a, "down", "from")
	cs.afterPrep = cs.change == "" && !cs.risen && !cs.upFrom && c.afterPlainPrep(a)
	if cs.base == nil && c.d.lastCount != nil && c.d.lastCount.Start == c.st.Start {
		cs.base = c.d.lastCount
	}
	return cs, true
}

// before reports whether the words just before token a are words, in
// order.
func (c *ctx) before(a int, words ...string) bool {
	s := c.s
	if a < len(words) {
		return false
	}
	for i, w := range words {
		if s.toks[a-len(words)+i].Lower != w {
			return false
		}
	}
	return true
}

// afterPlainPrep: a preposition before the number other than "to", "of"
// and "than" ("in two provinces", "at three bases").
func (c *ctx) afterPlainPrep(a int) bool {
	s := c.s
	if a == 0 {
		return false
	}
	t := s.toks[a-1]
	return t.Tag == nlp.Prep && t.Lower != "of" && t.Lower != "than"
}

// scanItem reads the words after the number up to its item: a lexicon
// item, or a demonym standing alone ("1,500 Americans"), past modifiers,
// quotation marks ("“600-ish” troops") and a nationality, which it keeps
// as the holder ("5,000 U.S. troops").
func (c *ctx) scanItem(cs *countSite) {
	s := c.s
	k := cs.b
	if k < len(s.toks) && s.toks[k].Lower == "of" {
		k++
		// "four of 23 Purple Hearts": a part of a whole counted after it
		if k < len(s.toks) && s.qty[k] >= 0 {
			cs.partOf = true
			k = s.qtok[s.qty[k]][1]
		}
	}
	for n := 0; k < len(s.toks) && n < 6; n++ {
		if s.item[k] >= 0 {
			cs.itemAt = k
			return
		}
		if s.ent[k] >= 0 {
			m := s.ents[s.ent[k]]
			if cs.holder.id == "" && !excludedModifier(s.toks[m.s].Text, s.toks[m.e-1].Text) {
				cs.holder = ref{id: m.id, text: m.text}
				if m.standsFor != "" {
					cs.holder.id = m.standsFor
				}
			}
			if c.nationals(m) {
				cs.nationals = m
				return
			}
			k = m.e
			continue
		}
		if !c.countModifier(k, n) {
			return
		}
		k++
	}
}

// countModifier reports whether token k, the n-th after the number, may
// stand between a number and its item.
func (c *ctx) countModifier(k, n int) bool {
	s := c.s
	t := s.toks[k]
	return t.Tag == nlp.Det || t.Tag == nlp.Adj || t.Tag == nlp.Quote || c.d.x.g.countSkip[t.Lower] || t.Tag == nlp.Proper ||
		t.Tag == nlp.Noun && n == 0 && s.item[k] < 0 && k+1 < len(s.toks) && s.item[k+1] >= 0
}

// chooseItem decides what the number counts: the lexicon item after it,
// persons of a nation, a plural noun the lexicon does not know, the item
// of the count before (an earlier figure, "another 2,500"), the noun named
// just before ("Russian forces, numbering about 190,000"), or the item of
// the change it ends. False when it counts nothing.
func (c *ctx) chooseItem(cs *countSite) bool {
	s := c.s
	a, b := cs.a, cs.b
	switch {
	case cs.itemAt >= 0:
		m := s.items[s.item[cs.itemAt]]
		cs.item, cs.itemText, cs.itemEnd = m.id, m.text, m.e
	case cs.nationals.s >= 0:
		cs.item, cs.itemText, cs.itemEnd = defaultItem("person"), cs.nationals.text, cs.nationals.e
	case cs.holder.id == "" && !c.definite(a) && (a == 0 || s.toks[a-1].Tag != nlp.Poss) && c.openItem(b) > b:
		// "39 more submissions", "ten impact points": a plural noun the
		// lexicon does not know is counted under its own words ("the two
		// vehicles", "Iraq's two allies" refer back to things known)
		cs.itemEnd = c.openItem(b)
		cs.itemText = s.words(cs.itemEnd-c.openLen(b, cs.itemEnd), cs.itemEnd)
		cs.item = openID(cs.itemText)
	case cs.upFrom && cs.base != nil, cs.base != nil && c.elliptic(a, b):
		// "and coalition allies another 2,500": the item of the count before
		cs.item, cs.itemText, cs.inherited = cs.base.Item, cs.base.ItemText, true
	case c.elliptic(a, b) && c.namedBefore(a) >= 0:
		c.namedItem(cs)
	case cs.change != "" || cs.risen:
		c.changedItem(cs)
	}
	return cs.item != ""
}

// namedItem: "Russian forces, numbering about 190,000", "a peacekeeper
// was killed and four others were injured": the counted noun named just
// before, and after "numbering" its holder.
func (c *ctx) namedItem(cs *countSite) {
	s := c.s
	a := cs.a
	at := c.namedBefore(a)
	m := s.items[s.item[at]]
	cs.item, cs.itemText = m.id, m.text
	if a > 0 && c.d.x.g.numbering[s.toks[a-1].Lower] && cs.holder.id == "" && c.npOf[at] >= 0 {
		if r := c.resolve(c.nps[c.npOf[at]], "holder"); r.ent != "" {
			cs.holder = ref{id: r.ent, text: r.text}
		}
	}
}

// changedItem: "reduce the number of American troops in Iraq from 5,200
// to 3000": the item of the change; "12,000 troops ..., reducing the
// American presence there from 36,000": the item of the count before.
func (c *ctx) changedItem(cs *countSite) {
	s := c.s
	if at, h := c.changeItem(cs.a); at >= 0 {
		m := s.items[s.item[at]]
		cs.item, cs.itemText, cs.itemEnd = m.id, m.text, m.e
		if cs.holder.id == "" {
			cs.holder = h
		}
	} else if cs.base != nil {
		cs.item, cs.itemText, cs.inherited = cs.base.Item, cs.base.ItemText, true
	}
}

// holderOf finds who holds the count when no nationality stood before its
// item: the subject of a relative clause ("the 5,000 troops that the US
// keeps in Iraq"), a country after "from" ("2,000 soldiers from France",
// but not "withdraw its soldiers from Mali"), the subject of "has",
// "reports", ..., the possessor of a measure before a change, or the
// holder of the count before ("6,400 of the troops").
func (c *ctx) holderOf(cs *countSite) {
	s := c.s
	if cs.holder.id == "" && cs.itemAt >= 0 {
		if h, at := c.relHolder(cs.itemEnd); h.id != "" {
			cs.holder, cs.relPlaceFrom = h, at
		}
	}
	if cs.holder.id == "" && cs.itemAt >= 0 {
		cs.holder = c.fromCountry(cs.itemEnd)
	}
	if cs.holder.id == "" {
		cs.holder = c.countHolder(cs.a)
	}
	if cs.holder.id == "" && cs.change != "" {
		cs.holder = c.measuredHolder(cs.a)
	}
	if cs.holder.id == "" && cs.itemAt >= 0 && cs.b+1 < len(s.toks) && s.toks[cs.b].Lower == "of" && s.toks[cs.b+1].Lower == "the" {
		cs.holder = c.lastHolderOf(cs.item)
	}
	cs.holder.id = c.d.x.stateOf(cs.holder.id)
}

// lastHolderOf is the holder of the last count of item: "6,400 of the
// troops" are the troops of the count before.
func (c *ctx) lastHolderOf(item string) ref {
	if l := c.d.lastCount; l != nil && l.Item == item && l.Holder != "" {
		return ref{id: l.Holder, text: l.HolderText}
	}
	return ref{}
}

// fromCountry: "2,000 soldiers from France (will withdraw)": their
// country; but "withdraw its soldiers from Mali" names where they leave.
func (c *ctx) fromCountry(itemEnd int) ref {
	s := c.s
	src, _ := c.movesIn(itemEnd)
	if (src >= 0 && src <= itemEnd) || itemEnd+1 >= len(s.toks) || s.toks[itemEnd].Lower != "from" || c.npOf[itemEnd+1] < 0 {
		return ref{}
	}
	p := c.nps[c.npOf[itemEnd+1]]
	if r := c.resolve(p, "holder"); r.ent != "" && c.entType(p) == "country" {
		return ref{id: r.ent, text: r.text}
	}
	return ref{}
}

// countClaim builds the claim: the focus runs from the number to its item
// ("around 5,000 U.S. troops"), or is the number alone when the item came
// first ("the number of troops ... from 5,200 to 3000").
func (c *ctx) countClaim(cs *countSite) *claim.Claim {
	a := cs.a
	focusEnd := cs.itemEnd
	if focusEnd <= a {
		focusEnd = cs.b
	}
	cl := c.newClaim(claim.Count, a, focusEnd)
	cl.Holder, cl.HolderText = cs.holder.id, cs.holder.text
	cl.Item, cl.ItemText = cs.item, cs.itemText
	cl.Value, cl.Low, cl.High, cl.Qualifier = cs.q.Value, cs.q.Low, cs.q.High, cs.q.Qualifier
	cl.Partial = cs.partOf
	place := c.placeOf(cs)
	cl.Place, cl.PlaceText = place.id, place.text
	if place.id == "" && place.text == "" && !c.saysWhere(a) {
		c.d.placeless[cl] = true
	}
	c.countTime(cl, cs)
	if cl.Holder == "" && cs.base != nil && cs.inherited {
		cl.Holder, cl.HolderText = cs.base.Holder, cs.base.HolderText
	}
	return cl
}

// placeOf is where the count holds: after its item, after the relative
// clause that named its holder, in the clause of the change it ends ("cut
// its presence in Iraq from 5,200 troops to 3,000"), the host a clause
// names, or the place of the count before.
func (c *ctx) placeOf(cs *countSite) ref {
	s := c.s
	a := cs.a
	place := c.countPlace(cs.itemEnd, len(s.toks))
	if place.id == "" && cs.relPlaceFrom >= 0 {
		place = c.countPlace(cs.relPlaceFrom, len(s.toks))
	}
	if (cs.change != "" || cs.risen) && place.id == "" {
		if at, _ := c.changeItem(a); at >= 0 {
			place = c.countPlace(s.items[s.item[at]].e, a)
		} else if ca, _ := s.clause(a); place.id == "" {
			place = c.countPlace(max(ca, a-maxReach), a)
		}
	}
	if place.id == "" {
		place = c.hostPlace(a)
	}
	if place.id == "" && cs.base != nil {
		place = ref{id: cs.base.Place, text: cs.base.PlaceText}
	}
	return place
}

// countTime sets the count's modality and date: a planned change, an
// earlier figure ("up from 1,000"), a peak ("down from a peak of 5,100",
// "at its height ... 12 million": the extreme a figure reached, not its
// level now), else the clause's tense.
func (c *ctx) countTime(cl *claim.Claim, cs *countSite) {
	a := cs.a
	cl.Modality = c.countModality(a, cs.change, cs.base)
	if cs.risen && c.plannedChange(a) {
		cl.Modality = claim.Planned
	}
	if cs.upFrom {
		cl.Modality = claim.Past
	}
	if c.peakFigure(a) {
		cl.Modality, cl.Peak = claim.Past, true
	}
	cl.AsOf = c.asOf(a, cl.Modality, cs.change == "from")
}

// namedBefore finds the counted noun an elliptic number stands for when no
// count came before it: the item just before "numbering N" (", numbering
// about 190,000"), or the item of the clause before "and N others". It
// returns the item's token or -1.
func (c *ctx) namedBefore(a int) int {
	s := c.s
	j := a - 1
	switch {
	case j >= 0 && c.s.g.numbering[s.toks[j].Lower]:
		j--
		if j >= 0 && s.toks[j].Text == "," {
			j--
		}
		if j >= 0 && s.item[j] >= 0 {
			return s.items[s.item[j]].s
		}
	case a+1 < len(s.toks) && s.qtok != nil && s.toks[min(c.qtyEnd(a), len(s.toks)-1)].Lower == "others":
		for k := a - 1; k >= 0 && k >= a-20; k-- {
			if s.item[k] >= 0 {
				return s.items[s.item[k]].s
			}
		}
	}
	return -1
}

// qtyEnd is the token after the quantity starting at token a.
func (c *ctx) qtyEnd(a int) int {
	if q := c.s.qty[a]; q >= 0 {
		return c.s.qtok[q][1]
	}
	return a + 1
}

// peakFigure reports whether the number at a is the extreme a figure
// reached: "a peak of 5,100", "a record high of 64" just before it, or "at
// its height" / "at the peak of" in its clause. The words are the
// "peak-words" class.
func (c *ctx) peakFigure(a int) bool {
	s := c.s
	peak := c.d.x.g.peakWords
	k := a - 1
	if k >= 0 && s.toks[k].Lower == "of" {
		k--
	}
	for ; k >= 0 && k >= a-4; k-- {
		if peak[s.toks[k].Lower] {
			return true
		}
		if t := s.toks[k].Tag; t != nlp.Adj && t != nlp.Noun && t != nlp.Det {
			break
		}
	}
	ca, cb := s.clause(a)
	for k := max(ca-1, 1); k+1 < cb; k++ {
		// "at its height", "at the height of"
		if s.toks[k-1].Lower == "at" && (c.s.g.possessives[s.toks[k].Lower] || s.toks[k].Lower == "the") && peak[s.toks[k+1].Lower] {
			return true
		}
	}
	return false
}

// notACount reports whether the number at [a, b) counts nothing here: a
// number glued into a modifier ("107-mm", "14-person"), a number after a
// demonstrative ("those 80 troops": named before), or "one" standing for
// an article before a singular noun ("one attack in Irbil").
func (c *ctx) notACount(a, b int) bool {
	s := c.s
	// "600-ish": the quantity read the suffix as its qualifier
	glued := compoundNumber(s.toks[b-1].Text) && !(s.qty[b-1] >= 0 && s.qtys[s.qty[b-1]].Span.End >= s.toks[b-1].End)
	if b < len(s.toks) && s.toks[b].Text == "-" && s.toks[b].Start == s.toks[b-1].End || glued {
		return true
	}
	if a > 0 && (s.toks[a-1].Lower == "those" || s.toks[a-1].Lower == "these") {
		return true
	}
	return b == a+1 && s.toks[a].Lower == "one" && b < len(s.toks) && (s.toks[b].Tag == nlp.Noun || s.item[b] >= 0) && !s.g.plural(s.toks[b].Lower)
}

// measuredHolder reads the possessor of a measure or item before a change
// in its clause: "will cut its presence in Mali from 5,100 troops to
// 2,500", "reduce their forces from ...".
func (c *ctx) measuredHolder(a int) ref {
	s := c.s
	ca, _ := s.clause(a)
	for j := a - 1; j >= ca && j >= a-14; j-- {
		if !s.g.possessives[s.toks[j].Lower] || j+1 >= len(s.toks) {
			continue
		}
		if h := s.toks[j+1].Lower; s.g.measureHeads[h] || s.item[j+1] >= 0 {
			if r := c.resolve(np{s: j, e: j + 1, poss: -1}, "holder"); r.ent != "" {
				return ref{id: r.ent, text: s.toks[j].Text}
			}
		}
	}
	return ref{}
}

// changeBefore reports whether a verb of change ("change-verbs") stands
// in the clause before the "to" at k: "reduce the number of troops in Iraq
// to 2,500".
func (c *ctx) changeBefore(k int) bool {
	return c.changeVerbBefore(k) >= 0
}

// changeVerbBefore is the token of the verb of change before the "to" at
// k, or -1: a word of the "change-verbs" class, or any form of one
// ("cutting", "is reducing").
func (c *ctx) changeVerbBefore(k int) int {
	s := c.s
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		if s.boundary(j) || s.toks[j].Text == "," {
			return -1
		}
		w := s.toks[j].Lower
		if s.g.changeVerbs[w] {
			return j
		}
		if l, ok := nlp.VerbLemma(w); ok && s.g.changeVerbs[l] && s.toks[j].Tag != nlp.Noun {
			return j
		}
	}
	return -1
}

// plannedChange reports whether the change ending at the number at a is a
// move still to be made: an action that moves troops ("cut", "reduce"),
// not done yet ("is cutting the force to 3,500", "will reduce ... to").
func (c *ctx) plannedChange(a int) bool {
	s := c.s
	if a < 2 || s.toks[a-1].Lower != "to" {
		return false
	}
	v := c.changeVerbBefore(a - 1)
	if v < 0 || s.act[v] < 0 || !c.d.x.frameOf(s.acts[s.act[v]].id).moves {
		return false
	}
	g := s.group(v)
	// "has reached the goal to reduce troops ... to 2,500": an aim
	// achieved is no longer a plan
	if g.s > 0 && s.toks[g.s-1].Tag == nlp.To && c.achieved(g.s-1) {
		return false
	}
	return !g.past && !g.perfect
}

// achieved reports whether a verb of achieving ("achieve-verbs", in any
// form) governs the infinitive whose "to" is at k: "reached the
// administration's goal to reduce", "met its target to".
func (c *ctx) achieved(k int) bool {
	s := c.s
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if s.boundary(j) {
			return false
		}
		if t := s.toks[j]; t.Tag == nlp.Verb || t.Tag == nlp.Part {
			l, _ := nlp.VerbLemma(t.Lower)
			return s.g.achieveVerbs[l] || s.g.achieveVerbs[t.Lower]
		}
	}
	return false
}

// fromTo reads "from N to M" around quantity qi as the ends of a change
// when the number finder did not ("the presence there from 36,000 to
// 24,000").
func (c *ctx) fromTo(qi int) string {
	s := c.s
	a, b := s.qtok[qi][0], s.qtok[qi][1]
	if a > 0 && s.toks[a-1].Lower == "from" && qi+1 < len(s.qtys) && s.qtok[qi+1][0] == b+1 && s.toks[b].Lower == "to" {
		return "from"
	}
	// "from 5,200 troops to 3,000": the item between the ends
	if a > 0 && s.toks[a-1].Lower == "from" && qi+1 < len(s.qtys) && b < len(s.toks) && s.item[b] >= 0 {
		if e := s.items[s.item[b]].e; e < len(s.toks) && s.toks[e].Lower == "to" && s.qtok[qi+1][0] == e+1 {
			return "from"
		}
	}
	if a > 1 && s.toks[a-1].Lower == "to" && qi > 0 && s.qtok[qi-1][1] == a-1 {
		if p := s.qtok[qi-1][0]; p > 0 && s.toks[p-1].Lower == "from" {
			return "to"
		}
	}
	if a > 2 && s.toks[a-1].Lower == "to" && qi > 0 && s.item[a-2] >= 0 && s.qtok[qi-1][1] == s.items[s.item[a-2]].s {
		if p := s.qtok[qi-1][0]; p > 0 && s.toks[p-1].Lower == "from" {
			return "to"
		}
	}
	return ""
}

// elliptic reports whether a number stands without its noun: "another
// 2,500", "2,500 more", "... and 2,500.".
func (c *ctx) elliptic(a, b int) bool {
	s := c.s
	if a > 0 && (s.toks[a-1].Lower == "another" || s.toks[a-1].Lower == "additional") {
		return true
	}
	if b >= len(s.toks) {
		return true
	}
	switch n := s.toks[b]; {
	case n.Tag == nlp.Punct, n.Tag == nlp.Conj, n.Tag == nlp.Prep && n.Lower != "of":
		return true
	case n.Lower == "more" || n.Lower == "additional" || n.Lower == "others":
		return true
	case n.Tag == nlp.Aux || n.Tag == nlp.Modal:
		// "while 5,600 would be moved", "more than 40 were wounded": the
		// number is the subject, its noun left out
		return true
	}
	return false
}

// changeItem finds the item a change is about, left of "from X": the item
// and its nationality modifier.
func (c *ctx) changeItem(a int) (int, ref) {
	s := c.s
	for k := a - 1; k >= 0 && k >= a-14; k-- {
		if s.boundary(k) {
			break
		}
		if s.item[k] >= 0 {
			k = s.items[s.item[k]].s
			h := ref{}
			for j := k - 1; j >= 0 && j >= k-3; j-- {
				if c.s.g.possessives[s.toks[j].Lower] {
					// "cut its troops in the Sahel from 5,100 to 2,500"
					if r := c.resolve(np{s: j, e: j + 1, poss: -1}, "holder"); r.ent != "" {
						h = ref{id: r.ent, text: s.toks[j].Text}
					}
					break
				}
				if s.ent[j] >= 0 {
					m := s.ents[s.ent[j]]
					h = ref{id: m.id, text: m.text}
					break
				}
				if s.toks[j].Tag != nlp.Adj && s.toks[j].Tag != nlp.Det && s.toks[j].Tag != nlp.Noun {
					break
				}
			}
			if h.id == "" && c.npOf[k] >= 0 {
				p := c.nps[c.npOf[k]]
				if p.poss >= 0 && p.poss < k {
					h = c.resolve(np{s: p.s, e: p.poss, poss: -1}, agentRole)
				}
			}
			return k, h
		}
	}
	return -1, ref{}
}

// countPlace is the place of a count: the first locative phrase after the
// item ("in Iraq", "in the country") before the next number. Where the
// clause moves troops, the place they move from or to counts too: the
// source of a withdrawal ("withdraw 12,000 troops from Germany", "are being
// withdrawn from northern Syria", "ordered 700 troops out of the country")
// and the destination of a deployment ("sending 3,000 troops to Poland").
func (c *ctx) countPlace(from, to int) ref {
	s := c.s
	to = min(to, from+maxReach)
	src, dst := c.movesIn(from)
	for k := from; k < to && k+1 < len(s.toks); k++ {
		if s.qty[k] >= 0 || s.toks[k].Tag == nlp.Sub || s.toks[k].Tag == nlp.Rel {
			break
		}
		t := s.toks[k]
		at := k + 1
		switch {
		// a source or destination after the verb of moving: "withdraw 12,000
		// troops from Germany", but not "troops from France withdrew"
		case t.Lower == "out" && s.toks[k+1].Lower == "of" && src >= 0 && src < k:
			at = k + 2
		case t.Tag != nlp.Prep && t.Tag != nlp.To:
			continue
		case t.Lower == "in" || t.Lower == "inside" || t.Lower == "across" || t.Lower == "throughout":
		case t.Lower == "from" && src >= 0 && src < k, (t.Lower == "to" || t.Lower == "into") && dst >= 0 && dst < k:
		default:
			continue
		}
		if at >= len(s.toks) || c.npOf[at] < 0 {
			continue
		}
		p := c.nps[c.npOf[at]]
		r := c.resolve(p, "place")
		if r.ent != "" && placeTypes[c.entType(p)] {
			return ref{id: r.ent, text: r.text}
		}
		if c.isTheCountry(p) && c.d.mainPlace != "" {
			return ref{id: c.d.mainPlace, text: r.text}
		}
	}
	return ref{}
}

// movesIn finds the first word of the clause around token k that
// withdraws or cuts troops (so "from X" after it is where they are) and
// the first that deploys or adds them (so "to X" after it is where they
// will be), or -1.
func (c *ctx) movesIn(k int) (src, dst int) {
	s := c.s
	src, dst = -1, -1
	a, b := s.clause(max(0, min(k, len(s.toks)-1)))
	// within reach of the count, so run-on scraps stay linear
	a, b = max(a, k-maxReach), min(b, k+maxReach)
	for i := a; i < b; i++ {
		if s.act[i] < 0 {
			continue
		}
		// "on alert to deploy to Eastern Europe": a purpose moves nobody
		if i > 0 && s.toks[i-1].Tag == nlp.To && s.modality(s.group(i)) != claim.Planned && !c.causedInfinitive(i-1) {
			continue
		}
		switch s.acts[s.act[i]].id {
		case "withdraw", "reduce":
			if src < 0 {
				src = i
			}
		case "deploy", "increase", "redeploy":
			if dst < 0 {
				dst = i
			}
		}
	}
	return src, dst
}

// noteBodies remembers whose body each "Brazil's health ministry", "the
// country's army" or "the Iraqi government" is, so that a later bare "the
// ministry" resolves to the same country.
func (c *ctx) noteBodies() {
	s := c.s
	for _, p := range c.nps {
		h := s.toks[p.head()].Lower
		if !c.s.g.bodyHeads[h] {
			continue
		}
		var r ref
		if p.poss > p.s {
			r = c.resolve(np{s: p.s, e: p.poss, poss: -1}, "holder")
		} else {
			r = c.s.resolve(p)
		}
		if r.ent == "" || r.person {
			continue
		}
		if e, ok := c.d.x.lex.Entity(r.ent); ok && e.Type == "country" {
			c.d.bodies[h] = r.ent
		}
	}
}

// definite reports whether the number at a is determined by "the" or a
// possessive, perhaps over an adjective: "its 1,500", "the remaining 2,500".
func (c *ctx) definite(a int) bool {
	s := c.s
	for k := a - 1; k >= 0 && k >= a-2; k-- {
		l := s.toks[k].Lower
		if c.s.g.possessives[l] || l == "the" {
			return true
		}
		if t := s.toks[k].Tag; t != nlp.Adj && t != nlp.Part && t != nlp.Ger && l != "remaining" && l != "last" {
			return false
		}
	}
	return false
}

// causedInfinitive reports whether the "to" at k follows the object of a
// causative: "ordered France to withdraw".
func (c *ctx) causedInfinitive(k int) bool {
	o, ok := c.npEndingAt(k - 1)
	return ok && o.s > 0 && c.s.g.causatives[c.s.toks[o.s-1].Lower]
}

// hostPlace is the subject of a host verb governing the count at a, when
// it names a place.
func (c *ctx) hostPlace(a int) ref {
	s := c.s
	ca, _ := s.clause(a)
	for k := a - 1; k >= ca && k >= a-4; k-- {
		if !c.s.g.hostVerbs[s.toks[k].Lower] {
			continue
		}
		for _, r := range c.subjectOf(s.group(k).s) {
			if r.ent == "" && r.np.ok() && c.isTheCountry(r.np) && c.d.mainPlace != "" {
				return ref{id: c.d.mainPlace, text: r.text}
			}
			if r.ent == "" || r.np.ok() && !placeTypes[c.entType(r.np)] {
				continue
			}
			if e, ok := c.d.x.lex.Entity(r.ent); ok && placeTypes[e.Type] {
				return ref{id: r.ent, text: r.text}
			}
		}
		return ref{}
	}
	return ref{}
}

// countHolder: the phrase just before the number, or the subject of a
// holding verb before it.
func (c *ctx) countHolder(a int) ref {
	s := c.s
	j := a - 1
	if j >= 0 && (s.toks[j].Lower == "another" || s.toks[j].Lower == "additional") {
		j--
	}
	// "Canada's 800 soldiers": the possessor holds them
	if j > 0 && s.toks[j].Tag == nlp.Poss {
		if p, ok := c.npEndingAt(j - 1); ok {
			if r := c.resolve(p, "holder"); r.ent != "" {
				return ref{id: r.ent, text: r.text}
			}
		}
	}
	// "France, whose 5,100 soldiers": the phrase before the relative
	if j >= 2 && s.toks[j].Lower == "whose" && s.toks[j-1].Text == "," {
		if p, ok := c.npEndingAt(j - 2); ok {
			if r := c.resolve(c.outOfPP(p), "holder"); r.ent != "" {
				return ref{id: r.ent, text: r.text}
			}
		}
	}
	// "ordered France to withdraw its 1,000 troops": the infinitive's
	// subject owns them
	if j >= 0 && c.s.g.possessives[s.toks[j].Lower] {
		if k := j - 2; k >= 1 && s.toks[k].Tag == nlp.To {
			if o, ok := c.npEndingAt(k - 1); ok && o.s > 0 && c.s.g.causatives[s.toks[o.s-1].Lower] {
				if r := c.resolve(o, "holder"); r.ent != "" {
					return ref{id: r.ent, text: s.toks[j].Text}
				}
			}
		}
	}
	// "its 1,100 soldiers": the possessor holds them
	if j >= 0 && c.s.g.possessives[s.toks[j].Lower] {
		if r := c.resolve(np{s: j, e: j + 1, poss: -1}, "holder"); r.ent != "" {
			return ref{id: r.ent, text: s.toks[j].Text}
		}
	}
	if j >= 0 && c.npOf[j] >= 0 {
		p, _ := c.npEndingAt(j)
		if p.s == 0 || s.toks[p.s-1].Tag != nlp.Prep {
			if r := c.resolve(p, "holder"); r.ent != "" {
				return ref{id: r.ent, text: r.text}
			}
		}
	}
	for k := a - 1; k >= 0 && k >= a-6; k-- {
		if s.boundary(k) {
			break
		}
		if c.s.g.holdVerbs[s.toks[k].Lower] && (s.toks[k].Tag == nlp.Verb || s.toks[k].Tag == nlp.Aux || s.toks[k].Tag == nlp.Ger || s.toks[k].Tag == nlp.Part) && !c.auxBefore(k, a) {
			g := s.group(k)
			subj := c.subjectOf(g.s)
			// "Japan plans to send 200 troops": who governs the infinitive
			if g.s > 0 && s.toks[g.s-1].Tag == nlp.To {
				subj = c.controller(g.s - 1)
			}
			for _, r := range subj {
				// "Iraq's health ministry reported": the possessor country
				if p := r.np; p.ok() && p.poss > p.s {
					if pr := c.resolve(np{s: p.s, e: p.poss, poss: -1}, "holder"); pr.ent != "" {
						if e, ok := c.d.x.lex.Entity(pr.ent); ok && e.Type == "country" {
							return ref{id: pr.ent, text: r.text}
						}
					}
				}
				if r.ent != "" {
					return ref{id: r.ent, text: r.text}
				}
				// "the African Union mission has": the mission's sponsor
				if r.np.ok() {
					if hr := c.resolve(r.np, "holder"); hr.ent != "" {
						return ref{id: hr.ent, text: hr.text}
					}
				}
				// "The ministry also recorded": the body named before
				if p := r.np; p.ok() && s.toks[p.s].Lower == "the" && p.e-p.s == 2 {
					if id := c.d.bodies[s.toks[p.head()].Lower]; id != "" {
						return ref{id: id, text: r.text}
					}
				}
			}
			return ref{}
		}
	}
	return ref{}
}

// relHolder reads a relative clause right after the counted noun whose
// subject keeps or sends them: "troops that the US keeps in Iraq",
// "soldiers whom Britain deployed", "troops Washington maintains". It
// returns the holder and the token after the verb, where the place is.
func (c *ctx) relHolder(e int) (ref, int) {
	s := c.s
	k := e
	if k < len(s.toks) && s.toks[k].Tag == nlp.Rel && s.toks[k].Lower != "who" {
		k++
	}
	if k >= len(s.toks) || c.npOf[k] < 0 {
		return ref{}, -1
	}
	p := c.nps[c.npOf[k]]
	if p.s < k {
		p.s = k // "troops Washington" chunked as one phrase
	}
	// "the US keeps" chunked as one phrase: the verb ends it
	for j := p.s + 1; j < p.e; j++ {
		if c.s.g.holdVerbs[s.toks[j].Lower] && s.ent[j] < 0 && s.item[j] < 0 {
			p.e = j
			break
		}
	}
	v := p.e
	for v < len(s.toks) && (s.toks[v].Tag == nlp.Adv || s.toks[v].Tag == nlp.Aux) && s.ent[v] < 0 {
		v++
	}
	if v >= len(s.toks) || !(c.s.g.holdVerbs[s.toks[v].Lower] || s.act[v] >= 0 && s.acts[s.act[v]].id == "deploy") {
		return ref{}, -1
	}
	r := c.resolve(p, "holder")
	if r.ent == "" || r.person {
		return ref{}, -1
	}
	return ref{id: r.ent, text: r.text}, v + 1
}

// auxBefore reports whether "has", "had" at k is the auxiliary of a verb
// whose object belongs to someone else ("it had killed 50 fighters": the
// fighters are not the killer's), not the verb of holding ("has had 5,000
// troops") or of using up ("has launched 100 missiles").
func (c *ctx) auxBefore(k, a int) bool {
	s := c.s
	if s.toks[k].Tag != nlp.Aux {
		return false
	}
	for j := k + 1; j < a; j++ {
		if t := s.toks[j]; (t.Tag == nlp.Verb || t.Tag == nlp.Part) && s.act[j] >= 0 && c.s.g.victimActions[s.acts[s.act[j]].id] {
			return true
		}
	}
	return false
}

// countModality: the ends of a change are then (from) and planned (to);
// else the tense of the verb group before the number.
func (c *ctx) countModality(a int, change string, base *claim.Claim) string {
	switch change {
	case "to":
		return claim.Planned
	case "from":
		return claim.Current
	}
	m := c.tenseModality(a, base)
	s := c.s
	// "has withdrawn about 1,000 soldiers": troops that have left are a
	// past figure for the place they left
	if m == claim.Current {
		ca, _ := s.clause(a)
		for k := a - 1; k >= ca; k-- {
			if t := s.toks[k].Tag; t == nlp.Verb || t == nlp.Part {
				if s.act[k] >= 0 && (s.acts[s.act[k]].id == "withdraw" || s.acts[s.act[k]].id == "reduce") && s.group(k).perfect {
					return claim.Past
				}
				break
			}
		}
	}
	// "will withdraw its 1,500 soldiers", "the 900 US troops in Syria will
	// leave": a definite or possessed count is there now; what is planned
	// is the move
	// (but "will send its 500 soldiers to Estonia" plans where they will be)
	if _, dst := c.movesIn(a); m == claim.Planned && dst < 0 && c.definite(a) {
		return claim.Current
	}
	// "approved the redeployment of fewer than 500 troops": a decided move
	// is planned whatever the tense of the decision
	if a > 2 && s.toks[a-1].Lower == "of" && s.act[a-2] >= 0 && c.d.x.frameOf(s.acts[s.act[a-2]].id).moves && c.npOf[a-2] >= 0 {
		p := c.nps[c.npOf[a-2]]
		if p.s > 0 && c.s.g.decisionVerbs[s.toks[p.s-1].Lower] {
			return claim.Planned
		}
	}
	if m == claim.Past {
		// "currently", "now": the writer vouches for the present ("were now in the city")
		ca, cb := c.s.clause(a)
		for k := max(ca, a-maxReach); k < min(cb, a+maxReach); k++ {
			if l := c.s.toks[k].Lower; (l == "currently" || l == "now") && c.s.toks[k].Tag == nlp.Adv {
				return claim.Current
			}
		}
	}
	return m
}

// tenseModality is the modality of the verb group governing a count.
func (c *ctx) tenseModality(a int, base *claim.Claim) string {
	s := c.s
	ca, _ := s.clause(a)
	// ", killing X and wounding five soldiers": a participle clause takes
	// the tense of the clause it hangs on
	if ca >= 2 && s.toks[ca].Tag == nlp.Ger && s.toks[ca-1].Text == "," {
		ca, _ = s.clause(ca - 2)
	}
	for k := a - 1; k >= ca; k-- {
		// "Esper said nearly 6,400 of the troops would return": a verb of
		// saying before a number that is the subject of its own verb
		if c.s.g.speechVerbs[s.toks[k].Lower] && s.toks[k].Tag == nlp.Verb {
			break
		}
		if s.toks[k].Tag == nlp.Verb || s.toks[k].Tag == nlp.Aux || s.toks[k].Tag == nlp.Modal || s.toks[k].Tag == nlp.Part {
			g := s.group(k)
			if g.modal != "" && g.modal != "can" || s.modality(g) == claim.Planned {
				return claim.Planned
			}
			for j := g.s; j < g.e; j++ {
				switch s.toks[j].Lower {
				case "was", "were":
					return claim.Past
				case "had":
					// "has had" is present perfect: still current
					if j == g.s || s.toks[j-1].Lower != "has" && s.toks[j-1].Lower != "have" {
						return claim.Past
					}
				}
			}
			if !g.aux && s.toks[g.main].Tag == nlp.Verb && isPastForm(s.toks[g.main].Lower) && !c.s.g.holdVerbs[s.toks[g.main].Lower] {
				return claim.Past
			}
			return claim.Current
		}
	}
	// "At least 30 people were killed": the verb after the counted phrase
	for k := a + 1; k < len(s.toks) && k < a+8; k++ {
		if s.boundary(k) || s.toks[k].Text == "," {
			break
		}
		if t := s.toks[k].Tag; t == nlp.Aux || t == nlp.Modal || (t == nlp.Verb || t == nlp.Part) && s.item[k] < 0 {
			g := s.group(k)
			for g.e < len(s.toks) && isVerbish(s.toks[g.e].Tag) {
				g.e++
			}
			if g.s < k {
				g.s = k
			}
			return c.groupModality(g)
		}
	}
	if base != nil {
		return base.Modality
	}
	return claim.Current
}

// groupModality reads the modality of the verb tokens [g.s, g.e).
func (c *ctx) groupModality(g verbGroup) string {
	s := c.s
	for j := g.s; j < g.e; j++ {
		switch t := s.toks[j]; {
		case t.Tag == nlp.Modal && t.Lower != "can":
			return claim.Planned
		case t.Lower == "was" || t.Lower == "were" || t.Lower == "had" && (j == g.s || s.toks[j-1].Lower != "has" && s.toks[j-1].Lower != "have"):
			return claim.Past
		case j == g.s && (t.Tag == nlp.Verb || t.Tag == nlp.Part) && isPastForm(t.Lower) && !c.s.g.holdVerbs[t.Lower]:
			return claim.Past
		}
	}
	return claim.Current
}

// asOf is when a count holds: the time named in its stretch of the clause
// (between commas), unless that time dates something else ("following the
// 2003 invasion", "since 2014"); else the publication date for a current
// count.
//
// The "from" end of a change holds as of the announcement: the sentence's
// time wherever it stands ("Earlier this month, the US announced it would
// reduce ... from 5,200").
func (c *ctx) asOf(a int, modality string, changeFrom bool) claim.Interval {
	s := c.s
	ca, cb := s.clause(a)
	if changeFrom {
		ca, cb = 0, len(s.toks)
	}
	for k := a - 1; k > ca && !changeFrom; k-- {
		if s.toks[k].Text == "," {
			ca = k + 1
			break
		}
	}
	for k := a; k < cb && !changeFrom; k++ {
		if s.toks[k].Text == "," {
			cb = k
			break
		}
	}
	for _, t := range s.times {
		if t.s < ca || t.e > cb || !(t.interval.Known || t.interval.Unresolved) {
			continue
		}
		// "will cut to 3,000 by the end of September": a plan's "by" time
		// is its target date
		by := t.s > 0 && s.toks[t.s-1].Lower == "by" || s.toks[t.s].Lower == "by"
		if by && modality == claim.Planned && t.interval.Known {
			return claim.DayOf(t.interval.To)
		}
		if t.s > 0 && c.s.g.datesOther[s.toks[t.s-1].Lower] || c.s.g.datesOther[s.toks[t.s].Lower] || t.e < len(s.toks) && s.act[t.e] >= 0 {
			continue
		}
		return t.interval
	}
	if modality == claim.Current {
		return c.d.published()
	}
	return claim.Interval{}
}

// saysWhere reports whether the clause of the number at a has a
// locative phrase of its own ("near the border", "to Eastern Europe"): a
// count whose clause says where, even in words that name no place id, is
// not given a place from its context.
func (c *ctx) saysWhere(a int) bool {
	s := c.s
	ca, cb := s.clause(a)
	for k := max(ca, a-maxReach); k < cb && k < a+maxReach; k++ {
		if k > a && s.qty[k] >= 0 && s.qty[k] != s.qty[a] {
			break // the next count's stretch: "2,500 US troops and 1,000 coalition troops in Iraq"
		}
		if l := s.toks[k].Lower; (c.s.g.locatives[l] || l == "near") && k+1 < len(s.toks) && c.npOf[k+1] >= 0 && s.tm[k+1] < 0 && s.qty[k+1] < 0 {
			return true
		}
	}
	return false
}

// openItem is the token after the plural noun phrase a number at the
// token before b counts when the lexicon knows no item there ("ten
// impact points", "39 more submissions"), or b when there is none: a run
// of lower-case nouns, after at most three modifiers, whose last word is
// plural and measures nothing ("14 months").
func (c *ctx) openItem(b int) int {
	s := c.s
	k := b
	for n := 0; k < len(s.toks) && n < 3 && c.modifier(k); n++ {
		k++
	}
	e := k
	for e < len(s.toks) && c.openNoun(e) {
		e++
	}
	if e == k || !c.d.x.g.plural(s.toks[e-1].Lower) || c.d.x.g.measureNouns[s.toks[e-1].Lower] {
		return b
	}
	// "two vehicles carrying ...": the phrase must end there, not run on
	// into a possessive or a hyphenated compound
	if e < len(s.toks) && (s.toks[e].Tag == nlp.Poss || s.toks[e].Text == "-") {
		return b
	}
	return e
}

// openLen is how many nouns of the open item ending at e are its name.
func (c *ctx) openLen(b, e int) int {
	n := 0
	for k := e - 1; k >= b && c.openNoun(k); k-- {
		n++
	}
	return n
}

func (c *ctx) modifier(k int) bool {
	t := c.s.toks[k]
	return t.Tag == nlp.Adj || c.d.x.g.countSkip[t.Lower]
}

// openNoun is a common noun no mention covers.
func (c *ctx) openNoun(k int) bool {
	s := c.s
	t := s.toks[k]
	return (t.Tag == nlp.Noun || t.Tag == nlp.Ger) && !t.Cap && s.ent[k] < 0 && s.person[k] < 0 && s.title[k] < 0 &&
		s.qty[k] < 0 && s.tm[k] < 0 && s.item[k] < 0
}

// openID is the item id of an open item: its words in lower case, joined
// by hyphens ("impact-points").
func openID(text string) string {
	return strings.Join(strings.Fields(strings.ToLower(text)), "-")
}
