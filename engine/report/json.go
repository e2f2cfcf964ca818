package report

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/json"
	"io"
	"strings"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/finding"
)

// CheckSchemaID is the "schema" value of check JSON documents.
const CheckSchemaID = "claimcheck/check/v1"

// CheckSchema is the JSON Schema (draft 2020-12) of the check JSON.
//
//go:embed schema/check.v1.json
var CheckSchema []byte

// The check document: CONTRACT.md's shape, plus fields it allows us to add.
// Struct field order is the key order, so output is byte-identical.
type checkJSON struct {
	Schema   string        `json:"schema"`
	Tool     toolJSON      `json:"tool"`
	Findings []findingJSON `json:"findings"`
	Errors   []errorJSON   `json:"errors"`
	Notices  []noticeJSON  `json:"notices"`
	Articles []articleJSON `json:"articles"`
	Summary  summaryJSON   `json:"summary"`
}

type articleJSON struct {
	ID        string `json:"id"`
	Path      string `json:"path"`
	Title     string `json:"title,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Published string `json:"published,omitempty"`
	Dated     bool   `json:"dated"`
	Draft     bool   `json:"draft,omitempty"`
	Claims    int    `json:"claims"`
}

type toolJSON struct {
	Name    string `json:"name"`
	Version string `json:"version,omitempty"`
}

type findingJSON struct {
	Rule        string      `json:"rule"`
	Category    string      `json:"category"`
	Severity    string      `json:"severity"`
	Message     string      `json:"message"`
	Claims      []claimJSON `json:"claims"`
	Fingerprint string      `json:"fingerprint"`
	Suppressed  bool        `json:"suppressed,omitempty"`
	// Justification is the reason given in the suppressing comment.
	Justification string `json:"justification,omitempty"`
}

type claimJSON struct {
	ID        string    `json:"id"`
	Article   string    `json:"article"`
	Path      string    `json:"path"`
	Line      int       `json:"line"`
	Col       int       `json:"col"`
	Text      string    `json:"text"`
	Start     int       `json:"start"`
	End       int       `json:"end"`
	EndLine   int       `json:"end_line"`
	EndCol    int       `json:"end_col"`
	Focus     focusJSON `json:"focus"`
	Kind      string    `json:"kind"`
	Published string    `json:"published,omitempty"`
	// Estimated is, for an undated article's claim, the days the archive
	// dates the article to ("2020-01-08/2020-01-31").
	Estimated string `json:"estimated,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Draft     bool   `json:"draft,omitempty"`
	Verified  bool   `json:"verified,omitempty"` // a verified fact (check --facts)
	Source    string `json:"source,omitempty"`   // who vouches for it
	Negated   bool   `json:"negated"`
	Modality  string `json:"modality,omitempty"`
	// Amount is the claim's value in the article's wording ("about 5,000").
	Amount string `json:"amount"`
	// Date is when the claim holds, at its source's precision ("2020-06").
	Date string `json:"date"`

	// What is what the claim says (its meaning and the article's words for
	// it), from the claim schema: see claimWhat. Written after the fields
	// above.
	What []jsonPair `json:"-"`
}

type focusJSON struct {
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Line    int    `json:"line"`
	Col     int    `json:"col"`
	EndLine int    `json:"end_line"`
	EndCol  int    `json:"end_col"`
	Text    string `json:"text"`
}

type errorJSON struct {
	Path    string   `json:"path"`
	Line    int      `json:"line"`
	Col     int      `json:"col"`
	Message string   `json:"message"`
	Rule    string   `json:"rule,omitempty"`
	Claims  []string `json:"claims,omitempty"`
}

// noticeJSON is work a run skipped on purpose, at a limit (finding.Notice):
// every field of the notice, as SARIF's toolExecutionNotifications carry it.
type noticeJSON struct {
	Path    string `json:"path"`
	Line    int    `json:"line,omitempty"`
	Rule    string `json:"rule,omitempty"`
	Limit   string `json:"limit"`
	Message string `json:"message"`
}

