// Package timex finds dates in one sentence of news text and resolves each
// to a closed interval of calendar days, From..To at UTC midnight, with a
// grain saying how precise the wording was (claim.Interval), so rules can
// compare "in January" with "on 3 January 2020" without guessing.
//
// # Absolute times
//
// "June 11, 2020", "26 July 2021", "Jan. 3, 2020", "Friday, June 12, 2020",
// "31-Oct-74", "January twenty five nineteen eighty six" (day); "December
// 2017", "March of 2019", "2019-07", "3/2015" (month); "Q3 2020", "the third
// quarter of 2019", "summer 2019" (quarter; seasons are meteorological,
// northern hemisphere); "H2 2016" (half, grain month); "2011", "the 2003
// invasion", "2019-20" (year); "the 1990s" (decade); ISO and numeric dates
// ("2020-06-12", "10/31/1974": month first, as US news writes, unless the
// first number cannot be a month); "2014 BC" is year -2014. Holidays
// ("Christmas", "Thanksgiving 2020", "Easter", "Labor Day weekend") resolve
// to their days, and so do feasts of other calendars: Orthodox Easter (the
// Julian computus), the Hebrew calendar's ("Passover 2018" is its eight
// days, 15-22 Nisan; "Yom Kippur", "Hanukkah") and the Islamic calendar's
// ("Eid al-Fitr", "Ramadan" the whole month), the last by the arithmetical
// Hijri calendar, which moon sighting can move a day either way. Chinese and
// Hindu lunisolar feasts ("Lunar New Year", "Diwali") are not recognised.
// Impossible dates ("February 30", "the fifth Sunday" of a month with four)
// are consumed and never reported.
//
// # Relative times: news conventions
//
// Ref is the article's publication date. A bare weekday ("on Sunday") is the
// latest such day on or before publication (publication day itself when it
// matches); a bare month ("in January"), a month-day without a year ("August
// 21"), a bare season, quarter or holiday is the latest one not after
// publication. When the sentence looks forward ("will", "shall", "'ll",
// "scheduled", "planned", "upcoming" earlier in the same clause, with no
// "said" or other past verb in between: "said on Sunday that troops will
// leave" is a past Sunday) or the time follows "by"/"until", they resolve to
// the earliest one on or after publication instead, and Forward is set. A
// year written elsewhere in a span fixes a yearless end ("from May to Oct
// 2020", "from June 1 to June 7, 2020").
//
//	"this week/month/year"      the calendar unit holding Ref (weeks run Monday-Sunday, ISO)
//	"last/next week/month/year" the unit before/after it
//	"last/next/this Tuesday"    that weekday in the previous/next/current week
//	"this past Tuesday"         the latest Tuesday before Ref
//	"last September"            the most recent September before Ref's month
//	"the past two decades"      Ref minus 20 years .. the day before Ref (rolling)
//	"the next 3 days"           Ref+1 .. Ref+3 days (any unit: Ref+1 .. Ref+N units)
//	"over the coming months"    Ref+1 .. Ref+3 months (an unnumbered plural is three)
//	"in recent weeks"           Ref minus 6 weeks .. the day before (days 7, months 6, years 5)
//	"two years ago"             the day Ref minus two years, Grain year (an anchor
//	                            day; the grain says how loosely to read it)
//	"three weeks from tomorrow" the anchor day, from any day ("2 weeks before Christmas")
//	"3 Fridays from now"        the third Friday after Ref
//	"in five days"              the day Ref plus five days; "within 10 days" is Ref..Ref+9
//	"within 10 days of June 1"  June 1..10, measured from the time named; "within
//	                            10 days of the attack" hangs on an undated event
//	                            and is no time (from Ref it would put a past
//	                            event in the future)
//	"Sunday, Oct. 4"            a weekday joins a yearless date and picks the year
//	                            next to the usual one when only there they agree
//	"the next 4 business days"  Monday-Friday days only
//	"the past 24 hours"         whole days: Ref-1 .. Ref ("within 48 hours" Ref .. Ref+2)
//	"earlier this month"        the first of the month .. the day before Ref ("earlier
//	                            last week", a period already over: its early part)
//	"later this year"           the late half of the year from Ref on
//	"the rest of this week"     Ref .. Sunday
//	"over the weekend"          the latest Saturday-Sunday (this one if Ref falls on it)
//	"on the 15th"               the latest 15th on or before Ref
//	"by the end of the year"    Ref .. December 31 (Forward)
//	"since 2014"                2014-01-01 .. Ref, Open
//	"early/late 2020"           January-June / July-December
//	"the beginning/end of 2020" January-April / September-December; "mid-2020" May-August
//	"early/late March"          1st-15th / 16th-end; "mid-March" 10th-20th
//	"early/late next week"      Monday-Wednesday / Thursday-Sunday
//	"the first week of 2015"    ISO weeks: the first holds the 4th, the last the
//	                            last day but three; "week 27 of 2017" likewise
//	"the first three months of 2020", "the last 3 weeks of this year"
//	"from X to Y", "between X and Y", "X-Y"   the start of X .. the end of Y,
//	                            Y included ("from 2014 to 2018" takes in 2018)
//
// An undated article (Ref.Known false) keeps relative times as found but
// unresolved: Known false, Unresolved true. The wall clock is never read. In
// undated text a yearless date takes the year of the last full date before
// it ("July 12th, 2014. July 13th"), and is then absolute.
//
// Not times here: times of day, durations on their own ("30 days"), and
// recurring sets ("every Monday"); years inside quantities ("$2011") and
// 4-digit counts before a plural noun ("2000 troops") follow the quantity
// package's rule. Open bounds ("before 2010", "after March") are reported
// as the time itself; the preposition is the claims layer's to read.
//
// The finder is hand-written rules over the tokens of internal/lex (bare
// digit runs, so that dates are read from their parts), with word tables as
// data (lexicon.go); rules are memoized per token and tried only where a
// time can start, so a sentence is read in one pass.
package timex

