package pipeline

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/finding"
	"github.com/claimcheck/claimcheck/engine/lexicon"
	"github.com/claimcheck/claimcheck/engine/report"
	"github.com/claimcheck/claimcheck/engine/rule"
	"github.com/claimcheck/claimcheck/rules"
)

// loadRules reads the default pack (unless left out) and the user's rule
// paths, and checks that overrides name rules that exist.
func loadRules(cfg Config, lex *lexicon.Lexicon) (*rule.Set, []finding.Problem) {
	var srcs []rule.Source
	if !cfg.NoDefaultRules {
		pack, err := rule.SourcesFS(rules.FS, "rules")
		if err != nil {
			return nil, asProblems(err)
		}
		srcs = append(srcs, pack...)
	}
	user, err := rule.SourcesPaths(cfg.Rules...)
	if err != nil {
		return nil, asProblems(err)
	}
	user = onceEach(user)
	srcs = append(withoutCopies(srcs, user), user...)
	set, diags := rule.Load(srcs, rule.Options{Places: lex, OnlyDrafts: cfg.OnlyDrafts, MaxGroupEvals: cfg.Limits.MaxGroupEvaluations})
	if len(diags) > 0 {
		var out []finding.Problem
		for _, d := range diags {
			p := d.Problem
			p.Context = d.String()
			out = append(out, p)
		}
		return nil, out
	}
	known := map[string]bool{}
	for _, r := range set.Rules() {
		known[r.ID] = true
	}
	var problems []finding.Problem
	for id := range cfg.Severity {
		if !known[id] {
			problems = append(problems, finding.Problem{Message: fmt.Sprintf("severity override for unknown rule %q", id)})
		}
	}
	for _, id := range cfg.Disabled {
		if !known[id] {
			problems = append(problems, finding.Problem{Message: fmt.Sprintf("disable: unknown rule %q", id)})
		}
	}
	return set, problems
}

// enabled is the rule set without the disabled rules, which then cost
// nothing.
func (e *Engine) enabled() *rule.Set {
	if len(e.cfg.Disabled) == 0 {
		return e.rules
	}
	return e.rules.Select(func(r *rule.Rule) bool { return !contains(e.cfg.Disabled, r.ID) })
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// adjust applies the configuration's disabled rules and severity overrides.
func (e *Engine) adjust(findings []finding.Finding) []finding.Finding {
	disabled := map[string]bool{}
	for _, id := range e.cfg.Disabled {
		disabled[id] = true
	}
	out := findings[:0]
	for _, f := range findings {
		if disabled[f.Rule] {
			continue
		}
		if s, ok := e.cfg.Severity[f.Rule]; ok {
			f.Severity = s
		}
		out = append(out, f)
	}
	return out
}

func ruleInfo(set *rule.Set) []report.RuleInfo {
	var out []report.RuleInfo
	for _, r := range set.Rules() {
		out = append(out, report.RuleInfo{ID: r.ID, Category: r.Category, Severity: r.Severity,
			Summary: r.Summary, Help: r.Help, File: r.Path, Line: r.Line})
	}
	return out
}

// withoutCopies drops the pack files a user file is a copy of, byte for
// byte: "rules test rules/" in the repository names the pack's own files,
// which are then loaded once, from disk. A user file that only shares a
// pack file's name is the user's own, and a rule id it repeats is the
// duplicate it looks like.
func withoutCopies(pack, user []rule.Source) []rule.Source {
	var kept []rule.Source
	for _, p := range pack {
		copied := false
		for _, u := range user {
			copied = copied || bytes.Equal(p.Data, u.Data)
		}
		if !copied {
			kept = append(kept, p)
		}
	}
	return kept
}

// onceEach keeps the first of sources that name one file (a folder in
// .claimcheck.toml and again on the command line).
func onceEach(srcs []rule.Source) []rule.Source {
	abs := absPaths()
	seen := map[string]bool{}
	var out []rule.Source
	for _, s := range srcs {
		if p := abs(s.Path); !seen[p] {
			seen[p] = true
			out = append(out, s)
		}
	}
	return out
}

// from narrows the loaded rules to those written in files (rule files or
// folders, as given to "rules test" and "rules list"); all of them when
// files is empty.
func (e *Engine) from(files []string) (*rule.Set, error) {
	if len(files) == 0 {
		return e.rules, nil
	}
	srcs, err := rule.SourcesPaths(files...)
	if err != nil {
		return nil, err
	}
	in := map[string]bool{}
	for _, s := range srcs {
		in[s.Path] = true
	}
	return e.rules.Select(func(r *rule.Rule) bool { return in[r.Path] }), nil
}

// ListRules prints the loaded rules, as "claimcheck rules list".
func (e *Engine) ListRules(w io.Writer, format string, files ...string) error {
	set, err := e.from(files)
	if err != nil {
		return err
	}
	infos := ruleInfo(set)
	if format == "json" {
		type row struct {
			ID       string           `json:"id"`
			Category finding.Category `json:"category"`
			Severity finding.Severity `json:"severity"`
			Summary  string           `json:"summary"`
			File     string           `json:"file"`
			Line     int              `json:"line"`
		}
		rows := []row{}
		for _, r := range infos {
			rows = append(rows, row{r.ID, r.Category, e.severity(r), r.Summary, r.File, r.Line})
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Schema string `json:"schema"`
			Rules  []row  `json:"rules"`
		}{"claimcheck/rules/v1", rows})
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tCATEGORY\tSEVERITY\tSUMMARY\tFILE")
	for _, r := range infos {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s:%d\n", r.ID, r.Category, e.severity(r), r.Summary, r.File, r.Line)
	}
	return tw.Flush()
}

func (e *Engine) severity(r report.RuleInfo) finding.Severity {
	if s, ok := e.cfg.Severity[r.ID]; ok {
		return s
	}
	return r.Severity
}

// TestRules runs the tests inside the loaded rule files, as "claimcheck
// rules test", or only those of the rules written in files when some are
// given; tests written as article text go through the real reader and
// extractor, so a rule test also checks what extraction makes of it.
func (e *Engine) TestRules(w io.Writer, format string, files ...string) (bool, error) {
	set, err := e.from(files)
	if err != nil {
		return false, err
	}
	results := set.RunTests(rule.TestOptions{Extract: e.ExtractText})
	if format == "json" {
		ok := true
		for _, r := range results {
			ok = ok && !r.Failed()
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return ok, enc.Encode(struct {
			Schema  string            `json:"schema"`
			Passed  bool              `json:"passed"`
			Results []rule.TestResult `json:"results"`
		}{"claimcheck/rules-test/v1", ok, results})
	}
	return rule.PrintTests(w, results), nil
}

// ExtractText reads text as one article published on the given date and
// returns its claims: what rule tests written as prose need.
func (e *Engine) ExtractText(text string, published time.Time) ([]*claim.Claim, error) {
	return e.extractor.Text("test", text, published)
}
