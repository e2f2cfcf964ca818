package report

// The HTML format: one self-contained page for an editor's browser. It
// fetches nothing: its style and script are inline, and its Content
// Security Policy allows only those two, by hash, so even text that got
// past escaping could not run or load anything. Article text reaches the
// page only through html/template, which escapes it for the place it
// lands (element text, attribute, SVG title).

import (
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"html/template"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/finding"
)

//go:embed html.tmpl
var htmlTmpl string

//go:embed html.css
var htmlCSS string

//go:embed html.js
var htmlJS string

var htmlPageTmpl = template.Must(template.New("page").Parse(htmlTmpl))

// cspHash is the CSP source that allows exactly the inline text s.
func cspHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

type htmlPage struct {
	Title, Summary string
	CSP            string
	Style          template.CSS
	Script         template.JS
	Counts         counts
	Problems       []htmlProblem
	Undated        []string
	MoreUndated    int
	Rules          []htmlOption
	Severities     []htmlOption
	Articles       []htmlOption
	Findings       []htmlFinding
	Footer         string
}

type htmlProblem struct{ Where, Message string }

// htmlOption is one checkbox of a filter.
type htmlOption struct {
	Value, Label string
	Count        int
}

type htmlFinding struct {
	N                        int
	Rule, Category, Severity string
	Message, Where           string
	Articles                 string // the article filter values it involves, space-separated
	Chart                    *htmlChart
	Table                    []htmlRow
	Sides                    []htmlSide
}

type htmlRow struct {
	N                    int
	When, Amount, Source string
	Where                string
	Stale                bool
}

// htmlSide is one sentence of a finding, with its source.
type htmlSide struct {
	Source, Where string
	Draft, Stale  bool
	Parts         []htmlPart
}

// htmlPart is a stretch of a sentence: a claim's focus or the text
// between.
type htmlPart struct {
	Text  string
	Focus bool
}

func writeHTML(w io.Writer, r *Report, opt Options) error {
	return htmlPageTmpl.Execute(w, buildHTMLPage(r, opt))
}

func buildHTMLPage(r *Report, opt Options) *htmlPage {
	c := r.counts()
	p := &htmlPage{Counts: c, Summary: c.summaryLine(), Style: template.CSS(htmlCSS), Script: template.JS(htmlJS)}
	p.CSP = "default-src 'none'; style-src " + cspHash(htmlCSS) + "; script-src " + cspHash(htmlJS) +
		"; img-src data:; base-uri 'none'; form-action 'none'"
	p.Title = "claimcheck: no findings"
	if n := c.findings(); n > 0 {
		p.Title = "claimcheck: " + plural(n, "finding", "findings")
	}
	for _, pr := range r.Problems {
		where := pos(pr.Path, pr.Line, pr.Col)
		if where == "" {
			where = "claimcheck"
		}
		p.Problems = append(p.Problems, htmlProblem{where, problemText(pr)})
	}
	for i, a := range r.undated() {
		if i == maxUndatedNotes {
			p.MoreUndated = len(r.undated()) - i
			break
		}
		p.Undated = append(p.Undated, a.Path)
	}
	artIndex := map[string]int{}
	for i, a := range r.Articles {
		artIndex[a.Path] = i
	}
	pl := newPlacer(r)
	n := 0
	for i := range r.Findings {
		f := &r.Findings[i]
		if f.Suppressed != "" {
			continue
		}
		n++
		p.Findings = append(p.Findings, htmlFindingOf(n, f, pl, artIndex))
	}
	p.Rules, p.Severities, p.Articles = filters(p.Findings, r)
	p.Footer = "exit status " + strconv.Itoa(r.ExitCode()) + " (fail on " + failOnName(r.FailOn) + ")"
	if opt.ToolVersion != "" {
		p.Footer = "claimcheck " + opt.ToolVersion + " · " + p.Footer
	}
	return p
}

func htmlFindingOf(n int, f *finding.Finding, pl *placer, artIndex map[string]int) htmlFinding {
	cs := claims(f)
	hf := htmlFinding{N: n, Rule: f.Rule, Category: string(f.Category), Severity: string(f.Severity), Message: f.Message}
	if c := primary(cs); c != nil {
		foc := pl.of(c).Focus
		hf.Where = pos(c.Path, foc.Line, foc.Col)
	}
	seen := map[int]bool{}
	var arts []string
	for _, c := range cs {
		if i, ok := artIndex[c.Path]; ok && !seen[i] {
			seen[i] = true
			arts = append(arts, strconv.Itoa(i))
		}
	}
	hf.Articles = strings.Join(arts, " ")
	stale := staleClaims(f, cs)
	if (f.Category == finding.Drift || f.Category == finding.Stale) && len(cs) > 1 {
		hf.Table, hf.Chart = series(cs, pl, stale)
	}
	for _, g := range bySentence(quoted(f)) {
		hf.Sides = append(hf.Sides, htmlSideOf(g, pl, stale[g[0]]))
	}
	return hf
}

