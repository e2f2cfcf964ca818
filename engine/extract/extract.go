// Package extract turns the sentences of an article into typed claims:
// counts (who holds how many of what, where, as of when), events (who did
// what to whom, with what, where, when), roles (who holds which title) and
// quotes (who said which words).
//
// It works over tokens, not raw strings: engine/nlp tags each sentence, the
// lexicon lays entity, item, action and title mentions over the tokens,
// engine/quantity and a time finder add numbers and dates, and a small
// chunker groups noun phrases and verb groups. The rules then read the frame
// of a clause (the phrase before the verb group, the phrase after it, the
// phrases introduced by "by", "of", "in", "on", ...), so one mechanism covers
// "X killed Y", "Y was killed by X", "the killing of Y by X", "an X strike
// that killed Y" and "when it killed Y". How each action's nominalisation
// maps possessor and "of" phrase to agent or patient is data (frames.go).
//
// # Conventions rules can rely on
//
//   - Ids are the lexicon's canonical ids. A person the lexicon lacks gets
//     the slug of the full name ("joey-hood"); a later surname ("Hood said",
//     "Mr Schenker") resolves to the full name met earlier in the article.
//   - A phrase naming troops by nationality ("US forces", "American
//     soldiers") is the country as agent or holder and the item (troops) as
//     patient: "US forces pulled out" has agent united-states; "the US to
//     pull troops out" has agent united-states and patient troops.
//   - A government body counts for its country as a holder (the Pentagon's
//     troops are united-states'); capitals stand for their government as
//     agent, speaker or holder ("Washington said"), never as a place.
//   - "X and Y held talks", "talks between X and Y", "X met Y": agent X,
//     patient Y. Other coordinated agents give one event each.
//   - Verbs of announcing carry their content: "announced the defeat of
//     ISIS" is a defeat event whose agent is the announcer; "launched an
//     attack on X" is an attack. Purposes ("pressure to withdraw"), demands
//     ("demanding the removal of"), scare-quoted verbs, participles that
//     describe ("troops stationed in Iraq") and hypothetical nouns
//     ("a potential pullout") are not events, nor is what a "that" clause
//     demands ("demanded that French forces leave"). A gerund after
//     "after", "before" or "while" is an event of the main subject ("said
//     after meeting Yoon"). An event with no time of its own in a
//     restrictive relative clause or an "as"/"while"/"when" clause takes
//     its main clause's time; a time that follows an earlier event word of
//     the clause is that event's, not a later one's.
//   - An announcement noun whose "of" phrase names an event ("the
//     announcement of the US troops' drawdown by the Pentagon on September
//     9") is an announce event dated by its clause, with the announced
//     event as patient ("troops-withdraw"); the troop move it announces, or
//     that a decision approves ("approved the redeployment of"), is planned
//     and undated.
//   - An event's place is a place that heads its phrase. A place that only
//     modifies counted sites ("out of three Iraqi bases") names a part of
//     it: the claim keeps place_text with an empty place.
//   - "X-led coalition" with X not the US is X's own coalition
//     ("saudi-arabia-led-coalition"), and a later bare "the coalition"
//     follows it; the lexicon's coalition is the US-led one.
//   - Modality: a modal or "plans/intends/expected to" is planned; a past
//     or past-perfect verb is past; the present and "has had" are current.
//     The from-end of a change ("from 5,200 to 3000") is current as of the
//     sentence's time, the to-end planned; "up from N last year" is past.
//     A possessed or definite figure ("will withdraw its 1,500 soldiers")
//     is current; troops that "have been withdrawn" are past.
//   - A count's place is where the troops are: "in X", the source of a
//     withdrawal ("from X", "out of X"), the destination of a deployment
//     ("to X"), or the subject of "hosts". Its holder is the nationality
//     or possessor in its phrase, the subject of a holding verb (or of a
//     relative clause on its noun), the controller of "plans to send", or
//     for "N of the troops" the holder of the count before.
//   - A count's as_of is the time named in its stretch of the clause, else
//     the publication date when current. Titles are the lexicon's title ids
//     (honorifics such as "Mr" are not titles; "Deputy X" is "deputy-x");
//     a role holds as of publication, or is past after "former". A title
//     without an organisation takes the person's lexicon country, else the
//     country of the side they lead in the clause ("led the US
//     delegation") or are put beside ("the top American diplomat"); never
//     the article's main country alone.
//   - A quotation is anchored on the sentence where it opens and carries
//     all its words, even across sentences; its speaker is a person, an
//     organisation that heads the attribution phrase, a statement's author
//     ("a joint statement from X", or the subject that made it), or else the
//     words of an unnamed source ("senior-us-official"). Quoted stretches
//     under five words that do not end in punctuation are scare quotes.
//   - Headlines (lines without a final full stop) yield no claims unless
//     Options.Headlines is set, except lines that read as sentences: a
//     caption or a sentence cut off where the page was ("Iran's Qasem
//     Soleimani killed in a US drone strike in Iran on January 3, 2020"),
//     ten words or more with a verb, not the article's first line.
//
// Claims never point outside their sentence: Start/End are the sentence's,
// and FocusStart/FocusEnd are clamped into it.
package extract

