package rule

import (
	"errors"
	"testing"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/finding"
)

// A verified fact names itself in every rule's message through source(c).
func TestSourceOfVerifiedFact(t *testing.T) {
	e, err := newEnvs(Options{}.withDefaults())
	if err != nil {
		t.Fatal(err)
	}
	fact := count("iraq.toml#1", "united-states", "iraq", 2500, "2021-01-15")
	fact.Verified, fact.Source, fact.Outlet = true, "Pentagon statement, 2021-01-15", "ignored"
	art := count("telesur#2", "united-states", "iraq", 2500, "2021-07-26")
	art.Outlet = "teleSUR"
	for expr, want := range map[string]string{
		`source(a)`:  "verified fact: Pentagon statement, 2021-01-15",
		`source(b)`:  "teleSUR, 26 July 2021",
		`a.verified`: "true",
		`a.source`:   "Pentagon statement, 2021-01-15",
		`b.verified`: "false",
	} {
		ast, iss := e.pair.Compile(expr)
		if iss.Err() != nil {
			t.Fatalf("%s: %v", expr, iss.Err())
		}
		prg, err := e.pair.Program(ast)
		if err != nil {
			t.Fatal(err)
		}
		out, _, err := prg.Eval(&vars{a: fact, b: art})
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		if got := fmtVal(out.Value()); got != want {
			t.Errorf("%s = %q, want %q", expr, got, want)
		}
	}
}

// A finding sits on the claim checked against a fact, never on the fact.
func TestPrimarySkipsVerifiedFacts(t *testing.T) {
	fact := &claim.Claim{ID: "f#1", Verified: true}
	art := &claim.Claim{ID: "a#1"}
	draft := &claim.Claim{ID: "d#1", Draft: true}
	tests := []struct {
		claims []*claim.Claim
		drafts bool
		want   string
	}{
		{[]*claim.Claim{fact, art}, false, "a#1"},
		{[]*claim.Claim{fact, art, draft}, true, "d#1"},
		{[]*claim.Claim{fact, art, draft}, false, "a#1"},
		{[]*claim.Claim{fact}, false, "f#1"},
		{[]*claim.Claim{art, fact}, false, "a#1"},
	}
	for _, tc := range tests {
		if got := Primary(finding.Finding{Claims: tc.claims}, tc.drafts); got.ID != tc.want {
			t.Errorf("Primary(%v, %v) = %s, want %s", ids(tc.claims), tc.drafts, got.ID, tc.want)
		}
	}
}

func ids(cs []*claim.Claim) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.ID)
	}
	return out
}

// ClaimFromTOML names the field it failed on, so callers can point at it.
func TestClaimFromTOMLFieldErrors(t *testing.T) {
	tests := []struct {
		in      map[string]any
		key, is string
	}{
		{map[string]any{"value": "many"}, "value", "value: want a number, got a string"},
		{map[string]any{"published": "June 2020"}, "published", `published: want a date YYYY-MM-DD, got "June 2020"`},
		{map[string]any{"as_of": "2020-13-01"}, "as_of", `as_of: want a date YYYY-MM-DD, got "2020-13-01"`},
		{map[string]any{"when": map[string]any{"from": "2020-02-01", "to": "2020-01-01"}}, "when", "when: interval ends before it starts"},
		{map[string]any{"holdr": "x"}, "holdr", "holdr: unknown claim field"},
		{map[string]any{"incident": []any{1.0}}, "incident", "incident: want a string, got a number"},
		{map[string]any{"negated": "yes"}, "negated", "negated: want a boolean, got a string"},
	}
	for _, tc := range tests {
		_, err := ClaimFromTOML(tc.in)
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Key != tc.key || err.Error() != tc.is {
			t.Errorf("ClaimFromTOML(%v) = %v, want %s at %s", tc.in, err, tc.is, tc.key)
		}
	}
	c, err := ClaimFromTOML(map[string]any{"kind": "count", "value": int64(5200), "as_of": "2020-09-01..2020-09-19"})
	if err != nil || c.Value != 5200 || c.AsOf.String() != "2020-09-01..2020-09-19" {
		t.Errorf("ClaimFromTOML = %+v, %v", c, err)
	}
}
