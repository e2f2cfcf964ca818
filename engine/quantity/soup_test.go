package quantity

import (
	"testing"

	"github.com/claimcheck/claimcheck/internal/testkit"
)

// TestSoup runs the invariants over seeded random sequences of the words
// and symbols the rules react to: a deterministic complement to FuzzFind.
func TestSoup(t *testing.T) {
	for in := range testkit.Soup(`about around more than less fewer up to at least nearly between and from
		or more so - – ~ $ € US C 5,200 3000 2.5 0 12 40 000 million bn k M half a dozen two hundred
		thousand tens of hundreds point cents % percent USD MUSD 101st COVID 19 in 2011 the cut rose
		June 12 , . equal plus twenty one`, 7) {
		checkInvariants(t, in, Find(in))
	}
}
