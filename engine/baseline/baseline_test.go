package baseline

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/engine/finding"
)

func TestRoundTrip(t *testing.T) {
	old := []finding.Finding{
		{Rule: "count-stale", Message: "stale figure", Fingerprint: "b2"},
		{Rule: "count-contradiction", Message: "5,000 vs 2,500", Fingerprint: "a1"},
		{Rule: "count-contradiction", Message: "same again", Fingerprint: "a1"},
	}
	path := filepath.Join(t.TempDir(), "baseline.json")
	require.NoError(t, New(old).Write(path))

	b, err := Load(path)
	require.NoError(t, err)
	assert.Equal(t, []Entry{
		{Fingerprint: "a1", Rule: "count-contradiction", Message: "5,000 vs 2,500"},
		{Fingerprint: "b2", Rule: "count-stale", Message: "stale figure"},
	}, b.Entries)

	now := append(old[:2:2], finding.Finding{Rule: "event-two-killers", Fingerprint: "c3"})
	kept, known := b.Filter(now)
	assert.Equal(t, 2, known)
	require.Len(t, kept, 1)
	assert.Equal(t, "c3", kept[0].Fingerprint)

	// No temporary files are left beside the baseline.
	entries, err := os.ReadDir(filepath.Dir(path))
	require.NoError(t, err)
	assert.Len(t, entries, 1)
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	_, err := Load(filepath.Join(dir, "missing.json"))
	assert.ErrorContains(t, err, "baseline:")

	bad := filepath.Join(dir, "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte(`{"schema":"other/v9","findings":[]}`), 0o644))
	_, err = Load(bad)
	assert.ErrorContains(t, err, `schema "other/v9"`)

	broken := filepath.Join(dir, "broken.json")
	require.NoError(t, os.WriteFile(broken, []byte(`{"schema":`), 0o644))
	_, err = Load(broken)
	assert.ErrorContains(t, err, "broken.json")
}
