package dating

import (
	"time"

	"github.com/claimcheck/claimcheck/engine/article"
	"github.com/claimcheck/claimcheck/engine/claim"
)

// Redate makes a's claims again as if it were published within est: at
// both ends of it, each date a claim gives becoming the hull of the two.
// The claims stay undated (Dated false) and carry est. When the two
// readings do not pair up claim for claim, the later one is kept whole.
func Redate(a *article.Article, extract Extractor, est claim.Interval) []*claim.Claim {
	late := readAt(a, extract, est.To)
	if !est.From.Equal(est.To) {
		early := readAt(a, extract, est.From)
		if paired(early, late) {
			for i, c := range late {
				c.When = hull(early[i].When, c.When)
				c.AsOf = hull(early[i].AsOf, c.AsOf)
			}
		}
	}
	for _, c := range late {
		c.Published, c.Dated, c.Estimated = a.Published, false, est
	}
	return late
}

func readAt(a *article.Article, extract Extractor, day time.Time) []*claim.Claim {
	at := *a
	at.Published, at.Dated = day, true
	return extract(&at)
}

// paired says whether two readings of one article gave the same claims
// from the same words, so that they can be joined one to one.
func paired(a, b []*claim.Claim) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Kind != b[i].Kind || a[i].FocusStart != b[i].FocusStart || a[i].FocusEnd != b[i].FocusEnd {
			return false
		}
	}
	return true
}

// hull is the smallest interval holding both; a date one reading could
// not resolve stays unresolved.
func hull(a, b claim.Interval) claim.Interval {
	if !a.Known || !b.Known {
		return b
	}
	h := b
	if a.From.Before(h.From) {
		h.From = a.From
	}
	if a.To.After(h.To) {
		h.To = a.To
	}
	return h
}
