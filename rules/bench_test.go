package rules_test

import (
	"fmt"
	"math/rand"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/rule"
	"github.com/claimcheck/claimcheck/rules"
)

// synthetic makes n claims of every kind spread over n/20 keys per kind, so
// that a key holds about 20 claims whatever n is: the cost of Check should
// then grow linearly with n, never with n².
func synthetic(n int) []*claim.Claim {
	r := rand.New(rand.NewSource(42))
	keys := max(1, n/20)
	base := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	out := make([]*claim.Claim, n)
	for i := range out {
		k := r.Intn(keys)
		d := base.AddDate(0, 0, r.Intn(700))
		c := &claim.Claim{
			ID: fmt.Sprintf("art%d#%d", i/10, i%10), Article: fmt.Sprintf("art%d", i/10),
			Path: fmt.Sprintf("archive/art%d.txt", i/10), Line: i%10 + 1, Col: 1,
			Outlet: fmt.Sprintf("Outlet %d", i%13), Published: d, Dated: true,
			Modality: claim.Current, Text: fmt.Sprintf("Sentence %d.", i),
		}
		switch i % 4 {
		case 0, 1:
			c.Kind, c.Holder, c.Item, c.Place = claim.Count, fmt.Sprintf("holder-%d", k), "troops", "iraq"
			c.Value = float64(1000 * (1 + r.Intn(5)))
			c.AsOf = claim.DayOf(d)
			if r.Intn(10) == 0 {
				c.Modality = claim.Planned
			}
		case 2:
			c.Kind, c.Action, c.Agent, c.Patient = claim.Event, "kill", fmt.Sprintf("agent-%d", r.Intn(2)), fmt.Sprintf("person-%d", k)
			c.Place = []string{"baghdad", "iraq", "baghdad-international-airport"}[r.Intn(3)]
			c.When = claim.DayOf(base.AddDate(0, 0, r.Intn(2)))
		case 3:
			c.Kind, c.Person, c.Title = claim.Role, fmt.Sprintf("person-%d", k), []string{"minister", "envoy"}[r.Intn(2)]
			c.Org = fmt.Sprintf("ministry-%d", r.Intn(keys))
			c.AsOf = claim.DayOf(d)
		}
		out[i] = c
	}
	return out
}

func benchCheck(b *testing.B, n int) {
	set := load(b)
	claims := synthetic(n)
	b.ResetTimer()
	var findings int
	for b.Loop() {
		fs, _ := set.Check(claims)
		findings = len(fs)
	}
	b.ReportMetric(float64(findings), "findings")
}

// BenchmarkCheck runs the default pack over 1k and 10k synthetic claims
// (about 20 claims per key): ns/op should grow about tenfold, not a
// hundredfold.
func BenchmarkCheck(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("claims=%d", n), func(b *testing.B) { benchCheck(b, n) })
	}
}

// BenchmarkScaling times one Check of 1k and of 10k claims in the same
// process and reports the ratio: about 10 means linear.
func BenchmarkScaling(b *testing.B) {
	set := load(b)
	small, large := synthetic(1000), synthetic(10000)
	var ts, tl time.Duration
	for b.Loop() {
		t0 := time.Now()
		set.Check(small)
		t1 := time.Now()
		set.Check(large)
		ts += t1.Sub(t0)
		tl += time.Since(t1)
	}
	b.ReportMetric(float64(tl)/float64(ts), "ratio10k/1k")
	b.ReportMetric(float64(ts.Milliseconds())/float64(b.N), "ms/1k")
	b.ReportMetric(float64(tl.Milliseconds())/float64(b.N), "ms/10k")
}

// BenchmarkCheckDrafts is the pre-publish case: a 10k-claim archive and
// one draft's few claims, with OnlyDrafts skipping pairs and series that
// hold no draft claim.
func BenchmarkCheckDrafts(b *testing.B) {
	srcs, err := rule.SourcesFS(rules.FS, "rules")
	if err != nil {
		b.Fatal(err)
	}
	set, diags := rule.Load(srcs, rule.Options{Places: testPlaces, OnlyDrafts: true})
	if len(diags) > 0 {
		b.Fatal(diags.Error())
	}
	claims := synthetic(10000)
	for _, c := range claims[:8] {
		d := *c
		d.ID, d.Path, d.Draft = "draft#"+c.ID, "draft.md", true
		d.Value += 500
		claims = append(claims, &d)
	}
	var findings int
	for b.Loop() {
		fs, _ := set.Check(claims)
		findings = len(fs)
	}
	b.ReportMetric(float64(findings), "findings")
}
