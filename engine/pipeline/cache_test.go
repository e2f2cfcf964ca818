package pipeline

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/engine/report"
	"github.com/claimcheck/claimcheck/internal/corpus"
)

func render(t *testing.T, rep *report.Report) string {
	t.Helper()
	var out bytes.Buffer
	for _, f := range []string{"json", "text"} {
		require.NoError(t, report.Write(&out, f, rep, report.Options{}))
	}
	return out.String()
}

// TestCacheChangesNothing: with a claim store, cold and warm runs report
// exactly what a run without one does, whole archives and drafts alike.
func TestCacheChangesNothing(t *testing.T) {
	dir := t.TempDir()
	_, err := corpus.Generate(dir, corpus.Options{Articles: 60, Seed: 5})
	require.NoError(t, err)
	cache := t.TempDir()
	for _, c := range []struct {
		inputs, archive []string
		drafts          bool
	}{
		{[]string{dir, archive}, nil, false},
		{[]string{"../../fixtures/drafts/stale-troop-figure.md"}, []string{archive}, true},
	} {
		plain, problems := New(Config{OnlyDrafts: c.drafts})
		require.Empty(t, problems)
		want := render(t, plain.Check(c.inputs, c.archive))
		for _, run := range []string{"cold", "warm"} {
			e, problems := New(Config{OnlyDrafts: c.drafts, Cache: cache})
			require.Empty(t, problems)
			assert.Equal(t, want, render(t, e.Check(c.inputs, c.archive)), "%s run, inputs %v", run, c.inputs)
		}
	}
	_, err = os.Stat(filepath.Join(cache, "claims.db"))
	require.NoError(t, err)
}

// TestCacheSeesEdits: an edited article is read again; its old claims are
// not served.
func TestCacheSeesEdits(t *testing.T) {
	dir, cache := t.TempDir(), t.TempDir()
	p := writeFile(t, dir, "a.txt", "Published 26 July 2021\n\nThere are 5,000 US troops in Iraq, officials said.\n")
	claimsOf := func() float64 {
		e, problems := New(Config{Cache: cache})
		require.Empty(t, problems)
		arts, _ := e.Read([]string{dir})
		cs, _ := e.extractAll(arts, false)
		require.Len(t, cs, 1)
		return cs[0].Value
	}
	assert.Equal(t, 5000.0, claimsOf())
	assert.Equal(t, 5000.0, claimsOf())
	require.NoError(t, os.WriteFile(p, []byte("Published 26 July 2021\n\nThere are 2,500 US troops in Iraq, officials said.\n"), 0o644))
	assert.Equal(t, 2500.0, claimsOf())
}

// TestCacheNarrowsDrafts: with a warm store, a draft check decodes only the
// archive records in its claims' key groups, and reports what a full
// check does.
func TestCacheNarrowsDrafts(t *testing.T) {
	dir, cache := t.TempDir(), t.TempDir()
	_, err := corpus.Generate(dir, corpus.Options{Articles: 200, Seed: 9})
	require.NoError(t, err)
	draft := []string{"../../fixtures/drafts/stale-troop-figure.md"}
	plain, _ := New(Config{OnlyDrafts: true})
	want := render(t, plain.Check(draft, []string{dir, archive}))
	for _, run := range []string{"cold", "warm"} {
		e, problems := New(Config{OnlyDrafts: true, Cache: cache})
		require.Empty(t, problems)
		assert.Equal(t, want, render(t, e.Check(draft, []string{dir, archive})), run)
		if run == "warm" {
			assert.Less(t, e.cache.decoded, 40, "a warm draft check decodes the draft's key groups, not 205 articles")
		}
	}
}
