package rule

import "github.com/claimcheck/claimcheck/engine/claim"

// GroupKeys lists the key groups c joins, as "rule\x00key", for every pair
// and series rule whose match it passes. In pre-publish mode a finding
// comes only from a group holding a draft claim, so the archive claims in
// the draft claims' groups are all a check of the draft needs (a claim
// store indexes them by this). A match or key that fails on c counts as
// not matching.
func (s *Set) GroupKeys(c *claim.Claim) []string {
	var out []string
	for _, r := range s.rules {
		if r.Scope == ClaimScope {
			continue
		}
		run := &ruleRun{set: s, r: r}
		v := &vars{c: c}
		if r.match != nil {
			if ok, p := run.evalBool(r.match, v, c); !ok || p != nil {
				continue
			}
		}
		ks, p := run.evalKey(v, c)
		if p != nil {
			continue
		}
		for _, k := range ks {
			out = append(out, r.ID+"\x00"+k)
		}
	}
	return out
}
