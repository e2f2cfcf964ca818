// Package report prints the result of a claimcheck run for people and for
// CI: compiler-style text, the JSON of CONTRACT.md, SARIF 2.1.0 for code
// scanning, JUnit XML, GitHub workflow annotations and a Markdown summary.
//
// Every format reads the same Report and is deterministic: the same Report
// gives the same bytes (no map iteration order, no clock; the tool version
// comes from Options).
//
// Positions. Lines are 1-based. Columns are 1-based and count characters
// (Unicode code points), never bytes, in every format: SARIF says so with
// columnKind "unicodeCodePoints", the JSON Schema says so in its
// descriptions. Where a format has an end column, it is exclusive (the
// column just after the span) except in GitHub annotations, whose endColumn
// is the last character. Byte offsets ("start", "end") appear only in JSON.
//
// Suppressed findings (Finding.Suppressed set by an in-draft comment) never
// fail a run: JSON and SARIF keep them, marked; text, GitHub and Markdown
// only count them; JUnit lists them in system-out.
package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/finding"
)

// Never is the FailOn value that makes findings never fail a run.
const Never finding.Severity = "never"

// Report is everything one "claimcheck check" run has to say.
type Report struct {
	Command  string            // "check"
	Findings []finding.Finding // sorted by the engine; printed in this order
	Problems []finding.Problem // input, rule and configuration errors
	// Notices say where a run skipped work at a limit (a sentence cut, a key
	// group left unfinished); not errors. The CLI prints them on stderr.
	Notices  []finding.Notice
	Articles []ArticleInfo    // every article read, in a stable order
	Rules    []RuleInfo       // every rule loaded, in a stable order
	FailOn   finding.Severity // error (the default when empty), warning, info or Never
	// Baselined is how many findings a baseline hid (--baseline): the
	// summary says so, so a quiet report is not mistaken for a clean one.
	Baselined int
	// Facts is how many verified facts the run checked against (check
	// --facts); they are claims, not articles.
	Facts int
	// Source returns a file's original bytes. Optional: used only when a
	// claim arrives without its sentence text.
	Source func(path string) ([]byte, error)
}

// ArticleInfo describes one article read.
type ArticleInfo struct {
	ID        string
	Path      string // as given on the command line
	Title     string
	Outlet    string
	Published string // YYYY-MM-DD, empty when undated
	Dated     bool
	Draft     bool // a DRAFT of "check DRAFT --against ARCHIVE"
	Claims    int  // claims extracted from it
}

// RuleInfo describes one rule loaded.
type RuleInfo struct {
	ID       string
	Category finding.Category
	Severity finding.Severity
	Summary  string // one line
	Help     string // longer explanation, Markdown allowed
	File     string // the rule file, for "rules list" and SARIF
	Line     int
}

// Options tune how a report is printed; none changes what it says.
type Options struct {
	Color       bool   // ANSI colour in text output (the CLI decides: terminal and NO_COLOR)
	Width       int    // text output wraps sentences to this many cells; 0 means 80
	ToolVersion string // printed in SARIF and JUnit; empty means unknown
	// BaseURI is the absolute file URI (ending in "/") that relative paths
	// are relative to, written as SARIF originalUriBaseIds["%SRCROOT%"].
	BaseURI string
	// MaxBytes caps the Markdown summary; 0 means DefaultMarkdownBudget.
	// A pull-request comment needs about 60000 (GitHub allows 65536
	// characters).
	MaxBytes int
}

type writer func(w io.Writer, r *Report, opt Options) error

// formats in the order they are documented.
var formats = []struct {
	name  string
	write writer
}{
	{"text", writeText},
	{"json", writeJSON},
	{"sarif", writeSARIF},
	{"junit", writeJUnit},
	{"github", writeGitHub},
	{"markdown", writeMarkdown},
	{"html", writeHTML},
}

// Formats lists the format names Write accepts, in documentation order.
func Formats() []string {
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.name
	}
	return names
}

// Write prints r to w in the named format.
func Write(w io.Writer, format string, r *Report, opt Options) error {
	for _, f := range formats {
		if f.name == format {
			return f.write(w, r, opt)
		}
	}
	return fmt.Errorf("unknown report format %q (want %s)", format, strings.Join(Formats(), ", "))
}

// ExitCode is the process exit status CONTRACT.md gives for this report: 2
// when there were input or rule errors, else 1 when an unsuppressed finding
// is at or above FailOn, else 0.
func (r *Report) ExitCode() int {
	if len(r.Problems) > 0 {
		return 2
	}
	if r.failing() > 0 {
		return 1
	}
	return 0
}

// failing counts the unsuppressed findings at or above FailOn.
func (r *Report) failing() int {
	if r.FailOn == Never {
		return 0
	}
	limit := r.FailOn.Rank()
	if limit == 0 {
		limit = finding.Error.Rank()
	}
	n := 0
	for i := range r.Findings {
		f := &r.Findings[i]
		if f.Suppressed == "" && f.Severity.Rank() >= limit {
			n++
		}
	}
	return n
}

// undatedNote is what every format says about an article without a
// publication date (CONTRACT.md: "the report says so").
const undatedNote = "undated article: relative times (\"on Sunday\", \"last year\") stay unresolved; give its date in front matter, a NAME.meta.toml sidecar or --published"

