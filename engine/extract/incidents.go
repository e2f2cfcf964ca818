package extract

import (
	"strings"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/nlp"
)

// An incident is one violent event as an article tells it, over several
// sentences: "Soleimani was killed in a drone strike at Baghdad airport"
// and, two paragraphs on, "eight people were killed in the attack". A
// tally that names nothing itself belongs to the incident the article
// tells it in, and carries that incident's names (the persons killed, the
// facility hit) so that accounts of the same event in other articles find
// each other even with no date to go by.
//
// An anchor is a claim that names its incident: a kill of a named person,
// an attack on a named facility, a tally that names either. A tally takes
// the names of the anchors of its own sentence, else of the article's
// anchors its date and agent allow, when those all tell one incident.
// Events the sentence gives as a motive ("in retaliation for the killing
// of X") are not where its tallies happened.

// anchor is a claim that names an incident.
type anchor struct {
	ids      []string
	when     claim.Interval
	agent    string
	sentence int // the claim's sentence start
	line     int // and its line: a paragraph of scraped text
	motive   bool
	given    bool // told through "the attack": the incident told before
}

// linkIncidents gives the article's tallies the names of their incident,
// and a tally of persons that names no nationality the one an earlier
// tally of the same action named ("More than 100 U.S. service members have
// been diagnosed ... 109 service members ... had been diagnosed").
func (d *doc) linkIncidents() {
	d.inheritHolders()
	anchors := d.anchors()
	for _, cl := range d.out {
		if cl.Kind != claim.Count || cl.Action == "" {
			continue
		}
		if len(cl.Incident) > 0 {
			// "killing all 10 passengers, including Soleimani" and "al-Muhandis
			// was killed alongside Soleimani": one incident, all its names
			share := sharing(anchors, cl)
			d.adoptWhen(cl, share)
			for _, an := range share {
				for _, id := range an.ids {
					if !containsStr(cl.Incident, id) && len(cl.Incident) < claim.MaxIncident {
						cl.Incident = append(cl.Incident, id)
					}
				}
			}
			continue
		}
		var same, rest []anchor
		for _, an := range anchors {
			if an.motive || !compatible(cl, an) {
				continue
			}
			if an.sentence == cl.Start {
				same = append(same, an)
			} else {
				rest = append(rest, an)
			}
		}
		pick := same
		if len(pick) == 0 {
			pick = rest
		}
		ids, ok := oneIncident(pick)
		if !ok && len(same) == 0 {
			// several incidents in the article: the tally belongs to the
			// one told nearest it, when one is nearest
			if pick, ok = nearest(rest, cl.Start, cl.Line); ok {
				ids = pick[0].ids
			}
		}
		if ok {
			cl.Incident = ids[:min(len(ids), claim.MaxIncident)]
			d.adoptWhen(cl, pick)
		}
	}
	d.inheritEvents()
}

// inheritEvents gives a tally that names neither its incident nor its date
// those of the article's previous tally of the same action and holder:
// "14 additional U.S. service members have been diagnosed ... from an
// Iranian attack earlier this month ... 64 U.S. service members in total
// have been diagnosed" count the victims of one attack.
func (d *doc) inheritEvents() {
	last := map[string]*claim.Claim{}
	for _, cl := range d.out {
		if cl.Kind != claim.Count || cl.Action == "" || cl.Modality == claim.Planned {
			continue
		}
		k := cl.Action + "/" + cl.Holder + "/" + cl.ItemClass
		if len(cl.Incident) > 0 || cl.When.Known {
			last[k] = cl
			continue
		}
		if p := last[k]; p != nil {
			cl.Incident, cl.When = p.Incident, p.When
		}
	}
}

