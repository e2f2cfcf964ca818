package timex

import (
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/internal/lex"
)

// Rules for times named against the reference date: today, weekdays,
// "last month", "the past two decades", "two years ago", "in five days".

// number reads a count: digits or small number words ("two", "a few").
func (p *parser) number(i int) (int, int, bool) {
	t := p.tok(i)
	if t.Kind == lex.Num && t.Digits <= 4 {
		return t.Int(), i + 1, true
	}
	if t.Kind != lex.Word {
		return 0, i, false
	}
	if t.Low == "a" && p.is(i+1, "few", "couple") {
		j := i + 2
		if p.is(j, "of") {
			j++
		}
		return smallNumbers[p.tok(i+1).Low], j, true
	}
	if t.Low == "a" && p.is(i+1, "dozen") {
		return 12, i + 2, true
	}
	n, ok := smallNumbers[t.Low]
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
		if u, ok := smallNumbers[p.tok(k).Low]; ok && u < 10 && p.tok(k).Kind == lex.Word && p.tok(k).Low != "a" {
			n, j = n+u, k+1
		}
	}
	if t.Low == "couple" && p.is(j, "of") {
		j++
	}
	return n, j, true
}

// deictic reads today, yesterday, tomorrow and friends (dayWords), and
// the year to date.
func (p *parser) deictic(i int) (cand, bool) {
	r := p.ref
	if p.is(i, "year") && p.is(i+1, "to") && p.is(i+2, "date") || p.is(i, "ytd") {
		e := i + 1
		if p.is(i, "year") {
			e = i + 3
		}
		return cand{iv: iv(day(r.Year(), 1, 1), r, claim.Day), end: e, rel: true}, true
	}
	for _, dw := range dayWords[p.tok(i).Low] {
		if p.words(i, dw.words) {
			return cand{iv: dayIv(r.AddDate(0, 0, dw.days)), end: i + len(dw.words), rel: true, fwd: dw.days > 0}, true
		}
	}
	return cand{}, false
}

// words reports whether the tokens from i are ws.
func (p *parser) words(i int, ws []string) bool {
	for k, w := range ws {
		if p.tok(i+k).Low != w {
			return false
		}
	}
	return true
}

// weekday reads "Sunday", "on Wednesday", "last Tuesday", "this Friday",
// "next Monday", "this past Wednesday".
func (p *parser) weekday(i int) (cand, bool) {
	mod, j := p.weekdayModifier(i)
	t := p.tok(j)
	wd, ok := weekdayWords[possessive(t.Low)]
	if !ok || shortWeekdays[t.Low] && !t.Upper {
		return cand{}, false
	}
	j++
	if p.is(j, ".") && len(t.Low) <= 4 && p.glued(j) {
		j++
	}
	d, fwd := p.weekdayDate(mod, wd)
	c := cand{iv: dayIv(d), end: j, rel: true, fwd: fwd}
	if mod == "" {
		c.bareWd = int(wd) + 1
	}
	return c, true
}

// weekdayModifier reads "this", "last", "next", "this past", "this
// coming"... before a weekday at i ("following" is "next"), and returns it
// and where the weekday starts.
func (p *parser) weekdayModifier(i int) (string, int) {
	switch {
	case p.is(i, "this") && p.is(i+1, "past"):
		return "past", i + 2
	case p.is(i, "this") && p.is(i+1, "coming"):
		return "coming", i + 2
	case p.is(i, "following"):
		return "next", i + 1
	case p.is(i, "this", "last", "next", "past", "previous", "coming"):
		return p.tok(i).Low, i + 1
	}
	return "", i
}

// weekdayDate is weekday wd as mod places it from the reference date:
// "this" and "last" and "next" weeks (weeks start on Monday), the coming or
// past one, or bare, the latest (the next, looking forward).
func (p *parser) weekdayDate(mod string, wd time.Weekday) (time.Time, bool) {
	r := p.ref
	week := weekStart(r)
	inWeek := func(ws time.Time) time.Time { return ws.AddDate(0, 0, (int(wd)+6)%7) }
	switch mod {
	case "this":
		return inWeek(week), false
	case "last", "previous":
		return inWeek(week.AddDate(0, 0, -7)), false
	case "next":
		return inWeek(week.AddDate(0, 0, 7)), true
	case "coming":
		ahead := (int(wd) - int(r.Weekday()) + 7) % 7
		if ahead == 0 {
			ahead = 7
		}
		return r.AddDate(0, 0, ahead), true
	case "past":
		back := (int(r.Weekday()) - int(wd) + 7) % 7
		if back == 0 {
			back = 7
		}
		return r.AddDate(0, 0, -back), false
	}
	if p.fwd {
		return r.AddDate(0, 0, (int(wd)-int(r.Weekday())+7)%7), false
	}
	return r.AddDate(0, 0, -((int(r.Weekday()) - int(wd) + 7) % 7)), false
}

