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
