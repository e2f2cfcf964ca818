package rules_test

import (
	"bytes"
	"testing"

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

var testPlaces = places{
	"baghdad-international-airport": "baghdad",
	"baghdad":                       "iraq",
	"erbil":                         "iraq",
	"ain-al-asad":                   "iraq",
	"damascus":                      "syria",
	"us-military":                   "united-states", // organisations nest too
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
