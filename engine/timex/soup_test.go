package timex

import (
	"testing"

	"github.com/claimcheck/claimcheck/internal/testkit"
)

// TestSoup runs the invariants over seeded random sequences of the words
// and symbols the rules react to: a deterministic complement to FuzzFind
// that reaches the compound rules quickly.
func TestSoup(t *testing.T) {
	for in := range testkit.Soup(`the this last next past since from between and to until by in on of
		early mid late end beginning first third week weeks month months year years day days ago later
		earlier within business Friday Monday's June Sept. May march 2020 2019 '90s 1990s 12 31 3rd 5/12
		10/31/1974 2020-06-12 Q3 H1 - – , . : / today yesterday Christmas Easter weekend two a few
		twenty first nineteen eighty six thousand BC fortnight's time rest half second`, 7) {
		checkInvariants(t, in, Find(in, ref))
		checkInvariants(t, in, Find(in, Ref{}))
	}
}
