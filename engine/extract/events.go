package extract

import (
	"strings"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/lexicon"
	"github.com/claimcheck/claimcheck/engine/nlp"
)

// event is an event claim being assembled.
type event struct {
	action                string
	agents                []ref
	patient, instr, place ref
	when                  claim.Interval
	negated               bool
	modality              string
	a, b                  int // focus tokens
	// others are more named persons it befell: "X and Y were killed"
	others []ref
}

// events finds verbal triggers first, then nominal ones not already used
// as an instrument or participant of a verbal event. The events are built
// before the sentence's counts (tallies read them) and emitted after.
func (d *doc) events(c *ctx) []event {
	s := c.s
	used := make([]bool, len(s.toks))
	var evs []event
	for _, m := range s.acts {
		if !c.isVerbal(m) {
			continue
		}
		if d.x.g.reportOnly[m.id] {
			if ev, ok := c.announced(m); ok {
				evs = append(evs, ev)
			}
			continue
		}
		if ev, ok := c.verbal(m, used); ok {
			evs = append(evs, ev)
		}
	}
	for _, m := range s.acts {
		if c.isVerbal(m) || used[m.s] {
			continue
		}
		if d.x.g.reportOnly[m.id] {
			if ev, ok := c.announcement(m); ok {
				evs = append(evs, ev)
			}
			continue
		}
		if ev, ok := c.nominal(m); ok {
			evs = append(evs, ev)
		}
	}
	evs = append(evs, c.openEvents(used)...)
	return append(evs, c.coPatients(evs)...)
}

// coPatients: "X and Y were killed" (each conjunct of a passive subject),
// "Soleimani was killed alongside al-Muhandis", "killed X
// along with Y": a person named after a comitative ("comitatives" word
// class: alongside, along with, together with) in the clause of an event
// with a person as patient underwent it too.
func (c *ctx) coPatients(evs []event) []event {
	s := c.s
	var out []event
	for _, ev := range evs {
		if !ev.patient.person {
			continue
		}
		for _, r := range ev.others {
			also := ev
			also.patient, also.others = r, nil
			out = append(out, also)
		}
		_, end := s.clause(ev.a)
		for k := ev.b; k < end && k < ev.b+maxReach; k++ {
			n := c.comitative(k)
			if n == 0 || k+n >= len(s.toks) || c.npOf[k+n] < 0 {
				continue
			}
			for _, r := range c.conjuncts(c.nps[c.npOf[k+n]], patientRole) {
				if r.person && r.id != ev.patient.id {
					also := ev
					also.patient = r
					out = append(out, also)
				}
			}
			break
		}
	}
	return out
}

// comitative returns how many tokens of a comitative start at k ("along
// with": 2, "alongside": 1), or 0.
func (c *ctx) comitative(k int) int {
	s := c.s
	if s.g.comitatives[s.toks[k].Lower] {
		return 1
	}
	if k+1 < len(s.toks) && s.g.comitatives[s.toks[k].Lower+" "+s.toks[k+1].Lower] {
		return 2
	}
	return 0
}

// emitEvents turns the sentence's events into claims, one per named agent.
func (d *doc) emitEvents(c *ctx, evs []event) {
	seen := map[string]bool{}
	for _, ev := range evs {
		agents := ev.agents
		if len(agents) == 0 {
			agents = []ref{{}}
		}
		named := false
		for _, ag := range agents {
			named = named || ag.id != ""
		}
		for _, ag := range agents {
			if named && ag.id == "" && len(agents) > 1 {
				continue // "Turkish troops and their allies": the allies name no one
			}
			key := ev.action + "|" + ag.id + "|" + ev.patient.id + "|" + ev.patient.text
			if seen[key] {
				continue // "advise and assist", "dialog meeting"
			}
			seen[key] = true
			cl := c.newClaim(claim.Event, ev.a, ev.b)
			cl.Action = ev.action
			cl.Agent, cl.AgentText = ag.id, ag.text
			cl.Patient, cl.PatientText = ev.patient.id, ev.patient.text
			cl.Instrument, cl.InstrumentText = ev.instr.id, ev.instr.text
			cl.Place, cl.PlaceText = ev.place.id, ev.place.text
			cl.When = ev.when
			cl.Negated = ev.negated
			cl.Modality = ev.modality
			d.emit(cl)
		}
	}
}

// isVerbal reports whether an action mention is used as a verb here.
func (c *ctx) isVerbal(m mention) bool {
	switch c.s.toks[m.s].Tag {
	case nlp.Verb, nlp.Part, nlp.Ger:
		return true
	}
	return false
}

// verbal builds the event of a verb: subject and object, or by-phrase and
// subject in the passive, with instrument, place and time from the
// clause's prepositional phrases.
func (c *ctx) verbal(m mention, used []bool) (event, bool) {
	s := c.s
	v := m.s
	g, ev := c.verbGroupOf(m)
	prev := -1
	if g.s > 0 {
		prev = g.s - 1
	}
	if c.notAsserted(m, g, prev) {
		return ev, false
	}
	subj, ok := c.subjectFor(m, &g, &ev, prev)
	if !ok {
		return ev, false
	}
	obj := c.verbObject(m)
	f := c.d.x.frameOf(ev.action)
	_, clauseEnd := s.clause(v)
	if c.idiomOrSupport(v, obj, f) {
		return ev, false
	}
	// headline style, "Soleimani killed in a US drone strike": a past form
	// of a verb that takes an object, with none and no auxiliary, is a
	// passive whose "be" was left out
	if !g.aux && !obj.ok() && f.subject != patientRole && f.measured && isPastForm(s.toks[v].Lower) && !c.hasObject(v) && c.headlineStyle(v) {
		g.passive = true
	}
	if g.passive {
		c.passiveParticipants(&ev, subj, f, m.e, clauseEnd)
	} else {
		c.activeParticipants(&ev, subj, obj, f, m.e, clauseEnd, used)
	}
	c.aimedAt(&ev, f, m.e, clauseEnd)
	c.instrumentSubjects(&ev, v, used)
	// "Washington and Baghdad held talks": the second party is the patient
	if f.symmetric && len(ev.agents) == 2 && ev.patient.id == "" && ev.patient.text == "" {
		ev.patient = ev.agents[1]
		ev.agents = ev.agents[:1]
	}
	// "we", "I", "you": the speaker's side, which the claim cannot name
	for _, r := range append(ev.agents, ev.patient) {
		if r.id == "" && c.s.g.firstSecond[strings.ToLower(r.text)] {
			return ev, false
		}
	}
	c.adjuncts(&ev, m.e, clauseEnd, used)
	// "was killed in a US raid": the raid's nationality acts
	if g.passive && len(ev.agents) == 0 && ev.instr.text != "" {
		if p, ok := c.ppAfter(m.e, clauseEnd, "in"); ok {
			if r := c.resolve(p, agentRole); r.instr && r.ent != "" {
				ev.agents = []ref{{id: r.ent, text: r.entText}}
			}
		}
	}
	c.when(&ev, v)
	return ev, ev.hasActor()
}

