package rule

import (
	"fmt"
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/finding"
)

// ranged makes n count claims on few holders and days, with amounts that
// overlap often but not always (and not transitively: "about 5,000" meets
// 4,600 and 5,400, which do not meet each other).
func ranged(n int, seed int64) []*claim.Claim {
	r := rand.New(rand.NewSource(seed))
	out := make([]*claim.Claim, n)
	for i := range out {
		d := day("2020-01-01").AddDate(0, 0, r.Intn(20))
		c := count(fmt.Sprintf("art%d#%d", i/5, i%5), fmt.Sprintf("h%d", r.Intn(3)), []string{"iraq", "baghdad", "syria"}[r.Intn(3)],
			float64(4000+200*r.Intn(10)), d.Format(claim.DateLayout))
		if r.Intn(3) == 0 {
			c.Qualifier, c.Low, c.High = "about", c.Value*0.9, c.Value*1.1
		}
		c.Line = i%5 + 1
		out[i] = c
	}
	return out
}

const agreeRule = `
[[rule]]
id = "r"
category = "contradiction"
severity = "error"
summary = "s"
scope = "pair"
key = "c.holder"
message = "a.id + ' ' + b.id"
`

// TestAgreeIsTheFilterIdiom checks that agree with pairs = "first" finds
// exactly what the idiom it replaces finds: a pair whose sides are each
// the earliest claim of the group that agrees with them.
func TestAgreeIsTheFilterIdiom(t *testing.T) {
	same := "nested(o.place, X.place) && amounts_overlap(o, X)"
	idiom := mustLoad(t, Options{}, agreeRule+`when = '''!amounts_overlap(a, b) &&
group.filter(o, `+strings.ReplaceAll(same, "X", "a")+`)[0].id == a.id &&
group.filter(o, `+strings.ReplaceAll(same, "X", "b")+`)[0].id == b.id'''`)
	agree := mustLoad(t, Options{}, agreeRule+`when = '!amounts_overlap(a, b)'
agree = 'nested(a.place, b.place) && amounts_overlap(a, b)'
`)
	for seed := int64(1); seed <= 5; seed++ {
		claims := ranged(150, seed)
		f1, p1 := idiom.Check(claims)
		f2, p2 := agree.Check(claims)
		if len(p1)+len(p2) > 0 {
			t.Fatalf("problems: %v %v", p1, p2)
		}
		if len(f1) == 0 {
			t.Fatal("the test data should give findings")
		}
		if !reflect.DeepEqual(sides(view(f1)), sides(view(f2))) {
			t.Fatalf("seed %d: agree finds %d, the idiom %d:\n%v\n%v", seed, len(f2), len(f1), view(f2), view(f1))
		}
	}
}

// sides keeps a pair finding's two sides, without the claims listed as
// backing them.
func sides(vs []findingView) []findingView {
	for i := range vs {
		if len(vs[i].Claims) > 2 {
			vs[i].Claims = vs[i].Claims[:2]
		}
		vs[i].Message, _, _ = strings.Cut(vs[i].Message, " [")
	}
	return vs
}

// TestPairFindingsListTheirSupport: a finding of a rule with agree lists,
// after its two sides, the claims that agree with each (up to maxSupport),
// and its fingerprint is the two sides' alone.
func TestPairFindingsListTheirSupport(t *testing.T) {
	set := mustLoad(t, Options{}, agreeRule+`when = '!amounts_overlap(a, b)'
agree = 'amounts_overlap(a, b)'
`)
	claims := []*claim.Claim{
		count("a#1", "us", "iraq", 5000, "2020-01-01"),
		count("b#1", "us", "iraq", 5000, "2020-01-02"),
		count("c#1", "us", "iraq", 3000, "2020-01-03"),
		count("d#1", "us", "iraq", 5000, "2020-01-04"),
		count("e#1", "us", "iraq", 3000, "2020-01-05"),
	}
	fs, ps := set.Check(claims)
	want := []findingView{{"r", "a#1 c#1 [3 sources vs 2 sources]", []string{"a#1", "c#1", "b#1", "d#1", "e#1"}}}
	if got := view(fs); !reflect.DeepEqual(got, want) || len(ps) > 0 {
		t.Fatalf("got %v %v\nwant %v", got, ps, want)
	}
	if fs[0].Fingerprint != Fingerprint("r", []*claim.Claim{claims[0], claims[2]}) {
		t.Error("the fingerprint should be the two sides' alone")
	}
}

