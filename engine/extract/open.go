package extract

import (
	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/nlp"
)

// Open-class events: the lexicon's actions name the events rules know how
// to compare (kill, withdraw, meet), but a story on a new subject has
// verbs the lexicon never heard of: "Kataib Hezbollah supporters stormed
// the US Embassy", "Tueller submitted his credentials to the foreign
// minister", "Iraq's parliament voted to expel US troops". The lexicon
// improves ids; it does not decide whether a claim exists. So a finite
// verb the lexicon has no action for still gives an event, named by its
// WordNet lemma ("storm", "submit", "vote"), when a named participant
// takes part in it: its subject (the agent, or the patient of a passive)
// or its object is an entity or a person. Verbs that name no event of
// their own (be, seem, say, want, ...: the "not-events" word class) give
// none, and a verb of announcing reports what its "that" clause says.

// openEvents builds the events of the sentence's finite verbs that the
// lexicon has no action for.
func (c *ctx) openEvents(used []bool) []event {
	s := c.s
	notEvents := c.d.x.words("not-events")
	var evs []event
	for k := range s.toks {
		t := s.toks[k]
		if used[k] || s.act[k] >= 0 || !(t.Tag == nlp.Verb || t.Tag == nlp.Part) || s.ent[k] >= 0 || s.person[k] >= 0 {
			continue
		}
		lemma, ok := nlp.VerbLemma(t.Lower)
		if !ok || notEvents[lemma] || c.s.g.sayVerbs[t.Lower] || c.s.g.holdVerbs[t.Lower] {
			continue
		}
		if ev, ok := c.openEvent(k, lemma); ok {
			evs = append(evs, ev)
		}
	}
	return evs
}

// openEvent reads the clause of the verb at k.
func (c *ctx) openEvent(k int, lemma string) (event, bool) {
	s := c.s
	g := s.group(k)
	ev := event{action: lemma, negated: g.negated, modality: s.modality(g), a: k, b: k + 1}
	// a participle that describes a phrase ("the troops stationed in
	// Iraq"), a purpose ("to expel") or what is demanded is no event
	if !g.aux && s.toks[k].Tag == nlp.Part && c.reducedRelative(k) {
		return ev, false
	}
	if g.s > 0 && s.toks[g.s-1].Tag == nlp.To || c.demanded(g.s) || c.denied(g.s) {
		return ev, false
	}
	// "help fight ISIS": a bare verb after another verb is its complement
	if g.s == k && k > 0 && (s.toks[k-1].Tag == nlp.Verb || s.toks[k-1].Tag == nlp.Part) {
		return ev, false
	}
	subj := c.subjectOf(g.s)
	_, end := s.clause(k)
	obj := c.objectAfter(k)
	if g.passive {
		if len(subj) > 0 {
			ev.patient = subj[0]
		}
		if p, ok := c.ppAfter(k+1, end, "by"); ok {
			ev.agents = c.conjuncts(p, agentRole)
		}
	} else {
		ev.agents = subj
		if obj.ok() {
			ev.patient = c.resolve(obj, patientRole)
		} else if p, ok := c.ppAfter(k+1, min(end, k+4), "with"); ok {
			ev.patient = c.resolve(p, patientRole) // "speaks with X", "met with X"
		}
	}
	if !named(ev) {
		return ev, false
	}
	c.adjuncts(&ev, k+1, end, make([]bool, len(s.toks)))
	c.when(&ev, k)
	if ev.modality == claim.Current && g.past {
		ev.modality = claim.Past
	}
	return ev, true
}

// named reports whether an open-class event has a participant the
// lexicon or the article names: an entity or a person, as agent or
// patient.
func named(ev event) bool {
	for _, a := range ev.agents {
		if a.id != "" && a.item == "" {
			return true
		}
	}
	return ev.patient.id != "" && ev.patient.item == ""
}

// objectAfter is the noun phrase right after the verb at k (past adverbs
// and particles), or none.
func (c *ctx) objectAfter(k int) np {
	s := c.s
	j := k + 1
	for j < len(s.toks) && (s.toks[j].Tag == nlp.Adv && s.ent[j] < 0) {
		j++
	}
	if j >= len(s.toks) || c.npOf[j] < 0 || s.tm[j] >= 0 || s.toks[j].Tag == nlp.Pron && s.toks[j].Lower == "it" {
		return np{}
	}
	p := c.nps[c.npOf[j]]
	if p.s < j {
		p.s = j
	}
	return p
}
