package report

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/finding"
)

// oneClaim is a report with one finding on a claim whose sentence sits at
// line 3, column 5 of a file, with focus on the first occurrence of focus.
func oneClaim(sentence, focus string) (*Report, *claim.Claim) {
	const start = 100
	off := strings.Index(sentence, focus)
	c := &claim.Claim{ID: "a#1", Kind: claim.Count, Article: "a", Path: "drafts/ümlaut café.md", Outlet: "Desk",
		Text: sentence, Start: start, End: start + len(sentence), Line: 3, Col: 5,
		FocusStart: start + off, FocusEnd: start + off + len(focus), Value: 3000}
	r := &Report{Findings: []finding.Finding{{Rule: "r", Category: finding.Contradiction, Severity: finding.Error,
		Message: "m", Claims: []*claim.Claim{c}, Fingerprint: "f"}}}
	return r, c
}

// TestNonASCIIColumns checks every format's column for a focus that
// follows accents, curly quotes, Arabic script and combining marks: the
// column counts characters, and the text underline sits under the focus.
func TestNonASCIIColumns(t *testing.T) {
	cases := []struct{ name, sentence, focus string }{
		{"accents", "Prime Minister Mustafa al-Kāẓimī said 3,000 troops would stay.", "3,000 troops"},
		{"curly quote", "After Qasem Soleimani’s killing, 5,200 troops stayed.", "5,200 troops"},
		{"arabic", "قاسم سليماني: the US had 5,000 troops in Iraq.", "5,000 troops"},
		{"focus in arabic", "The strike killed قاسم سليماني near the airport.", "قاسم سليماني"},
		{"combining marks", "Kade\u0301mi\u0301 said 2,500 troops remain.", "2,500 troops"},
		{"wide", "東京の報道では 2,500 troops remain.", "2,500 troops"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r, _ := oneClaim(tc.sentence, tc.focus)
			prefix := tc.sentence[:strings.Index(tc.sentence, tc.focus)]
			wantCol := 5 + utf8.RuneCountInString(prefix)
			wantEnd := wantCol + utf8.RuneCountInString(tc.focus)

			var text bytes.Buffer
			if err := Write(&text, "text", r, Options{Width: 200}); err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(text.String(), "\n")
			if want := "drafts/ümlaut café.md:3:" + itoa(wantCol) + ": error: m [r]"; lines[0] != want {
				t.Errorf("text header %q, want %q", lines[0], want)
			}
			// The caret line: carets start where the focus starts on screen.
			sent, carets := strings.TrimPrefix(lines[2], gutter), strings.TrimPrefix(lines[3], gutter)
			lead := len(carets) - len(strings.TrimLeft(carets, " "))
			if got, want := lead, width(prefix); got != want {
				t.Errorf("carets start at cell %d, want %d\n%s\n%s", got, want, sent, carets)
			}
			if got, want := strings.Count(carets, "^"), width(tc.focus); got != want {
				t.Errorf("%d carets, want %d", got, want)
			}

			var gh bytes.Buffer
			if err := Write(&gh, "github", r, Options{}); err != nil {
				t.Fatal(err)
			}
			wantGH := ",col=" + itoa(wantCol) + ",endLine=3,endColumn=" + itoa(wantEnd-1) + ","
			if !strings.Contains(gh.String(), wantGH) {
				t.Errorf("github: want %q in\n%s", wantGH, gh.String())
			}

			var js bytes.Buffer
			if err := Write(&js, "json", r, Options{}); err != nil {
				t.Fatal(err)
			}
			if want := `"col": ` + itoa(wantCol) + ",\n            \"end_line\": 3,\n            \"end_col\": " + itoa(wantEnd); !strings.Contains(js.String(), want) {
				t.Errorf("json: want %q in\n%s", want, js.String())
			}

			var sarif bytes.Buffer
			if err := Write(&sarif, "sarif", r, Options{}); err != nil {
				t.Fatal(err)
			}
			if want := `"startColumn": ` + itoa(wantCol) + ",\n                  \"endLine\": 3,\n                  \"endColumn\": " + itoa(wantEnd); !strings.Contains(sarif.String(), want) {
				t.Errorf("sarif: want %q in\n%s", want, sarif.String())
			}
		})
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestWrapKeepsUnderlineWithFocus(t *testing.T) {
	sentence := strings.Repeat("word ", 30) + "there were 2,500 troops " + strings.Repeat("more ", 30) + "end."
	r, _ := oneClaim(sentence, "2,500 troops")
	var buf bytes.Buffer
	if err := Write(&buf, "text", r, Options{Width: 40}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	lines := strings.Split(out, "\n")
	caretLine := -1
	for i, ln := range lines {
		if strings.HasPrefix(ln, gutter) && width(ln) > 40 {
			t.Errorf("line %d is %d cells wide: %q", i, width(ln), ln)
		}
		if strings.Contains(ln, "^") {
			caretLine = i
		}
	}
	if caretLine < 1 || !strings.Contains(lines[caretLine-1], "2,500 troops") {
		t.Fatalf("underline not under the focus:\n%s", out)
	}
	above := strings.TrimPrefix(lines[caretLine-1], gutter)
	carets := strings.TrimPrefix(lines[caretLine], gutter)
	if i := strings.Index(carets, "^"); above[i:i+len("2,500 troops")] != "2,500 troops" {
		t.Errorf("carets at %d do not start under the focus:\n%s\n%s", i, above, carets)
	}
	// A long sentence is cut to a window around the focus.
	if n := strings.Count(out, gutter); n > maxSentence+3 {
		t.Errorf("%d gutter lines for one sentence, want at most %d:\n%s", n, maxSentence+3, out)
	}
	if !strings.Contains(out, gutter+"…") {
		t.Errorf("cut sentence has no ellipsis:\n%s", out)
	}
}

func TestTextSanitizesTerminalControls(t *testing.T) {
	r, _ := oneClaim("Evil \x1b[2J text \u202eyppah 5,000 troops\x07.", "5,000 troops")
	r.Findings[0].Message = "msg \x1b]0;title\x07 here"
	var buf bytes.Buffer
	if err := Write(&buf, "text", r, Options{}); err != nil {
		t.Fatal(err)
	}
	if s := buf.String(); strings.ContainsAny(s, "\x1b\x07\u202e") {
		t.Errorf("control characters reached the terminal: %q", s)
	}
}

func TestTextColor(t *testing.T) {
	r, _ := oneClaim("There were 5,000 troops.", "5,000 troops")
	var plain, color bytes.Buffer
	if err := Write(&plain, "text", r, Options{}); err != nil {
		t.Fatal(err)
	}
	if err := Write(&color, "text", r, Options{Color: true}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(plain.String(), "\x1b[") {
		t.Error("colour without Options.Color")
	}
	if !strings.Contains(color.String(), "\x1b[1;31merror\x1b[0m") || !strings.Contains(color.String(), "\x1b[1;31m^^^^^^^^^^^^\x1b[0m") {
		t.Errorf("no red severity or carets:\n%q", color.String())
	}
}

func TestTextSourceFallback(t *testing.T) {
	file := []byte("Title\n\nThe US had 5,000 troops in Iraq.\n")
	start := bytes.Index(file, []byte("The US"))
	focus := bytes.Index(file, []byte("5,000"))
	c := &claim.Claim{ID: "a#1", Path: "a.txt", Start: start, End: start + 33, Line: 3, Col: 1, FocusStart: focus, FocusEnd: focus + 5}
	r := &Report{Findings: []finding.Finding{{Rule: "r", Severity: finding.Warning, Message: "m", Claims: []*claim.Claim{c}}},
		Source: func(p string) ([]byte, error) { return file, nil }}
	var buf bytes.Buffer
	if err := Write(&buf, "text", r, Options{}); err != nil {
		t.Fatal(err)
	}
	want := "a.txt:3:12: warning: m [r]\n    undated, a.txt:3:12\n    | The US had 5,000 troops in Iraq.\n    |            ^^^^^\n"
	if !strings.HasPrefix(buf.String(), want) {
		t.Errorf("got\n%s\nwant prefix\n%s", buf.String(), want)
	}
}

func TestSummaryLine(t *testing.T) {
	cases := []struct {
		c    counts
		want string
	}{
		{counts{}, "0 findings in 0 articles, 0 claims; no input or rule errors"},
		{counts{Articles: 1, Claims: 1, Error: 1, Problems: 1}, "1 finding (1 error, 0 warnings, 0 info) in 1 article, 1 claim; 1 input or rule error"},
		{counts{Articles: 5, Claims: 42, Error: 1, Warning: 1, Info: 1}, "3 findings (1 error, 1 warning, 1 info) in 5 articles, 42 claims; no input or rule errors"},
		{counts{Articles: 2, Claims: 3, Suppressed: 2, Problems: 3}, "0 findings (2 suppressed) in 2 articles, 3 claims; 3 input or rule errors"},
	}
	for _, tc := range cases {
		if got := tc.c.summaryLine(); got != tc.want {
			t.Errorf("got  %q\nwant %q", got, tc.want)
		}
	}
}

func TestTextWithoutPlaces(t *testing.T) {
	r := &Report{
		Findings: []finding.Finding{{Rule: "r", Severity: finding.Info, Message: "no claims"}},
		Problems: []finding.Problem{{Message: "no rules loaded"}, {Path: "x.toml", Rule: "y", Message: "bad"}},
	}
	var buf bytes.Buffer
	if err := Write(&buf, "text", r, Options{}); err != nil {
		t.Fatal(err)
	}
	want := "claimcheck: error: no rules loaded\nx.toml: error: rule y: bad\n\nclaimcheck: info: no claims [r]\n\n" +
		"1 finding (0 errors, 0 warnings, 1 info) in 0 articles, 0 claims; 2 input or rule errors\n"
	if buf.String() != want {
		t.Errorf("got\n%s\nwant\n%s", buf.String(), want)
	}
}

// TestDraftQuotedFirst: when a rule lists the archive claim first, the
// draft claim is still where the finding is reported and quoted first;
// JSON keeps the rule's order.
func TestDraftQuotedFirst(t *testing.T) {
	r := fixtureReport(t)
	f := &r.Findings[0]
	f.Claims[0], f.Claims[1] = f.Claims[1], f.Claims[0] // archive, draft
	var buf bytes.Buffer
	if err := Write(&buf, "text", &Report{Findings: []finding.Finding{*f}}, Options{}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(buf.String(), "\n")
	if !strings.HasPrefix(lines[0], srcDraft.path+":10:45: error:") || !strings.Contains(lines[1], "(draft)") {
		t.Errorf("draft not first:\n%s", buf.String())
	}
	buf.Reset()
	if err := Write(&buf, "json", &Report{Findings: []finding.Finding{*f}}, Options{}); err != nil {
		t.Fatal(err)
	}
	if strings.Index(buf.String(), srcNat.path) > strings.Index(buf.String(), srcDraft.path) {
		t.Error("json reordered the claims")
	}
}

func TestTextSuppressedOnly(t *testing.T) {
	r, _ := oneClaim("There were 5,000 troops.", "5,000 troops")
	r.Findings[0].Suppressed = "checked"
	r.Findings = append(r.Findings, r.Findings[0])
	var buf bytes.Buffer
	if err := Write(&buf, "text", r, Options{}); err != nil {
		t.Fatal(err)
	}
	if want := "0 findings (2 suppressed) in 0 articles, 0 claims; no input or rule errors\n"; buf.String() != want {
		t.Errorf("got %q, want %q", buf.String(), want)
	}
}
