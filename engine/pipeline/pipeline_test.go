package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/engine/finding"
	"github.com/claimcheck/claimcheck/engine/rule"
)

const archive = "../../fixtures/articles"

func newEngine(t *testing.T) *Engine {
	t.Helper()
	e, problems := New(Config{OnlyDrafts: true})
	require.Empty(t, problems)
	require.NotNil(t, e)
	return e
}

func writeDraft(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "draft.md")
	require.NoError(t, os.WriteFile(p, []byte("---\ndate: 2021-01-03\noutlet: Desk draft\n---\n\n"+body), 0o644))
	return p
}

const wrongKiller = "Tension rose after an Israeli drone strike killed Iranian commander Qassem Soleimani near Baghdad International Airport in January 2020.\n"

func TestSuppressionRoundTrip(t *testing.T) {
	e := newEngine(t)

	plain := e.Check([]string{writeDraft(t, wrongKiller)}, []string{archive})
	require.Len(t, plain.Findings, 1, "the planted error is found without a suppression")
	assert.Equal(t, "event-killer", plain.Findings[0].Rule)
	assert.Equal(t, 1, plain.ExitCode())

	draft := writeDraft(t, "<!-- claimcheck-ignore event-killer: the agency disputes the attribution -->\n"+wrongKiller)
	rep := e.Check([]string{draft}, []string{archive})
	require.Len(t, rep.Findings, 1)
	assert.Equal(t, "the agency disputes the attribution", rep.Findings[0].Suppressed)
	assert.Equal(t, 0, rep.ExitCode(), "a suppressed finding never fails a run")
	assert.Equal(t, plain.Findings[0].Fingerprint, rep.Findings[0].Fingerprint)
}

func TestUnusedSuppressionIsReported(t *testing.T) {
	e := newEngine(t)
	draft := writeDraft(t, "<!-- claimcheck-ignore count-stale: no figure here -->\n"+wrongKiller)
	rep := e.Check([]string{draft}, []string{archive})
	var rules []string
	for _, f := range rep.Findings {
		rules = append(rules, f.Rule)
	}
	assert.ElementsMatch(t, []string{"event-killer", UnusedSuppression}, rules)
	for _, f := range rep.Findings {
		if f.Rule != UnusedSuppression {
			continue
		}
		assert.Equal(t, finding.Warning, f.Severity)
		require.Len(t, f.Claims, 1)
		c := f.Claims[0]
		src, err := os.ReadFile(draft)
		require.NoError(t, err)
		assert.Equal(t, "<!-- claimcheck-ignore count-stale: no figure here -->", string(src[c.Start:c.End]))
		assert.Equal(t, 6, c.Line)
	}
}

func TestBaselineRoundTrip(t *testing.T) {
	e := newEngine(t)
	dir := t.TempDir()
	draft := filepath.Join(dir, "draft.md")
	body := "---\ndate: 2021-01-03\noutlet: Desk draft\n---\n\n" + wrongKiller
	require.NoError(t, os.WriteFile(draft, []byte(body), 0o644))
	base := filepath.Join(dir, "baseline.json")

	first := e.Check([]string{draft}, []string{archive})
	require.Len(t, first.Findings, 1)
	require.NoError(t, WriteBaseline(base, first))

	// An edit elsewhere in the file moves the sentence; the finding stays known.
	moved := strings.Replace(body, "\n\n", "\n\nA new opening paragraph about the anniversary.\n\n", 1)
	require.NoError(t, os.WriteFile(draft, []byte(moved), 0o644))
	again := e.Check([]string{draft}, []string{archive})
	require.Len(t, again.Findings, 1)
	assert.NotEqual(t, rule.Primary(first.Findings[0], true).Line, rule.Primary(again.Findings[0], true).Line)
	require.NoError(t, ApplyBaseline(base, again))
	assert.Empty(t, again.Findings)
	assert.Equal(t, 0, again.ExitCode())

	// A new error is still reported.
	newErr := moved + "\nUS forces pulled out of Iraq in 2012.\n"
	require.NoError(t, os.WriteFile(draft, []byte(newErr), 0o644))
	third := e.Check([]string{draft}, []string{archive})
	require.NoError(t, ApplyBaseline(base, third))
	require.Len(t, third.Findings, 1)
	assert.Equal(t, "event-date", third.Findings[0].Rule)
}

