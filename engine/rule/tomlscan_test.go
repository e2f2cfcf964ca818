package rule

import (
	"testing"

	"github.com/BurntSushi/toml"
)

// TestScanStrings checks, for every TOML string form, that the scanner
// decodes the value exactly as the TOML library does and maps each decoded
// byte back to the file byte it came from.
func TestScanStrings(t *testing.T) {
	tests := []struct {
		name string
		src  string
		// at: decoded index -> expected file offset
		at map[int]int
	}{
		{"basic", `k = "ab"`, map[int]int{0: 5, 1: 6, 2: 7}},
		{"basic with escapes", `k = "a\"b\u00e9\tc"`, map[int]int{0: 5, 1: 6, 2: 8, 3: 9, 4: 9, 5: 15, 6: 17}},
		{"basic with \\U and \\\\", `k = "\U0001F600\\x"`, map[int]int{0: 5, 4: 15, 5: 17}},
		{"literal", `k = 'a\b'`, map[int]int{0: 5, 1: 6, 2: 7}},
		{"multi-line basic, first newline trimmed", "k = \"\"\"\nab\n  c\"\"\"", map[int]int{0: 8, 2: 10, 3: 11, 5: 13}},
		{"multi-line basic, CRLF", "k = \"\"\"\r\nab\r\nc\"\"\"", map[int]int{0: 9, 2: 11, 4: 13}},
		{"multi-line basic, line-ending backslash", "k = \"\"\"a \\\n   \n  b\"\"\"", map[int]int{0: 7, 1: 8, 2: 17}},
		{"multi-line basic, quotes before the closer", "k = \"\"\"a\"\"\"\"\"", map[int]int{0: 7, 1: 8, 2: 9, 3: 10}},
		{"multi-line literal", "k = '''\na\\b\n'c'''", map[int]int{0: 8, 1: 9, 3: 11, 4: 12, 5: 13}},
		{"multi-line literal, one quote before the closer", "k = '''a''''", map[int]int{0: 7, 1: 8, 2: 9}},
		{"after a comment and a header", "# x = 'no'\n[t] # c\nk = 'v' # 'no'", map[int]int{0: 24}},
		{"after a multi-line array with strings", "a = [\n  '''x\n]''', # ]\n  \"y\",\n]\nk = 'v'", map[int]int{0: 37}},
		{"quoted dotted key", `"k" = 'v'`, map[int]int{0: 7}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var data map[string]any
			if _, err := toml.Decode(tc.src, &data); err != nil {
				t.Fatalf("invalid test TOML: %v", err)
			}
			want, _ := data["k"].(string)
			if tm, ok := data["t"].(map[string]any); ok {
				want, _ = tm["k"].(string)
			}
			var got *tomlString
			for _, tb := range scanTOML([]byte(tc.src)) {
				for _, e := range tb.entries {
					if len(e.key) == 1 && e.key[0] == "k" {
						got = e.str
					}
				}
			}
			if got == nil {
				t.Fatal("k not found")
			}
			if got.text != want {
				t.Fatalf("decoded %q, TOML library says %q", got.text, want)
			}
			if len(got.offs) != len(got.text)+1 {
				t.Fatalf("%d offsets for %d bytes", len(got.offs), len(got.text))
			}
			for i, off := range tc.at {
				if got.offs[i] != off {
					t.Errorf("byte %d (%q) maps to %d, want %d", i, got.text[min(i, len(got.text)-1):], got.offs[i], off)
				}
			}
		})
	}
}
