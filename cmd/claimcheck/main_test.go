package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The CLI runs from the repository root in these tests, as a user types it.
func TestMain(m *testing.M) {
	if err := os.Chdir("../.."); err != nil {
		panic(err)
	}
	os.Exit(m.Run())
}

type result struct {
	code           int
	stdout, stderr string
}

func cli(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return result{code, out.String(), errb.String()}
}

func TestHelpOnEveryCommand(t *testing.T) {
	for _, args := range [][]string{
		{"--help"}, {"check", "--help"}, {"extract", "--help"}, {"rules", "--help"},
		{"rules", "test", "--help"}, {"rules", "list", "--help"}, {"version", "--help"},
	} {
		r := cli(t, "", args...)
		assert.Equal(t, 0, r.code, "%v: %s", args, r.stderr)
		assert.Contains(t, r.stdout, "Usage:", "%v", args)
	}
}

func TestVersion(t *testing.T) {
	r := cli(t, "", "version")
	require.Equal(t, 0, r.code)
	assert.Regexp(t, `^claimcheck \S+\n`, r.stdout)
}

func TestUsageErrors(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"check"}, "no input"},
		{[]string{"check", "--format", "yaml", "fixtures/articles"}, `--format "yaml"`},
		{[]string{"check", "--fail-on", "loud", "fixtures/articles"}, `--fail-on "loud"`},
		{[]string{"check", "--published", "June 2020", "-"}, "YYYY-MM-DD"},
		{[]string{"frobnicate"}, "unknown command"},
		{[]string{"check", "--no-such-flag", "x"}, "unknown flag"},
		{[]string{"check", "no/such/file.txt"}, "no/such/file.txt"},
	}
	for _, c := range cases {
		r := cli(t, "", c.args...)
		assert.Equal(t, 2, r.code, "%v", c.args)
		assert.Contains(t, r.stderr+r.stdout, c.want, "%v", c.args)
	}
}

func TestCheckFixturesJSON(t *testing.T) {
	r := cli(t, "", "check", "--format", "json", "fixtures/articles")
	require.Equal(t, 0, r.code, r.stderr)
	var doc struct {
		Schema   string `json:"schema"`
		Findings []struct {
			Rule     string `json:"rule"`
			Category string `json:"category"`
			Severity string `json:"severity"`
			Message  string `json:"message"`
		} `json:"findings"`
		Summary struct {
			Articles int `json:"articles"`
		} `json:"summary"`
	}
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &doc))
	assert.Equal(t, "claimcheck/check/v1", doc.Schema)
	assert.Equal(t, 5, doc.Summary.Articles)
	for _, f := range doc.Findings {
		assert.NotEqual(t, "contradiction", f.Category, "the fixtures agree with each other: %s", f.Message)
	}
	// Byte-identical output for the same input.
	again := cli(t, "", "check", "--format", "json", "fixtures/articles")
	assert.Equal(t, r.stdout, again.stdout)
}

func TestExtractJSONPositions(t *testing.T) {
	r := cli(t, "", "extract", "--format", "json", "fixtures/articles")
	require.Equal(t, 0, r.code, r.stderr)
	var doc struct {
		Schema   string `json:"schema"`
		Articles []struct {
			Path      string `json:"path"`
			Published string `json:"published"`
			Sentences []struct {
				Start, End int
				Text       string
			} `json:"sentences"`
			Claims []struct {
				Start, End int
				Text       string
			} `json:"claims"`
		} `json:"articles"`
	}
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &doc))
	assert.Equal(t, "claimcheck/extract/v1", doc.Schema)
	require.Len(t, doc.Articles, 5)
	dates := map[string]string{}
	for _, a := range doc.Articles {
		dates[filepath.Base(a.Path)] = a.Published
		src, err := os.ReadFile(a.Path)
		require.NoError(t, err)
		for _, s := range a.Sentences {
			assert.Equal(t, s.Text, string(src[s.Start:s.End]))
		}
		for _, c := range a.Claims {
			assert.Equal(t, c.Text, string(src[c.Start:c.End]))
		}
	}
	assert.Equal(t, map[string]string{
		"000_4fa869bcb3c083b7.txt": "2020-09-20",
		"001_6fc546ad25f1a661.txt": "2021-04-07",
		"002_9bf4b17957272f82.txt": "2021-07-26",
		"003_4c6c126155a967da.txt": "2020-06-12",
		"004_188a5335650842c9.txt": "2020-06-12",
	}, dates)
}

func TestStdinNeedsADate(t *testing.T) {
	text := "There are currently around 5,000 U.S. troops in Iraq.\n"
	r := cli(t, text, "extract", "--format", "json", "--published", "2020-06-12", "-")
	require.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, `"published": "2020-06-12"`)
}

func TestRulesListAndTest(t *testing.T) {
	r := cli(t, "", "rules", "list")
	require.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, "count-contradiction")
	assert.Contains(t, r.stdout, "rules/counts.toml:")

	r = cli(t, "", "rules", "test", "rules/")
	assert.Equal(t, 0, r.code, r.stdout+r.stderr)
}

