package rule

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/engine/claim"
)

// fakeExtract reads one count per line, "HOLDER VALUE", as of the
// publication date: a stand-in for the real extractor.
func fakeExtract(text string, published time.Time) ([]*claim.Claim, error) {
	var out []*claim.Claim
	for i, line := range strings.Split(strings.TrimSpace(text), "\n") {
		f := strings.Fields(line)
		if len(f) != 2 {
			return nil, fmt.Errorf("line %d: want HOLDER VALUE", i+1)
		}
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return nil, err
		}
		out = append(out, &claim.Claim{
			ID: fmt.Sprintf("article#%d", i+1), Kind: claim.Count, Path: "article", Line: i + 1, Col: 1,
			Holder: f[0], Item: "troops", Value: v, Modality: claim.Current,
			AsOf: claim.DayOf(published), Published: published, Dated: true, Text: line,
		})
	}
	return out, nil
}

const testedRule = `
[[rule]]
id = "differ"
category = "contradiction"
severity = "error"
summary = "values differ"
scope = "pair"
key = "c.holder"
when = "a.value != b.value"
message = "fmt_amount(a) + ' vs ' + fmt_amount(b)"

[[rule.test]]
name = "from text"
published = 2020-06-12
text = """
united-states 5000
united-states 2500
coalition 2500
"""
[[rule.test.expect]]
claims = ["article#1", "article#2"]
message = "5,000 vs 2,500"

[[rule.test]]
name = "claims, one expectation missed and one finding unexpected"
[[rule.test.claim]]
id = "a"
kind = "count"
holder = "x"
value = 1
[[rule.test.claim]]
id = "b"
kind = "count"
holder = "x"
value = 2
[[rule.test.expect]]
contains = ["3"]

[[rule.test]]
name = "nothing to find"
[[rule.test.claim]]
id = "a"
kind = "count"
holder = "x"
value = 1
`

func TestRunTests(t *testing.T) {
	set := mustLoad(t, Options{}, testedRule)
	var out bytes.Buffer
	ok := PrintTests(&out, set.RunTests(TestOptions{Extract: fakeExtract}))
	want := `RULE    TESTS  FOUND  MISSED  UNEXPECTED  ERRORS  RESULT
differ  3      1      1       1           0       FAIL
differ: t.toml:24:1: claims, one expectation missed and one finding unexpected: missed: containing "3"
differ: t.toml:24:1: claims, one expectation missed and one finding unexpected: unexpected: [a, b] "1 vs 2"
`
	if ok || out.String() != want {
		t.Errorf("ok=%v, got\n%s\nwant\n%s", ok, out.String(), want)
	}

	// Without an extractor the text test is skipped, not failed.
	res := set.RunTests(TestOptions{})
	if res[0].Skipped != 1 || res[0].Found != 0 {
		t.Errorf("got %+v", res[0])
	}
}

// TestUserRuleFolder adds a rule for a new kind of count from a user's own
// folder next to another file, as `--rules DIR` does, and runs its test.
func TestUserRuleFolder(t *testing.T) {
	dir := t.TempDir()
	rule := `
[[rule]]
id = "aircraft-contradiction"
category = "contradiction"
severity = "warning"
summary = "Two different numbers of aircraft for the same holder on the same day"
scope = "pair"
match = "c.kind == 'count' && c.item == 'aircraft' && c.as_of.known"
key = "c.holder"
when = "overlaps(a.as_of, b.as_of) && !amounts_overlap(a, b)"
message = "a.holder + ': ' + fmt_amount(a) + ' vs ' + fmt_amount(b) + ' aircraft'"

[[rule.test]]
[[rule.test.claim]]
id = "a#1"
kind = "count"
holder = "iraq"
item = "aircraft"
value = 34
as_of = "2020-06-12"
[[rule.test.claim]]
id = "b#1"
kind = "count"
holder = "iraq"
item = "aircraft"
value = 36
as_of = "2020-06-12"
[[rule.test.expect]]
message = "iraq: 34 vs 36 aircraft"
`
	if err := os.MkdirAll(filepath.Join(dir, "more"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "more", "aircraft.toml"), []byte(rule), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("not a rule"), 0o644); err != nil {
		t.Fatal(err)
	}
	srcs, err := SourcesPaths(dir)
	if err != nil || len(srcs) != 1 {
		t.Fatalf("sources %v %v", srcs, err)
	}
	set, diags := Load(srcs, Options{})
	if len(diags) > 0 {
		t.Fatal(diags.Error())
	}
	res := set.RunTests(TestOptions{})
	if len(res) != 1 || res[0].Found != 1 || res[0].Failed() {
		t.Errorf("got %+v", res)
	}
	if r := set.Rules()[0]; r.Location() != filepath.Join(dir, "more", "aircraft.toml")+":2:1" || r.Summary == "" {
		t.Errorf("rule %+v", r)
	}
}

func TestPrintRules(t *testing.T) {
	set := mustLoad(t, Options{}, testedRule)
	var out bytes.Buffer
	if err := PrintRules(&out, set.Rules()); err != nil {
		t.Fatal(err)
	}
	want := "RULE    CATEGORY       SEVERITY  SCOPE  LOCATION    SUMMARY\n" +
		"differ  contradiction  error     pair   t.toml:2:1  values differ\n"
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
	if info := set.Rules()[0].Info(); info.Tests != 3 || info.Line != 2 {
		t.Errorf("info %+v", info)
	}
}
