package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/engine/claim"
)

// timeRef is what relative times resolve against: the publication date.
type timeRef struct {
	date  time.Time
	known bool
}

// TimeFinder finds time expressions in one sentence and resolves them
// against the publication date. Options.Times plugs in engine/timex; the
// built-in finder covers years, "Month [Day,] [Year]" and weekdays, which is
// what event "when" and count "as of" need most.
type TimeFinder func(text string, published time.Time, dated bool) []TimeSpan

// TimeSpan is one time expression: byte offsets into the sentence and the
// interval it denotes.
type TimeSpan struct {
	Start, End int
	Interval   claim.Interval
}

func (x *Extractor) times(text string, ref timeRef) []timeMention {
	find := x.opts.Times
	if find == nil {
		find = basicTimes
	}
	var out []timeMention
	for _, t := range find(text, ref.date, ref.known) {
		if t.Start < 0 || t.End > len(text) || t.Start >= t.End {
			continue
		}
		out = append(out, timeMention{start: t.Start, end: t.End, text: text[t.Start:t.End], interval: t.Interval})
	}
	return out
}

var (
	months   = map[string]time.Month{"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12}
	weekdays = map[string]time.Weekday{"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6}
	timeRE   = regexp.MustCompile(`\b(?:(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+((?:19|20)\d\d))?|(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)|((?:19|20)\d\d))\b`)
)

// basicTimes is the fallback time finder (see TimeFinder).
func basicTimes(text string, pub time.Time, dated bool) []TimeSpan {
	var out []TimeSpan
	for _, m := range timeRE.FindAllStringSubmatchIndex(text, -1) {
		g := func(k int) string {
			if m[2*k] < 0 {
				return ""
			}
			return text[m[2*k]:m[2*k+1]]
		}
		var iv claim.Interval
		switch {
		case g(1) != "":
			mon := months[strings.ToLower(g(1))]
			if mon == time.May && g(2) == "" && g(3) == "" {
				// "may" the modal is lower case; "May" alone is still ambiguous at a sentence start
				if m[2] == 0 {
					continue
				}
			}
			year := 0
			if g(3) != "" {
				year, _ = strconv.Atoi(g(3))
			} else if dated {
				// a month without a year is the latest such month not after publication
				year = pub.Year()
				if mon > pub.Month() {
					year--
				}
			}
			if year == 0 {
				iv.Unresolved = true
				break
			}
			if d, _ := strconv.Atoi(g(2)); d > 0 {
				iv = claim.DayOf(time.Date(year, mon, d, 0, 0, 0, 0, time.UTC))
			} else {
				from := time.Date(year, mon, 1, 0, 0, 0, 0, time.UTC)
				iv = claim.Interval{From: from, To: from.AddDate(0, 1, -1), Grain: claim.Month, Known: true}
			}
		case g(4) != "":
			if !dated {
				iv.Unresolved = true
				break
			}
			// a bare weekday in news is the latest such day not after publication
			d := claim.Date(pub)
			for d.Weekday() != weekdays[strings.ToLower(g(4))] {
				d = d.AddDate(0, 0, -1)
			}
			iv = claim.DayOf(d)
		case g(5) != "":
			y, _ := strconv.Atoi(g(5))
			from := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
			iv = claim.Interval{From: from, To: time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC), Grain: claim.Year, Known: true}
		}
		out = append(out, TimeSpan{Start: m[0], End: m[1], Interval: iv})
	}
	return out
}
