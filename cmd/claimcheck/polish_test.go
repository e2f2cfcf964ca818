package main

import (
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestColorRejectsUnknownMode(t *testing.T) {
	r := cli(t, "", "check", "--color", "sometimes", "fixtures/articles")
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, `invalid argument "sometimes" for "--color" flag: want auto, always or never`)
	r = cli(t, "", "check", "--color", "never", "fixtures/drafts/restates-archive.md", "--against", "fixtures/articles")
	assert.Equal(t, 0, r.code, r.stderr)
}

// TestOutFilesAreReadable: --out and baselines are files for others to
// read: 0644 under umask 022, as the shell's > would make them.
func TestOutFilesAreReadable(t *testing.T) {
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	dir := t.TempDir()
	out, base := filepath.Join(dir, "report.sarif"), filepath.Join(dir, "baseline.json")
	r := cli(t, "", "check", "fixtures/articles", "--format", "sarif", "--out", out)
	require.Equal(t, 0, r.code, r.stderr)
	r = cli(t, "", "check", "fixtures/articles", "--baseline", base, "--update-baseline")
	require.Equal(t, 0, r.code, r.stderr)
	for _, p := range []string{out, base} {
		info, err := os.Stat(p)
		require.NoError(t, err)
		assert.Equal(t, os.FileMode(0o644), info.Mode().Perm(), p)
	}
	entries, _ := os.ReadDir(dir)
	assert.Len(t, entries, 2, "no temporary file left behind")
}

// TestSeveralFormatsInOneRun: CI runs the check once and keeps SARIF,
// JUnit and a text log.
func TestSeveralFormatsInOneRun(t *testing.T) {
	dir := t.TempDir()
	sarif, junit := filepath.Join(dir, "out.sarif"), filepath.Join(dir, "out.xml")
	r := cli(t, "", "check", "fixtures/drafts/wrong-killer.md", "--against", "fixtures/articles",
		"--format", "sarif="+sarif, "--format", "junit="+junit, "--format", "text")
	assert.Equal(t, 1, r.code, r.stderr)
	assert.Contains(t, r.stdout, "wrong-killer.md:7:82: error:")
	b, err := os.ReadFile(sarif)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"ruleId": "event-killer"`)
	b, err = os.ReadFile(junit)
	require.NoError(t, err)
	require.NoError(t, xml.Unmarshal(b, new(struct{})))

	// --out takes the one format given without a file.
	md := filepath.Join(dir, "summary.md")
	r = cli(t, "", "check", "fixtures/drafts/wrong-killer.md", "--against", "fixtures/articles",
		"--format", "markdown", "--format", "json="+filepath.Join(dir, "out.json"), "--out", md)
	assert.Equal(t, 1, r.code, r.stderr)
	assert.Empty(t, r.stdout)
	b, _ = os.ReadFile(md)
	assert.True(t, strings.HasPrefix(string(b), "## claimcheck: 1 finding"), string(b))

	for _, c := range []struct{ args []string }{
		{[]string{"--format", "text", "--format", "json"}},
		{[]string{"--format", "sarif="}},
		{[]string{"--format", "yaml=x.yaml"}},
	} {
		r := cli(t, "", append([]string{"check", "fixtures/articles"}, c.args...)...)
		assert.Equal(t, 2, r.code, "%v", c.args)
		assert.Contains(t, r.stderr, "--format", "%v", c.args)
	}
}

// TestConfigProblemsHaveAPlace: a severity override or a disabled rule
// that names no rule points at its key in .claimcheck.toml, and no error
// starts with a stray ": ".
func TestConfigProblemsHaveAPlace(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, ".claimcheck.toml")
	require.NoError(t, os.WriteFile(cfg, []byte("disable = [\"count-drift\", \"quote-two-speakerz\"]\n\n[severity]\ncount-stael = \"warning\"\n"), 0o644))
	r := cli(t, "", "check", "--config", cfg, "fixtures/articles")
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, cfg+`:4:1: severity override for unknown rule "count-stael"`)
	assert.Contains(t, r.stderr, cfg+`:1:27: disable: unknown rule "quote-two-speakerz"`)
	bad := filepath.Join(dir, "bad.toml")
	require.NoError(t, os.WriteFile(bad, []byte("[[entity]]\nid = \"x\"\nnmae = \"X\"\n"), 0o644))
	r = cli(t, "", "check", "--lexicon", bad, "fixtures/articles")
	assert.Equal(t, 2, r.code)
	for _, line := range strings.Split(strings.TrimSpace(r.stderr), "\n") {
		assert.False(t, strings.HasPrefix(line, ":"), "stray colon: %q", line)
	}
	assert.Contains(t, r.stderr, bad+":3:1:")
}

// TestBaselineSummarySaysWhatItHid: a quiet report after a baseline is
// not a clean bill of health, and the summary says so.
func TestBaselineSummarySaysWhatItHid(t *testing.T) {
	base := filepath.Join(t.TempDir(), "baseline.json")
	r := cli(t, "", "check", "fixtures/articles", "--baseline", base, "--update-baseline")
	require.Equal(t, 0, r.code, r.stderr)
	r = cli(t, "", "check", "fixtures/articles", "--baseline", base)
	require.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, "0 findings in 5 articles")
	assert.Contains(t, r.stdout, "; 1 finding hidden by the baseline")
	r = cli(t, "", "check", "fixtures/articles", "--baseline", base, "--format", "json")
	assert.Contains(t, r.stdout, `"baselined": 1`)
}

// TestExtractListsRemovals: extract says what it dropped and why, and a
// page's sentences read as text while their positions are the HTML's.
func TestExtractListsRemovals(t *testing.T) {
	r := cli(t, "", "extract", "fixtures/articles/004_188a5335650842c9.txt")
	require.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, "    removed  fixtures/articles/004_188a5335650842c9.txt:3 outlet-tag \"(The National)\"\n")
	r = cli(t, "", "extract", "fixtures/html/004_188a5335650842c9.html")
	require.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, "fixtures/html/004_188a5335650842c9.html:1:3631: The United States has had around 5,000 troops stationed in the country, and coalition allies another 2,500.\n")
	assert.Contains(t, r.stdout, "    removed  fixtures/html/004_188a5335650842c9.html:1 html:nav \"UAE Gulf MENA World Business Opinion\"\n")
	assert.NotContains(t, r.stdout, "<a href")
}
