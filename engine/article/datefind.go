package article

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// dateLines is how many lines from the top of the body are searched for a
// publication date: enough to pass a headline, a caption and share links.
const dateLines = 15

const (
	monthRe = `(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`
	dayRe   = `(\d{1,2})(?:st|nd|rd|th)?`
	yearRe  = `(\d{4})`
	// A written date: "June 12, 2020", "26 July 2021", "2020-06-12",
	// optionally after a weekday.
	dateRe = `(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?(?:` +
		monthRe + `\s+` + dayRe + `,?\s+` + yearRe + `|` +
		dayRe + `\s+` + monthRe + `,?\s+` + yearRe + `|` +
		`(\d{4})-(\d{2})-(\d{2}))`
	// What may follow a date on a date line: a time, a zone, an update note.
	timeTail = `(?:\s*(?:,|at|-|–|—|\||/|T)?\s*\d{1,2}[:.]\d{2}.*|\s*\(.*\)|\s*[|·•].*)?`
)

var (
	// "Published 26 July 2021", "Posted on June 12, 2020 at 10:00".
	publishedLine = regexp.MustCompile(`(?i)^(?:(?:first\s+)?published|posted|date|dated|released|issued)(?:\s+on)?\s*:?\s*` + `(?-i)` + dateRe + `(?i)` + timeTail + `$`)
	updatedLine   = regexp.MustCompile(`(?i)^(?:last\s+)?(?:updated|modified|edited)(?:\s+on)?\s*:?\s*` + `(?-i)` + dateRe + `(?i)` + timeTail + `$`)
	// A line that is only a date (and maybe a time).
	dateOnlyLine = regexp.MustCompile(`^` + dateRe + `(?i)` + timeTail + `$`)
	// A dateline: "BAGHDAD, June 12, 2020 (Reuters) -".
	datelineRe = regexp.MustCompile(`^\p{Lu}[\p{Lu}\p{L} .'-]{1,40},?\s+` + dateRe + `\s*(?:\([^)]*\))?\s*[-–—:]`)
	anyDate    = regexp.MustCompile(dateRe)
)

// findTextDate returns the publication date stated in the first lines of an
// article, or the zero time. A "Published" line wins over a bare date line
// or dateline, which win over an "Updated" line.
func findTextDate(lines []string) time.Time {
	for _, tier := range []*regexp.Regexp{publishedLine, nil, updatedLine} {
		for _, l := range lines {
			if !strings.ContainsAny(l, "0123456789") {
				continue // every date form has a year
			}
			var ok bool
			if tier == nil {
				ok = dateOnlyLine.MatchString(l) || datelineRe.MatchString(l)
			} else {
				ok = tier.MatchString(l)
			}
			if !ok {
				continue
			}
			if t, good := parseWrittenDate(anyDate.FindStringSubmatch(l)); good {
				return t
			}
		}
	}
	return time.Time{}
}

// parseWrittenDate turns a dateRe match into a date, rejecting impossible
// ones ("February 30").
func parseWrittenDate(m []string) (time.Time, bool) {
	if m == nil {
		return time.Time{}, false
	}
	var month, day, year string
	switch {
	case m[1] != "":
		month, day, year = m[1], m[2], m[3]
	case m[4] != "":
		day, month, year = m[4], m[5], m[6]
	default:
		y, _ := strconv.Atoi(m[7])
		mo, _ := strconv.Atoi(m[8])
		d, _ := strconv.Atoi(m[9])
		return validDate(y, time.Month(mo), d)
	}
	mo := monthNumber(month)
	y, _ := strconv.Atoi(year)
	d, _ := strconv.Atoi(day)
	return validDate(y, mo, d)
}

func validDate(y int, m time.Month, d int) (time.Time, bool) {
	if y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 {
		return time.Time{}, false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || t.Month() != m {
		return time.Time{}, false
	}
	return t, true
}

func monthNumber(s string) time.Month {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	for m := time.January; m <= time.December; m++ {
		if strings.HasPrefix(strings.ToLower(m.String()), s[:min(3, len(s))]) {
			return m
		}
	}
	return 0
}
