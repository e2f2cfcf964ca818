package rule

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"cel.dev/cel-go/common/types"
	"cel.dev/cel-go/common/types/ref"
	"cel.dev/cel-go/interpreter"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/finding"
)

// vars is the activation for one evaluation: cheaper than a map per call.
type vars struct {
	c, a, b *claim.Claim
	series  []*claim.Claim // series scope
	group   []*claim.Claim // pair scope: the pair's key group in time order
	firsts  []*claim.Claim // the group's or series' first claims (see agree)
	// lets are the rule's variables, evaluated on first use into vals.
	lets []*ruleVar
	vals []ref.Val
	// support are claims that back a pair finding's sides, listed after
	// them (not visible to expressions).
	support []*claim.Claim
	// tally says how many sources back each side ("[3 sources vs 1
	// source]"), appended to the message when any side has support.
	tally string
}

func (v *vars) ResolveName(name string) (any, bool) {
	switch name {
	case "c":
		return v.c, v.c != nil
	case "a":
		return v.a, v.a != nil
	case "b":
		return v.b, v.b != nil
	case "series":
		return v.series, v.series != nil
	case "group":
		return v.group, v.group != nil
	case "firsts":
		return v.firsts, v.firsts != nil
	}
	for i, rv := range v.lets {
		if rv.name != name {
			continue
		}
		if v.vals == nil {
			v.vals = make([]ref.Val, len(v.lets))
		}
		if v.vals[i] == nil {
			out, _, err := rv.e.prog.Eval(v)
			if err != nil {
				out = types.NewErr("%s: %v", rv.e.field, err)
			}
			v.vals[i] = out
		}
		return v.vals[i], true
	}
	return nil, false
}

func (v *vars) Parent() interpreter.Activation { return nil }

// Check runs every rule over claims. Findings come sorted by the position
// of their Primary claim (path, line, col), then rule and message; problems
// are rule expressions that failed at run time (an error, or the cost limit)
// and name the rule and the claims. Output is the same whatever the order
// of claims and the number of workers. Check drops Run's notices; callers
// that report them call Run.
func (s *Set) Check(claims []*claim.Claim) ([]finding.Finding, []finding.Problem) {
	res := s.Run(claims)
	return res.Findings, res.Problems
}

// Result is what Run found: findings, problems, and notices of key groups
// left unfinished at Options.MaxGroupEvals.
type Result struct {
	Findings []finding.Finding
	Problems []finding.Problem
	Notices  []finding.Notice
}

// Run is Check with the notices.
func (s *Set) Run(claims []*claim.Claim) Result {
	cs := canonical(claims)
	s.withSides(cs)
	var out results
	for _, r := range s.rules {
		run := &ruleRun{set: s, r: r, cs: cs}
		out.add(run.run())
	}
	SortFindings(out.findings, s.opts.OnlyDrafts)
	sortProblems(out.problems)
	sort.SliceStable(out.notices, func(i, j int) bool { return out.notices[i].String() < out.notices[j].String() })
	return Result{Findings: out.findings, Problems: out.problems, Notices: out.notices}
}

type results struct {
	findings []finding.Finding
	problems []finding.Problem
	notices  []finding.Notice
}

func (r *results) add(o results) {
	r.findings = append(r.findings, o.findings...)
	r.problems = append(r.problems, o.problems...)
	r.notices = append(r.notices, o.notices...)
}

// canonical copies claims, drops nils and sorts them by position, so that
// everything after depends only on the set of claims, not their order.
func canonical(claims []*claim.Claim) []*claim.Claim {
	cs := make([]*claim.Claim, 0, len(claims))
	for _, c := range claims {
		if c != nil {
			cs = append(cs, c)
		}
	}
	sort.SliceStable(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		switch {
		case a.Path != b.Path:
			return a.Path < b.Path
		case a.Start != b.Start:
			return a.Start < b.Start
		case a.Line != b.Line:
			return a.Line < b.Line
		case a.Col != b.Col:
			return a.Col < b.Col
		case a.ID != b.ID:
			return a.ID < b.ID
		}
		return content(a) < content(b)
	})
	return cs
}

// ruleRun evaluates one rule over the canonical claims.
type ruleRun struct {
	// orders are the claims' sort keys, when the rule has an order.
	orders []float64
	set    *Set
	r      *Rule
	cs     []*claim.Claim
}

// parallel calls fn(i) for i in [0,n) on up to workers goroutines.
func parallel(n, workers int, fn func(i int)) {
	if workers > n {
		workers = n
	}
	if workers <= 1 {
		for i := 0; i < n; i++ {
			fn(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				fn(i)
			}
		}()
	}
	wg.Wait()
}

