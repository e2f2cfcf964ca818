package article

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/engine/finding"
)

func TestReadFoldersFilesAndStdin(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "b.txt", "Troops left Iraq.\n")
	writeFile(t, dir, "b.meta.toml", "published = 2020-06-12\noutlet = \"Wire\"\nscraped_at = 2020-06-13T00:00:00Z\n")
	writeFile(t, dir, "a/z.md", "---\ndate: 2021-01-02\n---\nTroops came back.\n")
	writeFile(t, dir, "a/y.markdown", "# Headline\n\nTroops stayed.\n")
	writeFile(t, dir, "notes.json", "{}")
	writeFile(t, dir, ".hidden/x.txt", "Hidden.\n")
	writeFile(t, dir, ".draft.txt", "Hidden too.\n")
	single := writeFile(t, t.TempDir(), "single.TXT", "Published June 1, 2019\n\nA single file.\n")

	arts, errs := Read([]string{dir, "-", single, filepath.Join(dir, "b.txt")}, Options{Stdin: strings.NewReader("From standard input.\n")})
	if len(errs) > 0 {
		t.Fatalf("errors: %v", errs)
	}
	var got []string
	for _, a := range arts {
		checkSentences(t, a)
		d := "undated"
		if a.Dated {
			d = a.Published.Format("2006-01-02") + " " + a.DateSource
		}
		got = append(got, a.ID+" "+a.Path+" "+d)
	}
	want := []string{
		"y " + filepath.Join(dir, "a/y.markdown") + " undated",
		"z " + filepath.Join(dir, "a/z.md") + " 2021-01-02 front matter",
		"b " + filepath.Join(dir, "b.txt") + " 2020-06-12 sidecar",
		"stdin - undated",
		"single " + single + " 2019-06-01 text",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if arts[2].Outlet != "Wire" {
		t.Errorf("sidecar outlet %q", arts[2].Outlet)
	}
}

// Relative paths stay relative.
func TestReadRelativePath(t *testing.T) {
	arts, errs := Read([]string{"../../fixtures/articles/001_6fc546ad25f1a661.txt"}, Options{})
	if len(errs) > 0 || len(arts) != 1 || arts[0].Path != "../../fixtures/articles/001_6fc546ad25f1a661.txt" {
		t.Fatalf("got %v %v", arts, errs)
	}
}

func TestReadBadInputs(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.txt", "Troops left Iraq.\n")
	empty := writeFile(t, dir, "empty.txt", "")
	blank := writeFile(t, dir, "blank.txt", " \n\t\n\u00a0\n")
	binary := writeFile(t, dir, "binary.txt", "PK\x03\x04\x00\x00junk")
	latin1 := writeFile(t, dir, "latin1.txt", "Troops left.\nCaf\xe9 closed.\n")
	utf16 := writeFile(t, dir, "utf16.txt", "\xff\xfeT\x00r\x00")
	broken := writeFile(t, dir, "broken.md", "---\ntitle: [x\n---\nText.\n")
	sidecarText := writeFile(t, dir, "side.txt", "Troops left Iraq again.\n")
	badSide := writeFile(t, dir, "side.meta.toml", "published = \"soon\"\n")
	missing := filepath.Join(dir, "missing.txt")
	emptyDir := filepath.Join(dir, "nothing")
	if err := os.Mkdir(emptyDir, 0o755); err != nil {
		t.Fatal(err)
	}

	paths := []string{empty, good, blank, binary, latin1, utf16, broken, missing, emptyDir, sidecarText}
	arts, errs := Read(paths, Options{})
	if len(arts) != 2 || arts[0].Path != good || arts[1].Path != sidecarText || arts[1].Dated {
		t.Errorf("articles read: %v", arts)
	}
	want := map[string]string{
		empty:    "empty file",
		blank:    "empty file",
		binary:   ":1:5: binary file",
		latin1:   ":2:4: invalid UTF-8 (byte 0xe9)",
		utf16:    "UTF-16",
		broken:   ":2:",
		missing:  "no such file",
		emptyDir: "folder has no articles",
		badSide:  `:1:1: published: "soon" is not a date`,
	}
	if len(errs) != len(want) {
		t.Errorf("%d errors, want %d: %v", len(errs), len(want), errs)
	}
	for _, err := range errs {
		var p finding.Problem
		if !errors.As(err, &p) {
			t.Errorf("%v is not a finding.Problem", err)
			continue
		}
		w, ok := want[p.Path]
		if !ok {
			t.Errorf("unexpected error %v", err)
			continue
		}
		if !strings.Contains(err.Error(), w) || !strings.HasPrefix(err.Error(), p.Path) {
			t.Errorf("error %q, want it to contain %q", err, w)
		}
	}
}

func TestReadUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads every file")
	}
	dir := t.TempDir()
	p := writeFile(t, dir, "locked.txt", "Troops left.\n")
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	_, errs := Read([]string{p}, Options{})
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "permission denied") {
		t.Errorf("errors %v", errs)
	}
	// An unreadable folder inside a folder is an error; its siblings are read.
	sub := filepath.Join(dir, "sub")
	writeFile(t, sub, "x.txt", "Hidden away.\n")
	writeFile(t, dir, "ok/y.txt", "Troops left.\n")
	if err := os.Chmod(sub, 0); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(sub, 0o755)
	arts, errs := Read([]string{dir}, Options{})
	if len(arts) != 1 || arts[0].ID != "y" || len(errs) != 2 {
		t.Errorf("articles %v, errors %v", arts, errs)
	}
}

// claimcheck never writes the articles it reads: read-only files read fine
// and nothing about a file changes.
func TestReadLeavesFilesAlone(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "a.txt", "[ad_1]\nTroops left.\nSource link")
	old := time.Now().Add(-time.Hour).Truncate(time.Second)
	if err := os.Chtimes(p, old, old); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(p, 0o444); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(p)
	arts, errs := Read([]string{p}, Options{})
	if len(errs) > 0 || len(arts) != 1 {
		t.Fatal(errs)
	}
	after, _ := os.ReadFile(p)
	info, _ := os.Stat(p)
	if string(before) != string(after) || !info.ModTime().Equal(old) || info.Mode().Perm() != 0o444 {
		t.Errorf("file changed: mtime %v mode %v", info.ModTime(), info.Mode())
	}
}

// A broken entry in a folder (a dangling link) is an error; its siblings
// are still read.
func TestReadFolderWithBrokenEntry(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a.txt", "Troops left.\n")
	if err := os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(dir, "b.txt")); err != nil {
		t.Skip(err)
	}
	writeFile(t, dir, "c.md", "Troops came back.\n")
	arts, errs := Read([]string{dir}, Options{})
	if len(arts) != 2 || arts[0].ID != "a" || arts[1].ID != "c" {
		t.Errorf("articles %v", arts)
	}
	if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), filepath.Join(dir, "b.txt")+": no such file") {
		t.Errorf("errors %v", errs)
	}
}

// TestPublishedFlagDatesOneInput: --published dates the one undated input;
// with several undated inputs it dates none and says why.
func TestPublishedFlagDatesOneInput(t *testing.T) {
	dir := t.TempDir()
	day := time.Date(2021, 8, 20, 0, 0, 0, 0, time.UTC)
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a := write("a.txt", "Troops left on Sunday, officials said.\n")
	dated := write("b.md", "---\npublished: 2020-01-02\n---\nTroops left on Sunday.\n")
	arts, errs := Read([]string{a, dated}, Options{Published: day})
	if len(errs) != 0 || arts[0].DateSource != FromFlag || !arts[0].Published.Equal(day) || arts[1].DateSource != FromFrontMatter {
		t.Fatalf("one undated input: %v, %+v", errs, arts)
	}
	c := write("c.txt", "Troops stayed on Monday, officials said.\n")
	arts, errs = Read([]string{a, dated, c}, Options{Published: day})
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "--published: dates one undated input, but 2 inputs have no date of their own") {
		t.Fatalf("errors %v", errs)
	}
	for _, x := range arts {
		if x.DateSource == FromFlag {
			t.Errorf("%s dated by the flag", x.Path)
		}
	}
}
