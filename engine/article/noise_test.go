package article

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/engine/finding"
)

// Each case is a small scrape around one kind of noise: want is the
// sentences that must survive, reason the pattern that must have fired.
func TestNoiseKinds(t *testing.T) {
	body := "Troops will stay in Iraq, officials said."
	tests := []struct {
		name, in, reason string
		want             []string
	}{
		{"ad markers", "[ad_1]\n" + body + "\n[ad_2]", "ad-marker", []string{body}},
		{"ad marker inside a line", "[ad_1] " + body, "ad-marker", []string{body}},
		{"advertisement label", "Advertisement\n" + body, "advertisement", []string{body}},
		{"advertisement with a scroll note", "Advertisement · Scroll to continue\n" + body, "advertisement", []string{body}},
		{"source link", body + "\nSource link", "source-link", []string{body}},
		{"read more and its headlines", body + "\nRead more:\nUAE announces $3 bln investment in Iraq\nIraq reports 8,331 new COVID-19 cases\n\nThe base closed in March.",
			"read-more", []string{body, "The base closed in March."}},
		{"read more leaves other noise to its own pattern", body + "\nRead more:\nIraq reports new cases\n[ad_2]\nSource link", "source-link", []string{body}},
		{"read more list across blank lines", "Read more:\n\nIraq reports new cases\n\nTroops left Syria\n\n" + body,
			"read-more", []string{body}},
		{"related posts at the end", body + "\n\nRelated Posts\nUS strikes militia in Syria", "read-more", []string{body}},
		{"RELATED and one linked headline", "RELATED:\n\nUK Hid War Crimes Committed in Afghanistan, Iraq: Investigation\n\nIraq Votes\n\n" + body,
			"related-link", []string{"Iraq Votes", body}},
		{"RELATED in capitals glued to its headline", "RELATED Trump expands travel ban to include 6 more countries\n" + body,
			"related-caps-headline", []string{body}},
		{"a sentence in capitals is no label", "RELATED documents were seized in the raid.\n" + body, "", []string{"RELATED documents were seized in the raid.", body}},
		{"inline read more", body + "\nRead more: Iraq reports new cases", "inline-read-more", []string{body}},
		{"share buttons with bullets", "• Live\n    • Audio Only\n  • google plus\n  • facebook\n  • twitter\n" + body, "share-navigation", []string{body}},
		{"breadcrumb", "News > U.S.\n" + body, "breadcrumb", []string{body}},
		{"section label", "Opinion\n\n" + body, "section-label", []string{body}},
		{"telegram promotion", "Join our brand new verified AMN Telegram channel and get important news uncensored!\n\n" + body, "channel-promotion", []string{body}},
		{"google news promotion", body + "\nFor all the latest headlines follow our Google News channel online or via the app.", "channel-promotion", []string{body}},
		{"follow us on twitter", body + "\nFollow us on Twitter for more.", "channel-promotion", []string{body}},
		{"photo credit after a bar", "Protesters marched in LA. | Photo: Twitter @AbbyMartin\n\n" + body, "photo-credit", []string{body}},
		{"caption twin without its credit", "• Protesters marched on LA City Hall against a war with Iran.\n\nProtesters marched on LA City Hall against a war with Iran. | Photo: Twitter @AbbyMartin\n\n" + body,
			"copy-of:photo-credit", []string{body}},
		{"credit in parentheses", "Soldiers train with Iraqi partners in Mosul, Iraq. (Maj. Vonnie Wright/U.S. Army)\nJune 12, 2020\n\n" + body,
			"credit-in-parentheses", []string{"June 12, 2020", body}},
		{"credit in brackets", "Biden meets al-Kadhimi at the White House, July 26, 2021 [Kevin Lamarque/Reuters]\n" + body, "credit-in-parentheses", []string{body}},
		{"share counter", "share2\n" + body, "share-navigation", []string{body}},
		{"save for later", "Save articles to read later and create your own reading list.\n" + body, "call-to-action", []string{body}},
		{"agency credit", "A US soldier in Baghdad. AFP via Getty Images\n" + body, "agency-credit", []string{body}},
		{"comment counters", body + "\n\nComment\n0\nComments\nPost with no comments.", "comment-counter", []string{body}},
		{"comment count", body + "\n12 Comments", "comment-counter", []string{body}},
		{"outlet tag", "(The National) " + body, "outlet-tag", []string{body}},
		{"wire dateline", "BAGHDAD (Reuters) - " + body, "wire-dateline", []string{body}},
		{"wire dateline with date", "BAGHDAD, June 12 (Reuters) - " + body, "wire-dateline", []string{body}},
		{"place dateline with region", "ERBIL, Kurdistan Region – " + body, "place-dateline", []string{body}},
		{"place dateline", "WASHINGTON — " + body, "place-dateline", []string{body}},
		{"not a dateline", "US-led forces – and Iraqi troops – left.", "", []string{"US-led forces – and Iraqi troops – left."}},
		{"repeated paragraph", body + "\nThe base closed in March after talks.\n" + body, "repeated-paragraph",
			[]string{body, "The base closed in March after talks."}},
		{"repeat with other quotes and spaces", "“We are their guests,” Hood said of the troops there.\n\"We are  their guests,\" Hood said of the troops there.", "repeated-paragraph",
			[]string{"“We are their guests,” Hood said of the troops there."}},
		{"truncated copy", "“The Iraqi forces keep the country safe and stable. And they’re doing an awful lot to protect us,” said Joey Hood.\nd stable. And they’re doing an awful lot to protect us,” said Joey Hood.",
			"truncated-copy", []string{"“The Iraqi forces keep the country safe and stable. And they’re doing an awful lot to protect us,” said Joey Hood."}},
		{"short truncated fragment", "Troops will stay in Iraq, officials said on Monday.\nficials said on Monday.", "truncated-copy", []string{"Troops will stay in Iraq, officials said on Monday."}},
		{"repeated sentence in another paragraph", "Troops left. The base closed in March.\nIt rained. The base closed in March.", "repeated-sentence",
			[]string{"Troops left.", "The base closed in March.", "It rained."}},
		{"byline", "By Jane Arraf and Eric Schmitt\n" + body, "byline", []string{body}},
		{"byline with outlet", "By LOLITA C. BALDOR | Associated Press\n" + body, "byline", []string{body}},
		{"staff credit", body + "\nReporting by Ahmed Rasheed; Editing by Peter Graff", "staff-credit", []string{body}},
		{"copyright", body + "\n© 2021 Reuters. All rights reserved.", "copyright", []string{body}},
		{"originally published", body + "\nThis article was originally published by The Conversation.", "originally-published", []string{body}},
		{"tags", body + "\nTags: Iraq, US troops", "tags", []string{body}},
		{"reading time", "5 min read\n2 hours ago\n" + body, "reading-time", []string{body}},
		{"contributor credit", body + "\nAssociated Press writer Lolita C. Baldor in Washington contributed to this report.", "contributor-credit", []string{body}},
		{"coverage link", body + "\nFollow AP’s coverage of Iraq at https://apnews.com/hub/iraq", "coverage-link", []string{body}},
		{"AP file photo caption", "FILE - In this Jan. 5, 2020 file photo, US soldiers stand guard in Baghdad, Iraq.\n" + body, "file-photo-caption", []string{body}},
		{"BBC caption labels", "Related Topics\nIraq\nimage source, Reuters\nimage caption,\nPresident Biden hosted Iraq's prime minister\n" + body, "caption-label", []string{body}},
		{"date label above its date", "Published\n27 July 2021\n" + body, "date-label", []string{"27 July 2021", body}},
		{"lines without words", body + "\n* * *\n—\nThe base closed in March.", "", []string{body, "The base closed in March."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustParse(t, "x.txt", tt.in)
			if got := texts(a); !slices.Equal(got, tt.want) {
				t.Errorf("sentences\n got %q\nwant %q\nremoved %q", got, tt.want, removedReasons(a))
			}
			if tt.reason == "" {
				return
			}
			for _, r := range a.Removed {
				if r.Reason == tt.reason {
					return
				}
			}
			t.Errorf("no removal by %q: %q", tt.reason, removedReasons(a))
		})
	}
}

