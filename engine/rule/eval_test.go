package rule

import (
	"fmt"
	"math/rand"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/finding"
)

func mustLoad(t testing.TB, opts Options, src string) *Set {
	t.Helper()
	set, diags := Load([]Source{{Path: "t.toml", Data: []byte(src)}}, opts)
	if len(diags) > 0 {
		t.Fatalf("load:\n%s", diags.Error())
	}
	return set
}

func day(s string) time.Time {
	d, err := time.Parse(claim.DateLayout, s)
	if err != nil {
		panic(err)
	}
	return d
}

// count builds a current count claim published (and holding) on date.
func count(id, holder, place string, value float64, date string) *claim.Claim {
	return &claim.Claim{
		ID: id, Kind: claim.Count, Article: strings.Split(id, "#")[0], Path: strings.Split(id, "#")[0] + ".txt",
		Line: 1, Col: 1, Holder: holder, Item: "troops", Place: place, Value: value,
		Modality: claim.Current, AsOf: claim.DayOf(day(date)), Published: day(date), Dated: true,
		Text: fmt.Sprintf("%s has %v troops in %s.", holder, value, place),
	}
}

type findingView struct {
	Rule, Message string
	Claims        []string
}

func view(fs []finding.Finding) []findingView {
	var out []findingView
	for _, f := range fs {
		v := findingView{Rule: f.Rule, Message: f.Message}
		for _, c := range f.Claims {
			v.Claims = append(v.Claims, c.ID)
		}
		out = append(out, v)
	}
	return out
}

// pairRule's message is replaced by tests that need a run-time error.
const pairRule = `
[[rule]]
id = "differ"
category = "contradiction"
severity = "error"
summary = "values differ"
scope = "pair"
match = "c.kind == 'count'"
key = "c.holder"
when = "a.value != b.value"
message = "a.id + ' vs ' + b.id + ': ' + string(int(1000.0 / (a.value - 3.0)))"
`

func TestRunTimeErrorBecomesProblem(t *testing.T) {
	claims := []*claim.Claim{
		count("a#1", "us", "iraq", 1, "2020-01-01"),
		count("b#1", "us", "iraq", 2, "2020-01-02"),
		count("c#1", "us", "iraq", 3, "2020-01-03"), // a.value - 3 == 0 when it is a
	}
	set := mustLoad(t, Options{}, strings.Replace(pairRule, "string(int(1000.0 / (a.value - 3.0)))", "string(1000 / int(b.value - 3.0))", 1))
	fs, ps := set.Check(claims)
	wantF := []findingView{{"differ", "a#1 vs b#1: -1000", []string{"a#1", "b#1"}}}
	if got := view(fs); !reflect.DeepEqual(got, wantF) {
		t.Errorf("findings:\n got %v\nwant %v", got, wantF)
	}
	wantP := []string{"t.toml:11:12: rule differ: message failed on a#1, c#1: division by zero",
		"t.toml:11:12: rule differ: message failed on b#1, c#1: division by zero"}
	var gotP []string
	for _, p := range ps {
		gotP = append(gotP, p.Error())
	}
	if !reflect.DeepEqual(gotP, wantP) {
		t.Errorf("problems:\n got %q\nwant %q", gotP, wantP)
	}
}

