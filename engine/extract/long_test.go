package extract

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// BenchmarkRunOn extracts one run-on "sentence" (a scraped table or list
// without full stops) at two sizes: ns/op should grow about linearly with
// the size, not quadratically.
func BenchmarkRunOn(b *testing.B) {
	x := New(nil, Options{})
	unit := "US forces pulled out of Iraq in 2011 and 5,000 troops met Iranian Gen. Qasem Soleimani, said Joey Hood, "
	pub := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, n := range []int{50, 800} {
		text := strings.Repeat(unit, n) + "."
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := x.Text("long", text, pub); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