// Short lines that merely resemble noise stay: a short headline inside a
// longer paragraph is not a truncated copy, and prose mentioning Twitter or
// a channel is not a promotion.
func TestNoiseKeepsText(t *testing.T) {
	for _, in := range []string{
		"Iraq\n\nUS troops will stay in Iraq, officials said.",
		"The militia posted the video on its Telegram channel, officials said.",
		"Troops will follow the Shatt al-Arab channel south.",
		"He wrote on Twitter that troops would stay.",
		"Comments by the minister angered Baghdad.",
		"The vote was 12 to 0.",
		"Advertising revenue fell 5% in Iraq.",
		"Reporters who covered the war contributed to the debate, he said.",
		"Follow the money, officials said of the coverage.",
		"By Friday, most troops had left.",
		"By then the base was empty.",
		"Reporting by local media suggested the base was hit.",
		"Reporting by Reuters staff suggested the base was hit.",
	} {
		a := mustParse(t, "x.txt", in)
		var all []string
		for _, p := range strings.Split(in, "\n") {
			if p != "" {
				all = append(all, p)
			}
		}
		if got := texts(a); !slices.Equal(got, all) {
			t.Errorf("%q: kept %q, removed %q", in, got, removedReasons(a))
		}
	}
}

func TestDefaultNoiseCoversEveryKind(t *testing.T) {
	n := DefaultNoise()
	kinds := map[Kind]bool{}
	names := map[string]bool{}
	for _, p := range n.Patterns() {
		kinds[p.Kind] = true
		if names[p.Name] {
			t.Errorf("pattern %q defined twice", p.Name)
		}
		names[p.Name] = true
		if !strings.HasPrefix(p.Source, DefaultNoiseFile+":") {
			t.Errorf("pattern %q source %q", p.Name, p.Source)
		}
	}
	for _, k := range []Kind{DropLine, DropInline, DropNext, DropHeadlines} {
		if !kinds[k] {
			t.Errorf("no default pattern of kind %q", k)
		}
	}
	for _, w := range []string{"Gen", "Maj", "Mr", "Jan", "Sept", "Dr", "Lt", "Col", "No", "St"} {
		if !n.titles[w] {
			t.Errorf("title abbreviation %q missing", w)
		}
	}
	if !n.ambiguous["U.S"] {
		t.Errorf("U.S missing from ambiguous abbreviations")
	}
}