import (
	"encoding/json"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/span"
	"github.com/claimcheck/claimcheck/internal/lex"
)

// pastCues between a future cue and a time break the cue's hold.
var pastCues = map[string]bool{
	"said": true, "says": true, "told": true, "announced": true, "stated": true, "reported": true,
	"was": true, "were": true, "had": true, "did": true, "met": true, "added": true, "noted": true,
	"ago": true, "last": true, "earlier": true, "since": true,
}

// Ref is the date relative times resolve against: the article's publication
// date. Known is false for undated articles.
type Ref struct {
	Date  time.Time
	Known bool
}

// Time is one time expression found in a text.
type Time struct {
	span.Span             // byte offsets into the text given to Find
	Text           string // text[Start:End]
	claim.Interval        // the days the wording allows
	Relative       bool   // resolved against Ref ("Sunday", "in January", "earlier this month")
	Forward        bool   // the expression or its sentence looks forward ("will", "by", "next", "coming")
}

// MarshalJSON writes a time flat, as CONTRACT.md's mentions do: start, end,
// text, the interval's from/to/grain (YYYY-MM-DD; omitted when unknown),
// open, unresolved, relative, forward. Without it the embedded Interval's
// own MarshalJSON would be promoted and write the interval alone.
func (t Time) MarshalJSON() ([]byte, error) {
	out := struct {
		Start      int         `json:"start"`
		End        int         `json:"end"`
		Text       string      `json:"text"`
		From       string      `json:"from,omitempty"`
		To         string      `json:"to,omitempty"`
		Grain      claim.Grain `json:"grain,omitempty"`
		Open       bool        `json:"open,omitempty"`
		Unresolved bool        `json:"unresolved,omitempty"`
		Relative   bool        `json:"relative"`
		Forward    bool        `json:"forward"`
	}{Start: t.Start, End: t.End, Text: t.Text, Open: t.Open, Unresolved: t.Unresolved, Relative: t.Relative, Forward: t.Forward}
	if t.Known {
		out.From, out.To, out.Grain = t.From.Format(claim.DateLayout), t.To.Format(claim.DateLayout), t.Grain
	}
	return json.Marshal(out)
}

// standIn is the date relative times are computed against in an undated
// article, only to find their extent; their intervals are then dropped.
var standIn = time.Date(2000, 6, 15, 0, 0, 0, 0, time.UTC)

// Find returns the time expressions in text, in order, never overlapping.
func Find(text string, ref Ref) []Time { return find(text, ref, cueForward) }

// forwardMode says how bare months and weekdays pick their year or week:
// by the sentence's cues (the package convention), always backward, or
// always forward. The last two exist for the peer tests, to tell a peer's
// convention from a miss.
type forwardMode uint8

