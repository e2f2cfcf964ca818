package timex

import (
	"math/rand"
	"strings"
	"testing"
)

// TestSoup runs the invariants over seeded random sequences of the words
// and symbols the rules react to: a deterministic complement to FuzzFind
// that reaches the compound rules quickly.
func TestSoup(t *testing.T) {
	vocab := strings.Fields(`the this last next past since from between and to until by in on of
		early mid late end beginning first third week weeks month months year years day days ago later
		earlier within business Friday Monday's June Sept. May march 2020 2019 '90s 1990s 12 31 3rd 5/12
		10/31/1974 2020-06-12 Q3 H1 - – , . : / today yesterday Christmas Easter weekend two a few
		twenty first nineteen eighty six thousand BC fortnight's time rest half second`)
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
		checkInvariants(t, in, Find(in, ref))
		checkInvariants(t, in, Find(in, Ref{}))
	}
}
