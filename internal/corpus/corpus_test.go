package corpus

import (
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/engine/finding"
	"github.com/claimcheck/claimcheck/engine/pipeline"
)

// TestPlantedAreFound runs the real pipeline over a generated archive: every
// planted contradiction is reported by its rule, at the planted article,
// and nothing else is an error or a warning (drift timelines are info).
func TestPlantedAreFound(t *testing.T) {
	dir := t.TempDir()
	m, err := Generate(dir, Options{Articles: 400, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Planted) < 8 || m.Undated == 0 {
		t.Fatalf("want plants of every kind and undated pieces: %+v", m)
	}
	e, problems := pipeline.New(pipeline.Config{})
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	rep := e.Check([]string{dir}, nil)
	if len(rep.Problems) > 0 {
		t.Fatalf("problems: %v", rep.Problems)
	}
	found := map[string]bool{}
	for _, f := range rep.Findings {
		if f.Severity == finding.Info {
			continue
		}
		p := plantIn(m, dir, f)
		if p == nil {
			t.Errorf("unplanted %s finding: %s", f.Rule, f.Message)
			continue
		}
		found[p.Path] = true
	}
	for _, p := range m.Planted {
		if !found[p.Path] {
			t.Errorf("planted %s not found: %s says %s (the archive: %s)", p.Rule, p.Path, p.Says, p.Fact)
		}
	}
}

func plantIn(m *Manifest, dir string, f finding.Finding) *Plant {
	for i, p := range m.Planted {
		for _, c := range f.Claims {
			if p.Rule == f.Rule && filepath.ToSlash(c.Path) == filepath.ToSlash(filepath.Join(dir, p.Path)) {
				return &m.Planted[i]
			}
		}
	}
	return nil
}

// TestSameSeedSameBytes: an archive is a function of its options.
func TestSameSeedSameBytes(t *testing.T) {
	sum := func(seed int64) string {
		dir := t.TempDir()
		if _, err := Generate(dir, Options{Articles: 300, Seed: seed}); err != nil {
			t.Fatal(err)
		}
		h := sha256.New()
		err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			b, err := os.ReadFile(p)
			fmt.Fprintf(h, "%s %x\n", strings.TrimPrefix(p, dir), sha256.Sum256(b))
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return fmt.Sprintf("%x", h.Sum(nil))
	}
	if a, b, c := sum(1), sum(1), sum(2); a != b || a == c {
		t.Errorf("seed 1 twice: %s %s; seed 2: %s", a, b, c)
	}
}

func TestTooSmall(t *testing.T) {
	if _, err := Generate(t.TempDir(), Options{Articles: 5}); err == nil {
		t.Error("5 articles: want an error")
	}
}
