package pipeline

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkCheckFixtures is the main job end to end: read the five
// fixture articles, extract, run the default pack, build the report.
func BenchmarkCheckFixtures(b *testing.B) {
	e, problems := New(Config{})
	if len(problems) > 0 {
		b.Fatal(problems)
	}
	b.ReportAllocs()
	for b.Loop() {
		rep := e.Check([]string{archive}, nil)
		if len(rep.Articles) != 5 {
			b.Fatal("want 5 articles")
		}
	}
}

// BenchmarkCheckArchive measures how a pre-publish check scales with the
// archive: the fixtures copied n times (as distinct dated articles), one
// draft checked against them. Compare the ns/op of the sizes as ratios
// measured in one run: the shared machines are noisy.
func BenchmarkCheckArchive(b *testing.B) {
	for _, n := range []int{10, 100} {
		b.Run(fmt.Sprintf("copies=%d", n), func(b *testing.B) {
			dir := b.TempDir()
			entries, err := os.ReadDir(archive)
			if err != nil {
				b.Fatal(err)
			}
			for i := 0; i < n; i++ {
				for _, en := range entries {
					if !strings.HasSuffix(en.Name(), ".txt") {
						continue
					}
					data, err := os.ReadFile(filepath.Join(archive, en.Name()))
					if err != nil {
						b.Fatal(err)
					}
					name := fmt.Sprintf("%03d-%s", i, strings.TrimSuffix(en.Name(), ".txt"))
					meta, _ := os.ReadFile(filepath.Join(archive, strings.TrimSuffix(en.Name(), ".txt")+".meta.toml"))
					if err := os.WriteFile(filepath.Join(dir, name+".txt"), data, 0o644); err != nil {
						b.Fatal(err)
					}
					if err := os.WriteFile(filepath.Join(dir, name+".meta.toml"), meta, 0o644); err != nil {
						b.Fatal(err)
					}
				}
			}
			e, problems := New(Config{OnlyDrafts: true})
			if len(problems) > 0 {
				b.Fatal(problems)
			}
			draft := "../../fixtures/drafts/wrong-killer.md"
			b.ResetTimer()
			for b.Loop() {
				e.Check([]string{draft}, []string{dir})
			}
		})
	}
}