// verbGroupOf is the verb group of the trigger m and the event it starts:
// an aspectual before it joins the group ("would continue reducing
// forces"), and a coordinated bare verb shares the modal of the group
// before it ("will “transition” and redeploy").
func (c *ctx) verbGroupOf(m mention) (verbGroup, event) {
	s := c.s
	v := m.s
	g := s.group(v)
	if g.s == v && v > 0 && c.s.g.aspectuals[s.toks[v-1].Lower] {
		g2 := s.group(v - 1)
		g.s, g.modal, g.negated, g.past, g.perfect = g2.s, g2.modal, g2.negated, g2.past, g2.perfect
	}
	ev := event{action: m.id, negated: g.negated, modality: s.modality(g), a: m.s, b: m.e}
	if g.s == v && v > 1 && (s.toks[v-1].Lower == "and" || s.toks[v-1].Lower == "or") {
		if mod, ok := c.sharedModality(v - 2); ok {
			ev.modality = mod
		}
	}
	return g, ev
}

// sharedModality is the modality of the modal verb group ending at or
// before k, past scare quotes, for a verb coordinated after it.
func (c *ctx) sharedModality(k int) (string, bool) {
	s := c.s
	for ; k >= 0 && s.toks[k].Tag == nlp.Quote; k-- {
	}
	if k < 0 {
		return "", false
	}
	if t := s.toks[k].Tag; t == nlp.Verb || t == nlp.Noun && k > 0 && s.toks[k-1].Tag == nlp.Quote {
		if g2 := s.group(k); g2.modal != "" {
			return s.modality(g2), true
		}
	}
	return "", false
}

// notAsserted reports verbs whose event the sentence does not assert: a
// scare-quoted verb ("will “transition”") is the source's word; a gerund
// that no clause opener introduces describes ("citing progress"); what is
// demanded or denied has not happened ("demanded that French forces
// leave", "denies it plans to invade"); "troops being pulled out" is not
// asserted either.
func (c *ctx) notAsserted(m mention, g verbGroup, prev int) bool {
	s := c.s
	v := m.s
	if v > 0 && v+1 < len(s.toks) && s.toks[v-1].Tag == nlp.Quote && s.toks[m.e].Tag == nlp.Quote {
		return true
	}
	if s.toks[v].Tag == nlp.Ger && g.s == v && !c.openerGerund(v, g, prev) {
		return true
	}
	if c.demanded(g.s) || c.denied(g.s) {
		return true
	}
	return s.toks[g.s].Lower == "being" || s.toks[g.s].Lower == "be" || prev >= 0 && s.toks[prev].Lower == "being"
}

// openerGerund: "said on Wednesday after meeting Yoon", "by killing X": a
// gerund after a clause opener is an event of the main clause's subject;
// so is one after a word of credit and its "for" ("Iran was responsible
// for killing 608 U.S. troops").
func (c *ctx) openerGerund(v int, g verbGroup, prev int) bool {
	s := c.s
	return s.toks[v].Tag == nlp.Ger && g.s == v && prev >= 0 && (c.s.g.gerundOpeners[s.toks[prev].Lower] ||
		s.toks[prev].Lower == "for" && prev > 0 && c.s.g.creditWords[s.toks[prev-1].Lower])
}

// finiteVerb reports whether the trigger at v heads a finite clause:
// gerunds and participles outside a finite group describe ("troops
// stationed in Iraq"), unless a relative clause or a coordinated finite
// verb stands before them ("jets, which have bombed Yemen since 2015,
// struck", "invaded Iraq in 2003 ... and withdrew in 2007").
func (c *ctx) finiteVerb(v int, g verbGroup, prev int) bool {
	s := c.s
	return g.s < v || s.toks[v].Tag == nlp.Verb ||
		prev > 0 && s.toks[prev].Text == "," && c.relativeBefore(prev) >= 0 ||
		prev > 0 && s.toks[prev].Tag == nlp.Conj && s.toks[v].Tag == nlp.Part && c.finiteBefore(prev)
}

// subjectFor finds who acts (or, for a passive, undergoes) by the shape of
// the clause: the main subject of an opener gerund, the controller or the
// causative's object of an infinitive, the phrase a reduced relative or an
// appositive participle describes, else the subject. It may make g
// passive and change the event's modality; false means no event.
func (c *ctx) subjectFor(m mention, g *verbGroup, ev *event, prev int) ([]ref, bool) {
	s := c.s
	v := m.s
	switch {
	case c.openerGerund(v, *g, prev):
		ev.modality = claim.Past
		subj := c.mainSubject(prev)
		return subj, len(subj) > 0
	case prev >= 0 && s.toks[prev].Tag == nlp.To:
		return c.infinitiveSubject(ev, prev)
	case !c.finiteVerb(v, *g, prev):
		// a reduced relative with a by-phrase is a passive: "X, killed by
		// Y"; so is one set off by a comma after a name: "Qassem Suleimani,
		// killed in a US drone strike on January 3" tells what befell him
		if c.hasBy(m.e) {
			g.passive = true
			return c.phraseBefore(prev), true
		}
		p, ok := c.appositiveOf(v, prev)
		if !ok {
			return nil, false
		}
		g.passive = true
		return []ref{c.resolve(p, patientRole)}, true
	case !g.aux && (s.toks[v].Tag == nlp.Verb || s.toks[v].Tag == nlp.Part) && isPastForm(s.toks[v].Lower) && c.reducedRelative(v):
		// "with its forces deployed", "the mission of US troops deployed in
		// Iraq": a participle after a phrase in a prepositional phrase
		// describes, it does not assert; with a by-phrase it still tells
		// what happened to the phrase ("the al-Asad Airbase targeted by Iran")
		if !c.hasBy(m.e) {
			return nil, false
		}
		g.passive = true
		return c.phraseBefore(prev), true
	}
	return c.subjectOf(g.s), true
}

// phraseBefore is the phrase ending at prev as a patient, if any.
func (c *ctx) phraseBefore(prev int) []ref {
	if p, ok := c.npEndingAt(prev); ok {
		return []ref{c.resolve(p, patientRole)}
	}
	return nil
}

