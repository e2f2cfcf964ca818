// Package finding holds what rules produce: findings about claims, and the
// errors met while reading inputs or running rules. Reports print these; no
// package after this one in the pipeline decides what is true.
package finding

import (
	"fmt"
	"strings"

	"github.com/claimcheck/claimcheck/engine/claim"
)

// Severity orders findings for --fail-on.
type Severity string

// The severities, most severe first.
const (
	Error   Severity = "error"
	Warning Severity = "warning"
	Info    Severity = "info"
)

// Rank is larger for more severe levels; unknown levels rank 0.
func (s Severity) Rank() int {
	switch s {
	case Error:
		return 3
	case Warning:
		return 2
	case Info:
		return 1
	}
	return 0
}

// ParseSeverity accepts error, warning and info.
func ParseSeverity(s string) (Severity, error) {
	switch v := Severity(strings.ToLower(s)); v {
	case Error, Warning, Info:
		return v, nil
	}
	return "", fmt.Errorf("unknown severity %q (want error, warning or info)", s)
}

// Category says what kind of disagreement a finding reports.
type Category string

// The categories.
const (
	Contradiction Category = "contradiction" // same fact, same time, different values
	Drift         Category = "drift"         // a figure changing over time: a timeline, not an error
	Stale         Category = "stale"         // stated as current, but superseded by a newer source
	Other         Category = "other"
)

// ParseCategory accepts the four categories.
func ParseCategory(s string) (Category, error) {
	switch v := Category(s); v {
	case Contradiction, Drift, Stale, Other:
		return v, nil
	}
	return "", fmt.Errorf("unknown category %q (want contradiction, drift, stale or other)", s)
}

// Finding is one rule's verdict on one claim, pair or series of claims.
type Finding struct {
	Rule     string   `json:"rule"`
	Category Category `json:"category"`
	Severity Severity `json:"severity"`
	Message  string   `json:"message"`
	// Claims are the claims involved, in the order the rule saw them (a
	// pair's two sides, or a series in time order). Reports print each one's
	// sentence; a drift finding's claims are its timeline.
	Claims []*claim.Claim `json:"-"`
	// Fingerprint identifies the finding across edits elsewhere in a file:
	// built from the rule id and the claims' content, never line numbers.
	Fingerprint string `json:"fingerprint"`
	// Suppressed is set when an in-draft comment silenced the finding.
	Suppressed string `json:"-"`
}

// Problem is an error met while reading an input, loading a rule or running
// one: it goes into the report's "errors" and the run goes on.
type Problem struct {
	Path    string   `json:"path"`
	Line    int      `json:"line,omitempty"`
	Col     int      `json:"col,omitempty"`
	Rule    string   `json:"rule,omitempty"`
	Claims  []string `json:"claims,omitempty"` // ids of the claims a rule failed on
	Message string   `json:"message"`
	// Context is the whole message for terminals: "path:line:col: message",
	// the offending source line and a caret under the column. Machine
	// formats leave it out.
	Context string `json:"-"`
}

// Error formats the problem as "path:line:col: message", compiler style.
func (p Problem) Error() string {
	var b strings.Builder
	b.WriteString(p.Path)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
		if p.Col > 0 {
			fmt.Fprintf(&b, ":%d", p.Col)
		}
	}
	if b.Len() > 0 {
		b.WriteString(": ") // a problem of no file has no place to print, not an empty one
	}
	if p.Rule != "" {
		fmt.Fprintf(&b, "rule %s: ", p.Rule)
	}
	b.WriteString(p.Message)
	return b.String()
}

// Notice says that a run stopped short of some work on purpose, at a
// stated and configurable limit (a file too large, a sentence too long, a
// key group too big to pair): the rest of the run went on. A notice is
// not an error and does not change the exit status.
type Notice struct {
	Path    string `json:"path"`
	Line    int    `json:"line,omitempty"`
	Rule    string `json:"rule,omitempty"`
	Limit   string `json:"limit"` // the setting that stopped the work, as in .claimcheck.toml's [limits]
	Message string `json:"message"`
}

// String formats the notice as "path:line: notice: message (limit NAME)".
func (n Notice) String() string {
	var b strings.Builder
	b.WriteString(n.Path)
	if n.Line > 0 {
		fmt.Fprintf(&b, ":%d", n.Line)
	}
	b.WriteString(": notice: ")
	if n.Rule != "" {
		fmt.Fprintf(&b, "rule %s: ", n.Rule)
	}
	b.WriteString(n.Message)
	if n.Limit != "" {
		fmt.Fprintf(&b, " (limit %s)", n.Limit)
	}
	return b.String()
}
