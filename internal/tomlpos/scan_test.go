package tomlpos

import (
	"fmt"
	"testing"

	"github.com/BurntSushi/toml"
)

// TestStrings checks, for every TOML string form, that the scan decodes the
// value exactly as the TOML library does and maps each decoded byte back
// to the file byte it came from.
func TestStrings(t *testing.T) {
	tests := []struct {
		name string
		src  string
		path Path
		// at: decoded index -> expected file offset
		at map[int]int
	}{
		{"basic", `k = "ab"`, "k", map[int]int{0: 5, 1: 6, 2: 7}},
		{"basic with escapes", `k = "a\"b\u00e9\tc"`, "k", map[int]int{0: 5, 1: 6, 2: 8, 3: 9, 4: 9, 5: 15, 6: 17}},
		{"basic with \\U and \\\\", `k = "\U0001F600\\x"`, "k", map[int]int{0: 5, 4: 15, 5: 17}},
		{"basic with \\x and \\e", `k = "\x41\e"`, "k", map[int]int{0: 5, 1: 9, 2: 11}},
		{"literal", `k = 'a\b'`, "k", map[int]int{0: 5, 1: 6, 2: 7}},
		{"multi-line basic, first newline trimmed", "k = \"\"\"\nab\n  c\"\"\"", "k", map[int]int{0: 8, 2: 10, 3: 11, 5: 13}},
		{"multi-line basic, CRLF", "k = \"\"\"\r\nab\r\nc\"\"\"", "k", map[int]int{0: 9, 2: 11, 4: 13}},
		{"multi-line basic, line-ending backslash", "k = \"\"\"a \\\n   \n  b\"\"\"", "k", map[int]int{0: 7, 1: 8, 2: 17}},
		{"multi-line basic, quotes before the closer", "k = \"\"\"a\"\"\"\"\"", "k", map[int]int{0: 7, 1: 8, 2: 9, 3: 10}},
		{"multi-line literal", "k = '''\na\\b\n'c'''", "k", map[int]int{0: 8, 1: 9, 3: 11, 4: 12, 5: 13}},
		{"multi-line literal, one quote before the closer", "k = '''a''''", "k", map[int]int{0: 7, 1: 8, 2: 9}},
		{"after a comment and a header", "# x = 'no'\n[t] # c\nk = 'v' # 'no'", "t.k", map[int]int{0: 24}},
		{"after a multi-line array with strings", "a = [\n  '''x\n]''', # ]\n  \"y\",\n]\nk = 'v'", "k", map[int]int{0: 37}},
		{"in a multi-line array", "a = [\n  '''x\n]''', # ]\n  \"y\",\n]\nk = 'v'", "a[1]", map[int]int{0: 26}},
		{"quoted key", `"k" = 'v'`, "k", map[int]int{0: 7}},
		{"in an inline table", `t = { k = "v" }`, "t.k", map[int]int{0: 11}},
		{"CRLF lines", "a = 1\r\n[t]\r\nk = 'v'\r\n", "t.k", map[int]int{0: 17}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var data map[string]any
			if _, err := toml.Decode(tc.src, &data); err != nil {
				t.Fatalf("invalid test TOML: %v", err)
			}
			want, _ := lookup(data, tc.path).(string)
			got, ok := Scan([]byte(tc.src)).String(tc.path)
			if !ok {
				t.Fatalf("%s not found", tc.path)
			}
			if got.Text != want {
				t.Fatalf("decoded %q, TOML library says %q", got.Text, want)
			}
			for i, off := range tc.at {
				if got.Offset(i) != off {
					t.Errorf("byte %d (%q) maps to %d, want %d", i, got.Text[min(i, len(got.Text)-1):], got.Offset(i), off)
				}
			}
		})
	}
}