func TestIndexOutOfRangeAndCostLimit(t *testing.T) {
	src := `
[[rule]]
id = "series-third"
category = "drift"
severity = "info"
summary = "third"
scope = "series"
key = "c.holder"
when = "true"
message = "series[2].id"
`
	set := mustLoad(t, Options{}, src)
	claims := []*claim.Claim{
		count("a#1", "us", "iraq", 1, "2020-01-01"),
		count("b#1", "us", "iraq", 2, "2020-01-02"),
		count("c#1", "us", "iraq", 3, "2020-01-03"),
		count("d#1", "uk", "iraq", 3, "2020-01-03"),
	}
	fs, ps := set.Check(claims)
	if got := view(fs); len(got) != 1 || got[0].Message != "c#1" {
		t.Errorf("findings: %v", got)
	}
	if len(ps) != 1 || ps[0].Rule != "series-third" || !reflect.DeepEqual(ps[0].Claims, []string{"d#1"}) ||
		!strings.Contains(ps[0].Message, "index out of bounds") {
		t.Errorf("problems: %v", ps)
	}

	// A tiny budget: the comprehension over the series runs out.
	src = strings.Replace(src, `message = "series[2].id"`, `message = "series.map(x, x.id).join(',')"`, 1)
	set = mustLoad(t, Options{CostLimit: 5}, src)
	fs, ps = set.Check(claims)
	if len(fs) != 0 || len(ps) != 2 || !strings.Contains(ps[0].Message, "cost limit exceeded") {
		t.Errorf("findings %v problems %v", view(fs), ps)
	}
}

func TestClaimScopeAndListKeys(t *testing.T) {
	src := `
[[rule]]
id = "big"
category = "other"
severity = "info"
summary = "big"
scope = "claim"
match = "c.kind == 'count'"
when = "c.value >= 1000.0"
message = "fmt_amount(c) + ' ' + c.item + ' (' + source(c) + ')'"

[[rule]]
id = "places"
category = "contradiction"
severity = "error"
summary = "same place or inside"
scope = "pair"
# Each claim joins the group of its place and of every place it lies in.
key = "[c.place, c.place == 'baghdad' ? 'iraq' : c.place]"
when = "a.value != b.value"
message = "a.id + '/' + b.id"
`
	set := mustLoad(t, Options{}, src)
	claims := []*claim.Claim{
		count("a#1", "us", "iraq", 5200, "2020-01-01"),
		count("b#1", "us", "baghdad", 2, "2020-01-02"),
		count("c#1", "us", "baghdad", 3, "2020-01-03"),
	}
	fs, ps := set.Check(claims)
	want := []findingView{
		{"big", "5,200 troops (a.txt, 1 January 2020)", []string{"a#1"}},
		{"places", "a#1/b#1", []string{"a#1", "b#1"}},
		{"places", "a#1/c#1", []string{"a#1", "c#1"}},
		{"places", "b#1/c#1", []string{"b#1", "c#1"}}, // shares two keys, found once
	}
	if got := view(fs); !reflect.DeepEqual(got, want) || len(ps) > 0 {
		t.Errorf("got %v %v\nwant %v", got, ps, want)
	}
}