// TestSeriesFirsts checks firsts in a series against the comprehension it
// replaces.
func TestSeriesFirsts(t *testing.T) {
	src := `
[[rule]]
id = "firsts"
category = "drift"
severity = "info"
summary = "s"
scope = "series"
key = "c.holder"
agree = "amounts_overlap(a, b)"
when = "true"
claims = "firsts"
message = "series[0].holder"

[[rule]]
id = "fresh"
category = "drift"
severity = "info"
summary = "s"
scope = "series"
key = "c.holder"
when = "true"
claims = "series.transformList(i, x, !series.slice(0, i).exists(y, amounts_overlap(x, y)), x)"
message = "series[0].holder"
`
	set := mustLoad(t, Options{}, src)
	fs, ps := set.Check(ranged(200, 7))
	if len(fs) != 6 || len(ps) > 0 {
		t.Fatalf("want two findings per holder, got %v %v", view(fs), ps)
	}
	byHolder := map[string][]string{}
	for _, f := range view(fs) {
		got := strings.Join(f.Claims, ",")
		if prev, ok := byHolder[f.Message]; ok && prev[0] != got {
			t.Errorf("%s: firsts and fresh differ:\n%s\n%s", f.Message, prev[0], got)
		}
		if len(f.Claims) < 2 {
			t.Errorf("%s: too few figures for a test: %v", f.Message, f.Claims)
		}
		byHolder[f.Message] = append(byHolder[f.Message], got)
	}
}

// TestPairsRestated: a is a first claim, b restates an earlier figure.
func TestPairsRestated(t *testing.T) {
	set := mustLoad(t, Options{}, agreeRule+`agree = "amounts_overlap(a, b)"
pairs = "restated"
when = "!amounts_overlap(a, b) && firsts.exists(o, o.published < a.published && amounts_overlap(o, b))"
`)
	claims := []*claim.Claim{
		count("a#1", "us", "iraq", 5000, "2020-06-01"),
		count("b#1", "us", "iraq", 5000, "2020-06-02"), // restates a#1, before any change
		count("c#1", "us", "iraq", 2500, "2020-07-01"),
		count("d#1", "us", "iraq", 2500, "2020-07-02"), // agrees with the latest figure
		count("e#1", "us", "iraq", 5000, "2020-08-01"), // back to the old figure
	}
	fs, ps := set.Check(claims)
	want := []findingView{{"r", "c#1 e#1", []string{"c#1", "e#1"}}}
	if got := view(fs); !reflect.DeepEqual(got, want) || len(ps) > 0 {
		t.Errorf("got %v %v\nwant %v", got, ps, want)
	}
}

// TestPairsMajority: with a side most articles tell, each other side is
// reported against it alone; without one, every first pair is.
func TestPairsMajority(t *testing.T) {
	set := mustLoad(t, Options{}, agreeRule+`agree = "amounts_overlap(a, b)"
pairs = "majority"
when = "!amounts_overlap(a, b)"
`)
	for _, tc := range []struct {
		name   string
		claims []*claim.Claim
		want   []findingView
	}{
		{"a consensus", []*claim.Claim{
			count("a#1", "us", "iraq", 1, "2020-06-01"),
			count("b#1", "us", "iraq", 3, "2020-06-02"),
			count("c#1", "us", "iraq", 3, "2020-06-03"),
			count("c#2", "us", "iraq", 3, "2020-06-03"), // one article counts once
			count("d#1", "us", "iraq", 2, "2020-06-04"),
		}, []findingView{{"r", "a#1 b#1 [1 source vs 2 sources]", []string{"a#1", "b#1", "c#1", "c#2"}},
			{"r", "b#1 d#1 [2 sources vs 1 source]", []string{"b#1", "d#1", "c#1", "c#2"}}}},
		{"no consensus", []*claim.Claim{
			count("a#1", "us", "iraq", 1, "2020-06-01"),
			count("b#1", "us", "iraq", 3, "2020-06-02"),
			count("b#2", "us", "iraq", 3, "2020-06-02"),
			count("d#1", "us", "iraq", 2, "2020-06-04"),
		}, []findingView{{"r", "a#1 b#1", []string{"a#1", "b#1", "b#2"}}, {"r", "a#1 d#1", []string{"a#1", "d#1"}},
			{"r", "b#1 d#1", []string{"b#1", "d#1", "b#2"}}}},
	} {
		fs, ps := set.Check(tc.claims)
		if got := view(fs); !reflect.DeepEqual(got, tc.want) || len(ps) > 0 {
			t.Errorf("%s: got %v %v\nwant %v", tc.name, got, ps, tc.want)
		}
	}
}

