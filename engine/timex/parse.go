package timex

import (
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/engine/claim"
)

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
	text string
	toks []token
	ref  time.Time // the reference date (a fixed stand-in when unknown; results are then marked unresolved)
	fwd  bool      // the sentence looks forward
	base time.Time // the reference date Find was given: memo entries hold only for it
	memo []memoEntry
}

// memoEntry caches simple(i): matchers call each other (spans, "since",
// "by the end of"), and without the cache a long sentence is re-read many
// times over.
type memoEntry struct {
	set, fwd bool
	c        cand
	ok       bool
}

func (p *parser) tok(i int) token {
	if i < 0 || i >= len(p.toks) {
		return token{kind: sym, low: ""}
	}
	return p.toks[i]
}

func (p *parser) is(i int, words ...string) bool {
	t := p.tok(i)
	for _, w := range words {
		if t.low == w {
			return true
		}
	}
	return false
}

// glued reports whether token i touches the one before it.
func (p *parser) glued(i int) bool { return i < len(p.toks) && !p.toks[i].space }

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
	if m := p.memo[i]; m.set && m.fwd == p.fwd {
		return m.c, m.ok
	}
	c, ok := p.simpleAt(i)
	p.memo[i] = memoEntry{set: true, fwd: p.fwd, c: c, ok: ok}
	return c, ok
}

