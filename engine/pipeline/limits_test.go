package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/engine/finding"
)

func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
	return p
}

// TestLimitsCutWithNotices: a run-on sentence and an overlong article are
// cut at their limits with a notice each, the claims before the cut are
// kept, and the other files are checked as usual.
func TestLimitsCutWithNotices(t *testing.T) {
	dir := t.TempDir()
	runon := writeFile(t, dir, "runon.txt", "Published 26 July 2021\n\nThere are 5,000 US troops in Iraq "+strings.Repeat("and more troops ", 2000)+".\n")
	var long strings.Builder
	long.WriteString("Published 26 July 2021\n\nThere are 5,000 US troops in Iraq, officials said.\n\n")
	for i := range 200 {
		long.WriteString("Officials met on the " + strings.Repeat("x", i%7) + " matter again and said little of note.\n\n")
	}
	long.WriteString("There are 7,000 US troops in Iraq, officials said.\n")
	longPath := writeFile(t, dir, "long.txt", long.String())
	e, problems := New(Config{Limits: Limits{MaxSentenceBytes: 1000, MaxArticleBytes: 4000}})
	require.Empty(t, problems)
	rep := e.Check([]string{runon, longPath, archive}, nil)
	require.Empty(t, rep.Problems)
	require.Len(t, rep.Notices, 2)
	assert.Equal(t, finding.Notice{Path: longPath, Line: 405, Limit: "max_article_bytes",
		Message: "12921 bytes; claims were read from the first 4000 only"}, rep.Notices[0])
	assert.Equal(t, "max_sentence_bytes", rep.Notices[1].Limit)
	assert.Equal(t, runon+":3: notice: 1 sentence longer than 1000 bytes cut to that length for extraction (limit max_sentence_bytes)", rep.Notices[1].String())
	perPath := map[string]int{}
	for _, a := range rep.Articles {
		perPath[a.Path] = a.Claims
	}
	assert.Equal(t, 1, perPath[runon], "the count before the cut is kept")
	assert.Equal(t, 1, perPath[longPath], "the figure past the article limit is not read")
	assert.Greater(t, len(rep.Articles), 5, "the fixtures are checked too")
}

// TestGroupLimitNotice: a key group over the rule engine's evaluation
// budget reaches the report as a notice, and the run still reports.
func TestGroupLimitNotice(t *testing.T) {
	e, problems := New(Config{Limits: Limits{MaxGroupEvaluations: 1}})
	require.Empty(t, problems)
	rep := e.Check([]string{archive}, nil)
	require.NotEmpty(t, rep.Notices)
	for _, n := range rep.Notices {
		assert.Equal(t, "max_group_evaluations", n.Limit)
		assert.NotEmpty(t, n.Rule)
	}
}
