package rule

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/internal/fold"
)

// Fingerprint identifies a finding by its rule and the content of its
// claims (kind, entities, values, dates, normalised sentence), never by
// path or line, so it survives edits elsewhere in a file and does not
// depend on the order of the claims.
func Fingerprint(rule string, claims []*claim.Claim) string {
	parts := make([]string, len(claims))
	for i, c := range claims {
		parts[i] = content(c)
	}
	sort.Strings(parts)
	h := sha256.New()
	h.Write([]byte(rule))
	for _, p := range parts {
		h.Write([]byte{0})
		h.Write([]byte(p))
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// fingerprintGroups are a claim's content in a fingerprint, by JSON name:
// its meaning (claim.Meaning fields), its publication date and its
// sentence. Baselines store fingerprints, so the order is fixed: the first
// group is always written; each later group only when one of its fields is
// set, so claims without them keep the fingerprints they had before the
// fields existed. A new meaning field goes in a new group at the end
// (TestFingerprintCoversMeaning fails until it does).
var fingerprintGroups = [][]string{
	{"kind", "negated", "modality", "holder", "item", "place", "value", "low", "high", "qualifier", "as_of",
		"action", "agent", "patient", "instrument", "when", "person", "title", "org", "speaker", "quote",
		"published", "text"},
	// counts of events
	{"target", "item_class", "running", "partial", "incident", "place_from", "holder_from"},
	// peaks
	{"peak"},
}

// fingerprintText overrides claim.Field.Text where a fingerprint reads a
// field differently: words are compared folded, and the publication date
// only counts when the article is dated.
var fingerprintText = map[string]func(*claim.Claim) string{
	"quote": func(c *claim.Claim) string { return fold.Words(c.Quote) },
	"text":  func(c *claim.Claim) string { return fold.Words(c.Text) },
	"published": func(c *claim.Claim) string {
		if !c.Dated {
			return ""
		}
		return c.Published.Format(claim.DateLayout)
	},
}

// fingerprintFields are fingerprintGroups' fields, read once.
var fingerprintFields = func() [][]claim.Field {
	out := make([][]claim.Field, len(fingerprintGroups))
	for g, names := range fingerprintGroups {
		for _, n := range names {
			if f, ok := claim.FieldNamed(n); ok {
				out[g] = append(out[g], f)
			}
		}
	}
	return out
}()

// content is a claim's meaning as one string, for fingerprints.
func content(c *claim.Claim) string {
	var b strings.Builder
	for g, fs := range fingerprintFields {
		if g > 0 && allZero(fs, c) {
			continue
		}
		for i, f := range fs {
			if g > 0 || i > 0 {
				b.WriteByte(0x1f)
			}
			b.WriteString(fieldText(f, c))
		}
	}
	return b.String()
}

func fieldText(f claim.Field, c *claim.Claim) string {
	if text, ok := fingerprintText[f.Name]; ok {
		return text(c)
	}
	return f.Text(c)
}

func allZero(fs []claim.Field, c *claim.Claim) bool {
	for _, f := range fs {
		if !f.IsZero(c) {
			return false
		}
	}
	return true
}