// startable reports whether a time expression can start at token i: a
// number, or a word some rule begins with. It keeps the rules off the
// ordinary words that make up most of a sentence.
func (p *parser) startable(i int) bool {
	t := p.toks[i]
	switch t.kind {
	case num:
		return true
	case word:
		return startWords[t.low]
	}
	return t.low == "'" || t.low == "’" || t.low == ">" || t.low == "<"
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

// number reads a count: digits or small number words ("two", "a few").
func (p *parser) number(i int) (int, int, bool) {
	t := p.tok(i)
	if t.kind == num && t.ndig <= 4 {
		return t.val, i + 1, true
	}
	if t.kind != word {
		return 0, i, false
	}
	if t.low == "a" && p.is(i+1, "few", "couple") {
		j := i + 2
		if p.is(j, "of") {
			j++
		}
		return smallNumbers[p.tok(i+1).low], j, true
	}
	if t.low == "a" && p.is(i+1, "dozen") {
		return 12, i + 2, true
	}
	n, ok := smallNumbers[t.low]
	if !ok {
		return 0, i, false
	}
	j := i + 1
	// "twenty-one", "twenty one"
	if n >= 20 && n < 100 {
		k := j
		if p.is(k, "-") && p.glued(k) {
			k++
		}
		if u, ok := smallNumbers[p.tok(k).low]; ok && u < 10 && p.tok(k).kind == word && p.tok(k).low != "a" {
			n, j = n+u, k+1
		}
	}
	if t.low == "couple" && p.is(j, "of") {
		j++
	}
	return n, j, true
}

// ordinal reads "21st", "3rd", "twenty first", "third": a day of month.
func (p *parser) ordinal(i int) (int, int, bool) {
	t := p.tok(i)
	if t.kind == num && t.ndig <= 2 {
		if p.glued(i+1) && p.is(i+1, "st", "nd", "rd", "th") {
			return t.val, i + 2, true
		}
		return t.val, i + 1, true
	}
	if t.kind == word {
		if n, ok := ordinalWords[t.low]; ok && n > 0 {
			return n, i + 1, true
		}
		if tens, ok := smallNumbers[t.low]; ok && (tens == 20 || tens == 30) {
			k := i + 1
			if p.is(k, "-") {
				k++
			}
			if n, ok := ordinalWords[p.tok(k).low]; ok && n > 0 && n < 10 {
				return tens + n, k + 1, true
			}
		}
	}
	return 0, i, false
}

// month reads a month name, with its abbreviation dot ("Jan.").
func (p *parser) month(i int, alone bool) (time.Month, int, bool) {
	t := p.tok(i)
	if t.kind != word {
		return 0, i, false
	}
	m, ok := monthWords[t.low]
	if !ok || p.glued(i) && i > 0 && p.tok(i-1).kind == sym && p.tok(i-1).low != "-" && p.tok(i-1).low != "/" && p.tok(i-1).low != "(" {
		return 0, i, false
	}
	if alone && (t.low == "march" || t.low == "mar" || t.low == "may") && !t.upper &&
		!p.is(i-1, "in", "of", "since", "until", "by", "early", "late", "mid", "end", "this", "last", "next", "-") {
		return 0, i, false
	}
	if len(t.low) <= 4 && t.low != "june" && t.low != "july" && t.low != "may" && !t.upper && alone {
		return 0, i, false
	}
	j := i + 1
	if p.is(j, ".") && p.glued(j) && len(t.low) <= 4 {
		j++
	}
	return m, j, true
}

// yearAt reads a year: four digits, or an apostrophe and two ("'19").
func (p *parser) yearAt(i int) (int, int, bool) {
	t := p.tok(i)
	if t.kind == num && t.ndig == 4 && t.val >= 1000 && t.val <= 2200 && !(p.glued(i+1) && p.tok(i+1).kind == word) {
		return t.val, i + 1, true
	}
	if (t.low == "'" || t.low == "’") && p.tok(i+1).kind == num && p.tok(i+1).ndig == 2 && p.glued(i+1) {
		return twoDigitYear(p.tok(i + 1).val), i + 2, true
	}
	return 0, i, false
}

// yearAfter reads a year after a month or day: four digits, "'87", two
// digits glued by a date separator or after "of" ("31-Oct-74", "April of
// 87"), or words ("nineteen eighty six", "two thousand and fifteen").
func (p *parser) yearAfter(i int) (int, int, bool) {
	if y, e, ok := p.yearAt(i); ok {
		return y, e, true
	}
	if y, e, ok := p.yearWords(i); ok {
		return y, e, true
	}
	t := p.tok(i)
	if t.kind == num && t.ndig == 2 && (p.is(i-1, "-", "/") && p.glued(i) && p.tok(i-2).kind == word || p.is(i-1, "of")) && !(p.glued(i+1) && p.tok(i+1).kind != sym) {
		return twoDigitYear(t.val), i + 1, true
	}
	return 0, i, false
}

// yearWords reads a year written in words: "two thousand", "two thousand
// and fifteen", "nineteen eighty six", "nineteen zero one", "nineteen
// hundred ninety three", "seventeen hundred thirty three".
func (p *parser) yearWords(i int) (int, int, bool) {
	small := func(k int) (int, int, bool) { // 1..99 in words
		t := p.tok(k)
		n, ok := smallNumbers[t.low]
		if !ok || t.kind != word || n >= 100 || t.low == "a" || t.low == "an" || t.low == "few" || t.low == "several" || t.low == "couple" {
			return 0, k, false
		}
		e := k + 1
		if n >= 20 {
			j := e
			if p.is(j, "-") {
				j++
			}
			if u, ok := smallNumbers[p.tok(j).low]; ok && u < 10 && p.tok(j).low != "a" && p.tok(j).low != "an" {
				n, e = n+u, j+1
			}
		}
		return n, e, true
	}
	hi, e, ok := small(i)
	if !ok {
		return 0, i, false
	}
	if hi == 2 && p.is(e, "thousand") {
		e++
		y := 2000
		k := e
		if p.is(k, "and") {
			k++
		}
		if n, e2, ok := small(k); ok {
			return y + n, e2, true
		}
		return y, e, true
	}
	if hi < 10 || hi > 20 {
		return 0, i, false
	}
	if p.is(e, "hundred") {
		e++
		k := e
		if p.is(k, "and") {
			k++
		}
		if n, e2, ok := small(k); ok {
			return hi*100 + n, e2, true
		}
		return hi * 100, e, true
	}
	if p.is(e, "zero", "oh", "o") {
		if u, e2, ok := small(e + 1); ok && u < 10 {
			return hi*100 + u, e2, true
		}
		return 0, i, false
	}
	if lo, e2, ok := small(e); ok && lo >= 10 {
		return hi*100 + lo, e2, true
	}
	return 0, i, false
}

func twoDigitYear(v int) int {
	if v < 50 {
		return 2000 + v
	}
	return 1900 + v
}

// resolveMonthDay picks the year of a month-day written without one: the
// latest on or before the reference date, or, looking forward, the earliest
// on or after it.
func (p *parser) resolveMonthDay(m time.Month, d int, fwd bool) (time.Time, bool) {
	y := p.ref.Year()
	for k := 0; k < 8; k++ {
		yy := y - k
		if fwd {
			yy = y + k
		}
		if !validDay(yy, m, d) {
			continue
		}
		t := day(yy, m, d)
		if !fwd && !t.After(p.ref) || fwd && !t.Before(p.ref) {
			return t, true
		}
	}
	return time.Time{}, false
}

// resolveMonth picks the year of a bare month: the latest one that has
// begun by the reference date, or, looking forward, the earliest one that
// has not ended before it.
func (p *parser) resolveMonth(m time.Month, fwd bool) claim.Interval {
	y := p.ref.Year()
	if fwd {
		if m < p.ref.Month() {
			y++
		}
	} else if m > p.ref.Month() {
		y--
	}
	return monthIv(y, m)
}

// numeric reads numeric dates: 2020-06-12, 2020/6/12, 10/31/1974,
// 31/10/1974, 10.31.1974, 6/12/20, 2019-07, and month/day "5/12".
func (p *parser) numeric(i int) (cand, bool) {
	a := p.tok(i)
	if a.kind != num || (i > 0 && p.glued(i) && p.tok(i-1).kind != sym) {
		return cand{}, false
	}
	sep := p.tok(i + 1)
	if !(sep.low == "-" || sep.low == "/" || sep.low == ".") || !p.glued(i+1) || p.tok(i+2).kind != num || !p.glued(i+2) {
		return cand{}, false
	}
	b := p.tok(i + 2)
	if p.is(i+3, sep.low) && p.glued(i+3) && p.tok(i+4).kind == num && p.glued(i+4) {
		c := p.tok(i + 4)
		end := i + 5
		if p.glued(end) && (p.tok(end).kind == num || p.is(end, sep.low) && p.tok(end+1).kind == num) {
			return cand{}, false // a phone number or version
		}
		var y, m, d int
		switch {
		case a.ndig == 4:
			y, m, d = a.val, b.val, c.val
		case c.ndig == 4 || c.ndig == 2:
			y = c.val
			if c.ndig == 2 {
				y = twoDigitYear(c.val)
			}
			m, d = a.val, b.val
			if m > 12 && d <= 12 {
				m, d = d, m
			}
		default:
			return cand{}, false
		}
		if !validDay(y, time.Month(m), d) {
			return cand{}, false
		}
		return cand{iv: dayIv(day(y, time.Month(m), d)), end: end}, true
	}
	end := i + 3
	if p.glued(end) && p.tok(end).kind == num {
		return cand{}, false
	}
	// yyyy-mm
	if a.ndig == 4 && b.ndig <= 2 && b.val >= 1 && b.val <= 12 && sep.low != "." && a.val >= 1000 && a.val <= 2200 {
		return cand{iv: monthIv(a.val, time.Month(b.val)), end: end}, true
	}
	// m/d, only after a word that introduces a date ("on 5/12"): bare, "9/11"
	// is an event's name and "3/4" a fraction
	if sep.low == "/" && a.ndig <= 2 && b.ndig <= 2 && a.val >= 1 && a.val <= 12 && b.val >= 1 && b.val <= 31 && p.mdContext(i, end) {
		if t, ok := p.resolveMonthDay(time.Month(a.val), b.val, p.fwd); ok {
			return cand{iv: dayIv(t), end: end, rel: true, yearless: true}, true
		}
	}
	return cand{}, false
}

// mdContext accepts a yearless "5/12" as a date only where a date fits:
// after a word that introduces one ("on 5/12", "Friday 5/12") or before
// punctuation or a range dash; "the 9/11 attacks" names an event and "3/4
// of" is a fraction.
func (p *parser) mdContext(i, end int) bool {
	if p.is(i-1, "the", "a") {
		return false
	}
	if p.is(i-1, "on", "by", "since", "until", "till", "from", "before", "after", "this", "next", "last", "to", "-", "through") {
		return true
	}
	if _, ok := weekdayWords[p.tok(i-1).low]; ok {
		return true
	}
	if end >= len(p.toks) {
		return true
	}
	nx := p.toks[end]
	return nx.kind == sym && nx.low != "/" && nx.low != "%"
}

// monthFirst reads "June 11, 2020", "Jan. 3", "September 9", "December
// 2017", "March of 2019", "Oct-2", "Friday, June 12", and a bare month.
func (p *parser) monthFirst(i int) (cand, bool) {
	j := i
	if wd, ok := weekdayWords[p.tok(j).low]; ok && (p.tok(j).upper || !shortWeekdays[p.tok(j).low]) {
		_ = wd
		j++
		if p.is(j, ",") {
			j++
		}
		if _, _, ok := p.month(j, false); !ok {
			return cand{}, false
		}
	}
	m, k, ok := p.month(j, false)
	if !ok {
		return cand{}, false
	}
	// day
	d, k2, okd := 0, k, false
	kk := k
	if (p.is(kk, "-") || p.is(kk, "/")) && p.glued(kk) {
		kk++
	}
	if p.is(kk, "the") {
		kk++
	}
	if p.is(kk, ",") && p.tok(kk+1).kind == num && p.glued(kk+2) && p.is(kk+2, "st", "nd", "rd", "th") {
		kk++ // "October, 1st"
	}
	dd, e, ok := p.ordinal(kk)
	if !ok && p.tok(kk).kind == word {
		// "May twenty one", "jan twenty two"
		if n, e2, isNum := p.number(kk); isNum && n >= 1 && n <= 31 && !p.is(kk, "a", "an", "few", "several", "couple") && !p.countNounAt(e2) {
			_, isUnit := unitWords[p.tok(e2).low]
			_, moreNum := smallNumbers[p.tok(e2).low]
			if y, _, isYear := p.yearWords(kk); isYear && y > 31 {
				moreNum = true // "August two thousand and fifteen" is a year
			}
			if _, _, yearNext := p.yearWords(e2); yearNext {
				moreNum = false // "January twenty five nineteen eighty six"
			}
			if !isUnit && (!moreNum || p.is(e2, "a", "an")) && !p.is(e2, "thousand") {
				dd, e, ok = n, e2, true
			}
		}
	}
	if ok && dd >= 1 && dd <= 31 && !(p.tok(kk).kind == num && p.tok(kk).ndig > 2) {
		// not "June 2020" (a year) nor "Oct 2 , 3 million"
		if !(p.is(e, ":")) {
			d, k2, okd = dd, e, true
		}
	}
	if okd {
		e := k2
		if p.is(e, ",") || p.is(e, "of", "in") || p.is(e, "-", "/") && p.glued(e) {
			e++
		}
		if y, e2, ok := p.yearAfter(e); ok && validDay(y, m, d) {
			return cand{iv: dayIv(day(y, m, d)), end: e2}, true
		}
		if t, ok := p.resolveMonthDay(m, d, p.fwd); ok {
			return cand{iv: dayIv(t), end: k2, rel: true, yearless: true}, true
		}
		return cand{}, false
	}
	e = k
	if p.is(e, ",") || p.is(e, "of", "in") {
		e++
	}
	if y, e2, ok := p.yearAfter(e); ok {
		return cand{iv: monthIv(y, m), end: e2}, true
	}
	if t := p.tok(k); t.kind == num && t.ndig == 2 && t.val > 31 && !(p.glued(k+1) && p.tok(k+1).kind != sym) {
		return cand{iv: monthIv(twoDigitYear(t.val), m), end: k + 1}, true // "August 99"
	}
	if _, _, ok := p.month(j, true); !ok || j != i {
		return cand{}, false
	}
	return cand{iv: p.resolveMonth(m, p.fwd), end: k, rel: true, yearless: true}, true
}

// dayFirst reads "26 July 2021", "3rd March", "the 3rd of March 2020".
func (p *parser) dayFirst(i int) (cand, bool) {
	j := i
	if p.is(j, "the") {
		j++
	}
	d, k, ok := p.ordinal(j)
	if !ok && p.tok(j).kind == word {
		// "twenty five January", "fifteen August"
		if n, e, isNum := p.number(j); isNum && n >= 1 && n <= 31 && !p.is(j, "a", "an", "few", "several", "couple") {
			if _, _, isMonth := p.month(e, false); isMonth {
				d, k, ok = n, e, true
			}
		}
	}
	if !ok || d < 1 || d > 31 || p.is(j-1, "$", "€", "£", "¥") || p.glued(j) && p.is(j-1, ".", ",") && p.tok(j-2).kind == num {
		return cand{}, false
	}
	if p.is(k, "day") && p.is(k+1, "of") {
		k++
	}
	if p.is(k, ".") && p.glued(k) && p.tok(j).kind == num {
		if _, _, isMonth := p.month(k+1, false); isMonth {
			k++ // "16. Nov. 2016"
		}
	}
	if p.is(k, "of") {
		k++
	}
	if p.is(k, "-", "/") && p.glued(k) {
		k++
	}
	m, e, ok := p.month(k, false)
	if !ok {
		return cand{}, false
	}
	if p.is(e, ",", "of", "in") {
		if _, _, ok := p.yearAfter(e + 1); ok {
			e++
		}
	}
	if p.is(e, "-", "/") && p.glued(e) {
		e++
	}
	if y, e2, ok := p.yearAfter(e); ok && validDay(y, m, d) {
		return cand{iv: dayIv(day(y, m, d)), end: e2}, true
	}
	if t, ok := p.resolveMonthDay(m, d, p.fwd); ok {
		end := e
		if p.is(end-1, ",") || p.is(end-1, "-") {
			end--
		}
		return cand{iv: dayIv(t), end: end, rel: true, yearless: true}, true
	}
	return cand{}, false
}

// yearPlural: count nouns after a 4-digit number make it a count ("2000
// troops"), the same rule the quantity package applies.
func (p *parser) countNounAt(k int) bool {
	t := p.tok(k)
	if t.kind != word || t.upper || len(t.low) < 4 || !strings.HasSuffix(t.low, "s") || strings.HasSuffix(t.low, "ss") {
		return false
	}
	switch t.low {
	case "was", "has", "this", "thus", "years", "yards", "less", "across", "towards", "alongside", "besides", "always", "does", "goes", "says":
		return false
	}
	return true
}

var notYearAfter = map[string]bool{
	"million": true, "billion": true, "thousand": true, "hundred": true, "percent": true, "%": true,
	"dollars": true, "euros": true, "pounds": true, "bn": true, "m": true, "k": true, "people": true,
	"troops": true, "soldiers": true, ":": true,
}

var notYearBefore = map[string]bool{
	"$": true, "€": true, "£": true, "about": true, "around": true, "nearly": true, "almost": true,
	"than": true, "roughly": true, "some": true, "approximately": true, "over": true, "under": true,
	"#": true, "no": true, "number": true, "route": true, "flight": true, "resolution": true,
}

// year reads "2011", "the 2003 invasion", "year 2012", "2019-20", "2019-2020".
func (p *parser) year(i int) (cand, bool) {
	y, e, ok := p.yearAt(i)
	if !ok && p.tok(i).kind == num && p.tok(i).ndig <= 4 && p.is(i-1, "in", "of", "year") {
		if k, bc, isEra := p.era(i + 1); isEra {
			y = p.tok(i).val
			if bc {
				y = -y
			}
			return cand{iv: yearIv(y), end: k}, true
		}
	}
	if !ok {
		return cand{}, false
	}
	t := p.tok(i)
	if t.kind == num {
		if i > 0 && p.glued(i) && p.tok(i-1).kind != sym {
			return cand{}, false
		}
		if i > 0 && notYearBefore[p.tok(i-1).low] || notYearAfter[p.tok(e).low] || p.is(e, ",") && p.tok(e+1).kind == num && p.tok(e+1).ndig == 3 {
			return cand{}, false
		}
		if p.is(e, ".") && p.glued(e) && p.tok(e+1).kind == num && p.glued(e+1) {
			return cand{}, false // a decimal
		}
		if i > 1 && p.glued(i) && p.is(i-1, "/", ".", ",", ":") && p.tok(i-2).kind == num {
			return cand{}, false // the tail of an invalid numeric date or a number
		}
		if p.countNounAt(e) {
			return cand{}, false
		}
		if i > 0 && p.tok(i-1).upper && p.tok(i-1).kind == word && p.glued(i) {
			return cand{}, false
		}
		// "F-2019", but not "mid-2019"
		if i > 1 && p.is(i-1, "-") && p.glued(i) && p.glued(i-1) && p.tok(i-2).kind == word && !p.is(i-2, "mid", "early", "late", "pre", "post") {
			return cand{}, false
		}
	}
	c := cand{iv: yearIv(y), end: e}
	// eras: "2014 BC" is year -2014, "14 a.d." year 14 (no year-zero
	// arithmetic: news never needs it, and peers write BC years this way)
	if k, bc, ok := p.era(e); ok {
		if bc {
			c.iv = yearIv(-y)
		}
		c.end = k
		return c, true
	}
	// "2019-20", "2019-2020", "2019–2020"
	if (p.is(e, "-") || p.is(e, "–") || p.is(e, "/")) && p.glued(e) && p.tok(e+1).kind == num && p.glued(e+1) {
		n := p.tok(e + 1)
		y2 := -1
		switch {
		case n.ndig == 4:
			y2 = n.val
		case n.ndig == 2:
			y2 = y/100*100 + n.val
		}
		if y2 > y && y2-y < 50 {
			c.iv = iv(day(y, 1, 1), day(y2, 12, 31), claim.Year)
			c.end = e + 2
		}
	}
	return c, true
}

// era reads "BC", "B.C.", "BCE", "AD", "A.D.", "CE" at token k.
func (p *parser) era(k int) (int, bool, bool) {
	switch {
	case p.is(k, "bc", "bce"):
		return k + 1, true, true
	case p.is(k, "ad", "ce") && p.tok(k).upper:
		return k + 1, false, true
	case p.is(k, "b", "a") && p.is(k+1, ".") && p.is(k+2, "c", "d") && p.glued(k+1) && p.glued(k+2):
		e := k + 3
		if p.is(e, ".") && p.glued(e) {
			e++
		}
		return e, p.is(k, "b"), true
	}
	return k, false, false
}

// decade reads "the 1990s", "1990s", "the '90s", "the 90s", "1990 s".
func (p *parser) decade(i int) (cand, bool) {
	j := i
	apos := false
	if p.is(j, "'", "’") && p.tok(j+1).kind == num && p.glued(j+1) {
		j++
		apos = true
	}
	t := p.tok(j)
	sEnd := j + 2
	if p.is(j+1, "'", "’") && p.glued(j+1) && p.is(j+2, "s") && p.glued(j+2) {
		sEnd = j + 3
	} else if t.kind != num || !p.is(j+1, "s") || !p.glued(j+1) && !(t.ndig == 4 && p.is(j+1, "s")) {
		return cand{}, false
	}
	if t.kind != num || !(t.ndig == 4 || t.ndig == 2) || t.val%10 != 0 {
		return cand{}, false
	}
	y := t.val
	if t.ndig == 2 {
		if !apos && !p.is(i-1, "the", "late", "early", "mid", "-") {
			return cand{}, false
		}
		y = twoDigitYear(y)
		if y > 2030 {
			y -= 100
		}
	}
	return cand{iv: decadeIv(y), end: sEnd}, true
}

// deictic reads today, yesterday, tomorrow and friends.
func (p *parser) deictic(i int) (cand, bool) {
	r := p.ref
	switch {
	case p.is(i, "the") && p.is(i+1, "day") && p.is(i+2, "before") && p.is(i+3, "yesterday"):
		return cand{iv: dayIv(r.AddDate(0, 0, -2)), end: i + 4, rel: true}, true
	case p.is(i, "the") && p.is(i+1, "day") && p.is(i+2, "after") && p.is(i+3, "tomorrow"):
		return cand{iv: dayIv(r.AddDate(0, 0, 2)), end: i + 4, rel: true, fwd: true}, true
	case p.is(i, "day") && p.is(i+1, "after") && p.is(i+2, "tomorrow", "tmrw"):
		return cand{iv: dayIv(r.AddDate(0, 0, 2)), end: i + 3, rel: true, fwd: true}, true
	case p.is(i, "day") && p.is(i+1, "before") && p.is(i+2, "yesterday"):
		return cand{iv: dayIv(r.AddDate(0, 0, -2)), end: i + 3, rel: true}, true
	case p.is(i, "the") && p.is(i+1, "day") && p.is(i+2, "after") && p.is(i+3, "tmrw"):
		return cand{iv: dayIv(r.AddDate(0, 0, 2)), end: i + 4, rel: true, fwd: true}, true
	case p.is(i, "tmrw", "tmr"):
		return cand{iv: dayIv(r.AddDate(0, 0, 1)), end: i + 1, rel: true, fwd: true}, true
	case p.is(i, "year") && p.is(i+1, "to") && p.is(i+2, "date"), p.is(i, "ytd"):
		e := i + 1
		if p.is(i, "year") {
			e = i + 3
		}
		return cand{iv: iv(day(r.Year(), 1, 1), r, claim.Day), end: e, rel: true}, true
	case p.is(i, "at") && p.is(i+1, "this") && p.is(i+2, "time"):
		return cand{iv: dayIv(r), end: i + 3, rel: true}, true
	case p.is(i, "today's", "today’s", "tonight's"):
		return cand{iv: dayIv(r), end: i + 1, rel: true}, true
	case p.is(i, "yesterday's", "yesterday’s"):
		return cand{iv: dayIv(r.AddDate(0, 0, -1)), end: i + 1, rel: true}, true
	case p.is(i, "tomorrow's", "tomorrow’s"):
		return cand{iv: dayIv(r.AddDate(0, 0, 1)), end: i + 1, rel: true, fwd: true}, true
	case p.is(i, "today", "tonight", "tonite"):
		return cand{iv: dayIv(r), end: i + 1, rel: true}, true
	case p.is(i, "yesterday"):
		return cand{iv: dayIv(r.AddDate(0, 0, -1)), end: i + 1, rel: true}, true
	case p.is(i, "tomorrow"):
		return cand{iv: dayIv(r.AddDate(0, 0, 1)), end: i + 1, rel: true, fwd: true}, true
	case p.is(i, "this") && p.is(i+1, "morning", "afternoon", "evening"):
		return cand{iv: dayIv(r), end: i + 2, rel: true}, true
	case p.is(i, "last") && p.is(i+1, "night"):
		return cand{iv: dayIv(r.AddDate(0, 0, -1)), end: i + 2, rel: true}, true
	}
	return cand{}, false
}

// weekday reads "Sunday", "on Wednesday", "last Tuesday", "this Friday",
// "next Monday", "this past Wednesday".
func (p *parser) weekday(i int) (cand, bool) {
	j := i
	mod := ""
	switch {
	case p.is(j, "this") && p.is(j+1, "past"):
		mod, j = "past", j+2
	case p.is(j, "this") && p.is(j+1, "coming"):
		mod, j = "coming", j+2
	case p.is(j, "this", "last", "next", "past", "previous", "coming", "following"):
		mod, j = p.tok(j).low, j+1
		if mod == "following" {
			mod = "next"
		}
	}
	t := p.tok(j)
	wd, ok := weekdayWords[possessive(t.low)]
	if !ok || shortWeekdays[t.low] && !t.upper {
		return cand{}, false
	}
	j++
	if p.is(j, ".") && len(t.low) <= 4 && p.glued(j) {
		j++
	}
	r := p.ref
	week := weekStart(r)
	inWeek := func(ws time.Time) time.Time { return ws.AddDate(0, 0, (int(wd)+6)%7) }
	var d time.Time
	fwd := false
	switch mod {
	case "this":
		d = inWeek(week)
	case "last", "previous":
		d = inWeek(week.AddDate(0, 0, -7))
	case "next":
		d = inWeek(week.AddDate(0, 0, 7))
		fwd = true
	case "coming":
		back := (int(wd) - int(r.Weekday()) + 7) % 7
		if back == 0 {
			back = 7
		}
		d, fwd = r.AddDate(0, 0, back), true
	case "past":
		back := (int(r.Weekday()) - int(wd) + 7) % 7
		if back == 0 {
			back = 7
		}
		d = r.AddDate(0, 0, -back)
	default:
		if p.fwd {
			d = r.AddDate(0, 0, (int(wd)-int(r.Weekday())+7)%7)
		} else {
			d = r.AddDate(0, 0, -((int(r.Weekday()) - int(wd) + 7) % 7))
		}
	}
	c := cand{iv: dayIv(d), end: j, rel: true, fwd: fwd}
	if mod == "" {
		c.bareWd = int(wd) + 1
	}
	return c, true
}

// unitRel reads "this week", "last month", "next year", "the past two
// decades", "the next 3 days", "over the coming months", "in recent weeks".
func (p *parser) unitRel(i int) (cand, bool) {
	j := i
	if p.is(j, "the") {
		j++
	}
	// "the last 3 months and 2 weeks and 2 days": a compound span back
	if p.is(j, "last", "past", "previous") {
		if move, g, e, ok := p.durationAt(j + 1); ok && e > j+3 && !p.is(e, "ago", "later", "earlier", "before", "after") {
			return cand{iv: iv(move(p.ref, -1), p.ref.AddDate(0, 0, -1), g), end: e, rel: true}, true
		}
	}
	if n, k, ok := p.number(j); ok && p.is(k, "past", "previous", "next", "upcoming", "coming", "last") {
		if g, ok := unitWords[p.tok(k+1).low]; ok && g != "fortnight" && isPlural(p.tok(k+1).low) {
			return p.window(p.tok(k).low, n, g, k+2)
		}
	}
	mod := p.tok(j).low
	switch mod {
	case "this", "current", "last", "past", "previous", "next", "coming", "following", "recent", "upcoming", "prior":
	default:
		return cand{}, false
	}
	j++
	if mod == "this" && p.is(j, "past") {
		mod, j = "past", j+1
	}
	if p.is(j, "calendar", "fiscal") && p.is(j+1, "year") {
		j++
	}
	n, k, hasN := p.number(j)
	if hasN {
		j = k
	} else if p.is(j, "few", "several") {
		n, j, hasN = 3, j+1, true
	}
	// "the past 24 hours", "the next 48 hours": whole days, today included
	if hasN && p.is(j, "hours", "hour", "hrs") {
		days := (n + 23) / 24
		switch mod {
		case "last", "past", "previous", "recent", "prior":
			return cand{iv: iv(p.ref.AddDate(0, 0, -days), p.ref, claim.Day), end: j + 1, rel: true}, true
		case "next", "coming", "following", "upcoming":
			return cand{iv: iv(p.ref, p.ref.AddDate(0, 0, days), claim.Day), end: j + 1, rel: true, fwd: true}, true
		}
		return cand{}, false
	}
	workweek := false
	if p.is(j, "working", "work") && p.is(j+1, "week") {
		j++
		workweek = true
	} else if p.is(j, "workweek") {
		workweek = true
	}
	g, ok := unitWords[p.tok(j).low]
	weekend := p.is(j, "weekend")
	if workweek {
		g, ok = claim.Week, true
	}
	if !ok && !weekend {
		return cand{}, false
	}
	plural := isPlural(p.tok(j).low)
	j++
	if g == "fortnight" {
		g, n = claim.Day, 14*max(n, 1)
		hasN = true
	}
	r := p.ref
	if weekend {
		ws := weekStart(r)
		switch mod {
		case "last", "past", "previous":
			ws = ws.AddDate(0, 0, -7)
		case "next", "coming", "following", "upcoming":
			ws = ws.AddDate(0, 0, 7)
		}
		return cand{iv: iv(ws.AddDate(0, 0, 5), ws.AddDate(0, 0, 6), claim.Day), end: j, rel: true, fwd: mod == "next" || mod == "coming"}, true
	}
	if workweek && !hasN {
		ws := weekStart(r)
		switch mod {
		case "last", "past", "previous":
			ws = ws.AddDate(0, 0, -7)
		case "next", "coming", "following", "upcoming":
			ws = ws.AddDate(0, 0, 7)
		}
		return cand{iv: iv(ws, ws.AddDate(0, 0, 4), claim.Day), end: j, rel: true, fwd: ws.After(r)}, true
	}
	if !hasN && !plural {
		cur := unitIv(r, g)
		switch mod {
		case "this", "current":
			return cand{iv: cur, end: j, rel: true}, true
		case "last", "past", "previous", "prior":
			if g == claim.Day {
				return cand{iv: dayIv(r.AddDate(0, 0, -1)), end: j, rel: true}, true
			}
			return cand{iv: unitIv(add(cur.From, g, -1), g), end: j, rel: true}, true
		case "next", "coming", "following", "upcoming":
			return cand{iv: unitIv(add(cur.From, g, 1), g), end: j, rel: true, fwd: true}, true
		}
		return cand{}, false
	}
	if !hasN {
		// "the coming months", "recent weeks": a few units
		n = 3
		if mod == "recent" {
			n = recentSpan[g]
		}
	}
	return p.window(mod, n, g, j)
}

// window is "the past N units" (N units back to the day before the
// reference date) or "the next N units" (from tomorrow for days, else from
// the reference date, N units long).
func (p *parser) window(mod string, n int, g claim.Grain, end int) (cand, bool) {
	r := p.ref
	switch mod {
	case "last", "past", "previous", "recent", "prior":
		return cand{iv: iv(add(r, g, -n), r.AddDate(0, 0, -1), g), end: end, rel: true}, true
	case "next", "coming", "following", "upcoming":
		return cand{iv: iv(r.AddDate(0, 0, 1), add(r, g, n), g), end: end, rel: true, fwd: true}, true
	}
	return cand{}, false
}

// possessive strips "'s" ("Friday's attack", "yesterday's vote").
func possessive(w string) string {
	if strings.HasSuffix(w, "'s") {
		return w[:len(w)-2]
	}
	if strings.HasSuffix(w, "’s") {
		return w[:len(w)-len("’s")]
	}
	return w
}

// isPlural reports a plural unit word ("years", not "year's").
func isPlural(w string) bool {
	return strings.HasSuffix(w, "s") && possessive(w) == w
}

// letterUnits may be glued to a count ("1d ago").
var letterUnits = map[string]claim.Grain{"d": claim.Day, "w": claim.Week, "y": claim.Year, "mo": claim.Month}

// recentSpan is how far back "in recent days/weeks/months/years" reaches.
var recentSpan = map[claim.Grain]int{claim.Day: 7, claim.Week: 6, claim.Month: 6, claim.Quarter: 2, claim.Year: 5, claim.Decade: 2}

// durationAt reads "two years", "2 weeks and 2 days", "a fortnight" and
// returns the sum as a function that moves a date, with the coarsest grain.
func (p *parser) durationAt(i int) (func(time.Time, int) time.Time, claim.Grain, int, bool) {
	type part struct {
		n int
		g claim.Grain
	}
	var parts []part
	j := i
	for {
		n, k, ok := p.number(j)
		if !ok && p.tok(j).kind == num && p.tok(j).ndig <= 6 {
			n, k, ok = p.tok(j).val, j+1, true
		}
		if !ok {
			if len(parts) == 0 && p.is(j, "few", "several") {
				n, k, ok = 3, j+1, true
			} else {
				break
			}
		}
		g, ok := unitWords[p.tok(k).low]
		if !ok && p.tok(j).kind == num && p.glued(k) {
			// "1d ago", "2y ago", "in 3w"
			g, ok = letterUnits[p.tok(k).low]
		}
		if !ok {
			break
		}
		if g == "fortnight" {
			g, n = claim.Day, 14*n
		}
		parts = append(parts, part{n, g})
		j = k + 1
		if p.is(j, "and") || p.is(j, ",") && p.tok(j+1).kind == num {
			if _, k2, ok := p.number(j + 1); ok {
				if _, ok := unitWords[p.tok(k2).low]; ok {
					j++
				}
			}
		}
	}
	if len(parts) == 0 {
		return nil, "", i, false
	}
	coarse := claim.Day
	rank := map[claim.Grain]int{claim.Day: 0, claim.Week: 1, claim.Month: 2, claim.Quarter: 3, claim.Year: 4, claim.Decade: 5}
	for _, pt := range parts {
		if rank[pt.g] > rank[coarse] {
			coarse = pt.g
		}
	}
	move := func(t time.Time, sign int) time.Time {
		for _, pt := range parts {
			t = add(t, pt.g, sign*pt.n)
		}
		return t
	}
	return move, coarse, j, true
}

// ago reads "two years ago", "5 days earlier", "3 weeks later", "10 days
// from now": the anchor day, with the grain of the coarsest unit named.
func (p *parser) ago(i int) (cand, bool) {
	if c, ok := p.weekdaysAgo(i); ok {
		return c, true
	}
	move, g, j, ok := p.durationAt(i)
	if !ok {
		return cand{}, false
	}
	sign := 0
	switch {
	case p.is(j, "ago", "earlier", "before", "back", "prior"):
		sign = -1
		j++
	case p.is(j, "later", "after", "hence"):
		sign = 1
		j++
	case p.is(j, "from") && p.is(j+1, "now", "today"):
		sign = 1
		j += 2
	case p.is(j, "from"):
		sign = 1
		j++
	}
	if sign == 0 {
		return cand{}, false
	}
	anchor := p.ref
	// "three weeks from tomorrow", "two days before yesterday"
	rel := true
	if p.tok(j-1).low != "now" && p.tok(j-1).low != "today" {
		if a, ok := p.deictic(j); ok {
			anchor, j = a.iv.From, a.end
		} else if p.is(j-1, "before", "after", "from") {
			if a, ok := p.simple(j); ok && a.iv.Grain == claim.Day {
				anchor, j, rel = a.iv.From, a.end, a.rel
			} else if p.is(j-1, "from") {
				return cand{}, false
			}
		}
	}
	d := move(anchor, sign)
	x := dayIv(d)
	x.Grain = g
	return cand{iv: x, end: j, rel: rel, fwd: sign > 0}, true
}

// weekdaysAgo reads "3 Fridays from now", "two Mondays later", "2 Thursdays
// ago": the Nth such weekday after (or before) the reference date.
func (p *parser) weekdaysAgo(i int) (cand, bool) {
	n, k, ok := p.number(i)
	if !ok || n < 1 || n > 60 {
		return cand{}, false
	}
	w := strings.TrimSuffix(p.tok(k).low, "s")
	wd, ok := weekdayWords[w]
	if !ok || shortWeekdays[w] {
		return cand{}, false
	}
	j := k + 1
	sign := 0
	switch {
	case p.is(j, "from") && p.is(j+1, "now", "today"):
		sign, j = 1, j+2
	case p.is(j, "later", "hence"):
		sign, j = 1, j+1
	case p.is(j, "ago", "earlier", "back"):
		sign, j = -1, j+1
	default:
		return cand{}, false
	}
	r := p.ref
	var d time.Time
	if sign > 0 {
		ahead := (int(wd) - int(r.Weekday()) + 7) % 7
		if ahead == 0 {
			ahead = 7
		}
		d = r.AddDate(0, 0, ahead+7*(n-1))
	} else {
		back := (int(r.Weekday()) - int(wd) + 7) % 7
		if back == 0 {
			back = 7
		}
		d = r.AddDate(0, 0, -back-7*(n-1))
	}
	return cand{iv: dayIv(d), end: j, rel: true, fwd: sign > 0}, true
}

// inN reads "in five days", "within 10 days", "in a week": forward from the
// reference date. "within" is the whole window.
func (p *parser) inN(i int) (cand, bool) {
	if !p.is(i, "in", "within", "after") {
		return cand{}, false
	}
	j := i + 1
	next := false
	if p.is(j, "the") && p.is(j+1, "next", "coming", "upcoming") {
		j, next = j+2, true
	} else if p.is(j, "next", "coming", "upcoming") {
		j, next = j+1, true
	}
	if next && !p.is(i, "within") {
		return cand{}, false // "in the next two days" is unitRel's window
	}
	if n, k, ok := p.number(j); ok && p.is(k, "hours", "hour", "hrs") && n > 0 {
		// "within 48 hours", "in 24 hours": whole days from the reference date
		days := (n + 23) / 24
		if p.is(i, "within") {
			return cand{iv: iv(p.ref, p.ref.AddDate(0, 0, days), claim.Day), end: k + 1, rel: true, fwd: true}, true
		}
		return cand{iv: dayIv(p.ref.AddDate(0, 0, days)), end: k + 1, rel: true, fwd: true}, true
	}
	move, g, e, ok := p.durationAt(j)
	if !ok {
		return cand{}, false
	}
	if p.is(e, "time") && strings.HasSuffix(p.tok(e-1).low, "s") {
		e++ // "in a week's time"
	}
	d := move(p.ref, 1)
	if p.is(i, "within") {
		return cand{iv: iv(p.ref, d.AddDate(0, 0, -1), g), end: e, rel: true, fwd: true}, true
	}
	x := dayIv(d)
	x.Grain = g
	return cand{iv: x, end: e, rel: true, fwd: true}, true
}

// modified reads "early 2020", "mid-2019", "late last year", "the end of
// March", "earlier this month", "later this year", "the beginning of next week".
func (p *parser) modified(i int) (cand, bool) {
	j := i
	if p.is(j, "at", "in") && p.is(j+1, "the") {
		j += 2
	} else if p.is(j, "the") {
		j++
	}
	mod := ""
	switch p.tok(j).low {
	case "early", "earlier", "late", "later", "mid", "middle", "beginning", "start", "end", "begin", "rest":
		mod = p.tok(j).low
	default:
		return cand{}, false
	}
	j++
	// "the end of", "start of": the noun needs its "of" ("start within
	// two weeks" is a verb)
	switch mod {
	case "middle", "beginning", "start", "end", "begin":
		if !p.is(j, "of") {
			return cand{}, false
		}
	case "rest":
		if !p.is(j, "of", "this") {
			return cand{}, false
		}
	}
	if mod == "mid" && p.is(j, "-") {
		j++
	}
	if p.is(j, "of", "in") {
		j++
	}
	if p.is(j, "the") && (mod == "earlier" || mod == "later" || p.is(j+1, "year", "month", "week", "decade")) {
		j++
	}
	var x cand
	ok := false
	// "the year", "the month": the current one
	if g, isUnit := unitWords[p.tok(j).low]; isUnit && !isPlural(p.tok(j).low) && g != "fortnight" && g != claim.Day {
		x, ok = cand{iv: unitIv(p.ref, g), end: j + 1, rel: true}, true
	} else {
		x, ok = p.simple(j)
	}
	if !ok {
		return cand{}, false
	}
	switch x.iv.Grain {
	case claim.Year, claim.Month, claim.Week, claim.Quarter, claim.Decade:
	default:
		return cand{}, false
	}
	switch mod {
	case "earlier":
		// the period up to the day before Ref (all of it if it is over):
		// news uses "earlier this month" for any day before publication
		e := x.iv
		if e.To.Before(p.ref) {
			e = part(e, "early") // "earlier last week": its early part
		}
		to := p.ref.AddDate(0, 0, -1)
		if to.Before(e.From) {
			to = e.From
		}
		if e.To.Before(to) {
			to = e.To
		}
		x.iv = iv(e.From, to, claim.Day)
	case "later":
		// the late part of the period, from Ref on
		l := part(x.iv, "late")
		from := p.ref
		if from.Before(l.From) {
			from = l.From
		}
		if from.After(l.To) {
			from = l.To
		}
		x.iv = iv(from, l.To, claim.Day)
		x.fwd = true
	case "rest":
		from := p.ref
		if from.Before(x.iv.From) || from.After(x.iv.To) {
			return cand{}, false
		}
		x.iv = iv(from, x.iv.To, claim.Day)
	case "middle":
		x.iv = part(x.iv, "mid")
	case "start", "begin":
		x.iv = part(x.iv, "beginning")
	default:
		x.iv = part(x.iv, mod)
	}
	x.iv.Known = true
	return x, true
}

// byEnd reads "by the end of the year", "by end of next month": from the
// reference date to the end of that period.
func (p *parser) byEnd(i int) (cand, bool) {
	if !p.is(i, "by", "before", "until") {
		return cand{}, false
	}
	j := i + 1
	if p.is(j, "the") {
		j++
	}
	if !p.is(j, "end") || !p.is(j+1, "of") {
		return cand{}, false
	}
	j += 2
	if p.is(j, "the") && p.is(j+1, "year", "month", "week") {
		j++
	}
	var x cand
	if g, ok := unitWords[p.tok(j).low]; ok && !isPlural(p.tok(j).low) && g != "fortnight" {
		x = cand{iv: unitIv(p.ref, g), end: j + 1, rel: true}
	} else {
		c, ok := p.simple(j)
		if !ok {
			return cand{}, false
		}
		x = c
	}
	from := p.ref
	if x.iv.To.Before(from) {
		from = x.iv.From
	}
	x.iv = iv(from, x.iv.To, claim.Day)
	x.rel, x.fwd = true, true
	return x, true
}

// quarter reads "Q3 2020", "the third quarter of 2019", "Q1", "the first
// quarter of the year", "the third quarter this year".
func (p *parser) quarter(i int) (cand, bool) {
	j := i
	if p.is(j, "the") {
		j++
	}
	q := 0
	t := p.tok(j)
	switch {
	case t.kind == word && (t.low == "q1" || t.low == "q2" || t.low == "q3" || t.low == "q4"):
		q, j = int(t.low[1]-'0'), j+1
	case t.low == "q" && p.tok(j+1).kind == num && p.glued(j+1) && p.tok(j+1).val >= 1 && p.tok(j+1).val <= 4:
		q, j = p.tok(j+1).val, j+2
	default:
		n, k, ok := p.ordinal(j)
		if !ok || n < 1 || n > 4 || !p.is(k, "quarter", "qtr") || p.tok(j).kind == num && !p.glued(j+1) {
			if !(p.is(j, "last") && p.is(j+1, "quarter") && p.is(j+2, "of")) {
				return cand{}, false
			}
			n, k = 4, j+1
		}
		q, j = n, k+1
	}
	e := j
	if p.is(e, "of", "in") || p.is(e, "-") && p.glued(e) {
		e++
	}
	if p.is(e, "fiscal") {
		e++
	}
	if y, e2, ok := p.yearAfter(e); ok {
		return cand{iv: quarterIv(y, q), end: e2}, true
	}
	if c, ok := p.unitRel(e); ok && c.iv.Grain == claim.Year {
		return cand{iv: quarterIv(c.iv.From.Year(), q), end: c.end, rel: true}, true
	}
	if p.is(e, "the") && p.is(e+1, "year") {
		return cand{iv: quarterIv(p.ref.Year(), q), end: e + 2, rel: true}, true
	}
	// a bare quarter: the latest one begun by the reference date
	y := p.ref.Year()
	if quarterIv(y, q).From.After(p.ref) && !p.fwd {
		y--
	}
	return cand{iv: quarterIv(y, q), end: j, rel: true}, true
}

// season reads "summer 2019", "this summer", "last winter", "the summer".
func (p *parser) season(i int) (cand, bool) {
	j := i
	mod := ""
	if p.is(j, "this", "last", "next", "past") {
		mod, j = p.tok(j).low, j+1
	} else if p.is(j, "the") {
		j++
	}
	t := p.tok(j)
	m, ok := seasons[t.low]
	if !ok {
		return cand{}, false
	}
	j++
	of := func(y int) claim.Interval {
		f := day(y, m, 1)
		x := iv(f, f.AddDate(0, 3, -1), claim.Quarter)
		return x
	}
	e := j
	if p.is(e, "of") {
		e++
	}
	if y, e2, ok := p.yearAt(e); ok {
		return cand{iv: of(y), end: e2}, true
	}
	if t.low == "fall" && mod == "" {
		return cand{}, false
	}
	r := p.ref
	// the season containing or latest before the reference date
	y := r.Year()
	cur := of(y)
	if m == 12 && r.Month() < 3 {
		cur = of(y - 1)
	}
	switch mod {
	case "last", "past":
		if !cur.From.After(r) {
			cur = of(cur.From.Year() - 1)
		} else {
			cur = of(cur.From.Year() - 1)
		}
		if cur.To.After(r) {
			cur = of(cur.From.Year() - 1)
		}
	case "next":
		if !cur.From.After(r) {
			cur = of(cur.From.Year() + 1)
		}
	default:
		fwd := p.fwd || mod == "this"
		if !fwd && cur.From.After(r) {
			cur = of(cur.From.Year() - 1)
		}
		if fwd && cur.To.Before(r) {
			cur = of(cur.From.Year() + 1)
		}
	}
	return cand{iv: cur, end: j, rel: true, fwd: mod == "next"}, true
}

// holiday reads "Christmas", "Thanksgiving 2020", "last Easter", "Labor Day
// of this year".
func (p *parser) holiday(i int) (cand, bool) {
	// "the weekend of Thanksgiving 2023", "Labor Day weekend"
	k := i
	if p.is(k, "the") {
		k++
	}
	if p.is(k, "weekend") && p.is(k+1, "of") {
		if c, ok := p.holidayDay(k + 2); ok {
			c.iv = holidayWeekend(c.iv.From)
			return c, true
		}
	}
	c, ok := p.holidayDay(i)
	if ok && p.is(c.end, "weekend") {
		c.iv = holidayWeekend(c.iv.From)
		c.end++
	}
	return c, ok
}

// holidayWeekend is the long weekend around a holiday: Saturday to a Monday
// holiday, a Thursday or Friday holiday to Sunday, else Saturday-Sunday.
func holidayWeekend(h time.Time) claim.Interval {
	switch h.Weekday() {
	case time.Monday:
		return iv(h.AddDate(0, 0, -2), h, claim.Day)
	case time.Thursday:
		return iv(h, h.AddDate(0, 0, 3), claim.Day)
	case time.Friday:
		return iv(h, h.AddDate(0, 0, 2), claim.Day)
	case time.Saturday:
		return iv(h, h.AddDate(0, 0, 1), claim.Day)
	case time.Sunday:
		return iv(h.AddDate(0, 0, -1), h, claim.Day)
	}
	ws := weekStart(h)
	return iv(ws.AddDate(0, 0, 5), ws.AddDate(0, 0, 6), claim.Day)
}

// holidayDay reads one holiday with its optional modifier and year.
func (p *parser) holidayDay(i int) (cand, bool) {
	j := i
	mod := ""
	if p.is(j, "this", "last", "next", "past") {
		mod, j = p.tok(j).low, j+1
	}
	var h holiday
	e := j
	if j >= len(p.toks) || !holidayFirst[p.toks[j].low] {
		return cand{}, false
	}
	key := ""
	for k := j; k < len(p.toks) && k < j+holidayMax; k++ {
		if k > j {
			key += " "
		}
		key += p.toks[k].low
		if hh, ok := holidays[key]; ok {
			h, e = hh, k+1
		}
	}
	if h == nil {
		return cand{}, false
	}
	k := e
	if p.is(k, "of", "in") {
		k++
	}
	if y, e2, ok := p.yearAt(k); ok {
		return cand{iv: dayIv(h(y)), end: e2}, true
	}
	if c, ok := p.unitRel(k); ok && c.iv.Grain == claim.Year {
		return cand{iv: dayIv(h(c.iv.From.Year())), end: c.end, rel: true}, true
	}
	r := p.ref
	y := r.Year()
	switch mod {
	case "last", "past":
		if !h(y).Before(r) {
			y--
		}
	case "next":
		if !h(y).After(r) {
			y++
		}
	case "this":
	default:
		if p.fwd && h(y).Before(r) {
			y++
		} else if !p.fwd && h(y).After(r) {
			y--
		}
	}
	return cand{iv: dayIv(h(y)), end: e, rel: true, fwd: mod == "next"}, true
}

// since reads "since 2014", "since August": open-ended up to the reference.
func (p *parser) since(i int) (cand, bool) {
	if !p.is(i, "since") {
		return cand{}, false
	}
	old := p.fwd
	p.fwd = false
	c, ok := p.simple(i + 1)
	p.fwd = old
	if !ok {
		return cand{}, false
	}
	to := p.ref
	if to.Before(c.iv.From) {
		to = c.iv.From
	}
	c.iv = claim.Interval{From: c.iv.From, To: to, Grain: c.iv.Grain, Known: true, Open: true}
	c.rel, c.open = true, true
	return c, true
}

// span reads "from X to Y", "between X and Y", "X - Y": one interval from
// the start of X to the end of Y. A bare day number before a day borrows its
// month ("from 4 to 22 January", "between 3 and 12 of Sept"), and a yearless
// start borrows the end's year ("from May to Oct 2020").
func (p *parser) span(i int) (cand, bool) {
	j := i
	lead := ""
	if p.is(j, "from", "between") {
		lead, j = p.tok(j).low, j+1
	}
	a, ok := p.simple(j)
	if !ok && lead == "between" && p.is(j, "now") {
		a, ok = cand{iv: dayIv(p.ref), end: j + 1, rel: true}, true
	}
	bareDay := 0
	if !ok || a.iv.Grain == claim.Year && p.tok(j).kind == num && p.tok(j).ndig <= 2 {
		jj := j
		if p.is(jj, "the") {
			jj++
		}
		d, k, isOrd := p.ordinal(jj)
		if !isOrd || d < 1 || d > 31 || p.tok(jj).kind == num && p.tok(jj).ndig > 2 {
			return cand{}, false
		}
		bareDay = d
		a = cand{end: k}
	}
	k := a.end
	sepOK := false
	switch {
	case lead == "between" && p.is(k, "and", "-", "–", "~", "through", "to"):
		sepOK = true
	case lead != "between" && p.is(k, "to", "until", "till", "through", "thru", "-", "–", "—", "~"):
		sepOK = true
	}
	if !sepOK {
		return cand{}, false
	}
	k++
	b, ok := p.simple(k)
	if !ok && lead != "" {
		// "between Jan 2019 and now", "from March to date", "till current date"
		switch {
		case p.is(k, "now", "date", "present"):
			b, ok = cand{iv: dayIv(p.ref), end: k + 1, rel: true}, true
		case p.is(k, "current", "the") && p.is(k+1, "date", "present"):
			b, ok = cand{iv: dayIv(p.ref), end: k + 2, rel: true}, true
		}
	}
	if !ok {
		// "June 10-12", "april 9th through the seventeenth": a day number
		// after a month-day
		kk := k
		if p.is(kk, "the") {
			kk++
		}
		if d, e, isOrd := p.ordinal(kk); isOrd && bareDay == 0 && a.iv.Grain == claim.Day && d <= 31 && !(p.tok(kk).kind == num && p.tok(kk).ndig > 2) {
			y, m := a.iv.From.Year(), a.iv.From.Month()
			if validDay(y, m, d) && d > a.iv.From.Day() {
				a.iv = iv(a.iv.From, day(y, m, d), claim.Day)
				a.end = e
				return a, true
			}
		}
		return cand{}, false
	}
	if bareDay > 0 {
		if b.iv.Grain != claim.Day && b.iv.Grain != claim.Month {
			return cand{}, false
		}
		y, m := b.iv.From.Year(), b.iv.From.Month()
		if !validDay(y, m, bareDay) || day(y, m, bareDay).After(b.iv.To) {
			return cand{}, false
		}
		to := b.iv.To
		if b.iv.Grain == claim.Month {
			return cand{}, false
		}
		return cand{iv: iv(day(y, m, bareDay), to, claim.Day), end: b.end, rel: b.rel, fwd: b.fwd}, true
	}
	if b.bareWd > 0 && a.iv.Grain == claim.Day {
		wd := time.Weekday(b.bareWd - 1)
		b.iv = dayIv(a.iv.From.AddDate(0, 0, (int(wd)-int(a.iv.From.Weekday())+7)%7))
	}
	if a.yearless && !b.rel {
		a = reanchor(a, b.iv)
	} else if a.yearless && b.yearless && b.iv.From.Before(a.iv.From) {
		a = reanchor(a, b.iv)
	}
	// "from June 1 to June 7, 2020": a year after the span fixes both ends
	if a.yearless && b.yearless && p.is(b.end, ",") {
		if y, e, ok := p.yearAt(b.end + 1); ok && p.tok(b.end+1).kind == num {
			if a2, ok := withYear(a, y); ok {
				if b2, ok := withYear(b, y); ok {
					a, b = a2, b2
					b.end, b.rel, a.rel = e, false, false
				}
			}
		}
	}
	if b.iv.To.Before(a.iv.From) {
		return cand{}, false
	}
	g := a.iv.Grain
	if rankOf(b.iv.Grain) > rankOf(g) {
		g = b.iv.Grain
	}
	return cand{iv: iv(a.iv.From, b.iv.To, g), end: b.end, rel: a.rel || b.rel, fwd: a.fwd || b.fwd}, true
}

// withYear moves a yearless day or month to year y.
func withYear(c cand, y int) (cand, bool) {
	switch c.iv.Grain {
	case claim.Day:
		m, d := c.iv.From.Month(), c.iv.From.Day()
		if !validDay(y, m, d) {
			return c, false
		}
		c.iv = dayIv(day(y, m, d))
	case claim.Month:
		c.iv = monthIv(y, c.iv.From.Month())
	default:
		return c, false
	}
	c.yearless = false
	return c, true
}

func rankOf(g claim.Grain) int {
	switch g {
	case claim.Day:
		return 0
	case claim.Week:
		return 1
	case claim.Month:
		return 2
	case claim.Quarter:
		return 3
	case claim.Year:
		return 4
	}
	return 5
}
