package rule

import (
	"fmt"
	"sort"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/finding"
)

// groupRun is one rule's work on one key group: its claims in time order
// and what is left of its evaluation budget.
type groupRun struct {
	*ruleRun
	key     string
	members []int // indexes into run.cs, in time order
	claims  []*claim.Claim
	budget  int
	out     results
	stopped bool // the budget ran out; a notice says so
	agreeP  bool // a problem from agree was reported already
	// rep is, for each claim, the first claim it agrees with (itself for
	// a first claim): the sources that back each side of a finding.
	rep []int
}

// maxSupport bounds the claims a pair finding lists beside its two sides
// as backing each of them.
const maxSupport = 4

// group evaluates one key group of a pair or series rule.
func (run *ruleRun) group(key string, members []int, keys [][]string) results {
	g := &groupRun{ruleRun: run, key: key, members: members, budget: run.set.opts.MaxGroupEvals}
	g.claims = make([]*claim.Claim, len(members))
	for k, i := range members {
		g.claims[k] = run.cs[i]
	}
	first, rep := g.firsts()
	if g.stopped {
		return g.out
	}
	g.rep = rep
	var firsts []*claim.Claim
	for k, c := range g.claims {
		if first[k] {
			firsts = append(firsts, c)
		}
	}
	if firsts == nil {
		firsts = []*claim.Claim{}
	}
	if run.r.Scope == SeriesScope {
		if g.spend() {
			g.out.add(run.emit(&vars{series: g.claims, firsts: firsts}, g.claims, run.r.claims))
		}
		return g.out
	}
	g.pairs(first, firsts, keys)
	return g.out
}

// spend takes one evaluation from the budget; when none is left it says
// so once, as a notice, and the group stops.
func (g *groupRun) spend() bool {
	if g.budget > 0 {
		g.budget--
		return true
	}
	if !g.stopped {
		g.stopped = true
		key := g.key
		if r := []rune(key); len(r) > 80 {
			key = string(r[:80]) + "…"
		}
		g.out.notices = append(g.out.notices, finding.Notice{
			Path: g.r.Path, Line: g.r.Line, Rule: g.r.ID, Limit: "max_group_evaluations",
			Message: fmt.Sprintf("key %q: %d claims need more than %d evaluations; the rest of this key was not checked",
				key, len(g.claims), g.set.opts.MaxGroupEvals),
		})
	}
	return false
}

// firsts marks the claims no earlier claim of the group agrees with (all
// of them when the rule has no agree). Each claim is tried against the
// latest first claims before the others: a source usually restates the
// figure most recently given, so a group of claims that mostly agree costs
// about one evaluation of agree per claim, not one per pair.
func (g *groupRun) firsts() ([]bool, []int) {
	first := make([]bool, len(g.claims))
	rep := make([]int, len(g.claims))
	if g.r.agree == nil {
		for k := range first {
			first[k], rep[k] = true, k
		}
		return first, rep
	}
	var reps []int
	for x := range g.claims {
		if r, ok := g.agreesEarlier(x, reps, first, rep); ok {
			rep[x] = r
			continue
		}
		if g.stopped {
			return nil, nil
		}
		first[x], rep[x] = true, x
		reps = append(reps, x)
	}
	return first, rep
}

// agreesEarlier reports whether a claim before x agrees with x: the
// first claims so far (latest first), then the others. It returns the
// first claim x's agreement leads to.
func (g *groupRun) agreesEarlier(x int, reps []int, first []bool, rep []int) (int, bool) {
	for k := len(reps) - 1; k >= 0; k-- {
		if g.agrees(reps[k], x) {
			return reps[k], true
		}
	}
	for y := x - 1; y >= 0 && !g.stopped; y-- {
		if !first[y] && g.agrees(y, x) {
			return rep[y], true
		}
	}
	return 0, false
}

// support lists, in time order, up to maxSupport claims besides x that
// agree with first claim x, and how many other articles they come from.
func (g *groupRun) support(x, skip int) ([]*claim.Claim, int) {
	var out []*claim.Claim
	// sources are articles: one that says it twice backs its side once
	told := map[string]bool{g.claims[x].Article: true}
	for k, r := range g.rep {
		if r == x && k != x && k != skip {
			told[g.claims[k].Article] = true
			if len(out) < maxSupport {
				out = append(out, g.claims[k])
			}
		}
	}
	return out, len(told) - 1
}

// agrees evaluates agree with a the earlier claim. An error counts as not
// agreeing and is reported once per group: the same mistake would
// otherwise repeat for every pair.
func (g *groupRun) agrees(x, y int) bool {
	if !g.spend() {
		return false
	}
	a, b := g.claims[x], g.claims[y]
	ok, p := g.evalBool(g.r.agree, &vars{a: a, b: b}, a, b)
	if p != nil && !g.agreeP {
		g.agreeP = true
		g.out.problems = append(g.out.problems, *p)
	}
	return ok
}

// pairs evaluates the pairs the rule's pairs setting picks, each once: a
// pair sharing several keys only in the first (smallest) of them.
func (g *groupRun) pairs(first []bool, firsts []*claim.Claim, keys [][]string) {
	var as, bs []int // candidate positions for a and for b, ascending
	firstOnly := g.r.pairs == PairsFirst || g.r.pairs == PairsMajority
	for k, f := range first {
		if f || g.r.pairs == PairsAll {
			as = append(as, k)
		}
		if g.r.pairs == PairsAll || f == firstOnly {
			bs = append(bs, k)
		}
	}
	major := -1
	if g.r.pairs == PairsMajority {
		major = g.majority(first)
	}
	for _, x := range as {
		for _, y := range bs[sort.SearchInts(bs, x+1):] {
			if g.stopped {
				return
			}
			if major >= 0 && x != major && y != major {
				continue
			}
			g.pair(x, y, firsts, keys)
		}
	}
}

// majority is the first claim of the side more articles tell than any
// other side, or -1 when no side has more than all the others.
func (g *groupRun) majority(first []bool) int {
	told := map[int]map[string]bool{}
	for k, r := range g.rep {
		if told[r] == nil {
			told[r] = map[string]bool{}
		}
		told[r][g.claims[k].Article] = true
	}
	best, n, tie := -1, 0, false
	for k, f := range first {
		switch m := len(told[k]); {
		case !f:
		case m > n:
			best, n, tie = k, m, false
		case m == n:
			tie = true
		}
	}
	if tie {
		return -1
	}
	return best
}

func (g *groupRun) pair(x, y int, firsts []*claim.Claim, keys [][]string) {
	a, b := g.claims[x], g.claims[y]
	if g.set.opts.OnlyDrafts && !a.Draft && !b.Draft {
		return
	}
	i, j := g.members[x], g.members[y]
	if (len(keys[i]) > 1 || len(keys[j]) > 1) && firstCommon(keys[i], keys[j]) != g.key {
		return
	}
	if g.spend() {
		v := &vars{a: a, b: b, group: g.claims, firsts: firsts}
		if g.r.agree != nil && (g.r.pairs == PairsFirst || g.r.pairs == PairsMajority) {
			// the sources that back each side, after the two, and how many
			sa, na := g.support(x, y)
			sb, nb := g.support(y, x)
			v.support = append(sa, sb...)
			if na+nb > 0 {
				v.tally = fmt.Sprintf(" [%s vs %s]", sources(1+na), sources(1+nb))
			}
		}
		g.out.add(g.emit(v, []*claim.Claim{a, b}, nil))
	}
}

func sources(n int) string {
	if n == 1 {
		return "1 source"
	}
	return fmt.Sprintf("%d sources", n)
}
