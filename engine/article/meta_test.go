package article

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/engine/finding"
)

func TestFrontMatter(t *testing.T) {
	tests := []struct {
		name, in                 string
		date, title, outlet, url string
		firstSentence            string
	}{
		{"yaml", "---\ntitle: Troops stay\noutlet: Rudaw\nurl: https://example.com/a\npublished: 2020-09-20\n---\nTroops will stay.\n",
			"2020-09-20", "Troops stay", "Rudaw", "https://example.com/a", "Troops will stay."},
		{"yaml date key and CMS keys", "---\nlayout: post\ntags: [iraq, troops]\nauthor:\n  name: A. Writer\ndate: 2021-04-07T23:30:00-05:00\ncategories:\n  - world\n---\n\nTroops will stay.\n",
			"2021-04-07", "", "", "", "Troops will stay."},
		{"yaml published wins over date", "---\ndate: 2020-01-01\npublished: \"2020-06-12\"\n---\nTroops will stay.\n",
			"2020-06-12", "", "", "", "Troops will stay."},
		{"yaml jekyll time", "---\ndate: 2020-06-12 10:00:00 +0300\n---\nTroops will stay.\n",
			"2020-06-12", "", "", "", "Troops will stay."},
		{"yaml null title", "---\ntitle:\npublished: 2020-06-12\n---\nTroops will stay.\n",
			"2020-06-12", "", "", "", "Troops will stay."},
		{"toml unquoted date", "+++\ntitle = \"Troops stay\"\npublished = 2021-07-26\nweight = 3\n[params]\nx = 1\n+++\nTroops will stay.\n",
			"2021-07-26", "Troops stay", "", "", "Troops will stay."},
		{"toml quoted date", "+++\ndate = \"2021-07-26\"\n+++\nTroops will stay.\n",
			"2021-07-26", "", "", "", "Troops will stay."},
		{"toml datetime", "+++\ndate = 2021-07-26T01:00:00+03:00\n+++\nTroops will stay.\n",
			"2021-07-26", "", "", "", "Troops will stay."},
		{"crlf and bom", "\uFEFF---\r\npublished: 2020-06-12\r\n---\r\nTroops will stay.\r\n",
			"2020-06-12", "", "", "", "Troops will stay."},
		{"yaml written date and empty fields", "---\ntitle: \"\"\ndate: \"\"\npublished: June 12, 2020\n---\nTroops will stay.\n",
			"2020-06-12", "", "", "", "Troops will stay."},
		// Written dates are accepted on purpose, as CMSs write them, with
		// ordinals and in either order.
		{"yaml written date with ordinal", "---\npublished: June 10th, 2021\n---\nTroops will stay.\n",
			"2021-06-10", "", "", "", "Troops will stay."},
		{"yaml day-first written date", "---\npublished: \"10 June 2021\"\n---\nTroops will stay.\n",
			"2021-06-10", "", "", "", "Troops will stay."},
		{"toml empty date", "+++\ndate = \"\"\n+++\nTroops will stay.\n", "", "", "", "", "Troops will stay."},
		{"empty front matter", "---\n---\nTroops will stay.\n", "", "", "", "", "Troops will stay."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("a.md", []byte(tt.in), Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkSentences(t, a)
			date := ""
			if a.Dated {
				date = a.Published.Format("2006-01-02")
				if a.DateSource != FromFrontMatter {
					t.Errorf("date source %q", a.DateSource)
				}
			}
			if date != tt.date || a.Title != tt.title || a.Outlet != tt.outlet || a.URL != tt.url {
				t.Errorf("got date %q title %q outlet %q url %q", date, a.Title, a.Outlet, a.URL)
			}
			if len(a.Sentences) == 0 || a.Sentences[0].Text != tt.firstSentence {
				t.Fatalf("sentences %q", texts(a))
			}
			// Offsets are into the original file, front matter included.
			if want := strings.Index(tt.in, tt.firstSentence); a.Sentences[0].Start != want {
				t.Errorf("first sentence at %d, want %d", a.Sentences[0].Start, want)
			}
		})
	}
}