// staleClaims are the claims a timeline calls out: the draft's figure of a
// stale finding, and in a drift series a draft's figure that the latest
// earlier report had already replaced.
func staleClaims(f *finding.Finding, cs []*claim.Claim) map[*claim.Claim]bool {
	out := map[*claim.Claim]bool{}
	if f.Category == finding.Stale {
		if c := primary(cs); c != nil {
			out[c] = true
		}
		return out
	}
	if f.Category != finding.Drift {
		return out
	}
	var latest *claim.Claim
	for _, c := range cs {
		if !c.Draft && c.Kind == claim.Count && (latest == nil || c.AsOf.To.After(latest.AsOf.To)) {
			latest = c
		}
	}
	for _, c := range cs {
		if c.Draft && c.Kind == claim.Count && latest != nil && !latest.Published.After(c.Published) &&
			(c.High < latest.Low || c.Low > latest.High) {
			out[c] = true
		}
	}
	return out
}

// series is a drift or stale finding's timeline: the table rows and, for
// counts, the chart; rows and markers are numbered alike, in time order.
func series(cs []*claim.Claim, pl *placer, stale map[*claim.Claim]bool) ([]htmlRow, *htmlChart) {
	steps := timeline(cs)
	sort.SliceStable(steps, func(i, j int) bool { return asOfStart(steps[i].Claim).Before(asOfStart(steps[j].Claim)) })
	var rows []htmlRow
	var pts []seriesPoint
	chartable := true
	for i, st := range steps {
		c := st.Claim
		foc := pl.of(c).Focus
		rows = append(rows, htmlRow{N: i + 1, When: whenWords(c), Amount: strings.ReplaceAll(st.Amount, " -> ", " → "),
			Source: byline(c), Where: pos(c.Path, foc.Line, foc.Col), Stale: stale[c]})
		p, ok := countPoint(c, amount(c))
		p.stale, p.draft = stale[c], c.Draft
		chartable = chartable && ok
		pts = append(pts, p)
	}
	if !chartable {
		return rows, nil
	}
	return rows, newChart(pts)
}

// asOfStart is when the figure a claim gives starts to hold.
func asOfStart(c *claim.Claim) time.Time {
	iv := c.AsOf
	if c.Kind == claim.Event {
		iv = c.When
	}
	if iv.Known {
		return iv.From
	}
	return c.Published
}

func htmlSideOf(g []*claim.Claim, pl *placer, stale bool) htmlSide {
	c := g[0]
	text, ranges := pl.shown(g)
	return htmlSide{Source: byline(c), Where: pos(c.Path, pl.of(c).Focus.Line, pl.of(c).Focus.Col),
		Draft: c.Draft, Stale: stale, Parts: parts(text, ranges)}
}

// parts cuts text into focus and non-focus stretches, white space folded.
func parts(text string, ranges [][2]int) []htmlPart {
	sort.Slice(ranges, func(i, j int) bool { return ranges[i][0] < ranges[j][0] })
	var out []htmlPart
	at := 0
	for _, r := range ranges {
		from, to := max(r[0], at), min(r[1], len(text))
		if from >= to {
			continue
		}
		if from > at {
			out = append(out, htmlPart{Text: foldSpace(text[at:from])})
		}
		out = append(out, htmlPart{Text: oneLine(text[from:to]), Focus: true})
		at = to
	}
	if at < len(text) {
		out = append(out, htmlPart{Text: foldSpace(text[at:])})
	}
	return out
}

// filters are the checkboxes: every rule, severity and article that the
// shown findings involve, with how many findings each has.
func filters(fs []htmlFinding, r *Report) (rules, sevs, arts []htmlOption) {
	ruleN, sevN, artN := map[string]int{}, map[string]int{}, map[string]int{}
	for _, f := range fs {
		ruleN[f.Rule]++
		sevN[f.Severity]++
		for _, a := range strings.Fields(f.Articles) {
			artN[a]++
		}
	}
	for _, ru := range r.ruleList() {
		if n := ruleN[ru.ID]; n > 0 {
			rules = append(rules, htmlOption{ru.ID, ru.ID, n})
		}
	}
	for _, s := range []finding.Severity{finding.Error, finding.Warning, finding.Info} {
		if n := sevN[string(s)]; n > 0 {
			sevs = append(sevs, htmlOption{string(s), string(s), n})
		}
	}
	for i, a := range r.Articles {
		if n := artN[strconv.Itoa(i)]; n > 0 {
			label := a.Path
			if a.Outlet != "" {
				label += " (" + a.Outlet + ")"
			}
			arts = append(arts, htmlOption{strconv.Itoa(i), label, n})
		}
	}
	return rules, sevs, arts
}
