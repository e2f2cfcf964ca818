package article

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// checkSentences asserts the invariants every article must keep: sentences
// lie inside the body, in order, without overlap, trimmed, with Text exactly
// the original bytes and Line:Col the position of Start.
func checkSentences(t testing.TB, a *Article) {
	t.Helper()
	prev := a.Body
	for i, s := range a.Sentences {
		if s.Start < prev || s.End <= s.Start || s.End > len(a.Text) {
			t.Fatalf("%s: sentence %d [%d,%d) out of bounds or order (previous end %d, len %d)", a.Path, i, s.Start, s.End, prev, len(a.Text))
		}
		if got := string(a.Text[s.Start:s.End]); got != s.Text {
			t.Fatalf("%s: sentence %d: file[%d:%d] = %q, Text = %q", a.Path, i, s.Start, s.End, got, s.Text)
		}
		if len(a.Plain) != len(a.Text) || s.Plain != string(a.Plain[s.Start:s.End]) {
			t.Fatalf("%s: sentence %d: Plain %q does not line up with Article.Plain", a.Path, i, s.Plain)
		}
		first, _ := utf8.DecodeRuneInString(s.Text)
		last, _ := utf8.DecodeLastRuneInString(s.Text)
		if unicode.IsSpace(first) || unicode.IsSpace(last) {
			t.Errorf("%s: sentence %d not trimmed: %q", a.Path, i, s.Text)
		}
		if p := a.Index.Position(s.Start); p.Line != s.Line || p.Col != s.Col {
			t.Errorf("%s: sentence %d at %d:%d, index says %d:%d", a.Path, i, s.Line, s.Col, p.Line, p.Col)
		}
		prev = s.End
	}
}

// texts returns the sentences' texts.
func texts(a *Article) []string {
	var out []string
	for _, s := range a.Sentences {
		out = append(out, s.Text)
	}
	return out
}

// mustParse parses text as a plain-text file and checks the invariants.
func mustParse(t *testing.T, name, text string) *Article {
	t.Helper()
	a, err := Parse(name, []byte(text), Options{})
	if err != nil {
		t.Fatalf("Parse(%q): %v", name, err)
	}
	checkSentences(t, a)
	return a
}

func removedReasons(a *Article) []string {
	var out []string
	for _, r := range a.Removed {
		out = append(out, r.Reason+"="+string(a.Text[r.Start:r.End]))
	}
	return out
}
