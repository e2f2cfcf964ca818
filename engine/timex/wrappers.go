package timex

import (
	"time"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/internal/lex"
)

// Rules that wrap or narrow other times: "early 2020", "by the end of the
// year", quarters, seasons, holidays, "since X", "from X to Y".

// modified reads "early 2020", "mid-2019", "late last year", "the end of
// March", "earlier this month", "later this year", "the beginning of next week".
func (p *parser) modified(i int) (cand, bool) {
	mod, j, ok := p.modifierAt(i)
	if !ok {
		return cand{}, false
	}
	x, ok := p.modifiedTime(mod, j)
	if !ok {
		return cand{}, false
	}
	return p.applyModifier(mod, x)
}

// modifierAt reads the modifier at i ("early", "the end of", "at the
// start of") and returns it and where what follows it starts. The nouns
// need their "of": "start within two weeks" is a verb.
func (p *parser) modifierAt(i int) (string, int, bool) {
	j := i
	if p.is(j, "at", "in") && p.is(j+1, "the") {
		j += 2
	} else if p.is(j, "the") {
		j++
	}
	mod := p.tok(j).Low
	switch mod {
	case "early", "earlier", "late", "later", "mid":
	case "middle", "beginning", "start", "end", "begin":
		if !p.is(j+1, "of") {
			return "", 0, false
		}
	case "rest":
		if !p.is(j+1, "of", "this") {
			return "", 0, false
		}
	default:
		return "", 0, false
	}
	return mod, j + 1, true
}

// modifiedTime reads the time a modifier applies to, at j: "-2019" after
// "mid", "of March", "the year" (the current one), "this month". Only a
// week or longer can be modified.
func (p *parser) modifiedTime(mod string, j int) (cand, bool) {
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
	if g, isUnit := unitWords[p.tok(j).Low]; isUnit && !isPlural(p.tok(j).Low) && g != "fortnight" && g != claim.Day {
		x, ok = cand{iv: unitIv(p.ref, g), end: j + 1, rel: true}, true
	} else {
		x, ok = p.simple(j)
	}
	if !ok {
		return cand{}, false
	}
	switch x.iv.Grain {
	case claim.Year, claim.Month, claim.Week, claim.Quarter, claim.Decade:
		return x, true
	}
	return cand{}, false
}