// infinitiveSubject: "led the US to pull troops out": the causative's
// object acts; a planned action's controller acts ("plans to withdraw");
// any other infinitive is a purpose ("to defeat ISIS"), no event.
func (c *ctx) infinitiveSubject(ev *event, prev int) ([]ref, bool) {
	s := c.s
	if o, ok := c.npEndingAt(prev - 1); ok && o.s > 0 && c.s.g.causatives[s.toks[o.s-1].Lower] {
		ev.modality = s.modality(s.group(o.s - 1))
		return []ref{c.resolve(o, agentRole)}, true
	}
	if ev.modality != claim.Planned {
		return nil, false
	}
	return c.controller(prev), true
}

// verbObject is the object after the verb and its particles; coordinated
// verbs share it ("advise and assist Iraqi forces"), and nationalities
// share one head ("Iraqi and Kurdish forces").
func (c *ctx) verbObject(m mention) np {
	s := c.s
	k := c.skipAdverbs(m.e)
	if k+1 < len(s.toks) && (s.toks[k].Lower == "and" || s.toks[k].Lower == "or" || s.toks[k].Lower == "nor") && isVerbish(s.toks[k+1].Tag) {
		k = c.skipAdverbs(k + 2)
	}
	if k >= len(s.toks) || c.npOf[k] < 0 || s.toks[k].Tag == nlp.Pron && (s.toks[k].Lower == "it" || s.toks[k].Lower == "there") {
		return np{}
	}
	obj := c.nps[c.npOf[k]]
	if obj.s < k {
		obj.s = k
	}
	for c.demonymJoined(obj) {
		obj.e = c.nps[c.npOf[obj.e+1]].e
	}
	return obj
}

// demonymJoined: "Iraqi and Kurdish forces": a phrase that is only a
// nationality, joined by "and" to the next phrase, shares its head.
func (c *ctx) demonymJoined(p np) bool {
	s := c.s
	if p.e+1 >= len(s.toks) || s.toks[p.e].Lower != "and" || c.npOf[p.e+1] < 0 || s.ent[p.e-1] < 0 {
		return false
	}
	m := s.ents[s.ent[p.e-1]]
	return m.via == lexicon.ViaDemonym && m.s == p.s
}

// skipAdverbs steps over adverbs that name nothing.
func (c *ctx) skipAdverbs(k int) int {
	s := c.s
	for k < len(s.toks) && s.toks[k].Tag == nlp.Adv && s.ent[k] < 0 {
		k++
	}
	return k
}

// idiomOrSupport: "before leaving office", "will exit politics": a bare
// singular noun after a verb of moving makes an idiom, not a troop
// movement; after a support verb an event noun carries the claim ("carried
// out strikes").
func (c *ctx) idiomOrSupport(v int, obj np, f frame) bool {
	s := c.s
	if f.moves && obj.e-obj.s == 1 && s.toks[obj.s].Tag == nlp.Noun && s.item[obj.s] < 0 && s.ent[obj.s] < 0 && !strings.HasSuffix(s.toks[obj.s].Lower, "s") {
		return true
	}
	return obj.ok() && c.s.g.supportVerbs[s.toks[v].Lower] && s.act[obj.head()] >= 0
}

// passiveParticipants: the subject undergoes (each named conjunct: "X and
// Y were killed"), the by-phrase acts, and troops deployed are deployed by
// their country ("4,000 American troops are deployed").
func (c *ctx) passiveParticipants(ev *event, subj []ref, f frame, from, end int) {
	if len(subj) > 0 {
		ev.patient = c.patientOf(subj[0], f)
	}
	for _, r := range subj[min(1, len(subj)):] {
		if r.person && r.id != "" {
			ev.others = append(ev.others, r)
		}
	}
	if ag, ok := c.ppAfter(from, end, "by"); ok {
		ev.agents = c.conjuncts(ag, agentRole)
	} else if f.moves && len(subj) > 0 && subj[0].item != "" && subj[0].ent != "" {
		ev.agents = []ref{{id: subj[0].ent, text: subj[0].entText}}
	}
}

// activeParticipants: the subject acts and the object undergoes ("killed
// Tehran's most powerful general, Qassem Soleimani": the name set off
// after a description is who it was); a symmetric action without object
// takes its "with" phrase ("met with X").
func (c *ctx) activeParticipants(ev *event, subj []ref, obj np, f frame, from, end int, used []bool) {
	ev.agents = subj
	switch {
	case obj.ok():
		ev.patient = c.patientOf(c.measured(obj, patientRole), f)
		if !ev.patient.person && ev.patient.item == "" {
			if r, ok := c.namedApposition(obj); ok {
				ev.patient = r
			}
		}
		if obj.e > from && c.npOf[obj.s] >= 0 {
			for i := obj.s; i < obj.e; i++ {
				used[i] = true
			}
		}
	case f.symmetric:
		if p, ok := c.ppAfter(from, end, "with"); ok {
			ev.patient = c.resolve(p, patientRole)
		}
	}
}

// instrumentSubjects: "an American drone strike killed X": an instrument
// as subject is the instrument, and its nationality (else the context's
// actor) the agent.
func (c *ctx) instrumentSubjects(ev *event, v int, used []bool) {
	for i, ag := range ev.agents {
		if !ag.instr {
			continue
		}
		ev.instr = ref{id: lexicon.Slug(ag.head), text: ag.text}
		ev.agents[i] = ref{id: ag.ent, text: ag.entText}
		if ag.ent == "" {
			ev.agents[i] = c.contextAgent(v)
		}
		for j := ag.np.s; j < ag.np.e && ag.np.ok(); j++ {
			used[j] = true
		}
	}
}

// mainSubject is the subject of the nearest finite verb before token k.
func (c *ctx) mainSubject(k int) []ref {
	s := c.s
	for j := k - 1; j >= 0 && j >= k-maxReach; j-- {
		if t := s.toks[j]; (t.Tag == nlp.Verb || t.Tag == nlp.Aux || t.Tag == nlp.Modal) && s.ent[j] < 0 {
			return c.subjectOf(s.group(j).s)
		}
	}
	return nil
}

// denied reports whether a verb of denial governs the clause before token
// g, within a few words: "denies it plans to invade", "denied that its
// forces had fired".
func (c *ctx) denied(g int) bool {
	s := c.s
	for k := g - 1; k >= 0 && k >= g-6; k-- {
		t := s.toks[k]
		if t.Text == "," || t.Tag == nlp.Quote || t.Text == ";" {
			return false
		}
		if c.s.g.denialVerbs[t.Lower] {
			return true
		}
	}
	return false
}

// demanded reports whether the clause starting at token g is the "that"
// clause of a demand: "demanded that French forces leave", "urged that".
func (c *ctx) demanded(g int) bool {
	s := c.s
	a, _ := s.clause(g)
	return a > 0 && s.toks[a-1].Lower == "that" && a >= 2 && c.s.g.hypotheticalVerbs[s.toks[a-2].Lower] ||
		a > 1 && s.toks[a-1].Lower == "that" && s.toks[a-2].Tag == nlp.Adv && a >= 3 && c.s.g.hypotheticalVerbs[s.toks[a-3].Lower]
}