const (
	cueForward forwardMode = iota
	neverForward
	alwaysForward
)

func find(text string, ref Ref, mode forwardMode) []Time {
	p := parser{text: text, toks: lex.Tokenize(text, lex.Runs), ref: standIn}
	if ref.Known {
		p.ref = claim.Date(ref.Date)
	}
	p.base = p.ref
	p.memo = make([]int32, len(p.toks)+1)
	if mode == alwaysForward {
		p.fwd = true
	}
	var out []Time
	textYear := 0
	var fwdAt []bool
	if mode == cueForward {
		fwdAt = p.forwardCues()
	}
	for i := 0; i < len(p.toks); {
		if mode == cueForward {
			p.fwd = fwdAt[i] && !p.participleBefore(i)
		}
		c, ok := p.at(i)
		if !ok {
			i++
			continue
		}
		if !ref.Known {
			c, textYear = p.inTextYear(i, c, textYear)
		}
		if !c.invalid {
			out = append(out, p.timeOf(i, c, ref.Known))
		}
		i = c.end
	}
	return out
}

// inTextYear dates an undated text's yearless date c (at i) by the year
// of the last full date before it ("July 12th, 2014. July 13th"), and
// returns that year, updated when c is a full date.
func (p *parser) inTextYear(i int, c cand, textYear int) (cand, int) {
	if c.yearless && textYear != 0 {
		old := p.ref
		p.ref = day(textYear, 12, 31)
		if c2, ok := p.at(i); ok && c2.end == c.end {
			c2.rel, c2.yearless = false, false
			c = c2
		}
		p.ref = old
	} else if !c.rel && c.iv.Grain == claim.Day {
		textYear = c.iv.From.Year()
	}
	return c, textYear
}

// timeOf is the Time for reading c at token i. Without a reference date a
// relative time is unresolved, though a yearless "January 2" keeps its
// month and day.
func (p *parser) timeOf(i int, c cand, known bool) Time {
	s, e := p.toks[i].Start, p.toks[c.end-1].End
	t := Time{Span: span.Span{Start: s, End: e}, Text: p.text[s:e], Interval: c.iv, Relative: c.rel, Forward: c.fwd || c.rel && p.fwd}
	if c.open {
		t.Open = true
	}
	if !c.rel || known {
		return t
	}
	t.Interval = claim.Interval{Unresolved: true}
	if c.yearless && (c.iv.Grain == claim.Day || c.iv.Grain == claim.Month) {
		t.Month = int(c.iv.From.Month())
		if c.iv.Grain == claim.Day {
			t.Day = c.iv.From.Day()
		}
	}
	return t
}

// forwardCues reports, for each token, whether a future cue ("will", "'ll",
// "scheduled") governs an expression starting there: the cue comes earlier
// in the same clause, within twelve tokens, with no reporting or past-tense
// verb in between ("said on Sunday that troops will leave" is a past
// Sunday). One pass over the tokens.
func (p *parser) forwardCues() []bool {
	out := make([]bool, len(p.toks)+1)
	cue := -1
	for i, t := range p.toks {
		out[i] = cue >= 0 && i-cue <= 12
		switch {
		case t.Kind == lex.Sym && clauseEnd[t.Low]:
			cue = -1
		case t.Kind != lex.Word:
		case pastCues[t.Low]:
			cue = -1
		case futureCues[t.Low]:
			cue = i
		}
	}
	return out
}

// participleBefore reports a past participle right before the time, with at
// most a preposition between: "the deal signed on February 29" is past even
// in a sentence that looks forward; "will be held on Sunday" is not (the
// participle follows "be").
func (p *parser) participleBefore(i int) bool {
	k := i - 1
	if k >= 0 && (p.is(k, "on", "in", "at", "during", "since")) {
		k--
	}
	if k < 1 || p.toks[k].Kind != lex.Word || !strings.HasSuffix(p.toks[k].Low, "ed") || len(p.toks[k].Low) < 5 {
		return false
	}
	return !p.is(k-1, "be", "been", "being", "get", "gets", "got", "is", "are", "will")
}

var clauseEnd = map[string]bool{".": true, ";": true, "!": true, "?": true, "\u201c": true, "\u201d": true, "\"": true}