// applyModifier narrows x to the part mod names.
func (p *parser) applyModifier(mod string, x cand) (cand, bool) {
	switch mod {
	case "earlier":
		x.iv = p.earlierPart(x.iv)
	case "later":
		x.iv = p.laterPart(x.iv)
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

// earlierPart is "earlier this month": the period up to the day before Ref
// (all of it if it is over: news uses "earlier this month" for any day
// before publication); "earlier last week" is its early part.
func (p *parser) earlierPart(e claim.Interval) claim.Interval {
	if e.To.Before(p.ref) {
		e = part(e, "early")
	}
	to := p.ref.AddDate(0, 0, -1)
	if to.Before(e.From) {
		to = e.From
	}
	if e.To.Before(to) {
		to = e.To
	}
	return iv(e.From, to, claim.Day)
}

// laterPart is "later this year": the late part of the period, from Ref on.
func (p *parser) laterPart(x claim.Interval) claim.Interval {
	l := part(x, "late")
	from := p.ref
	if from.Before(l.From) {
		from = l.From
	}
	if from.After(l.To) {
		from = l.To
	}
	return iv(from, l.To, claim.Day)
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
	if g, ok := unitWords[p.tok(j).Low]; ok && !isPlural(p.tok(j).Low) && g != "fortnight" {
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
	yearOf, rel, j := p.yearBeforeQuarter(i)
	if yearOf != 0 {
		if c, ok := p.quarter(j); ok && c.iv.Grain == claim.Quarter {
			q := (int(c.iv.From.Month())-1)/3 + 1
			return cand{iv: quarterIv(yearOf, q), end: c.end, rel: rel}, true
		}
		return cand{}, false
	}
	if p.is(j, "the") {
		j++
	}
	q, j, ok := p.quarterNumber(j)
	if !ok {
		return cand{}, false
	}
	return p.quarterYear(q, j), true
}

// yearBeforeQuarter reads the possessive year of "next year's first
// quarter", "2019's third quarter": the year (0 if none), whether it is
// relative, and where the quarter starts.
func (p *parser) yearBeforeQuarter(i int) (int, bool, int) {
	if c, ok := p.unitRel(i); ok && c.iv.Grain == claim.Year && possessive(p.tok(c.end-1).Low) != p.tok(c.end-1).Low {
		return c.iv.From.Year(), true, c.end
	}
	if p.tok(i).Kind == lex.Num && p.tok(i).Digits == 4 && p.is(i+1, "'", "’") && p.is(i+2, "s") && p.glued(i+1) {
		return p.tok(i).Int(), false, i + 3
	}
	return 0, false, i
}

// quarterNumber reads which quarter: "Q3", "q 3", "the third quarter",
// "3rd qtr", "the last quarter of".
func (p *parser) quarterNumber(j int) (q, end int, ok bool) {
	if q, end, ok := p.quarterCode(j); ok {
		return q, end, true
	}
	n, k, ok := p.ordinal(j)
	if ok && n >= 1 && n <= 4 && p.is(k, "quarter", "qtr") && !(p.tok(j).Kind == lex.Num && !p.glued(j+1)) {
		return n, k + 1, true
	}
	if p.is(j, "last") && p.is(j+1, "quarter") && p.is(j+2, "of") {
		return 4, j + 2, true
	}
	return 0, j, false
}

// quarterCode reads "Q3", "q3" and a "Q" glued to its digit.
func (p *parser) quarterCode(j int) (q, end int, ok bool) {
	t, n := p.tok(j), p.tok(j+1)
	switch {
	case t.Kind == lex.Word && (t.Low == "q1" || t.Low == "q2" || t.Low == "q3" || t.Low == "q4"):
		return int(t.Low[1] - '0'), j + 1, true
	case t.Low == "q" && n.Kind == lex.Num && p.glued(j+1) && n.Int() >= 1 && n.Int() <= 4:
		return n.Int(), j + 2, true
	}
	return 0, j, false
}

// quarterYear places quarter q (read up to j) in the year after it ("of
// 2019", "this year", "of the year") or, bare, the latest one begun by the
// reference date.
func (p *parser) quarterYear(q, j int) cand {
	e := j
	if p.is(e, "of", "in") || p.is(e, "-") && p.glued(e) {
		e++
	}
	if p.is(e, "fiscal") {
		e++
	}
	if y, e2, ok := p.yearAfter(e); ok {
		return cand{iv: quarterIv(y, q), end: e2}
	}
	if c, ok := p.unitRel(e); ok && c.iv.Grain == claim.Year {
		return cand{iv: quarterIv(c.iv.From.Year(), q), end: c.end, rel: true}
	}
	if p.is(e, "the") && p.is(e+1, "year") {
		return cand{iv: quarterIv(p.ref.Year(), q), end: e + 2, rel: true}
	}
	y := p.ref.Year()
	if quarterIv(y, q).From.After(p.ref) && !p.fwd {
		y--
	}
	return cand{iv: quarterIv(y, q), end: j, rel: true}
}

// season reads "summer 2019", "this summer", "last winter", "the summer".
func (p *parser) season(i int) (cand, bool) {
	j := i
	mod := ""
	if p.is(j, "this", "last", "next", "past") {
		mod, j = p.tok(j).Low, j+1
	} else if p.is(j, "the") {
		j++
	}
	t := p.tok(j)
	m, ok := seasons[t.Low]
	if !ok {
		return cand{}, false
	}
	j++
	e := j
	if p.is(e, "of") {
		e++
	}
	if y, e2, ok := p.yearAt(e); ok {
		return cand{iv: seasonOf(y, m), end: e2}, true
	}
	if t.Low == "fall" && mod == "" {
		return cand{}, false
	}
	return cand{iv: p.relativeSeason(mod, m), end: j, rel: true, fwd: mod == "next"}, true
}

// seasonOf is the season that starts in month m of year y.
func seasonOf(y int, m time.Month) claim.Interval {
	f := day(y, m, 1)
	return iv(f, f.AddDate(0, 3, -1), claim.Quarter)
}

// relativeSeason is the season starting in month m that mod picks from the
// reference date: "last", "next", "this", or bare, the latest begun (the
// next, looking forward).
func (p *parser) relativeSeason(mod string, m time.Month) claim.Interval {
	of := func(y int) claim.Interval { return seasonOf(y, m) }
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
	return cur
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
		mod, j = p.tok(j).Low, j+1
	}
	h, e := p.holidayAt(j)
	if h == nil {
		return cand{}, false
	}
	k := e
	if p.is(k, "of", "in") {
		k++
	}
	if y, e2, ok := p.yearAt(k); ok {
		return cand{iv: h(y), end: e2}, true
	}
	if c, ok := p.unitRel(k); ok && c.iv.Grain == claim.Year {
		return cand{iv: h(c.iv.From.Year()), end: c.end, rel: true}, true
	}
	return cand{iv: h(p.holidayYear(mod, h)), end: e, rel: true, fwd: mod == "next"}, true
}

// holidayAt reads the longest holiday name at j, and returns its rule
// (nil if none) and where the name ends.
func (p *parser) holidayAt(j int) (holiday, int) {
	if j >= len(p.toks) || !holidayFirst[p.toks[j].Low] {
		return nil, j
	}
	var h holiday
	e := j
	key := ""
	for k := j; k < len(p.toks) && k < j+holidayMax; k++ {
		if k > j {
			key += " "
		}
		key += p.toks[k].Low
		if hh, ok := holidays[key]; ok {
			h, e = hh, k+1
		}
	}
	return h, e
}

// holidayYear is the year of a holiday with no year of its own: "last
// Christmas" the latest before the reference date, "next" the first after
// it, "this" the reference year's, and bare the latest (the next, looking
// forward).
func (p *parser) holidayYear(mod string, h holiday) int {
	r := p.ref
	y := r.Year()
	switch mod {
	case "last", "past":
		if !h(y).From.Before(r) {
			y--
		}
	case "next":
		if !h(y).From.After(r) {
			y++
		}
	case "this":
	default:
		if p.fwd && h(y).From.Before(r) {
			y++
		} else if !p.fwd && h(y).From.After(r) {
			y--
		}
	}
	return y
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
		lead, j = p.tok(j).Low, j+1
	}
	a, bareDay, ok := p.spanStart(lead, j)
	if !ok || !p.spanSep(lead, a.end) {
		return cand{}, false
	}
	k := a.end + 1
	b, ok := p.spanEnd(lead, k)
	if !ok {
		return p.dayRange(a, bareDay, k)
	}
	if bareDay > 0 {
		return bareDaySpan(b, bareDay)
	}
	return p.joinSpan(a, b)
}

// spanStart reads the start of a span at j: a time, "now" after "between",
// or a bare day number (bareDay), whose month comes with the end.
func (p *parser) spanStart(lead string, j int) (a cand, bareDay int, ok bool) {
	a, ok = p.simple(j)
	if !ok && lead == "between" && p.is(j, "now") {
		a, ok = cand{iv: dayIv(p.ref), end: j + 1, rel: true}, true
	}
	if ok && !(a.iv.Grain == claim.Year && p.tok(j).Kind == lex.Num && p.tok(j).Digits <= 2) {
		return a, 0, true
	}
	if p.is(j, "the") {
		j++
	}
	d, k, isOrd := p.ordinal(j)
	if !isOrd || d < 1 || d > 31 || p.tok(j).Kind == lex.Num && p.tok(j).Digits > 2 {
		return cand{}, 0, false
	}
	return cand{end: k}, d, true
}

// spanSep reports the word or dash at k that joins a span's ends.
func (p *parser) spanSep(lead string, k int) bool {
	if lead == "between" {
		return p.is(k, "and", "-", "–", "~", "through", "to")
	}
	return p.is(k, "to", "until", "till", "through", "thru", "-", "–", "—", "~")
}

// spanEnd reads the end of a span at k: a time, or after "from" or
// "between" today ("between Jan 2019 and now", "from March to date", "till
// current date").
func (p *parser) spanEnd(lead string, k int) (cand, bool) {
	b, ok := p.simple(k)
	if ok || lead == "" {
		return b, ok
	}
	switch {
	case p.is(k, "now", "date", "present"):
		return cand{iv: dayIv(p.ref), end: k + 1, rel: true}, true
	case p.is(k, "current", "the") && p.is(k+1, "date", "present"):
		return cand{iv: dayIv(p.ref), end: k + 2, rel: true}, true
	}
	return b, false
}

// dayRange reads a day number that ends a span after a month-day: "June
// 10-12", "april 9th through the seventeenth", "March 15-17, 2020".
func (p *parser) dayRange(a cand, bareDay, k int) (cand, bool) {
	if p.is(k, "the") {
		k++
	}
	d, e, isOrd := p.ordinal(k)
	if !isOrd || bareDay != 0 || a.iv.Grain != claim.Day || d > 31 || p.tok(k).Kind == lex.Num && p.tok(k).Digits > 2 {
		return cand{}, false
	}
	y, m := a.iv.From.Year(), a.iv.From.Month()
	if !validDay(y, m, d) || d <= a.iv.From.Day() {
		return cand{}, false
	}
	a.iv = iv(a.iv.From, day(y, m, d), claim.Day)
	a.end = e
	return p.dayRangeYear(a, m, d), true
}

// dayRangeYear reads the year that closes a yearless day range a, in month
// m and ending on day d: "March 15-17, 2020".
func (p *parser) dayRangeYear(a cand, m time.Month, d int) cand {
	e := a.end
	if !a.yearless || !p.is(e, ",") || p.tok(e+1).Kind != lex.Num {
		return a
	}
	if y2, e2, ok := p.yearAt(e + 1); ok && validDay(y2, m, a.iv.From.Day()) && validDay(y2, m, d) {
		a.iv = iv(day(y2, m, a.iv.From.Day()), day(y2, m, d), claim.Day)
		a.end, a.rel, a.yearless = e2, false, false
	}
	return a
}

// bareDaySpan ends "from 4 to 22 January": the bare start day takes the
// end day's month.
func bareDaySpan(b cand, bareDay int) (cand, bool) {
	if b.iv.Grain != claim.Day {
		return cand{}, false
	}
	y, m := b.iv.From.Year(), b.iv.From.Month()
	if !validDay(y, m, bareDay) || day(y, m, bareDay).After(b.iv.To) {
		return cand{}, false
	}
	return cand{iv: iv(day(y, m, bareDay), b.iv.To, claim.Day), end: b.end, rel: b.rel, fwd: b.fwd}, true
}

// joinSpan makes one interval of a span's two ends: a bare weekday end
// counts from the start, a yearless start takes the end's year, and a year
// after the span fixes both ("from June 1 to June 7, 2020").
func (p *parser) joinSpan(a, b cand) (cand, bool) {
	if b.bareWd > 0 && a.iv.Grain == claim.Day {
		wd := time.Weekday(b.bareWd - 1)
		b.iv = dayIv(a.iv.From.AddDate(0, 0, (int(wd)-int(a.iv.From.Weekday())+7)%7))
	}
	if a.yearless && (!b.rel || b.yearless && b.iv.From.Before(a.iv.From)) {
		a = reanchor(a, b.iv)
	}
	a, b = p.spanYear(a, b)
	if b.iv.To.Before(a.iv.From) {
		return cand{}, false
	}
	g := a.iv.Grain
	if rankOf(b.iv.Grain) > rankOf(g) {
		g = b.iv.Grain
	}
	return cand{iv: iv(a.iv.From, b.iv.To, g), end: b.end, rel: a.rel || b.rel, fwd: a.fwd || b.fwd}, true
}

// spanYear reads the year after two yearless ends: "from June 1 to June 7,
// 2020".
func (p *parser) spanYear(a, b cand) (cand, cand) {
	if !a.yearless || !b.yearless || !p.is(b.end, ",") {
		return a, b
	}
	y, e, ok := p.yearAt(b.end + 1)
	if !ok || p.tok(b.end+1).Kind != lex.Num {
		return a, b
	}
	a2, ok := withYear(a, y)
	if !ok {
		return a, b
	}
	b2, ok := withYear(b, y)
	if !ok {
		return a, b
	}
	b2.end, b2.rel, a2.rel = e, false, false
	return a2, b2
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
