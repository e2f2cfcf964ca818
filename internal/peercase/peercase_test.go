package peercase

import "testing"

func TestByteSpanAndOverlaps(t *testing.T) {
	// Offsets count characters: "€" is one character of three bytes.
	c := Case{Input: "€5 and 7 more", Expected: []Expected{{Start: 0, End: 2}, {Start: 7, End: 8}}}
	if s, e := c.Expected[0].ByteSpan(c.Input); s != 0 || e != 4 {
		t.Errorf("ByteSpan = %d..%d, want 0..4", s, e)
	}
	for _, tc := range []struct {
		start, end int
		want       bool
	}{{0, 1, true}, {3, 4, true}, {4, 9, false}, {9, 10, true}, {10, 15, false}} {
		if got := c.Overlaps(tc.start, tc.end); got != tc.want {
			t.Errorf("Overlaps(%d, %d) = %v, want %v", tc.start, tc.end, got, tc.want)
		}
	}
}