func (run *ruleRun) run() results {
	opts := run.set.opts
	n := len(run.cs)
	per := make([]results, n)
	matched := make([]bool, n)
	keys := make([][]string, n)
	if run.r.order != nil {
		run.orders = make([]float64, n)
	}
	parallel(n, opts.Workers, func(i int) {
		c := run.cs[i]
		if run.r.Scope == ClaimScope && opts.OnlyDrafts && !c.Draft {
			return
		}
		v := &vars{c: c}
		if run.r.match != nil {
			ok, p := run.evalBool(run.r.match, v, c)
			if p != nil {
				per[i].problems = append(per[i].problems, *p)
			}
			if !ok {
				return
			}
		}
		if run.r.Scope == ClaimScope {
			per[i] = run.emit(&vars{c: c}, []*claim.Claim{c}, nil)
			return
		}
		ks, p := run.evalKey(v, c)
		if p != nil {
			per[i].problems = append(per[i].problems, *p)
			return
		}
		matched[i], keys[i] = len(ks) > 0, ks
		if run.r.order != nil {
			run.orders[i], p = run.evalOrder(v, c)
			if p != nil {
				per[i].problems = append(per[i].problems, *p)
			}
		}
	})
	var out results
	for _, r := range per {
		out.add(r)
	}
	if run.r.Scope == ClaimScope {
		return out
	}

	// Group by key; a claim with several keys joins several groups.
	groups := map[string][]int{}
	for i, ks := range keys {
		if !matched[i] {
			continue
		}
		for _, k := range ks {
			groups[k] = append(groups[k], i)
		}
	}
	names := make([]string, 0, len(groups))
	for k, members := range groups {
		if opts.OnlyDrafts && !anyDraft(run.cs, members) {
			continue
		}
		names = append(names, k)
	}
	sort.Strings(names)
	perGroup := make([]results, len(names))
	parallel(len(names), opts.Workers, func(g int) {
		members := groups[names[g]]
		run.timeSort(members)
		perGroup[g] = run.group(names[g], members, keys)
	})
	for _, r := range perGroup {
		out.add(r)
	}
	return out
}

func anyDraft(cs []*claim.Claim, members []int) bool {
	for _, i := range members {
		if cs[i].Draft {
			return true
		}
	}
	return false
}

// timeOf is when a claim holds, for ordering: as_of, else when, else the
// publication date.
func timeOf(c *claim.Claim) time.Time {
	switch {
	case c.AsOf.Known:
		return c.AsOf.From
	case c.When.Known:
		return c.When.From
	}
	return c.Published
}

// timeSort orders a group's members in time, then by publication, then
// canonically.
func (run *ruleRun) timeSort(members []int) {
	sort.SliceStable(members, func(x, y int) bool {
		if run.orders != nil && run.orders[members[x]] != run.orders[members[y]] {
			return run.orders[members[x]] < run.orders[members[y]]
		}
		a, b := run.cs[members[x]], run.cs[members[y]]
		ta, tb := timeOf(a), timeOf(b)
		if !ta.Equal(tb) {
			return ta.Before(tb)
		}
		if !a.Published.Equal(b.Published) {
			return a.Published.Before(b.Published)
		}
		return members[x] < members[y]
	})
}

// firstCommon returns the smallest string in both sorted lists.
func firstCommon(x, y []string) string {
	for i, j := 0, 0; i < len(x) && j < len(y); {
		switch {
		case x[i] == y[j]:
			return x[i]
		case x[i] < y[j]:
			i++
		default:
			j++
		}
	}
	return ""
}

// emit evaluates when, then claims (series) and message, and builds the
// finding. involved is what a problem names.
func (run *ruleRun) emit(v *vars, involved []*claim.Claim, claimsExpr *expr) results {
	var out results
	v.lets = run.r.vars
	ok, p := run.evalBool(run.r.when, v, involved...)
	if p != nil {
		out.problems = append(out.problems, *p)
	}
	if !ok {
		return out
	}
	fc := involved
	if claimsExpr != nil {
		val, p := run.eval(claimsExpr, v, involved...)
		if p != nil {
			out.problems = append(out.problems, *p)
			return out
		}
		native, err := val.ConvertToNative(reflect.TypeOf([]*claim.Claim{}))
		if err != nil {
			out.problems = append(out.problems, run.problem(claimsExpr, err, involved))
			return out
		}
		fc = native.([]*claim.Claim)
		if len(fc) == 0 {
			return out
		}
	}
	if run.set.opts.OnlyDrafts && !hasDraft(fc) {
		return out
	}
	val, p := run.eval(run.r.message, v, involved...)
	if p != nil {
		out.problems = append(out.problems, *p)
		return out
	}
	msg, _ := val.Value().(string)
	msg += v.tally
	out.findings = append(out.findings, finding.Finding{
		Rule: run.r.ID, Category: run.r.Category, Severity: run.r.Severity,
		// the fingerprint is the finding's own claims': a new source that
		// backs a side does not make it a new finding (baselines hold)
		Message: msg, Claims: append(fc[:len(fc):len(fc)], v.support...), Fingerprint: Fingerprint(run.r.ID, fc),
	})
	return out
}

