package quantity

import (
	"math/rand"
	"strings"
	"testing"
)

// TestSoup runs the invariants over seeded random sequences of the words
// and symbols the rules react to: a deterministic complement to FuzzFind.
func TestSoup(t *testing.T) {
	vocab := strings.Fields(`about around more than less fewer up to at least nearly between and from
		or more so - – ~ $ € US C 5,200 3000 2.5 0 12 40 000 million bn k M half a dozen two hundred
		thousand tens of hundreds point cents % percent USD MUSD 101st COVID 19 in 2011 the cut rose
		June 12 , . equal plus twenty one`)
	r := rand.New(rand.NewSource(7))
	n := 20000
	if testing.Short() {
		n = 2000
	}
	for i := 0; i < n; i++ {
		var b strings.Builder
		for k := r.Intn(14); k >= 0; k-- {
			b.WriteString(vocab[r.Intn(len(vocab))])
			if r.Intn(4) > 0 {
				b.WriteByte(' ')
			}
		}
		in := b.String()
		checkInvariants(t, in, Find(in))
	}
}
