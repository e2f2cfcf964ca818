package pipeline

import (
	"time"

	"github.com/claimcheck/claimcheck/engine/article"
	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/dating"
)

// dateUndated gives the claims of each undated article the publication
// days the other articles' dated events put it on (engine/dating), made
// again at those days, in place of its undated claims. Articles the
// archive cannot date keep theirs.
func (e *Engine) dateUndated(arts []*article.Article, claims []*claim.Claim) []*claim.Claim {
	var undated []*article.Article
	for _, a := range arts {
		if !a.Dated {
			undated = append(undated, a)
		}
	}
	if len(undated) == 0 {
		return claims
	}
	ix := dating.NewIndex(claims)
	redone := make([][]*claim.Claim, len(undated))
	forEach(len(undated), func(i int) {
		redone[i] = e.redate(undated[i], ix)
	})
	byPath := map[string][]*claim.Claim{}
	for i, a := range undated {
		if redone[i] != nil {
			byPath[a.Path] = redone[i]
		}
	}
	if len(byPath) == 0 {
		return claims
	}
	return replaceClaims(claims, byPath)
}

// redate is a's claims at the days the archive dates it to, or nil.
func (e *Engine) redate(a *article.Article, ix *dating.Index) []*claim.Claim {
	if a.Sentences == nil { // read in chunks: its text was let go
		again, _ := e.readFiles([]string{a.Path}, time.Time{})
		if len(again) != 1 {
			return nil
		}
		again[0].ID = a.ID
		e.cfg.Limits.bound(again[0])
		a = again[0]
	}
	extract := dating.Extractor(e.extractor.Article)
	est, ok := dating.Estimate(a, extract, ix)
	if !ok {
		return nil
	}
	return dating.Redate(a, extract, est)
}

// replaceClaims puts each article's new claims where its old ones were,
// keeping the order of everything else.
func replaceClaims(claims []*claim.Claim, byPath map[string][]*claim.Claim) []*claim.Claim {
	out := make([]*claim.Claim, 0, len(claims))
	done := map[string]bool{}
	for _, c := range claims {
		cs, ok := byPath[c.Path]
		switch {
		case !ok:
			out = append(out, c)
		case !done[c.Path]:
			done[c.Path] = true
			draft := c.Draft
			for _, n := range cs {
				n.Draft = draft
			}
			out = append(out, cs...)
		}
	}
	return out
}
