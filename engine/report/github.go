package report

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// GitHub Actions workflow commands: one annotation per unsuppressed
// finding at its primary claim's focus (col and endColumn count characters;
// endColumn is the last character, as GitHub's annotations take it), one
// ::error per problem, a ::notice per undated article (at most 5), then a
// summary notice. GitHub shows only
// the first 10 annotations of each level per step; all are printed (they
// stay in the log), and the last line says so and points at the full
// report.

// annotationLimit is how many annotations of one level GitHub shows per step.
const annotationLimit = 10

// escapeData escapes a workflow command's message as GitHub's toolkit
// (@actions/core) does, so untrusted text cannot end the command or start
// a new one.
func escapeData(s string) string { return dataEscaper.Replace(s) }

var (
	dataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

// escapeProperty escapes a property value (file, title) as the toolkit
// does: also ':' and ',', which would end the value.
func escapeProperty(s string) string { return propertyEscaper.Replace(s) }

type ghProp struct{ key, value string }

func ghCommand(w io.Writer, cmd string, props []ghProp, msg string) {
	var b strings.Builder
	b.WriteString("::" + cmd)
	for i, p := range props {
		if i == 0 {
			b.WriteByte(' ')
		} else {
			b.WriteByte(',')
		}
		b.WriteString(p.key + "=" + escapeProperty(p.value))
	}
	b.WriteString("::" + escapeData(msg) + "\n")
	io.WriteString(w, b.String())
}

func writeGitHub(w io.Writer, r *Report, opt Options) error {
	bw := bufio.NewWriter(w)
	pl := newPlacer(r)
	n := map[string]int{}
	for _, p := range r.Problems {
		var props []ghProp
		if p.Path != "" {
			props = append(props, ghProp{"file", repoPath(p.Path)})
			if p.Line > 0 {
				props = append(props, ghProp{"line", strconv.Itoa(p.Line)})
				if p.Col > 0 {
					props = append(props, ghProp{"col", strconv.Itoa(p.Col)})
				}
			}
		}
		props = append(props, ghProp{"title", "claimcheck input or rule error"})
		ghCommand(bw, "error", props, problemText(p))
		n["error"]++
	}
	for i := range r.Findings {
		f := &r.Findings[i]
		c := primary(claims(f))
		if f.Suppressed != "" || c == nil {
			continue
		}
		_, cmd := level(f.Severity)
		foc := pl.of(c).Focus
		props := []ghProp{
			{"file", repoPath(c.Path)},
			{"line", strconv.Itoa(foc.Line)},
			{"col", strconv.Itoa(foc.Col)},
			{"endLine", strconv.Itoa(foc.EndLine)},
			{"endColumn", strconv.Itoa(max(foc.EndCol-1, foc.Col))},
			{"title", "claimcheck " + f.Rule + " (" + string(f.Category) + ")"},
		}
		ghCommand(bw, cmd, props, f.Message+sidesText(f, pl))
		n[cmd]++
	}
	undated := r.undated()
	for i, a := range undated {
		if i == maxUndatedNotes {
			ghCommand(bw, "notice", []ghProp{{"title", "claimcheck undated articles"}}, fmt.Sprintf("and %d more undated articles", len(undated)-i))
			n["notice"]++
			break
		}
		ghCommand(bw, "notice", []ghProp{{"file", repoPath(a.Path)}, {"title", "claimcheck undated article"}}, undatedNote)
		n["notice"]++
	}
	summary := "claimcheck: " + r.counts().summaryLine() + "."
	var over []string
	for _, lv := range []string{"error", "warning", "notice"} {
		if n[lv] > annotationLimit {
			over = append(over, fmt.Sprintf("%d %ss", n[lv], lv))
		}
	}
	if len(over) > 0 {
		summary += fmt.Sprintf(" %s annotated; GitHub shows only the first %d annotations of each level per step. See the full report (--format text, or the SARIF upload in code scanning).",
			strings.Join(over, " and "), annotationLimit)
	}
	ghCommand(bw, "notice", []ghProp{{"title", "claimcheck summary"}}, summary)
	return bw.Flush()
}

// repoPath writes a path as GitHub matches annotation files: forward
// slashes, no leading "./".
func repoPath(p string) string {
	p = filepathSlash(p)
	for strings.HasPrefix(p, "./") {
		p = p[2:]
	}
	return p
}
