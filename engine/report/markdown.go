package report

import (
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/finding"
)

// Markdown for $GITHUB_STEP_SUMMARY and pull-request comments: a summary
// line, the input and rule errors, then each unsuppressed finding with
// every side quoted (the focus in bold) above its source, and a drift
// finding's timeline as a table. Article text is untrusted: it is escaped so
// it cannot open links, images, HTML, math or mentions.
//
// GitHub caps a step summary at 1 MiB and a comment at 65536 characters:
// the output stays under Options.MaxBytes (DefaultMarkdownBudget when 0) by
// leaving out whole findings, and says so.

// DefaultMarkdownBudget keeps a step summary under GitHub's 1 MiB limit
// with room to spare for other steps' output.
const DefaultMarkdownBudget = 1_000_000

// mdReserve is kept free for the truncation note and the footer.
const mdReserve = 1024

func writeMarkdown(w io.Writer, r *Report, opt Options) error {
	budget := opt.MaxBytes
	if budget <= 0 {
		budget = DefaultMarkdownBudget
	}
	budget = max(budget, 2*mdReserve)
	pl := newPlacer(r)
	c := r.counts()

	var b strings.Builder
	title := "no findings"
	if n := c.findings(); n > 0 {
		title = plural(n, "finding", "findings")
	}
	fmt.Fprintf(&b, "## claimcheck: %s\n\n%s.\n", title, mdEscape(c.summaryLine()))

	if undated := r.undated(); len(undated) > 0 {
		var paths []string
		for i, a := range undated {
			if i == maxUndatedNotes {
				paths = append(paths, fmt.Sprintf("and %d more", len(undated)-i))
				break
			}
			paths = append(paths, mdCode(a.Path))
		}
		fmt.Fprintf(&b, "\nUndated: %s. Their relative times (\"on Sunday\", \"last year\") stay unresolved; give a date in front matter, a `NAME.meta.toml` sidecar or `--published`.\n",
			strings.Join(paths, ", "))
	}

	// Blocks (an error line, a finding) are added whole, in order, while
	// they fit; the rest are only counted.
	total, kept := 0, 0
	full := false
	add := func(blk func() string) {
		total++
		if full {
			return
		}
		s := blk()
		if b.Len()+len(s)+mdReserve > budget {
			full = true
			return
		}
		b.WriteString(s)
		kept++
	}
	if len(r.Problems) > 0 {
		b.WriteString("\n### Input and rule errors\n\n")
		for _, p := range r.Problems {
			add(func() string {
				return "- " + mdCode(pos(p.Path, p.Line, p.Col)) + ": " + mdEscape(problemText(p)) + "\n"
			})
		}
	}
	shown := 0
	for i := range r.Findings {
		f := &r.Findings[i]
		if f.Suppressed != "" {
			continue
		}
		shown++
		n := shown
		add(func() string { return mdFinding(n, f, pl) })
	}

	if kept < total {
		fmt.Fprintf(&b, "\n> [!WARNING]\n> Truncated: %d of %d entries left out to keep this summary under %d bytes (GitHub allows 1 MiB in a step summary, 65536 characters in a comment). See the full report: `claimcheck check --format text`, or the SARIF and JSON outputs.\n",
			total-kept, total, budget)
	}
	foot := fmt.Sprintf("exit status %d (fail on %s)", r.ExitCode(), failOnName(r.FailOn))
	if opt.ToolVersion != "" {
		foot = "claimcheck " + mdEscape(opt.ToolVersion) + " · " + foot
	}
	fmt.Fprintf(&b, "\n<sub>%s</sub>\n", foot)
	_, err := io.WriteString(w, b.String())
	return err
}

