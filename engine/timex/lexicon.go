package timex

import (
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/engine/claim"
)

var monthWords = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

var weekdayWords = map[string]time.Weekday{
	"monday": time.Monday, "mon": time.Monday, "tuesday": time.Tuesday, "tue": time.Tuesday, "tues": time.Tuesday,
	"wednesday": time.Wednesday, "wed": time.Wednesday, "thursday": time.Thursday, "thu": time.Thursday,
	"thur": time.Thursday, "thurs": time.Thursday, "friday": time.Friday, "fri": time.Friday,
	"saturday": time.Saturday, "sat": time.Saturday, "sunday": time.Sunday, "sun": time.Sunday,
}

// shortWeekdays are abbreviations that are also words ("sat", "sun",
// "wed"): they need a capital.
var shortWeekdays = map[string]bool{"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true}

var unitWords = map[string]claim.Grain{
	"day": claim.Day, "days": claim.Day, "week": claim.Week, "weeks": claim.Week,
	"month": claim.Month, "months": claim.Month, "quarter": claim.Quarter, "quarters": claim.Quarter,
	"year": claim.Year, "years": claim.Year, "decade": claim.Decade, "decades": claim.Decade,
	"fortnight": "fortnight", "fortnights": "fortnight", "fortnight's": "fortnight", "fortnight’s": "fortnight",
	"day's": claim.Day, "day’s": claim.Day, "week's": claim.Week, "week’s": claim.Week, "weeks'": claim.Week,
	"month's": claim.Month, "month’s": claim.Month, "year's": claim.Year, "year’s": claim.Year, "yr": claim.Year, "yrs": claim.Year,
	"qtr": claim.Quarter, "qtrs": claim.Quarter, "wk": claim.Week, "wks": claim.Week, "mo": claim.Month,
}

var smallNumbers = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"hundred": 100, "several": 3, "few": 3, "couple": 2,
}

var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "thirtieth": 30, "last": -1,
}

