package rule

import (
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/claimcheck/claimcheck/engine/finding"
)

// Info is what `claimcheck rules list` shows of a rule, with JSON names.
type Info struct {
	ID       string           `json:"id"`
	Category finding.Category `json:"category"`
	Severity finding.Severity `json:"severity"`
	Scope    Scope            `json:"scope"`
	Summary  string           `json:"summary"`
	Help     string           `json:"help,omitempty"`
	URL      string           `json:"url,omitempty"`
	Path     string           `json:"path"`
	Line     int              `json:"line"`
	Col      int              `json:"col"`
	Tests    int              `json:"tests"`
}

// Info describes the rule for listings.
func (r *Rule) Info() Info {
	return Info{
		ID: r.ID, Category: r.Category, Severity: r.Severity, Scope: r.Scope,
		Summary: r.Summary, Help: r.Help, URL: r.URL,
		Path: r.Path, Line: r.Line, Col: r.Col, Tests: len(r.Tests),
	}
}

// PrintRules writes one row per rule: id, category, severity, scope,
// location and summary.
func PrintRules(w io.Writer, rules []*Rule) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "RULE\tCATEGORY\tSEVERITY\tSCOPE\tLOCATION\tSUMMARY")
	for _, r := range rules {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", r.ID, r.Category, r.Severity, r.Scope, r.Location(), r.Summary)
	}
	return tw.Flush()
}

// Select is a set with the same options holding only the rules keep
// accepts, in load order: disabled rules then cost nothing, and a
// benchmark can time one rule alone.
func (s *Set) Select(keep func(*Rule) bool) *Set {
	out := &Set{opts: s.opts}
	for _, r := range s.rules {
		if keep(r) {
			out.rules = append(out.rules, r)
		}
	}
	return out
}
