package timex

import (
	"encoding/json"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/internal/testkit"
)

func d(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

type tcase struct {
	in, text, from, to string
	grain              claim.Grain
	rel, fwd, open     bool
}

// ref is a Friday, like the fixtures' 2020-06-12.
var ref = Ref{Date: d("2020-06-12"), Known: true}

func TestFind(t *testing.T) {
	tests := []tcase{
		// absolute
		{in: "on June 11, 2020, officials said", text: "June 11, 2020", from: "2020-06-11", to: "2020-06-11", grain: claim.Day},
		{in: "on 26 July 2021", text: "26 July 2021", from: "2021-07-26", to: "2021-07-26", grain: claim.Day},
		{in: "in December 2017 the group", text: "December 2017", from: "2017-12-01", to: "2017-12-31", grain: claim.Month},
		{in: "in March 2019", text: "March 2019", from: "2019-03-01", to: "2019-03-31", grain: claim.Month},
		{in: "forces pulled out in 2011", text: "2011", from: "2011-01-01", to: "2011-12-31", grain: claim.Year},
		{in: "during the 2003 invasion", text: "2003", from: "2003-01-01", to: "2003-12-31", grain: claim.Year},
		{in: "published 2020-06-12 at noon", text: "2020-06-12", from: "2020-06-12", to: "2020-06-12", grain: claim.Day},
		{in: "on Jan. 3, 2020", text: "Jan. 3, 2020", from: "2020-01-03", to: "2020-01-03", grain: claim.Day},
		{in: "on 3 January 2020", text: "3 January 2020", from: "2020-01-03", to: "2020-01-03", grain: claim.Day},
		{in: "by mid-2019", text: "by mid-2019", from: "2019-05-01", to: "2019-08-31", grain: claim.Month, fwd: true},
		{in: "in early 2020", text: "early 2020", from: "2020-01-01", to: "2020-06-30", grain: claim.Month},
		{in: "in late 2020", text: "late 2020", from: "2020-07-01", to: "2020-12-31", grain: claim.Month},
		{in: "in the 1990s", text: "1990s", from: "1990-01-01", to: "1999-12-31", grain: claim.Decade},
		{in: "in Q3 2019", text: "Q3 2019", from: "2019-07-01", to: "2019-09-30", grain: claim.Quarter},
		{in: "on 10/31/1974", text: "10/31/1974", from: "1974-10-31", to: "1974-10-31", grain: claim.Day},
		{in: "from 2014 to 2017", text: "from 2014 to 2017", from: "2014-01-01", to: "2017-12-31", grain: claim.Year},
		// relative, news conventions (ref Friday 2020-06-12)
		{in: "the ambassador met him on Sunday", text: "Sunday", from: "2020-06-07", to: "2020-06-07", grain: claim.Day, rel: true},
		{in: "said Wednesday", text: "Wednesday", from: "2020-06-10", to: "2020-06-10", grain: claim.Day, rel: true},
		{in: "said on Friday", text: "Friday", from: "2020-06-12", to: "2020-06-12", grain: claim.Day, rel: true},
		{in: "the talks will resume on Sunday", text: "Sunday", from: "2020-06-14", to: "2020-06-14", grain: claim.Day, rel: true, fwd: true},
		{in: "in January the strike", text: "January", from: "2020-01-01", to: "2020-01-31", grain: claim.Month, rel: true},
		{in: "troops arrived in September", text: "September", from: "2019-09-01", to: "2019-09-30", grain: claim.Month, rel: true},
		{in: "troops will leave by September", text: "by September", from: "2020-09-01", to: "2020-09-30", grain: claim.Month, rel: true, fwd: true},
		{in: "on August 21 the base", text: "August 21", from: "2019-08-21", to: "2019-08-21", grain: claim.Day, rel: true},
		{in: "earlier this month", text: "earlier this month", from: "2020-06-01", to: "2020-06-11", grain: claim.Day, rel: true},
		{in: "this year", text: "this year", from: "2020-01-01", to: "2020-12-31", grain: claim.Year, rel: true},
		{in: "last year", text: "last year", from: "2019-01-01", to: "2019-12-31", grain: claim.Year, rel: true},
		{in: "next week", text: "next week", from: "2020-06-15", to: "2020-06-21", grain: claim.Week, rel: true, fwd: true},
		{in: "last month", text: "last month", from: "2020-05-01", to: "2020-05-31", grain: claim.Month, rel: true},
		{in: "over the coming months", text: "the coming months", from: "2020-06-13", to: "2020-09-12", grain: claim.Month, rel: true, fwd: true},
		{in: "by the end of the year", text: "by the end of the year", from: "2020-06-12", to: "2020-12-31", grain: claim.Day, rel: true, fwd: true},
		{in: "since 2014", text: "since 2014", from: "2014-01-01", to: "2020-06-12", grain: claim.Year, rel: true, open: true},
		{in: "over the past two decades", text: "the past two decades", from: "2000-06-12", to: "2020-06-11", grain: claim.Decade, rel: true},
		{in: "two years ago", text: "two years ago", from: "2018-06-12", to: "2018-06-12", grain: claim.Year, rel: true},
		{in: "yesterday", text: "yesterday", from: "2020-06-11", to: "2020-06-11", grain: claim.Day, rel: true},
		{in: "today", text: "today", from: "2020-06-12", to: "2020-06-12", grain: claim.Day, rel: true},
		{in: "in recent weeks", text: "recent weeks", from: "2020-05-01", to: "2020-06-11", grain: claim.Week, rel: true},
		{in: "last Tuesday", text: "last Tuesday", from: "2020-06-02", to: "2020-06-02", grain: claim.Day, rel: true},
		{in: "this past Tuesday", text: "this past Tuesday", from: "2020-06-09", to: "2020-06-09", grain: claim.Day, rel: true},
		{in: "three weeks from tomorrow", text: "three weeks from tomorrow", from: "2020-07-04", to: "2020-07-04", grain: claim.Week, rel: true, fwd: true},
		{in: "on Christmas", text: "Christmas", from: "2019-12-25", to: "2019-12-25", grain: claim.Day, rel: true},
		{in: "troops will leave under the deal signed on February 29", text: "February 29", from: "2020-02-29", to: "2020-02-29", grain: claim.Day, rel: true},
		{in: "Two rockets hit on Monday, the third attack", text: "Monday", from: "2020-06-08", to: "2020-06-08", grain: claim.Day, rel: true},
		{in: "in the first half of 2020", text: "the first half of 2020", from: "2020-01-01", to: "2020-06-30", grain: claim.Month},
		{in: "at Friday's rally", text: "Friday's", from: "2020-06-12", to: "2020-06-12", grain: claim.Day, rel: true},
		{in: "last year's vote", text: "last year's", from: "2019-01-01", to: "2019-12-31", grain: claim.Year, rel: true},
		{in: "in the past 24 hours", text: "the past 24 hours", from: "2020-06-11", to: "2020-06-12", grain: claim.Day, rel: true},
		{in: "within 48 hours", text: "within 48 hours", from: "2020-06-12", to: "2020-06-14", grain: claim.Day, rel: true, fwd: true},
		{in: "talks on March 15-17, 2019", text: "March 15-17, 2019", from: "2019-03-15", to: "2019-03-17", grain: claim.Day},
		{in: "next year's first quarter", text: "next year's first quarter", from: "2021-01-01", to: "2021-03-31", grain: claim.Quarter, rel: true},
		{in: "half a year ago", text: "half a year ago", from: "2019-12-12", to: "2019-12-12", grain: claim.Month, rel: true},
		{in: "the last day of the month", text: "the last day of the month", from: "2020-06-30", to: "2020-06-30", grain: claim.Day, rel: true},
		{in: "over the weekend", text: "the weekend", from: "2020-06-06", to: "2020-06-07", grain: claim.Day, rel: true},
		{in: "it happened on the 15th", text: "the 15th", from: "2020-05-15", to: "2020-05-15", grain: claim.Day, rel: true},
		{in: "in FY2020", text: "2020", from: "2020-01-01", to: "2020-12-31", grain: claim.Year},
		{in: "Thanksgiving 2020", text: "Thanksgiving 2020", from: "2020-11-26", to: "2020-11-26", grain: claim.Day},
		// a weekday before a yearless date joins it, and picks the year
		// next to the usual one where the day falls on it
		{in: "talks on Wednesday, 22 January", text: "Wednesday, 22 January", from: "2020-01-22", to: "2020-01-22", grain: claim.Day, rel: true},
		{in: "Wed, 22 of Jan", text: "Wed, 22 of Jan", from: "2020-01-22", to: "2020-01-22", grain: claim.Day, rel: true},
		{in: "the vote on Sunday, Oct. 4", text: "Sunday, Oct. 4", from: "2020-10-04", to: "2020-10-04", grain: claim.Day, rel: true, fwd: true},
		{in: "on Friday, June 12", text: "Friday, June 12", from: "2020-06-12", to: "2020-06-12", grain: claim.Day, rel: true},
		{in: "On Monday, 12 people died", text: "Monday", from: "2020-06-08", to: "2020-06-08", grain: claim.Day, rel: true},
		// "within N of X" measures from X, not from publication
		{in: "troops must leave within 30 days of Jan. 1, 2020", text: "within 30 days of Jan. 1, 2020", from: "2020-01-01", to: "2020-01-30", grain: claim.Day},
		{in: "within 48 hours of May 3", text: "within 48 hours of May 3", from: "2020-05-03", to: "2020-05-05", grain: claim.Day, rel: true},
	}
	for _, tc := range tests {
		got := Find(tc.in, ref)
		if len(got) != 1 {
			t.Errorf("Find(%q) = %s, want one time %q", tc.in, describe(got), tc.text)
			continue
		}
		g := got[0]
		if g.Text != tc.text || !g.Known || g.From.Format(claim.DateLayout) != tc.from || g.To.Format(claim.DateLayout) != tc.to ||
			g.Grain != tc.grain || g.Relative != tc.rel || g.Forward != tc.fwd || g.Open != tc.open {
			t.Errorf("Find(%q) = %q %s %s rel=%v fwd=%v open=%v; want %q %s..%s %s rel=%v fwd=%v open=%v",
				tc.in, g.Text, g.Interval.String(), g.Grain, g.Relative, g.Forward, g.Open, tc.text, tc.from, tc.to, tc.grain, tc.rel, tc.fwd, tc.open)
		}
		if tc.in[g.Start:g.End] != g.Text {
			t.Errorf("Find(%q): span %d..%d is not %q", tc.in, g.Start, g.End, g.Text)
		}
	}
}

// TestFeasts pins the feasts of other calendars to their dates (the Islamic
// ones as the arithmetical calendar has them, which sighting can move a day):
// the Julian computus, the Hebrew calendar (leap years and Adar II
// included), and the arithmetical Islamic calendar (a Gregorian year can
// hold an Islamic feast twice: the first is taken).
func TestFeasts(t *testing.T) {
	tests := []tcase{
		{in: "Orthodox Easter 2018", text: "Orthodox Easter 2018", from: "2018-04-08", to: "2018-04-08", grain: claim.Day},
		{in: "on Orthodox Good Friday 2020", text: "Orthodox Good Friday 2020", from: "2020-04-17", to: "2020-04-17", grain: claim.Day},
		{in: "Passover 2018", text: "Passover 2018", from: "2018-03-31", to: "2018-04-07", grain: claim.Day},
		{in: "on Yom Kippur 2019", text: "Yom Kippur 2019", from: "2019-10-09", to: "2019-10-09", grain: claim.Day},
		{in: "Rosh Hashanah 2019", text: "Rosh Hashanah 2019", from: "2019-09-30", to: "2019-10-01", grain: claim.Day},
		{in: "during Hanukkah 2019", text: "Hanukkah 2019", from: "2019-12-23", to: "2019-12-30", grain: claim.Day},
		{in: "Purim 2019", text: "Purim 2019", from: "2019-03-21", to: "2019-03-21", grain: claim.Day}, // Adar II of a leap year
		{in: "Purim 2020", text: "Purim 2020", from: "2020-03-10", to: "2020-03-10", grain: claim.Day},
		{in: "Eid al-Fitr 2018", text: "Eid al-Fitr 2018", from: "2018-06-15", to: "2018-06-15", grain: claim.Day},
		{in: "the Islamic New Year 2020", text: "Islamic New Year 2020", from: "2020-08-20", to: "2020-08-20", grain: claim.Day},
		{in: "Eid al-Adha 1974", text: "Eid al-Adha 1974", from: "1974-01-04", to: "1974-01-04", grain: claim.Day},
		// relative: the latest one, as for Christmas (ref 2020-06-12)
		{in: "during Ramadan", text: "Ramadan", from: "2020-04-24", to: "2020-05-23", grain: claim.Day, rel: true},
		{in: "prayers on Eid al-Fitr", text: "Eid al-Fitr", from: "2020-05-24", to: "2020-05-24", grain: claim.Day, rel: true},
		{in: "after Passover", text: "Passover", from: "2020-04-09", to: "2020-04-16", grain: claim.Day, rel: true},
		{in: "they will meet after Rosh Hashanah", text: "Rosh Hashanah", from: "2020-09-19", to: "2020-09-20", grain: claim.Day, rel: true, fwd: true},
	}
	for _, tc := range tests {
		got := Find(tc.in, ref)
		if len(got) != 1 {
			t.Errorf("Find(%q) = %s, want one time %q", tc.in, describe(got), tc.text)
			continue
		}
		g := got[0]
		if g.Text != tc.text || g.From.Format(claim.DateLayout) != tc.from || g.To.Format(claim.DateLayout) != tc.to ||
			g.Grain != tc.grain || g.Relative != tc.rel || g.Forward != tc.fwd {
			t.Errorf("Find(%q) = %q %s %s rel=%v fwd=%v; want %q %s..%s %s rel=%v fwd=%v",
				tc.in, g.Text, g.Interval.String(), g.Grain, g.Relative, g.Forward, tc.text, tc.from, tc.to, tc.grain, tc.rel, tc.fwd)
		}
	}
}

func TestNotTimes(t *testing.T) {
	for _, in := range []string{
		"5,200 troops", "3000 soldiers", "2000 troops were deployed", "the 101st Airborne Division",
		"COVID-19 cases", "F-35 jets", "$2011 in fees", "about 2000 people", "the 9/11 attacks", "a 3/4 majority",
		// the window hangs on an event, not on publication
		"he resigned within 10 days of the attack", "within two weeks of taking office", "within 48 hours of the strike",
	} {
		if got := Find(in, ref); len(got) != 0 {
			t.Errorf("Find(%q) = %s, want none", in, describe(got))
		}
	}
}

func TestUndated(t *testing.T) {
	got := Find("On Sunday, a year after the June 11, 2020 talks, officials met last week.", Ref{})
	var rel, abs int
	for _, g := range got {
		if g.Relative {
			rel++
			if g.Known || !g.Unresolved {
				t.Errorf("%q: relative time in an undated article must be unresolved, got %+v", g.Text, g.Interval)
			}
		} else {
			abs++
			if !g.Known {
				t.Errorf("%q: absolute time must resolve without a reference", g.Text)
			}
		}
	}
	if rel < 2 || abs < 1 {
		t.Errorf("got %s, want relative and absolute times", describe(got))
	}
}

func checkInvariants(t *testing.T, in string, ts []Time) {
	t.Helper()
	bound := map[int]bool{len(in): true}
	for i := 0; i < len(in); {
		bound[i] = true
		_, w := utf8.DecodeRuneInString(in[i:])
		i += w
	}
	prev := 0
	for _, x := range ts {
		if x.Start < prev || x.End <= x.Start || x.End > len(in) || !bound[x.Start] || !bound[x.End] {
			t.Fatalf("%q: bad span %d..%d after %d", in, x.Start, x.End, prev)
		}
		if in[x.Start:x.End] != x.Text {
			t.Fatalf("%q: text %q is not its span", in, x.Text)
		}
		if x.Known && x.To.Before(x.From) {
			t.Fatalf("%q: %q To before From: %s", in, x.Text, x.Interval.String())
		}
		if x.Known && (x.From != claim.Date(x.From) || x.To != claim.Date(x.To)) {
			t.Fatalf("%q: %q not at UTC midnight", in, x.Text)
		}
		prev = x.End
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"June 11, 2020", "on Sunday", "since 2014", "the past two decades", "from May to Oct 2020",
		"between 3 and 12 of Sept", "10/31/1974", "2019-20", "the 1970's", "Friday the 15th", "2018Q4",
		"three weeks from tomorrow", "31-Oct-74", "\xffMay 5", "mid-", "the week after next", "Feb 30",
	} {
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, in string, dated bool) {
		r := Ref{Date: d("2020-06-12"), Known: dated}
		checkInvariants(t, in, Find(in, r))
	})
}

