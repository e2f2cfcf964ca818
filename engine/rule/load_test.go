package rule

import (
	"strings"
	"testing"
)

// base is a valid pair rule, one key per line, so that each case below can
// replace one line and know exactly where it sits.
var base = []string{
	`[[rule]]`,
	`id = "r1"`,
	`category = "contradiction"`,
	`severity = "error"`,
	`summary = "s"`,
	`scope = "pair"`,
	`key = "c.holder"`,
	`when = "a.value != b.value"`,
	`message = "'x'"`,
}

// file returns base with the line starting with each override's key
// replaced (or, for new keys, appended).
func file(over ...string) string {
	lines := append([]string(nil), base...)
	for _, o := range over {
		k, _, _ := strings.Cut(o, " ")
		done := false
		for i, l := range lines {
			if strings.HasPrefix(l, k+" ") {
				lines[i], done = o, true
				break
			}
		}
		if !done {
			lines = append(lines, o)
		}
	}
	return strings.Join(lines, "\n") + "\n"
}

func loadErrs(t *testing.T, files ...string) []string {
	t.Helper()
	var srcs []Source
	for i, f := range files {
		name := "r.toml"
		if i > 0 {
			name = "s.toml"
		}
		srcs = append(srcs, Source{Path: name, Data: []byte(f)})
	}
	_, diags := Load(srcs, Options{})
	var out []string
	for _, d := range diags {
		out = append(out, d.Problem.Error())
	}
	return out
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name  string
		files []string
		want  []string
	}{
		{"valid", []string{file()}, nil},
		{"toml syntax", []string{file(`summary = "s`)},
			[]string{`r.toml:5:13: strings cannot contain newlines`}},
		{"unknown key", []string{file(`severty = "error"`)},
			[]string{`r.toml:10:1: unknown key "severty" in [[rule]] (want id, category, severity, summary, scope, match, key, order, agree, pairs, variable, when, message, claims, help, url, test)`}},
		{"unknown table", []string{file(`[rule.extra]`)},
			[]string{`r.toml:10:1: unknown table [rule.extra] (want [[rule]], [[rule.variable]], [[rule.test]], [[rule.test.claim]] or [[rule.test.expect]])`}},
		{"rule not an array of tables", []string{"# rules\nrule = 1\n"},
			[]string{`r.toml:2:8: rule must be an array of tables ([[rule]])`}},
		{"inline rules", []string{"rule = [\n  {id = \"r1\", category = \"contradiction\", severity = \"error\", summary = \"s\", scope = \"claim\", when = \"true\", message = \"'m'\"},\n  {category = \"contradiction\", severity = \"error\", summary = \"s\", scope = \"claim\", when = \"c.nope\", message = \"'m'\"},\n]\n"},
			[]string{`r.toml:3:3: [[rule]] is missing "id"`, `r.toml:3:94: when: undefined field 'nope'`}},
		{"duplicate id across files", []string{file(), "\n" + file()},
			[]string{`s.toml:3:6: duplicate rule id "r1" (first defined at r.toml:2:6)`}},
		{"bad category", []string{file(`category = "contradction"`)},
			[]string{`r.toml:3:12: unknown category "contradction" (want contradiction, drift, stale or other)`}},
		{"bad severity", []string{file(`severity = "fatal"`)},
			[]string{`r.toml:4:12: unknown severity "fatal" (want error, warning or info)`}},
		{"bad scope", []string{file(`scope = "pairs"`)},
			[]string{`r.toml:6:9: unknown scope "pairs" (want claim, pair or series)`}},
		{"missing when", []string{strings.Replace(file(), "when = \"a.value != b.value\"\n", "", 1)},
			[]string{`r.toml:1:1: [[rule]] is missing "when"`}},
		{"wrong toml type", []string{file(`summary = 5`)},
			[]string{`r.toml:5:11: summary must be a string, got an integer`}},
		{"cel syntax, basic string", []string{file(`when = "a.value != != b.value"`)},
			[]string{`r.toml:8:20: when: Syntax error: extraneous input '!=' expecting {'[', '{', '(', '.', '-', '!', 'true', 'false', 'null', NUM_FLOAT, NUM_INT, NUM_UINT, STRING, BYTES, IDENTIFIER}`}},
		{"cel syntax after escapes", []string{file(`when = "a.holder == \"x\u00e9\" &&& b.value > 1.0"`)},
			[]string{`r.toml:8:35: when: Syntax error: token recognition error at: '& '`}},
		{"cel syntax, literal string", []string{file(`when = 'a.value != b.value )'`)},
			[]string{`r.toml:8:28: when: Syntax error: extraneous input ')' expecting <EOF>`}},
		{"cel syntax, multi-line basic string", []string{file("when = \"\"\"\na.value != b.value &&\n  a.holder == )\"\"\"")},
			[]string{`r.toml:10:15: when: Syntax error: mismatched input ')' expecting {'[', '{', '(', '.', '-', '!', 'true', 'false', 'null', NUM_FLOAT, NUM_INT, NUM_UINT, STRING, BYTES, IDENTIFIER}`}},
		{"cel syntax, multi-line literal string", []string{file("when = '''a.value != b.value &&\n\t\ta.holder == )'''")},
			[]string{`r.toml:9:15: when: Syntax error: mismatched input ')' expecting {'[', '{', '(', '.', '-', '!', 'true', 'false', 'null', NUM_FLOAT, NUM_INT, NUM_UINT, STRING, BYTES, IDENTIFIER}`}},
		{"cel error after a line-ending backslash", []string{file("when = \"\"\"a.value != \\\n      b.valu\"\"\"")},
			[]string{`r.toml:9:9: when: undefined field 'valu'`}},
		{"unknown field", []string{file(`when = "a.holdr == b.holder"`)},
			[]string{`r.toml:8:11: when: undefined field 'holdr'`}},
		{"unknown field, in a file's second rule", []string{file() + file(`id = "r2"`, `when = "a.holdr == b.holder"`)},
			[]string{`r.toml:17:11: when: undefined field 'holdr'`}},
		{"unknown field, in match", []string{file(`match = "c.kind == 'count' && c.itme != ''"`)},
			[]string{`r.toml:10:33: match: undefined field 'itme'`}},
		{"date compared with a string", []string{file(`when = "a.as_of.from < '2020-01-01'"`)},
			[]string{`r.toml:8:22: when: found no matching overload for '_<_' applied to '(timestamp, string)'`}},
		{"non-bool when", []string{file(`when = "a.value + b.value"`)},
			[]string{`r.toml:8:9: when must be bool, got double`}},
		{"non-string message", []string{file(`message = "a.value"`)},
			[]string{`r.toml:9:12: message must be string, got double`}},
		{"key of the wrong type", []string{file(`key = "c.value"`)},
			[]string{`r.toml:7:8: key must be string or list(string), got double`}},
		{"key in claim scope", []string{file(`scope = "claim"`, `when = "c.value > 1.0"`, `message = "'x'"`)},
			[]string{`r.toml:7:1: key is not used by scope "claim"`}},
		{"a typo in a variable points into it", []string{file("[[rule.variable]]\nname = \"same\"\nexpr = \"a.holdr == b.holder\"")},
			[]string{`r.toml:12:11: expr: undefined field 'holdr'`}},
		{"a variable used before it is defined", []string{file("[[rule.variable]]\nname = \"first\"\nexpr = \"later\"\n[[rule.variable]]\nname = \"later\"\nexpr = \"true\"")},
			[]string{`r.toml:12:9: expr: undeclared reference to 'later'`}},
		{"a variable may not hide a scope's name", []string{file("[[rule.variable]]\nname = \"a\"\nexpr = \"true\"")},
			[]string{`r.toml:11:8: variable name "a": use a new identifier (letters, digits, '_'), not c, a, b, group, series or firsts`}},
		{"unbounded cost refused", []string{file(`scope = "series"`,
			`when = "series.exists(x, series.exists(y, series.exists(z, x.value + y.value == z.value)))"`,
			`message = "'x'"`)},
			[]string{`r.toml:8:9: when: estimated cost up to 12006006002 exceeds the limit of 100000000 (with series of up to 1000 claims and strings of up to 10000 characters); avoid loops nested over series`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := loadErrs(t, tc.files...)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

func TestDiagnosticCaret(t *testing.T) {
	_, diags := Load([]Source{{Path: "r.toml", Data: []byte(file("when = \"\"\"\na.value != b.value &&\n\ta.holdr == b.holder\"\"\""))}}, Options{})
	want := "r.toml:10:4: when: undefined field 'holdr'\n" +
		" | \ta.holdr == b.holder\"\"\"\n" +
		" | \t  ^"
	if len(diags) != 1 || diags[0].String() != want {
		t.Errorf("got\n%s\nwant\n%s", diags.Error(), want)
	}
}

func TestLoadErrorsInTests(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"unknown test key", file(`[[rule.test]]`, `nmae = "x"`),
			[]string{`r.toml:11:1: unknown key "nmae" in [[rule.test]] (want name, text, published, claim, expect)`}},
		{"unknown claim field", file(`[[rule.test]]`, `[[rule.test.claim]]`, `holdr = "x"`),
			[]string{`r.toml:12:1: unknown claim field "holdr" (fields are the claim JSON's: kind, holder, item, value, as_of, ...)`}},
		{"claim field of the wrong type", file(`[[rule.test]]`, `[[rule.test.claim]]`, `value = "many"`),
			[]string{`r.toml:12:9: test claim: value: want a number, got a string`}},
		{"bad claim date", file(`[[rule.test]]`, `[[rule.test.claim]]`, `as_of = "June 2020"`),
			[]string{`r.toml:12:9: test claim: as_of: want a date YYYY-MM-DD, got "June 2020"`}},
		{"bad interval table", file(`[[rule.test]]`, `[[rule.test.claim]]`, `as_of = { from = 2020-01-03, grian = "day" }`),
			[]string{`r.toml:12:9: test claim: as_of: unknown interval key "grian" (want from, to, grain, open, or month and day)`}},
		{"claim list field of the wrong type", file(`[[rule.test]]`, `[[rule.test.claim]]`, `incident = "soleimani"`),
			[]string{`r.toml:12:12: test claim: incident: want an array of strings, got a string`}},
		{"unknown expect key", file(`[[rule.test]]`, `[[rule.test.expect]]`, `mesage = "x"`),
			[]string{`r.toml:12:1: unknown key "mesage" in [[rule.test.expect]] (want claims, message, contains)`}},
		{"expect claims not strings", file(`[[rule.test]]`, `[[rule.test.expect]]`, `claims = [1, 2]`),
			[]string{`r.toml:12:10: claims must be an array of strings`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := loadErrs(t, tc.src)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}
