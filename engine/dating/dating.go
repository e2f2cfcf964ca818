// Package dating dates undated articles from the archive they are checked
// with.
//
// Scraped pages often lose their date, and an undated article's figures
// cannot join a timeline. But its text still ties it to time: "an Iranian
// attack on an Iraqi air base earlier this month" is only true of a few
// publication days once the archive says, in several dated articles, when
// Iran attacked. Each event of the undated article that the archive dates
// with one voice is an anchor: a relative time on it ("earlier this month",
// "on Thursday", "last week") must land on the archive's date, and a past
// event bounds the publication date from below. The days that satisfy every
// anchor, when they span at most MaxSpan, are the estimate; the article's
// claims are then made again at both ends of it, and each date a claim
// gives is the hull of the two.
//
// The article stays undated: its claims carry the estimate (Claim.Estimated)
// so that reports can say the date is the archive's inference.
package dating

import (
	"sort"
	"time"

	"github.com/claimcheck/claimcheck/engine/article"
	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/timex"
)

// MaxSpan is the widest estimate kept: wider says too little to place a
// figure in a timeline.
const MaxSpan = 62 * 24 * time.Hour

// searchDays is how far after its lower bound a publication date is
// sought: news reports an event within months, not years.
const searchDays = 400

// Extractor makes an article's claims (extract.Extractor.Article).
type Extractor func(*article.Article) []*claim.Claim

// Index holds the dates the dated articles give their events, by event key.
type Index struct {
	dates map[string][]time.Time
}

// NewIndex indexes the events of dated claims whose date is precise to a
// day or two.
func NewIndex(claims []*claim.Claim) *Index {
	x := &Index{dates: map[string][]time.Time{}}
	for _, c := range claims {
		if !c.Dated || !anchorable(c) || !c.When.Known || c.When.To.Sub(c.When.From) > 48*time.Hour {
			continue
		}
		for _, k := range keys(c) {
			x.dates[k] = append(x.dates[k], c.When.From)
		}
	}
	return x
}

// anchorable says whether a claim is an event that happened: not negated,
// not planned or hoped for.
func anchorable(c *claim.Claim) bool {
	return c.Kind == claim.Event && !c.Negated && c.Modality != claim.Planned && c.Action != ""
}

// keys are the ways an event is known across articles: its action with its
// agent, or with its patient.
func keys(c *claim.Claim) []string {
	var ks []string
	if c.Agent != "" {
		ks = append(ks, c.Action+"|a|"+c.Agent)
	}
	if c.Patient != "" {
		ks = append(ks, c.Action+"|p|"+c.Patient)
	}
	return ks
}

// date is the date the archive gives an event when it gives one with one
// voice: at least two reports, and two thirds of them within a day of it.
func (x *Index) date(c *claim.Claim) (time.Time, bool) {
	for _, k := range keys(c) {
		if d, ok := consensus(x.dates[k]); ok {
			return d, true
		}
	}
	return time.Time{}, false
}

func consensus(ds []time.Time) (time.Time, bool) {
	if len(ds) < 2 {
		return time.Time{}, false
	}
	best, votes := time.Time{}, 0
	for _, d := range ds {
		n := 0
		for _, o := range ds {
			if absDays(d, o) <= 1 {
				n++
			}
		}
		if n > votes || n == votes && d.Before(best) {
			best, votes = d, n
		}
	}
	return best, votes >= 2 && 3*votes >= 2*len(ds)
}

func absDays(a, b time.Time) int {
	d := a.Sub(b)
	if d < 0 {
		d = -d
	}
	return int(d / (24 * time.Hour))
}

// anchor is a relative time on an event the archive dates.
type anchor struct {
	text  string    // the sentence, as the extractor reads it
	start int       // where the time expression starts in it
	date  time.Time // the archive's date of the event
}

// standIn is the publication date an undated article is first read at, to
// tie each claim's time to the words it came from.
var standIn = time.Date(2001, 6, 15, 0, 0, 0, 0, time.UTC)

// Estimate returns the days a's publication date can fall on, by the
// events the archive dates, or false when the archive says too little.
func Estimate(a *article.Article, extract Extractor, ix *Index) (claim.Interval, bool) {
	if a.Dated {
		return claim.Interval{}, false
	}
	anchors, floor := ix.anchors(a, extract)
	if len(anchors) == 0 {
		return claim.Interval{}, false
	}
	first, last, ok := search(anchors, floor)
	if !ok || last.Sub(first) > MaxSpan {
		return claim.Interval{}, false
	}
	return claim.Interval{From: first, To: last, Grain: claim.Day, Known: true}, true
}

// anchors reads a at the stand-in date and keeps each event the archive
// dates whose own time is relative; floor is the latest date of an event
// the article tells as past.
func (ix *Index) anchors(a *article.Article, extract Extractor) ([]anchor, time.Time) {
	at := *a
	at.Published, at.Dated = standIn, true
	sents := map[int]string{}
	for _, s := range a.Sentences {
		sents[s.Start] = plainText(s)
	}
	var out []anchor
	var floor time.Time
	for _, c := range extract(&at) {
		if !anchorable(c) {
			continue
		}
		d, ok := ix.date(c)
		if ok && d.After(floor) {
			floor = d
		}
		t, found := timeOf(c, sents[c.Start])
		switch {
		case !found:
		case !t.Relative && c.Modality == claim.Past && t.From.After(floor):
			floor = t.From
		case t.Relative && ok:
			out = append(out, anchor{text: sents[c.Start], start: t.Start, date: d})
		}
	}
	return out, floor
}

// timeOf finds the time expression of the sentence that gave c its date.
func timeOf(c *claim.Claim, sentence string) (timex.Time, bool) {
	if !c.When.Known || sentence == "" {
		return timex.Time{}, false
	}
	for _, t := range timex.Find(sentence, timex.Ref{Date: standIn, Known: true}) {
		if t.Known && t.From.Equal(c.When.From) && t.To.Equal(c.When.To) {
			return t, true
		}
	}
	return timex.Time{}, false
}

// search tries each day from floor on and returns the first and last on
// which every anchor's time lands within a day of the archive's date.
func search(anchors []anchor, floor time.Time) (first, last time.Time, ok bool) {
	if floor.IsZero() {
		floor = earliest(anchors)
	}
	for i := 0; i < searchDays; i++ {
		p := floor.AddDate(0, 0, i)
		if !fits(anchors, p) {
			continue
		}
		if !ok {
			first = p
		}
		last, ok = p, true
	}
	return first, last, ok
}

func earliest(anchors []anchor) time.Time {
	ds := make([]time.Time, len(anchors))
	for i, an := range anchors {
		ds[i] = an.date
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i].Before(ds[j]) })
	return ds[0]
}

// fits says whether publishing on p puts every anchor on its date.
func fits(anchors []anchor, p time.Time) bool {
	ref := timex.Ref{Date: p, Known: true}
	for _, an := range anchors {
		t, ok := timeAt(timex.Find(an.text, ref), an.start)
		if !ok || !t.Known || !near(t.Interval, an.date) {
			return false
		}
	}
	return true
}

func timeAt(ts []timex.Time, start int) (timex.Time, bool) {
	for _, t := range ts {
		if t.Start == start {
			return t, true
		}
	}
	return timex.Time{}, false
}

// near says whether d falls within a day of the interval.
func near(iv claim.Interval, d time.Time) bool {
	return !d.Before(iv.From.AddDate(0, 0, -1)) && !d.After(iv.To.AddDate(0, 0, 1))
}

func plainText(s article.Sentence) string {
	if len(s.Plain) == len(s.Text) {
		return s.Plain
	}
	return s.Text
}
