package report

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/finding"
)

// TestJUnitParsesBack reads the JUnit output with encoding/xml and checks
// suites, testcases, failures and errors against the report.
func TestJUnitParsesBack(t *testing.T) {
	// A run without drafts: every article is a suite.
	r := edgeReport(t)
	for i := range r.Articles {
		r.Articles[i].Draft = false
	}
	for _, f := range r.Findings {
		for _, c := range f.Claims {
			if c != nil {
				c.Draft = false
			}
		}
	}
	var buf bytes.Buffer
	if err := Write(&buf, "junit", r, goldenOptions); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Tests    int `xml:"tests,attr"`
		Failures int `xml:"failures,attr"`
		Errors   int `xml:"errors,attr"`
		Suites   []struct {
			Name     string `xml:"name,attr"`
			Tests    int    `xml:"tests,attr"`
			Failures int    `xml:"failures,attr"`
			Errors   int    `xml:"errors,attr"`
			Cases    []struct {
				Name      string `xml:"name,attr"`
				Classname string `xml:"classname,attr"`
				Failure   *struct {
					Message string `xml:"message,attr"`
					Type    string `xml:"type,attr"`
					Body    string `xml:",chardata"`
				} `xml:"failure"`
				Error *struct {
					Message string `xml:"message,attr"`
				} `xml:"error"`
				SystemOut string `xml:"system-out"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("JUnit output does not parse: %v\n%s", err, buf.String())
	}
	// 9 articles read + the errors suite; the "ad-hoc" finding adds no
	// article (its claims are in read articles).
	if len(doc.Suites) != 10 {
		t.Fatalf("%d testsuites, want 10", len(doc.Suites))
	}
	rules := len(r.ruleList()) // 3 loaded + "ad-hoc"
	failures := map[string]int{}
	sum := 0
	for _, s := range doc.Suites[:9] {
		if len(s.Cases) != rules || s.Tests != rules {
			t.Errorf("%s: %d testcases (tests=%d), want %d", s.Name, len(s.Cases), s.Tests, rules)
		}
		n := 0
		for _, c := range s.Cases {
			if c.Classname != s.Name {
				t.Errorf("classname %q in suite %q", c.Classname, s.Name)
			}
			if c.Failure != nil {
				n++
				failures[s.Name+" "+c.Name]++
				if !strings.Contains(c.Failure.Body, c.Failure.Message[:20]) {
					t.Errorf("failure body lacks its message: %q", c.Failure.Body)
				}
			}
		}
		if n != s.Failures {
			t.Errorf("%s: failures=%d, counted %d", s.Name, s.Failures, n)
		}
		sum += n
	}
	want := map[string]int{
		// the contradiction fails in both articles; its suppressed copy does not
		"engine/report/testdata/draft.md count-contradiction":                  1,
		"fixtures/articles/004_188a5335650842c9.txt count-contradiction":       1,
		"fixtures/drafts/stale-troop-figure.md count-stale":                    1,
		"fixtures/drafts/wrong-killer.md event-agent-contradiction":            1,
		"fixtures/articles/004_188a5335650842c9.txt event-agent-contradiction": 1,
		"fixtures/articles/002_9bf4b17957272f82.txt count-stale":               1,
	}
	if fmt.Sprint(failures) != fmt.Sprint(want) {
		t.Errorf("failures %v\nwant     %v", failures, want)
	}
	if doc.Failures != sum || doc.Tests != 9*rules+3 || doc.Errors != 3 {
		t.Errorf("testsuites: tests=%d failures=%d errors=%d", doc.Tests, doc.Failures, doc.Errors)
	}
	// Info findings go to system-out, not failures.
	var out string
	for _, s := range doc.Suites {
		for _, c := range s.Cases {
			if s.Name == srcAMN.path && c.Name == "count-drift" {
				out = c.SystemOut
			}
		}
	}
	if !strings.Contains(out, "info: U.S. troops in Iraq changed over time") {
		t.Errorf("drift info not in system-out: %q", out)
	}
	errs := doc.Suites[9]
	if errs.Name != "claimcheck errors" || errs.Errors != 3 || errs.Cases[0].Error == nil {
		t.Errorf("errors suite: %+v", errs)
	}
}

// hostile is article text written to break out of a workflow command.
const hostile = "100% of \"troops\"\r\n::error file=x::injected, a: b,c\n::stop-commands::tok"

func TestGitHubEscaping(t *testing.T) {
	if got, want := escapeData(hostile), "100%25 of \"troops\"%0D%0A::error file=x::injected, a: b,c%0A::stop-commands::tok"; got != want {
		t.Errorf("escapeData\n got %q\nwant %q", got, want)
	}
	if got, want := escapeProperty("a%b\r\nc:d,e"), "a%25b%0D%0Ac%3Ad%2Ce"; got != want {
		t.Errorf("escapeProperty got %q want %q", got, want)
	}

	r, c := oneClaim("He said: "+hostile+" and 5,000 troops stayed.", "5,000 troops")
	c.Path = "drafts/a,b:c%.md"
	r.Findings[0].Rule = "rule,with:colon"
	r.Findings[0].Message = "bad\nmessage %0A"
	var buf bytes.Buffer
	if err := Write(&buf, "github", r, Options{}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("hostile text made %d lines, want 2 (annotation + summary):\n%s", len(lines), buf.String())
	}
	ann := lines[0]
	if !strings.HasPrefix(ann, "::error file=drafts/a%2Cb%3Ac%25.md,line=5,") {
		t.Errorf("file property not escaped: %s", ann)
	}
	if !strings.Contains(ann, "title=claimcheck rule%2Cwith%3Acolon (contradiction)::") {
		t.Errorf("title not escaped: %s", ann)
	}
	// The message part starts after the first "::" that ends the properties.
	msg := ann[strings.Index(ann[2:], "::")+4:]
	if strings.ContainsAny(msg, "\r\n") || !strings.HasPrefix(msg, "bad%0Amessage %250A") {
		t.Errorf("message not escaped: %q", msg)
	}
	if unescapeData(msg) != "bad\nmessage %0A"+sidesText(&r.Findings[0], newPlacer(r)) {
		t.Errorf("message does not round-trip: %q", unescapeData(msg))
	}
}

// unescapeData is what the runner does with a command's message.
func unescapeData(s string) string {
	return strings.NewReplacer("%0D", "\r", "%0A", "\n", "%25", "%").Replace(s)
}

func manyFindings(n int, sev finding.Severity) *Report {
	r := &Report{Articles: []ArticleInfo{{ID: "a", Path: "a.md", Claims: n}}}
	for i := 0; i < n; i++ {
		sentence := fmt.Sprintf("Officials said %d troops would remain in Iraq after the talks ended, according to a statement read on television.", 1000+i)
		c := &claim.Claim{ID: fmt.Sprintf("a#%d", i), Path: "a.md", Text: sentence, Start: i * 200, End: i*200 + len(sentence),
			Line: i + 1, Col: 1, FocusStart: i*200 + 15, FocusEnd: i*200 + 26, Dated: true, Outlet: "Desk"}
		r.Findings = append(r.Findings, finding.Finding{Rule: "r", Category: finding.Contradiction, Severity: sev,
			Message: fmt.Sprintf("finding %d", i), Claims: []*claim.Claim{c}, Fingerprint: fmt.Sprint(i)})
	}
	return r
}

func TestGitHubAnnotationLimitNote(t *testing.T) {
	for _, tc := range []struct {
		n    int
		note bool
	}{{10, false}, {11, true}, {14, true}} {
		var buf bytes.Buffer
		if err := Write(&buf, "github", manyFindings(tc.n, finding.Error), Options{}); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
		if got := strings.Count(buf.String(), "::error "); got != tc.n {
			t.Errorf("%d findings: %d ::error lines, want all", tc.n, got)
		}
		last := lines[len(lines)-1]
		if !strings.HasPrefix(last, "::notice title=claimcheck summary::claimcheck: ") {
			t.Errorf("last line is not the summary notice: %s", last)
		}
		has := strings.Contains(last, "GitHub shows only the first 10 annotations of each level")
		if has != tc.note {
			t.Errorf("%d errors: limit note present=%v, want %v: %s", tc.n, has, tc.note, last)
		}
		if tc.note && !strings.Contains(last, fmt.Sprintf("%d errors annotated", tc.n)) {
			t.Errorf("note does not count the errors: %s", last)
		}
	}
}

func TestMarkdownBudget(t *testing.T) {
	r := manyFindings(5000, finding.Warning)
	var buf bytes.Buffer
	if err := Write(&buf, "markdown", r, Options{}); err != nil {
		t.Fatal(err)
	}
	if buf.Len() > DefaultMarkdownBudget || buf.Len() < DefaultMarkdownBudget-2*mdReserve-1000 {
		t.Errorf("%d bytes, want just under %d", buf.Len(), DefaultMarkdownBudget)
	}
	out := buf.String()
	if !strings.Contains(out, "Truncated: ") || !strings.Contains(out, "5000 findings") {
		t.Errorf("no truncation note or full count:\n%s", out[len(out)-600:])
	}
	// Whole findings only: every shown finding has its quote and source.
	if strings.Count(out, "\n### ") != strings.Count(out, "> — Desk") {
		t.Error("a finding was cut in half")
	}

	// A comment-sized budget.
	buf.Reset()
	if err := Write(&buf, "markdown", r, Options{MaxBytes: 60000}); err != nil {
		t.Fatal(err)
	}
	if buf.Len() > 60000 {
		t.Errorf("%d bytes over a 60000 budget", buf.Len())
	}

	// Small reports are not truncated.
	buf.Reset()
	if err := Write(&buf, "markdown", manyFindings(3, finding.Warning), Options{}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "Truncated") {
		t.Error("small report truncated")
	}
}

func TestMarkdownEscapesArticleText(t *testing.T) {
	r, _ := oneClaim("# Breaking: <script>alert(1)</script> [click](http://x) ![i](http://y) @octocat paid $5 and $6 | *all* 5,000 troops_ok `code`", "5,000 troops")
	var buf bytes.Buffer
	if err := Write(&buf, "markdown", r, Options{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, bad := range []string{"<script>", "[click](", "![i](", "@octocat", " $5", "| *all*", "`code`", "> # Breaking"} {
		if strings.Contains(out, bad) {
			t.Errorf("unescaped %q in:\n%s", bad, out)
		}
	}
	for _, good := range []string{`&lt;script&gt;`, `\[click\]`, `\!\[i\]`, "@&#8203;octocat", `\$5`, `\| \*all\*`, "<b>5,000 troops</b>", `> \# Breaking`} {
		if !strings.Contains(out, good) {
			t.Errorf("want %q in:\n%s", good, out)
		}
	}
}

func TestExitCode(t *testing.T) {
	mk := func(failOn finding.Severity, problems int, sevs ...finding.Severity) *Report {
		r := &Report{FailOn: failOn}
		for _, s := range sevs {
			r.Findings = append(r.Findings, finding.Finding{Severity: s})
		}
		for i := 0; i < problems; i++ {
			r.Problems = append(r.Problems, finding.Problem{Path: "x"})
		}
		return r
	}
	suppressed := mk(finding.Info, 0, finding.Error)
	suppressed.Findings[0].Suppressed = "checked"
	cases := []struct {
		name string
		r    *Report
		want int
	}{
		{"nothing", mk("", 0), 0},
		{"error, default fail-on", mk("", 0, finding.Error), 1},
		{"warning, default fail-on", mk("", 0, finding.Warning), 0},
		{"warning, fail-on warning", mk(finding.Warning, 0, finding.Warning, finding.Info), 1},
		{"info, fail-on warning", mk(finding.Warning, 0, finding.Info), 0},
		{"info, fail-on info", mk(finding.Info, 0, finding.Info), 1},
		{"never", mk(Never, 0, finding.Error), 0},
		{"problem beats findings", mk(finding.Error, 1, finding.Error), 2},
		{"problem with never", mk(Never, 2), 2},
		{"suppressed never fails", suppressed, 0},
	}
	for _, tc := range cases {
		if got := tc.r.ExitCode(); got != tc.want {
			t.Errorf("%s: exit %d, want %d", tc.name, got, tc.want)
		}
	}
}

func TestFormats(t *testing.T) {
	if got := strings.Join(Formats(), ","); got != "text,json,sarif,junit,github,markdown,html" {
		t.Errorf("Formats() = %s", got)
	}
	err := Write(&bytes.Buffer{}, "xml", &Report{}, Options{})
	if err == nil || !strings.Contains(err.Error(), `"xml"`) {
		t.Errorf("unknown format: %v", err)
	}
}

// TestJUnitHostileText: article text that ends CDATA or holds characters
// XML cannot carry still gives a document that parses back to the text.
func TestJUnitHostileText(t *testing.T) {
	r, _ := oneClaim("Bad ]]> text \x00\x1b with 5,000 troops <tag> & more.", "5,000 troops")
	r.Findings[0].Message = "msg ]]> \x01 \"q\" <x>"
	var buf bytes.Buffer
	if err := Write(&buf, "junit", r, Options{}); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Suites []struct {
			Cases []struct {
				Failure struct {
					Message string `xml:"message,attr"`
					Body    string `xml:",chardata"`
				} `xml:"failure"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("does not parse: %v\n%s", err, buf.String())
	}
	f := doc.Suites[0].Cases[0].Failure
	if f.Message != "msg ]]> \uFFFD \"q\" <x>" {
		t.Errorf("message %q", f.Message)
	}
	if !strings.Contains(f.Body, "Bad ]]> text \uFFFD\uFFFD with 5,000 troops <tag> & more.") {
		t.Errorf("body %q", f.Body)
	}
}

// TestUndatedNotes: every format says which articles are undated
// (CONTRACT.md), without failing the run, and caps the list.
func TestUndatedNotes(t *testing.T) {
	r := &Report{}
	for i := 0; i < 7; i++ {
		r.Articles = append(r.Articles, ArticleInfo{ID: fmt.Sprint(i), Path: fmt.Sprintf("scrapes/%d.txt", i), Claims: 1})
	}
	r.Articles = append(r.Articles, ArticleInfo{ID: "d", Path: "dated.txt", Published: "2020-06-12", Dated: true})
	if r.ExitCode() != 0 {
		t.Errorf("undated articles changed the exit code to %d", r.ExitCode())
	}
	out := func(format string) string {
		var buf bytes.Buffer
		if err := Write(&buf, format, r, Options{}); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}
	text := out("text")
	if n := strings.Count(text, ": note: undated article"); n != maxUndatedNotes {
		t.Errorf("text: %d undated notes, want %d:\n%s", n, maxUndatedNotes, text)
	}
	if !strings.Contains(text, "scrapes/0.txt: note: undated article: relative times") ||
		!strings.Contains(text, "claimcheck: note: and 2 more undated articles") ||
		!strings.Contains(text, "0 findings in 8 articles (7 undated), 7 claims;") || strings.Contains(text, "dated.txt: note") {
		t.Errorf("text:\n%s", text)
	}
	gh := out("github")
	if n := strings.Count(gh, "::notice file=scrapes/"); n != maxUndatedNotes || !strings.Contains(gh, "and 2 more undated articles") {
		t.Errorf("github: %d notices:\n%s", n, gh)
	}
	if md := out("markdown"); !strings.Contains(md, "Undated: `scrapes/0.txt`, `scrapes/1.txt`, `scrapes/2.txt`, `scrapes/3.txt`, `scrapes/4.txt`, and 2 more.") {
		t.Errorf("markdown:\n%s", md)
	}
	if js := out("json"); !strings.Contains(js, `"undated": 7`) || strings.Count(js, `"dated": false`) != 7 {
		t.Errorf("json:\n%s", js)
	}
	if ju := out("junit"); strings.Count(ju, `<property name="undated" value="true">`) != 7 {
		t.Errorf("junit:\n%s", ju)
	}
	if sa := out("sarif"); strings.Count(sa, "undated article: relative times") != 7 {
		t.Errorf("sarif:\n%s", sa)
	}
}

// TestJUnitDraftsOnly: with drafts in the run, only drafts are test
// suites, and a draft-versus-archive finding fails only the draft.
func TestJUnitDraftsOnly(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, "junit", fixtureReport(t), Options{}); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Failures int `xml:"failures,attr"`
		Suites   []struct {
			Name     string `xml:"name,attr"`
			Failures int    `xml:"failures,attr"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range doc.Suites {
		got = append(got, fmt.Sprintf("%s:%d", s.Name, s.Failures))
	}
	want := []string{srcDraft.path + ":1", srcStale.path + ":1", srcKiller.path + ":1", "claimcheck errors:0"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("suites %v\nwant   %v", got, want)
	}
}
