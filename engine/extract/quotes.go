package extract

import (
	"strings"

	"github.com/claimcheck/claimcheck/engine/article"
	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/lexicon"
	"github.com/claimcheck/claimcheck/engine/nlp"
)

// quoteState is a quotation being read; it may run over several sentences
// ("“We are there at their invitation. And, so, ...,” Hood said.").
type quoteState struct {
	st        article.Sentence // the sentence it opens in: the claim's sentence
	a, b      int              // focus: file offsets of the quoted words in that sentence
	parts     []string
	opener    *ctx // where it opened, to look for "X said: “..."
	openTok   int
	paragraph int
}

// minQuoteWords: shorter quoted stretches are scare quotes or titles
// ("will “transition”", "“in the coming months”"), not quotations, unless
// they end in punctuation as a full sentence does ("“It is holding,” he said").
const minQuoteWords = 5

// quotes reads the quotation marks of one sentence.
func (d *doc) quotes(c *ctx) {
	s := c.s
	for k, t := range s.toks {
		if t.Tag != nlp.Quote {
			continue
		}
		open := t.Text == "“" || t.Text == "„" || t.Text == "«" || t.Text == "\"" && d.openQuote == nil
		if d.openQuote == nil && open {
			d.openQuote = &quoteState{st: c.st, opener: c, openTok: k, paragraph: c.st.Paragraph, a: -1}
			continue
		}
		if d.openQuote == nil {
			continue // a stray closing mark
		}
		if open && t.Text != "\"" {
			// a new opening while one is open: the old one was never closed
			d.openQuote = &quoteState{st: c.st, opener: c, openTok: k, paragraph: c.st.Paragraph, a: -1}
			continue
		}
		d.closeQuote(c, k)
	}
	if q := d.openQuote; q != nil {
		// the quotation runs on past this sentence
		from := 0
		if q.opener == c {
			from = q.openTok + 1
		}
		d.addPart(c, from, len(s.toks))
		if c.st.Paragraph != q.paragraph {
			d.openQuote = nil // a quotation never runs over a paragraph break unclosed
		}
	}
}

// addPart adds tokens [a, b) of the sentence to the open quotation.
func (d *doc) addPart(c *ctx, a, b int) {
	q, s := d.openQuote, c.s
	if b <= a {
		return
	}
	q.parts = append(q.parts, strings.TrimSpace(s.words(a, b)))
	if q.st.Start == c.st.Start && q.a < 0 {
		q.a, q.b = s.span(a, b)
	}
}

// closeQuote ends the open quotation at token k and attributes it.
func (d *doc) closeQuote(c *ctx, k int) {
	q, s := d.openQuote, c.s
	from := 0
	if q.opener == c {
		from = q.openTok + 1
	}
	d.addPart(c, from, k)
	d.openQuote = nil
	text := strings.TrimSpace(strings.Join(q.parts, " "))
	if n := len(strings.Fields(text)); n < minQuoteWords && !(n >= 3 && strings.ContainsAny(text[len(text)-1:], ",.!?")) {
		return // a scare quote or a title; a short full sentence ends in punctuation
	}
	speaker, ok := c.attributionAfter(k)
	if !ok && q.opener != nil {
		speaker, ok = q.opener.attributionBefore(q.openTok)
	}
	if !ok && d.lastQuote != nil && c.s.idx-d.lastQuoteAt <= 2 && q.paragraph-d.lastQuotePara <= 1 {
		// a quotation right after an attributed one continues it
		speaker, ok = ref{id: d.lastQuote.Speaker, text: d.lastQuote.SpeakerText}, true
	}
	if !ok {
		return
	}
	cl := &claim.Claim{
		Kind: claim.Quote, Article: d.a.ID, Path: d.a.Path, Outlet: d.a.Outlet,
		Published: d.a.Published, Dated: d.a.Dated,
		Text: q.st.Text, Start: q.st.Start, End: q.st.End, Line: q.st.Line, Col: q.st.Col,
		Modality: claim.Current, FocusStart: q.a, FocusEnd: q.b,
		Speaker: speaker.id, SpeakerText: speaker.text, Quote: text,
	}
	clampFocus(cl)
	d.emit(cl)
	d.lastQuote, d.lastQuoteAt = cl, s.idx
	d.lastQuotePara = q.paragraph
	if speaker.person {
		d.lastPerson = speaker
	}
}

