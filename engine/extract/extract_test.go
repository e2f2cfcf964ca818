package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/engine/claim"
)

var day = func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }

// The construction tests (how a sentence's wording becomes claims) are
// data: testdata/constructions/*.txt, run by TestConstructionFiles.

// checkSpans asserts the positional contract: every claim's sentence and
// focus lie inside the text, the focus inside the sentence, and Text is
// the file's bytes at Start:End.
func checkSpans(t *testing.T, text string, cs []*claim.Claim) {
	t.Helper()
	for _, c := range cs {
		if c.Start < 0 || c.End > len(text) || c.Start > c.End {
			t.Fatalf("%s: sentence %d..%d outside the text (%d bytes)", c.ID, c.Start, c.End, len(text))
		}
		if text[c.Start:c.End] != c.Text {
			t.Fatalf("%s: text %q is not file[%d:%d]", c.ID, c.Text, c.Start, c.End)
		}
		if c.FocusStart < c.Start || c.FocusEnd > c.End || c.FocusStart > c.FocusEnd {
			t.Fatalf("%s: focus %d..%d outside sentence %d..%d", c.ID, c.FocusStart, c.FocusEnd, c.Start, c.End)
		}
		if !strings.HasPrefix(c.ID, c.Article+"#") {
			t.Fatalf("claim id %q does not start with the article id", c.ID)
		}
	}
}

// A claim's focus is the words it rests on, whichever comes first: the
// number or its item.
func TestCountFocus(t *testing.T) {
	x := New(nil, Options{})
	for _, tt := range []struct{ text, focus string }{
		{"There are currently around 5,000 U.S. troops in Iraq.", "around 5,000 U.S. troops"},
		{"The United States said it would reduce the number of American troops in Iraq from 5,200 to 3000.", "5,200"},
	} {
		cs, err := x.Text("t", tt.text, day("2020-09-20"))
		if err != nil {
			t.Fatal(err)
		}
		if len(cs) == 0 || cs[0].Kind != "count" {
			t.Fatalf("%q: no count", tt.text)
		}
		if got := cs[0].Text[cs[0].FocusStart-cs[0].Start : cs[0].FocusEnd-cs[0].Start]; got != tt.focus {
			t.Errorf("%q: focus %q, want %q", tt.text, got, tt.focus)
		}
	}
}
