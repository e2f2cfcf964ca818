package timex

import (
	"time"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/internal/lex"
)

// Rules for dates written out: numeric and calendar dates, months, years,
// decades, and the numbers inside them.

// ordinal reads "21st", "3rd", "twenty first", "third": a day of month.
func (p *parser) ordinal(i int) (int, int, bool) {
	t := p.tok(i)
	if t.Kind == lex.Num && t.Digits <= 2 {
		if p.glued(i+1) && p.is(i+1, "st", "nd", "rd", "th") {
			return t.Int(), i + 2, true
		}
		return t.Int(), i + 1, true
	}
	if t.Kind == lex.Word {
		if n, ok := ordinalWords[t.Low]; ok && n > 0 {
			return n, i + 1, true
		}
		if tens, ok := smallNumbers[t.Low]; ok && (tens == 20 || tens == 30) {
			k := i + 1
			if p.is(k, "-") {
				k++
			}
			if n, ok := ordinalWords[p.tok(k).Low]; ok && n > 0 && n < 10 {
				return tens + n, k + 1, true
			}
		}
	}
	return 0, i, false
}

// month reads a month name, with its abbreviation dot ("Jan.").
func (p *parser) month(i int, alone bool) (time.Month, int, bool) {
	t := p.tok(i)
	if t.Kind != lex.Word {
		return 0, i, false
	}
	m, ok := monthWords[t.Low]
	if !ok || p.gluedToSymbol(i) || alone && p.notAMonthAlone(i) {
		return 0, i, false
	}
	j := i + 1
	if p.is(j, ".") && p.glued(j) && len(t.Low) <= 4 {
		j++
	}
	return m, j, true
}

// gluedToSymbol reports a token glued to a symbol other than a date's
// "-", "/" or "(" before it.
func (p *parser) gluedToSymbol(i int) bool {
	prev := p.tok(i - 1)
	return p.glued(i) && i > 0 && prev.Kind == lex.Sym && prev.Low != "-" && prev.Low != "/" && prev.Low != "("
}

// notAMonthAlone reports a month word at i that, with no day or year, is
// another word: lower-case "march" and "may" (verbs) unless a date word
// comes before, and lower-case abbreviations ("jan", "sept").
func (p *parser) notAMonthAlone(i int) bool {
	t := p.tok(i)
	if t.Upper {
		return false
	}
	if (t.Low == "march" || t.Low == "mar" || t.Low == "may") &&
		!p.is(i-1, "in", "of", "since", "until", "by", "early", "late", "mid", "end", "this", "last", "next", "-") {
		return true
	}
	return len(t.Low) <= 4 && t.Low != "june" && t.Low != "july" && t.Low != "may"
}

