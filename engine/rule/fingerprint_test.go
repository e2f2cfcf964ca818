package rule

import (
	"strconv"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/internal/fold"
)

// TestFingerprintCoversMeaning fails when a claim field that carries
// meaning is not in a fingerprint (add it as a new group at the end of
// fingerprintGroups), or when a group names a field Claim does not have.
func TestFingerprintCoversMeaning(t *testing.T) {
	in := map[string]bool{}
	for _, g := range fingerprintGroups {
		for _, n := range g {
			if _, ok := claim.FieldNamed(n); !ok {
				t.Errorf("fingerprintGroups names %q, which Claim does not have", n)
			}
			in[n] = true
		}
	}
	for _, f := range claim.Fields {
		if f.Role == claim.Meaning && !in[f.Name] {
			t.Errorf("claim field %q carries meaning but no fingerprint hashes it: add it to fingerprintGroups as a new group", f.Name)
		}
	}
}

// legacyContent is content as it was written field by field before the
// claim schema; fingerprints in baselines were made with it.
func legacyContent(c *claim.Claim) string {
	f := func(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }
	date := ""
	if c.Dated {
		date = c.Published.Format(claim.DateLayout)
	}
	s := strings.Join([]string{
		c.Kind, strconv.FormatBool(c.Negated), c.Modality,
		c.Holder, c.Item, c.Place, f(c.Value), f(c.Low), f(c.High), c.Qualifier, c.AsOf.String(),
		c.Action, c.Agent, c.Patient, c.Instrument, c.When.String(),
		c.Person, c.Title, c.Org, c.Speaker, fold.Words(c.Quote),
		date, fold.Words(c.Text),
	}, "\x1f")
	if c.Target == "" && c.ItemClass == "" && !c.Running && !c.Partial && len(c.Incident) == 0 && c.PlaceFrom == "" && c.HolderFrom == "" {
		return s
	}
	return s + "\x1f" + strings.Join([]string{c.Target, c.ItemClass, strconv.FormatBool(c.Running),
		strconv.FormatBool(c.Partial), strings.Join(c.Incident, ","), c.PlaceFrom, c.HolderFrom}, "\x1f")
}

// TestFingerprintUnchanged checks that content, derived from the schema,
// writes what legacyContent wrote: baselines keep matching.
func TestFingerprintUnchanged(t *testing.T) {
	a := count("a#1", "united-states", "iraq", 5000, "2020-06-12")
	a.Low, a.High, a.Qualifier, a.Text, a.HolderText, a.AgentSide = 4500, 5500, "about", "About 5,000 “US” troops.", "US", "x"
	b := count("b#1", "coalition", "", 2.5, "2020-06-12")
	b.Dated, b.Negated, b.Kind, b.Quote, b.Speaker = false, true, claim.Quote, "We will  STAY.", "pentagon"
	tally := count("c#1", "", "baghdad", 10, "2020-01-03")
	tally.Action, tally.Target, tally.ItemClass, tally.Incident, tally.Running = "kill", "camp-taji", "person", []string{"x", "y"}, true
	partial := &claim.Claim{Kind: claim.Count, Partial: true, Verified: true, Source: "desk"}
	from := &claim.Claim{Kind: claim.Count, HolderFrom: "article"}
	for _, c := range []*claim.Claim{a, b, tally, partial, from, {}} {
		if got, want := content(c), legacyContent(c); got != want {
			t.Errorf("%s: content\n%q\nwant\n%q", c.ID, got, want)
		}
	}
}
