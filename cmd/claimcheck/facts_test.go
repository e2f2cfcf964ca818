package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const iraqFacts = "fixtures/facts/iraq.toml"

// A draft checked against verified facts alone, no archive: the planted
// troop figure contradicts a fact the archive does not have.
func TestCheckDraftAgainstFacts(t *testing.T) {
	draft := "fixtures/drafts/troops-after-drawdown.md"
	text := cli(t, "", "check", draft, "--facts", iraqFacts)
	assert.Equal(t, 1, text.code, text.stderr)
	golden(t, "troops-after-drawdown.facts.txt", text.stdout)

	js := cli(t, "", "check", draft, "--facts", iraqFacts, "--format", "json")
	assert.Equal(t, 1, js.code, js.stderr)
	golden(t, "troops-after-drawdown.facts.json", js.stdout)
	var doc struct {
		Findings []struct {
			Rule    string `json:"rule"`
			Message string `json:"message"`
			Claims  []struct {
				Path     string `json:"path"`
				Verified bool   `json:"verified"`
			} `json:"claims"`
		} `json:"findings"`
		Summary struct {
			Facts int `json:"facts"`
		} `json:"summary"`
	}
	require.NoError(t, json.Unmarshal([]byte(js.stdout), &doc))
	require.NotEmpty(t, doc.Findings)
	first := doc.Findings[0]
	assert.Equal(t, "count-contradiction", first.Rule, "the error against a fact ranks first")
	assert.Contains(t, first.Message, "(verified fact: Acting Defense Secretary Christopher Miller, 17 November 2020)")
	require.Len(t, first.Claims, 2)
	assert.True(t, first.Claims[0].Verified, "the fact, as the rule gave it")
	assert.Equal(t, [2]string{iraqFacts, draft}, [2]string{first.Claims[0].Path, first.Claims[1].Path})
	assert.Equal(t, 4, doc.Summary.Facts)

	// the archive alone has no figure for October 2020: nothing to say
	arch := cli(t, "", "check", draft, "--against", "fixtures/articles")
	assert.Equal(t, 0, arch.code, arch.stdout)
	assert.True(t, strings.HasPrefix(arch.stdout, "0 findings"), arch.stdout)
}

// The drafts that plant a wrong killer and a wrong month are caught by the
// facts alone as well.
func TestPlantedDraftsAgainstFacts(t *testing.T) {
	for draft, rule := range map[string]string{"wrong-killer": "event-killer", "wrong-month": "event-kill-date"} {
		r := cli(t, "", "check", "fixtures/drafts/"+draft+".md", "--facts", iraqFacts, "--format", "json")
		assert.Equal(t, 1, r.code, r.stderr)
		assert.Equal(t, []string{rule + ": " + messageOf(t, r.stdout)}, checkSummaryRules(t, r.stdout))
	}
}

func messageOf(t *testing.T, doc string) string {
	var rep struct {
		Findings []struct {
			Message string `json:"message"`
		} `json:"findings"`
	}
	require.NoError(t, json.Unmarshal([]byte(doc), &rep))
	require.NotEmpty(t, rep.Findings)
	assert.Contains(t, rep.Findings[0].Message, "(verified fact: US Department of Defense statement, 2 January 2020)")
	return rep.Findings[0].Message
}

func checkSummaryRules(t *testing.T, doc string) []string {
	var rep struct {
		Findings []struct {
			Rule    string `json:"rule"`
			Message string `json:"message"`
		} `json:"findings"`
	}
	require.NoError(t, json.Unmarshal([]byte(doc), &rep))
	var out []string
	for _, f := range rep.Findings {
		out = append(out, f.Rule+": "+f.Message)
	}
	return out
}

// A bad fact file stops the run before any article is read, with the
// error's place and the offending line, as a bad rule does.
func TestBadFactsFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "facts.toml")
	require.NoError(t, os.WriteFile(p, []byte("[[fact]]\nsource = \"desk\"\nkind = \"count\"\nitem = \"troops\"\nvalue = 3000\nas_of = \"October 2020\"\n"), 0o644))
	r := cli(t, "", "check", "fixtures/drafts/wrong-killer.md", "--facts", p)
	assert.Equal(t, 2, r.code)
	assert.Empty(t, r.stdout)
	assert.Equal(t, p+":6:9: as_of: want a date YYYY-MM-DD, got \"October 2020\"\n"+
		" | as_of = \"October 2020\"\n"+
		" |         ^\n"+
		"claimcheck: 1 error(s) loading rules, lexicon, facts or configuration\n", r.stderr)
}

// What extract prints, --claims reads: checking the claims gives the very
// report checking the articles gives.
func TestCheckClaimsFromExtract(t *testing.T) {
	ex := cli(t, "", "extract", "--format", "json", "fixtures/articles")
	require.Equal(t, 0, ex.code, ex.stderr)
	p := filepath.Join(t.TempDir(), "claims.json")
	require.NoError(t, os.WriteFile(p, []byte(ex.stdout), 0o644))

	want := cli(t, "", "check", "fixtures/articles")
	got := cli(t, "", "check", "--claims", p)
	assert.Equal(t, want.code, got.code, got.stderr)
	assert.Equal(t, want.stdout, got.stdout)

	// with a PATH, the claims are an archive and the PATH a draft
	draft := cli(t, "", "check", "fixtures/drafts/wrong-killer.md", "--claims", p)
	against := cli(t, "", "check", "fixtures/drafts/wrong-killer.md", "--against", "fixtures/articles")
	assert.Equal(t, against.code, draft.code)
	assert.Equal(t, against.stdout, draft.stdout)
}

func TestBadClaimsFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "claims.json")
	require.NoError(t, os.WriteFile(p, []byte("{\"schema\": \"claimcheck/extract/v1\",\n\"articles\": [{\"claims\": [{\"kind\": \"count\", \"holdr\": \"us\"}]}]}\n"), 0o644))
	r := cli(t, "", "check", "fixtures/drafts/wrong-killer.md", "--claims", p)
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stdout, p+`:2:44: error: unknown claim field "holdr"`)

	r = cli(t, "", "check")
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, "give article files or folders, - for standard input, or --claims FILE")
}

// facts = [...] in .claimcheck.toml, relative to the file.
func TestFactsInConfig(t *testing.T) {
	abs, err := filepath.Abs(iraqFacts)
	require.NoError(t, err)
	cfg := filepath.Join(t.TempDir(), ".claimcheck.toml")
	require.NoError(t, os.WriteFile(cfg, []byte("facts = ["+strconvQuote(abs)+"]\n"), 0o644))
	r := cli(t, "", "check", "--config", cfg, "fixtures/drafts/wrong-killer.md")
	assert.Equal(t, 1, r.code, r.stderr)
	assert.Contains(t, r.stdout, "(verified fact: US Department of Defense statement, 2 January 2020)")
	assert.Contains(t, r.stdout, "4 verified facts")
}

func strconvQuote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// serve checks drafts against facts alone, no archive.
func TestServeWithFactsAlone(t *testing.T) {
	url, _ := startServe(t, "--facts", iraqFacts)
	body, err := os.ReadFile("fixtures/drafts/wrong-killer.md")
	require.NoError(t, err)
	resp := post(t, url+"/v1/check?name=draft.md", "text/markdown", body)
	require.Equal(t, 200, resp.status, resp.body)
	got := checkSummaryRules(t, resp.body)
	require.Len(t, got, 1)
	assert.True(t, strings.HasPrefix(got[0], "event-killer: "), got[0])
	assert.Contains(t, got[0], "verified fact: US Department of Defense statement")
}
