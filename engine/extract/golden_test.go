package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/claimcheck/claimcheck/engine/article"
	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/lexicon"
)

// The golden test scores extraction against claims written by hand.
//
// testdata/expected/<article id>.toml lists, per fixture article, the claims
// a careful fact-checker would record, as [[count]], [[event]], [[role]] and
// [[quote]] tables with the sentence's line and the key fields. An
// extracted claim matches an expected one when it has the same kind, starts
// on the same line, and:
//
//	count: same holder, item, place, value and modality
//	event: same action, agent, patient and negation
//	role:  same person and title
//	quote: same speaker, and the quote starts with the expected words
//
// Matching is one-to-one (each expected claim matches at most one extracted
// claim). Precision is matched/extracted and recall matched/expected, per
// kind, summed over the articles. The test fails below precision 0.95 or
// recall 0.90 for any kind on the fixtures; the held-out sets
// (testdata/heldout*) are only printed: a check that the rules generalise.
// Their expectations are never edited after a run. Sets 1-3 have since been
// looked at (their misses pointed to general mechanisms in the round that
// added set 3; set 3's first-run scores are recorded in commit 6e9f6a8),
// so they are no longer blind: a blind measure needs a new set, committed
// before its first run.

type expected struct {
	Count []struct {
		Line     int
		Holder   string
		Item     string
		Place    string
		Value    float64
		Modality string
	}
	Event []struct {
		Line    int
		Action  string
		Agent   string
		Patient string
		Negated bool
	}
	Role []struct {
		Line   int
		Person string
		Title  string
	}
	Quote []struct {
		Line    int
		Speaker string
		Quote   string
	}
}

// want is one expected claim, flattened for matching.
type want struct {
	kind string
	line int
	key  string
	pre  string // quote prefix
}

func (e *expected) wants() []want {
	var out []want
	for _, c := range e.Count {
		out = append(out, want{claim.Count, c.Line, fmt.Sprintf("%s|%s|%s|%g|%s", c.Holder, c.Item, c.Place, c.Value, c.Modality), ""})
	}
	for _, c := range e.Event {
		out = append(out, want{claim.Event, c.Line, fmt.Sprintf("%s|%s|%s|%v", c.Action, c.Agent, c.Patient, c.Negated), ""})
	}
	for _, c := range e.Role {
		out = append(out, want{claim.Role, c.Line, c.Person + "|" + c.Title, ""})
	}
	for _, c := range e.Quote {
		out = append(out, want{claim.Quote, c.Line, c.Speaker, c.Quote})
	}
	return out
}

func keyOf(c *claim.Claim) string {
	switch c.Kind {
	case claim.Count:
		return fmt.Sprintf("%s|%s|%s|%g|%s", c.Holder, c.Item, statedPlace(c), c.Value, c.Modality)
	case claim.Event:
		return fmt.Sprintf("%s|%s|%s|%v", c.Action, c.Agent, c.Patient, c.Negated)
	case claim.Role:
		return c.Person + "|" + c.Title
	case claim.Quote:
		return c.Speaker
	}
	return ""
}

type tally struct{ matched, extracted, expected int }

// score matches one article's claims against its expectations and adds to
// the tallies; it returns the unmatched on both sides, for the log.
func score(got []*claim.Claim, exp []want, tallies map[string]*tally) (missed []want, extra []*claim.Claim) {
	used := make([]bool, len(got))
	for _, w := range exp {
		t := tallyOf(tallies, w.kind)
		t.expected++
		found := false
		for i, c := range got {
			if used[i] || c.Kind != w.kind || c.Line != w.line || keyOf(c) != w.key {
				continue
			}
			if w.kind == claim.Quote && !strings.HasPrefix(c.Quote, w.pre) {
				continue
			}
			used[i], found = true, true
			t.matched++
			break
		}
		if !found {
			missed = append(missed, w)
		}
	}
	for i, c := range got {
		tallyOf(tallies, c.Kind).extracted++
		if !used[i] {
			extra = append(extra, c)
		}
	}
	return missed, extra
}

func tallyOf(m map[string]*tally, kind string) *tally {
	if m[kind] == nil {
		m[kind] = &tally{}
	}
	return m[kind]
}

func (t *tally) precision() float64 {
	if t.extracted == 0 {
		return 1
	}
	return float64(t.matched) / float64(t.extracted)
}