// A newsroom adds a rule for a new kind of count in its own folder and runs
// it with --rules: no Go change, no rebuild (the README walks through this).
func TestUserRuleWithoutRebuild(t *testing.T) {
	dir := t.TempDir()
	ruleFile := filepath.Join(dir, "cases.toml")
	require.NoError(t, os.WriteFile(ruleFile, []byte(`[[rule]]
id = "covid-cases-reported"
category = "other"
severity = "warning"
summary = "A daily COVID-19 case count, to be checked against the health ministry"
scope = "claim"
match = 'c.kind == "count" && c.item == "cases"'
when = 'c.value > 1000.0'
message = '"reported " + fmt_amount(c) + " " + c.item + " by " + c.holder'
`), 0o644))

	r := cli(t, "", "rules", "list", "--rules", ruleFile)
	require.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, "covid-cases-reported")

	article := filepath.Join(dir, "health.md")
	require.NoError(t, os.WriteFile(article, []byte("---\ndate: 2021-04-08\noutlet: Desk\n---\n\n"+
		"Iraq reported 8,331 new COVID-19 cases on Wednesday, the health ministry said.\n"), 0o644))
	r = cli(t, "", "check", "--no-default-rules", "--rules", ruleFile, "--fail-on", "warning", article)
	assert.Equal(t, 1, r.code, r.stderr)
	assert.Contains(t, r.stdout, "reported 8,331 cases by iraq [covid-cases-reported]")
}

func TestBrokenRuleIsPositioned(t *testing.T) {
	dir := t.TempDir()
	ruleFile := filepath.Join(dir, "bad.toml")
	require.NoError(t, os.WriteFile(ruleFile, []byte(`[[rule]]
id = "typo"
category = "other"
severity = "info"
summary = "a rule with a misspelt field"
scope = "claim"
match = 'c.kind == "count"'
when = 'c.holdr == "iraq"'
message = '"x"'
`), 0o644))
	r := cli(t, "", "check", "--rules", ruleFile, "fixtures/articles")
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, ruleFile+":8:")
	assert.Contains(t, r.stderr, "holdr")
}

func TestOutFileIsWholeOrAbsent(t *testing.T) {
	out := filepath.Join(t.TempDir(), "report.sarif")
	r := cli(t, "", "check", "--format", "sarif", "--fail-on", "never", "--out", out, "fixtures/articles")
	require.Equal(t, 0, r.code, r.stderr)
	data, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.True(t, json.Valid(data))
	entries, _ := os.ReadDir(filepath.Dir(out))
	assert.Len(t, entries, 1, "no temporary file left behind")
}

// The example workflow's script, run here as CI runs it: a pull request
// adds a draft with a wrong killer to a repository holding the archive.
func TestWorkflowScript(t *testing.T) {
	for _, tool := range []string{"git", "bash", "go"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed", tool)
		}
	}
	root, _ := os.Getwd()
	bin := filepath.Join(t.TempDir(), "claimcheck")
	build := exec.Command("go", "build", "-o", bin, "./cmd/claimcheck")
	out, err := build.CombinedOutput()
	require.NoError(t, err, string(out))

	repo := t.TempDir()
	git := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-c", "user.name=t", "-c", "user.email=t@example.com"}, args...)...)
		cmd.Dir = repo
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, string(out))
	}
	copyTree(t, filepath.Join(root, "fixtures", "articles"), filepath.Join(repo, "archive"))
	require.NoError(t, os.MkdirAll(filepath.Join(repo, "drafts"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(repo, "drafts", "README.md"), []byte("Drafts go here.\n"), 0o644))
	git("init", "-q", "-b", "main")
	git("add", ".")
	git("commit", "-qm", "archive")
	git("checkout", "-qb", "draft")
	data, err := os.ReadFile(filepath.Join(root, "fixtures", "drafts", "wrong-killer.md"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(repo, "drafts", "wrong-killer.md"), data, 0o644))
	git("add", ".")
	git("commit", "-qm", "draft")

	summary := filepath.Join(t.TempDir(), "summary.md")
	script := exec.Command("bash", filepath.Join(root, "docs", "ci", "check-drafts.sh"), "main", "archive", "drafts")
	script.Dir = repo
	script.Env = append(os.Environ(), "CLAIMCHECK="+bin, "GITHUB_STEP_SUMMARY="+summary)
	var stdout, stderr bytes.Buffer
	script.Stdout, script.Stderr = &stdout, &stderr
	err = script.Run()
	var exit *exec.ExitError
	require.ErrorAs(t, err, &exit, "the planted error fails the job: %s", stderr.String())
	assert.Equal(t, 1, exit.ExitCode(), stderr.String())
	assert.Contains(t, stdout.String(), "::error file=drafts/wrong-killer.md,line=")

	sarif, err := os.ReadFile(filepath.Join(repo, "claimcheck.sarif"))
	require.NoError(t, err)
	assert.Contains(t, string(sarif), `"ruleId"`)
	md, err := os.ReadFile(summary)
	require.NoError(t, err)
	assert.Contains(t, string(md), "Soleimani")
}

func copyTree(t *testing.T, from, to string) {
	t.Helper()
	require.NoError(t, filepath.WalkDir(from, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(to, rel), 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(to, rel), data, 0o644)
	}))
}
