package report

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzGitHubEscape: no text can end a workflow command or start a new
// line, and the runner's unescaping gives the text back.
func FuzzGitHubEscape(f *testing.F) {
	for _, s := range []string{hostile, "", "%", "%0A", "a\rb", "::x::y", "é, ق: 5%"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := escapeData(s)
		if strings.ContainsAny(d, "\r\n") || unescapeData(d) != s {
			t.Errorf("data %q -> %q", s, d)
		}
		p := escapeProperty(s)
		if strings.ContainsAny(p, "\r\n,:") {
			t.Errorf("property %q -> %q", s, p)
		}
	})
}

// FuzzFormats: any sentence and focus prints in every format without
// panicking, JSON and SARIF stay JSON, JUnit stays XML, and the text
// underline never runs past the sentence's width.
func FuzzFormats(f *testing.F) {
	f.Add("There are currently around 5,000 U.S. troops in the country.", 27, 39, 40)
	f.Add("قاسم سليماني\r\nkilled\x00 ]]> <b> `x` |", 3, 30, 10)
	f.Add("", 0, 0, 0)
	f.Add("東京 Kade\u0301mi 5,000", -4, 200, 1)
	f.Fuzz(func(t *testing.T, sentence string, from, to, width int) {
		r, c := oneClaim(sentence, "")
		c.FocusStart, c.FocusEnd = c.Start+from, c.Start+to
		for _, format := range Formats() {
			var buf bytes.Buffer
			if err := Write(&buf, format, r, Options{Width: width}); err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			switch format {
			case "json", "sarif":
				if !json.Valid(buf.Bytes()) {
					t.Fatalf("%s: not JSON:\n%s", format, buf.String())
				}
			case "junit":
				if err := xml.Unmarshal(buf.Bytes(), new(struct{})); err != nil {
					t.Fatalf("junit: %v\n%s", err, buf.String())
				}
			case "text":
				if !utf8.Valid(buf.Bytes()) {
					t.Fatalf("text: invalid UTF-8")
				}
			}
		}
	})
}