// anchors are the article's claims that name an incident.
func (d *doc) anchors() []anchor {
	var out []anchor
	for _, cl := range d.out {
		if !d.x.g.violent[cl.Action] || cl.Negated || cl.Modality == claim.Planned {
			continue
		}
		an := anchor{when: cl.When, agent: cl.Agent, sentence: cl.Start, line: cl.Line, motive: d.motive[cl], given: d.given[cl]}
		switch {
		case cl.Kind == claim.Count:
			an.ids = cl.Incident
		case cl.Action == "kill" && d.namedPerson(cl.Patient):
			an.ids = []string{cl.Patient}
		case cl.Patient != "" && d.facility(cl.Patient):
			an.ids = []string{cl.Patient}
		}
		// "killed in an airstrike at Baghdad's international airport": the
		// facility where it happened names the incident too
		if len(an.ids) > 0 && cl.Kind == claim.Event && cl.Place != "" && d.facility(cl.Place) {
			an.ids = appendNewIDs(an.ids, []string{cl.Place})
		}
		if len(an.ids) == 0 {
			continue
		}
		// the persons one sentence names as killed together are one
		// incident's names ("X was killed alongside Y")
		// and "the strike also killed Y", "the attack killed them all" tell
		// the incident told before
		if n := len(out); n > 0 && (out[n-1].sentence == an.sentence || an.given) && out[n-1].motive == an.motive && sameIncident(out[n-1], an) {
			out[n-1].ids = appendNewIDs(out[n-1].ids, an.ids)
			continue
		}
		out = append(out, an)
	}
	return out
}

func appendNewIDs(list, add []string) []string {
	for _, id := range add {
		if !containsStr(list, id) {
			list = append(list, id)
		}
	}
	return list
}

// namedPerson reports whether an id names a person: a lexicon person, or
// a name of two words or more the lexicon does not know as anything else.
func (d *doc) namedPerson(id string) bool {
	if id == "" {
		return false
	}
	if e, ok := d.x.lex.Entity(id); ok {
		return e.Type == "person"
	}
	if _, ok := d.x.lex.ItemInfo(id); ok {
		return false
	}
	return strings.Contains(id, "-")
}

// facility reports whether an id names a place small enough to be what
// an attack hit: a base, an airport, a building; not a country or city.
func (d *doc) facility(id string) bool {
	e, ok := d.x.lex.Entity(id)
	return ok && placeTypes[e.Type] && !broadPlace[e.Type] && e.Type != "city"
}

// compatible reports whether a tally can belong to an anchor's incident:
// their dates meet (within a day) and their agents do not differ.
func compatible(cl *claim.Claim, an anchor) bool {
	if cl.When.Known && an.when.Known && !withinDays(cl.When, an.when, 1) {
		return false
	}
	return cl.Agent == "" || an.agent == "" || cl.Agent == an.agent
}

// withinDays reports whether two known intervals meet when each is
// widened by n days.
func withinDays(a, b claim.Interval, n int) bool {
	return !a.From.AddDate(0, 0, -n).After(b.To) && !b.From.AddDate(0, 0, -n).After(a.To)
}

// oneIncident returns the names of the anchors when they all tell one
// incident: there is only one, or each shares a name with one before it
// and none of their dates or agents differ. Two anchors that merely do
// not contradict each other ("a rocket attack on Camp Taji", "a drone
// strike that killed Soleimani", both undated) are two incidents.
func oneIncident(as []anchor) ([]string, bool) {
	if len(as) == 0 {
		return nil, false
	}
	ids := append([]string(nil), as[0].ids...)
	for i := 1; i < len(as); i++ {
		shared := false
		for _, id := range as[i].ids {
			shared = shared || containsStr(ids, id)
		}
		if !shared {
			return nil, false
		}
		ids = appendNewIDs(ids, as[i].ids)
	}
	for i := range as {
		for j := i + 1; j < len(as); j++ {
			if !sameIncident(as[i], as[j]) {
				return nil, false
			}
		}
	}
	return ids, true
}

