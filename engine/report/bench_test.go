package report

import (
	"io"
	"testing"

	"github.com/claimcheck/claimcheck/engine/finding"
)

// BenchmarkWrite prints the fixture report and a 1000-finding report in
// each format.
func BenchmarkWrite(b *testing.B) {
	reports := map[string]*Report{"fixtures": fixtureReport(b), "1000": manyFindings(1000, finding.Error)}
	for _, size := range []string{"fixtures", "1000"} {
		for _, format := range Formats() {
			b.Run(size+"/"+format, func(b *testing.B) {
				for b.Loop() {
					if err := Write(io.Discard, format, reports[size], goldenOptions); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