func hasDraft(cs []*claim.Claim) bool {
	for _, c := range cs {
		if c.Draft {
			return true
		}
	}
	return false
}

// eval runs one expression, turning an error (including running out of
// budget, or a panic in a library function) into a Problem.
func (run *ruleRun) eval(e *expr, v *vars, involved ...*claim.Claim) (val ref.Val, p *finding.Problem) {
	defer func() {
		if x := recover(); x != nil {
			pr := run.problem(e, fmt.Errorf("panic: %v", x), involved)
			val, p = nil, &pr
		}
	}()
	out, _, err := e.prog.Eval(v)
	if err == nil && types.IsError(out) {
		err = fmt.Errorf("%v", out)
	}
	if err != nil {
		pr := run.problem(e, err, involved)
		return nil, &pr
	}
	return out, nil
}

func (run *ruleRun) evalBool(e *expr, v *vars, involved ...*claim.Claim) (bool, *finding.Problem) {
	val, p := run.eval(e, v, involved...)
	if p != nil {
		return false, p
	}
	b, ok := val.Value().(bool)
	if !ok {
		pr := run.problem(e, fmt.Errorf("want bool, got %s", val.Type().TypeName()), involved)
		return false, &pr
	}
	return b, nil
}

// evalOrder evaluates the rule's order for a claim: a number (int or
// double) its group is sorted by before time.
func (run *ruleRun) evalOrder(v *vars, c *claim.Claim) (float64, *finding.Problem) {
	val, p := run.eval(run.r.order, v, c)
	if p != nil {
		return 0, p
	}
	switch x := val.Value().(type) {
	case int64:
		return float64(x), nil
	case float64:
		return x, nil
	}
	return 0, nil
}

// evalKey returns the claim's keys, sorted and without duplicates or
// empty strings.
func (run *ruleRun) evalKey(v *vars, c *claim.Claim) ([]string, *finding.Problem) {
	e := run.r.key
	val, p := run.eval(e, v, c)
	if p != nil {
		return nil, p
	}
	var ks []string
	if s, ok := val.Value().(string); ok {
		ks = []string{s}
	} else {
		native, err := val.ConvertToNative(reflect.TypeOf([]string{}))
		if err != nil {
			pr := run.problem(e, err, []*claim.Claim{c})
			return nil, &pr
		}
		ks = native.([]string)
	}
	sort.Strings(ks)
	out := ks[:0]
	for i, k := range ks {
		if k != "" && (i == 0 || k != ks[i-1]) {
			out = append(out, k)
		}
	}
	return out, nil
}

func (run *ruleRun) problem(e *expr, err error, involved []*claim.Claim) finding.Problem {
	ids := make([]string, len(involved))
	for i, c := range involved {
		ids[i] = c.ID
	}
	return finding.Problem{
		Path: e.path, Line: e.line, Col: e.col, Rule: run.r.ID, Claims: ids,
		Message: fmt.Sprintf("%s failed on %s: %v", e.field, strings.Join(ids, ", "), err),
	}
}

// Primary is the claim a finding is reported at: its first claim, or in
// drafts-only mode its first draft claim. A verified fact is what a claim
// is checked against, so the finding sits on its first other claim.
func Primary(f finding.Finding, drafts bool) *claim.Claim {
	if len(f.Claims) == 0 {
		return nil
	}
	if drafts {
		for _, c := range f.Claims {
			if c.Draft {
				return c
			}
		}
	}
	for _, c := range f.Claims {
		if !c.Verified {
			return c
		}
	}
	return f.Claims[0]
}

// SortFindings orders findings as Check does: by the primary claim's path,
// line and column, then rule, message and fingerprint. Callers that add
// findings of their own (suppression warnings) re-sort with it.
func SortFindings(fs []finding.Finding, drafts bool) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		pa, pb := Primary(a, drafts), Primary(b, drafts)
		if pa != nil && pb != nil {
			switch {
			case pa.Path != pb.Path:
				return pa.Path < pb.Path
			case pa.Line != pb.Line:
				return pa.Line < pb.Line
			case pa.Col != pb.Col:
				return pa.Col < pb.Col
			}
		}
		switch {
		case a.Rule != b.Rule:
			return a.Rule < b.Rule
		case a.Message != b.Message:
			return a.Message < b.Message
		}
		return a.Fingerprint < b.Fingerprint
	})
}

func sortProblems(ps []finding.Problem) {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		switch {
		case a.Path != b.Path:
			return a.Path < b.Path
		case a.Line != b.Line:
			return a.Line < b.Line
		case a.Col != b.Col:
			return a.Col < b.Col
		case a.Rule != b.Rule:
			return a.Rule < b.Rule
		}
		return a.Message < b.Message
	})
}
