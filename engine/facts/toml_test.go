package facts

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/lexicon"
)

// fact is a valid count fact with lines added or replacing its own (a
// line "key = ..." replaces the line of that key; "-key" drops it).
func fact(lines ...string) string {
	base := []string{
		`[[fact]]`,
		`source = "Acting Defense Secretary Christopher Miller, 15 January 2021"`,
		`kind = "count"`,
		`holder = "united-states"`,
		`item = "troops"`,
		`place = "iraq"`,
		`value = 2500`,
		`as_of = 2021-01-15`,
	}
	for _, l := range lines {
		key, _, _ := strings.Cut(l, " =")
		if drop, ok := strings.CutPrefix(l, "-"); ok {
			key = drop
		}
		replaced := false
		for i, b := range base {
			if strings.HasPrefix(b, key+" =") {
				base[i], replaced = l, true
			}
		}
		if !replaced && !strings.HasPrefix(l, "-") {
			base = append(base, l)
		}
	}
	var out []string
	for _, b := range base {
		if !strings.HasPrefix(b, "-") {
			out = append(out, b)
		}
	}
	return strings.Join(out, "\n") + "\n"
}

func parse(t *testing.T, src string) ([]*claim.Claim, []string) {
	t.Helper()
	cs, ps := ParseFacts("f.toml", []byte(src), Options{Lexicon: lexicon.Default()})
	var errs []string
	for _, p := range ps {
		errs = append(errs, p.Error())
		assert.Contains(t, p.Context, "\n | ", "errors carry the offending line")
	}
	return cs, errs
}

func TestParseFacts(t *testing.T) {
	src := fact() + `
[[fact]]
source = "US Department of Defense statement, 2 January 2020"
text = "A US drone strike killed Qassem Soleimani at Baghdad International Airport."
kind = "event"
action = "kill"
agent = "united-states"
patient = "qassem-soleimani"
place = "baghdad-international-airport"
when = 2020-01-03

[[fact]]
source = "White House"
kind = "role"
person = "donald-trump"
title = "president"
org = "united-states"
published = 2020-06-01
[fact.as_of]
from = 2020-01-01
to = 2020-12-31
grain = "year"
`
	cs, errs := parse(t, src)
	require.Empty(t, errs)
	require.Len(t, cs, 3)

	count := cs[0]
	assert.Equal(t, "f.toml#1", count.ID)
	assert.Equal(t, "f.toml", count.Article)
	assert.True(t, count.Verified)
	assert.Equal(t, "Acting Defense Secretary Christopher Miller, 15 January 2021", count.Source)
	assert.Equal(t, claim.Current, count.Modality, "counts default to current")
	assert.Equal(t, [3]float64{2500, 2500, 2500}, [3]float64{count.Value, count.Low, count.High}, "an exact amount's interval")
	assert.True(t, count.Dated)
	assert.Equal(t, "2021-01-15", count.Published.Format(claim.DateLayout), "published defaults to the end of as_of")
	assert.Equal(t, [2]int{1, 1}, [2]int{count.Line, count.Col}, "a fact without text sits at its header")
	assert.Empty(t, count.Text)

	event := cs[1]
	assert.Equal(t, claim.Past, event.Modality, "events default to past")
	assert.Equal(t, "A US drone strike killed Qassem Soleimani at Baghdad International Airport.", event.Text)
	assert.Equal(t, event.Text, src[event.Start:event.End], "start and end are the text's bytes in the file")
	assert.Equal(t, [2]int{12, 9}, [2]int{event.Line, event.Col})
	assert.Equal(t, "2020-01-03", event.When.String())

	role := cs[2]
	assert.Equal(t, "2020-06-01", role.Published.Format(claim.DateLayout), "a published date given is kept")
	assert.Equal(t, claim.Year, role.AsOf.Grain)
}