// maxReach bounds how far right of a trigger its phrases are looked for:
// a news clause's adjuncts sit well within it, and run-on scraps of
// thousands of words stay linear.
const maxReach = 30

// appositiveOf finds the named phrase a past participle at v, after the
// comma at prev, is set off from: "Suleimani, killed in a strike". The
// participle must take no object of its own (a passive) and the phrase
// must end in a name.
func (c *ctx) appositiveOf(v, prev int) (np, bool) {
	s := c.s
	if prev < 1 || s.toks[prev].Text != "," || s.toks[v].Tag != nlp.Part || c.hasObject(v) {
		return np{}, false
	}
	p, ok := c.npEndingAt(prev - 1)
	if !ok || s.person[p.e-1] < 0 && s.ent[p.e-1] < 0 {
		return np{}, false
	}
	return p, true
}

// aimedAt reads the frame's target phrase ("fired missiles at the base",
// "were launched at Al Asad"): what the action was aimed at is its
// patient, and a munition that stood as patient is the instrument. An
// action with a patient of another kind keeps it ("attacked the convoy at
// the airport": the airport is where).
func (c *ctx) aimedAt(ev *event, f frame, from, end int) {
	s := c.s
	if len(f.target) == 0 || ev.patient.id != "" && c.classOf(ev.patient.id) != "munition" {
		return
	}
	for k := from; k < min(end, from+maxReach) && k+1 < len(s.toks); k++ {
		if s.toks[k].Tag != nlp.Prep || !f.target[s.toks[k].Lower] || c.npOf[k+1] < 0 || s.tm[k+1] >= 0 {
			continue
		}
		q := c.nps[c.npOf[k+1]]
		if ev.patient.id != "" && ev.instr.id == "" {
			ev.instr = ev.patient
		}
		ev.patient = c.patientOf(c.resolve(q, patientRole), f)
		// "at the U.S. and ally-occupied Al Asad military base": of the
		// conjuncts, the facility is what was aimed at
		if q.e < len(s.toks) && s.toks[q.e].Lower == "and" {
			for j := q.e + 1; j < min(len(s.toks), q.e+5); j++ {
				if s.ent[j] >= 0 && c.npOf[j] >= 0 && c.d.facility(s.ents[s.ent[j]].id) {
					ev.patient = c.resolve(c.nps[c.npOf[j]], patientRole)
					break
				}
			}
		}
		// a facility aimed at is where the event happened
		if ev.patient.id != "" && c.d.facility(ev.patient.id) && ev.place.id == "" {
			ev.place = ref{id: ev.patient.id, text: ev.patient.text}
		}
		return
	}
}

// directObject reports whether a noun phrase (not a pronoun or a time)
// follows the verb at v directly.
func (c *ctx) directObject(v int) bool {
	s := c.s
	return v+1 < len(s.toks) && c.npOf[v+1] >= 0 && s.toks[v+1].Tag != nlp.Pron && s.tm[v+1] < 0
}

// reducedRelative reports whether a bare past form at v describes the
// phrase before it rather than asserting: "troops stationed in Iraq mainly
// advise", "has had 5,000 troops stationed", "with its forces deployed",
// "the mission of US troops deployed in Iraq".
func (c *ctx) reducedRelative(v int) bool {
	s := c.s
	j := v - 1
	for j >= 0 && s.toks[j].Tag == nlp.Adv && s.ent[j] < 0 {
		j--
	}
	p, ok := c.npEndingAt(j)
	if !ok || s.toks[p.s].Tag == nlp.Pron {
		return false
	}
	// "a U.S. air strike in Baghdad in January killed top Iranian general
	// X": a participle of a reduced relative takes no direct object, so
	// one after the form makes it finite, whatever phrase stands before
	if c.directObject(v) && isPastForm(s.toks[v].Lower) && s.toks[v].Tag == nlp.Verb {
		return false
	}
	if p.s > 0 {
		switch s.toks[p.s-1].Tag {
		case nlp.Prep:
			// "after an American drone strike killed": a clause, not a phrase
			if !c.s.g.clauseOpeners[s.toks[p.s-1].Lower] {
				return true
			}
		case nlp.Verb, nlp.Aux, nlp.Part, nlp.Ger:
			return true
		}
	}
	// a direct object makes it a finite verb: "The Taliban seized Kabul"
	if c.directObject(v) {
		return false
	}
	// a finite verb later in the clause is the real predicate
	_, end := s.clause(v)
	for k := v + 1; k < end; k++ {
		t := s.toks[k]
		if t.Text == "," || c.s.g.clauseOpeners[t.Lower] {
			break
		}
		if (t.Tag == nlp.Verb || t.Tag == nlp.Aux || t.Tag == nlp.Modal) && s.ent[k] < 0 {
			if k > 0 && s.toks[k-1].Tag == nlp.To {
				continue
			}
			return true
		}
	}
	return false
}

func (ev *event) hasActor() bool {
	for _, a := range ev.agents {
		if a.id != "" {
			return true
		}
	}
	return ev.patient.id != ""
}

// patientOf applies the frame: for actions that move troops, the counted
// item is the patient ("US forces" -> troops).
func (c *ctx) patientOf(r ref, f frame) ref {
	if r.item != "" {
		return ref{id: r.item, text: r.text}
	}
	if f.moves && r.ent != "" && r.item == "" {
		return ref{text: r.text}
	}
	return r
}

// measured looks through "the number of X", "the size of X".
func (c *ctx) measured(p np, role string) ref {
	s := c.s
	// "some 2,500 of its soldiers": a number's "of" phrase is what it counts
	if s.qty[p.head()] >= 0 && p.e+1 < len(s.toks) && s.toks[p.e].Lower == "of" && c.npOf[p.e+1] >= 0 {
		return c.resolve(c.nps[c.npOf[p.e+1]], role)
	}
	if c.s.g.measureHeads[s.toks[p.head()].Lower] && p.e < len(s.toks) && s.toks[p.e].Lower == "of" && p.e+1 < len(s.toks) && c.npOf[p.e+1] >= 0 {
		inner := c.resolve(c.nps[c.npOf[p.e+1]], role)
		if inner.item == "" {
			if r := c.resolve(p, role); r.item != "" {
				return r
			}
		}
		return inner
	}
	return c.resolve(p, role)
}

