package timex

import (
	"time"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/internal/lex"
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
	switch p.tok(i).Low {
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
	g, ok := unitWords[t.Low]
	weekend := t.Low == "weekend"
	if !ok && !weekend {
		// "Friday after next": the Friday after the coming one
		if wd, ok := weekdayWords[t.Low]; ok && p.is(j+1, "after") && p.is(j+2, "next") {
			ahead := (int(wd) - int(p.ref.Weekday()) + 7) % 7
			if ahead == 0 {
				ahead = 7
			}
			return cand{iv: dayIv(p.ref.AddDate(0, 0, ahead+7)), end: j + 3, rel: true, fwd: true}, true
		}
		if m, e, ok := p.month(j, false); ok && p.is(e, "after") && p.is(e+1, "next") {
			y := p.ref.Year() + 1
			if m > p.ref.Month() {
				y = p.ref.Year()
			}
			return cand{iv: monthIv(y+1, m), end: e + 2, rel: true, fwd: true}, true
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
	wd, ok := weekdayWords[t.Low]
	if !ok || shortWeekdays[t.Low] && !t.Upper && len(t.Low) < 4 && t.Low != "tue" && t.Low != "thu" && t.Low != "wed" && t.Low != "fri" && t.Low != "mon" {
		return 0, false
	}
	return wd, true
}

// monthExpr reads a month named any way: "March", "March 2014", "this
// month", "next month", "last month", "the previous month", "october 2014".
func (p *parser) monthExpr(i int) (claim.Interval, int, bool) {
	if p.is(i, "the") && p.is(i+1, "month") {
		return monthIv(p.ref.Year(), p.ref.Month()), i + 2, true // "the last day of the month"
	}
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
	n, fromEnd, j, ok := p.nthCount(j)
	if !ok {
		return cand{}, false
	}
	if wd, ok := p.weekdayWord(j); ok && n >= -1 && n <= 5 && n != 0 {
		return p.nthWeekdayOf(i, j, wd, n)
	}
	if p.is(j, "week") && n >= -1 && n <= 53 {
		return p.nthWeekOf(j, n, fromEnd)
	}
	// "last day of october 2015"
	if p.is(j, "day") && p.is(j+1, "of", "in") && n == -1 {
		if x, e, ok := p.monthExpr(j + 2); ok {
			return cand{iv: dayIv(x.To.AddDate(0, 0, -fromEnd)), end: e, rel: true}, true
		}
	}
	return p.nthDayOfRelMonth(j, n)
}

// nthCount reads "first" to "31st" or "last" (n = -1); "third last" counts
// back from the last (fromEnd = 2).
func (p *parser) nthCount(j int) (n, fromEnd, end int, ok bool) {
	if p.is(j, "last") {
		return -1, 0, j + 1, true
	}
	v, k, ok := p.ordinal(j)
	if !ok || v < 1 || v > 31 {
		return 0, 0, j, false
	}
	if p.is(k, "last") && p.is(k+1, "week", "day") {
		return -1, v - 1, k + 1, true
	}
	return v, 0, k, true
}

// nthWeekdayOf reads the rest of "the first Monday of this month", "last
// friday of october": the month after "of", or bare, the current month.
func (p *parser) nthWeekdayOf(i, j int, wd time.Weekday, n int) (cand, bool) {
	x, e, ok := claim.Interval{}, 0, false
	if p.is(j+1, "of", "in") {
		x, e, ok = p.monthExpr(j + 2)
	}
	if !ok {
		if p.tok(i).Kind == lex.Num || p.is(j+1, "of", "in") {
			return cand{}, false
		}
		// "first Sunday": of the current month
		x, e = monthIv(p.ref.Year(), p.ref.Month()), j+1
	}
	d := nthWeekday(x.From.Year(), x.From.Month(), wd, n)
	if d.Month() != x.From.Month() {
		return cand{end: e, invalid: true}, true // "the fifth Sunday" of a month with four
	}
	return cand{iv: dayIv(d), end: e, rel: true}, true
}

// nthWeekOf reads the rest of "the third week of this month", "first week
// of 2015": ISO weeks, the first holding the 4th, the last holding the
// last day but three.
func (p *parser) nthWeekOf(j, n, fromEnd int) (cand, bool) {
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
		ws = weekStart(x.To.AddDate(0, 0, -3)).AddDate(0, 0, -7*fromEnd)
	} else {
		ws = weekStart(x.From.AddDate(0, 0, 3)).AddDate(0, 0, 7*(n-1))
	}
	return cand{iv: weekIv(ws), end: e, rel: true}, true
}

// nthDayOfRelMonth reads "the 20th of next month", "20th day of next
// month", "the 21st this month".
func (p *parser) nthDayOfRelMonth(j, n int) (cand, bool) {
	k := j
	if p.is(k, "day") {
		k++
	}
	if p.is(k, "of", "in") {
		k++
	}
	c, ok := p.unitRel(k)
	if !ok || c.iv.Grain != claim.Month || n < 1 {
		return cand{}, false
	}
	y, m := c.iv.From.Year(), c.iv.From.Month()
	if !validDay(y, m, n) {
		return cand{end: c.end, invalid: true}, true // "the 31st of" a 30-day month
	}
	return cand{iv: dayIv(day(y, m, n)), end: c.end, rel: true}, true
}

// yearMonth reads "2017 april", "2016, nov", "2016 - 11", "3/2015", "2/2013",
// "Dec-2018", "Dec/2018", "2015.3".
func (p *parser) yearMonth(i int) (cand, bool) {
	if y, e, ok := p.yearAt(i); ok && p.tok(i).Kind == lex.Num {
		return p.afterYear(y, e)
	}
	if c, ok := p.monthSlashYear(i); ok {
		return c, true
	}
	if c, ok := p.monthNameYear(i); ok {
		return c, true
	}
	if c, ok := p.halfYear(i); ok {
		return c, true
	}
	return p.yearPeriodGlued(i)
}

// afterYear reads what follows a year in digits that ends at e: a month
// ("2017 april", "2016 - 11", "2015.3"), a half or quarter ("2019 H2",
// "2017-q1") or a month and day ("2020/Sep/23").
func (p *parser) afterYear(y, e int) (cand, bool) {
	k := e
	if p.is(k, ",") {
		k++
	}
	if m, e2, ok := p.month(k, false); ok && !(p.tok(e2).Kind == lex.Num && p.tok(e2).Digits <= 2) {
		return cand{iv: monthIv(y, m), end: e2}, true
	}
	if p.is(e, "-", "/") && p.monthNumberAt(e+1) && !(p.is(e+2, "-", "/") && p.tok(e+3).Kind == lex.Num) {
		return cand{iv: monthIv(y, time.Month(p.tok(e+1).Int())), end: e + 2}, true
	}
	if p.is(e, ".") && p.glued(e) && p.glued(e+1) && p.monthNumberAt(e+1) && !p.is(e+2, ".") {
		return cand{iv: monthIv(y, time.Month(p.tok(e+1).Int())), end: e + 2}, true
	}
	if c, ok := p.yearPeriod(y, e); ok {
		return c, true
	}
	return p.yearMonthNameDay(y, e)
}

// monthNumberAt reports a month number, 1 to 12 in one or two digits.
func (p *parser) monthNumberAt(k int) bool {
	t := p.tok(k)
	return t.Kind == lex.Num && t.Digits <= 2 && t.Int() >= 1 && t.Int() <= 12
}

// yearPeriod reads the half or quarter after a year: "2016H2", "2019 H2",
// "2017-q1", "2017 q1".
func (p *parser) yearPeriod(y, e int) (cand, bool) {
	k := e
	if p.is(k, "-") && p.glued(k) {
		k++
	}
	if !p.is(k, "h", "q") || p.tok(k+1).Kind != lex.Num || !p.glued(k+1) {
		return cand{}, false
	}
	n := p.tok(k + 1).Int()
	if p.is(k, "h") && (n == 1 || n == 2) {
		return cand{iv: half(y, n), end: k + 2}, true
	}
	if p.is(k, "q") && n >= 1 && n <= 4 {
		return cand{iv: quarterIv(y, n), end: k + 2}, true
	}
	return cand{}, false
}

// yearMonthNameDay reads "2020/Sep/23", "2019-sep-1".
func (p *parser) yearMonthNameDay(y, e int) (cand, bool) {
	if !p.is(e, "-", "/") || !p.glued(e) {
		return cand{}, false
	}
	m, e2, ok := p.month(e+1, false)
	if !ok || !p.is(e2, p.tok(e).Low) || p.tok(e2+1).Kind != lex.Num || p.tok(e2+1).Digits > 2 {
		return cand{}, false
	}
	if d := p.tok(e2 + 1).Int(); validDay(y, m, d) {
		return cand{iv: dayIv(day(y, m, d)), end: e2 + 2}, true
	}
	return cand{}, false
}

// monthSlashYear reads a month number, a separator and a year: "11 - 2016",
// "11 / 2016", "3/2015", "02-2013". Glued, it must not go on into a date
// ("3/2015/..."); spaced, no separator may follow the year.
func (p *parser) monthSlashYear(i int) (cand, bool) {
	if !p.monthNumberAt(i) || !p.is(i+1, "/", "-") {
		return cand{}, false
	}
	y, e, ok := p.yearAt(i + 2)
	if !ok || p.tok(i+2).Kind != lex.Num {
		return cand{}, false
	}
	spaced := !p.glued(i+1) || !p.glued(i+2)
	if p.is(e, "/", "-") && (spaced || p.glued(e)) {
		return cand{}, false
	}
	return cand{iv: monthIv(y, time.Month(p.tok(i).Int())), end: e}, true
}

// monthNameYear reads "Dec-2018", "Dec/2018".
func (p *parser) monthNameYear(i int) (cand, bool) {
	m, e, ok := p.month(i, false)
	if !ok || !p.is(e, "-", "/") || !p.glued(e) || !p.glued(e+1) {
		return cand{}, false
	}
	if y, e2, ok := p.yearAt(e + 1); ok && p.tok(e+1).Kind == lex.Num {
		return cand{iv: monthIv(y, m), end: e2}, true
	}
	return cand{}, false
}

// halfYear reads "H1 2016", "H2 of 2019".
func (p *parser) halfYear(i int) (cand, bool) {
	n := p.tok(i + 1)
	if p.tok(i).Low != "h" || n.Kind != lex.Num || !p.glued(i+1) || (n.Int() != 1 && n.Int() != 2) {
		return cand{}, false
	}
	k := i + 2
	if p.is(k, "of") {
		k++
	}
	if y, e, ok := p.yearAt(k); ok {
		return cand{iv: half(y, n.Int()), end: e}, true
	}
	return cand{}, false
}

// yearPeriodGlued reads "2018Q4", "2016H2".
func (p *parser) yearPeriodGlued(i int) (cand, bool) {
	t := p.tok(i)
	if t.Kind != lex.Num || t.Digits != 4 || !p.is(i+1, "q", "h") || !p.glued(i+1) || p.tok(i+2).Kind != lex.Num || !p.glued(i+2) {
		return cand{}, false
	}
	y, n := t.Int(), p.tok(i+2).Int()
	if p.is(i+1, "q") && n >= 1 && n <= 4 {
		return cand{iv: quarterIv(y, n), end: i + 3}, true
	}
	if p.is(i+1, "h") && (n == 1 || n == 2) {
		return cand{iv: half(y, n), end: i + 3}, true
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

// weekdayDay reads "Sunday 31", "Mon 13th", "Friday the 15th", "wednesday
// the thirty first", "this Friday 7.6": the date with that day of month that
// falls on that weekday, the latest on or before Ref (or the next, looking
// forward).
func (p *parser) weekdayDay(i int) (cand, bool) {
	j := i
	if p.is(j, "this", "on") {
		j++
	}
	wd, ok := p.weekdayWord(j)
	if !ok {
		return cand{}, false
	}
	k := j + 1
	if p.is(k, ",") {
		k++
	}
	if p.is(k, "the") {
		k++
	}
	// "Friday 7.6", "friday 5/12": a numeric month-day
	if c, ok := p.numericMD(k); ok {
		return c, true
	}
	d, e, ok := p.dayAfterWeekday(k)
	if !ok {
		return cand{}, false
	}
	if t, ok := p.dayOnWeekday(d, wd); ok {
		return cand{iv: dayIv(t), end: e, rel: true}, true
	}
	return cand{}, false
}

// dayAfterWeekday reads the day of month at k after a weekday: "13th",
// "the 15th", "the fifteen"; not the start of a longer date, a duration
// ("Sunday 3 weeks after") or an ordinal before a noun ("on Monday, the
// third attack").
func (p *parser) dayAfterWeekday(k int) (d, e int, ok bool) {
	d, e, ok = p.ordinal(k)
	if !ok && p.is(k-1, "the") {
		d, e, ok = p.number(k) // "Friday the fifteen"
	}
	if !ok || d < 1 || d > 31 || p.tok(k).Kind == lex.Num && p.tok(k).Digits > 2 || !p.dayEndsAt(e) {
		return 0, 0, false
	}
	return d, e, true
}

// dayEndsAt reports whether a day after a weekday may end at e: no month,
// time, decimal or "of" goes on from it, no unit ("Sunday 3 weeks after"),
// and no noun ("on Monday, the third attack").
func (p *parser) dayEndsAt(e int) bool {
	if _, _, isMonth := p.month(e, false); isMonth || p.is(e, ":", "/", "-") && p.glued(e) ||
		p.is(e, ".") && p.glued(e) && p.tok(e+1).Kind == lex.Num || p.is(e, "of") {
		return false
	}
	if _, isUnit := unitWords[p.tok(e).Low]; isUnit {
		return false
	}
	nx := p.tok(e)
	return nx.Kind != lex.Word || dayFollowers[nx.Low]
}

// dayOnWeekday finds day d of the month nearest the reference date (back,
// or forward when looking forward) that falls on weekday wd, within three
// years.
func (p *parser) dayOnWeekday(d int, wd time.Weekday) (time.Time, bool) {
	step := -1
	if p.fwd {
		step = 1
	}
	y, m := p.ref.Year(), p.ref.Month()
	for n := 0; n < 36; n++ {
		if validDay(y, m, d) {
			t := day(y, m, d)
			if t.Weekday() == wd && (step < 0 && !t.After(p.ref) || step > 0 && !t.Before(p.ref)) {
				return t, true
			}
		}
		tm := day(y, m, 1).AddDate(0, step, 0)
		y, m = tm.Year(), tm.Month()
	}
	return time.Time{}, false
}

// dayFollowers may follow a weekday-and-day ("Friday the 15th at noon").
var dayFollowers = map[string]bool{
	"at": true, "in": true, "on": true, "and": true, "or": true, "to": true, "from": true,
	"until": true, "till": true, "the": true, "when": true, "with": true, "for": true,
}

// numericMD reads "5/12" or "7.6" (month first) as a yearless date.
func (p *parser) numericMD(k int) (cand, bool) {
	a, b := p.tok(k), p.tok(k+2)
	if a.Kind != lex.Num || b.Kind != lex.Num || !p.is(k+1, "/", ".") || !p.glued(k+1) || !p.glued(k+2) || a.Digits > 2 || b.Digits > 2 {
		return cand{}, false
	}
	if p.is(k+3, "/", ".") && p.glued(k+3) && p.tok(k+4).Kind == lex.Num {
		return cand{}, false
	}
	if a.Int() < 1 || a.Int() > 12 || b.Int() < 1 || b.Int() > 31 {
		return cand{}, false
	}
	t, ok := p.resolveMonthDay(time.Month(a.Int()), b.Int(), p.fwd)
	if !ok {
		return cand{}, false
	}
	return cand{iv: dayIv(t), end: k + 3, rel: true}, true
}

// startingFor reads "for 3 days from today", "a week starting tomorrow", "2
// weeks starting May 20th": the window that starts at that day.
func (p *parser) startingFor(i int) (cand, bool) {
	j := i
	if p.is(j, "for") {
		j++
	}
	move, g, k, ok := p.durationAt(j)
	if !ok {
		return cand{}, false
	}
	if p.is(k, ",") {
		k++
	}
	switch {
	case p.is(k, "starting", "beginning", "commencing") && p.is(k+1, "from", "on"):
		k += 2
	case p.is(k, "starting", "beginning", "commencing", "from"):
		k++
	default:
		return cand{}, false
	}
	a, ok := p.simple(k)
	if !ok || a.iv.Grain != claim.Day {
		return cand{}, false
	}
	a.iv = iv(a.iv.From, move(a.iv.From, 1).AddDate(0, 0, -1), g)
	return a, true
}

// partOf reads "the first three months of 2020", "the last 3 weeks of this
// year", "first ten days of last year", "the third month of 2021", "week 27
// of last year", "week 3": a part of a year or month. Weeks are ISO weeks
// (the first holds January 4).
func (p *parser) partOf(i int) (cand, bool) {
	j := i
	if p.is(j, "the") {
		j++
	}
	if c, ok := p.weekNumber(j); ok {
		return c, true
	}
	if c, ok := p.nthMonthOf(j); ok {
		return c, true
	}
	if p.is(j, "first", "second") && p.is(j+1, "half") && p.is(j+2, "of") {
		return p.halfOf(j)
	}
	return p.unitsAtEdge(j)
}

// weekNumber reads "week 27 of 2017", "week 23" (of the reference year).
func (p *parser) weekNumber(j int) (cand, bool) {
	t := p.tok(j + 1)
	if !p.is(j, "week") || t.Kind != lex.Num || t.Digits > 2 || t.Int() < 1 || t.Int() > 53 {
		return cand{}, false
	}
	n, e := t.Int(), j+2
	y, rel := p.ref.Year(), true
	if p.is(e, "of", "in") {
		if c, ok := p.simple(e + 1); ok && c.iv.Grain == claim.Year {
			y, rel, e = c.iv.From.Year(), c.rel, c.end
		}
	}
	ws := weekStart(day(y, 1, 4)).AddDate(0, 0, 7*(n-1))
	return cand{iv: weekIv(ws), end: e, rel: rel}, true
}

// nthMonthOf reads "the third month of 2021".
func (p *parser) nthMonthOf(j int) (cand, bool) {
	n, k, ok := p.ordinal(j)
	if !ok || p.tok(j).Kind != lex.Word && !p.glued(j+1) {
		return cand{}, false
	}
	if !p.is(k, "month") || !p.is(k+1, "of") || n < 1 || n > 12 {
		return cand{}, false
	}
	if c, ok := p.simple(k + 2); ok && c.iv.Grain == claim.Year {
		return cand{iv: monthIv(c.iv.From.Year(), time.Month(n)), end: c.end, rel: c.rel}, true
	}
	return cand{}, false
}

// halfOf reads "the first half of 2020", "the second half of the year".
func (p *parser) halfOf(j int) (cand, bool) {
	k := j + 3
	var x claim.Interval
	var e int
	rel := false
	if p.is(k, "the") && p.is(k+1, "year") {
		x, e, rel = yearIv(p.ref.Year()), k+2, true
	} else if c, ok := p.simple(k); ok && c.iv.Grain == claim.Year {
		x, e, rel = c.iv, c.end, c.rel
	} else {
		return cand{}, false
	}
	h := 1
	if p.is(j, "second") {
		h = 2
	}
	return cand{iv: half(x.From.Year(), h), end: e, rel: rel}, true
}

// unitsAtEdge reads "the first three months of 2020", "the last 3 weeks
// of this year": N units at the start or end of a longer time.
func (p *parser) unitsAtEdge(j int) (cand, bool) {
	first := p.is(j, "first")
	if !first && !p.is(j, "last") {
		return cand{}, false
	}
	n, k, ok := p.number(j + 1)
	if !ok || n < 1 {
		return cand{}, false
	}
	g, ok := unitWords[p.tok(k).Low]
	if !ok || g == "fortnight" || !p.is(k+1, "of", "in") {
		return cand{}, false
	}
	c, ok := p.simple(k + 2)
	if !ok || rankOf(c.iv.Grain) <= rankOf(g) {
		return cand{}, false
	}
	from, to := edgeUnits(c.iv, g, n, first)
	return cand{iv: iv(from, to, g), end: c.end, rel: c.rel}, true
}

// edgeUnits is the first or last n units g of x; weeks are ISO weeks, so
// the first week of a year is the one holding January 4.
func edgeUnits(x claim.Interval, g claim.Grain, n int, first bool) (from, to time.Time) {
	switch {
	case g == claim.Week && first:
		from = weekStart(x.From.AddDate(0, 0, 3))
		to = from.AddDate(0, 0, 7*n-1)
	case g == claim.Week:
		to = weekStart(x.To.AddDate(0, 0, -3)).AddDate(0, 0, 6)
		from = to.AddDate(0, 0, -7*n+1)
	case first:
		from = x.From
		to = add(from, g, n).AddDate(0, 0, -1)
	default:
		to = x.To
		from = add(to.AddDate(0, 0, 1), g, -n)
	}
	return from, to
}

// weekdayNear reads "Monday two weeks from now", "Thursday, two years from
// now", "two months from today on Tuesday", "3 weeks after Christmas on
// Friday": that weekday in the week of the anchor day.
func (p *parser) weekdayNear(i int) (cand, bool) {
	inWeek := func(wd time.Weekday, t time.Time) time.Time {
		return weekStart(t).AddDate(0, 0, (int(wd)+6)%7)
	}
	if wd, ok := p.weekdayWord(i); ok {
		k := i + 1
		if p.is(k, ",") {
			k++
		}
		if c, ok := p.ago(k); ok && c.iv.From.Equal(c.iv.To) {
			c.iv = dayIv(inWeek(wd, c.iv.From))
			return c, true
		}
		return cand{}, false
	}
	c, ok := p.ago(i)
	if !ok || !c.iv.From.Equal(c.iv.To) || !p.is(c.end, "on") {
		return cand{}, false
	}
	wd, ok := p.weekdayWord(c.end + 1)
	if !ok {
		return cand{}, false
	}
	c.iv = dayIv(inWeek(wd, c.iv.From))
	c.end += 2
	return c, true
}

// businessDays reads "the next 4 business days", "previous 4 working days",
// "in four business days": weekdays only, Monday to Friday.
func (p *parser) businessDays(i int) (cand, bool) {
	j := i
	if p.is(j, "the") {
		j++
	}
	mod := ""
	if p.is(j, "next", "previous", "past", "last", "in", "within", "coming") {
		mod, j = p.tok(j).Low, j+1
	}
	if mod == "" {
		return cand{}, false
	}
	n, k, ok := p.number(j)
	if !ok || n < 1 || n > 400 || !p.is(k, "business", "working", "work") || !p.is(k+1, "days", "day") {
		return cand{}, false
	}
	step := func(t time.Time, dir int) time.Time {
		for {
			t = t.AddDate(0, 0, dir)
			if t.Weekday() != time.Saturday && t.Weekday() != time.Sunday {
				return t
			}
		}
	}
	r := p.ref
	first := step(r, 1)
	if mod == "previous" || mod == "past" || mod == "last" {
		first = step(r, -1)
	}
	last := first
	dir := 1
	if mod == "previous" || mod == "past" || mod == "last" {
		dir = -1
	}
	for m := 1; m < n; m++ {
		last = step(last, dir)
	}
	e := k + 2
	if mod == "in" {
		return cand{iv: dayIv(last), end: e, rel: true, fwd: true}, true
	}
	if mod == "within" {
		return cand{iv: iv(r, last, claim.Day), end: e, rel: true, fwd: true}, true
	}
	return cand{iv: iv(first, last, claim.Day), end: e, rel: true, fwd: dir > 0}, true
}
