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
