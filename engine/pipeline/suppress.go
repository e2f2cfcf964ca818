package pipeline

import (
	"fmt"

	"github.com/claimcheck/claimcheck/engine/article"
	"github.com/claimcheck/claimcheck/engine/finding"
	"github.com/claimcheck/claimcheck/engine/report"
)

// UnusedSuppression is the rule id of the finding that reports a
// claimcheck-ignore comment that silenced nothing: a stale suppression
// would otherwise hide the next real problem in that paragraph.
const UnusedSuppression = "claimcheck-unused-suppression"

// applySuppressions drops findings silenced by a draft's
// <!-- claimcheck-ignore RULE: reason --> comments (a finding is silenced
// when one of its claims from that draft lies in the comment's paragraph),
// and reports each comment that silenced nothing.
func applySuppressions(rep *report.Report, drafts []*article.Article) {
	type key struct {
		path string
		i    int
	}
	used := map[key]bool{}
	kept := rep.Findings[:0]
	for _, f := range rep.Findings {
		silenced := false
		for _, a := range drafts {
			for i, s := range a.Suppressions {
				if s.Rule != f.Rule {
					continue
				}
				for _, c := range f.Claims {
					if c.Path == a.Path && c.Start >= s.Applies.Start && c.End <= s.Applies.End && s.Applies.Len() > 0 {
						silenced = true
						used[key{a.Path, i}] = true
					}
				}
			}
		}
		if !silenced {
			kept = append(kept, f)
		}
	}
	rep.Findings = kept
	for _, a := range drafts {
		for i, s := range a.Suppressions {
			if used[key{a.Path, i}] {
				continue
			}
			rep.Problems = append(rep.Problems, finding.Problem{Path: a.Path, Line: s.Line, Col: s.Col,
				Rule:    UnusedSuppression,
				Message: fmt.Sprintf("claimcheck-ignore %s suppresses nothing: no %s finding involves the paragraph it covers; remove it", s.Rule, s.Rule)})
		}
	}
}