// TestGroupBudget: a group that needs more evaluations than the limit is
// left unfinished with one notice; other groups are checked in full.
func TestGroupBudget(t *testing.T) {
	set := mustLoad(t, Options{MaxGroupEvals: 50}, agreeRule+`agree = "amounts_overlap(a, b)"
when = "true"
`)
	var claims []*claim.Claim
	for i := 0; i < 40; i++ { // 40 figures that all disagree: 780 agree checks
		claims = append(claims, count(fmt.Sprintf("big%d#1", i), "big", "iraq", float64(1000+i), "2020-06-01"))
	}
	claims = append(claims, count("s1#1", "small", "iraq", 1, "2020-06-01"), count("s2#1", "small", "iraq", 2, "2020-06-01"))
	res := set.Run(claims)
	if got := view(res.Findings); !reflect.DeepEqual(got, []findingView{{"r", "s1#1 s2#1", []string{"s1#1", "s2#1"}}}) {
		t.Errorf("findings %v", got)
	}
	want := []finding.Notice{{Path: "t.toml", Line: 2, Rule: "r", Limit: "max_group_evaluations",
		Message: `key "big": 40 claims need more than 50 evaluations; the rest of this key was not checked`}}
	if !reflect.DeepEqual(res.Notices, want) || len(res.Problems) > 0 {
		t.Errorf("notices %v problems %v", res.Notices, res.Problems)
	}
}

// TestAgreeLoadErrors: pairs needs agree and a pair scope; agree needs a
// pair or series scope and sees only a and b.
func TestAgreeLoadErrors(t *testing.T) {
	for _, tc := range []struct{ scope, extra, want string }{
		{"pair", `pairs = "first"`, `pairs = "first" needs agree`},
		{"pair", "agree = \"true\"\npairs = \"some\"", `unknown pairs "some"`},
		{"series", "agree = \"true\"\npairs = \"first\"", `pairs is only used by scope "pair"`},
		{"pair", `agree = "group.size() > 1"`, `undeclared reference to 'group'`},
		{"pair", `agree = "a.value"`, `agree must be bool`},
	} {
		src := strings.Replace(agreeRule, `scope = "pair"`, `scope = "`+tc.scope+`"`, 1) + "when = \"true\"\n" + tc.extra + "\n"
		_, diags := Load([]Source{{Path: "t.toml", Data: []byte(src)}}, Options{})
		if !strings.Contains(diags.Error(), tc.want) {
			t.Errorf("%s: want %q in\n%s", tc.extra, tc.want, diags.Error())
		}
	}
	claimSrc := strings.Replace(strings.Replace(agreeRule, `scope = "pair"`, `scope = "claim"`, 1), `key = "c.holder"`, "", 1)
	claimSrc = strings.Replace(claimSrc, "a.id + ' ' + b.id", "c.id", 1) + "when = \"true\"\nagree = \"true\"\n"
	if _, diags := Load([]Source{{Path: "t.toml", Data: []byte(claimSrc)}}, Options{}); !strings.Contains(diags.Error(), `agree is not used by scope "claim"`) {
		t.Errorf("claim scope with agree:\n%s", diags.Error())
	}
}
