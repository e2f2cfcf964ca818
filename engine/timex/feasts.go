package timex

import "time"

// Feasts on calendars other than the Gregorian one: the Julian computus
// (Orthodox Easter), the arithmetical Islamic calendar and the Hebrew
// calendar. Each converts a date of its calendar to a Gregorian day; the
// holiday table (data/words.toml) says which calendar and date a feast has.

// rataDie is the Gregorian day of fixed day n (day 1 is January 1 of year 1,
// proleptic Gregorian), the day count the calendar arithmetic below uses.
func rataDie(n int) time.Time { return day(1, time.January, 1).AddDate(0, 0, n-1) }

// julianEaster returns Orthodox Easter Sunday of year y: the Julian
// computus (Meeus), moved to the Gregorian calendar.
func julianEaster(y int) time.Time {
	a, b, c := y%4, y%7, y%19
	d := (19*c + 15) % 30
	e := (2*a + 4*b - d + 34) % 7
	month := (d + e + 114) / 31
	dd := (d+e+114)%31 + 1
	// the Julian calendar runs behind by the century days the Gregorian
	// reform dropped: 13 days from 1900 to 2099
	return day(y, time.Month(month), dd).AddDate(0, 0, y/100-y/400-2)
}

// islamicEpoch is 1 Muharram AH 1 in the arithmetical calendar's civil
// reckoning (Friday, July 16, 622 Julian), as a fixed day.
const islamicEpoch = 227015

// islamicDay is the Gregorian day of day d of month m (1-12) of Hijri year
// hy in the arithmetical (tabular) Islamic calendar: months alternate 30
// and 29 days, with 11 leap days in 30 years. Observance, by sighting the
// moon, can fall a day either side.
func islamicDay(hy, m, d int) time.Time {
	days := d + 29*(m-1) + m/2 + (hy-1)*354 + floorDiv(3+11*hy, 30)
	return rataDie(islamicEpoch + days - 1)
}

// hebrewEpoch is 1 Tishrei AM 1 as a fixed day.
const hebrewEpoch = -1373427

// hebrewElapsed is the days from the epoch to the molad of Tishrei of
// year hy, moved off the days the rules forbid.
func hebrewElapsed(hy int) int {
	months := floorDiv(235*hy-234, 19)
	parts := 12084 + 13753*months
	d := 29*months + floorDiv(parts, 25920)
	if (3*(d+1))%7 < 3 {
		d++
	}
	return d
}

// hebrewNewYear is the fixed day of 1 Tishrei of year hy.
func hebrewNewYear(hy int) int {
	ny0, ny1, ny2 := hebrewElapsed(hy-1), hebrewElapsed(hy), hebrewElapsed(hy+1)
	fix := 0
	switch {
	case ny2-ny1 == 356:
		fix = 2
	case ny1-ny0 == 382:
		fix = 1
	}
	return hebrewEpoch + ny1 + fix
}

func hebrewLeap(hy int) bool { return (7*hy+1)%19 < 7 }

// hebrewMonthDays is the length of month m (Nisan 1 .. Adar 12, Adar II 13)
// of year hy.
func hebrewMonthDays(hy, m int) int {
	length := hebrewNewYear(hy+1) - hebrewNewYear(hy)
	switch {
	case m == 2 || m == 4 || m == 6 || m == 10 || m == 13:
		return 29
	case m == 12 && !hebrewLeap(hy):
		return 29
	case m == 8 && length%10 != 5: // Heshvan is long only in a complete year
		return 29
	case m == 9 && length%10 == 3: // Kislev is short only in a deficient year
		return 29
	}
	return 30
}

// hebrewDay is the Gregorian day of day d of month m of year hy. Months
// are numbered from Nisan (1) as the Bible does, the year starting at
// Tishrei (7); month 12 is Adar, and in a leap year the feasts of Adar
// fall in Adar II (13), so 12 is read as the last Adar.
func hebrewDay(hy, m, d int) time.Time {
	last := 12
	if hebrewLeap(hy) {
		last = 13
		if m == 12 {
			m = 13
		}
	}
	n := hebrewNewYear(hy) + d - 1
	if m < 7 {
		for k := 7; k <= last; k++ {
			n += hebrewMonthDays(hy, k)
		}
		for k := 1; k < m; k++ {
			n += hebrewMonthDays(hy, k)
		}
	} else {
		for k := 7; k < m; k++ {
			n += hebrewMonthDays(hy, k)
		}
	}
	return rataDie(n)
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// inYear returns the first of the days conv gives for the years of
// another calendar around approx that falls in Gregorian year y, and the
// year of the other calendar it belongs to.
func inYear(y, approx int, conv func(int) time.Time) (time.Time, int, bool) {
	for oy := approx - 2; oy <= approx+2; oy++ {
		if t := conv(oy); t.Year() == y {
			return t, oy, true
		}
	}
	return time.Time{}, 0, false
}