// adjuncts reads the prepositional phrases after the trigger, up to the
// clause's end: instrument ("in a drone strike", "with"), place ("in",
// "near", "at", "from", "out of").
func (c *ctx) adjuncts(ev *event, from, to int, used []bool) {
	s := c.s
	to = min(to, from+maxReach)
	for k := from; k < to && k < len(s.toks); k++ {
		t := s.toks[k]
		if t.Tag != nlp.Prep && t.Tag != nlp.Adv {
			continue
		}
		if k+1 >= len(s.toks) || c.npOf[k+1] < 0 {
			continue
		}
		p := c.nps[c.npOf[k+1]]
		head := s.toks[p.head()].Lower
		switch {
		case (t.Lower == "in" || t.Lower == "with" || t.Lower == "by") && c.s.g.instrumentHeads[head] && ev.instr.id == "":
			ev.instr = ref{id: lexicon.Slug(c.headWords(p)), text: s.words(p.s, p.e)}
			for j := p.s; j < p.e; j++ {
				used[j] = true
			}
		case c.s.g.locatives[t.Lower] || t.Lower == "near" || t.Lower == "at" || t.Lower == "of" && k > 0 && s.toks[k-1].Lower == "out":
			if ev.place.id != "" || ev.place.text != "" {
				continue
			}
			if r, ok := c.eventPlace(p); ok {
				ev.place = r
			}
		}
		k = p.e - 1
	}
}

// eventPlace reads a phrase after a locative as an event's place. A
// phrase headed by a place names it ("Iraq", "Baghdad International
// Airport", "the country"); one where a place only modifies a counted noun
// ("three Iraqi bases", "US bases in ...") names a part of it, so the event
// keeps the words but no id: a pullout from some bases is not a pullout
// from the country.
func (c *ctx) eventPlace(p np) (ref, bool) {
	s := c.s
	if r, ok := c.possessedPlace(p); ok {
		return r, true
	}
	r := c.resolve(p, "place")
	if r.ent != "" && placeTypes[c.entType(p)] {
		if s.ent[p.head()] < 0 && s.item[p.head()] >= 0 {
			return ref{text: r.text}, true
		}
		return ref{id: r.ent, text: r.text}, true
	}
	if c.isTheCountry(p) && c.d.mainPlace != "" {
		return ref{id: c.d.mainPlace, text: r.text}, true
	}
	return ref{}, false
}

// headWords are the phrase's head noun with the nouns before it, without
// determiners, names and adjectives: "an American drone strike" -> "drone strike".
func (c *ctx) headWords(p np) string {
	s := c.s
	a := p.head()
	for a > p.s && s.toks[a-1].Tag == nlp.Noun && s.ent[a-1] < 0 {
		a--
	}
	return strings.ToLower(s.words(a, p.e))
}

func (c *ctx) entType(p np) string {
	s := c.s
	for k := p.e - 1; k >= p.s; k-- {
		if s.ent[k] >= 0 {
			return s.ents[s.ent[k]].typ
		}
	}
	return ""
}

// isTheCountry: "the country", "the Middle Eastern nation".
func (c *ctx) isTheCountry(p np) bool {
	s := c.s
	h := s.toks[p.head()].Lower
	return (h == "country" || h == "nation") && s.toks[p.s].Lower == "the"
}

// when takes the time of the trigger's clause; "since January, when it
// killed ..." takes the time the "when" clause hangs on.
func (c *ctx) when(ev *event, v int) {
	s := c.s
	a, b := s.clause(v)
	// a non-restrictive relative clause ends at its closing comma:
	// "Al-Shabaab, which seized Baidoa, attacked Mogadishu on Friday"
	if a >= 2 && s.toks[a-1].Tag == nlp.Rel && s.toks[a-2].Text == "," {
		for k := v + 1; k < b; k++ {
			if s.toks[k].Text == "," {
				b = k
				break
			}
		}
	}
	// the first time after the verb, else the nearest before it: "jets,
	// which have bombed Yemen since 2015, struck a prison on Friday"
	best := -1
	for i, t := range s.times {
		if t.s > v && t.e <= b && dates(t.interval) && !c.timeOfSaying(v, t.s) {
			best = i
			break
		}
	}
	if best < 0 {
		for i, t := range s.times {
			if t.s >= a && t.s < v && dates(t.interval) && !c.datesEarlierTrigger(a, t.s, v) && !c.timeOfSaying(a-1, t.s) {
				best = i // the last one before the verb
			}
		}
	}
	if best < 0 && a > 0 && s.toks[a-1].Lower == "when" {
		for k := a - 2; k >= 0 && k >= a-4; k-- {
			if s.tm[k] >= 0 && dates(s.times[s.tm[k]].interval) {
				// "since January, when ...": the event is at the start, January
				ev.when = startOf(s.times[s.tm[k]].interval)
				return
			}
		}
	}
	// "On Friday a drone hit a convoy that carried troops": a restrictive
	// relative clause with no time of its own happens when its main clause
	// does (a non-restrictive ", which ..." clause is background, and keeps
	// no time)
	// "seized Kabul in August 2021 as US troops withdrew": a clause of
	// simultaneity takes its main clause's time the same way
	// "a US drone strike in Baghdad on 3 January that killed Suleimani":
	// the antecedent's own date dates the relative clause's event
	if best < 0 && a >= 2 && s.toks[a-1].Tag == nlp.Rel && s.toks[a-1].Lower != "which" && s.tm[a-2] >= 0 && !c.complement(a-1) {
		if t := s.times[s.tm[a-2]]; dates(t.interval) {
			ev.when = t.interval
			return
		}
	}
	restrictive := a >= 2 && s.toks[a-1].Tag == nlp.Rel && s.toks[a-2].Text != "," && c.npOf[a-2] >= 0 && s.tm[a-2] < 0 && !c.complement(a-1)
	if best < 0 && (restrictive || a >= 2 && c.s.g.simultaneous[s.toks[a-1].Lower]) {
		ma, _ := s.clause(a - 2)
		for i, t := range s.times {
			if t.s >= ma && t.e <= a-1 && dates(t.interval) && !(t.s > 0 && c.s.g.datesOther[s.toks[t.s-1].Lower]) {
				best = i
			}
		}
		if best < 0 {
			// the main clause may go on after the relative one ends
			_, rb := s.clause(v)
			if rb < len(s.toks) && s.toks[rb].Tag != nlp.Rel {
				_, mb := s.clause(rb)
				for i, t := range s.times {
					if t.s >= rb && t.e <= mb && dates(t.interval) {
						best = i
						break
					}
				}
			}
		}
	}
	if best >= 0 {
		ev.when = s.times[best].interval
	}
}

// dates reports whether an interval dates an event: a known one, or a
// day or month written without its year in an undated article ("on 8
// January"), which rules compare by month and day.
func dates(iv claim.Interval) bool {
	return iv.Known || iv.Unresolved && iv.Month > 0
}