func TestCheckNeverModifiesInputs(t *testing.T) {
	e := newEngine(t)
	before := map[string][]byte{}
	entries, err := os.ReadDir(archive)
	require.NoError(t, err)
	for _, en := range entries {
		b, err := os.ReadFile(filepath.Join(archive, en.Name()))
		require.NoError(t, err)
		before[en.Name()] = b
	}
	rep := e.Check([]string{archive}, nil)
	require.NotEmpty(t, rep.Articles)
	for name, b := range before {
		after, err := os.ReadFile(filepath.Join(archive, name))
		require.NoError(t, err)
		assert.Equal(t, b, after, name)
	}
}

func TestArticlesWithTheSameNameKeepDistinctIDs(t *testing.T) {
	dir := t.TempDir()
	for _, sub := range []string{"2020", "2021"} {
		require.NoError(t, os.MkdirAll(filepath.Join(dir, sub), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, sub, "index.md"),
			[]byte("---\ndate: "+sub+"-06-01\n---\n\nThere are about 5,000 US troops in Iraq.\n"), 0o644))
	}
	e := newEngine(t)
	arts, problems := e.Read([]string{dir})
	require.Empty(t, problems)
	require.Len(t, arts, 2)
	assert.NotEqual(t, arts[0].ID, arts[1].ID)
	assert.True(t, strings.HasSuffix(arts[0].ID, "2020/index"), arts[0].ID)
}

// Markup is not text: link targets and emphasis marks yield no mentions
// and do not hide the claim around them.
func TestMarkdownMarkupIsNotRead(t *testing.T) {
	p := filepath.Join(t.TempDir(), "draft.md")
	require.NoError(t, os.WriteFile(p, []byte("---\ndate: 2021-08-01\n---\n\n"+
		"There are **about 2,500** US troops in Iraq, [officials said](https://example.com/2019/12/5000-troops-iraq).\n"), 0o644))
	x := newEngine(t).Extract([]string{p})
	require.Empty(t, x.Problems)
	require.Len(t, x.Articles, 1)
	a := x.Articles[0]
	require.Len(t, a.Mentions, 1, "the URL's 2019 and 5000 are not mentions")
	assert.Equal(t, "about 2,500", a.Mentions[0].Text)
	require.Len(t, a.Claims, 1)
	c := a.Claims[0]
	assert.Equal(t, "count", c.Kind)
	assert.Equal(t, 2500.0, c.Value)
	assert.Equal(t, "united-states", c.Holder)
	assert.Contains(t, c.Text, "[officials said](https://", "claims quote the original text")
}

// TestPublishedDatesOnlyTheDraft: --published dates the undated draft (the
// input), never an undated archive article, with or without a store; and
// a store does not serve a draft the date an earlier run's flag gave it.
func TestPublishedDatesOnlyTheDraft(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(dir, "archive"), 0o755))
	writeFile(t, filepath.Join(dir, "archive"), "undated.txt", "There are about 5,000 US troops in Iraq, officials said.\n")
	draft := writeFile(t, dir, "draft.txt", "There are about 2,500 US troops in Iraq, officials said.\n")
	dated := writeDraft(t, "There are about 2,500 US troops in Iraq, officials said.\n")
	cache := t.TempDir()
	for _, c := range []struct {
		name, draft, flag, cache, want string
	}{
		{"undated draft", draft, "2021-08-20", "", "2021-08-20"},
		{"dated draft", dated, "2021-08-20", "", "2021-01-03"},
		{"store, cold", draft, "2021-08-20", cache, "2021-08-20"},
		{"store, warm", draft, "2021-08-20", cache, "2021-08-20"},
		{"store, another date", draft, "2021-09-01", cache, "2021-09-01"},
		{"store, no date", draft, "", cache, ""},
	} {
		var pub time.Time
		if c.flag != "" {
			pub, _ = time.Parse(time.DateOnly, c.flag)
		}
		e, problems := New(Config{OnlyDrafts: true, Published: pub, Cache: c.cache})
		require.Empty(t, problems)
		rep := e.Check([]string{c.draft}, []string{filepath.Join(dir, "archive")})
		assert.Empty(t, rep.Problems, c.name)
		got := map[string]string{}
		for _, a := range rep.Articles {
			got[filepath.Base(a.Path)] = a.Published
		}
		assert.Equal(t, map[string]string{filepath.Base(c.draft): c.want, "undated.txt": ""}, got, c.name)
	}
}