// maxUndatedNotes caps the per-article notes in text, GitHub and Markdown
// output; an archive of undated scrapes would otherwise bury the findings.
const maxUndatedNotes = 5

// undated lists the articles without a publication date, in report order.
func (r *Report) undated() []ArticleInfo {
	var out []ArticleInfo
	for _, a := range r.Articles {
		if !a.Dated {
			out = append(out, a)
		}
	}
	return out
}

// counts is the summary every format prints.
type counts struct {
	Articles, Claims            int
	Facts                       int // verified facts checked against
	Undated                     int // articles without a publication date
	Error, Warning, Info, Other int // unsuppressed findings by severity
	Suppressed                  int
	Problems                    int
	Baselined                   int // hidden by a baseline
}

func (c counts) findings() int { return c.Error + c.Warning + c.Info + c.Other }

func (r *Report) counts() counts {
	c := counts{Articles: len(r.Articles), Facts: r.Facts, Problems: len(r.Problems), Baselined: r.Baselined}
	for _, a := range r.Articles {
		c.Claims += a.Claims
		if !a.Dated {
			c.Undated++
		}
	}
	for i := range r.Findings {
		f := &r.Findings[i]
		switch {
		case f.Suppressed != "":
			c.Suppressed++
		case f.Severity == finding.Error:
			c.Error++
		case f.Severity == finding.Warning:
			c.Warning++
		case f.Severity == finding.Info:
			c.Info++
		default:
			c.Other++
		}
	}
	return c
}

// summaryLine is the one-line summary of text, GitHub and Markdown output:
// "3 findings (1 error, 1 warning, 1 info) in 5 articles, 42 claims; no input or rule errors".
func (c counts) summaryLine() string {
	var b strings.Builder
	b.WriteString(plural(c.findings(), "finding", "findings"))
	var parts []string
	if c.findings() > 0 {
		parts = append(parts, plural(c.Error, "error", "errors"), plural(c.Warning, "warning", "warnings"), fmt.Sprintf("%d info", c.Info))
		if c.Other > 0 {
			parts = append(parts, fmt.Sprintf("%d other", c.Other))
		}
	}
	if c.Suppressed > 0 {
		parts = append(parts, fmt.Sprintf("%d suppressed", c.Suppressed))
	}
	if len(parts) > 0 {
		b.WriteString(" (" + strings.Join(parts, ", ") + ")")
	}
	b.WriteString(" in " + plural(c.Articles, "article", "articles"))
	if c.Undated > 0 {
		fmt.Fprintf(&b, " (%d undated)", c.Undated)
	}
	fmt.Fprintf(&b, ", %s", plural(c.Claims, "claim", "claims"))
	if c.Facts > 0 {
		fmt.Fprintf(&b, ", %s", plural(c.Facts, "verified fact", "verified facts"))
	}
	b.WriteString("; ")
	if c.Problems == 0 {
		b.WriteString("no input or rule errors")
	} else {
		b.WriteString(plural(c.Problems, "input or rule error", "input or rule errors"))
	}
	if c.Baselined > 0 {
		fmt.Fprintf(&b, "; %s hidden by the baseline", plural(c.Baselined, "finding", "findings"))
	}
	return b.String()
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// primary is the claim a finding is reported at: the first claim from a
// draft (what a pre-publish check is about), else the first claim that is
// not a verified fact (what was checked against it), else the first claim;
// nil when there is none.
func primary(cs []*claim.Claim) *claim.Claim {
	for _, c := range cs {
		if c.Draft {
			return c
		}
	}
	for _, c := range cs {
		if !c.Verified {
			return c
		}
	}
	if len(cs) == 0 {
		return nil
	}
	return cs[0]
}

// quoted orders a finding's claims for quoting: the primary claim first
// (the header points at it), then the others as the rule gave them; a drift
// series keeps its time order.
func quoted(f *finding.Finding) []*claim.Claim {
	cs := claims(f)
	p := primary(cs)
	if f.Category == finding.Drift || p == nil || p == cs[0] {
		return cs
	}
	out := []*claim.Claim{p}
	for _, c := range cs {
		if c != p {
			out = append(out, c)
		}
	}
	return out
}

// claims returns f's non-nil claims, so no format has to guard against a
// rule that produced a hole.
func claims(f *finding.Finding) []*claim.Claim {
	out := make([]*claim.Claim, 0, len(f.Claims))
	for _, c := range f.Claims {
		if c != nil {
			out = append(out, c)
		}
	}
	return out
}

// ruleIndex maps rule ids to their RuleInfo, adding a bare entry for any
// rule a finding names but Rules lacks, so SARIF's ruleIndex and JUnit's
// testcases always resolve. Order: Rules first, then first use.
func (r *Report) ruleList() []RuleInfo {
	rules := append([]RuleInfo(nil), r.Rules...)
	seen := make(map[string]bool, len(rules))
	for _, ru := range rules {
		seen[ru.ID] = true
	}
	for i := range r.Findings {
		f := &r.Findings[i]
		if !seen[f.Rule] {
			seen[f.Rule] = true
			rules = append(rules, RuleInfo{ID: f.Rule, Category: f.Category, Severity: f.Severity})
		}
	}
	return rules
}
