// Package testkit holds the test helpers the finders (engine/quantity,
// engine/timex) share: the repository root, the fixture articles as lines,
// a benchmark over those lines, and seeded random "soup" sentences for
// checking invariants.
package testkit

import (
	"iter"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Root is the repository root: the nearest directory above the working
// directory that holds go.mod.
func Root(tb testing.TB) string {
	tb.Helper()
	wd, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		if filepath.Dir(d) == d {
			tb.Fatal("go.mod not found above " + wd)
		}
	}
}

// ArticleLines is every line of the fixture articles (fixtures/articles/*.txt).
func ArticleLines(tb testing.TB) []string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join(Root(tb), "fixtures", "articles", "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no fixtures: %v", err)
	}
	var lines []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	return lines
}

// BenchLines benchmarks find over every fixture article line, counting
// the bytes read so that results compare as MB/s.
func BenchLines(b *testing.B, find func(line string)) {
	lines := ArticleLines(b)
	n := 0
	for _, l := range lines {
		n += len(l)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, l := range lines {
			find(l)
		}
	}
}

// Soup yields seeded random sequences of up to 15 words of vocab (split at
// whitespace), mostly spaced, sometimes glued: 20,000 of them, or 2,000
// with -short. Deterministic per seed, it reaches rule combinations that
// hand-written cases miss and keeps the results reproducible.
func Soup(vocab string, seed int64) iter.Seq[string] {
	words := strings.Fields(vocab)
	n := 20000
	if testing.Short() {
		n = 2000
	}
	return func(yield func(string) bool) {
		r := rand.New(rand.NewSource(seed))
		for i := 0; i < n; i++ {
			var b strings.Builder
			for k := r.Intn(14); k >= 0; k-- {
				b.WriteString(words[r.Intn(len(words))])
				if r.Intn(4) > 0 {
					b.WriteByte(' ')
				}
			}
			if !yield(b.String()) {
				return
			}
		}
	}
}