// lookup follows a Path through decoded TOML (for the few paths tests use).
func lookup(v any, p Path) any {
	var parts []any
	sc := &scanner{src: []byte(p)}
	for sc.i < len(sc.src) {
		switch {
		case sc.peek('.'):
			sc.i++
		case sc.peek('['):
			var n int
			fmt.Sscanf(string(sc.src[sc.i:]), "[%d]", &n)
			parts = append(parts, n)
			for !sc.peek(']') {
				sc.i++
			}
			sc.i++
		default:
			k, _, _ := sc.keyPath(0)
			parts = append(parts, k[0])
			for _, more := range k[1:] {
				parts = append(parts, more)
			}
		}
	}
	for _, part := range parts {
		switch k := part.(type) {
		case string:
			m, _ := v.(map[string]any)
			v = m[k]
		case int:
			switch a := v.(type) {
			case []any:
				v = a[k]
			case []map[string]any:
				v = a[k]
			}
		}
	}
	return v
}

func TestOffsetAt(t *testing.T) {
	src := "when = '''\na.x ==\n  é.y'''"
	s, _ := Scan([]byte(src)).String("when")
	for _, tc := range []struct{ line, col, want int }{
		{1, 0, 11}, {1, 2, 13}, {2, 0, 18}, {2, 2, 20}, {2, 3, 22}, {9, 0, 18},
	} {
		if got := s.OffsetAt(tc.line, tc.col); got != tc.want {
			t.Errorf("OffsetAt(%d, %d) = %d, want %d", tc.line, tc.col, got, tc.want)
		}
	}
}

// TestKeys checks where keys, headers and elements are found, as line:col.
func TestKeys(t *testing.T) {
	src := `# a rules file
top = 1
"quoted key" = 'x'
dotted.inner.leaf = true   # comment = no
[[rule]]
id = "a"
  [[rule.test]]
  name = "t0"
  [[rule.test]]
  name = "t1"
    [[rule.test.claim]]
    as_of = { from = 2020-01-01, to = { y = 2021 } }
[[rule]]
id = "b"
when = """
x""" # [[rule]] in a comment
[[rule.test]]
name = "t0 of b"
[rule.test.extra]
k = 'v'
[severity]
"count.drift" = "warning"
list = ["a", 'b',
  """c""", [1, 2]]
pairs = [{n = 1}, {n = 2}]
[deep."er".est]
`
	d := Scan([]byte(src))
	tests := []struct {
		path Path
		want string // line:col of Entry.Off; "" when absent
	}{
		{P("top"), "2:1"},
		{P("quoted key"), "3:1"},
		{P("dotted"), "4:1"},
		{P("dotted", "inner"), "4:8"},
		{P("dotted", "inner", "leaf"), "4:1"},
		{P("rule"), "5:1"},
		{P("rule", 0), "5:1"},
		{P("rule", 0, "id"), "6:1"},
		{P("rule", 0, "test", 0), "7:3"},
		{P("rule", 0, "test", 1, "name"), "10:3"},
		{P("rule", 0, "test", 1, "claim", 0), "11:5"},
		{P("rule", 0, "test", 1, "claim", 0, "as_of", "from"), "12:15"},
		{P("rule", 0, "test", 1, "claim", 0, "as_of", "to", "y"), "12:41"},
		{P("rule", 1), "13:1"},
		{P("rule", 1, "when"), "15:1"},
		{P("rule", 1, "test", 0), "17:1"},
		{P("rule", 1, "test", 0, "name"), "18:1"},
		{P("rule", 1, "test", 0, "extra"), "19:1"},
		{P("rule", 1, "test", 0, "extra", "k"), "20:1"},
		{P("rule", 2), ""},
		{P("deep"), "26:2"},
		{P("deep", "er"), "26:7"},
		{P("deep", "er", "est"), "26:1"},
		{P("severity", "count.drift"), "22:1"},
		{P("severity", "list", 1), "23:14"},
		{P("severity", "list", 2), "24:3"},
		{P("severity", "list", 3, 1), "24:16"},
		{P("severity", "pairs", 1, "n"), "25:20"},
		{P("nowhere"), ""},
	}
	for _, tc := range tests {
		got := ""
		if e, ok := d.Key(tc.path); ok {
			p := d.Position(e.Off)
			got = fmt.Sprintf("%d:%d", p.Line, p.Col)
		}
		if got != tc.want {
			t.Errorf("%s at %q, want %q", tc.path, got, tc.want)
		}
	}
	if s, ok := d.String(P("rule", 1, "when")); !ok || s.Text != "x" {
		t.Errorf("rule[1].when = %v", s)
	}
	var paths []Path
	for _, tb := range d.Tables {
		paths = append(paths, tb.Path)
	}
	want := []Path{"", "rule[0]", "rule[0].test[0]", "rule[0].test[1]", "rule[0].test[1].claim[0]", "rule[1]", "rule[1].test[0]", "rule[1].test[0].extra", "severity", "deep.er.est"}
	if fmt.Sprint(paths) != fmt.Sprint(want) {
		t.Errorf("tables %q\nwant   %q", paths, want)
	}
	if e, _ := d.Key(P("deep", "er")); !e.Header || e.Value != nil {
		t.Errorf("deep.er: %+v, want a header part", e)
	}
	if e, _ := d.Key(P("dotted", "inner")); e.Header || e.Value != nil {
		t.Errorf("dotted.inner: %+v, want a dotted key part", e)
	}
	if tb := d.Tables[5]; !tb.Array || fmt.Sprint(tb.Key) != "[rule]" || d.Position(tb.Off).Line != 13 {
		t.Errorf("rule[1] table: %+v", tb)
	}
}