type summaryJSON struct {
	Articles   int            `json:"articles"`
	Undated    int            `json:"undated"`
	Claims     int            `json:"claims"`
	Facts      int            `json:"facts,omitempty"` // verified facts checked against
	Findings   severitiesJSON `json:"findings"`
	Suppressed int            `json:"suppressed"`
	Baselined  int            `json:"baselined,omitempty"`
	Errors     int            `json:"errors"`
	Notices    int            `json:"notices"`
	FailOn     string         `json:"fail_on"`
	ExitCode   int            `json:"exit_code"`
	Rules      int            `json:"rules"`
	Categories categoriesJSON `json:"categories"`
}

type severitiesJSON struct {
	Error   int `json:"error"`
	Warning int `json:"warning"`
	Info    int `json:"info"`
}

type categoriesJSON struct {
	Contradiction int `json:"contradiction"`
	Drift         int `json:"drift"`
	Stale         int `json:"stale"`
	Other         int `json:"other"`
}

// writeJSON streams the check document: each finding is built, encoded
// and let go before the next, so a large report is never held whole (a
// 100k-article archive writes hundreds of MB). The bytes are those of
// encoding the whole checkJSON with two-space indent (TestJSONStreamed).
func writeJSON(w io.Writer, r *Report, opt Options) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	js := jsonStream{w: bw}
	doc := checkJSON{Schema: CheckSchemaID, Tool: toolJSON{Name: "claimcheck", Version: opt.ToolVersion}, Summary: summaryOf(r)}
	js.raw("{\n")
	js.field("schema", doc.Schema, false)
	js.field("tool", doc.Tool, false)
	pl := newPlacer(r)
	js.array("findings", len(r.Findings), func(i int) any { return findingToJSON(&r.Findings[i], pl) })
	js.array("errors", len(r.Problems), func(i int) any {
		p := r.Problems[i]
		return errorJSON{Path: p.Path, Line: p.Line, Col: p.Col, Message: p.Message, Rule: p.Rule, Claims: p.Claims}
	})
	js.array("notices", len(r.Notices), func(i int) any { return noticeJSON(r.Notices[i]) })
	js.array("articles", len(r.Articles), func(i int) any { return articleToJSON(r.Articles[i]) })
	js.field("summary", doc.Summary, true)
	js.raw("}\n")
	if js.err != nil {
		return js.err
	}
	return bw.Flush()
}

// jsonStream writes the members of a top-level JSON object one at a time,
// each indented as encoding/json indents it inside the whole document.
type jsonStream struct {
	w   *bufio.Writer
	err error
}

func (s *jsonStream) raw(text string) {
	if s.err == nil {
		_, s.err = s.w.WriteString(text)
	}
}

