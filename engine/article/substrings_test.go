package article

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// TestSubstringsAgreesWithScanning checks the gram index against a plain
// scan, on texts that all share a prefix (the case the rarest-gram lookup
// is for) and needles cut at every alignment.
func TestSubstringsAgreesWithScanning(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	words := strings.Fields("there are about troops in iraq officials said the talks covered trade energy and security")
	var x substrings
	var texts []string
	for i := range 200 {
		var b strings.Builder
		fmt.Fprintf(&b, "there are about %d", i*10)
		for range 5 + r.Intn(20) {
			b.WriteString(" " + words[r.Intn(len(words))])
		}
		texts = append(texts, b.String())
		x.add(b.String())
	}
	for range 2000 {
		t0 := texts[r.Intn(len(texts))]
		from := r.Intn(len(t0) / 2)
		to := min(len(t0), from+24+r.Intn(40))
		needle := t0[from:to]
		if r.Intn(3) == 0 {
			needle += " zz" // usually found nowhere
		}
		want := false
		for _, s := range texts {
			want = want || strings.Contains(s, needle)
		}
		if got := x.contains(needle); got != want {
			t.Fatalf("contains(%q) = %v, a scan says %v", needle, got, want)
		}
	}
}