import (
	"sort"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/engine/article"
	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/lexicon"
	"github.com/claimcheck/claimcheck/engine/nlp"
)

// Options tune extraction.
type Options struct {
	// Times finds and resolves time expressions in a sentence; nil uses
	// engine/timex.
	Times TimeFinder
	// Headlines makes headline lines (no final full stop) yield claims too;
	// by default they do not, since they restate the body.
	Headlines bool
}

// Extractor pulls claims out of articles. It is safe for concurrent use.
type Extractor struct {
	lex  *lexicon.Lexicon
	g    *grammar
	opts Options
}

// New returns an extractor over the lexicon (nil means lexicon.Default()).
func New(lex *lexicon.Lexicon, opts Options) *Extractor {
	if lex == nil {
		lex = lexicon.Default()
	}
	return &Extractor{lex: lex, g: newGrammar(lex), opts: opts}
}

// Text parses text as an article with the given id and publication date
// (zero: undated) and extracts its claims. It is a convenience for tests
// and tools.
func (x *Extractor) Text(id, text string, published time.Time) ([]*claim.Claim, error) {
	a, err := article.Parse(id+".txt", []byte(text), article.Options{Published: published})
	if err != nil {
		return nil, err
	}
	a.ID = id
	return x.Article(a), nil
}

// doc is the state carried from sentence to sentence of one article.
type doc struct {
	x         *Extractor
	a         *article.Article
	mainPlace string
	places    []string // the article's countries, main place first
	ref       timeRef

	persons    map[string]string // lower-cased full name or surname -> person id
	personText map[string]string // person id -> full name
	lastPerson ref               // the last person mentioned as subject or speaker
	lastSubj   ref               // the previous sentence's subject
	docAuthor  ref               // the author of the last statement mentioned

	lastGroup     string                // the last armed or political group named
	ledCoalition  string                // the last "X-led coalition" named, X not the US
	bodies        map[string]string     // "ministry" -> the country whose ministry was last named
	lastFacility  map[string]string     // "base" -> the facility a later "the base" means
	motive        map[*claim.Claim]bool // events given as a motive ("in retaliation for X")
	given         map[*claim.Claim]bool // events told through "the attack": one told before
	placeless     map[*claim.Claim]bool // holdings whose clause says nothing of where
	lastCount     *claim.Claim
	lastQuote     *claim.Claim
	lastQuoteAt   int // sentence index of lastQuote's attribution
	lastQuotePara int
	openQuote     *quoteState

	out []*claim.Claim
}

// Article extracts the claims of one article, in sentence order.
func (x *Extractor) Article(a *article.Article) []*claim.Claim {
	d := &doc{x: x, a: a, persons: map[string]string{}, personText: map[string]string{}, bodies: map[string]string{}, lastFacility: map[string]string{}, motive: map[*claim.Claim]bool{}, given: map[*claim.Claim]bool{}, placeless: map[*claim.Claim]bool{}}
	d.ref = timeRef{date: a.Published, known: a.Dated}
	sents := make([]*sent, 0, len(a.Sentences))
	var floor time.Time // undated: the last full date the text has given
	for i, st := range a.Sentences {
		s := x.analyse(plain(st), st.Start, i, d.ref)
		if !a.Dated {
			floor = s.resolveYearless(floor)
		}
		sents = append(sents, s)
	}
	heads := make([]bool, len(a.Sentences))
	for i, st := range a.Sentences {
		heads[i] = st.Headline
	}
	d.places = x.mainPlaces(sents, heads)
	if len(d.places) > 0 {
		d.mainPlace = d.places[0]
	}
	for i, s := range sents {
		st := a.Sentences[i]
		d.sentence(s, st)
	}
	d.openQuote = nil
	d.linkIncidents()
	d.inferHolders()
	d.inferPlaces()
	for i, c := range d.out {
		c.ID = a.ID + "#" + itoa(i+1)
		claim.Tidy(c)
	}
	return d.out
}