// seasons: meteorological, northern hemisphere (first month, length 3).
var seasons = map[string]time.Month{"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

// futureCues anywhere in a sentence make its bare months and weekdays look
// forward ("will meet on Sunday" is the coming Sunday).
var futureCues = map[string]bool{
	"will": true, "i'll": true, "we'll": true, "they'll": true, "he'll": true, "she'll": true,
	"it'll": true, "you'll": true, "shall": true, "upcoming": true, "scheduled": true,
	"plans": true, "planned": true, "intends": true, "expects": true, "due": true, "tomorrow": true,
}

// holiday resolves a named day in year y.
type holiday func(y int) time.Time

func fixed(m time.Month, d int) holiday { return func(y int) time.Time { return day(y, m, d) } }

func nth(m time.Month, wd time.Weekday, n int) holiday {
	return func(y int) time.Time { return nthWeekday(y, m, wd, n) }
}

func easterPlus(d int) holiday { return func(y int) time.Time { return easter(y).AddDate(0, 0, d) } }

// holidays are keyed by their lower-case words joined by spaces, as
// tokenized ("new year's day"). Only days fixed by the Gregorian calendar
// are listed; lunar and lunisolar feasts need tables this package lacks.
var holidays = map[string]holiday{
	"christmas": fixed(12, 25), "christmas day": fixed(12, 25), "xmas": fixed(12, 25),
	"christmas eve": fixed(12, 24), "boxing day": fixed(12, 26),
	"new year's day": fixed(1, 1), "new year's": fixed(1, 1), "new year": fixed(1, 1), "new years day": fixed(1, 1),
	"int'l workers day": fixed(5, 1), "international workers day": fixed(5, 1), "international workers ' day": fixed(5, 1),
	"workers day": fixed(5, 1), "international women's day": fixed(3, 8), "women's day": fixed(3, 8),
	"new year's eve": fixed(12, 31), "new years eve": fixed(12, 31), "new year eve": fixed(12, 31),
	"thanks giving": nth(11, time.Thursday, 4), "thanks giving day": nth(11, time.Thursday, 4),
	"presidents ' day": nth(2, time.Monday, 3), "veterans ' day": fixed(11, 11), "new years": fixed(1, 1),
	"independence day": fixed(7, 4), "halloween": fixed(10, 31), "valentine's day": fixed(2, 14),
	"valentines day": fixed(2, 14), "valentine day": fixed(2, 14),
	"veterans day": fixed(11, 11), "veteran's day": fixed(11, 11), "armistice day": fixed(11, 11),
	"st patrick's day": fixed(3, 17), "saint patrick": fixed(3, 17), "st patrick": fixed(3, 17), "st patrick's": fixed(3, 17), "saint patrick's day": fixed(3, 17), "st. patrick's day": fixed(3, 17),
	"may day": fixed(5, 1), "labour day": fixed(5, 1), "all saints day": fixed(11, 1), "all saints' day": fixed(11, 1),
	"new year day": fixed(1, 1), "earth day": fixed(4, 22), "groundhog day": fixed(2, 2),
	"thanksgiving": nth(11, time.Thursday, 4), "thanksgiving day": nth(11, time.Thursday, 4),
	"black friday": func(y int) time.Time { return nthWeekday(y, 11, time.Thursday, 4).AddDate(0, 0, 1) },
	"cyber monday": func(y int) time.Time { return nthWeekday(y, 11, time.Thursday, 4).AddDate(0, 0, 4) },
	"labor day":    nth(9, time.Monday, 1), "memorial day": nth(5, time.Monday, -1),
	"martin luther king day": nth(1, time.Monday, 3), "mlk day": nth(1, time.Monday, 3),
	"martin luther king jr day": nth(1, time.Monday, 3), "presidents day": nth(2, time.Monday, 3),
	"president's day": nth(2, time.Monday, 3), "presidents' day": nth(2, time.Monday, 3),
	"columbus day": nth(10, time.Monday, 2), "mother's day": nth(5, time.Sunday, 2),
	"mothers day": nth(5, time.Sunday, 2), "father's day": nth(6, time.Sunday, 3), "fathers day": nth(6, time.Sunday, 3),
	"easter": easterPlus(0), "easter sunday": easterPlus(0), "easter day": easterPlus(0),
	"easter monday": easterPlus(1), "good friday": easterPlus(-2), "holy saturday": easterPlus(-1),
	"maundy thursday": easterPlus(-3), "palm sunday": easterPlus(-7), "ash wednesday": easterPlus(-46),
	"pentecost": easterPlus(49), "whit sunday": easterPlus(49), "whit monday": easterPlus(50),
	"ascension day": easterPlus(39), "corpus christi": easterPlus(60), "shrove tuesday": easterPlus(-47),
	"mardi gras": easterPlus(-47), "pancake day": easterPlus(-47),
}

// holidayMax is the most words a holiday name has.
const holidayMax = 5

// holidayFirst are the first words of holiday names.
var holidayFirst = func() map[string]bool {
	m := map[string]bool{}
	for k := range holidays {
		m[strings.Fields(k)[0]] = true
	}
	return m
}()

// startWords are the words a time expression can begin with; built from the
// tables above plus the rules' own lead words.
var startWords = func() map[string]bool {
	m := map[string]bool{}
	for _, tbl := range []map[string]int{smallNumbers, ordinalWords} {
		for w := range tbl {
			m[w] = true
		}
	}
	for w := range monthWords {
		m[w] = true
	}
	for w := range weekdayWords {
		m[w] = true
		m[w+"s"] = true
		m[w+"'s"] = true
		m[w+"’s"] = true
	}
	for w := range unitWords {
		m[w] = true
	}
	for w := range seasons {
		m[w] = true
	}
	for k := range holidays {
		first := k
		for i, r := range k {
			if r == ' ' {
				first = k[:i]
				break
			}
		}
		m[first] = true
	}
	for _, w := range strings.Fields(`the this last next past previous coming following upcoming current
		recent prior today tonight tonite yesterday tomorrow tmrw tmr ytd today's today’s tonight's
		yesterday's yesterday’s tomorrow's tomorrow’s second half year day early earlier late later
		mid middle beginning start end begin rest at in by before until till since from between within after
		for on q h w week weekend workweek working work fiscal calendar these those few several couple`) {
		m[w] = true
	}
	return m
}()
