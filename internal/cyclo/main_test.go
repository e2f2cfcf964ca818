package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// branchy is a function of complexity 1 + n ifs.
func branchy(n int) string {
	var b strings.Builder
	b.WriteString("func f(x int) {\n")
	for i := 0; i < n; i++ {
		b.WriteString("\tif x == 0 {\n\t}\n")
	}
	b.WriteString("}\n")
	return b.String()
}

func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, text := range files {
		path := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func TestGate(t *testing.T) {
	cases := []struct {
		name     string
		ifs      int    // f's complexity is ifs+1
		baseline string // lines after the header
		code     int
		say      string
		after    string // the baseline after -write, when it differs
		dropped  bool   // -write leaves the baseline empty
	}{
		{name: "within the limit", ifs: 14, code: 0},
		{name: "new and over", ifs: 15, code: 1, say: "a/x.go:3:1: f has cyclomatic complexity 16, over the limit of 15"},
		{name: "listed, same", ifs: 20, baseline: "21 a x f\n", code: 0},
		{name: "listed, grew", ifs: 21, baseline: "21 a x f\n", code: 1, say: "f grew to cyclomatic complexity 22; the baseline allows it 21"},
		{name: "listed, shrank", ifs: 17, baseline: "21 a x f\n", code: 0, say: "run `make cyclo-baseline`", after: "18 a x f\n"},
		{name: "listed, now within", ifs: 3, baseline: "21 a x f\n", code: 0, say: "shrank or left", dropped: true},
		{name: "listed elsewhere", ifs: 16, baseline: "21 b x f\n", code: 1, say: "over the limit", dropped: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			root := tree(t, map[string]string{
				"a/x.go":               "package x\n\n" + branchy(c.ifs),
				"a/testdata/y.go":      "package y\n\n" + branchy(40),
				"bin/z.go":             "package z\n\n" + branchy(40),
				baselineFile:           header + c.baseline,
				"internal/cyclo/ok.go": "package main\n",
			})
			var out bytes.Buffer
			code, err := run(root, false, &out)
			if err != nil {
				t.Fatal(err)
			}
			if code != c.code || !strings.Contains(out.String(), c.say) {
				t.Fatalf("exit %d, want %d; output:\n%s\nwant it to contain %q", code, c.code, out.String(), c.say)
			}
			if _, err := run(root, true, &out); err != nil {
				t.Fatal(err)
			}
			got, _ := os.ReadFile(filepath.Join(root, baselineFile))
			want := c.baseline
			if c.after != "" || c.dropped {
				want = c.after
			}
			if string(got) != header+want {
				t.Errorf("baseline after -write:\n%s\nwant:\n%s", got, header+want)
			}
		})
	}
}