// plain is the sentence as extraction reads it: Markdown markup, link
// targets and bare URLs blanked out, at the same offsets as its text, so
// "https://.../2019/12/5000-troops" yields no date and no count.
func plain(st article.Sentence) string {
	if len(st.Plain) == len(st.Text) {
		return st.Plain
	}
	return st.Text
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return string(b[i:])
}

// stateOf maps a government body to its country for counts, so that "US
// troops" and "the Pentagon is sending troops" share a holder; other ids
// are returned as they are.
func (x *Extractor) stateOf(id string) string {
	e, ok := x.lex.Entity(id)
	if !ok || !(e.Type == "org" || e.Type == "ministry" || e.Type == "government") {
		return id
	}
	for _, c := range x.lex.Containers(id) {
		if ce, ok := x.lex.Entity(c); ok && ce.Type == "country" {
			return c
		}
	}
	return id
}

// mainPlaces are the countries the article is about, most prominent first
// (its main place first): the one most often named
// as a place ("in Iraq", "from Iraq", "out of Iraq"), counted thrice, plus
// every other mention by name (not by demonym), plus a bonus for being
// named in the headline
// ("Chad becomes latest country to expel French troops").
func (x *Extractor) mainPlaces(sents []*sent, heads []bool) []string {
	score := map[string]int{}
	for i, s := range sents {
		inHead := map[string]bool{}
		for _, m := range s.ents {
			// "French troops" name an actor, not what the article is about
			if m.typ != "country" || m.via == lexicon.ViaDemonym {
				continue
			}
			score[m.id]++
			if m.s > 0 {
				prev := s.toks[m.s-1].Lower
				if x.g.locatives[prev] || prev == "of" && m.s > 1 && s.toks[m.s-2].Lower == "out" {
					score[m.id] += 2
				}
			}
			if heads[i] && !inHead[m.id] {
				inHead[m.id] = true
				score[m.id] += 2
			}
		}
	}
	ranked := make([]string, 0, len(score))
	for id := range score {
		ranked = append(ranked, id)
	}
	sort.Slice(ranked, func(i, j int) bool {
		a, b := ranked[i], ranked[j]
		return score[a] > score[b] || score[a] == score[b] && a < b
	})
	return ranked
}

// ledCoalitions tells coalitions apart by who leads them. The lexicon's
// coalition entity is the US-led one; "the Saudi-led coalition" is another,
// named by its leader ("saudi-arabia-led-coalition"), and a bare "the
// coalition" after it in the article is that one too.
func (d *doc) ledCoalitions(s *sent) {
	for i := range s.ents {
		m := &s.ents[i]
		if m.typ != "coalition" && m.typ != "alliance" {
			continue
		}
		head := strings.ToLower(s.toks[m.e-1].Text)
		if m.s > 0 && s.ent[m.s-1] >= 0 {
			x := &s.ents[s.ent[m.s-1]]
			if strings.HasSuffix(strings.ToLower(s.toks[x.e-1].Text), "-led") && x.id != m.id {
				leader := x.id
				if x.standsFor != "" {
					leader = x.standsFor
				}
				if leader == "united-states" {
					x.id, x.typ, x.standsFor = m.id, m.typ, ""
					d.ledCoalition = ""
					continue
				}
				id := leader + "-led-" + head
				x.id, x.typ, x.standsFor, m.id = id, m.typ, "", id
				if head == "coalition" {
					d.ledCoalition = id
				}
				continue
			}
		}
		// "the coalition" after a Saudi-led one is that one; a full name
		// ("the US-led coalition") names the lexicon's again
		switch {
		case m.e-m.s > 1 || m.id != "coalition":
			d.ledCoalition = ""
		case d.ledCoalition != "" && head == "coalition":
			m.id = d.ledCoalition
		}
	}
}