// unitRel reads "this week", "last month", "next year", "the past two
// decades", "the next 3 days", "over the coming months", "in recent weeks".
func (p *parser) unitRel(i int) (cand, bool) {
	j := i
	if p.is(j, "the") {
		j++
	}
	if c, ok := p.compoundBack(j); ok {
		return c, true
	}
	// "3 past months", "two next weeks"
	if n, k, ok := p.number(j); ok && p.is(k, "past", "previous", "next", "upcoming", "coming", "last") {
		if g, ok := unitWords[p.tok(k+1).Low]; ok && g != "fortnight" && isPlural(p.tok(k+1).Low) {
			return p.window(p.tok(k).Low, n, g, k+2)
		}
	}
	if j > i && p.is(j, "weekend") && p.is(i-1, "over", "at", "on", "during", "this", "since") {
		return p.overWeekend(j), true
	}
	switch mod := p.tok(j).Low; mod {
	case "this", "current", "last", "past", "previous", "next", "coming", "following", "recent", "upcoming", "prior":
		return p.modifiedUnit(mod, j+1)
	}
	return cand{}, false
}

// compoundBack reads "the last 3 months and 2 weeks and 2 days": a
// compound span back to yesterday.
func (p *parser) compoundBack(j int) (cand, bool) {
	if !p.is(j, "last", "past", "previous") {
		return cand{}, false
	}
	move, g, e, ok := p.durationAt(j + 1)
	if !ok || e <= j+3 || p.is(e, "ago", "later", "earlier", "before", "after") {
		return cand{}, false
	}
	return cand{iv: iv(move(p.ref, -1), p.ref.AddDate(0, 0, -1), g), end: e, rel: true}, true
}

// overWeekend is "over the weekend", "at the weekend" (the weekend at j):
// the latest one, or the coming one looking forward.
func (p *parser) overWeekend(j int) cand {
	ws := weekStart(p.ref)
	if p.fwd || p.ref.Weekday() == time.Saturday || p.ref.Weekday() == time.Sunday {
		return cand{iv: iv(ws.AddDate(0, 0, 5), ws.AddDate(0, 0, 6), claim.Day), end: j + 1, rel: true, fwd: p.fwd}
	}
	ws = ws.AddDate(0, 0, -7)
	return cand{iv: iv(ws.AddDate(0, 0, 5), ws.AddDate(0, 0, 6), claim.Day), end: j + 1, rel: true}
}

