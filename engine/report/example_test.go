package report_test

import (
	"os"
	"time"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/finding"
	"github.com/claimcheck/claimcheck/engine/report"
)

func ExampleWrite() {
	sentence := "Officials said 2,500 U.S. troops would stay in Iraq."
	c := &claim.Claim{
		ID: "draft#1", Kind: claim.Count, Article: "draft", Path: "drafts/iraq.md", Outlet: "Desk draft",
		Published: time.Date(2021, 8, 20, 0, 0, 0, 0, time.UTC), Dated: true, Draft: true,
		Text: sentence, Start: 120, End: 120 + len(sentence), Line: 7, Col: 1,
		FocusStart: 120 + 15, FocusEnd: 120 + 32, Value: 2500,
	}
	r := &report.Report{
		Command: "check",
		Findings: []finding.Finding{{Rule: "count-stale", Category: finding.Stale, Severity: finding.Warning,
			Message: "2,500 U.S. troops is stated as current, but a newer source says otherwise", Claims: []*claim.Claim{c}}},
		Articles: []report.ArticleInfo{{ID: "draft", Path: "drafts/iraq.md", Published: "2021-08-20", Dated: true, Claims: 1, Draft: true}},
	}
	report.Write(os.Stdout, "text", r, report.Options{})
	report.Write(os.Stdout, "github", r, report.Options{})
	// Output:
	// drafts/iraq.md:7:16: warning: 2,500 U.S. troops is stated as current, but a newer source says otherwise [count-stale]
	//     Desk draft, 20 August 2021 (draft), drafts/iraq.md:7:16
	//     | Officials said 2,500 U.S. troops would stay in Iraq.
	//     |                ^^^^^^^^^^^^^^^^^
	//
	// 1 finding (0 errors, 1 warning, 0 info) in 1 article, 1 claim; no input or rule errors
	// ::warning file=drafts/iraq.md,line=7,col=16,endLine=7,endColumn=32,title=claimcheck count-stale (stale)::2,500 U.S. troops is stated as current, but a newer source says otherwise%0A  Desk draft, 20 August 2021 (draft), drafts/iraq.md:7:16: Officials said 2,500 U.S. troops would stay in Iraq.
	// ::notice title=claimcheck summary::claimcheck: 1 finding (0 errors, 1 warning, 0 info) in 1 article, 1 claim; no input or rule errors.
}