// complement reports whether "that" at k opens what a verb of saying or
// announcing reports ("announced in February that France would leave"),
// not a relative clause.
func (c *ctx) complement(k int) bool {
	s := c.s
	ma, _ := s.clause(max(k-1, 0))
	for j := max(ma, k-maxReach); j < k; j++ {
		if l := s.toks[j].Lower; (c.s.g.sayVerbs[l] || c.s.g.reportVerbs[l]) && (s.toks[j].Tag == nlp.Verb || s.toks[j].Tag == nlp.Part) {
			return true
		}
	}
	return false
}

// timeOfSaying reports whether a time at token t, after token v, dates an
// attribution instead: "were attacked 150 times, the Pentagon said on
// Monday", "the rebels said on Tuesday they had fired".
func (c *ctx) timeOfSaying(v, t int) bool {
	s := c.s
	for k := t - 1; k > v && k >= t-3; k-- {
		if c.s.g.sayVerbs[s.toks[k].Lower] && (s.toks[k].Tag == nlp.Verb || s.toks[k].Tag == nlp.Part) {
			return true
		}
	}
	return false
}

// datesEarlierTrigger reports whether a time at token t, before the
// trigger at v, follows another event word of the clause, whose time it
// is: "the announcement of the drawdown on September 9 comes after
// Kadhimi's visit" does not date the visit.
func (c *ctx) datesEarlierTrigger(a, t, v int) bool {
	s := c.s
	// "a U.S. air strike in Baghdad in January killed X": the strike is
	// the verb's subject, the kill its doing; one date dates both
	subj := np{s: -1, e: -1}
	if t >= 2 && s.toks[t-1].Tag == nlp.Prep && !c.finiteBetween(t, v) {
		if p, ok := c.npEndingAt(t - 2); ok {
			subj = c.outOfPP(p)
		}
	}
	// "Attacks have increased since a strike in January killed X": a
	// clause opener before the time starts the clause it dates
	lo := max(a, t-maxReach)
	for k := t - 1; k > lo; k-- {
		if c.s.g.clauseOpeners[s.toks[k].Lower] {
			lo = k + 1
			break
		}
	}
	for k := lo; k < t; k++ {
		if k >= subj.s && k < subj.e {
			continue
		}
		if s.act[k] >= 0 && s.acts[s.act[k]].s == k && !c.s.g.reportOnly[s.acts[s.act[k]].id] || s.act[k] >= 0 && s.acts[s.act[k]].id == "announce" {
			return true
		}
	}
	return false
}

// startOf collapses an open interval ("since January") to the unit it
// starts with ("January").
func startOf(iv claim.Interval) claim.Interval {
	if !iv.Open {
		return iv
	}
	to := iv.From
	switch iv.Grain {
	case claim.Month:
		to = iv.From.AddDate(0, 1, -1)
	case claim.Year:
		to = iv.From.AddDate(1, 0, -1)
	case claim.Week:
		to = iv.From.AddDate(0, 0, 6)
	case claim.Quarter:
		to = iv.From.AddDate(0, 3, -1)
	case claim.Decade:
		to = iv.From.AddDate(10, 0, -1)
	}
	return claim.Interval{From: iv.From, To: to, Grain: iv.Grain, Known: true}
}

// nominal builds the event of a nominalisation: "the killing of Y by X",
// "Daesh's defeat", "U.S. strikes on militias", "the 2003 invasion",
// "talks between X and Y".
func (c *ctx) nominal(m mention) (event, bool) {
	s := c.s
	ev := event{action: m.id, modality: claim.Past, a: m.s, b: m.e}
	if c.npOf[m.s] < 0 {
		return ev, false
	}
	p := c.nps[c.npOf[m.s]]
	f := c.d.x.frameOf(m.id)
	// hypothetical or negated nominals are not asserted
	if c.demanded(m.s) {
		return ev, false
	}
	for k := p.s; k < m.s; k++ {
		if c.s.g.hypothetical[s.toks[k].Lower] {
			return ev, false
		}
	}
	for k := p.s - 1; k >= 0 && k >= p.s-5; k-- {
		if c.s.g.hypotheticalVerbs[s.toks[k].Lower] {
			return ev, false
		}
		if t := s.toks[k].Tag; t != nlp.Prep && t != nlp.Det && t != nlp.Adj && t != nlp.Conj && t != nlp.Noun {
			break
		}
	}
	if m.e != p.e && s.item[p.e-1] < 0 {
		// the action word modifies another noun ("strike force"): no event
		if !(s.act[p.e-1] >= 0) {
			return ev, false
		}
	}
	// possessor
	if p.poss >= 0 && p.poss < m.s {
		pr := c.resolve(np{s: p.s, e: p.poss, poss: -1}, f.poss)
		if pr.item != "" {
			ev.patient = ref{id: pr.item, text: pr.text}
			if pr.ent != "" {
				ev.agents = []ref{{id: pr.ent, text: pr.text}}
			}
		} else if f.poss == patientRole {
			ev.patient = pr
		} else {
			ev.agents = []ref{pr}
			// "Biden and al-Kadhimi's meeting"
			if f.symmetric && p.s >= 2 && s.toks[p.s-1].Lower == "and" {
				if q, ok := c.npEndingAt(p.s - 2); ok {
					ev.agents = []ref{c.resolve(q, agentRole)}
					ev.patient = pr
				}
			}
		}
	} else {
		// a nationality or name modifying the noun acts: "U.S. strikes"
		for k := p.s; k < m.s; k++ {
			if s.ent[k] >= 0 && actorType(s.ents[s.ent[k]].typ) && !excludedModifier(s.toks[s.ents[s.ent[k]].s].Text, s.toks[s.ents[s.ent[k]].e-1].Text) {
				e := s.ents[s.ent[k]]
				id := e.id
				if e.standsFor != "" {
					id = e.standsFor
				}
				ev.agents = []ref{{id: id, text: e.text}}
				break
			}
		}
	}
	// a year inside the phrase: "the 2003 invasion", "the 2008 SFA"
	for k := p.s; k < p.e; k++ {
		if s.tm[k] >= 0 && s.times[s.tm[k]].interval.Known {
			ev.when = s.times[s.tm[k]].interval
		}
	}
	_, end := s.clause(m.s)
	// "of X" and "by X", "on X", "between X and Y", "to X"
	k := p.e
	for k < end && k < len(s.toks) {
		t := s.toks[k]
		if t.Tag != nlp.Prep || k+1 >= len(s.toks) || c.npOf[k+1] < 0 {
			break
		}
		q := c.nps[c.npOf[k+1]]
		switch t.Lower {
		case "of":
			if f.of == agentRole {
				if len(ev.agents) == 0 {
					ev.agents = c.conjuncts(q, agentRole)
				}
				break
			}
			if ev.patient.id == "" && ev.patient.text == "" {
				r := c.measured(q, patientRole)
				ev.patient = c.patientOf(r, f)
				// "the withdrawal of American forces": the nationality acts
				if f.moves && r.item != "" && r.ent != "" && len(ev.agents) == 0 {
					ev.agents = []ref{{id: r.ent, text: r.entText}}
				}
			}
		case "by":
			if len(ev.agents) == 0 {
				ev.agents = c.conjuncts(q, agentRole)
			}
		case "on", "against":
			if ev.patient.id == "" {
				ev.patient = c.patientOf(c.resolve(q, patientRole), f)
			}
		case "at":
			// "the missile attack at al-Asad Air Base": aimed at it, and there
			if f.target["at"] && ev.patient.id == "" {
				ev.patient = c.patientOf(c.resolve(q, patientRole), f)
			}
			if r, ok := c.eventPlace(q); ok && ev.place.id == "" && ev.place.text == "" {
				ev.place = r
			}
		case "with":
			if f.symmetric && ev.patient.id == "" {
				ev.patient = c.resolve(q, patientRole)
			}
		case "between":
			cs := c.conjuncts(q, agentRole)
			if len(cs) >= 2 {
				ev.agents = cs[:1]
				ev.patient = cs[1]
			}
		case "in", "near", "from", "to", "into":
			if ev.place.id == "" && ev.place.text == "" {
				if r, ok := c.eventPlace(q); ok {
					ev.place = r
				}
			}
		}
		k = q.e
	}
	if len(ev.agents) == 0 || supportedBy(ev.agents) {
		// the object of "announced", "carried out": the subject acts
		if p.s > 0 {
			j := p.s - 1
			for j >= 0 && (s.toks[j].Tag == nlp.Adv || s.toks[j].Tag == nlp.Rel) {
				j--
			}
			if j >= 0 && c.s.g.reportVerbs[s.toks[j].Lower] && (len(ev.agents) == 0 || c.s.g.supportVerbs[s.toks[j].Lower]) {
				g := s.group(j)
				if subj := c.subjectOf(g.s); len(ev.agents) == 0 || len(subj) > 0 && subj[0].id != "" {
					ev.agents = subj
				}
				ev.modality = s.modality(g)
				if ev.modality == claim.Current {
					ev.modality = claim.Past
				}
			}
		}
	}
	inPhrase := ev.when.Known
	decided := p.s > 0 && c.s.g.decisionVerbs[s.toks[p.s-1].Lower]
	if _, ok := c.announcedBy(p); ok && f.moves || decided && f.moves {
		// "the announcement of the drawdown ... on September 9": the date
		// is the announcement's; the drawdown is what it plans
		ev.modality = claim.Planned
		if !ev.hasActor() {
			return ev, false
		}
		return ev, true
	}
	if !ev.when.Known {
		if c.background(p) {
			// only its own circumstances date it: "the killing of X during
			// a January 2 drone strike"
			c.whenAfter(&ev, p.e)
		} else {
			c.when(&ev, m.s)
		}
	}
	// a nominal needs a participant, or a date of its own ("the 2003 invasion")
	if !ev.hasActor() && !inPhrase {
		return ev, false
	}
	// a bare plural with nothing but a time is too vague ("the attacks")
	return ev, true
}