func TestPath(t *testing.T) {
	for _, tc := range []struct {
		got  Path
		want string
	}{
		{P("rule", 2, "when"), "rule[2].when"},
		{P("severity", "count.drift"), `severity."count.drift"`},
		{P("a", 0, 1), "a[0][1]"},
		{P(""), `""`},
		{P("é"), `"é"`},
	} {
		if string(tc.got) != tc.want {
			t.Errorf("got %s, want %s", tc.got, tc.want)
		}
	}
}

func TestUndecoded(t *testing.T) {
	type entity struct {
		ID string `toml:"id"`
	}
	var f struct {
		Entity []entity `toml:"entity"`
	}
	src := "top = 1\n[[entity]]\nid = 'a'\n[[entity]]\nid = 'b'\n  aliass = ['x']\n[[entity]]\nid = 'c'\naliass = []\ndeep.er = 1\n[extra]\nk = { j = 1 }\n"
	md, err := toml.Decode(src, &f)
	if err != nil {
		t.Fatal(err)
	}
	d := Scan([]byte(src))
	var got []string
	for _, e := range d.Undecoded(md) {
		p := d.Position(e.Off)
		got = append(got, fmt.Sprintf("%d:%d %s %s", p.Line, p.Col, e.Key, e.Path))
	}
	want := []string{
		"1:1 top top",
		"6:3 entity.aliass entity[1].aliass",
		"9:1 entity.aliass entity[2].aliass",
		"10:1 entity.deep.er entity[2].deep.er",
		"11:1 extra extra",
		"12:1 extra.k extra.k",
		"12:7 extra.k.j extra.k.j",
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestLocate(t *testing.T) {
	type cfg struct {
		Rules []string `toml:"rules"`
		Rule  []struct {
			Tags []string `toml:"tags"`
		} `toml:"rule"`
		Sev map[string]int `toml:"severity"`
	}
	tests := []struct {
		name, src, want string
	}{
		{"syntax", "rules = [\"a\"\nx = 1\n", "f:2:14: expected a comma (',') or array terminator (']'), but got 'x'"},
		{"type at top", "# c\n  rules = \"one\"\n", "f:2:3: rules: incompatible types: TOML value has type string; destination has type slice"},
		{"type in the second element", "[[rule]]\ntags = []\n[[rule]]\n tags = 'x'\n", "f:4:2: rule.tags: incompatible types: TOML value has type string; destination has type slice"},
		{"type under a quoted key", "[severity]\n\"a.b\" = 'x'\n", `f:2:1: severity."a.b": incompatible types: TOML value has type string; destination has type integer`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var c cfg
			_, err := toml.Decode(tc.src, &c)
			if err == nil {
				t.Fatal("no error")
			}
			if got := ParseError("f", []byte(tc.src), err).Error(); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
	de := Locate(nil, fmt.Errorf("toml: something else"))
	if de.Off != -1 || de.Line != 0 || de.Message != "toml: something else" {
		t.Errorf("unplaced error: %+v", de)
	}
}