// yearAt reads a year: four digits, or an apostrophe and two ("'19").
func (p *parser) yearAt(i int) (int, int, bool) {
	t := p.tok(i)
	if t.Kind == lex.Num && t.Digits == 4 && t.Int() >= 1000 && t.Int() <= 2200 && !(p.glued(i+1) && p.tok(i+1).Kind == lex.Word) {
		return t.Int(), i + 1, true
	}
	if (t.Low == "'" || t.Low == "’") && p.tok(i+1).Kind == lex.Num && p.tok(i+1).Digits == 2 && p.glued(i+1) {
		return twoDigitYear(p.tok(i + 1).Int()), i + 2, true
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
	if t.Kind == lex.Num && t.Digits == 2 && (p.is(i-1, "-", "/") && p.glued(i) && p.tok(i-2).Kind == lex.Word || p.is(i-1, "of")) && !(p.glued(i+1) && p.tok(i+1).Kind != lex.Sym) {
		return twoDigitYear(t.Int()), i + 1, true
	}
	return 0, i, false
}

// yearWords reads a year written in words: "two thousand", "two thousand
// and fifteen", "nineteen eighty six", "nineteen zero one", "nineteen
// hundred ninety three", "seventeen hundred thirty three".
func (p *parser) yearWords(i int) (int, int, bool) {
	hi, e, ok := p.smallWords(i)
	if !ok {
		return 0, i, false
	}
	if hi == 2 && p.is(e, "thousand") {
		return p.plusSmall(2000, e+1)
	}
	if hi < 10 || hi > 20 {
		return 0, i, false
	}
	if p.is(e, "hundred") {
		return p.plusSmall(hi*100, e+1)
	}
	if p.is(e, "zero", "oh", "o") {
		if u, e2, ok := p.smallWords(e + 1); ok && u < 10 {
			return hi*100 + u, e2, true
		}
		return 0, i, false
	}
	if lo, e2, ok := p.smallWords(e); ok && lo >= 10 {
		return hi*100 + lo, e2, true
	}
	return 0, i, false
}

// plusSmall adds to base the number in words under 100 at e, after an
// optional "and": "two thousand and fifteen", "nineteen hundred ninety
// three".
func (p *parser) plusSmall(base, e int) (int, int, bool) {
	k := e
	if p.is(k, "and") {
		k++
	}
	if n, e2, ok := p.smallWords(k); ok {
		return base + n, e2, true
	}
	return base, e, true
}

// smallWords reads 1 to 99 in words at k: "fifteen", "eighty six",
// "forty-two"; not "a", "few" and the like.
func (p *parser) smallWords(k int) (int, int, bool) {
	t := p.tok(k)
	n, ok := smallNumbers[t.Low]
	if !ok || t.Kind != lex.Word || n >= 100 || t.Low == "a" || t.Low == "an" || t.Low == "few" || t.Low == "several" || t.Low == "couple" {
		return 0, k, false
	}
	e := k + 1
	if n < 20 {
		return n, e, true
	}
	j := e
	if p.is(j, "-") {
		j++
	}
	if u, ok := smallNumbers[p.tok(j).Low]; ok && u < 10 && p.tok(j).Low != "a" && p.tok(j).Low != "an" {
		return n + u, j + 1, true
	}
	return n, e, true
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
	if a.Kind != lex.Num || (i > 0 && p.glued(i) && p.tok(i-1).Kind != lex.Sym) {
		return cand{}, false
	}
	sep, ok := p.numericSep(i)
	if !ok {
		return cand{}, false
	}
	if p.is(i+3, sep.Low) && p.glued(i+3) && p.tok(i+4).Kind == lex.Num && p.glued(i+4) {
		return p.numericDay(i, sep.Low)
	}
	end := i + 3
	if p.glued(end) && p.tok(end).Kind == lex.Num {
		return cand{}, false
	}
	// yyyy-mm
	if b := p.tok(i + 2); sep.Low != "." && a.Digits == 4 && a.Int() >= 1000 && a.Int() <= 2200 && p.monthNumberAt(i+2) {
		return cand{iv: monthIv(a.Int(), time.Month(b.Int())), end: end}, true
	}
	return p.numericMonthDay(i, sep.Low)
}

// numericSep reads the separator glued between the number at i and the
// next: "-", "/" or ".".
func (p *parser) numericSep(i int) (lex.Token, bool) {
	sep := p.tok(i + 1)
	if !(sep.Low == "-" || sep.Low == "/" || sep.Low == ".") || !p.glued(i+1) || p.tok(i+2).Kind != lex.Num || !p.glued(i+2) {
		return sep, false
	}
	return sep, true
}

// numericDay reads a date of three numbers at i, joined by sep: year
// first (2020-06-12), or last in four or two digits, month first unless
// only the day-first reading is valid (10/31/1974, 31/10/1974, 6/12/20).
func (p *parser) numericDay(i int, sep string) (cand, bool) {
	a, b, c := p.tok(i), p.tok(i+2), p.tok(i+4)
	end := i + 5
	if p.glued(end) && (p.tok(end).Kind == lex.Num || p.is(end, sep) && p.tok(end+1).Kind == lex.Num) {
		return cand{}, false // a phone number or version
	}
	var y, m, d int
	switch {
	case a.Digits == 4:
		y, m, d = a.Int(), b.Int(), c.Int()
	case c.Digits == 4 || c.Digits == 2:
		y = c.Int()
		if c.Digits == 2 {
			y = twoDigitYear(c.Int())
		}
		m, d = a.Int(), b.Int()
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

// numericMonthDay reads m/d, only after a word that introduces a date
// ("on 5/12"): bare, "9/11" is an event's name and "3/4" a fraction.
func (p *parser) numericMonthDay(i int, sep string) (cand, bool) {
	a, b, end := p.tok(i), p.tok(i+2), i+3
	if sep != "/" || a.Digits > 2 || b.Digits > 2 || a.Int() < 1 || a.Int() > 12 || b.Int() < 1 || b.Int() > 31 || !p.mdContext(i, end) {
		return cand{}, false
	}
	if t, ok := p.resolveMonthDay(time.Month(a.Int()), b.Int(), p.fwd); ok {
		return cand{iv: dayIv(t), end: end, rel: true, yearless: true}, true
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
	if _, ok := weekdayWords[p.tok(i-1).Low]; ok {
		return true
	}
	if end >= len(p.toks) {
		return true
	}
	nx := p.toks[end]
	return nx.Kind == lex.Sym && nx.Low != "/" && nx.Low != "%"
}

// monthFirst reads "June 11, 2020", "Jan. 3", "September 9", "December
// 2017", "March of 2019", "Oct-2", "Friday, June 12", and a bare month.
func (p *parser) monthFirst(i int) (cand, bool) {
	j, ok := p.weekdayBeforeMonth(i)
	if !ok {
		return cand{}, false
	}
	m, k, ok := p.month(j, false)
	if !ok {
		return cand{}, false
	}
	if d, k2, ok := p.dayAfterMonth(k); ok {
		c, ok := p.monthDay(m, d, k2)
		if wd, _, hasWd := p.leadWeekday(i); ok && hasWd {
			c = p.onWeekday(c, wd)
		}
		return c, ok
	}
	return p.monthAlone(i, j, m, k)
}

// leadWeekday reads a weekday at i that a date may follow ("Sunday, Oct.
// 4", "Wed, 22 of Jan"): the weekday and where the date starts.
func (p *parser) leadWeekday(i int) (time.Weekday, int, bool) {
	t := p.tok(i)
	wd, ok := weekdayWords[t.Low]
	if !ok || shortWeekdays[t.Low] && !t.Upper {
		return 0, i, false
	}
	j := i + 1
	if p.is(j, ".") && p.glued(j) {
		j++
	}
	if p.is(j, ",") {
		j++
	}
	return wd, j, true
}

// onWeekday moves a yearless date written with its weekday ("Sunday, Oct.
// 4") to the year next to the one convention gave, when only there the
// day falls on that weekday; the closer to the reference date wins.
func (p *parser) onWeekday(c cand, wd time.Weekday) cand {
	if !c.yearless || c.iv.Grain != claim.Day || c.iv.From.Weekday() == wd {
		return c
	}
	y, m, d := c.iv.From.Date()
	best, found := time.Time{}, false
	for _, yy := range []int{y - 1, y + 1} {
		if !validDay(yy, m, d) || day(yy, m, d).Weekday() != wd {
			continue
		}
		t := day(yy, m, d)
		if !found || absDays(t.Sub(p.ref)) < absDays(best.Sub(p.ref)) {
			best, found = t, true
		}
	}
	if found {
		c.iv = dayIv(best)
		c.fwd = best.After(p.ref)
	}
	return c
}

func absDays(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// weekdayBeforeMonth skips the weekday of "Friday, June 12"; a weekday must
// be followed by a month. It returns where the month should be.
func (p *parser) weekdayBeforeMonth(i int) (int, bool) {
	t := p.tok(i)
	if _, ok := weekdayWords[t.Low]; !ok || !(t.Upper || !shortWeekdays[t.Low]) {
		return i, true
	}
	j := i + 1
	if p.is(j, ",") {
		j++
	}
	_, _, ok := p.month(j, false)
	return j, ok
}

// dayAfterMonth reads the day after a month that ends at k: "June 11",
// "Oct-2", "March the 3rd", "October, 1st", "May twenty one"; not a year
// ("June 2020"), nor a number going on ("Oct 2 , 3 million", "Oct 2:30").
func (p *parser) dayAfterMonth(k int) (d, end int, ok bool) {
	kk := p.dayStart(k)
	d, end, ok = p.ordinal(kk)
	if !ok && p.tok(kk).Kind == lex.Word {
		d, end, ok = p.dayInWords(kk)
	}
	if !ok || d < 1 || d > 31 || p.tok(kk).Kind == lex.Num && p.tok(kk).Digits > 2 || p.is(end, ":") {
		return 0, k, false
	}
	return d, end, true
}

// dayStart skips what may stand between a month ending at k and its day:
// "Oct-2", "March the 3rd", "October, 1st".
func (p *parser) dayStart(k int) int {
	if (p.is(k, "-") || p.is(k, "/")) && p.glued(k) {
		k++
	}
	if p.is(k, "the") {
		k++
	}
	if p.is(k, ",") && p.tok(k+1).Kind == lex.Num && p.glued(k+2) && p.is(k+2, "st", "nd", "rd", "th") {
		k++
	}
	return k
}

// dayInWords reads a day of the month in words after a month: "May twenty
// one", "jan twenty two"; not a count ("May a few"), a duration ("May two
// weeks") or a year ("August two thousand and fifteen").
func (p *parser) dayInWords(k int) (int, int, bool) {
	n, e, isNum := p.number(k)
	if !isNum || n < 1 || n > 31 || p.is(k, "a", "an", "few", "several", "couple") || p.countNounAt(e) {
		return 0, 0, false
	}
	_, isUnit := unitWords[p.tok(e).Low]
	_, moreNum := smallNumbers[p.tok(e).Low]
	if y, _, isYear := p.yearWords(k); isYear && y > 31 {
		moreNum = true // "August two thousand and fifteen" is a year
	}
	if _, _, yearNext := p.yearWords(e); yearNext {
		moreNum = false // "January twenty five nineteen eighty six"
	}
	if isUnit || moreNum && !p.is(e, "a", "an") || p.is(e, "thousand") {
		return 0, 0, false
	}
	return n, e, true
}

// monthDay is month m, day d (ending at k), in the year that follows or,
// without one, the one the reference date implies.
func (p *parser) monthDay(m time.Month, d, k int) (cand, bool) {
	e := k
	if p.is(e, ",") || p.is(e, "of", "in") || p.is(e, "-", "/") && p.glued(e) {
		e++
	}
	if y, e2, ok := p.yearAfter(e); ok && validDay(y, m, d) {
		return cand{iv: dayIv(day(y, m, d)), end: e2}, true
	}
	if t, ok := p.resolveMonthDay(m, d, p.fwd); ok {
		return cand{iv: dayIv(t), end: k, rel: true, yearless: true}, true
	}
	return cand{}, false
}

// monthAlone is month m (ending at k) with no day: "December 2017", "March
// of 2019", "August 99", or a bare month, which needs no weekday before it.
func (p *parser) monthAlone(i, j int, m time.Month, k int) (cand, bool) {
	e := k
	if p.is(e, ",") || p.is(e, "of", "in") {
		e++
	}
	if y, e2, ok := p.yearAfter(e); ok {
		return cand{iv: monthIv(y, m), end: e2}, true
	}
	if t := p.tok(k); t.Kind == lex.Num && t.Digits == 2 && t.Int() > 31 && !(p.glued(k+1) && p.tok(k+1).Kind != lex.Sym) {
		return cand{iv: monthIv(twoDigitYear(t.Int()), m), end: k + 1}, true // "August 99"
	}
	if _, _, ok := p.month(j, true); !ok || j != i {
		return cand{}, false
	}
	return cand{iv: p.resolveMonth(m, p.fwd), end: k, rel: true, yearless: true}, true
}

// dayFirst reads "26 July 2021", "3rd March", "the 3rd of March 2020".
func (p *parser) dayFirst(i int) (cand, bool) {
	wd, j, hasWd := p.leadWeekday(i) // "Wednesday, 22 January"
	if p.is(j, "the") {
		j++
	}
	d, k, ok := p.leadingDay(j)
	if !ok {
		return cand{}, false
	}
	k = p.toMonthAfterDay(j, k)
	m, e, ok := p.month(k, false)
	if !ok {
		if hasWd {
			return cand{}, false // "Friday the 15th" is weekdayDay's
		}
		return p.dayOfMonth(i, j, d, k)
	}
	c, ok := p.dayMonth(d, m, e)
	if ok && hasWd {
		c = p.onWeekday(c, wd)
	}
	return c, ok
}

// leadingDay reads the day at j that a month follows: "26", "3rd",
// "twenty five" (January); not an amount ("$26") nor a decimal's tail.
func (p *parser) leadingDay(j int) (d, end int, ok bool) {
	d, end, ok = p.ordinal(j)
	if !ok && p.tok(j).Kind == lex.Word {
		d, end, ok = p.dayInWordsBeforeMonth(j)
	}
	if !ok || d < 1 || d > 31 || p.is(j-1, "$", "€", "£", "¥") || p.glued(j) && p.is(j-1, ".", ",") && p.tok(j-2).Kind == lex.Num {
		return 0, 0, false
	}
	return d, end, true
}

// dayInWordsBeforeMonth reads "twenty five January", "fifteen August".
func (p *parser) dayInWordsBeforeMonth(j int) (int, int, bool) {
	n, e, isNum := p.number(j)
	if !isNum || n < 1 || n > 31 || p.is(j, "a", "an", "few", "several", "couple") {
		return 0, 0, false
	}
	if _, _, isMonth := p.month(e, false); isMonth {
		return n, e, true
	}
	return 0, 0, false
}

// toMonthAfterDay skips what may stand between a day (at j, ending at k)
// and its month: "3rd day of March", "16. Nov.", "3rd of March", "26-Jul".
func (p *parser) toMonthAfterDay(j, k int) int {
	if p.is(k, "day") && p.is(k+1, "of") {
		k++
	}
	if p.is(k, ".") && p.glued(k) && p.tok(j).Kind == lex.Num {
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
	return k
}

// dayMonth is day d of month m (which ends at e), in the year that
// follows or, without one, the year the reference date implies.
func (p *parser) dayMonth(d int, m time.Month, e int) (cand, bool) {
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

// countNounAt: a count noun after a number makes it a count ("2000
// troops", "12 soldiers"), not a year or a day; the rule quantity applies.
func (p *parser) countNounAt(k int) bool { return p.tok(k).PluralNoun() }

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
	if !ok {
		return p.eraYear(i)
	}
	if p.tok(i).Kind == lex.Num && p.notAYear(i, e) {
		return cand{}, false
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
	return p.yearRange(c, y, e), true
}

// eraYear reads a short year with its era after "in", "of", "year": "in
// 44 BC", "year 800 AD".
func (p *parser) eraYear(i int) (cand, bool) {
	if p.tok(i).Kind != lex.Num || p.tok(i).Digits > 4 || !p.is(i-1, "in", "of", "year") {
		return cand{}, false
	}
	k, bc, isEra := p.era(i + 1)
	if !isEra {
		return cand{}, false
	}
	y := p.tok(i).Int()
	if bc {
		y = -y
	}
	return cand{iv: yearIv(y), end: k}, true
}

// notAYear reports digits at i (a year's worth, ending at e) that are
// something else here.
func (p *parser) notAYear(i, e int) bool {
	return p.yearGluedToName(i) || p.yearIsAmount(i, e) || p.yearInNumber(i, e)
}

// yearGluedToName: "B2020", "MH2019", "F-2019" (but not "FY2019",
// "mid-2019").
func (p *parser) yearGluedToName(i int) bool {
	prev := p.tok(i - 1)
	if i > 0 && p.glued(i) && prev.Kind != lex.Sym && prev.Low != "fy" {
		return true
	}
	if i > 0 && prev.Upper && prev.Kind == lex.Word && p.glued(i) && prev.Low != "fy" {
		return true
	}
	return i > 1 && p.is(i-1, "-") && p.glued(i) && p.glued(i-1) && p.tok(i-2).Kind == lex.Word && !p.is(i-2, "mid", "early", "late", "pre", "post")
}

// yearIsAmount: "$2020", "about 2000", "2020 troops", "2,020,000".
func (p *parser) yearIsAmount(i, e int) bool {
	if i > 0 && notYearBefore[p.tok(i-1).Low] || notYearAfter[p.tok(e).Low] {
		return true
	}
	return p.is(e, ",") && p.tok(e+1).Kind == lex.Num && p.tok(e+1).Digits == 3 || p.countNounAt(e)
}

// yearInNumber: a decimal ("2020.5"), or the tail of an invalid numeric
// date or a number ("13/13/2020", "1.2020").
func (p *parser) yearInNumber(i, e int) bool {
	if p.is(e, ".") && p.glued(e) && p.tok(e+1).Kind == lex.Num && p.glued(e+1) {
		return true
	}
	return i > 1 && p.glued(i) && p.is(i-1, "/", ".", ",", ":") && p.tok(i-2).Kind == lex.Num
}

// yearRange widens year c (y, ending at e) to a range: "2019-20",
// "2019-2020", "2019–2020", "2019/20".
func (p *parser) yearRange(c cand, y, e int) cand {
	if !(p.is(e, "-") || p.is(e, "–") || p.is(e, "/")) || !p.glued(e) || p.tok(e+1).Kind != lex.Num || !p.glued(e+1) {
		return c
	}
	n := p.tok(e + 1)
	y2 := -1
	switch {
	case n.Digits == 4:
		y2 = n.Int()
	case n.Digits == 2:
		y2 = y/100*100 + n.Int()
	}
	if y2 > y && y2-y < 50 {
		c.iv = iv(day(y, 1, 1), day(y2, 12, 31), claim.Year)
		c.end = e + 2
	}
	return c
}

// era reads "BC", "B.C.", "BCE", "AD", "A.D.", "CE" at token k.
func (p *parser) era(k int) (int, bool, bool) {
	switch {
	case p.is(k, "bc", "bce"):
		return k + 1, true, true
	case p.is(k, "ad", "ce") && p.tok(k).Upper:
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
	if p.is(j, "'", "’") && p.tok(j+1).Kind == lex.Num && p.glued(j+1) {
		j++
		apos = true
	}
	t := p.tok(j)
	sEnd := j + 2
	if p.is(j+1, "'", "’") && p.glued(j+1) && p.is(j+2, "s") && p.glued(j+2) {
		sEnd = j + 3
	} else if t.Kind != lex.Num || !p.is(j+1, "s") || !p.glued(j+1) && !(t.Digits == 4 && p.is(j+1, "s")) {
		return cand{}, false
	}
	if t.Kind != lex.Num || !(t.Digits == 4 || t.Digits == 2) || t.Int()%10 != 0 {
		return cand{}, false
	}
	y := t.Int()
	if t.Digits == 2 {
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

// dayOfMonth reads "on the 15th": a day of the month with no month named,
// in the latest month where that day is on or before the reference date
// (the coming one, looking forward). Only a written ordinal ("15th") after
// "on the" counts, and not before a noun ("on the 21st floor").
func (p *parser) dayOfMonth(i, j, d, k int) (cand, bool) {
	if !p.is(i, "the") || !p.is(i-1, "on", "by", "until", "since") || p.tok(j).Kind != lex.Num || !p.is(j+1, "st", "nd", "rd", "th") {
		return cand{}, false
	}
	if nx := p.tok(k); nx.Kind == lex.Word && !dayFollowers[nx.Low] {
		return cand{}, false
	}
	y, m := p.ref.Year(), p.ref.Month()
	step := -1
	if p.fwd {
		step = 1
	}
	for n := 0; n < 14; n++ {
		if validDay(y, m, d) {
			t := day(y, m, d)
			if step < 0 && !t.After(p.ref) || step > 0 && !t.Before(p.ref) {
				return cand{iv: dayIv(t), end: k, rel: true}, true
			}
		}
		tm := day(y, m, 1).AddDate(0, step, 0)
		y, m = tm.Year(), tm.Month()
	}
	return cand{}, false
}