// nearest is the anchor told closest to the sentence at start, on line,
// when no other is as close and it is in the same paragraph or the one
// next to it.
func nearest(as []anchor, start, line int) ([]anchor, bool) {
	best, dist, tie := -1, 0, false
	for i, an := range as {
		if an.line < line-1 || an.line > line+1 {
			continue
		}
		d := an.sentence - start
		if d < 0 {
			d = -d
		}
		switch {
		case best < 0 || d < dist:
			best, dist, tie = i, d, false
		case d == dist && an.sentence != as[best].sentence:
			tie = true
		}
	}
	if best < 0 || tie {
		return nil, false
	}
	return as[best : best+1], true
}

// sameIncident: two anchors can tell one incident ("Soleimani and
// al-Muhandis were killed"): their dates meet and their agents agree, as
// far as either is known.
func sameIncident(a, b anchor) bool {
	if a.when.Known && b.when.Known && !withinDays(a.when, b.when, 1) {
		return false
	}
	return a.agent == "" || b.agent == "" || a.agent == b.agent
}

// adoptWhen dates a tally by its incident when its own clause did not.
func (d *doc) adoptWhen(cl *claim.Claim, as []anchor) {
	if cl.When.Known {
		return
	}
	for _, an := range as {
		if an.when.Known && (!cl.When.Known || an.when.Grain == claim.Day && cl.When.Grain != claim.Day) {
			cl.When = an.when
		}
	}
}

// noteGiven marks the sentence's violent events told through a definite
// event noun of at most three words ("the attack", "the drone strike"):
// definiteness says the incident is one the article told already, while
// "a drone strike that killed X" brings in a new one.
func (d *doc) noteGiven(c *ctx, from int) {
	s := c.s
	given := false
	for _, p := range c.nps {
		h := p.head()
		if p.e-p.s <= 3 && s.toks[p.s].Lower == "the" && s.act[h] >= 0 && s.toks[h].Tag == nlp.Noun && d.x.g.violent[s.acts[s.act[h]].id] {
			given = true
		}
	}
	if !given {
		return
	}
	for _, cl := range d.out[from:] {
		if cl.Kind == claim.Event && d.x.g.violent[cl.Action] {
			d.given[cl] = true
		}
	}
}

// noteMotives marks the sentence's event claims that stand in a motive
// phrase.
func (d *doc) noteMotives(c *ctx, from int) {
	s := c.s
	for _, cl := range d.out[from:] {
		if cl.Kind != claim.Event {
			continue
		}
		k, _ := s.tokRange(cl.FocusStart-s.base, cl.FocusEnd-s.base)
		for j := k - 1; j >= 0 && j >= k-16; j-- {
			if d.x.g.motiveWords[s.toks[j].Lower] {
				d.motive[cl] = true
				break
			}
			if s.toks[j].Text == "," || s.toks[j].Text == ";" {
				break
			}
		}
	}
}

func (d *doc) inheritHolders() {
	last := map[string]*claim.Claim{}
	for _, cl := range d.out {
		if cl.Kind != claim.Count || cl.Action == "" || cl.ItemClass != "person" {
			continue
		}
		k := cl.Action + "/" + cl.Item
		if cl.Holder != "" {
			last[k] = cl
			continue
		}
		if p := last[k]; p != nil {
			cl.Holder, cl.HolderText = p.Holder, p.HolderText
		}
	}
}

