// Package baseline records known findings so a check reports only new ones,
// as golangci-lint's new-from-rev or Semgrep's baselines do: a newsroom
// adopting claimcheck on an existing archive accepts today's findings once
// and from then on sees only what a change introduces.
//
// Findings are matched by fingerprint, which the rules engine builds from the
// rule id and the claims' content, never from line numbers, so editing
// elsewhere in a file does not resurrect a baselined finding.
package baseline

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"

	"github.com/claimcheck/claimcheck/engine/finding"
	"github.com/claimcheck/claimcheck/internal/atomicfile"
)

// Schema names the baseline file format.
const Schema = "claimcheck/baseline/v1"

// Entry is one accepted finding. Rule and message are kept for people
// reading the file in review; only the fingerprint is matched.
type Entry struct {
	Fingerprint string `json:"fingerprint"`
	Rule        string `json:"rule"`
	Message     string `json:"message"`
}

// Baseline is a set of accepted findings.
type Baseline struct {
	Schema  string  `json:"schema"`
	Entries []Entry `json:"findings"`
	known   map[string]bool
}

// New builds a baseline from findings, sorted so that the file diffs well.
func New(findings []finding.Finding) *Baseline {
	b := &Baseline{Schema: Schema, Entries: []Entry{}}
	seen := map[string]bool{}
	for _, f := range findings {
		if seen[f.Fingerprint] {
			continue
		}
		seen[f.Fingerprint] = true
		b.Entries = append(b.Entries, Entry{Fingerprint: f.Fingerprint, Rule: f.Rule, Message: f.Message})
	}
	sort.Slice(b.Entries, func(i, j int) bool {
		if b.Entries[i].Rule != b.Entries[j].Rule {
			return b.Entries[i].Rule < b.Entries[j].Rule
		}
		return b.Entries[i].Fingerprint < b.Entries[j].Fingerprint
	})
	b.known = seen
	return b
}

// Load reads a baseline file.
func Load(path string) (*Baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("baseline: %w", err)
	}
	var b Baseline
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, fmt.Errorf("baseline %s: %w", path, err)
	}
	if b.Schema != Schema {
		return nil, fmt.Errorf("baseline %s: schema %q, want %q", path, b.Schema, Schema)
	}
	b.known = make(map[string]bool, len(b.Entries))
	for _, e := range b.Entries {
		b.known[e.Fingerprint] = true
	}
	return &b, nil
}

// Write saves the baseline atomically (a new file beside it, then a rename),
// so an interrupted run never leaves a truncated baseline, and with the
// permissions of any file the user writes (0644 under umask 022).
func (b *Baseline) Write(path string) error {
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return err
	}
	data = append(data, '\n')
	if err := atomicfile.WriteFile(path, data); err != nil {
		return fmt.Errorf("baseline: %w", err)
	}
	return nil
}

// Filter returns the findings not in the baseline, and how many were.
func (b *Baseline) Filter(findings []finding.Finding) (kept []finding.Finding, known int) {
	kept = findings[:0:0]
	for _, f := range findings {
		if b.known[f.Fingerprint] {
			known++
			continue
		}
		kept = append(kept, f)
	}
	return kept, known
}