func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadNoise(t *testing.T) {
	dir := t.TempDir()
	user := writeFile(t, dir, "noise.toml", `
[sentences]
titles = ["Cmdr", "Brig.Gen"]

[[pattern]]
name = "newsletter-box"
kind = "rest"
match = '^The Daily Brief ends here$'

[[pattern]]
name = "section-label"   # replaces the default one
match = '^Iraq Desk$'

[[pattern]]
name = "bare-number"
disable = true
`)
	n, err := LoadNoise(nil, user)
	if err != nil {
		t.Fatal(err)
	}
	in := "Iraq Desk\nOpinion\nBrig.Gen. Smith spoke. He left.\n0\nThe Daily Brief ends here\nTroops left Syria."
	a, err := Parse("x.txt", []byte(in), Options{Noise: n})
	if err != nil {
		t.Fatal(err)
	}
	checkSentences(t, a)
	want := []string{"Opinion", "Brig.Gen. Smith spoke.", "He left.", "0"}
	if got := texts(a); !slices.Equal(got, want) {
		t.Errorf("got %q, want %q; removed %q", got, want, removedReasons(a))
	}
	// The default is untouched.
	if a := mustParse(t, "x.txt", "Opinion\nTroops left."); len(a.Sentences) != 1 {
		t.Errorf("default noise changed by LoadNoise: %q", texts(a))
	}
	for _, p := range n.Patterns() {
		if p.Name == "newsletter-box" && p.Source != user+":6" {
			t.Errorf("source %q, want %s:6", p.Source, user)
		}
	}
}