func TestFixtureInvariants(t *testing.T) {
	for _, l := range testkit.ArticleLines(t) {
		checkInvariants(t, l, Find(l, ref))
		checkInvariants(t, l, Find(l, Ref{}))
	}
}

func BenchmarkFind(b *testing.B) {
	testkit.BenchLines(b, func(l string) { Find(l, ref) })
}

func TestMarshalJSON(t *testing.T) {
	got := Find("since 2014, and on Sunday", ref)
	b, err := json.Marshal(got)
	if err != nil {
		t.Fatal(err)
	}
	want := `[{"start":0,"end":10,"text":"since 2014","from":"2014-01-01","to":"2020-06-12","grain":"year","open":true,"relative":true,"forward":false},` +
		`{"start":19,"end":25,"text":"Sunday","from":"2020-06-07","to":"2020-06-07","grain":"day","relative":true,"forward":false}]`
	if string(b) != want {
		t.Errorf("json:\n got %s\nwant %s", b, want)
	}
	b, _ = json.Marshal(Find("on Sunday", Ref{}))
	if want := `[{"start":3,"end":9,"text":"Sunday","unresolved":true,"relative":true,"forward":false}]`; string(b) != want {
		t.Errorf("undated json:\n got %s\nwant %s", b, want)
	}
}

