package timex

import (
	"time"

	"github.com/claimcheck/claimcheck/engine/claim"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func iv(from, to time.Time, g claim.Grain) claim.Interval {
	if to.Before(from) {
		from, to = to, from
	}
	return claim.Interval{From: from, To: to, Grain: g, Known: true}
}

func dayIv(t time.Time) claim.Interval { return iv(t, t, claim.Day) }

func monthIv(y int, m time.Month) claim.Interval {
	f := day(y, m, 1)
	return iv(f, f.AddDate(0, 1, -1), claim.Month)
}

func yearIv(y int) claim.Interval { return iv(day(y, 1, 1), day(y, 12, 31), claim.Year) }

func quarterIv(y, q int) claim.Interval {
	f := day(y, time.Month(3*(q-1)+1), 1)
	return iv(f, f.AddDate(0, 3, -1), claim.Quarter)
}

func decadeIv(y int) claim.Interval {
	y0 := y - ((y%10)+10)%10
	return iv(day(y0, 1, 1), day(y0+9, 12, 31), claim.Decade)
}

// weekStart is the Monday on or before t (weeks run Monday to Sunday, ISO 8601).
func weekStart(t time.Time) time.Time {
	wd := (int(t.Weekday()) + 6) % 7
	return t.AddDate(0, 0, -wd)
}

func weekIv(t time.Time) claim.Interval {
	m := weekStart(t)
	return iv(m, m.AddDate(0, 0, 6), claim.Week)
}

func daysIn(y int, m time.Month) int { return day(y, m, 1).AddDate(0, 1, -1).Day() }

// validDay reports whether y-m-d is a calendar date.
func validDay(y int, m time.Month, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

// unitIv is the calendar unit (week, month, ...) containing t.
func unitIv(t time.Time, g claim.Grain) claim.Interval {
	switch g {
	case claim.Week:
		return weekIv(t)
	case claim.Month:
		return monthIv(t.Year(), t.Month())
	case claim.Quarter:
		return quarterIv(t.Year(), (int(t.Month())-1)/3+1)
	case claim.Year:
		return yearIv(t.Year())
	case claim.Decade:
		return decadeIv(t.Year())
	}
	return dayIv(t)
}

// add moves t by n units of g.
func add(t time.Time, g claim.Grain, n int) time.Time {
	switch g {
	case claim.Week:
		return t.AddDate(0, 0, 7*n)
	case claim.Month:
		return addMonths(t, n)
	case claim.Quarter:
		return addMonths(t, 3*n)
	case claim.Year:
		return addMonths(t, 12*n)
	case claim.Decade:
		return addMonths(t, 120*n)
	}
	return t.AddDate(0, 0, n)
}

// addMonths clamps the day to the target month ("a month before March 31" is
// February 28 or 29), as calendars and peers do.
func addMonths(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	total := y*12 + int(m) - 1 + n
	ny, nm := total/12, time.Month(total%12+1)
	if dd := daysIn(ny, nm); d > dd {
		d = dd
	}
	return day(ny, nm, d)
}

// part narrows an interval to its early, middle or late part. The cuts
// (documented in the package doc) follow the most common peer readings:
// a year's "early"/"late" halves, "beginning"/"end" thirds and May-August
// middle; a month's halves and 10th-20th middle; a week's Monday-Wednesday
// and Thursday-Sunday.
func part(x claim.Interval, mod string) claim.Interval {
	f := x.From
	switch x.Grain {
	case claim.Year, claim.Quarter:
		if x.Grain == claim.Quarter {
			switch mod {
			case "early", "beginning":
				return monthIv(f.Year(), f.Month())
			case "mid":
				return monthIv(f.Year(), f.Month()+1)
			default:
				return monthIv(f.Year(), f.Month()+2)
			}
		}
		y := f.Year()
		switch mod {
		case "early":
			return iv(day(y, 1, 1), day(y, 6, 30), claim.Month)
		case "beginning":
			return iv(day(y, 1, 1), day(y, 4, 30), claim.Month)
		case "mid":
			return iv(day(y, 5, 1), day(y, 8, 31), claim.Month)
		case "late":
			return iv(day(y, 7, 1), day(y, 12, 31), claim.Month)
		default: // end
			return iv(day(y, 9, 1), day(y, 12, 31), claim.Month)
		}
	case claim.Month:
		y, m := f.Year(), f.Month()
		switch mod {
		case "early", "beginning":
			return iv(day(y, m, 1), day(y, m, 15), claim.Day)
		case "mid":
			return iv(day(y, m, 10), day(y, m, 20), claim.Day)
		default:
			return iv(day(y, m, 16), day(y, m, daysIn(y, m)), claim.Day)
		}
	case claim.Week:
		switch mod {
		case "early", "beginning":
			return iv(f, f.AddDate(0, 0, 2), claim.Day)
		case "mid":
			return iv(f.AddDate(0, 0, 1), f.AddDate(0, 0, 4), claim.Day)
		default:
			return iv(f.AddDate(0, 0, 3), f.AddDate(0, 0, 6), claim.Day)
		}
	case claim.Decade:
		y := f.Year()
		switch mod {
		case "early", "beginning":
			return iv(day(y, 1, 1), day(y+3, 12, 31), claim.Year)
		case "mid":
			return iv(day(y+3, 1, 1), day(y+6, 12, 31), claim.Year)
		default:
			return iv(day(y+7, 1, 1), day(y+9, 12, 31), claim.Year)
		}
	}
	return x
}

// easter returns Easter Sunday of year y (Gregorian computus).
func easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	dd := (h+l-7*m+114)%31 + 1
	return day(y, time.Month(month), dd)
}

// nthWeekday is the n-th (1-based; -1 = last) weekday wd of month m.
func nthWeekday(y int, m time.Month, wd time.Weekday, n int) time.Time {
	if n < 0 {
		last := day(y, m, daysIn(y, m))
		back := (int(last.Weekday()) - int(wd) + 7) % 7
		return last.AddDate(0, 0, -back)
	}
	first := day(y, m, 1)
	fwd := (int(wd) - int(first.Weekday()) + 7) % 7
	return first.AddDate(0, 0, fwd+7*(n-1))
}
