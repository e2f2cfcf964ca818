// Package peercase loads the peer test cases kept outside the repository in
// ../shared/eval/peer (see its README.md) for the quantity and timex tests,
// and tallies pass rates per suite and per tag.
package peercase

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/internal/testkit"
)

// Case is one line of a peer .jsonl file.
type Case struct {
	ID            string         `json:"id"`
	Suite         string         `json:"suite"`
	Input         string         `json:"input"`
	ReferenceTime *string        `json:"reference_time"`
	Expected      []Expected     `json:"expected"`
	Scope         []string       `json:"scope"`
	Tags          []string       `json:"tags"`
	Meta          map[string]any `json:"meta"`
}

// Expected is one value a peer expects; Start and End are character
// (code point) offsets into Input, End exclusive.
type Expected struct {
	Text        string          `json:"text"`
	Kind        string          `json:"kind"`
	Value       json.RawMessage `json:"value"`
	ValueFuture json.RawMessage `json:"value_future"`
	Start       int             `json:"start"`
	End         int             `json:"end"`
	Grain       string          `json:"grain"`
	Unit        string          `json:"unit"`
}

// Overlaps reports whether the byte span start..end of c.Input overlaps an
// expected mention: output there is the peer's mention split or joined
// differently, not noise.
func (c Case) Overlaps(start, end int) bool {
	for _, x := range c.Expected {
		s, e := x.ByteSpan(c.Input)
		if start < e && s < end {
			return true
		}
	}
	return false
}

// ByteSpan converts the expected character offsets to byte offsets in input.
func (e Expected) ByteSpan(input string) (int, int) {
	return byteOff(input, e.Start), byteOff(input, e.End)
}

func byteOff(s string, chars int) int {
	i := 0
	for n := 0; n < chars && i < len(s); n++ {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return i
}

// Dir finds ../shared/eval/peer relative to the repository root. It skips
// the test when absent, unless CI=true, then fails.
func Dir(t testing.TB) string {
	t.Helper()
	p := filepath.Join(testkit.Root(t), "..", "shared", "eval", "peer")
	if _, err := os.Stat(p); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("peer cases missing at %s", p)
		}
		t.Skipf("peer cases not present at %s", p)
	}
	return p
}

// Load reads every case of the named files (e.g. "news-when-en.jsonl").
func Load(t testing.TB, dir string, files ...string) []Case {
	t.Helper()
	var out []Case
	for _, f := range files {
		fh, err := os.Open(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		line := 0
		for sc.Scan() {
			line++
			if strings.TrimSpace(sc.Text()) == "" {
				continue
			}
			var c Case
			if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
				t.Fatalf("%s:%d: %v", f, line, err)
			}
			out = append(out, c)
		}
		fh.Close()
		if err := sc.Err(); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
	}
	return out
}

// Tally counts passes per suite and per tag, and keeps failures.
type Tally struct {
	pass, total map[string]int
	Excluded    map[string]int // reason -> cases counted apart
	Failures    []string
}

// NewTally returns an empty tally.
func NewTally() *Tally {
	return &Tally{pass: map[string]int{}, total: map[string]int{}, Excluded: map[string]int{}}
}

// Add records one counted case.
func (t *Tally) Add(c Case, ok bool, got string) {
	keys := []string{"suite " + c.Suite, "ALL"}
	for _, tag := range c.Tags {
		keys = append(keys, "tag "+tag)
	}
	for _, k := range keys {
		t.total[k]++
		if ok {
			t.pass[k]++
		}
	}
	if !ok {
		want := make([]string, 0, len(c.Expected))
		for _, e := range c.Expected {
			want = append(want, fmt.Sprintf("%q=%s", e.Text, e.Value))
		}
		t.Failures = append(t.Failures, fmt.Sprintf("%s %q want %s got %s", c.ID, c.Input, strings.Join(want, " "), got))
	}
}

// Exclude records one case counted apart, with the reason.
func (t *Tally) Exclude(reason string) { t.Excluded[reason]++ }

// Rate is the pass rate over all counted cases.
func (t *Tally) Rate() float64 {
	if t.total["ALL"] == 0 {
		return 0
	}
	return float64(t.pass["ALL"]) / float64(t.total["ALL"])
}

// Check reports the tally and fails tb when the counted pass rate is below
// floor: the level the finder has reached, raised as it improves.
func (t *Tally) Check(tb testing.TB, floor float64) {
	tb.Helper()
	t.Report(tb)
	tb.Logf("counted pass rate %.3f (floor %.3f)", t.Rate(), floor)
	if t.Rate() < floor {
		tb.Errorf("peer pass rate %.3f below floor %.3f", t.Rate(), floor)
	}
}

// Report logs rates per suite and tag, the excluded counts and the failures.
func (t *Tally) Report(tb testing.TB) {
	tb.Helper()
	keys := make([]string, 0, len(t.total))
	for k := range t.total {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%-45s %4d/%-4d %5.1f%%\n", k, t.pass[k], t.total[k], 100*float64(t.pass[k])/float64(t.total[k]))
	}
	reasons := make([]string, 0, len(t.Excluded))
	for r := range t.Excluded {
		reasons = append(reasons, r)
	}
	sort.Strings(reasons)
	for _, r := range reasons {
		fmt.Fprintf(&b, "counted apart: %4d  %s\n", t.Excluded[r], r)
	}
	for _, f := range t.Failures {
		fmt.Fprintf(&b, "FAIL %s\n", f)
	}
	tb.Log("\n" + b.String())
}
