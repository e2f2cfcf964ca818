package timex

import (
	"time"

	"github.com/claimcheck/claimcheck/engine/claim"
)

// monthRel reads "this September", "last sept", "next March": the month in
// the current year, the latest before the current month, the first after it.
func (p *parser) monthRel(i int) (cand, bool) {
	if !p.is(i, "this", "last", "next", "past", "coming") {
		return cand{}, false
	}
	m, e, ok := p.month(i+1, false)
	if !ok {
		return cand{}, false
	}
	r := p.ref
	y := r.Year()
	switch p.tok(i).low {
	case "last", "past":
		if m >= r.Month() {
			y--
		}
	case "next", "coming":
		if m <= r.Month() {
			y++
		}
		// "March after next"
	}
	c := cand{iv: monthIv(y, m), end: e, rel: true, fwd: p.is(i, "next", "coming")}
	return c, true
}

// weekExpr reads a week named relative to the reference date: "this week",
// "next week", "the following week", "last week", "the week after next".
func (p *parser) weekExpr(i int) (time.Time, int, bool) {
	j := i
	if p.is(j, "the") {
		j++
	}
	off := 0
	switch {
	case p.is(j, "this", "current") && p.is(j+1, "week"):
		j += 2
	case p.is(j, "next", "following", "coming") && p.is(j+1, "week"):
		off, j = 1, j+2
	case p.is(j, "last", "previous", "past") && p.is(j+1, "week"):
		off, j = -1, j+2
	case p.is(j, "week") && p.is(j+1, "after") && p.is(j+2, "next"):
		off, j = 2, j+3
	default:
		return time.Time{}, i, false
	}
	return weekStart(p.ref).AddDate(0, 0, 7*off), j, true
}

// afterNext reads "the week/month/year/weekend after (the) next".
func (p *parser) afterNext(i int) (cand, bool) {
	j := i
	if p.is(j, "the") {
		j++
	}
	t := p.tok(j)
	g, ok := unitWords[t.low]
	weekend := t.low == "weekend"
	if !ok && !weekend {
		if wd, ok := weekdayWords[t.low]; ok && p.is(j+1, "after") && p.is(j+2, "next") {
			ws := weekStart(p.ref).AddDate(0, 0, 14)
			return cand{iv: dayIv(ws.AddDate(0, 0, (int(wd)+6)%7)), end: j + 3, rel: true, fwd: true}, true
		}
		if m, e, ok := p.month(j, false); ok && p.is(e, "after") && p.is(e+1, "next") {
			y := p.ref.Year() + 1
			if m > p.ref.Month() {
				y++
			}
			return cand{iv: monthIv(y, m), end: e + 2, rel: true, fwd: true}, true
		}
		return cand{}, false
	}
	k := j + 1
	if !p.is(k, "after") {
		return cand{}, false
	}
	k++
	if p.is(k, "the") {
		k++
	}
	if !p.is(k, "next") {
		return cand{}, false
	}
	k++
	if weekend {
		ws := weekStart(p.ref).AddDate(0, 0, 14)
		return cand{iv: iv(ws.AddDate(0, 0, 5), ws.AddDate(0, 0, 6), claim.Day), end: k, rel: true, fwd: true}, true
	}
	if g == "fortnight" || g == claim.Day {
		return cand{}, false
	}
	return cand{iv: unitIv(add(unitIv(p.ref, g).From, g, 2), g), end: k, rel: true, fwd: true}, true
}

// weekdayInWeek reads "Wednesday of next week", "Tuesday next week", "next
// week on Tuesday", "last week Sunday", "previous week - Monday".
func (p *parser) weekdayInWeek(i int) (cand, bool) {
	j := i
	if p.is(j, "on") {
		j++
	}
	if wd, ok := p.weekdayWord(j); ok {
		k := j + 1
		if p.is(k, "of") {
			k++
		}
		if ws, e, ok := p.weekExpr(k); ok {
			return cand{iv: dayIv(ws.AddDate(0, 0, (int(wd)+6)%7)), end: e, rel: true, fwd: ws.After(p.ref)}, true
		}
		return cand{}, false
	}
	ws, k, ok := p.weekExpr(i)
	if !ok {
		return cand{}, false
	}
	if p.is(k, "on", "-", ",") {
		k++
	}
	wd, ok := p.weekdayWord(k)
	if !ok {
		return cand{}, false
	}
	return cand{iv: dayIv(ws.AddDate(0, 0, (int(wd)+6)%7)), end: k + 1, rel: true, fwd: ws.After(p.ref)}, true
}