func TestOnlyDrafts(t *testing.T) {
	claims := []*claim.Claim{
		count("a#1", "us", "iraq", 1, "2020-01-01"),
		count("b#1", "us", "iraq", 2, "2020-01-02"),
		count("draft#1", "us", "iraq", 3, "2020-01-03"),
	}
	claims[2].Draft = true
	set := mustLoad(t, Options{OnlyDrafts: true}, strings.Replace(pairRule, "string(int(1000.0 / (a.value - 3.0)))", "'x'", 1))
	fs, _ := set.Check(claims)
	want := []findingView{
		{"differ", "a#1 vs draft#1: x", []string{"a#1", "draft#1"}},
		{"differ", "b#1 vs draft#1: x", []string{"b#1", "draft#1"}},
	}
	if got := view(fs); !reflect.DeepEqual(got, want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
}

// synthetic makes n count claims spread over keys holders, with values that
// change so that every rule of the kind finds something.
func synthetic(n, keys int) []*claim.Claim {
	r := rand.New(rand.NewSource(1))
	out := make([]*claim.Claim, n)
	for i := range out {
		k := r.Intn(keys)
		d := day("2020-01-01").AddDate(0, 0, r.Intn(600))
		c := count(fmt.Sprintf("art%d#%d", i/10, i%10), fmt.Sprintf("holder-%d", k), "iraq", float64(1000*(1+r.Intn(4))), d.Format(claim.DateLayout))
		c.Line = i%10 + 1
		c.Outlet = fmt.Sprintf("Outlet %d", i%7)
		out[i] = c
	}
	return out
}

func TestDeterminism(t *testing.T) {
	src := strings.Replace(pairRule, "string(int(1000.0 / (a.value - 3.0)))", "string(1000 / int(b.value - 2000.0))", 1) + `
[[rule]]
id = "timeline"
category = "drift"
severity = "info"
summary = "timeline"
scope = "series"
key = "c.holder"
when = "series.exists(x, x.value != series[0].value)"
message = "series.map(x, fmt_amount(x) + ' (' + source(x) + ')').join('; ')"
`
	claims := synthetic(600, 40)
	render := func(fs []finding.Finding, ps []finding.Problem) string {
		var b strings.Builder
		for _, f := range fs {
			fmt.Fprintf(&b, "%s %s %v %s\n", f.Rule, f.Fingerprint, view([]finding.Finding{f})[0].Claims, f.Message)
		}
		for _, p := range ps {
			fmt.Fprintln(&b, p.Error())
		}
		return b.String()
	}
	var first string
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	// Workers 0 follows GOMAXPROCS.
	for i, procs := range []int{1, 4, 1, 8} {
		runtime.GOMAXPROCS(procs)
		workers := 0
		if i == 3 {
			workers = 3
		}
		set := mustLoad(t, Options{Workers: workers}, src)
		shuffled := append([]*claim.Claim(nil), claims...)
		rand.New(rand.NewSource(int64(i))).Shuffle(len(shuffled), func(a, b int) { shuffled[a], shuffled[b] = shuffled[b], shuffled[a] })
		got := render(set.Check(shuffled))
		if i == 0 {
			first = got
			if !strings.Contains(got, "timeline") || !strings.Contains(got, "division by zero") || !strings.Contains(got, "differ") {
				t.Fatalf("test data should give findings of both rules and problems:\n%.2000s", got)
			}
			continue
		}
		if got != first {
			t.Fatalf("run %d (GOMAXPROCS %d, workers %d) differs from run 0", i, procs, workers)
		}
	}
}

func TestFingerprint(t *testing.T) {
	a := count("a#1", "us", "iraq", 1, "2020-01-01")
	b := count("b#1", "us", "iraq", 2, "2020-01-02")
	moved := *a
	moved.Line, moved.Start, moved.Path, moved.ID = 40, 900, "elsewhere.txt", "x#9"
	f1 := Fingerprint("r", []*claim.Claim{a, b})
	if f2 := Fingerprint("r", []*claim.Claim{b, &moved}); f2 != f1 {
		t.Errorf("fingerprint depends on position or order: %s vs %s", f1, f2)
	}
	changed := *a
	changed.Value = 7
	if Fingerprint("r", []*claim.Claim{&changed, b}) == f1 || Fingerprint("q", []*claim.Claim{a, b}) == f1 {
		t.Error("fingerprint ignores the value or the rule")
	}
}

func TestVariables(t *testing.T) {
	src := `
[[rule]]
id = "vars"
category = "contradiction"
severity = "error"
summary = "variables name a test once"
scope = "pair"
key = "c.holder"
when = "same_place && apart"
message = "a.id + ' vs ' + b.id + ': ' + gap"

[[rule.variable]]
name = "same_place"
expr = "nested(a.place, b.place)"

[[rule.variable]]
name = "apart"
expr = "same_place && !amounts_overlap(a, b)"

[[rule.variable]]
name = "gap"
expr = "string(int(b.value - a.value))"
`
	set := mustLoad(t, Options{}, src)
	claims := []*claim.Claim{
		count("a#1", "us", "iraq", 5200, "2020-01-01"),
		count("b#1", "us", "iraq", 3000, "2020-01-02"),
		count("c#1", "us", "syria", 900, "2020-01-03"),
	}
	fs, ps := set.Check(claims)
	want := []findingView{{"vars", "a#1 vs b#1: -2200", []string{"a#1", "b#1"}}}
	if got := view(fs); !reflect.DeepEqual(got, want) || len(ps) > 0 {
		t.Errorf("got %v %v\nwant %v", got, ps, want)
	}
}