// modifiedUnit reads what follows a modifier ("last", "this", "the
// coming"...) at j: an optional count, then a unit: "last month", "the
// past two decades", "the next 48 hours", "this weekend", "the coming
// months".
func (p *parser) modifiedUnit(mod string, j int) (cand, bool) {
	mod, j = p.modifierWords(mod, j)
	n, j, hasN := p.countAfterModifier(j)
	if hasN && p.is(j, "hours", "hour", "hrs") {
		return p.hoursWindow(mod, n, j+1)
	}
	u, ok := p.relUnit(j)
	if !ok {
		return cand{}, false
	}
	g, j := u.g, u.end
	if g == "fortnight" {
		g, n = claim.Day, 14*max(n, 1)
		hasN = true
	}
	if u.weekend || u.workweek && !hasN {
		return p.namedWeek(mod, u.weekend, j), true
	}
	if !hasN && !u.plural {
		return p.oneUnit(mod, g, j)
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

// modifierWords reads the rest of a modifier at j: "this past week" is
// the past week; "calendar" and "fiscal" before "year" change nothing.
func (p *parser) modifierWords(mod string, j int) (string, int) {
	if mod == "this" && p.is(j, "past") {
		mod, j = "past", j+1
	}
	if p.is(j, "calendar", "fiscal") && p.is(j+1, "year") {
		j++
	}
	return mod, j
}

// countAfterModifier reads the count of "the past two decades", "the next
// few days" (a few is three).
func (p *parser) countAfterModifier(j int) (n, end int, ok bool) {
	if n, k, ok := p.number(j); ok {
		return n, k, true
	}
	if p.is(j, "few", "several") {
		return 3, j + 1, true
	}
	return 0, j, false
}

// hoursWindow is "the past 24 hours", "the next 48 hours": whole days,
// today included.
func (p *parser) hoursWindow(mod string, n, end int) (cand, bool) {
	days := (n + 23) / 24
	switch mod {
	case "last", "past", "previous", "recent", "prior":
		return cand{iv: iv(p.ref.AddDate(0, 0, -days), p.ref, claim.Day), end: end, rel: true}, true
	case "next", "coming", "following", "upcoming":
		return cand{iv: iv(p.ref, p.ref.AddDate(0, 0, days), claim.Day), end: end, rel: true, fwd: true}, true
	}
	return cand{}, false
}

// relUnitWord is the unit after a modifier.
type relUnitWord struct {
	g                 claim.Grain
	workweek, weekend bool
	plural            bool
	end               int
}

// relUnit reads the unit at j: a unit word, "weekend", or a working week
// ("working week", "work week", "workweek").
func (p *parser) relUnit(j int) (relUnitWord, bool) {
	workweek := false
	if p.is(j, "working", "work") && p.is(j+1, "week") {
		j++
		workweek = true
	} else if p.is(j, "workweek") {
		workweek = true
	}
	g, ok := unitWords[p.tok(j).Low]
	weekend := p.is(j, "weekend")
	if workweek {
		g, ok = claim.Week, true
	}
	if !ok && !weekend {
		return relUnitWord{}, false
	}
	return relUnitWord{g: g, workweek: workweek, weekend: weekend, plural: isPlural(p.tok(j).Low), end: j + 1}, true
}

// namedWeek is the weekend, or the working week (Monday to Friday), of the
// week the modifier names: "last weekend", "next working week".
func (p *parser) namedWeek(mod string, weekend bool, end int) cand {
	r := p.ref
	ws := weekStart(r)
	switch mod {
	case "last", "past", "previous":
		ws = ws.AddDate(0, 0, -7)
	case "next", "coming", "following", "upcoming":
		ws = ws.AddDate(0, 0, 7)
	}
	if weekend {
		return cand{iv: iv(ws.AddDate(0, 0, 5), ws.AddDate(0, 0, 6), claim.Day), end: end, rel: true, fwd: mod == "next" || mod == "coming"}
	}
	return cand{iv: iv(ws, ws.AddDate(0, 0, 4), claim.Day), end: end, rel: true, fwd: ws.After(r)}
}

// oneUnit is "this month", "last year", "next week": the unit holding the
// reference date, or the one before or after it.
func (p *parser) oneUnit(mod string, g claim.Grain, end int) (cand, bool) {
	r := p.ref
	cur := unitIv(r, g)
	switch mod {
	case "this", "current":
		return cand{iv: cur, end: end, rel: true}, true
	case "last", "past", "previous", "prior":
		if g == claim.Day {
			return cand{iv: dayIv(r.AddDate(0, 0, -1)), end: end, rel: true}, true
		}
		return cand{iv: unitIv(add(cur.From, g, -1), g), end: end, rel: true}, true
	case "next", "coming", "following", "upcoming":
		return cand{iv: unitIv(add(cur.From, g, 1), g), end: end, rel: true, fwd: true}, true
	}
	return cand{}, false
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
	var parts []durationPart
	j := i
	for {
		pt, next, ok := p.durationPart(j, len(parts) == 0)
		if !ok {
			break
		}
		parts = append(parts, pt)
		j = next
	}
	if len(parts) == 0 {
		return nil, "", i, false
	}
	coarse := claim.Day
	for _, pt := range parts {
		if rankOf(pt.g) > rankOf(coarse) {
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

// durationPart is n units of grain g.
type durationPart struct {
	n int
	g claim.Grain
}

// durationPart reads one count and unit at j ("two years", "1d", "a
// fortnight"; first, also "half a year" and "a few days"), and returns
// where the next part would start, past an "and" or comma before it.
func (p *parser) durationPart(j int, first bool) (durationPart, int, bool) {
	// "half a year", "half an hour": six months, fifteen days
	if first && p.is(j, "half") && p.is(j+1, "a", "an") {
		switch p.tok(j + 2).Low {
		case "year":
			return durationPart{6, claim.Month}, j + 3, true
		case "month":
			return durationPart{15, claim.Day}, j + 3, true
		}
	}
	n, k, ok := p.durationCount(j, first)
	if !ok {
		return durationPart{}, j, false
	}
	g, ok := unitWords[p.tok(k).Low]
	if !ok && p.tok(j).Kind == lex.Num && p.glued(k) {
		// "1d ago", "2y ago", "in 3w"
		g, ok = letterUnits[p.tok(k).Low]
	}
	if !ok {
		return durationPart{}, j, false
	}
	if g == "fortnight" {
		g, n = claim.Day, 14*n
	}
	return durationPart{n, g}, p.nextDurationPart(k + 1), true
}

// durationCount reads the count of a duration part: a number, up to six
// digits, or (first) "few" and "several", three.
func (p *parser) durationCount(j int, first bool) (int, int, bool) {
	if n, k, ok := p.number(j); ok {
		return n, k, true
	}
	if p.tok(j).Kind == lex.Num && p.tok(j).Digits <= 6 {
		return p.tok(j).Int(), j + 1, true
	}
	if first && p.is(j, "few", "several") {
		return 3, j + 1, true
	}
	return 0, j, false
}

// nextDurationPart skips the "and" or comma at j when another count and
// unit follow: "2 weeks and 2 days".
func (p *parser) nextDurationPart(j int) int {
	if p.is(j, "and") || p.is(j, ",") && p.tok(j+1).Kind == lex.Num {
		if _, k2, ok := p.number(j + 1); ok {
			if _, ok := unitWords[p.tok(k2).Low]; ok {
				return j + 1
			}
		}
	}
	return j
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
	if p.tok(j-1).Low != "now" && p.tok(j-1).Low != "today" {
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
	w := strings.TrimSuffix(p.tok(k).Low, "s")
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
// reference date. "within" is the whole window; "within 10 days of X"
// measures from X instead (withinOf).
func (p *parser) inN(i int) (cand, bool) {
	if !p.is(i, "in", "within", "after") {
		return cand{}, false
	}
	within := p.is(i, "within")
	j, ok := p.inNStart(i, within)
	if !ok {
		return cand{}, false
	}
	move, g, e, back, ok := p.inNDuration(j)
	if !ok {
		return cand{}, false
	}
	if within && p.is(e, "of") {
		return p.withinOf(e+1, move, g, back)
	}
	d := move(p.ref, 1)
	if within {
		return cand{iv: iv(p.ref, d.AddDate(0, 0, back), g), end: e, rel: true, fwd: true}, true
	}
	x := dayIv(d)
	x.Grain = g
	return cand{iv: x, end: e, rel: true, fwd: true}, true
}

// inNStart skips "the next", "coming" after the "in"/"within" at i, and
// returns where the duration starts: "in the next two days" is unitRel's
// window, so only "within" takes them.
func (p *parser) inNStart(i int, within bool) (int, bool) {
	j := i + 1
	next := false
	if p.is(j, "the") && p.is(j+1, "next", "coming", "upcoming") {
		j, next = j+2, true
	} else if p.is(j, "next", "coming", "upcoming") {
		j, next = j+1, true
	}
	return j, within || !next
}

// inNDuration reads the duration of inN at j: how it moves a day, its
// grain, where it ends, and the days a "within" window ends before the day
// it moves to. Hours count as whole days ("within 48 hours", "in 24
// hours"), and such a window takes in its last day; "a week's time" reads
// as a week.
func (p *parser) inNDuration(j int) (func(time.Time, int) time.Time, claim.Grain, int, int, bool) {
	if n, k, ok := p.number(j); ok && p.is(k, "hours", "hour", "hrs") && n > 0 {
		days := (n + 23) / 24
		return func(t time.Time, sign int) time.Time { return t.AddDate(0, 0, sign*days) }, claim.Day, k + 1, 0, true
	}
	move, g, e, ok := p.durationAt(j)
	if !ok {
		return nil, "", j, 0, false
	}
	if p.is(e, "time") && strings.HasSuffix(p.tok(e-1).Low, "s") {
		e++ // "in a week's time"
	}
	return move, g, e, -1, true
}

// withinOf reads the X of "within 10 days of X": the window runs from X's
// first day by the duration move (less back days: the last day is inside
// the count, as for "within 10 days"). When X is no time ("within 10 days
// of the attack") the window hangs on an event this package cannot date,
// so nothing is read: measuring it from publication would put a past
// event in the future.
func (p *parser) withinOf(j int, move func(time.Time, int) time.Time, g claim.Grain, back int) (cand, bool) {
	c, ok := p.simple(j)
	if !ok || c.invalid || !c.iv.Known {
		return cand{}, false
	}
	a := c.iv.From
	return cand{iv: iv(a, move(a, 1).AddDate(0, 0, back), g), end: c.end, rel: c.rel, fwd: c.fwd}, true
}
