package extract

import (
	"time"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/timex"
)

// timeRef is what relative times resolve against: the publication date.
type timeRef struct {
	date  time.Time
	known bool
}

// TimeFinder finds time expressions in one sentence and resolves them
// against the publication date; nil in Options means engine/timex.
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
		find = timexTimes
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

// timexTimes is the default TimeFinder: engine/timex.
func timexTimes(text string, pub time.Time, dated bool) []TimeSpan {
	var out []TimeSpan
	for _, t := range timex.Find(text, timex.Ref{Date: pub, Known: dated}) {
		out = append(out, TimeSpan{Start: t.Start, End: t.End, Interval: t.Interval})
	}
	return out
}

// resolveYearless dates, in an undated article, what a yearless date
// ("Jan. 1", "3 January") says by the full dates the article gave before
// it: the occurrence nearest the last of them ("On Dec. 31, 2019 ...
// killed on Jan. 1": 2020-01-01). The article's own dates are the only
// clock an undated text has; relative times ("on Sunday") stay
// unresolved. It returns the last full date after this sentence.
func (s *sent) resolveYearless(floor time.Time) time.Time {
	for i := range s.times {
		t := &s.times[i]
		iv := t.interval
		switch {
		case iv.Known && iv.Grain == claim.Day && iv.From.Equal(iv.To):
			floor = iv.From
		case iv.Unresolved && iv.Month > 0 && !floor.IsZero():
			t.interval = nearestYear(iv.Month, iv.Day, floor)
		}
	}
	return floor
}

// nearestYear is the month (or month-day) nearest to ref.
func nearestYear(month, day int, ref time.Time) claim.Interval {
	var best claim.Interval
	var bestGap time.Duration = -1
	for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
		var iv claim.Interval
		if day > 0 {
			d := time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
			if d.Day() != day {
				continue // "February 30"
			}
			iv = claim.DayOf(d)
		} else {
			from := time.Date(y, time.Month(month), 1, 0, 0, 0, 0, time.UTC)
			iv = claim.Interval{From: from, To: from.AddDate(0, 1, -1), Grain: claim.Month, Known: true}
		}
		gap := iv.From.Sub(ref)
		if gap < 0 {
			gap = -gap
		}
		if bestGap < 0 || gap < bestGap {
			best, bestGap = iv, gap
		}
	}
	return best
}
