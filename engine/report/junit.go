package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/engine/finding"
)

// JUnit XML, for CI dashboards: one testsuite per article (named by its
// path), one testcase per rule in each (classname = the article's path).
// In a pre-publish run only the drafts have suites: they are under test.
// A testcase fails when an unsuppressed error or warning finding of its rule
// involves a claim of that article; info and suppressed findings go to the
// testcase's system-out. A finding between two articles fails a testcase in
// both. Input and rule errors form one last testsuite, "claimcheck errors",
// one errored testcase each.

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Time     string       `xml:"time,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name       string          `xml:"name,attr"`
	Tests      int             `xml:"tests,attr"`
	Failures   int             `xml:"failures,attr"`
	Errors     int             `xml:"errors,attr"`
	Skipped    int             `xml:"skipped,attr"`
	Time       string          `xml:"time,attr"`
	Properties *junitProps     `xml:"properties,omitempty"`
	Cases      []junitTestcase `xml:"testcase"`
}

type junitProps struct {
	Props []junitProp `xml:"property"`
}

type junitProp struct {
	Name  string `xml:"name,attr"`
	Value string `xml:"value,attr"`
}

type junitTestcase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Time      string        `xml:"time,attr"`
	Failure   *junitProblem `xml:"failure,omitempty"`
	Error     *junitProblem `xml:"error,omitempty"`
	SystemOut *junitText    `xml:"system-out,omitempty"`
}

// junitText is element text written as CDATA, so multi-line bodies stay
// readable in the file.
type junitText struct {
	Text string `xml:",cdata"`
}

type junitProblem struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Body    string `xml:",cdata"`
}

func writeJUnit(w io.Writer, r *Report, opt Options) error {
	doc := buildJUnit(r)
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// junitArticle collects one article's findings per rule.
type junitArticle struct {
	info     ArticleInfo
	failures map[string][]*finding.Finding
	out      map[string][]string
}

func buildJUnit(r *Report) junitSuites {
	pl := newPlacer(r)
	var arts []*junitArticle
	byPath := map[string]*junitArticle{}
	add := func(a ArticleInfo) *junitArticle {
		if ja, ok := byPath[a.Path]; ok {
			return ja
		}
		ja := &junitArticle{info: a, failures: map[string][]*finding.Finding{}, out: map[string][]string{}}
		byPath[a.Path] = ja
		arts = append(arts, ja)
		return ja
	}
	// In a pre-publish run (some articles are drafts) the drafts are what
	// is under test: the archive gets no suites and never "fails".
	drafts := false
	for _, a := range r.Articles {
		drafts = drafts || a.Draft
	}
	for _, a := range r.Articles {
		if a.Draft || !drafts {
			add(a)
		}
	}
	for i := range r.Findings {
		f := &r.Findings[i]
		seen := map[string]bool{}
		for _, c := range claims(f) {
			if seen[c.Path] || (drafts && !c.Draft) {
				continue
			}
			seen[c.Path] = true
			info := ArticleInfo{ID: c.Article, Path: c.Path, Outlet: c.Outlet, Dated: c.Dated}
			if c.Dated {
				info.Published = published(c)
			}
			ja := add(info)
			switch {
			case f.Suppressed != "":
				ja.out[f.Rule] = append(ja.out[f.Rule], "suppressed ("+f.Suppressed+"): "+plainFinding(f, pl))
			case f.Severity == finding.Error || f.Severity == finding.Warning:
				ja.failures[f.Rule] = append(ja.failures[f.Rule], f)
			default:
				ja.out[f.Rule] = append(ja.out[f.Rule], plainFinding(f, pl))
			}
		}
	}

	rules := r.ruleList()
	doc := junitSuites{Name: "claimcheck", Time: "0"}
	for _, ja := range arts {
		s := junitSuite{Name: ja.info.Path, Time: "0", Properties: articleProps(ja.info)}
		for _, ru := range rules {
			tc := junitTestcase{Name: ru.ID, Classname: ja.info.Path, Time: "0"}
			if fs := ja.failures[ru.ID]; len(fs) > 0 {
				msg := fs[0].Message
				if len(fs) > 1 {
					msg += fmt.Sprintf(" (and %d more)", len(fs)-1)
				}
				var body []string
				for _, f := range fs {
					body = append(body, plainFinding(f, pl))
				}
				tc.Failure = &junitProblem{Message: msg, Type: string(fs[0].Severity), Body: xmlSafe(strings.Join(body, "\n"))}
				s.Failures++
			}
			if out := ja.out[ru.ID]; len(out) > 0 {
				tc.SystemOut = &junitText{xmlSafe(strings.Join(out, "\n"))}
			}
			s.Cases = append(s.Cases, tc)
		}
		s.Tests = len(s.Cases)
		doc.Suites = append(doc.Suites, s)
	}
	if len(r.Problems) > 0 {
		s := junitSuite{Name: "claimcheck errors", Time: "0"}
		for _, p := range r.Problems {
			s.Cases = append(s.Cases, junitTestcase{
				Name: pos(p.Path, p.Line, p.Col), Classname: "claimcheck errors", Time: "0",
				Error: &junitProblem{Message: problemText(p), Type: "error", Body: xmlSafe(p.Error())},
			})
		}
		s.Tests, s.Errors = len(s.Cases), len(s.Cases)
		doc.Suites = append(doc.Suites, s)
	}
	for _, s := range doc.Suites {
		doc.Tests += s.Tests
		doc.Failures += s.Failures
		doc.Errors += s.Errors
	}
	return doc
}

func articleProps(a ArticleInfo) *junitProps {
	var ps []junitProp
	for _, kv := range [][2]string{{"article", a.ID}, {"title", a.Title}, {"outlet", a.Outlet}, {"published", a.Published}} {
		if kv[1] != "" {
			ps = append(ps, junitProp{Name: kv[0], Value: kv[1]})
		}
	}
	if a.Draft {
		ps = append(ps, junitProp{Name: "draft", Value: "true"})
	}
	if !a.Dated {
		ps = append(ps, junitProp{Name: "undated", Value: "true"})
	}
	if len(ps) == 0 {
		return nil
	}
	return &junitProps{Props: ps}
}

// plainFinding is a finding as plain text lines: the message, then each
// claim's source and sentence. JUnit uses it.
func plainFinding(f *finding.Finding, pl *placer) string {
	return fmt.Sprintf("%s: %s [%s]", f.Severity, f.Message, f.Rule) + sidesText(f, pl)
}

// sidesText is one line per claim of f: its source, position and sentence.
func sidesText(f *finding.Finding, pl *placer) string {
	var b strings.Builder
	for _, c := range quoted(f) {
		p := pl.of(c)
		src := byline(c)
		if c.Draft {
			src += " (draft)"
		}
		fmt.Fprintf(&b, "\n  %s, %s: %s", src, pos(c.Path, p.Focus.Line, p.Focus.Col), oneLine(pl.readable(c)))
	}
	return b.String()
}

// xmlSafe replaces characters XML 1.0 cannot carry (most C0 controls),
// which CDATA, unlike escaped text, would write raw.
func xmlSafe(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return r
		case r < 0x20, r == 0xFFFE, r == 0xFFFF, r >= 0xD800 && r <= 0xDFFF, r == utf8.RuneError:
			return '\uFFFD'
		}
		return r
	}, s)
}
