package article

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse checks that no input panics the reader and that every sentence
// it returns is in bounds, ordered, non-overlapping and exact, as plain text
// and as Markdown.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(fixtureDir, "*.txt"))
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	for _, s := range []string{
		"---\ntitle: x\npublished: 2020-01-02\n---\n# Head\n\nText. More text.\n",
		"+++\ndate = 2020-01-02\n+++\n<!-- claimcheck-ignore r: why -->\nA “quote,” he said.\n",
		"Gen. J. R. Smith met U.S. officials. 3.5 percent... “Yes!” he said.\n",
		"\uFEFF[ad_1]\r\nRead more:\r\nHeadline\r\n\r\nSource link",
		"<!--", "---\n", "+++\n+++\n", ".", "“", "a.\n\nb?\u00a0\n", "Mr. . . ! ? …",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, name := range []string{"f.txt", "f.md", "-"} {
			a, err := Parse(name, data, Options{})
			if err != nil {
				continue
			}
			checkSentences(t, a)
			for _, r := range a.Removed {
				if r.Start < 0 || r.End < r.Start || r.End > len(data) || r.Reason == "" {
					t.Fatalf("%s: removal %+v out of bounds (len %d)", name, r, len(data))
				}
			}
			for _, s := range a.Suppressions {
				if s.Applies.Start < 0 || s.Applies.End < s.Applies.Start || s.Applies.End > len(data) || s.Rule == "" {
					t.Fatalf("%s: suppression %+v out of bounds", name, s)
				}
			}
		}
	})
}
