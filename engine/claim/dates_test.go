package claim

import (
	"testing"
	"time"
)

func day(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse(DateLayout, s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestFormatIntervalAndWhen checks the one way findings and reports write
// dates for people: at the source's precision, finer where the interval
// does not fill its grain.
func TestFormatIntervalAndWhen(t *testing.T) {
	iv := func(from, to, grain string) Interval {
		return Interval{From: day(t, from), To: day(t, to), Grain: grain, Known: true}
	}
	intervals := []struct {
		i    Interval
		want string
	}{
		{iv("2020-01-03", "2020-01-03", Day), "3 January 2020"},
		{iv("2020-06-01", "2020-06-30", Month), "June 2020"},
		{iv("2020-06-01", "2020-08-31", Month), "June to August 2020"},
		{iv("2020-11-01", "2021-02-28", Month), "November 2020 to February 2021"},
		{iv("2020-07-01", "2020-09-30", Quarter), "Q3 2020"},
		{iv("2020-01-01", "2020-06-30", Quarter), "Q1 to Q2 2020"},
		{iv("2011-01-01", "2011-12-31", Year), "2011"},
		{iv("2011-01-01", "2013-12-31", Year), "2011 to 2013"},
		{iv("2010-01-01", "2019-12-31", Decade), "the 2010s"},
		{iv("2020-01-06", "2020-01-12", Week), "the week of 6 January 2020"},
		{iv("2020-09-01", "2020-09-19", Day), "1 to 19 September 2020"},
		{iv("2020-08-28", "2020-09-03", Day), "28 August to 3 September 2020"},
		{iv("2020-12-28", "2021-01-03", Day), "28 December 2020 to 3 January 2021"},
		// a grain the interval does not fill is written finer: "earlier
		// this month" is days, a year to date is months or days
		{iv("2020-09-01", "2020-09-19", Month), "1 to 19 September 2020"},
		{iv("2020-01-01", "2020-08-31", Year), "January to August 2020"},
		{Interval{From: day(t, "2014-01-01"), To: day(t, "2020-09-20"), Grain: Year, Known: true, Open: true}, "since 2014"},
		{Interval{From: day(t, "2014-06-01"), To: day(t, "2020-09-20"), Grain: Month, Known: true, Open: true}, "since June 2014"},
		{Interval{Unresolved: true, Month: 1, Day: 2}, "2 January"},
		{Interval{Unresolved: true, Month: 3}, "March"},
		{Interval{}, "unknown"},
	}
	for _, tc := range intervals {
		if got := FormatInterval(tc.i); got != tc.want {
			t.Errorf("FormatInterval(%v) = %q, want %q", tc.i, got, tc.want)
		}
	}
	whens := []struct {
		i    Interval
		want string
	}{
		{iv("2020-01-03", "2020-01-03", Day), "on 3 January 2020"},
		{iv("2020-06-01", "2020-06-30", Month), "in June 2020"},
		{iv("2011-01-01", "2011-12-31", Year), "in 2011"},
		{iv("2020-09-01", "2020-09-19", Day), "between 1 and 19 September 2020"},
		{iv("2020-06-01", "2020-08-31", Month), "between June and August 2020"},
		{iv("2020-01-06", "2020-01-12", Week), "in the week of 6 January 2020"},
		{Interval{From: day(t, "2014-01-01"), To: day(t, "2020-09-20"), Grain: Year, Known: true, Open: true}, "since 2014"},
		{Interval{Unresolved: true, Month: 1, Day: 2}, "on 2 January"},
		{Interval{Unresolved: true, Month: 1}, "in January"},
		{Interval{}, "on an unknown date"},
	}
	for _, tc := range whens {
		if got := FormatWhen(tc.i); got != tc.want {
			t.Errorf("FormatWhen(%v) = %q, want %q", tc.i, got, tc.want)
		}
	}
	if got := FormatDate(day(t, "2020-06-12")); got != "12 June 2020" {
		t.Errorf("FormatDate = %q", got)
	}
}
