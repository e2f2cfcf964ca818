package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/finding"
)

// factReport is a contradiction between a draft's claim and a verified
// fact, the fact first as a pair rule gives it.
func factReport() *Report {
	fact := &claim.Claim{ID: "facts.toml#2", Kind: claim.Count, Article: "facts.toml", Path: "facts.toml",
		Text: "3,000 troops", Start: 40, End: 52, Line: 4, Col: 9, FocusStart: 40, FocusEnd: 52,
		Verified: true, Source: "Acting Defense Secretary Christopher Miller, 17 November 2020", Value: 3000, Low: 3000, High: 3000}
	draft := &claim.Claim{ID: "d#1", Kind: claim.Count, Article: "d", Path: "d.md", Outlet: "Desk",
		Text: "The US has 5,200 troops in Iraq.", Start: 10, End: 42, Line: 2, Col: 1, FocusStart: 21, FocusEnd: 33, Value: 5200, Low: 5200, High: 5200}
	return &Report{Facts: 4, Articles: []ArticleInfo{{ID: "d", Path: "d.md", Claims: 1, Dated: true}},
		Findings: []finding.Finding{{Rule: "count-contradiction", Category: finding.Contradiction, Severity: finding.Error,
			Message: "m", Claims: []*claim.Claim{fact, draft}, Fingerprint: "f"}}}
}

// A finding against a fact sits on the claim checked, names the fact by
// its source, and the summary counts the facts.
func TestVerifiedFactInText(t *testing.T) {
	var out bytes.Buffer
	if err := Write(&out, "text", factReport(), Options{}); err != nil {
		t.Fatal(err)
	}
	want := `d.md:2:12: error: m [count-contradiction]
    Desk, undated, d.md:2:12
    | The US has 5,200 troops in Iraq.
    |            ^^^^^^^^^^^^
    verified fact: Acting Defense Secretary Christopher Miller, 17 November 2020, facts.toml:4:9
    | 3,000 troops
    | ^^^^^^^^^^^^

1 finding (1 error, 0 warnings, 0 info) in 1 article, 1 claim, 4 verified facts; no input or rule errors
`
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
}

func TestVerifiedFactInJSON(t *testing.T) {
	var out bytes.Buffer
	if err := Write(&out, "json", factReport(), Options{}); err != nil {
		t.Fatal(err)
	}
	validate(t, compileSchema(t, "check.v1.json", CheckSchema), out.Bytes())
	var doc struct {
		Findings []struct {
			Claims []map[string]any `json:"claims"`
		} `json:"findings"`
		Summary map[string]any `json:"summary"`
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	cs := doc.Findings[0].Claims
	if cs[0]["verified"] != true || !strings.HasPrefix(cs[0]["source"].(string), "Acting Defense Secretary") {
		t.Errorf("the fact's claim: %v", cs[0])
	}
	if _, ok := cs[1]["verified"]; ok {
		t.Errorf("an article's claim says nothing of verification: %v", cs[1])
	}
	if doc.Summary["facts"] != 4.0 {
		t.Errorf("summary: %v", doc.Summary)
	}
	// without facts, the summary is what it was
	r := factReport()
	r.Facts = 0
	out.Reset()
	if err := Write(&out, "json", r, Options{}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.String(), `"facts"`) {
		t.Errorf("a run without facts has no facts count")
	}
}