func (p *parser) weekdayWord(j int) (time.Weekday, bool) {
	t := p.tok(j)
	wd, ok := weekdayWords[t.low]
	if !ok || shortWeekdays[t.low] && !t.upper && len(t.low) < 4 && t.low != "tue" && t.low != "thu" && t.low != "wed" && t.low != "fri" && t.low != "mon" {
		return 0, false
	}
	return wd, true
}

// monthExpr reads a month named any way: "March", "March 2014", "this
// month", "next month", "last month", "the previous month", "october 2014".
func (p *parser) monthExpr(i int) (claim.Interval, int, bool) {
	if c, ok := p.unitRel(i); ok && c.iv.Grain == claim.Month && c.iv.From.AddDate(0, 1, -1).Equal(c.iv.To) {
		return c.iv, c.end, true
	}
	if c, ok := p.monthFirst(i); ok && c.iv.Grain == claim.Month {
		return c.iv, c.end, true
	}
	if c, ok := p.monthRel(i); ok {
		return c.iv, c.end, true
	}
	return claim.Interval{}, i, false
}

// nthInMonth reads "the first Monday of this month", "last friday of
// october", "third tuesday of september 2014", "the 20th of next month",
// "the third week of this month", "first week of 2015", "last day of
// october 2015".
func (p *parser) nthInMonth(i int) (cand, bool) {
	j := i
	if p.is(j, "the") {
		j++
	}
	n := 0
	if p.is(j, "last") {
		n, j = -1, j+1
	} else if v, k, ok := p.ordinal(j); ok && v >= 1 && v <= 31 {
		n, j = v, k
	} else {
		return cand{}, false
	}
	rel := false
	// weekday of month
	if wd, ok := p.weekdayWord(j); ok && n >= -1 && n <= 5 && p.is(j+1, "of", "in") {
		x, e, ok := p.monthExpr(j + 2)
		if !ok {
			return cand{}, false
		}
		d := nthWeekday(x.From.Year(), x.From.Month(), wd, n)
		if d.Month() != x.From.Month() {
			return cand{}, false
		}
		rel = true
		return cand{iv: dayIv(d), end: e, rel: rel}, true
	}
	// week of a month or year (ISO: the week holding the 4th; the last week
	// holds the last day but three)
	if p.is(j, "week") && n >= -1 && n <= 53 {
		k := j + 1
		if p.is(k, "of", "in") {
			k++
		}
		var x claim.Interval
		var e int
		if mx, me, ok := p.monthExpr(k); ok {
			x, e = mx, me
		} else if c, ok := p.simple(k); ok && c.iv.Grain == claim.Year {
			x, e = c.iv, c.end
		} else {
			return cand{}, false
		}
		var ws time.Time
		if n == -1 {
			ws = weekStart(x.To.AddDate(0, 0, -3))
		} else {
			ws = weekStart(x.From.AddDate(0, 0, 3)).AddDate(0, 0, 7*(n-1))
		}
		return cand{iv: weekIv(ws), end: e, rel: true}, true
	}
	// "last day of october 2015"
	if p.is(j, "day") && p.is(j+1, "of", "in") && n == -1 {
		x, e, ok := p.monthExpr(j + 2)
		if ok {
			return cand{iv: dayIv(x.To), end: e, rel: true}, true
		}
	}
	// "the 20th of next month", "20th day of next month", "the 21st this month"
	k := j
	if p.is(k, "day") {
		k++
	}
	if p.is(k, "of", "in") {
		k++
	}
	if c, ok := p.unitRel(k); ok && c.iv.Grain == claim.Month && n >= 1 {
		y, m := c.iv.From.Year(), c.iv.From.Month()
		if !validDay(y, m, n) {
			return cand{}, false
		}
		return cand{iv: dayIv(day(y, m, n)), end: c.end, rel: true}, true
	}
	return cand{}, false
}