// TestWordData pins data/words.toml to the Go tables it replaced: the same
// number of words in each, and a value from each.
func TestWordData(t *testing.T) {
	for _, c := range []struct {
		name      string
		got, want int
	}{
		{"months", len(monthWords), 24}, {"weekdays", len(weekdayWords), 17}, {"units", len(unitWords), 32},
		{"numbers", len(smallNumbers), 33}, {"ordinals", len(ordinalWords), 22}, {"seasons", len(seasons), 5},
		{"short_weekdays", len(shortWeekdays), 10}, {"future_cues", len(futureCues), 17},
		{"lead_words", len(words.Words.LeadWords), 70}, {"holiday names", len(holidays), 135},
	} {
		if c.got != c.want {
			t.Errorf("%s: %d, want %d", c.name, c.got, c.want)
		}
	}
	if monthWords["sept"] != time.September || weekdayWords["thurs"] != time.Thursday || unitWords["fortnight's"] != "fortnight" ||
		ordinalWords["last"] != -1 || seasons["fall"] != time.September || !shortWeekdays["sun"] {
		t.Error("a value changed in the move to data/words.toml")
	}
	for name, want := range map[string]string{
		"black friday": "2020-11-27", "memorial day": "2020-05-25", "good friday": "2020-04-10", "xmas": "2020-12-25",
	} {
		if got := holidays[name](2020).From.Format("2006-01-02"); got != want {
			t.Errorf("%s 2020 = %s, want %s", name, got, want)
		}
	}
}
