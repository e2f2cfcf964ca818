package claim

import (
	"fmt"
	"strconv"
	"time"
)

// Findings and reports write every date for people one way, day month
// year in words ("3 January 2020"), at the precision the source gave
// ("June 2020", "2011", "the 2010s"): a reader should not have to tell
// "2020-01-03" from "January 2020" from "2020-01-01..2020-01-31". JSON
// keeps DateLayout.

// dayLayout is how people read a day.
const dayLayout = "2 January 2006"

// FormatDate writes a day for people: "3 January 2020".
func FormatDate(t time.Time) string { return t.UTC().Format(dayLayout) }

// FormatInterval writes an interval at the precision its source gave:
// "3 January 2020", "1 to 19 September 2020", "June 2020", "June to August
// 2020", "Q3 2020", "2011", "the 2010s", "the week of 6 January 2020",
// "since 2014"; a date without its year as "2 January" or "January".
func FormatInterval(i Interval) string {
	p, ok := phrase(i)
	switch {
	case !ok:
		return "unknown"
	case p.since:
		return "since " + p.from
	case p.to != "":
		return p.from + " to " + p.to
	}
	return p.from
}

// FormatWhen writes an interval as a time adverbial, for events: "on 3
// January 2020", "in June 2020", "in 2011", "between 1 and 19 September
// 2020", "since 2014", "on an unknown date".
func FormatWhen(i Interval) string {
	p, ok := phrase(i)
	switch {
	case !ok:
		return "on an unknown date"
	case p.since:
		return "since " + p.from
	case p.to != "":
		return "between " + p.from + " and " + p.to
	case p.day:
		return "on " + p.from
	}
	return "in " + p.from
}

// datePhrase is an interval in words: one period (from), or the two ends
// of a range, each with only what the other does not repeat ("1" and "19
// September 2020").
type datePhrase struct {
	from, to string
	day      bool // a single day ("on", not "in")
	since    bool // open: from is where it starts
}

// phrase words an interval in the coarsest unit, from its grain down to
// the day, whose periods it covers whole: a "month" from the 1st to the
// 19th is written in days. False when the interval says nothing.
func phrase(i Interval) (datePhrase, bool) {
	if !i.Known {
		return yearlessPhrase(i)
	}
	u := unitOf(i)
	if i.Open {
		return datePhrase{from: u.one(i.From), since: true}, true
	}
	if u.same(i.From, i.To) || u.name == Week {
		return datePhrase{from: u.one(i.From), day: u.name == Day}, true
	}
	from, to := u.pair(i.From, i.To)
	return datePhrase{from: from, to: to}, true
}

// yearlessPhrase words a date written without its year: "2 January", "January".
func yearlessPhrase(i Interval) (datePhrase, bool) {
	if i.Month < 1 || i.Month > 12 {
		return datePhrase{}, false
	}
	m := time.Month(i.Month).String()
	if i.Day > 0 {
		return datePhrase{from: strconv.Itoa(i.Day) + " " + m, day: true}, true
	}
	return datePhrase{from: m}, true
}

// unit is one precision dates are written at.
type unit struct {
	name    Grain
	aligned func(from, to time.Time) bool             // the interval covers whole periods
	same    func(a, b time.Time) bool                 // a and b fall in one period
	one     func(t time.Time) string                  // the period t falls in
	pair    func(from, to time.Time) (string, string) // a range of periods
}

// units, coarsest first; unitOf takes the first at or below the grain
// that the interval is aligned with.
var units = []unit{
	{name: Decade,
		aligned: func(f, t time.Time) bool {
			return yearAligned(f, t) && f.Year()%10 == 0 && (t.Year()+1)%10 == 0
		},
		same: func(a, b time.Time) bool { return a.Year()/10 == b.Year()/10 },
		one:  func(t time.Time) string { return fmt.Sprintf("the %ds", t.Year()/10*10) },
		pair: func(f, t time.Time) (string, string) {
			return fmt.Sprintf("the %ds", f.Year()/10*10), fmt.Sprintf("the %ds", t.Year()/10*10)
		}},
	{name: Year, aligned: yearAligned,
		same: func(a, b time.Time) bool { return a.Year() == b.Year() },
		one:  func(t time.Time) string { return strconv.Itoa(t.Year()) },
		pair: func(f, t time.Time) (string, string) { return strconv.Itoa(f.Year()), strconv.Itoa(t.Year()) }},
	{name: Quarter,
		aligned: func(f, t time.Time) bool {
			return monthAligned(f, t) && (f.Month()-1)%3 == 0 && t.Month()%3 == 0
		},
		same: func(a, b time.Time) bool { return a.Year() == b.Year() && (a.Month()-1)/3 == (b.Month()-1)/3 },
		one:  quarter,
		pair: func(f, t time.Time) (string, string) {
			if f.Year() == t.Year() {
				return fmt.Sprintf("Q%d", (f.Month()-1)/3+1), quarter(t)
			}
			return quarter(f), quarter(t)
		}},
	{name: Month, aligned: monthAligned,
		same: func(a, b time.Time) bool { return a.Year() == b.Year() && a.Month() == b.Month() },
		one:  func(t time.Time) string { return t.Format("January 2006") },
		pair: func(f, t time.Time) (string, string) {
			if f.Year() == t.Year() {
				return f.Format("January"), t.Format("January 2006")
			}
			return f.Format("January 2006"), t.Format("January 2006")
		}},
	{name: Week,
		aligned: func(f, t time.Time) bool { return true },
		same:    func(a, b time.Time) bool { return false },
		one:     func(t time.Time) string { return "the week of " + t.Format(dayLayout) },
		pair:    func(f, t time.Time) (string, string) { return "", "" }},
	{name: Day,
		aligned: func(f, t time.Time) bool { return true },
		same:    func(a, b time.Time) bool { return a.Equal(b) },
		one:     func(t time.Time) string { return t.Format(dayLayout) },
		pair: func(f, t time.Time) (string, string) {
			switch {
			case f.Year() == t.Year() && f.Month() == t.Month():
				return strconv.Itoa(f.Day()), t.Format(dayLayout)
			case f.Year() == t.Year():
				return f.Format("2 January"), t.Format(dayLayout)
			}
			return f.Format(dayLayout), t.Format(dayLayout)
		}},
}

// unitOf is the coarsest unit, at or below the interval's grain, whose
// periods the interval covers whole; an open interval needs only its start
// aligned. A week that does not start its interval is written in days.
func unitOf(i Interval) unit {
	start := false
	for _, u := range units {
		if u.name == i.Grain {
			start = true
		}
		if !start || u.name == Week && i.Grain != Week {
			continue
		}
		to := i.To
		if i.Open {
			to = lastOf(u.name, i.From)
		}
		if u.aligned(i.From, to) {
			return u
		}
	}
	return units[len(units)-1]
}

// lastOf is the last day of the period of unit g that starts at f.
func lastOf(g Grain, f time.Time) time.Time {
	switch g {
	case Decade:
		return f.AddDate(10, 0, -1)
	case Year:
		return f.AddDate(1, 0, -1)
	case Quarter:
		return f.AddDate(0, 3, -1)
	case Month:
		return f.AddDate(0, 1, -1)
	}
	return f
}

func yearAligned(f, t time.Time) bool {
	return f.YearDay() == 1 && t.Month() == time.December && t.Day() == 31
}

func monthAligned(f, t time.Time) bool {
	return f.Day() == 1 && t.AddDate(0, 0, 1).Day() == 1
}

func quarter(t time.Time) string {
	return fmt.Sprintf("Q%d %d", (t.Month()-1)/3+1, t.Year())
}
