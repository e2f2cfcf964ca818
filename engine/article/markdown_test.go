package article

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/engine/finding"
)

func parseMD(t *testing.T, in string) *Article {
	t.Helper()
	a, err := Parse("draft.md", []byte(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkSentences(t, a)
	return a
}

func TestMarkdownStructure(t *testing.T) {
	in := "# US troops to stay in Iraq #\n\n" +
		"The United States will keep\nabout 2,500 troops in Iraq. Officials said so\non Monday.\n\n" +
		"- First, training will go on.\n- Second, strikes will stop.\n\n" +
		"> “We are their guests,” Hood said.\n\n" +
		"![Soldiers in Mosul](mosul.jpg)\n\n" +
		"```\nnot = \"text\"\n```\n\n" +
		"<div class=\"share\">\n\n" +
		"***\n\n" +
		"[1]: https://example.com\n\n" +
		"| Year | Troops |\n|------|--------|\n| 2020 | 5,000 |\n\n" +
		"Heading\n=======\n\nLast line.[^1]\n"
	a := parseMD(t, in)
	want := []string{
		"US troops to stay in Iraq",
		"The United States will keep\nabout 2,500 troops in Iraq.",
		"Officials said so\non Monday.",
		"First, training will go on.",
		"Second, strikes will stop.",
		"“We are their guests,” Hood said.",
		"Heading",
		"Last line.[^1]",
	}
	if got := texts(a); !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if !a.Sentences[0].Headline || a.Sentences[1].Headline {
		t.Errorf("headline flags wrong: %+v", a.Sentences[:2])
	}
	if a.Title != "US troops to stay in Iraq" {
		t.Errorf("title from the heading: %q", a.Title)
	}
	if h := parseMD(t, "## Troops will stay.\n\nText.\n"); !h.Sentences[0].Headline || h.Sentences[1].Headline {
		t.Errorf("a heading with a stop is still a headline: %+v", h.Sentences)
	}
	// Sentences of one paragraph share its ordinal; list items are their own.
	if a.Sentences[1].Paragraph != a.Sentences[2].Paragraph || a.Sentences[3].Paragraph == a.Sentences[4].Paragraph {
		t.Errorf("paragraph ordinals: %+v", a.Sentences)
	}
	var reasons []string
	for _, r := range a.Removed {
		reasons = append(reasons, r.Reason)
	}
	if p := a.Sentences[len(a.Sentences)-1].Plain; p != "Last line.    " {
		t.Errorf("footnote mark not blanked: %q", p)
	}
	for _, r := range []string{"image", "code", "html", "rule", "link-definition", "table"} {
		if !slices.Contains(reasons, r) {
			t.Errorf("no %q removal in %v", r, reasons)
		}
	}
}

func TestSuppressions(t *testing.T) {
	in := "---\ntitle: Draft\n---\n" +
		"Troops left Syria.\n\n" +
		"<!-- claimcheck-ignore troop-count-contradiction: the 2,500 figure is from a later briefing -->\n" +
		"The US has about 2,500 troops in Iraq.\n\n" +
		"Officials met <!-- claimcheck-ignore stale-role, quote-drift --> on Monday.\n\n" +
		"<!--\nclaimcheck-ignore  leader-title\n-->\n"
	a := parseMD(t, in)
	if got, want := texts(a), []string{"Troops left Syria.", "The US has about 2,500 troops in Iraq.", "Officials met <!-- claimcheck-ignore stale-role, quote-drift --> on Monday."}; !slices.Equal(got, want) {
		t.Errorf("sentences %q, want %q", got, want)
	}
	if got := a.Sentences[2].Plain; strings.Join(strings.Fields(got), " ") != "Officials met on Monday." {
		t.Errorf("plain %q", got)
	}
	type sup struct {
		rule, reason, applies string
		line, col             int
	}
	var got []sup
	for _, s := range a.Suppressions {
		got = append(got, sup{s.Rule, s.Reason, string(a.Text[s.Applies.Start:s.Applies.End]), s.Line, s.Col})
	}
	want := []sup{
		{"troop-count-contradiction", "the 2,500 figure is from a later briefing", "The US has about 2,500 troops in Iraq.", 6, 1},
		{"stale-role", "", "Officials met <!-- claimcheck-ignore stale-role, quote-drift --> on Monday.", 9, 15},
		{"quote-drift", "", "Officials met <!-- claimcheck-ignore stale-role, quote-drift --> on Monday.", 9, 15},
		{"leader-title", "", "", 11, 1},
	}
	if !slices.Equal(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

func TestSuppressionErrors(t *testing.T) {
	for _, tt := range []struct{ in, msg string }{
		{"Text.\n\n<!-- claimcheck-ignore -->\nMore.\n", "needs a rule id"},
		{"Text.\n\n<!-- claimcheck-ingore x: y -->\nMore.\n", "unknown directive claimcheck-ingore"},
		{"Text.\n\n<!-- claimcheck-ignore x\nMore.\n", "never closed"},
	} {
		_, err := Parse("d.md", []byte(tt.in), Options{})
		var p finding.Problem
		if !errors.As(err, &p) || p.Line != 3 || p.Col != 1 || !strings.Contains(p.Message, tt.msg) {
			t.Errorf("%q: got %v, want d.md:3:1: ...%s", tt.in, err, tt.msg)
		}
	}
}

// Hard-wrapped plain text reads like Markdown: lines join into paragraphs.
func TestWrappedPlainText(t *testing.T) {
	in := `The United States said on Thursday it would reduce the number of
troops it keeps in Iraq over the coming months, according to a joint
statement released after talks between the two governments in Baghdad.

Officials in the US-led coalition say Iraqi troops are now mostly able
to handle the insurgents on their own. Western military trainers are
expected to remain in Iraq, but it is not clear how many will stay.
`
	a := mustParse(t, "w.txt", in)
	if len(a.Sentences) != 3 || a.Sentences[0].Paragraph != 0 || a.Sentences[2].Paragraph != 1 {
		t.Errorf("got %q", texts(a))
	}
}

func TestMarkup(t *testing.T) {
	tests := []struct {
		name, in string
		md       bool
		text     []string
		plain    []string
	}{
		{"link", "[Reuters reported](https://reuters.com/2020/06/12/5000-troops) that 5,000 troops remain.", true,
			[]string{"[Reuters reported](https://reuters.com/2020/06/12/5000-troops) that 5,000 troops remain."},
			[]string{"Reuters reported that 5,000 troops remain."}},
		{"emphasis around a sentence end", "**Troops left.** The _base_ closed. Its snake_case name stayed.", true,
			[]string{"**Troops left.**", "The _base_ closed.", "Its snake_case name stayed."},
			[]string{"Troops left.", "The base closed.", "Its snake_case name stayed."}},
		{"inline image, code, tag and escape", "The ![map](m.png) shows `3` bases<br> and 2\\*3 \\# marks.", true,
			nil, []string{"The shows 3 bases and 2 *3 # marks."}},
		{"reference link and autolink", "See [the report][1] at <https://example.com/2020>.", true,
			nil, []string{"See the report at ."}},
		{"bare URL in plain text", "Read it at https://example.com/2021/07/2500-troops. Troops stay.", false,
			[]string{"Read it at https://example.com/2021/07/2500-troops.", "Troops stay."},
			[]string{"Read it at .", "Troops stay."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name := "x.txt"
			if tt.md {
				name = "x.md"
			}
			a := mustParse(t, name, tt.in)
			var plain []string
			for _, s := range a.Sentences {
				plain = append(plain, strings.Join(strings.Fields(s.Plain), " "))
			}
			if tt.text != nil && !slices.Equal(texts(a), tt.text) {
				t.Errorf("text  %q\nwant  %q", texts(a), tt.text)
			}
			if !slices.Equal(plain, tt.plain) {
				t.Errorf("plain %q\nwant  %q", plain, tt.plain)
			}
		})
	}
}
