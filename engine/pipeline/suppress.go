package pipeline

import (
	"fmt"
	"strings"

	"github.com/claimcheck/claimcheck/engine/article"
	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/finding"
	"github.com/claimcheck/claimcheck/engine/report"
	"github.com/claimcheck/claimcheck/engine/rule"
	"github.com/claimcheck/claimcheck/engine/span"
)

// UnusedSuppression is the rule id of the warning for a claimcheck-ignore
// comment that silenced nothing: left in place, it would hide the next real
// problem in its paragraph.
const UnusedSuppression = "claimcheck-unused-suppression"

// applySuppressions marks findings silenced by an article's
// <!-- claimcheck-ignore RULE: reason --> comments. A finding is silenced
// when one of its claims from that article lies in the comment's paragraph.
// Silenced findings stay in the report, marked (SARIF and JSON show them as
// suppressed, and they never fail a run); each comment that silenced nothing
// becomes a warning.
func applySuppressions(rep *report.Report, arts []*article.Article) {
	type key struct {
		path string
		i    int
	}
	used := map[key]bool{}
	for fi := range rep.Findings {
		f := &rep.Findings[fi]
		for _, a := range arts {
			for i, s := range a.Suppressions {
				if s.Rule != f.Rule || s.Applies.Len() == 0 {
					continue
				}
				for _, c := range f.Claims {
					if c.Path == a.Path && c.Start >= s.Applies.Start && c.End <= s.Applies.End {
						used[key{a.Path, i}] = true
						if f.Suppressed == "" {
							f.Suppressed = s.Reason
							if f.Suppressed == "" {
								f.Suppressed = "claimcheck-ignore " + s.Rule
							}
						}
					}
				}
			}
		}
	}
	added := false
	for _, a := range arts {
		for i, s := range a.Suppressions {
			if used[key{a.Path, i}] {
				continue
			}
			rep.Findings = append(rep.Findings, unusedSuppression(a, s))
			added = true
		}
	}
	if added {
		rep.Rules = append(rep.Rules, report.RuleInfo{ID: UnusedSuppression, Category: finding.Other,
			Severity: finding.Warning, Summary: "A claimcheck-ignore comment silences nothing",
			Help: "Remove the comment, or fix its rule id: a suppression that matches no finding would hide the next real one in its paragraph."})
	}
}

// unusedSuppression points a warning at the comment itself.
func unusedSuppression(a *article.Article, s article.Suppression) finding.Finding {
	line := string(a.Index.LineText(s.Line))
	start := a.Index.Offset(span.Position{Line: s.Line, Col: s.Col})
	end := start + len(line) - len(string([]rune(line)[:s.Col-1]))
	if i := strings.Index(string(a.Text[start:end]), "-->"); i >= 0 {
		end = start + i + len("-->")
	}
	c := &claim.Claim{
		ID: fmt.Sprintf("%s#ignore%d", a.ID, s.Line), Kind: "suppression", Article: a.ID, Path: a.Path,
		Outlet: a.Outlet, Published: a.Published, Dated: a.Dated,
		Text: string(a.Text[start:end]), Start: start, End: end, Line: s.Line, Col: s.Col,
		FocusStart: start, FocusEnd: end,
	}
	f := finding.Finding{
		Rule: UnusedSuppression, Category: finding.Other, Severity: finding.Warning,
		Message: fmt.Sprintf("claimcheck-ignore %s suppresses nothing: no %s finding involves the paragraph it covers; remove it or fix the rule id", s.Rule, s.Rule),
		Claims:  []*claim.Claim{c},
	}
	f.Fingerprint = rule.Fingerprint(f.Rule, f.Claims)
	return f
}