func TestParseFactsErrors(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"TOML syntax", fact(`value = 2,500`), []string{`f.toml:7:10: expected a top-level item to end with a newline, comment, or EOF, but got ',' instead`}},
		{"unknown key", fact(`hodler = "united-states"`), []string{
			`f.toml:9:1: unknown key "hodler" in [[fact]] (fields are the claim JSON's: kind, holder, item, value, as_of, when, ...; and source)`}},
		{"a field claimcheck sets", fact(`line = 3`), []string{`f.toml:9:1: "line" is not a fact's to give (claimcheck sets it)`}},
		{"outlet instead of source", fact(`outlet = "Pentagon"`), []string{`f.toml:9:1: "outlet" is not a fact's to give (use source: who vouches for the fact)`}},
		{"missing source", fact(`-source`), []string{`f.toml:1:1: [[fact]] is missing "source": who vouches for it ("Pentagon statement, 2020-01-03")`}},
		{"empty source", fact(`source = " "`), []string{`f.toml:2:10: source must be a non-empty string: who vouches for the fact`}},
		{"bad date", fact(`as_of = "15 January 2021"`), []string{`f.toml:8:9: as_of: want a date YYYY-MM-DD, got "15 January 2021"`}},
		{"impossible date", fact(`as_of = "2021-02-30"`), []string{`f.toml:8:9: as_of: want a date YYYY-MM-DD, got "2021-02-30"`}},
		{"bad date in a table", fact(`as_of = { from = 2021-01-15, to = "soon" }`), []string{`f.toml:8:9: as_of: want a date YYYY-MM-DD, got "soon"`}},
		{"wrong type", fact(`value = "2,500"`), []string{`f.toml:7:9: value: want a number, got a string`}},
		{"unknown kind", fact(`kind = "tally"`), []string{`f.toml:3:8: unknown kind "tally" (want count, event, role, quote)`}},
		{"unknown modality", fact(`modality = "now"`), []string{`f.toml:9:12: unknown modality "now" (want current, past, planned)`}},
		{"unknown qualifier", fact(`qualifier = "roughly"`), []string{
			`f.toml:9:13: unknown qualifier "roughly" (want exact, about, nearly, more_than, at_least, fewer_than, up_to, range, vague)`}},
		{"unknown grain", fact(`as_of = { from = 2021-01-01, to = 2021-01-31, grain = "fortnight" }`), []string{
			`f.toml:8:9: unknown grain "fortnight" (want day, week, month, quarter, year, decade)`}},
		{"unknown lexicon id, with the id for its words", fact(`place = "Baghdad"`), []string{
			`f.toml:6:9: place "Baghdad" is not an entity id the lexicon knows (did you mean "baghdad"?)`}},
		{"unknown lexicon id", fact(`holder = "atlantis"`), []string{
			`f.toml:4:10: holder "atlantis" is not an entity id the lexicon knows (claimcheck lexicon find NAME gives ids; add new ones with --lexicon)`}},
		{"unknown action", fact(`kind = "event"`, `-item`, `-value`, `-as_of`, `-holder`, `action = "killed"`, `agent = "united-states"`), []string{
			`f.toml:5:10: action "killed" is not an action id the lexicon knows (did you mean "kill"?)`}},
		{"a count without its amount", fact(`-value`), []string{`f.toml:1:1: a count fact needs "value" or "low"`}},
		{"an event without anyone", fact(`kind = "event"`, `-item`, `-value`, `-as_of`, `-holder`, `action = "kill"`), []string{
			`f.toml:1:1: an event fact needs "agent" or "patient"`}},
		{"low without high", fact(`low = 2000`), []string{`f.toml:9:7: give low and high together`}},
		{"value outside its interval", fact(`low = 2600`, `high = 3000`), []string{`f.toml:9:7: want low <= value <= high, got 2600, 2500, 3000`}},
		{"no kind", fact(`-kind`), []string{`f.toml:1:1: missing "kind" (count, event, role or quote)`}},
		{"a root key", "source = \"x\"\n" + fact(), []string{`f.toml:1:1: unknown key "source" (a fact file holds [[fact]] tables)`}},
		{"a table", fact() + "[facts]\nx = 1\n", []string{`f.toml:9:1: unknown key "facts" (a fact file holds [[fact]] tables)`}},
		{"fact as one table", "[fact]\nkind = \"count\"\n", []string{
			`f.toml:1:1: fact must be an array of tables: write each fact under a [[fact]] header`}},
		{"a nested array of tables", fact() + "[[fact.claim]]\nkind = \"count\"\n", []string{
			`f.toml:9:1: unknown table [[fact.claim]] (want [[fact]], or a field's table such as [fact.as_of])`}},
		{"a misspelt field's table", fact() + "[fact.asof]\nfrom = 2021-01-15\n", []string{
			`f.toml:9:1: unknown key "asof" in [[fact]] (fields are the claim JSON's: kind, holder, item, value, as_of, when, ...; and source)`}},
		{"a table too deep", fact() + "[fact.when.x]\nfrom = 2021-01-15\n", []string{
			`f.toml:9:1: unknown table [fact.when.x] (want [[fact]], or a field's table such as [fact.as_of])`}},
		{"every bad value of a fact, in file order", fact(`as_of = "soon"`, `value = "many"`, `place = "Iraq"`), []string{
			`f.toml:6:9: place "Iraq" is not an entity id the lexicon knows (did you mean "iraq"?)`,
			`f.toml:7:9: value: want a number, got a string`,
			`f.toml:8:9: as_of: want a date YYYY-MM-DD, got "soon"`}},
		{"the second fact's error is its own", fact() + fact(`value = true`), []string{`f.toml:15:9: value: want a number, got a boolean`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs, errs := parse(t, tc.src)
			assert.Equal(t, tc.want, errs)
			assert.Empty(t, cs, "a file with errors gives no facts")
		})
	}
}

// Without a lexicon, ids are not checked: a fact about an entity no
// lexicon has is the caller's to allow.
func TestParseFactsWithoutLexicon(t *testing.T) {
	cs, ps := ParseFacts("f.toml", []byte(fact(`holder = "atlantis"`)), Options{})
	assert.Empty(t, ps)
	require.Len(t, cs, 1)
	assert.Equal(t, "atlantis", cs[0].Holder)
}

// The fixture facts are valid, and read only, never written.
func TestFixtureFacts(t *testing.T) {
	path := "../../fixtures/facts/iraq.toml"
	before, err := os.ReadFile(path)
	require.NoError(t, err)
	cs, ps := ReadFacts([]string{path, path}, Options{Lexicon: lexicon.Default()})
	require.Empty(t, ps)
	assert.Len(t, cs, 4, "a file given twice is read once")
	after, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, before, after)
	for _, c := range cs {
		assert.Equal(t, c.Text, string(before[c.Start:c.End]), "%s: start..end is its text", c.ID)
	}
}

func TestReadFactsMissingFile(t *testing.T) {
	cs, ps := ReadFacts([]string{"no/such/facts.toml"}, Options{})
	assert.Empty(t, cs)
	require.Len(t, ps, 1)
	assert.Equal(t, "no/such/facts.toml: facts: no such file or directory", ps[0].Error())
}