// attributionAfter reads ", Hood said", ", said Joey Hood", ", read a joint
// statement from X", ", the statement read" after a closing mark.
func (c *ctx) attributionAfter(k int) (ref, bool) {
	s := c.s
	j := k + 1
	for j < len(s.toks) && s.toks[j].Tag == nlp.Punct && s.toks[j].Text == "," {
		j++
	}
	if j >= len(s.toks) {
		return ref{}, false
	}
	// say-verb first: "said Joey Hood", "according to the minister"
	if c.s.g.sayVerbs[s.toks[j].Lower] {
		o := j + 1
		if o+1 < len(s.toks) && s.toks[o].Lower == "to" {
			o++
		}
		if o < len(s.toks) && c.npOf[o] >= 0 {
			return c.speaker(c.nps[c.npOf[o]]), true
		}
	}
	// phrase then say-verb: "Hood said", "a statement by Iraqi defense ministry reads"
	if c.npOf[j] >= 0 {
		p := c.nps[c.npOf[j]]
		v := p.e
		// an apposition names the source: "the spokesman, John Smith, said"
		if v+2 < len(s.toks) && s.toks[v].Text == "," && c.npOf[v+1] >= 0 {
			q := c.nps[c.npOf[v+1]]
			if q.e+1 < len(s.toks) && s.toks[q.e].Text == "," && c.s.g.sayVerbs[s.toks[q.e+1].Lower] {
				if r := c.resolve(q, "speaker"); r.person {
					return r, true
				}
				return c.speaker(p), true
			}
		}
		// "a statement by X reads": the by-phrase belongs to the phrase
		for v+1 < len(s.toks) && s.toks[v].Tag == nlp.Prep && c.npOf[v+1] >= 0 && v-p.e < 8 {
			v = c.nps[c.npOf[v+1]].e
		}
		for v < len(s.toks) && (s.toks[v].Tag == nlp.Adv || s.toks[v].Tag == nlp.Aux) {
			v++
		}
		if v < len(s.toks) && c.s.g.sayVerbs[s.toks[v].Lower] {
			return c.speaker(p), true
		}
	}
	return ref{}, false
}

// attributionBefore reads "X said:", "X said that", "X told Y that they
// had" before an opening mark.
func (c *ctx) attributionBefore(k int) (ref, bool) {
	s := c.s
	for j := k - 1; j >= 0 && j >= k-40; j-- {
		if s.toks[j].Tag == nlp.Quote {
			break
		}
		// "According to Prime Minister X, “...”"
		if s.toks[j].Lower == "according" && j+2 < k && s.toks[j+1].Lower == "to" && c.npOf[j+2] >= 0 {
			return c.speaker(c.nps[c.npOf[j+2]]), true
		}
		if c.s.g.sayVerbs[s.toks[j].Lower] && (s.toks[j].Tag == nlp.Verb || s.toks[j].Tag == nlp.Part || s.toks[j].Tag == nlp.Noun) {
			g := s.group(j)
			for _, r := range c.subjectOf(g.s) {
				if p := r.np; p.ok() {
					return c.speaker(p), true
				}
				if r.id != "" {
					return r, true
				}
			}
			return ref{}, false
		}
	}
	return ref{}, false
}

// speaker resolves who a phrase of attribution names: a person, a pronoun,
// an organisation, a statement's author, or an unnamed source by its words.
func (c *ctx) speaker(p np) ref {
	s := c.s
	r := c.resolve(p, "speaker")
	if r.person || r.pronoun != "" {
		return r
	}
	// an entity speaks when it heads the phrase ("the State Department",
	// "Washington"); "a senior US official" and "Iraqi defense ministry"
	// are sources of their own, named by their words
	if r.id != "" && !c.s.g.docHeads[s.toks[p.head()].Lower] {
		if s.ent[p.head()] >= 0 {
			return r
		}
		if p.e-p.s == 1 || s.toks[p.s].Tag == nlp.Pron {
			return r
		}
		return ref{id: slugWords(s, p), text: r.text}
	}
	if c.s.g.docHeads[s.toks[p.head()].Lower] {
		// "a joint statement from Trump and Kadhimi", "a statement by Iraqi defense ministry"
		if p.e+1 < len(s.toks) && (s.toks[p.e].Lower == "from" || s.toks[p.e].Lower == "by" || s.toks[p.e].Lower == "of") && c.npOf[p.e+1] >= 0 {
			q := c.nps[c.npOf[p.e+1]]
			if as := c.conjuncts(q, "speaker"); len(as) > 0 {
				a := as[0]
				if a.id == "" {
					a.id = slugWords(s, q)
				}
				c.d.docAuthor = a
				return a
			}
		}
		if p.poss >= 0 {
			if a := c.resolve(np{s: p.s, e: p.poss, poss: -1}, "speaker"); a.id != "" {
				return a
			}
		}
		if c.d.docAuthor.id != "" {
			return c.d.docAuthor
		}
		return ref{id: slugWords(s, p), text: r.text}
	}
	if r.id == "" {
		r.id = slugWords(s, p)
	}
	return r
}

// slugWords is an id for an unnamed source: its words without
// determiners ("A senior US official" -> "senior-us-official").
func slugWords(s *sent, p np) string {
	a := p.s
	for a < p.e && (s.toks[a].Tag == nlp.Det) {
		a++
	}
	return lexicon.Slug(s.words(a, p.e))
}

// noteDocuments remembers who issued a statement mentioned outside
// quotation marks: "a joint statement from Washington and Baghdad", "X made
// the announcement in a joint statement".
func (d *doc) noteDocuments(c *ctx) {
	s := c.s
	for _, p := range c.nps {
		if !d.x.g.docHeads[s.toks[p.head()].Lower] {
			continue
		}
		if p.e+1 < len(s.toks) && (s.toks[p.e].Lower == "from" || s.toks[p.e].Lower == "by") && c.npOf[p.e+1] >= 0 {
			q := c.nps[c.npOf[p.e+1]]
			if as := c.conjuncts(q, "speaker"); len(as) > 0 && as[0].id != "" {
				d.docAuthor = as[0]
			}
			continue
		}
		if p.s > 0 && s.toks[p.s-1].Lower == "in" && c.subject.id != "" {
			d.docAuthor = c.subject
		}
	}
}