// announcedBy reports whether the phrase p is the "of" phrase of an
// announcement noun ("the announcement of the US troops' drawdown"), and
// returns that noun's phrase.
func (c *ctx) announcedBy(p np) (np, bool) {
	s := c.s
	if p.s < 2 || s.toks[p.s-1].Lower != "of" || c.npOf[p.s-2] < 0 {
		return np{}, false
	}
	q := c.nps[c.npOf[p.s-2]]
	if h := q.head(); s.act[h] >= 0 && s.acts[s.act[h]].id == "announce" && s.acts[s.act[h]].e == q.e {
		return q, true
	}
	return np{}, false
}

// announcement builds the event of an announcement noun whose "of" phrase
// names an event: "the recent announcement of the US troops' drawdown in
// Iraq by the Pentagon on September 9" is the Pentagon announcing, on
// September 9, a US withdrawal (which nominal reads as planned). The
// patient is what was announced, as "<patient>-<action>" ("troops-withdraw",
// "isis-defeat"), so that announcements of different things never share a
// key. Announcements without an event noun, and verbs of announcing (which
// carry their content, see reportVerbs), give no announce event.
func (c *ctx) announcement(m mention) (event, bool) {
	s := c.s
	ev := event{action: "announce", modality: claim.Past, a: m.s, b: m.e}
	if m.id != "announce" || c.npOf[m.s] < 0 {
		return ev, false
	}
	p := c.nps[c.npOf[m.s]]
	if p.head() != m.e-1 || p.e >= len(s.toks) || s.toks[p.e].Lower != "of" || p.e+1 >= len(s.toks) || c.npOf[p.e+1] < 0 {
		return ev, false
	}
	for k := p.s; k < m.s; k++ {
		if c.s.g.hypothetical[s.toks[k].Lower] {
			return ev, false
		}
	}
	q := c.nps[c.npOf[p.e+1]]
	h := q.head()
	if s.act[h] < 0 || c.s.g.reportOnly[s.acts[s.act[h]].id] || s.acts[s.act[h]].e != q.e {
		return ev, false
	}
	content, ok := c.nominal(s.acts[s.act[h]])
	if !ok {
		return ev, false
	}
	// who announced: the possessor ("the Pentagon's announcement"), a name
	// modifying the noun ("the US announcement"), or a by-phrase after the
	// content and its place
	if p.poss >= 0 && p.poss < m.s {
		ev.agents = []ref{c.resolve(np{s: p.s, e: p.poss, poss: -1}, agentRole)}
	} else {
		for k := p.s; k < m.s; k++ {
			if s.ent[k] >= 0 && actorType(s.ents[s.ent[k]].typ) {
				e := s.ents[s.ent[k]]
				id := e.id
				if e.standsFor != "" {
					id = e.standsFor
				}
				ev.agents = []ref{{id: id, text: e.text}}
				break
			}
		}
	}
	_, end := s.clause(m.s)
	if len(ev.agents) == 0 {
		for k := q.e; k < end && k+1 < len(s.toks) && s.toks[k].Tag == nlp.Prep && c.npOf[k+1] >= 0; {
			r := c.nps[c.npOf[k+1]]
			if s.toks[k].Lower == "by" {
				ev.agents = c.conjuncts(r, agentRole)
				break
			}
			k = r.e
		}
	}
	what := content.action
	if content.patient.id != "" {
		what = content.patient.id + "-" + what
	}
	ev.patient = ref{id: what, text: s.words(q.s, q.e)}
	ev.place = content.place
	c.when(&ev, m.s)
	if !ev.hasActor() || !ev.when.Known {
		return ev, false
	}
	return ev, true
}