// sharing are the anchors that name the tally's incident and allow its
// agent and date.
func sharing(anchors []anchor, cl *claim.Claim) []anchor {
	var out []anchor
	for _, an := range anchors {
		if an.motive || !compatible(cl, an) {
			continue
		}
		for _, id := range an.ids {
			if containsStr(cl.Incident, id) {
				out = append(out, an)
				break
			}
		}
	}
	return out
}

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// inferPlaces gives a holding that names no place the one its context
// does: a place named for another claim of its sentence ("2,500 US troops
// and 1,000 coalition troops currently based in Iraq"), else the last one
// named in its paragraph ("... the 5,200 American troops stationed
// there"), else the article's main place. PlaceFrom says which, so that a
// rule or a reader can weigh it.
func (d *doc) inferPlaces() {
	para := map[int]int{} // sentence start -> paragraph
	for _, st := range d.a.Sentences {
		para[st.Start] = st.Paragraph
	}
	d.inferEventPlaces()
	var last *claim.Claim // the last claim with a place, in order
	for i, cl := range d.out {
		if cl.Place != "" && (last == nil || cl.Kind != claim.Quote) {
			last = cl
		}
		if !d.placeless[cl] {
			continue
		}
		// a holder's troops are counted abroad: its own country is no answer
		abroad := func(place string) bool { return place != "" && !d.x.lex.Within(place, cl.Holder) && place != cl.Holder }
		switch p := d.placeInSentence(i); {
		case p != nil && abroad(p.Place):
			cl.Place, cl.PlaceText, cl.PlaceFrom = p.Place, p.PlaceText, "sentence"
		case last != nil && para[last.Start] == para[cl.Start] && abroad(last.Place):
			cl.Place, cl.PlaceText, cl.PlaceFrom = last.Place, last.PlaceText, "paragraph"
		default:
			for _, pl := range d.places {
				if abroad(pl) {
					cl.Place, cl.PlaceFrom = pl, "article"
					if e, ok := d.x.lex.Entity(pl); ok {
						cl.PlaceText = e.Name
					}
					break
				}
			}
		}
	}
}

// placeInSentence is another count of claim i's sentence that names a
// place, if any.
func (d *doc) placeInSentence(i int) *claim.Claim {
	cl := d.out[i]
	for _, o := range d.out {
		if o != cl && o.Start == cl.Start && o.Kind == claim.Count && o.Place != "" && o.PlaceFrom == "" {
			return o
		}
	}
	return nil
}

// inferHolders gives a holding that names no holder the one every other
// count of its item in the article names, when there is exactly one ("the
// 2,500 troop level in Afghanistan" in a story about US troops).
func (d *doc) inferHolders() {
	holders := map[string]map[string]string{} // item -> holder -> words
	for _, cl := range d.out {
		if cl.Kind == claim.Count && cl.Holder != "" && cl.Item != "" {
			if holders[cl.Item] == nil {
				holders[cl.Item] = map[string]string{}
			}
			holders[cl.Item][cl.Holder] = cl.HolderText
		}
	}
	for _, cl := range d.out {
		if cl.Kind != claim.Count || cl.Action != "" || cl.Holder != "" || len(holders[cl.Item]) != 1 {
			continue
		}
		for h, text := range holders[cl.Item] {
			cl.Holder, cl.HolderText, cl.HolderFrom = h, text, "article"
		}
	}
}

// inferEventPlaces gives a move that names no place ("US troops invaded
// Iraq in 2003 and withdrew in 2007") the place its sentence gives
// another event of the same agent: its place, or the country it was done
// to. place_from says "sentence".
func (d *doc) inferEventPlaces() {
	for _, cl := range d.out {
		if cl.Kind != claim.Event || cl.Place != "" || cl.PlaceText != "" || cl.Agent == "" || !d.x.frameOf(cl.Action).moves {
			continue
		}
		for _, o := range d.out {
			if o == cl || o.Start != cl.Start || o.Kind != claim.Event || o.Agent != cl.Agent {
				continue
			}
			place := o.Place
			if place == "" {
				if e, ok := d.x.lex.Entity(o.Patient); ok && e.Type == "country" {
					place = o.Patient
				}
			}
			if place != "" && place != cl.Agent {
				cl.Place, cl.PlaceFrom = place, "sentence"
				if e, ok := d.x.lex.Entity(place); ok {
					cl.PlaceText = e.Name
				}
				break
			}
		}
	}
}
