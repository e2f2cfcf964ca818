package extract

import (
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/engine/claim"
)

// An undated article keeps current counts and relative times unresolved:
// nothing is resolved against the wall clock.
func TestUndated(t *testing.T) {
	x := New(nil, Options{})
	cs, err := x.Text("u", "There are currently around 5,000 U.S. troops in Iraq. The US killed Qassem Soleimani in January.", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	var count, event *claim.Claim
	for _, c := range cs {
		switch c.Kind {
		case claim.Count:
			count = c
		case claim.Event:
			event = c
		}
	}
	if count == nil || event == nil {
		t.Fatalf("want a count and an event, got %d claims", len(cs))
	}
	if count.Dated || count.AsOf.Known || !count.AsOf.Unresolved {
		t.Errorf("count as_of = %+v, want unresolved", count.AsOf)
	}
	if event.When.Known {
		t.Errorf("event when = %v, want unknown in an undated article", event.When)
	}
}

// A day written without its year dates a tally of an undated article by
// its month and day, and a "with" clause takes the time of the tally
// before it.
func TestUndatedYearlessTally(t *testing.T) {
	x := New(nil, Options{})
	cs, err := x.Text("u", "A total of 15 missiles were fired at two bases during the 8 January attack in Iraq, with 10 targeting Al Asad.", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[float64]claim.Interval{}
	for _, c := range cs {
		if c.Kind == claim.Count {
			got[c.Value] = c.When
		}
	}
	for _, v := range []float64{15, 10} {
		w, ok := got[v]
		if !ok || w.Known || w.Month != 1 || w.Day != 8 {
			t.Errorf("tally %v: when = %+v (found %v), want 8 January without a year", v, w, ok)
		}
	}
}