// supportedBy reports whether the agents found so far name nothing known
// ("strikes on facilities used by groups"), so that the subject of a
// support verb ("jets carried out strikes") may take their place.
func supportedBy(agents []ref) bool {
	for _, a := range agents {
		if a.id != "" {
			return false
		}
	}
	return true
}

// ppAfter finds the first phrase introduced by prep after token from,
// before to.
func (c *ctx) ppAfter(from, to int, prep string) (np, bool) {
	s := c.s
	to = min(to, from+maxReach)
	for k := from; k < to && k+1 < len(s.toks); k++ {
		if s.toks[k].Lower == prep && c.npOf[k+1] >= 0 {
			return c.nps[c.npOf[k+1]], true
		}
	}
	return np{}, false
}

func (c *ctx) hasBy(from int) bool {
	s := c.s
	for k := from; k < len(s.toks) && k < from+6; k++ {
		if s.toks[k].Lower == "by" {
			return true
		}
		if s.boundary(k) {
			return false
		}
	}
	return false
}

// contextAgent finds who acts for an instrument with no nationality: "U.S.
// strikes on militias and an airstrike that killed X" -> the US.
func (c *ctx) contextAgent(v int) ref {
	s := c.s
	for k := v - 1; k >= 0; k-- {
		if s.act[k] >= 0 || c.s.g.instrumentHeads[s.toks[k].Lower] {
			if c.npOf[k] < 0 {
				continue
			}
			p := c.nps[c.npOf[k]]
			r := c.resolve(p, agentRole)
			if r.ent != "" {
				return ref{id: r.ent, text: r.entText}
			}
		}
	}
	return ref{}
}

// announced builds the event of a verb of announcing whose content is no
// event noun ("declared the end of the Islamic State", "announced that all
// remaining territory had been retaken"): an announcement by its subject,
// of the object or of what the "that" clause is about. Verbs of saying
// are quotes' and roles' business, and an event noun as object ("announced
// the defeat of ISIS") is that event, read by nominal.
func (c *ctx) announced(m mention) (event, bool) {
	s := c.s
	ev := event{action: m.id, a: m.s, b: m.e}
	if m.id != "announce" {
		return ev, false
	}
	g := s.group(m.s)
	ev.negated, ev.modality = g.negated, s.modality(g)
	if g.s > 0 && s.toks[g.s-1].Tag == nlp.To || c.demanded(g.s) || c.denied(g.s) {
		return ev, false
	}
	obj := c.objectAfter(m.e - 1)
	k := m.e
	if k < len(s.toks) && s.toks[k].Lower == "that" {
		obj = c.objectAfter(k) // the "that" clause's subject
	}
	if obj.ok() {
		if h := obj.head(); s.act[h] >= 0 && !c.d.x.g.reportOnly[s.acts[s.act[h]].id] {
			return ev, false // "announced the withdrawal of": the withdrawal
		}
		ev.patient = c.resolve(obj, patientRole)
	}
	ev.agents = c.subjectOf(g.s)
	// an announcement is by someone named, of something said
	if len(ev.agents) == 0 || ev.agents[0].id == "" || ev.agents[0].item != "" || ev.patient.text == "" {
		return ev, false
	}
	_, end := s.clause(m.s)
	c.adjuncts(&ev, m.e, end, make([]bool, len(s.toks)))
	c.when(&ev, m.s)
	if ev.modality == claim.Current {
		ev.modality = claim.Past
	}
	return ev, true
}

// background reports whether a nominal event's phrase p stands where its
// clause's time is not its own: after a preposition that sets it before or
// apart ("assumed office in May, following the US killing of Soleimani",
// "background-preps"), or as what an anniversary, a retaliation or an
// aftermath is of or for ("marked the anniversary of the killing",
// "background-heads").
func (c *ctx) background(p np) bool {
	s := c.s
	k := p.s - 1
	for k >= 0 && (s.toks[k].Tag == nlp.Det || s.toks[k].Tag == nlp.Adj) {
		k--
	}
	if k < 0 {
		return false
	}
	if s.g.backgroundPreps[s.toks[k].Lower] {
		return true
	}
	if (s.toks[k].Lower == "of" || s.toks[k].Lower == "for" || s.toks[k].Lower == "to") && k > 0 {
		return s.g.backgroundHeads[s.toks[k-1].Lower]
	}
	return false
}

// headlineStyle reports whether the past form at v reads as a passive
// without "be": a preposition of the event's circumstances follows it
// ("killed in a strike", "killed by", "killed near"), not a clause.
func (c *ctx) headlineStyle(v int) bool {
	s := c.s
	e := v + 1
	if s.act[v] >= 0 {
		e = s.acts[s.act[v]].e
	}
	if e >= len(s.toks) {
		return true
	}
	switch s.toks[e].Lower {
	case "in", "by", "at", "near", "during", "on", "after", "when", ",", ".":
		return true
	}
	return false
}

// finiteBefore reports whether a finite verb stands before token k in the
// sentence.
func (c *ctx) finiteBefore(k int) bool {
	s := c.s
	for j := k - 1; j >= 0 && j >= k-maxReach; j-- {
		if t := s.toks[j]; (t.Tag == nlp.Verb || t.Tag == nlp.Aux) && s.ent[j] < 0 {
			return true
		}
	}
	return false
}

// possessedPlace reads "Baghdad's international airport": a facility
// named by its place's possessive is the lexicon's facility of that name
// ("Baghdad International Airport"), else at least in that place.
func (c *ctx) possessedPlace(p np) (ref, bool) {
	s := c.s
	if p.poss <= p.s || facilityHead(s.toks[p.head()].Lower) == "" {
		return ref{}, false
	}
	owner := c.resolve(np{s: p.s, e: p.poss, poss: -1}, "place")
	e, ok := c.d.x.lex.Entity(owner.ent)
	if owner.ent == "" || !ok || !placeTypes[e.Type] {
		return ref{}, false
	}
	text := s.words(p.s, p.e)
	if m, ok := c.d.x.lex.Lookup(s.words(p.s, p.poss) + " " + s.words(p.poss+1, p.e)); ok {
		return ref{id: m.ID, text: text}, true
	}
	return ref{id: owner.ent, text: text}, true
}

// whenAfter dates an event by the first time in its clause after token k,
// unless a finite verb comes first (the time is then that verb's).
func (c *ctx) whenAfter(ev *event, k int) {
	s := c.s
	_, end := s.clause(k)
	for j := k; j < end && j < k+maxReach; j++ {
		if t := s.toks[j].Tag; (t == nlp.Verb || t == nlp.Aux) && s.tm[j] < 0 {
			return
		}
		if s.tm[j] >= 0 {
			if iv := s.times[s.tm[j]].interval; iv.Known || iv.Month > 0 {
				ev.when = iv
			}
			return
		}
	}
}
