package lexicon

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzLoad: any user file loads or fails with positioned problems; it
// never panics, and a file that loads leaves a lexicon that can Find.
func FuzzLoad(f *testing.F) {
	f.Add("[[entity]]\nid = \"iraq\"\naliases = [\"Mesopotamia\"]\n")
	f.Add("[[entity]]\nid = \"x\"\ntype = \"org\"\nname = \"X\"\nwithin = [\"iraq\", \"nowhere\"]\ncapital_of = \"iraq\"\n")
	f.Add("[[item]]\nid = \"troops\"\nforms = [\"grunts\", \"--\"]\n[[action]]\nid = \"a\"\nverbs = [\"zap\"]\n[[title]]\nid = \"t\"\nname = \"Boss\"\n")
	f.Add("[[entity]]\nid = \"Bad Id\"\naliass = 3\n[x]\ny = '''\n]]\n'''\n")
	f.Add("entity = [{id = \"q\", type = \"org\", name = \"Q\"}]\n")
	f.Add("[[entity]\n")
	f.Add("[[entity]]\nid = \"a\"\ntype = \"org\"\nname = \"Daesh\"\n")
	dir := f.TempDir()
	// a small base keeps each run fast; it has the ids the seeds refer to
	base, err := Load(nil, writeFile(f, dir, "base.toml", `
[[entity]]
id = "iraq"
type = "country"
name = "Iraq"
demonyms = ["Iraqi"]

[[entity]]
id = "isis"
type = "armed"
name = "Islamic State"
aliases = ["ISIS", "Daesh"]

[[item]]
id = "troops"
forms = ["soldiers"]
`))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, src string) {
		p := filepath.Join(dir, "fuzz.toml")
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		l, err := Load(base, p)
		if err != nil {
			var es Errors
			if !errors.As(err, &es) || len(es) == 0 {
				t.Fatalf("error %T is not Errors: %v", err, err)
			}
			for _, e := range es {
				if e.Path != p || e.Message == "" {
					t.Fatalf("problem without path or message: %+v", e)
				}
			}
			return
		}
		l.Find(src)
		l.FindItems(src)
	})
}

// FuzzFind: any text gives matches inside it, in order, not overlapping,
// whose Text is the text at their span.
func FuzzFind(f *testing.F) {
	for _, s := range fixtureSentences(f) {
		f.Add(s)
	}
	f.Add("U.S.A.B.C. U.S U. S. US- -US U.S.-led ’s 's Iraq’ ’Iraq")
	f.Add("\xff\xfeIraq\x00US")
	l := Default()
	f.Fuzz(func(t *testing.T, text string) {
		end := 0
		for _, m := range l.Find(text) {
			if m.Start < end || m.End <= m.Start || m.End > len(text) || text[m.Start:m.End] != m.Text {
				t.Fatalf("bad match %+v in %q", m, text)
			}
			if utf8.ValidString(text) && !utf8.ValidString(m.Text) {
				t.Fatalf("match cuts a character: %+v", m)
			}
			end = m.End
		}
		for _, ts := range [][]Term{l.FindItems(text), l.FindActions(text), l.FindTitles(text)} {
			end := 0
			for _, x := range ts {
				if x.Start < end || x.End <= x.Start || x.End > len(text) || text[x.Start:x.End] != x.Text {
					t.Fatalf("bad term %+v in %q", x, text)
				}
				end = x.End
			}
		}
	})
}

// fixtureSentences cuts the fixture articles into rough sentences.
func fixtureSentences(tb testing.TB) []string {
	paths, err := filepath.Glob("../../fixtures/articles/*.txt")
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no fixtures: %v", err)
	}
	var out []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			for _, s := range strings.SplitAfter(line, ". ") {
				if s = strings.TrimSpace(s); s != "" {
					out = append(out, s)
				}
			}
		}
	}
	return out
}

// BenchmarkFind runs Find over every sentence of the fixture articles.
func BenchmarkFind(b *testing.B) {
	l := Default()
	sents := fixtureSentences(b)
	bytes := 0
	for _, s := range sents {
		bytes += len(s)
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			l.Find(s)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(sents)), "ns/sentence")
}

// BenchmarkDefault measures parsing the embedded data (done once per run).
func BenchmarkDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := loadEmbedded(); err != nil {
			b.Fatal(err)
		}
	}
}