func mdFinding(n int, f *finding.Finding, pl *placer) string {
	var b strings.Builder
	cs := claims(f)
	fmt.Fprintf(&b, "\n### %d. %s: %s\n\n", n, f.Severity, mdEscape(oneLine(f.Message)))
	where := ""
	if c := primary(cs); c != nil {
		foc := pl.of(c).Focus
		where = " · " + mdCode(pos(c.Path, foc.Line, foc.Col))
	}
	fmt.Fprintf(&b, "%s · %s%s\n", mdCode(f.Rule), f.Category, where)
	if f.Category == finding.Drift && len(cs) > 1 {
		b.WriteString("\n| as of | amount | source |\n|---|---|---|\n")
		for _, st := range timeline(cs) {
			c := st.Claim
			foc := pl.of(c).Focus
			fmt.Fprintf(&b, "| %s | %s | %s, %s |\n", mdCell(whenWords(c)), mdCell(strings.ReplaceAll(st.Amount, " -> ", " → ")), mdCell(byline(c)), mdCode(pos(c.Path, foc.Line, foc.Col)))
		}
	}
	for _, g := range bySentence(quoted(f)) {
		b.WriteString("\n" + mdQuote(g, pl) + "\n")
	}
	return b.String()
}

// mdQuote is a sentence as a blockquote with the focus of each of its
// claims in bold, then its source.
func mdQuote(g []*claim.Claim, pl *placer) string {
	c := g[0]
	p := pl.of(c)
	text, ranges := pl.shown(g)
	sort.Slice(ranges, func(i, j int) bool { return ranges[i][0] < ranges[j][0] })
	var b strings.Builder
	at := 0
	for _, r := range ranges {
		from, to := max(r[0], at), r[1]
		if from >= to {
			continue // overlaps a range already bold
		}
		b.WriteString(mdEscape(foldSpace(text[at:from])))
		focus := text[from:to]
		// Whitespace at the focus's edges stays outside the bold part.
		if strings.TrimLeft(focus, " \t\r\n") != focus {
			b.WriteByte(' ')
		}
		b.WriteString("<b>" + mdEscape(oneLine(focus)) + "</b>")
		if strings.TrimRight(focus, " \t\r\n") != focus {
			b.WriteByte(' ')
		}
		at = to
	}
	b.WriteString(mdEscape(foldSpace(text[at:])))
	src := byline(c)
	if c.Draft {
		src += " (draft)"
	}
	return "> " + strings.TrimSpace(mdLineStart(b.String())) + "\n>\n> — " + mdEscape(src) + ", " + mdCode(pos(c.Path, p.Focus.Line, p.Focus.Col))
}

// foldSpace folds whitespace runs to one space, keeping a single space at
// either end when there was one, unlike oneLine.
func foldSpace(s string) string {
	if s == "" {
		return s
	}
	out := oneLine(s)
	isSpace := func(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }
	if isSpace(s[0]) && out != "" {
		out = " " + out
	}
	if isSpace(s[len(s)-1]) {
		out += " "
	}
	if out == "" && s != "" {
		return " "
	}
	return out
}

var mdEscaper = strings.NewReplacer(
	"&", "&amp;", "<", "&lt;", ">", "&gt;",
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"|", `\|`, "~", `\~`, "$", `\$`, "!", `\!`,
	// A zero-width space after "@" keeps quoted text from mentioning users.
	"@", "@&#8203;",
	"\r", " ", "\n", " ",
)

// mdEscape makes untrusted text literal inline Markdown.
func mdEscape(s string) string { return mdEscaper.Replace(s) }

var mdBlockStart = regexp.MustCompile(`^(#|\+|-|=|\d+[.)])`)

// mdLineStart escapes what would make a line a heading or list item.
func mdLineStart(s string) string {
	if m := mdBlockStart.FindStringIndex(s); m != nil {
		return s[:m[1]-1] + `\` + s[m[1]-1:]
	}
	return s
}

// mdCell is escaped text for a table cell.
func mdCell(s string) string { return mdEscape(oneLine(s)) }

// mdCode is s as a code span when it is safe as one, else escaped text.
func mdCode(s string) string {
	if strings.ContainsAny(s, "`|\r\n") || s == "" {
		return mdEscape(s)
	}
	return "`" + s + "`"
}
