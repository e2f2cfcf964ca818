package rules_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/lexicon"
	"github.com/claimcheck/claimcheck/engine/rule"
	"github.com/claimcheck/claimcheck/rules"
)

// places is a small stand-in for the lexicon's place tree.
type places map[string]string // child -> parent

func (p places) Within(inner, outer string) bool {
	for x, ok := p[inner]; ok; x, ok = p[x] {
		if x == outer {
			return true
		}
	}
	return false
}

// DisplayName and ShortName are the lexicon's own: the pack's tests name
// things as a real run does ("the United States", "US troops").
func (p places) DisplayName(id string) (string, bool) { return lexicon.Default().DisplayName(id) }
func (p places) ShortName(id string) (string, bool)   { return lexicon.Default().ShortName(id) }

// WholeItem stands in for the lexicon's items that count a whole class.
func (p places) WholeItem(id string) bool {
	return id == "people" || id == "deaths" || id == "casualties"
}

// TitleKind stands in for the lexicon's title kinds.
func (p places) TitleKind(id string) string {
	if id == "general" || id == "colonel" {
		return "rank"
	}
	return "office"
}

// LeadsTitle stands in for the lexicon's leading titles.
func (p places) LeadsTitle(id string) bool {
	return id == "head" || id == "commander" || id == "chief" || id == "leader" || id == "director"
}

var testPlaces = places{
	"baghdad-international-airport": "baghdad",
	"baghdad":                       "iraq",
	"erbil":                         "iraq",
	"ain-al-asad":                   "iraq",
	"damascus":                      "syria",
	"us-military":                   "united-states", // organisations nest too
	"quds-force":                    "irgc",
	"irgc":                          "iran",
}

func load(t testing.TB) *rule.Set {
	t.Helper()
	srcs, err := rule.SourcesFS(rules.FS, "rules")
	if err != nil {
		t.Fatal(err)
	}
	set, diags := rule.Load(srcs, rule.Options{Places: testPlaces})
	if len(diags) > 0 {
		t.Fatalf("default pack does not load:\n%s", diags.Error())
	}
	return set
}

// TestPack runs the tests written inside the default pack's rule files.
func TestPack(t *testing.T) {
	set := load(t)
	results := set.RunTests(rule.TestOptions{})
	var out bytes.Buffer
	ok := rule.PrintTests(&out, results)
	t.Logf("\n%s", out.String())
	if !ok {
		t.Fatal("rule tests failed")
	}
	for _, r := range results {
		if r.Tests == 0 {
			t.Errorf("rule %s has no tests", r.Rule)
		}
	}
}

// timeline is the US troop figures of the fixture articles, as claims.
func timeline() []*claim.Claim {
	mk := func(id, outlet, date, holder string, v, lo, hi float64, q string) *claim.Claim {
		d, _ := time.Parse(claim.DateLayout, date)
		return &claim.Claim{
			ID: id, Kind: claim.Count, Path: id[:strings.Index(id, "#")] + ".txt", Line: 1, Col: 1,
			Outlet: outlet, Published: d, Dated: true, Holder: holder, Item: "troops", Place: "iraq",
			Value: v, Low: lo, High: hi, Qualifier: q, Modality: claim.Current, AsOf: claim.DayOf(d),
			Text: "troops sentence " + id,
		}
	}
	return []*claim.Claim{
		mk("national#3", "The National", "2020-06-12", "united-states", 5000, 4000, 6000, "about"),
		mk("amn#7", "American Military News", "2020-06-12", "united-states", 5000, 4000, 6000, "about"),
		mk("amn#8", "American Military News", "2020-06-12", "coalition", 2500, 2500, 2500, ""),
		mk("rudaw#14", "Rudaw", "2020-09-20", "united-states", 5200, 5200, 5200, ""),
		mk("telesur#2", "teleSUR", "2021-07-26", "united-states", 2500, 2250, 2750, "about"),
	}
}

// TestPrePublish checks the pack in drafts-only mode: a draft restating the
// archive's latest figure reports nothing; a stale figure reports exactly
// the stale finding (its repetition of an old figure is no new point on the
// drift timeline).
func TestPrePublish(t *testing.T) {
	srcs, _ := rule.SourcesFS(rules.FS, "rules")
	set, diags := rule.Load(srcs, rule.Options{Places: testPlaces, OnlyDrafts: true})
	if len(diags) > 0 {
		t.Fatal(diags.Error())
	}
	draft := func(v, lo, hi float64) *claim.Claim {
		d := *timeline()[4]
		d.ID, d.Path, d.Outlet, d.Draft = "draft#1", "draft.md", "", true
		d.Published = d.Published.AddDate(0, 1, 0)
		d.AsOf = claim.DayOf(d.Published)
		d.Value, d.Low, d.High = v, lo, hi
		return &d
	}
	for _, tc := range []struct {
		name  string
		draft *claim.Claim
		want  []string
	}{
		{"restates the archive", draft(2500, 2250, 2750), nil},
		{"stale figure", draft(5000, 4000, 6000), []string{"count-stale [telesur#2 draft#1]: US troops in Iraq: draft.md, 26 August 2021 gives about 5,000 as current, but teleSUR, 26 July 2021 had already reported about 2,500 as of 26 July 2021"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs, ps := set.Check(append(timeline(), tc.draft))
			var got []string
			for _, f := range fs {
				var ids []string
				for _, c := range f.Claims {
					ids = append(ids, c.ID)
				}
				got = append(got, fmt.Sprintf("%s [%s]: %s", f.Rule, strings.Join(ids, " "), f.Message))
			}
			if len(ps) > 0 || strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got %q %v\nwant %q", got, ps, tc.want)
			}
		})
	}
	// Without drafts-only mode the archive alone is one drift timeline and
	// nothing else: the coalition's 2,500 is not the United States' 2,500.
	all, _ := rule.Load(srcs, rule.Options{Places: testPlaces})
	fs, _ := all.Check(timeline())
	if len(fs) != 1 || fs[0].Rule != "count-drift" {
		t.Errorf("archive findings: %v", fs)
	}
}