func TestLoadNoiseErrors(t *testing.T) {
	tests := []struct {
		name, text string
		line, col  int
		msg        string
	}{
		{"unknown pattern key", "[[pattern]]\nname = \"x\"\nmatch = 'a'\n  regex = 'b'\n", 4, 3, `unknown key "regex"`},
		{"unknown top-level key", "version = 2\n", 1, 1, `unknown key "version"`},
		{"unknown sentences key", "[sentences]\nabbrevs = []\n", 2, 1, `unknown key "abbrevs"`},
		{"unknown kind", "[[pattern]]\nname = \"x\"\nkind = \"paragraph\"\nmatch = 'a'\n", 3, 1, `unknown pattern kind "paragraph"`},
		{"bad regexp in second pattern", "[[pattern]]\nname = \"a\"\nmatch = 'a'\n\n[[pattern]]\nname = \"b\"\nmatch = '(['\n", 7, 1, "missing closing ]"},
		{"no name", "[[pattern]]\nmatch = 'a'\n", 1, 1, "no name"},
		{"no match", "[[pattern]]\nname = \"a\"\n", 1, 1, "no match"},
		{"wrong type", "[[pattern]]\nname = \"a\"\nmatch = 'a'\ncopies = \"yes\"\n", 4, 1, "true or false"},
		{"toml syntax", "[[pattern]\nname = 1\n", 2, 0, "expected end of table array name"},
		{"word list of numbers", "[sentences]\ntitles = [1, 2]\n", 2, 1, "list of strings"},
		{"single-quoted key", "[[pattern]]\nname = \"x\"\nmatch = 'a'\n'regex' = 'b'\n", 4, 1, `unknown key "regex"`},
		{"pattern not an array", "[pattern]\nname = \"x\"\n", 1, 1, "array of tables"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, t.TempDir(), "n.toml", tt.text)
			_, err := LoadNoise(nil, p)
			var prob finding.Problem
			if !errors.As(err, &prob) {
				t.Fatalf("err %v, want a finding.Problem", err)
			}
			if prob.Path != p || prob.Line != tt.line || tt.col > 0 && prob.Col != tt.col || !strings.Contains(prob.Message, tt.msg) {
				t.Errorf("got %v, want %s:%d:%d: ...%s...", err, p, tt.line, tt.col, tt.msg)
			}
		})
	}
	if _, err := LoadNoise(nil, filepath.Join(t.TempDir(), "missing.toml")); err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("missing file: %v", err)
	}
}

// hints and max_chars narrow where a pattern is tried; they never widen it.
func TestPatternFilters(t *testing.T) {
	p := writeFile(t, t.TempDir(), "n.toml", `
[[pattern]]
name = "promo"
match = '(?i)exclusive offer'
hints = ["OFFER"]
max_chars = 30
`)
	n, err := LoadNoise(nil, p)
	if err != nil {
		t.Fatal(err)
	}
	in := "An exclusive offer today\nAn exclusive offer that runs far past thirty characters.\nTroops left."
	a, err := Parse("x.txt", []byte(in), Options{Noise: n})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"An exclusive offer that runs far past thirty characters.", "Troops left."}
	if got := texts(a); !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	for _, bad := range []string{"hints = [1]", "max_chars = -1", "max_chars = \"x\""} {
		p := writeFile(t, t.TempDir(), "n.toml", "[[pattern]]\nname = \"a\"\nmatch = 'a'\n"+bad+"\n")
		var prob finding.Problem
		if _, err := LoadNoise(nil, p); !errors.As(err, &prob) || prob.Line != 4 {
			t.Errorf("%s: got %v, want an error at line 4", bad, err)
		}
	}
}

// TestGatesKeepEveryMatch: no noise pattern's literal gate turns away a
// line the pattern matches, over the fixture and HTML fixture lines and
// the noise test cases, in any case.
func TestGatesKeepEveryMatch(t *testing.T) {
	var lines []string
	for _, glob := range []string{"../../fixtures/articles/*.txt", "../../fixtures/html/*", "../../fixtures/drafts/*", "testdata/*"} {
		files, _ := filepath.Glob(glob)
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				continue
			}
			for _, l := range strings.Split(string(data), "\n") {
				l = strings.TrimSpace(l)
				lines = append(lines, l, strings.ToUpper(l), strings.ToLower(l))
			}
		}
	}
	if len(lines) < 100 {
		t.Fatalf("only %d lines to test on", len(lines))
	}
	gates := 0
	for _, p := range DefaultNoise().patterns {
		if len(p.gate.Needles()) > 0 {
			gates++
		}
		for _, l := range lines {
			if p.Match.MatchString(l) && !p.gate.May(l, strings.ToLower(l)) {
				t.Errorf("pattern %s matches %q but its gate %q turns it away", p.Name, l, p.gate.Needles())
			}
		}
	}
	if gates == 0 {
		t.Error("no default pattern has a gate")
	}
}