// value writes v as encoding/json would at the given depth of indent.
func (s *jsonStream) value(v any, depth int) {
	if s.err != nil {
		return
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(strings.Repeat("  ", depth), "  ")
	if s.err = enc.Encode(v); s.err == nil {
		_, s.err = s.w.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
	}
}

// field writes `"key": value` at depth 1.
func (s *jsonStream) field(key string, v any, last bool) {
	s.raw("  ")
	s.value(key, 1)
	s.raw(": ")
	s.value(v, 1)
	s.raw(map[bool]string{false: ",\n", true: "\n"}[last])
}

// array writes `"key": [...]` at depth 1 from n elements made by elem.
func (s *jsonStream) array(key string, n int, elem func(i int) any) {
	s.raw("  ")
	s.value(key, 1)
	if n == 0 {
		s.raw(": [],\n")
		return
	}
	s.raw(": [\n")
	for i := 0; i < n; i++ {
		s.raw("    ")
		s.value(elem(i), 2)
		if i < n-1 {
			s.raw(",")
		}
		s.raw("\n")
	}
	s.raw("  ],\n")
}

// buildCheckJSON is the whole check document in memory; writeJSON streams
// the same bytes.
func buildCheckJSON(r *Report, opt Options) checkJSON {
	pl := newPlacer(r)
	doc := checkJSON{
		Schema:   CheckSchemaID,
		Tool:     toolJSON{Name: "claimcheck", Version: opt.ToolVersion},
		Findings: []findingJSON{},
		Errors:   []errorJSON{},
		Notices:  []noticeJSON{},
		Articles: []articleJSON{},
		Summary:  summaryOf(r),
	}
	for i := range r.Findings {
		doc.Findings = append(doc.Findings, findingToJSON(&r.Findings[i], pl))
	}
	for _, a := range r.Articles {
		doc.Articles = append(doc.Articles, articleToJSON(a))
	}
	for _, p := range r.Problems {
		doc.Errors = append(doc.Errors, errorJSON{Path: p.Path, Line: p.Line, Col: p.Col, Message: p.Message, Rule: p.Rule, Claims: p.Claims})
	}
	for _, n := range r.Notices {
		doc.Notices = append(doc.Notices, noticeJSON(n))
	}
	return doc
}

// summaryOf is the document's summary, counting unsuppressed findings by
// category.
func summaryOf(r *Report) summaryJSON {
	c := r.counts()
	sum := summaryJSON{
		Articles: c.Articles, Undated: c.Undated, Claims: c.Claims, Facts: c.Facts,
		Findings:   severitiesJSON{Error: c.Error, Warning: c.Warning, Info: c.Info},
		Suppressed: c.Suppressed, Baselined: c.Baselined, Errors: c.Problems, Notices: len(r.Notices),
		FailOn: failOnName(r.FailOn), ExitCode: r.ExitCode(), Rules: len(r.Rules),
	}
	for i := range r.Findings {
		f := &r.Findings[i]
		if f.Suppressed != "" {
			continue
		}
		switch f.Category {
		case finding.Contradiction:
			sum.Categories.Contradiction++
		case finding.Drift:
			sum.Categories.Drift++
		case finding.Stale:
			sum.Categories.Stale++
		default:
			sum.Categories.Other++
		}
	}
	return sum
}

func findingToJSON(f *finding.Finding, pl *placer) findingJSON {
	fj := findingJSON{
		Rule: f.Rule, Category: string(f.Category), Severity: string(f.Severity), Message: f.Message,
		Claims: []claimJSON{}, Fingerprint: f.Fingerprint,
		Suppressed: f.Suppressed != "", Justification: f.Suppressed,
	}
	for _, cl := range claims(f) {
		fj.Claims = append(fj.Claims, claimToJSON(cl, pl.of(cl)))
	}
	return fj
}

func articleToJSON(a ArticleInfo) articleJSON {
	aj := articleJSON{ID: a.ID, Path: a.Path, Title: a.Title, Outlet: a.Outlet, Dated: a.Dated, Draft: a.Draft, Claims: a.Claims}
	if a.Dated {
		aj.Published = a.Published
	}
	return aj
}

func failOnName(s finding.Severity) string {
	if s == "" {
		return string(finding.Error)
	}
	return string(s)
}

func claimToJSON(c *claim.Claim, pl place) claimJSON {
	s, f := pl.Sentence, pl.Focus
	j := claimJSON{
		ID: c.ID, Article: c.Article, Path: c.Path, Line: s.Line, Col: s.Col, Text: s.Text,
		Start: s.Start, End: s.End, EndLine: s.EndLine, EndCol: s.EndCol,
		Focus: focusJSON{Start: f.Start, End: f.End, Line: f.Line, Col: f.Col, EndLine: f.EndLine, EndCol: f.EndCol, Text: f.Text},
		Kind:  c.Kind, Outlet: c.Outlet, Draft: c.Draft, Verified: c.Verified, Source: c.Source, Negated: c.Negated, Modality: c.Modality,
		Amount: amount(c), Date: when(c),
	}
	if c.Dated {
		j.Published = c.Published.Format(claim.DateLayout)
	}
	if e := c.Estimated; e.Known {
		j.Estimated = e.From.Format(claim.DateLayout) + "/" + e.To.Format(claim.DateLayout)
	}
	j.What = claimWhat(c)
	return j
}
