package rule

import (
	"fmt"
	"testing"

	"github.com/claimcheck/claimcheck/engine/claim"
)

// story makes g current counts of one holder in one place over two years:
// a figure that changes every 90 days, restated by most sources, with one
// claim in 50 giving a figure of its own. This is the shape of a large key
// group in a real archive.
func story(g int) []*claim.Claim {
	out := make([]*claim.Claim, g)
	for i := range out {
		d := day("2020-01-01").AddDate(0, 0, i*730/g)
		v := float64(5000 - 400*(i*730/g/90))
		if i%50 == 7 {
			v = float64(900 + i)
		}
		c := count(fmt.Sprintf("art%d#1", i), "us", "iraq", v, d.Format(claim.DateLayout))
		c.Outlet = fmt.Sprintf("Outlet %d", i%40)
		out[i] = c
	}
	return out
}

// scopeRules are one rule per scope and pairing, keyed as the default
// pack's are: contradictions by month (count-contradiction), stale figures
// and timelines by holder (count-stale, count-drift: the whole story is one
// group).
var scopeRules = map[string]string{
	"claim": `scope = "claim"
when = "c.value > 4000.0"
message = "fmt_amount(c)"`,
	"pair-first": `scope = "pair"
key = 'months(c.as_of).map(m, c.holder + "/" + m)'
agree = "nested(a.place, b.place) && overlaps(a.as_of, b.as_of) && amounts_overlap(a, b)"
when = "nested(a.place, b.place) && overlaps(a.as_of, b.as_of) && !amounts_overlap(a, b)"
message = "fmt_amount(a) + ' vs ' + fmt_amount(b)"`,
	"pair-restated": `scope = "pair"
key = "c.holder"
agree = "amounts_overlap(a, b)"
pairs = "restated"
when = '''!amounts_overlap(a, b) && before(a.as_of, b.as_of) &&
firsts.exists(o, before(o.as_of, a.as_of) && amounts_overlap(o, b) && !amounts_overlap(o, a))'''
message = "fmt_amount(a) + ' vs ' + fmt_amount(b)"`,
	"series": `scope = "series"
key = "c.holder"
agree = "amounts_overlap(a, b)"
when = "firsts.size() > 1"
claims = "firsts"
message = "firsts.map(x, fmt_amount(x)).join('; ')"`,
}

// BenchmarkGroupSize times one rule per scope over one story of 1x, 4x and
// 16x claims. Compare ns/op across sizes as ratios from one run: about 4
// and 16 mean the cost is linear in the story's size.
func BenchmarkGroupSize(b *testing.B) {
	for _, scope := range []string{"claim", "pair-first", "pair-restated", "series"} {
		set := mustLoad(b, Options{Workers: 1}, `[[rule]]
id = "r"
category = "other"
severity = "info"
summary = "s"
`+scopeRules[scope]+"\n")
		for _, g := range []int{250, 1000, 4000} {
			claims := story(g)
			b.Run(fmt.Sprintf("%s/g=%d", scope, g), func(b *testing.B) {
				for b.Loop() {
					set.Run(claims)
				}
				b.ReportMetric(float64(g)*float64(b.N)/b.Elapsed().Seconds(), "claims/s")
			})
		}
	}
}

// BenchmarkDisagree is issue 11's worst case for the old filter idiom: g
// figures on one key and day that all disagree. Every pair is a finding,
// so the cost is the findings' (g²/2), no more.
func BenchmarkDisagree(b *testing.B) {
	set := mustLoad(b, Options{Workers: 1}, `[[rule]]
id = "r"
category = "other"
severity = "info"
summary = "s"
`+scopeRules["pair-first"]+"\n")
	for _, g := range []int{100, 200, 400} {
		claims := make([]*claim.Claim, g)
		for i := range claims {
			claims[i] = count(fmt.Sprintf("a%d#1", i), "us", "iraq", float64(1000*(i+1)), "2020-06-01")
		}
		b.Run(fmt.Sprintf("g=%d", g), func(b *testing.B) {
			var n int
			for b.Loop() {
				n = len(set.Run(claims).Findings)
			}
			b.ReportMetric(float64(n), "findings")
		})
	}
}
