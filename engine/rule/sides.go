package rule

import (
	"sort"

	"github.com/claimcheck/claimcheck/engine/claim"
)

// StateOfer is what Options.Places may also answer: the state an entity
// acts for (the lexicon's Lexicon.StateOf). When Places does, Run fills
// each claim's agent_side and speaker_side.
type StateOfer interface {
	StateOf(id string) string
}

// withSides gives each event and quote claim the side its agent or
// speaker acts for: the lexicon's state of the entity ("us-military" acts
// for "united-states"), else, for a person, the organisation the archive's
// role claims most often give them ("President Donald Trump": the United
// States). Rules then tell a second killer from the same side told twice
// (the president ordering a strike is the state acting). Claims that gain
// a side are copied, so the caller's claims are left as they were.
func (s *Set) withSides(cs []*claim.Claim) {
	st, _ := s.opts.Places.(StateOfer)
	roles := map[string]map[string]int{}
	for _, c := range cs {
		if c.Kind == claim.Role && c.Person != "" && c.Org != "" && c.Modality != claim.Past {
			if roles[c.Person] == nil {
				roles[c.Person] = map[string]int{}
			}
			roles[c.Person][c.Org]++
		}
	}
	side := func(id string) string {
		if id == "" {
			return ""
		}
		if st != nil {
			if x := st.StateOf(id); x != "" {
				return x
			}
		}
		org := mostOften(roles[id])
		if org == "" {
			return ""
		}
		if st != nil {
			if x := st.StateOf(org); x != "" {
				return x
			}
		}
		return org
	}
	for i, c := range cs {
		a, sp := side(c.Agent), side(c.Speaker)
		if a == "" && sp == "" {
			continue
		}
		cp := *c
		cp.AgentSide, cp.SpeakerSide = a, sp
		cs[i] = &cp
	}
}

// mostOften is the key with the highest count, the smallest on a tie.
func mostOften(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	best, n := "", 0
	for _, k := range keys {
		if m[k] > n {
			best, n = k, m[k]
		}
	}
	return best
}
