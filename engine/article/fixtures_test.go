package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/internal/fold"
)

const fixtureDir = "../../fixtures/articles"

// noiseMarkers must not appear in any sentence of any fixture.
var noiseMarkers = []string{
	"[ad_", "Source link", "Read more", "Telegram", "google plus", "Google News", "Comment",
	"Photo:", "RELATED", "Related Posts", "Audio Only", "facebook", "twitter", "News >",
	"AbbyMartin", "Vonnie Wright", "Opinion", "(The National)",
}

func TestFixtures(t *testing.T) {
	arts, errs := Read([]string{fixtureDir}, Options{})
	for _, err := range errs {
		t.Errorf("error: %v", err)
	}
	wantDates := map[string]string{
		"000_4fa869bcb3c083b7": "2020-09-20",
		"001_6fc546ad25f1a661": "2021-04-07",
		"002_9bf4b17957272f82": "2021-07-26",
		"003_4c6c126155a967da": "2020-06-12",
		"004_188a5335650842c9": "2020-06-12",
	}
	if len(arts) != len(wantDates) {
		t.Fatalf("read %d articles, want %d", len(arts), len(wantDates))
	}
	for i, a := range arts {
		if i > 0 && arts[i-1].Path >= a.Path {
			t.Errorf("articles not in sorted order: %s before %s", arts[i-1].Path, a.Path)
		}
		want, ok := wantDates[a.ID]
		if !ok {
			t.Errorf("unexpected article id %q", a.ID)
			continue
		}
		if got := a.Published.Format("2006-01-02"); !a.Dated || got != want || a.DateSource != FromSidecar {
			t.Errorf("%s: published %s dated=%v from %q, want %s from sidecar", a.ID, got, a.Dated, a.DateSource, want)
		}
		if a.Published.Location() != time.UTC || a.Published.Hour() != 0 {
			t.Errorf("%s: published %v is not UTC midnight", a.ID, a.Published)
		}
		if wantPath := filepath.Join(fixtureDir, a.ID+".txt"); a.Path != wantPath {
			t.Errorf("%s: path %q, want %q", a.ID, a.Path, wantPath)
		}
		orig, err := os.ReadFile(a.Path)
		if err != nil {
			t.Fatal(err)
		}
		if string(orig) != string(a.Text) {
			t.Errorf("%s: Text differs from the file", a.ID)
		}
		checkSentences(t, a)
		if len(a.Sentences) < 5 {
			t.Errorf("%s: only %d sentences", a.ID, len(a.Sentences))
		}
		seen := map[string]int{}
		for i, s := range a.Sentences {
			for _, m := range noiseMarkers {
				if strings.Contains(s.Text, m) {
					t.Errorf("%s: noise %q in sentence %d: %q", a.ID, m, i, s.Text)
				}
			}
			key := fold.Words(s.Text)
			if j, dup := seen[key]; dup {
				t.Errorf("%s: sentence %d repeats sentence %d: %q", a.ID, i, j, s.Text)
			}
			seen[key] = i
			// No sentence may be a fragment of another (a truncated copy).
			for k, o := range seen {
				if k != key && len(key) >= minCopy && strings.Contains(k, key) {
					t.Errorf("%s: sentence %d %q lies inside sentence %d", a.ID, i, s.Text, o)
				}
			}
		}
	}
}

// TestFixtureDetails pins what specific fixtures must keep and drop, so a
// change to the patterns that loses article text shows up.
func TestFixtureDetails(t *testing.T) {
	arts, _ := Read([]string{fixtureDir}, Options{})
	byID := map[string]*Article{}
	for _, a := range arts {
		byID[a.ID[:3]] = a
	}
	has := func(id, sentence string) {
		t.Helper()
		for _, s := range byID[id].Sentences {
			if s.Text == sentence {
				return
			}
		}
		t.Errorf("%s: no sentence %q in %q", id, sentence, texts(byID[id]))
	}
	count := func(id string, want int) {
		t.Helper()
		if got := len(byID[id].Sentences); got != want {
			t.Errorf("%s: %d sentences, want %d: %q", id, got, want, texts(byID[id]))
		}
	}
	// 000 repeats a whole block of nine paragraphs.
	count("000", 14)
	has("000", "The US has been under pressure to exit Iraq since January, when it killed Iranian Gen. Qasem Soleimani in a drone strike in Baghdad.")
	// 001: a quotation of two sentences and its attribution are one
	// sentence, so the quote keeps its speaker; the truncated copy is gone.
	has("001", "“We are there at their invitation; we are their guests. And, so, they know that they have an obligation to protect us, and they reaffirmed that again to us today,” Hood said.")
	has("001", "“Both countries reaffirmed that US forces are in Iraq at the invitation of Iraqi Government to support the [ISF] in their fight against ISIS.”")
	count("001", 13)
	// 002: caption twins and "RELATED:" with its headline are gone.
	has("002", "US Military Will Keep Training Iraqi Forces and Fighting Daesh")
	has("002", `Troops were temporarily withdrawn in 2011, only to return after the rise of the Daesh (ISIS) terrorist "caliphate."`)
	has("002", "U.S. President Joe Biden revealed on Monday that his country´s partnership with Iraq will continue in the near future while stressing that the American combat mission would be shifting more toward counterterrorism cooperation.")
	for _, s := range byID["002"].Sentences {
		if strings.Contains(s.Text, "Activists convened") || strings.Contains(s.Text, "UK Hid War Crimes") {
			t.Errorf("002: caption or related headline kept: %q", s.Text)
		}
	}
	// 003: the caption with its credit line is gone, the dateline stays.
	has("003", "June 12, 2020")
	has("003", "Iraq’s new\u00a0Prime Minister Mustafa al-Kadhimi has indicated since May that he would seek new diplomatic and strategic talks with the U.S.")
	// 004: the outlet tag is cut from the first sentence.
	has("004", "The United States said it reiterated its commitment to reduce the size of its forces in Iraq during discussions on the future of their military, political and economic relations.")
	has("004", "Mr Schenker said that Iranian-backed Iraqi militias were working against the US.")
}

