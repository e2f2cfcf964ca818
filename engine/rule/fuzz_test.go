package rule

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzLoad feeds the loader arbitrary bytes: it must never panic, and every
// diagnostic must carry a position inside the file. (The scanner that
// finds positions is fuzzed against the TOML library in internal/tomlpos.)
func FuzzLoad(f *testing.F) {
	f.Add([]byte(file()))
	f.Add([]byte(file("when = \"\"\"\na.value != \\\n  b.value\"\"\"")))
	f.Add([]byte(file("when = '''a.value\n!= b.value'''", `[[rule.test]]`, `[[rule.test.claim]]`, `id = "x"`, `as_of = { from = 2020-01-01 }`)))
	f.Add([]byte(`[[rule]]` + "\n" + `id = "\u00e9\"\x"`))
	f.Add([]byte("a = [1, [2, '''x]'''], # c\n]\n[[rule]]\n"))
	packs, _ := filepath.Glob("../../rules/*.toml")
	for _, p := range packs {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		_, diags := Load([]Source{{Path: "f.toml", Data: data}}, Options{})
		lines := strings.Count(string(data), "\n") + 1
		for _, d := range diags {
			if d.Line < 1 || d.Line > lines || d.Col < 1 {
				t.Fatalf("diagnostic outside the file (%d lines): %s", lines, d.Problem.Error())
			}
			_ = d.String()
		}
	})
}
