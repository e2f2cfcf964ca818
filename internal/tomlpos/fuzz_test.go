package tomlpos

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/BurntSushi/toml"
)

// FuzzScan: Scan never panics and stays inside the file on any input, and
// on input the TOML library accepts it lists the same keys in the same
// order as MetaData.Keys and decodes every string value, wherever it sits
// (tables, arrays of tables, inline tables, arrays), as the library does.
func FuzzScan(f *testing.F) {
	for _, s := range []string{
		"k = \"a\\\"b\\u00e9\\tc\"\n[t]\nx = '''\n]'''\n",
		"when = \"\"\"\na.value != \\\n  b.value\"\"\"",
		"[[rule]]\n[[rule.test]]\n[[rule.test.claim]]\nid = \"x\"\nas_of = { from = 2020-01-01 }\n[rule.test.claim.when]\nq = 'x'\n",
		"a = [1, [2, '''x]'''], # c\n]\n[[rule]]\n",
		"\"quoted.key\" = 1\ndotted.\"and quoted\".k = 'v'\r\nlist = [{n = 'a'}, {n = \"\\U0001F600\"}]\n",
		"x = \"\"\"a\"\"\"\"\"\ny = '''b''''\n",
	} {
		f.Add([]byte(s))
	}
	for _, glob := range []string{"../../rules/*.toml", "../../engine/lexicon/data/*.toml", "../../engine/article/noise.toml", "../../fixtures/articles/*.toml"} {
		files, _ := filepath.Glob(glob)
		for _, p := range files {
			// Large files make the fuzzer crawl; the small ones cover the forms.
			if b, err := os.ReadFile(p); err == nil && len(b) < 16<<10 {
				f.Add(b)
			}
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		d := Scan(src)
		for _, e := range d.byPath {
			if e.Off < 0 || e.Off > len(src) {
				t.Fatalf("%s at %d, outside %d bytes", e.Path, e.Off, len(src))
			}
			if v := e.Value; v != nil {
				if v.Off < e.Off && !e.Header || v.End > len(src) || v.End < v.Off {
					t.Fatalf("%s: value [%d,%d) in %d bytes", e.Path, v.Off, v.End, len(src))
				}
				if s := v.Str; s != nil {
					offs := make([]int, len(s.Text)+1)
					for i := range offs {
						offs[i] = s.Offset(i)
					}
					if !slices.IsSorted(offs) || offs[0] <= v.Off || offs[len(offs)-1] >= v.End || src[offs[len(offs)-1]] != src[v.Off] {
						t.Fatalf("%s: offsets %v for %q in [%d,%d)", e.Path, offs, s.Text, v.Off, v.End)
					}
				}
			}
		}
		var doc map[string]any
		md, err := toml.Decode(string(src), &doc)
		if err != nil {
			return
		}
		var got, want []string
		for _, e := range d.keys {
			got = append(got, e.Key.String())
		}
		for _, k := range md.Keys() {
			want = append(want, k.String())
		}
		if !slices.Equal(got, want) {
			t.Fatalf("keys\n got %q\nwant %q", got, want)
		}
		checkStrings(t, d, "", doc)
	})
}

// checkStrings compares every string in decoded TOML with the scan's.
func checkStrings(t *testing.T, d *Doc, p Path, v any) {
	switch v := v.(type) {
	case string:
		s, ok := d.String(p)
		if !ok {
			t.Fatalf("%s: string %q not found", p, v)
		}
		if s.Text != v {
			t.Fatalf("%s: scanned %q, TOML library %q", p, s.Text, v)
		}
	case map[string]any:
		for k, x := range v {
			checkStrings(t, d, p.Key(k), x)
		}
	case []map[string]any:
		for i, x := range v {
			checkStrings(t, d, p.Index(i), x)
		}
	case []any:
		for i, x := range v {
			checkStrings(t, d, p.Index(i), x)
		}
	}
}

// BenchmarkScan scans the largest rule pack, as the rule loader does for
// every file it loads.
func BenchmarkScan(b *testing.B) {
	src, err := os.ReadFile("../../rules/counts.toml")
	if err != nil {
		b.Skip(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		Scan(src)
	}
}
