package rule

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// FuzzLoad feeds the loader arbitrary bytes: it must never panic, and every
// diagnostic must carry a position inside the file.
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
		checkScan(t, data)
	})
}

// checkScan compares the scanner's decoding of string values with the TOML
// library's, for top-level keys and the keys of [[rule]] tables.
func checkScan(t *testing.T, data []byte) {
	var doc map[string]any
	if _, err := toml.Decode(string(data), &doc); err != nil {
		scanTOML(data) // must not panic on invalid input either
		return
	}
	tables := scanTOML(data)
	rules, _ := subTables(doc["rule"])
	ri := 0
	for _, tb := range tables {
		var m map[string]any
		switch {
		case tb.path == nil:
			m = doc
		case len(tb.path) == 1 && tb.path[0] == "rule" && tb.array:
			if ri < len(rules) {
				m = rules[ri]
			}
			ri++
		}
		if m == nil {
			continue
		}
		for _, e := range tb.entries {
			want, isStr := m[e.key[0]].(string)
			if len(e.key) != 1 || !isStr || e.str == nil {
				continue
			}
			if e.str.text != want {
				t.Fatalf("key %q: scanner decoded %q, TOML library %q", e.key[0], e.str.text, want)
			}
		}
	}
}