func (t *tally) recall() float64 {
	if t.expected == 0 {
		return 1
	}
	return float64(t.matched) / float64(t.expected)
}

// runSet extracts every article of a folder and scores it against the
// expectations in expDir.
func runSet(t *testing.T, articles, expDir string) map[string]*tally {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(articles, "*.txt"))
	if len(paths) == 0 {
		t.Fatalf("no articles in %s", articles)
	}
	arts, errs := article.Read(paths, article.Options{})
	for _, err := range errs {
		t.Fatal(err)
	}
	x := New(testLexicon(t), Options{})
	tallies := map[string]*tally{}
	for _, a := range arts {
		var e expected
		if _, err := toml.DecodeFile(filepath.Join(expDir, a.ID+".toml"), &e); err != nil {
			t.Fatalf("%s: %v", a.ID, err)
		}
		missed, extra := score(lexiconClaims(x, x.Article(a)), e.wants(), tallies)
		for _, w := range missed {
			t.Logf("%s: missed L%d %s %s %s", a.ID, w.line, w.kind, w.key, w.pre)
		}
		for _, c := range extra {
			t.Logf("%s: extra %s", a.ID, describe(c))
		}
	}
	return tallies
}

// testLexicon is the default lexicon, plus $EXTRACT_LEXICON (a TOML file)
// when set: a hook for trying lexicon additions.
func testLexicon(t *testing.T) *lexicon.Lexicon {
	p := os.Getenv("EXTRACT_LEXICON")
	if p == "" {
		return lexicon.Default()
	}
	lex, err := lexicon.Load(lexicon.Default(), p)
	if err != nil {
		t.Fatal(err)
	}
	return lex
}

func report(t *testing.T, name string, tallies map[string]*tally) string {
	var b strings.Builder
	kinds := make([]string, 0, len(tallies))
	for k := range tallies {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	fmt.Fprintf(&b, "%s:\n", name)
	for _, k := range kinds {
		tl := tallies[k]
		fmt.Fprintf(&b, "  %-6s precision %.2f (%d/%d)  recall %.2f (%d/%d)\n", k, tl.precision(), tl.matched, tl.extracted, tl.recall(), tl.matched, tl.expected)
	}
	fmt.Fprint(os.Stdout, b.String())
	return b.String()
}

func TestGoldenFixtures(t *testing.T) {
	tallies := runSet(t, "../../fixtures/articles", "testdata/expected")
	report(t, "fixtures", tallies)
	for _, k := range []string{claim.Count, claim.Event, claim.Role, claim.Quote} {
		tl := tallyOf(tallies, k)
		if tl.precision() < 0.95 || tl.recall() < 0.90 {
			t.Errorf("%s: precision %.2f recall %.2f, want >= 0.95 / 0.90", k, tl.precision(), tl.recall())
		}
	}
}

func TestHeldOut(t *testing.T) {
	tallies := runSet(t, "testdata/heldout", "testdata/heldout")
	report(t, "held-out (printed only)", tallies)
	// a second set, written later on other subjects, never run before it
	// was committed
	tallies = runSet(t, "testdata/heldout2", "testdata/heldout2")
	report(t, "held-out 2 (printed only)", tallies)
	// a third, on new subjects and weighted to counts, committed before its
	// first run (first-run scores are in the commit that follows it)
	tallies = runSet(t, "testdata/heldout3", "testdata/heldout3")
	report(t, "held-out 3 (printed only)", tallies)
}

// statedPlace is the place the claim's own words give: the labels record
// what the text says, not what the article implies.
func statedPlace(c *claim.Claim) string {
	if c.PlaceFrom != "" {
		return ""
	}
	return c.Place
}

// lexiconClaims leaves out open-class events (an action the lexicon does
// not have, named by the verb's lemma): the expectations label the
// lexicon's events, which rules compare; open-class ones are scored on the
// labelled news set instead.
func lexiconClaims(x *Extractor, cs []*claim.Claim) []*claim.Claim {
	out := cs[:0:0]
	for _, c := range cs {
		if c.Kind == claim.Event {
			if _, ok := x.lex.ActionInfo(c.Action); !ok {
				continue
			}
		}
		out = append(out, c)
	}
	return out
}
