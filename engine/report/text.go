package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/finding"
)

// The text format, compiler style:
//
//	path:line:col: severity: message [rule-id]
//	    Outlet, 2020-06-12, path:line:col
//	    | the sentence, wrapped to the width,
//	    |               ^^^^^^^^
//
// Positions point at each claim's focus; columns count characters. A drift
// finding first prints its timeline as a table. Problems print first, as
// "path:line:col: error: message"; notes on undated articles and a summary
// line come last.

const (
	indent      = "    "
	gutter      = "    | "
	maxSentence = 6 // wrapped lines shown per sentence; longer ones are cut around the focus
)

type palette struct{ on bool }

func (p palette) wrap(code, s string) string {
	if !p.on || s == "" {
		return s
	}
	return "\x1b[" + code + "m" + s + "\x1b[0m"
}

func (p palette) severity(s finding.Severity, text string) string {
	switch s {
	case finding.Error:
		return p.wrap("1;31", text)
	case finding.Warning:
		return p.wrap("1;33", text)
	}
	return p.wrap("1;36", text)
}

func writeText(w io.Writer, r *Report, opt Options) error {
	bw := bufio.NewWriter(w)
	t := textWriter{w: bw, pl: newPlacer(r), pal: palette{opt.Color}, width: opt.Width}
	if t.width <= 0 {
		t.width = 80
	}
	for _, p := range r.Problems {
		t.problem(p)
	}
	wrote := len(r.Problems) > 0
	for i := range r.Findings {
		if f := &r.Findings[i]; f.Suppressed == "" {
			if wrote {
				bw.WriteString("\n") // findings span several lines: a blank line between them
			}
			t.finding(f)
			wrote = true
		}
	}
	if wrote {
		bw.WriteString("\n")
	}
	undated := r.undated()
	for i, a := range undated {
		if i == maxUndatedNotes {
			fmt.Fprintf(bw, "claimcheck: note: and %d more undated articles\n", len(undated)-i)
			break
		}
		fmt.Fprintf(bw, "%s: %s: %s\n", t.pal.wrap("1", clean(a.Path)), t.pal.wrap("1;36", "note"), undatedNote)
	}
	fmt.Fprintln(bw, t.pal.wrap("1", r.counts().summaryLine()))
	return bw.Flush()
}

type textWriter struct {
	w     *bufio.Writer
	pl    *placer
	pal   palette
	width int
}

func (t *textWriter) problem(p finding.Problem) {
	msg := p.Message
	if p.Rule != "" {
		msg = "rule " + p.Rule + ": " + msg
	}
	where := pos(p.Path, p.Line, p.Col)
	if where == "" {
		where = "claimcheck"
	}
	fmt.Fprintf(t.w, "%s: %s: %s\n", t.pal.wrap("1", clean(where)), t.pal.severity(finding.Error, "error"), clean(msg))
}

func (t *textWriter) finding(f *finding.Finding) {
	cs := claims(f)
	where := "claimcheck" // a finding without claims has no place; say who speaks, as compilers do
	if c := primary(cs); c != nil {
		foc := t.pl.of(c).Focus
		where = pos(c.Path, foc.Line, foc.Col)
	}
	fmt.Fprintf(t.w, "%s: %s: %s %s\n", t.pal.wrap("1", clean(where)), t.pal.severity(f.Severity, string(f.Severity)),
		clean(f.Message), t.pal.wrap("2", "["+clean(f.Rule)+"]"))
	if f.Category == finding.Drift && len(cs) > 1 {
		t.timeline(cs)
	}
	for _, g := range bySentence(quoted(f)) {
		t.sentence(g, f.Severity)
	}
}

// timeline prints a drift series as an aligned table.
func (t *textWriter) timeline(cs []*claim.Claim) {
	rows := [][3]string{{"as of", "amount", "source"}}
	for _, st := range timeline(cs) {
		c := st.Claim
		foc := t.pl.of(c).Focus
		rows = append(rows, [3]string{whenWords(c), clean(st.Amount), clean(byline(c) + ", " + pos(c.Path, foc.Line, foc.Col))})
	}
	var w [2]int
	for _, row := range rows {
		w[0], w[1] = max(w[0], width(row[0])), max(w[1], width(row[1]))
	}
	for i, row := range rows {
		line := indent + padCells(row[0], w[0]) + "  " + padCells(row[1], w[1]) + "  " + row[2]
		if i == 0 {
			line = t.pal.wrap("1", line)
		}
		fmt.Fprintln(t.w, line)
	}
}

// sentence prints a sentence's source and the sentence, wrapped, with the
// focus of each of its claims underlined.
func (t *textWriter) sentence(g []*claim.Claim, sev finding.Severity) {
	c := g[0]
	pl := t.pl.of(c)
	src := byline(c)
	if c.Draft {
		src += " (draft)"
	}
	fmt.Fprintf(t.w, "%s%s, %s\n", indent, clean(src), clean(pos(c.Path, pl.Focus.Line, pl.Focus.Col)))
	text, ranges := t.pl.shown(g)
	lines := shape(text, ranges, t.width-len(gutter))
	first, last := window(lines)
	if first > 0 {
		fmt.Fprintln(t.w, gutter+"…")
	}
	for _, ln := range lines[first:last] {
		fmt.Fprintln(t.w, strings.TrimRight(gutter+lineText(ln), " "))
		if u := underline(ln); u != "" {
			carets := strings.TrimLeft(u, " ")
			fmt.Fprintln(t.w, gutter+u[:len(u)-len(carets)]+t.pal.severity(sev, carets))
		}
	}
	if last < len(lines) {
		fmt.Fprintln(t.w, gutter+"…")
	}
}

// window picks which wrapped lines of a long sentence to show: all of a
// short one, else maxSentence lines starting one line before the focus.
func window(lines [][]glyph) (int, int) {
	if len(lines) <= maxSentence {
		return 0, len(lines)
	}
	focus := 0
	for i, ln := range lines {
		if underline(ln) != "" {
			focus = i
			break
		}
	}
	first := max(focus-1, 0)
	last := min(first+maxSentence, len(lines))
	return max(last-maxSentence, 0), last
}
