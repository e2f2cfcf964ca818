package pipeline

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/engine/article"
	"github.com/claimcheck/claimcheck/engine/finding"
	"github.com/claimcheck/claimcheck/engine/report"
)

const iraqFacts = "../../fixtures/facts/iraq.toml"

func ruleIDs(fs []finding.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule)
	}
	return out
}

// A draft checked against facts alone, no archive: the finding says which
// fact it contradicts, and sits on the draft.
func TestCheckAgainstFactsAlone(t *testing.T) {
	e, problems := New(Config{Facts: []string{iraqFacts}})
	require.Empty(t, problems)
	require.Len(t, e.Facts(), 4)

	rep := e.Check([]string{writeDraft(t, wrongKiller)}, nil)
	require.Empty(t, rep.Problems)
	require.Equal(t, []string{"event-killer"}, ruleIDs(rep.Findings))
	f := rep.Findings[0]
	assert.Contains(t, f.Message, "(verified fact: US Department of Defense statement")
	assert.Equal(t, 4, rep.Facts)
	require.Len(t, rep.Articles, 1, "facts are not articles")
	var buf bytes.Buffer
	require.NoError(t, report.Write(&buf, "text", rep, report.Options{}))
	assert.True(t, strings.HasPrefix(buf.String(), rep.Articles[0].Path+":"), "the finding sits on the draft:\n%s", buf.String())
	assert.Contains(t, buf.String(), "verified fact: US Department of Defense statement, 2 January 2020, "+iraqFacts+":42:9")
	assert.Contains(t, buf.String(), "in 1 article, 2 claims, 4 verified facts;")
}

// Facts alone make no findings: three troop figures would otherwise report
// their own timeline on every run.
func TestFactsAloneFindNothing(t *testing.T) {
	e, problems := New(Config{Facts: []string{iraqFacts}})
	require.Empty(t, problems)
	rep := e.Check([]string{writeDraft(t, "Nothing to check here.\n")}, nil)
	assert.Empty(t, rep.Findings)
}

// Findings against a fact come first, whatever their position; the rest
// keep their order, and the output is the same on every run.
func TestFindingsAgainstFactsRankFirst(t *testing.T) {
	e, problems := New(Config{Facts: []string{iraqFacts}})
	require.Empty(t, problems)
	var first string
	for i := 0; i < 3; i++ {
		rep := e.Check([]string{archive}, nil)
		require.NotEmpty(t, rep.Findings)
		seenPlain := false
		for _, f := range rep.Findings {
			if anyVerified(f.Claims) {
				assert.False(t, seenPlain, "a finding against a fact after one that is not: %s", f.Message)
			} else {
				seenPlain = true
			}
		}
		assert.True(t, anyVerified(rep.Findings[0].Claims))
		var buf bytes.Buffer
		require.NoError(t, report.Write(&buf, "json", rep, report.Options{}))
		if i == 0 {
			first = buf.String()
		}
		assert.Equal(t, first, buf.String())
	}
}

func TestBadFactsStopTheRun(t *testing.T) {
	p := filepath.Join(t.TempDir(), "facts.toml")
	require.NoError(t, os.WriteFile(p, []byte("[[fact]]\nsource = \"x\"\nkind = \"count\"\nitem = \"troops\"\nvalue = 3\nas_of = 2020-01-01\nplace = \"Baghdad\"\n"), 0o644))
	e, problems := New(Config{Facts: []string{p}})
	assert.Nil(t, e)
	require.Len(t, problems, 1)
	assert.Equal(t, p+`:7:9: place "Baghdad" is not an entity id the lexicon knows (did you mean "baghdad"?)`, problems[0].Error())
}

