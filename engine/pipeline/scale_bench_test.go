package pipeline

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/claimcheck/claimcheck/engine/article"
	"github.com/claimcheck/claimcheck/engine/report"
	"github.com/claimcheck/claimcheck/internal/corpus"
)

// archives are generated once per size and process (internal/corpus).
var archives sync.Map

func generated(b *testing.B, n int) (string, *corpus.Manifest) {
	b.Helper()
	if dir, ok := archives.Load(n); ok {
		m, err := corpus.Load(dir.(string))
		if err != nil {
			b.Fatal(err)
		}
		return dir.(string), m
	}
	dir, err := os.MkdirTemp("", fmt.Sprintf("claimcheck-bench-%d-", n))
	if err != nil {
		b.Fatal(err)
	}
	m, err := corpus.Generate(dir, corpus.Options{Articles: n, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	archives.Store(n, dir)
	return dir, m
}

func engine(b *testing.B) *Engine {
	e, problems := New(Config{})
	if len(problems) > 0 {
		b.Fatal(problems)
	}
	return e
}

// BenchmarkRead is reading alone (front matter, noise, sentences) on all
// cores: MB/s of article bytes.
func BenchmarkRead(b *testing.B) {
	dir, m := generated(b, 1000)
	e := engine(b)
	b.SetBytes(m.Bytes)
	for b.Loop() {
		e.Read([]string{dir})
	}
}

// BenchmarkExtract is extraction alone, on one core (MB/s per core) and
// on all (claims/s), over the fixtures (real news) and a generated archive.
func BenchmarkExtract(b *testing.B) {
	dir, _ := generated(b, 1000)
	for _, in := range []struct{ name, path string }{{"fixtures", archive}, {"generated", dir}} {
		e := engine(b)
		arts, _ := e.Read([]string{in.path})
		var bytes int64
		for _, a := range arts {
			bytes += int64(len(a.Text))
		}
		for _, procs := range []int{1, 0} {
			b.Run(fmt.Sprintf("%s/cores=%s", in.name, map[int]string{1: "1", 0: "all"}[procs]), func(b *testing.B) {
				b.SetBytes(bytes)
				var n int
				for b.Loop() {
					n = len(extractOn(e, arts, procs))
				}
				b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "claims/s")
			})
		}
	}
}

func extractOn(e *Engine, arts []*article.Article, procs int) []any {
	var out []any
	if procs == 1 {
		for _, a := range arts {
			for _, c := range e.extractor.Article(a) {
				out = append(out, c)
			}
		}
		return out
	}
	for _, c := range e.claims(arts, false) {
		out = append(out, c)
	}
	return out
}

// BenchmarkRun is the whole job, as `claimcheck check ARCHIVE --format
// json`: read, extract, rules, report, on generated archives of 1k and 10k
// articles. The ratio of the two ns/op is the scaling (10 is linear).
func BenchmarkRun(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		dir, m := generated(b, n)
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			e := engine(b)
			b.SetBytes(m.Bytes)
			var findings int
			for b.Loop() {
				rep := e.Check([]string{dir}, nil)
				if err := report.Write(io.Discard, "json", rep, report.Options{}); err != nil {
					b.Fatal(err)
				}
				findings = len(rep.Findings)
			}
			b.ReportMetric(float64(findings), "findings")
		})
	}
}

// BenchmarkPathological is one 5 MB file the limits must keep cheap: a
// run-on line, a line of numbers, 5 MB of words without a full stop.
func BenchmarkPathological(b *testing.B) {
	dir := b.TempDir()
	lines := map[string]string{
		"runon":   strings.Repeat("5,000 troops ", 5<<20/13),
		"numbers": strings.Repeat("48213 907 33 1200071 ", 5<<20/21),
		"words":   strings.Repeat("the talks covered trade and security officials said ", 5<<20/53),
	}
	for _, name := range []string{"runon", "numbers", "words"} {
		path := filepath.Join(dir, name+".txt")
		if err := os.WriteFile(path, []byte("Published 26 July 2021\n\n"+lines[name]+"\n"), 0o644); err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			e := engine(b)
			b.SetBytes(int64(len(lines[name])))
			for b.Loop() {
				if rep := e.Check([]string{path}, nil); len(rep.Notices) == 0 {
					b.Fatal("want a notice of the cut")
				}
			}
		})
	}
}
