package facts

import (
	"os"
	"testing"

	"github.com/claimcheck/claimcheck/engine/finding"
	"github.com/claimcheck/claimcheck/engine/lexicon"
)

// Fact files and claims files are written by hand or by other programs:
// whatever they hold, the parsers answer with claims or positioned
// problems, never a panic. The seeds run as ordinary tests.

func FuzzParseFacts(f *testing.F) {
	if src, err := os.ReadFile("../../fixtures/facts/iraq.toml"); err == nil {
		f.Add(string(src))
	}
	for _, s := range []string{
		fact(),
		fact(`as_of = { from = 2021-01-15, to = 2021-01-31, grain = "month" }`, `low = 2000`, `high = 3000`),
		fact(`kind = "event"`, `-item`, `-value`, `-as_of`, `-holder`, `action = "kill"`, `agent = "united-states"`, `when = "2020-01-01..2020-01-31"`),
		fact(`text = "caf\u00e9 \"quoted\"\tand\\escaped"`),
		fact(`as_of = { month = 1, day = 3 }`),
		fact(`value = 2,500`),
		fact() + "[fact.when]\nfrom = 2020-01-01\n[[fact.x]]\n",
		"[fact]\n", "fact = 3\n", "fact = [1, 2]\n", "[[fact]]\n", "",
	} {
		f.Add(s)
	}
	lex := lexicon.Default()
	f.Fuzz(func(t *testing.T, src string) {
		cs, ps := ParseFacts("f.toml", []byte(src), Options{Lexicon: lex})
		checkProblems(t, ps, src)
		if len(ps) > 0 && len(cs) > 0 {
			t.Fatalf("a file with problems gave %d facts", len(cs))
		}
		seen := map[string]bool{}
		for _, c := range cs {
			if !c.Verified || c.Source == "" || seen[c.ID] {
				t.Fatalf("fact %s: verified %v, source %q, seen %v", c.ID, c.Verified, c.Source, seen[c.ID])
			}
			seen[c.ID] = true
			if c.Start < 0 || c.End < c.Start || c.End > len(src) {
				t.Fatalf("fact %s at %d..%d of %d bytes", c.ID, c.Start, c.End, len(src))
			}
		}
	})
}

func FuzzParseClaims(f *testing.F) {
	for _, s := range []string{
		doc(countJSON),
		doc(countJSON, `{"id": "x#7", "kind": "event", "when": {"from": "2020-01-03", "to": "2020-01-03"}}`),
		doc(`{"kind": "count", "value": "5"}`),
		doc(`{"kind": "count", "hodler": 1}`),
		doc(`{"kind": "count", "as_of": {"from": "2020-13-01", "to": "x"}}`),
		`{"schema": "claimcheck/extract/v1", "articles": [{"claims": null}]}`,
		`{"schema": "claimcheck/extract/v1", "articles": [`,
		`{"schema": "claimcheck/extract/v1"} []`,
		"[", "{", `"x"`, "", "\xff",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		arts, ps := ParseClaims("c.json", []byte(src))
		checkProblems(t, ps, src)
		if len(ps) > 0 && len(arts) > 0 {
			t.Fatalf("a file with problems gave %d articles", len(arts))
		}
		seen := map[string]bool{}
		for _, a := range arts {
			for _, c := range a.Claims {
				if c.ID == "" || seen[c.ID] || c.Kind == "" {
					t.Fatalf("claim %q of kind %q (seen %v)", c.ID, c.Kind, seen[c.ID])
				}
				seen[c.ID] = true
			}
		}
	})
}

// checkProblems wants every problem placed inside the file.
func checkProblems(t *testing.T, ps []finding.Problem, src string) {
	t.Helper()
	lines := 1
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			lines++
		}
	}
	for _, p := range ps {
		if p.Line < 1 || p.Line > lines || p.Col < 1 || p.Message == "" {
			t.Fatalf("problem outside the file (%d lines): %s", lines, p.Error())
		}
	}
}
