package article

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParseHTML checks that no page panics the HTML reader, that sentences
// keep their invariants (exact, in order, positioned), that removals stay
// in bounds, and that ReadableHTML maps any range of a sentence into its
// result.
func FuzzParseHTML(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(htmlDir, "*.html"))
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	for _, s := range []string{
		"<p>Iraq&#8217;s troops &ldquo;left&rdquo;.</p>",
		"<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-01-02\"}</script></head><body><p>A. B.</p>",
		"<table><tr>text moved<td>cell</td></tr></table>", "<pre>\nline</pre>", "<p>a<!-- claimcheck-ignore r: x -->b</p>",
		"&", "&#", "&#x;", "<", "<p", "<!--", "<![CDATA[x]]>", "<script>", "<p>&amp&amp;&#99999999;</p>",
		"<title>t</title><h1>t</h1><p>x.</p>", "<meta name=date content=2020-13-45><p>x.</p>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Parse("f.html", data, Options{})
		if err != nil {
			return
		}
		checkSentences(t, a)
		for _, r := range a.Removed {
			if r.Start < 0 || r.End < r.Start || r.End > len(data) || r.Reason == "" {
				t.Fatalf("removal %+v out of bounds (len %d)", r, len(data))
			}
		}
		for _, s := range a.Sentences {
			n := len(s.Text)
			out, rs := ReadableHTML(s.Text, [][2]int{{0, n}, {n / 3, n / 2}, {n / 2, n / 2}})
			for _, r := range rs {
				if r[0] < 0 || r[1] < r[0] || r[1] > len(out) {
					t.Fatalf("ReadableHTML(%q) maps to %v of %d bytes", s.Text, r, len(out))
				}
			}
		}
	})
}