// TestTextDates parses 002 and 003 without their sidecars: the date must be
// found in the text.
func TestTextDates(t *testing.T) {
	for _, tt := range []struct{ file, want string }{
		{"002_9bf4b17957272f82.txt", "2021-07-26"}, // "Published 26 July 2021"
		{"003_4c6c126155a967da.txt", "2020-06-12"}, // "June 12, 2020"
	} {
		data, err := os.ReadFile(filepath.Join(fixtureDir, tt.file))
		if err != nil {
			t.Fatal(err)
		}
		a, err := Parse(tt.file, data, Options{Published: time.Date(1999, 1, 1, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Published.Format("2006-01-02"); !a.Dated || got != tt.want || a.DateSource != FromText {
			t.Errorf("%s: %s dated=%v from %q, want %s from text", tt.file, got, a.Dated, a.DateSource, tt.want)
		}
		// The title, too, comes from the text: the headline it starts with.
		side, _ := os.ReadFile(filepath.Join(fixtureDir, strings.TrimSuffix(tt.file, ".txt")+".meta.toml"))
		if !strings.Contains(string(side), "title = \""+a.Title+"\"") || a.Title == "" {
			t.Errorf("%s: title %q is not the sidecar's", tt.file, a.Title)
		}
	}
	// Without a date in the text, the flag dates it; without the flag it is undated.
	data, _ := os.ReadFile(filepath.Join(fixtureDir, "000_4fa869bcb3c083b7.txt"))
	a, err := Parse("000.txt", data, Options{})
	if err == nil && a.Title != "US ambassador to Iraq reassures continuation of US military training and support for Iraqi forces" {
		t.Errorf("000 title from text: %q", a.Title)
	}
	if err != nil || a.Dated || a.DateSource != "" || !a.Published.IsZero() {
		t.Errorf("000 without sidecar: dated=%v %v from %q, err %v; want undated", a.Dated, a.Published, a.DateSource, err)
	}
	data1, _ := os.ReadFile(filepath.Join(fixtureDir, "001_6fc546ad25f1a661.txt"))
	if a, err := Parse("001.txt", data1, Options{}); err != nil || a.Title != "" {
		t.Errorf("001 starts without a headline, so no title: got %q, %v", a.Title, err)
	}
	a, err = Parse("000.txt", data, Options{Published: time.Date(2020, 9, 20, 15, 4, 0, 0, time.FixedZone("X", 3600))})
	if err != nil || a.DateSource != FromFlag || a.Published != time.Date(2020, 9, 20, 0, 0, 0, 0, time.UTC) {
		t.Errorf("000 with --published: %v from %q, err %v", a.Published, a.DateSource, err)
	}
}

func BenchmarkReadFixtures(b *testing.B) {
	var size int64
	entries, _ := os.ReadDir(fixtureDir)
	for _, e := range entries {
		if info, err := e.Info(); err == nil && strings.HasSuffix(e.Name(), ".txt") {
			size += info.Size()
		}
	}
	b.SetBytes(size)
	for b.Loop() {
		arts, errs := Read([]string{fixtureDir}, Options{})
		if len(arts) != 5 || len(errs) != 0 {
			b.Fatalf("read %d articles, %v", len(arts), errs)
		}
	}
}

// BenchmarkParse measures one article without the file system: the
// largest fixture, 002.
func BenchmarkParse(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(fixtureDir, "002_9bf4b17957272f82.txt"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse("002.txt", data, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