// What extract writes, --claims reads back: the same claims, so a check
// over them finds what a check over the articles finds.
func TestClaimsFileRoundTrip(t *testing.T) {
	e := newEngine(t)
	ex := e.Extract([]string{archive})
	require.Empty(t, ex.Problems)
	var buf bytes.Buffer
	require.NoError(t, ex.WriteJSON(&buf))
	path := filepath.Join(t.TempDir(), "claims.json")
	require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))

	plain, problems := New(Config{})
	require.Empty(t, problems)
	want := plain.Check([]string{archive}, nil)

	viaClaims, problems := New(Config{Claims: []string{path}})
	require.Empty(t, problems)
	got := viaClaims.Check(nil, nil)
	require.Empty(t, got.Problems)
	assert.Equal(t, len(want.Articles), len(got.Articles))
	require.Equal(t, ruleIDs(want.Findings), ruleIDs(got.Findings))
	for i := range want.Findings {
		assert.Equal(t, want.Findings[i].Message, got.Findings[i].Message)
		assert.Equal(t, want.Findings[i].Fingerprint, got.Findings[i].Fingerprint)
	}
	var claims int
	for _, a := range got.Articles {
		claims += a.Claims
	}
	var wantClaims int
	for _, a := range want.Articles {
		wantClaims += a.Claims
	}
	assert.Equal(t, wantClaims, claims)
}

// With PATHs, a claims file is an archive: the PATHs are drafts, and
// only findings about them are reported.
func TestClaimsFileAsArchive(t *testing.T) {
	e := newEngine(t)
	ex := e.Extract([]string{archive})
	var buf bytes.Buffer
	require.NoError(t, ex.WriteJSON(&buf))
	path := filepath.Join(t.TempDir(), "claims.json")
	require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))

	viaClaims, problems := New(Config{Claims: []string{path}, OnlyDrafts: true})
	require.Empty(t, problems)
	draft := writeDraft(t, wrongKiller)
	got := viaClaims.Check([]string{draft}, nil)
	want := newEngine(t).Check([]string{draft}, []string{archive})
	require.Equal(t, []string{"event-killer"}, ruleIDs(got.Findings))
	assert.Equal(t, want.Findings[0].Message, got.Findings[0].Message)
	assert.Equal(t, want.Findings[0].Fingerprint, got.Findings[0].Fingerprint)
	var drafts []string
	for _, a := range got.Articles {
		if a.Draft {
			drafts = append(drafts, a.Path)
		}
	}
	assert.Equal(t, []string{draft}, drafts)
}

// A claims file with an error is an input error: the run goes on without it.
func TestBadClaimsFileIsAnInputError(t *testing.T) {
	path := filepath.Join(t.TempDir(), "claims.json")
	require.NoError(t, os.WriteFile(path, []byte("{\"schema\": \"claimcheck/extract/v1\",\n \"articles\": [{\"claims\": [{\"kind\": \"count\", \"value\": \"x\"}]}]}\n"), 0o644))
	e, problems := New(Config{Claims: []string{path}})
	require.Empty(t, problems)
	rep := e.Check([]string{writeDraft(t, wrongKiller)}, nil)
	require.Len(t, rep.Problems, 1)
	assert.Equal(t, path+":2:54: value: want a number, got a string", rep.Problems[0].Error())
	assert.Equal(t, 2, rep.ExitCode())
}

// The pre-publish service checks drafts against the facts too.
func TestCheckDraftsWithFacts(t *testing.T) {
	e, problems := New(Config{Facts: []string{iraqFacts}, OnlyDrafts: true})
	require.Empty(t, problems)
	arch := e.LoadArchive(nil)
	d, err := e.ParseDraft("draft.md", []byte("---\ndate: 2021-01-03\n---\n\n"+wrongKiller), time.Time{})
	require.NoError(t, err)
	rep := e.CheckDrafts([]*article.Article{d}, arch)
	require.Equal(t, []string{"event-killer"}, ruleIDs(rep.Findings))
	assert.Equal(t, 4, rep.Facts)
	assert.True(t, anyVerified(rep.Findings[0].Claims))
}