// sentence runs every claim rule over one sentence.
func (d *doc) sentence(s *sent, st article.Sentence) {
	d.learnPersons(s)
	d.ledCoalitions(s)
	if st.Headline && !d.x.opts.Headlines && !s.sentenceLike() {
		return
	}
	nps, npOf := s.chunk()
	c := &ctx{d: d, s: s, st: st, nps: nps, npOf: npOf}
	c.subject = c.firstSubject()
	d.noteDocuments(c)
	d.noteFacilities(s)
	roleFrom := len(d.out)
	d.roles(c)
	d.quotes(c)
	evs := d.events(c)
	c.evs = evs
	d.counts(c, d.tallies(c))
	c.noteBodies()
	from := len(d.out)
	d.emitEvents(c, evs)
	d.noteMotives(c, from)
	d.noteGiven(c, from)
	d.rolesAtDeath(roleFrom)
	for _, m := range s.ents {
		if m.typ == "group" || m.typ == "armed" || m.typ == "militia" {
			d.lastGroup = m.id
		}
	}
	if c.subject.id != "" {
		d.lastSubj = c.subject
		if c.subject.person {
			d.lastPerson = c.subject
		}
	}
}

// ctx is one sentence being worked on.
type ctx struct {
	d       *doc
	s       *sent
	st      article.Sentence
	nps     []np
	npOf    []int
	subject ref     // the subject of the sentence's first clause
	evs     []event // the sentence's events, built before its counts
}

// learnPersons records full names so that later surnames resolve:
// "Joey Hood" ... "Hood said".
func (d *doc) learnPersons(s *sent) {
	for i, m := range s.persons {
		if m.e-m.s >= 2 {
			full := strings.ToLower(m.text)
			if _, ok := d.persons[full]; !ok {
				d.persons[full] = m.id
				d.personText[m.id] = m.text
				last := strings.ToLower(s.toks[m.e-1].Text)
				if _, taken := d.persons[last]; !taken {
					d.persons[last] = m.id
				}
			}
			continue
		}
		_ = i
	}
	// single capitalised words that are a known surname become persons
	for i := range s.toks {
		t := &s.toks[i]
		if !t.Cap || !s.free(i) || s.person[i] >= 0 {
			continue
		}
		if id, ok := d.persons[strings.ToLower(t.Text)]; ok {
			// "Mr Schenker": the honorific joins the name
			a := i
			if i > 0 && d.x.g.honorifics[s.toks[i-1].Lower] {
				a = i - 1
			}
			s.person[i] = len(s.persons)
			if a < i {
				s.person[a] = len(s.persons)
			}
			s.persons = append(s.persons, mention{s: a, e: i + 1, id: id, typ: "person", text: d.personText[id]})
			if t.Tag != nlp.Poss {
				t.Tag = nlp.Proper
			}
		} else if i > 0 && d.x.g.honorifics[s.toks[i-1].Lower] && s.isNameWord(t) {
			id := lexicon.Slug(t.Text)
			s.person[i], s.person[i-1] = len(s.persons), len(s.persons)
			s.persons = append(s.persons, mention{s: i - 1, e: i + 1, id: id, typ: "person", text: t.Text})
			t.Tag = nlp.Proper
		}
	}
}

// newClaim starts a claim on the sentence, focused on tokens [a, b).
func (c *ctx) newClaim(kind string, a, b int) *claim.Claim {
	st, art := c.st, c.d.a
	cl := &claim.Claim{
		Kind: kind, Article: art.ID, Path: art.Path, Outlet: art.Outlet,
		Published: art.Published, Dated: art.Dated,
		Text: st.Text, Start: st.Start, End: st.End, Line: st.Line, Col: st.Col,
		Modality:   claim.Current,
		FocusStart: st.Start, FocusEnd: st.End,
	}
	if a >= 0 && b > a && b <= len(c.s.toks) {
		cl.FocusStart, cl.FocusEnd = c.s.span(a, b)
	}
	clampFocus(cl)
	return cl
}

func clampFocus(cl *claim.Claim) {
	if cl.FocusStart < cl.Start || cl.FocusStart > cl.End {
		cl.FocusStart = cl.Start
	}
	if cl.FocusEnd > cl.End || cl.FocusEnd < cl.FocusStart {
		cl.FocusEnd = cl.End
	}
}

func (d *doc) emit(cl *claim.Claim) { d.out = append(d.out, cl) }

// published is the as-of interval of a current statement.
func (d *doc) published() claim.Interval {
	if !d.a.Dated {
		return claim.Interval{Unresolved: true}
	}
	return claim.DayOf(d.a.Published)
}
