package report

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimcheck/claimcheck/engine/finding"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// goldenName maps a format to its golden file.
var goldenName = map[string]string{
	"text":     "check.text.golden",
	"json":     "check.json.golden",
	"sarif":    "check.sarif.golden",
	"junit":    "check.junit.golden",
	"github":   "check.github.golden",
	"markdown": "check.markdown.golden",
	"html":     "check.html.golden",
}

var goldenOptions = Options{ToolVersion: "0.1.0-test", Width: 80, BaseURI: "file:///src/claimcheck/"}

// TestGolden prints the fixture report in every format and compares it
// with testdata/*.golden; go test -run TestGolden -update rewrites them.
func TestGolden(t *testing.T) {
	for _, format := range Formats() {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, format, fixtureReport(t), goldenOptions); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", goldenName[format])
			if *update {
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("%s output differs from %s (go test -update rewrites it); got:\n%s", format, path, buf.String())
			}
		})
	}
}

// TestDeterministic prints each format twice from separately built
// reports: the bytes must not change.
func TestDeterministic(t *testing.T) {
	for _, format := range Formats() {
		var a, b bytes.Buffer
		if err := Write(&a, format, fixtureReport(t), goldenOptions); err != nil {
			t.Fatal(err)
		}
		if err := Write(&b, format, fixtureReport(t), goldenOptions); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s: two runs differ", format)
		}
	}
}

// TestJSONStreamed: the streamed check JSON is byte for byte the whole
// document encoded at once, for the fixture report and an empty one.
func TestJSONStreamed(t *testing.T) {
	noticed := fixtureReport(t)
	noticed.Notices = []finding.Notice{{Path: "a.md", Line: 3, Limit: "max_sentence_bytes", Message: "a sentence <cut>"}}
	for name, r := range map[string]*Report{"fixtures": fixtureReport(t), "empty": {}, "notices": noticed} {
		var whole bytes.Buffer
		enc := json.NewEncoder(&whole)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(buildCheckJSON(r, goldenOptions)); err != nil {
			t.Fatal(err)
		}
		var streamed bytes.Buffer
		if err := Write(&streamed, "json", r, goldenOptions); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(streamed.Bytes(), whole.Bytes()) {
			t.Errorf("%s: streamed JSON differs from the whole document:\n%s\nwant:\n%s", name, streamed.String(), whole.String())
		}
	}
}
