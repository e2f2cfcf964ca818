package timex

import (
	"time"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/internal/lex"
)

// The parser: candidate readings, the per-token memo, and the dispatch
// that tries every rule and keeps the longest reading.

// cand is one reading of the tokens from a start index to end.
type cand struct {
	iv   claim.Interval
	end  int  // token index after the expression
	rel  bool // depends on the reference date
	fwd  bool // the expression itself looks forward
	open bool // "since X": open-ended up to the reference date
	// yearless: a month or month-day written without its year, resolved
	// by convention; a year elsewhere in the sentence may fix it instead
	yearless bool
	// weekday+1 of a bare weekday ("friday"), so a span can read "from
	// next monday to friday" as the Friday after that Monday
	bareWd int
	// invalid: words that name no day ("the fifth Sunday" of a month with
	// four, "February 30"); consumed, never reported
	invalid bool
}

type parser struct {
	text  string
	toks  []lex.Token
	ref   time.Time // the reference date (a fixed stand-in when unknown; results are then marked unresolved)
	fwd   bool      // the sentence looks forward
	base  time.Time // the reference date Find was given: memo entries hold only for it
	memo  []int32   // per token: 0 unset, else 1 + index into memos
	memos []memoEntry
}

// memoEntry caches simple(i): matchers call each other (spans, "since",
// "by the end of"), and without the cache a long sentence is re-read many
// times over.
type memoEntry struct {
	fwd bool
	c   cand
	ok  bool
}

func (p *parser) tok(i int) lex.Token {
	if i < 0 || i >= len(p.toks) {
		return lex.Token{Kind: lex.Sym, Low: ""}
	}
	return p.toks[i]
}

func (p *parser) is(i int, words ...string) bool {
	t := p.tok(i)
	for _, w := range words {
		if t.Low == w {
			return true
		}
	}
	return false
}

// glued reports whether token i touches the one before it.
func (p *parser) glued(i int) bool { return i < len(p.toks) && !p.toks[i].Space }

// at returns the longest reading starting at token i.
func (p *parser) at(i int) (cand, bool) {
	if !p.startable(i) {
		return cand{}, false
	}
	best := cand{end: -1}
	try := func(c cand, ok bool) {
		if ok && c.end > best.end {
			best = c
		}
	}
	try(p.since(i))
	try(p.span(i))
	if best.end < 0 {
		try(p.simple(i))
	}
	return best, best.end > i
}

// simple is any one time expression, without since/from/between wrappers.
func (p *parser) simple(i int) (cand, bool) {
	if i >= len(p.toks) || !p.startable(i) {
		return cand{}, false
	}
	if !p.ref.Equal(p.base) || p.memo == nil {
		return p.simpleAt(i)
	}
	if k := p.memo[i]; k > 0 && p.memos[k-1].fwd == p.fwd {
		m := p.memos[k-1]
		return m.c, m.ok
	}
	c, ok := p.simpleAt(i)
	p.memos = append(p.memos, memoEntry{fwd: p.fwd, c: c, ok: ok})
	p.memo[i] = int32(len(p.memos))
	return c, ok
}

// startable reports whether a time expression can start at token i: a
// number, or a word some rule begins with. It keeps the rules off the
// ordinary words that make up most of a sentence.
func (p *parser) startable(i int) bool {
	t := p.toks[i]
	switch t.Kind {
	case lex.Num:
		return true
	case lex.Word:
		return startWords[t.Low]
	}
	return t.Low == "'" || t.Low == "’" || t.Low == ">" || t.Low == "<"
}

func (p *parser) simpleAt(i int) (cand, bool) {
	best := cand{end: -1}
	try := func(c cand, ok bool) {
		if ok && c.end > best.end {
			best = c
		}
	}
	try(p.numeric(i))
	try(p.monthFirst(i))
	try(p.dayFirst(i))
	try(p.year(i))
	try(p.decade(i))
	try(p.deictic(i))
	try(p.weekday(i))
	try(p.unitRel(i))
	try(p.ago(i))
	try(p.inN(i))
	try(p.modified(i))
	try(p.quarter(i))
	try(p.season(i))
	try(p.holiday(i))
	try(p.byEnd(i))
	try(p.monthRel(i))
	try(p.afterNext(i))
	try(p.weekdayInWeek(i))
	try(p.nthInMonth(i))
	try(p.yearMonth(i))
	try(p.weekOf(i))
	try(p.weekdayDay(i))
	try(p.startingFor(i))
	try(p.partOf(i))
	try(p.weekdayNear(i))
	try(p.businessDays(i))
	// "Thanksgiving in 9 months", "March in a year": the next one after that
	if best.end > i && best.rel && (best.yearless || best.iv.Grain == claim.Day) {
		shift, ok := p.inN(best.end)
		if !ok {
			shift, ok = p.ago(best.end)
		}
		if ok && shift.fwd && !p.is(best.end, "within") {
			old, oldFwd := p.ref, p.fwd
			p.ref, p.fwd = shift.iv.From, true
			c, ok := p.holiday(i)
			if !ok {
				c, ok = p.monthFirst(i)
			}
			p.ref, p.fwd = old, oldFwd
			if ok && c.end == best.end {
				c.end, c.fwd = shift.end, true
				return c, true
			}
		}
	}
	// "on Sunday", "in January": the preposition is not part of the time,
	// but "by" and "until" make it look forward.
	if best.end < 0 && (p.is(i, "by", "until", "till")) {
		if c, ok := p.simple(i + 1); ok {
			c.fwd = true
			if c.rel {
				c = p.reresolve(i+1, c)
			}
			return c, true
		}
	}
	return best, best.end > i
}

// reresolve re-reads a relative expression with forward resolution.
func (p *parser) reresolve(i int, c cand) cand {
	old := p.fwd
	p.fwd = true
	if c2, ok := p.simple(i); ok {
		c2.fwd = true
		c = c2
	}
	p.fwd = old
	return c
}