func TestFrontMatterErrors(t *testing.T) {
	tests := []struct {
		name, in  string
		line, col int
		msg       string
	}{
		{"yaml syntax", "---\ntitle: Troops\npublished: [2020\n---\nText.\n", 2, 1, "front matter: did not find expected"},
		{"yaml bad date", "---\ntitle: Troops\npublished: June 2020\n---\nText.\n", 3, 12, `"June 2020" is not a date`},
		{"yaml list title", "---\ntitle:\n  - a\n  - b\n---\nText.\n", 3, 3, "title must be a single value"},
		{"yaml not a mapping", "---\n- a\n- b\n---\nText.\n", 2, 1, "must be a mapping"},
		{"yaml unclosed", "---\ntitle: Troops\nText.\n", 1, 1, "never closed"},
		{"toml syntax", "+++\ntitle = \"Troops\npublished = 2020-06-12\n+++\nText.\n", 2, 16, "front matter: strings cannot contain newlines"},
		{"toml bad date", "+++\ntitle = \"x\"\n  published = \"yesterday\"\n+++\nText.\n", 3, 3, `"yesterday" is not a date`},
		{"toml title number", "+++\ntitle = 5\n+++\nText.\n", 2, 1, "title must be a string"},
		{"toml date wrong type", "+++\ndate = 5\n+++\nText.\n", 2, 1, "date must be a date"},
		{"toml quoted key", "+++\n'title' = 5\n+++\nText.\n", 2, 1, "title must be a string"},
		{"nothing after front matter", "---\ntitle: x\n---\n", 4, 1, "no article text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("drafts/a.md", []byte(tt.in), Options{})
			var p finding.Problem
			if !errors.As(err, &p) {
				t.Fatalf("err %v, want a finding.Problem", err)
			}
			if p.Path != "drafts/a.md" || p.Line != tt.line || tt.col > 0 && p.Col != tt.col || !strings.Contains(p.Message, tt.msg) {
				t.Errorf("got %q, want drafts/a.md:%d:%d: ...%s...", err, tt.line, tt.col, tt.msg)
			}
		})
	}
}

// A .txt file is never read for front matter: a scrape may start with a
// rule of dashes.
func TestPlainTextHasNoFrontMatter(t *testing.T) {
	a := mustParse(t, "a.txt", "---\nTroops will stay.\n---\nThey said so.\n")
	if want := []string{"Troops will stay.", "They said so."}; strings.Join(texts(a), "|") != strings.Join(want, "|") {
		t.Errorf("got %q", texts(a))
	}
}

func TestFindTextDate(t *testing.T) {
	tests := []struct {
		lines []string
		want  string
	}{
		{[]string{"Headline here", "Published 26 July 2021", "Opinion"}, "2021-07-26"},
		{[]string{"Headline", "Caption. (Maj. X/U.S. Army)", "June 12, 2020"}, "2020-06-12"},
		{[]string{"Posted on Sept. 20, 2020 at 10:32 am"}, "2020-09-20"},
		{[]string{"Published: 2021-04-07 | 10:00 GMT"}, "2021-04-07"},
		{[]string{"Friday, June 12, 2020"}, "2020-06-12"},
		{[]string{"Fri 12 Jun 2020"}, "2020-06-12"},
		{[]string{"2020-06-12T10:00:00Z"}, "2020-06-12"},
		{[]string{"Published: Jul 26, 2021 10:32 AM EDT"}, "2021-07-26"},
		{[]string{"12th June 2020 14:05"}, "2020-06-12"},
		{[]string{"BAGHDAD, June 12, 2020 (Reuters) - Troops will stay."}, "2020-06-12"},
		{[]string{"Updated June 13, 2020", "Published June 12, 2020"}, "2020-06-12"},
		{[]string{"Updated June 13, 2020"}, "2020-06-13"},
		{[]string{"Last modified on Tue 27 Jul 2021 10.31 BST"}, "2021-07-27"},
		{[]string{"Troops left on June 12, 2020, officials said."}, ""}, // a date in prose is not a publication date
		{[]string{"February 30, 2020"}, ""},
		{[]string{"June 12"}, ""},
		{[]string{"ERBIL, Kurdistan Region – The ambassador spoke."}, ""},
	}
	for _, tt := range tests {
		got := ""
		if d := findTextDate(tt.lines); !d.IsZero() {
			got = d.Format("2006-01-02")
		}
		if got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.lines, got, tt.want)
		}
	}
}

func TestDatePrecedence(t *testing.T) {
	flag := time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC)
	side := &meta{published: time.Date(2002, 2, 2, 0, 0, 0, 0, time.UTC), dated: true, source: FromSidecar, title: "Side", outlet: "SideOutlet"}
	in := "---\ntitle: Front\n---\nPublished 3 March 2003\n\nTroops will stay.\n"
	a, err := parse("a.md", []byte(in), Options{Published: flag}, side)
	if err != nil {
		t.Fatal(err)
	}
	if a.DateSource != FromSidecar || a.Published.Year() != 2002 || a.Title != "Front" || a.Outlet != "SideOutlet" {
		t.Errorf("got %v from %q, title %q outlet %q", a.Published, a.DateSource, a.Title, a.Outlet)
	}
	a, _ = parse("a.md", []byte(in), Options{Published: flag}, nil)
	if a.DateSource != FromText || a.Published.Year() != 2003 {
		t.Errorf("without sidecar: %v from %q", a.Published, a.DateSource)
	}
}