// yearMonth reads "2017 april", "2016, nov", "2016 - 11", "3/2015", "2/2013",
// "Dec-2018", "Dec/2018", "2015.3".
func (p *parser) yearMonth(i int) (cand, bool) {
	t := p.tok(i)
	if y, e, ok := p.yearAt(i); ok && t.kind == num {
		k := e
		if p.is(k, ",") {
			k++
		}
		if m, e2, ok := p.month(k, false); ok && !(p.tok(e2).kind == num && p.tok(e2).ndig <= 2) {
			return cand{iv: monthIv(y, m), end: e2}, true
		}
		if p.is(e, "-", "/") && p.tok(e+1).kind == num && p.tok(e+1).ndig <= 2 && p.tok(e+1).val >= 1 && p.tok(e+1).val <= 12 &&
			!(p.is(e+2, "-", "/") && p.tok(e+3).kind == num) {
			return cand{iv: monthIv(y, time.Month(p.tok(e+1).val)), end: e + 2}, true
		}
		if p.is(e, ".") && p.glued(e) && p.glued(e+1) && p.tok(e+1).kind == num && p.tok(e+1).ndig <= 2 && p.tok(e+1).val >= 1 && p.tok(e+1).val <= 12 && !p.is(e+2, ".") {
			return cand{iv: monthIv(y, time.Month(p.tok(e+1).val)), end: e + 2}, true
		}
		// "2016H2", "2016 H1"
		if h := p.tok(e); h.low == "h1" || h.low == "h2" {
			return cand{iv: half(y, int(h.low[1]-'0')), end: e + 1}, true
		}
		return cand{}, false
	}
	// m/yyyy
	if t.kind == num && t.ndig <= 2 && t.val >= 1 && t.val <= 12 && p.is(i+1, "/") && p.glued(i+1) && p.glued(i+2) {
		if y, e, ok := p.yearAt(i + 2); ok && p.tok(i+2).kind == num && !(p.is(e, "/") && p.glued(e)) {
			return cand{iv: monthIv(y, time.Month(t.val)), end: e}, true
		}
	}
	// Dec-2018
	if m, e, ok := p.month(i, false); ok && p.is(e, "-", "/") && p.glued(e) && p.glued(e+1) {
		if y, e2, ok := p.yearAt(e + 1); ok && p.tok(e+1).kind == num {
			return cand{iv: monthIv(y, m), end: e2}, true
		}
	}
	// H1 2016
	if t.low == "h1" || t.low == "h2" {
		k := i + 1
		if p.is(k, "of") {
			k++
		}
		if y, e, ok := p.yearAt(k); ok {
			return cand{iv: half(y, int(t.low[1]-'0')), end: e}, true
		}
	}
	return cand{}, false
}

func half(y, h int) claim.Interval {
	if h == 1 {
		return iv(day(y, 1, 1), day(y, 6, 30), claim.Month)
	}
	return iv(day(y, 7, 1), day(y, 12, 31), claim.Month)
}

// weekOf reads "the week of April 10th", "week of september.16th", "w/c
// Feb 4", "the week beginning February 4": the week holding that day.
func (p *parser) weekOf(i int) (cand, bool) {
	j := i
	if p.is(j, "the") {
		j++
	}
	switch {
	case p.is(j, "week") && p.is(j+1, "of"):
		j += 2
	case p.is(j, "week") && p.is(j+1, "beginning", "starting", "commencing"):
		j += 2
		if p.is(j, "on") {
			j++
		}
	case p.is(j, "w") && p.is(j+1, "/") && p.is(j+2, "c"):
		j += 3
	default:
		return cand{}, false
	}
	if p.is(j, ".") {
		j++
	}
	c, ok := p.simple(j)
	if !ok || c.iv.Grain != claim.Day {
		// "week of september.16th"
		if m, e, ok := p.month(j, false); ok {
			k := e
			if p.is(k, ".") {
				k++
			}
			if d, e2, ok := p.ordinal(k); ok && d >= 1 && d <= 31 {
				if t, ok := p.resolveMonthDay(m, d, p.fwd); ok {
					return cand{iv: weekIv(t), end: e2, rel: true}, true
				}
			}
		}
		return cand{}, false
	}
	c.iv = weekIv(c.iv.From)
	return c, true
}

// reanchor moves a relative month or day to the year that puts it just
// before (or at) b: "from May to Oct 2020" is May 2020.
func reanchor(a cand, b claim.Interval) cand {
	y := b.From.Year()
	switch a.iv.Grain {
	case claim.Month:
		m := a.iv.From.Month()
		x := monthIv(y, m)
		if x.From.After(b.From) {
			x = monthIv(y-1, m)
		}
		a.iv = x
	case claim.Day:
		m, d := a.iv.From.Month(), a.iv.From.Day()
		if !validDay(y, m, d) {
			return a
		}
		x := dayIv(day(y, m, d))
		if x.From.After(b.From) && validDay(y-1, m, d) {
			x = dayIv(day(y-1, m, d))
		}
		a.iv = x
	}
	return a
}
