package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden reports under fixtures/expected")

// Each draft plants one kind of error against the archive; one only restates
// it. The pre-publish check must report exactly the planted finding.
var drafts = []struct {
	name string
	rule string // "" for none
	exit int
}{
	{"stale-troop-figure", "count-stale", 0}, // a warning: below the default --fail-on
	{"wrong-killer", "event-killer", 1},
	{"wrong-month", "event-kill-date", 1},
	{"wrong-withdrawal-year", "event-date", 1},
	{"wrong-title", "role-office-holder", 0},
	{"restates-archive", "", 0},
}

func TestDraftsReportExactlyThePlantedFinding(t *testing.T) {
	for _, d := range drafts {
		t.Run(d.name, func(t *testing.T) {
			path := "fixtures/drafts/" + d.name + ".md"
			r := cli(t, "", "check", path, "--against", "fixtures/articles", "--format", "json")
			assert.Equal(t, d.exit, r.code, r.stderr)
			var doc struct {
				Findings []struct {
					Rule   string `json:"rule"`
					Claims []struct {
						Path string `json:"path"`
					} `json:"claims"`
				} `json:"findings"`
				Errors []any `json:"errors"`
			}
			require.NoError(t, json.Unmarshal([]byte(r.stdout), &doc))
			assert.Empty(t, doc.Errors)
			var rules []string
			for _, f := range doc.Findings {
				rules = append(rules, f.Rule)
				var paths []string
				for _, c := range f.Claims {
					paths = append(paths, c.Path)
				}
				assert.Contains(t, paths, path, "every finding involves the draft")
			}
			if d.rule == "" {
				assert.Empty(t, rules)
			} else {
				assert.Equal(t, []string{d.rule}, rules)
			}
			golden(t, d.name+".json", r.stdout)
			text := cli(t, "", "check", path, "--against", "fixtures/articles")
			golden(t, d.name+".txt", text.stdout)
		})
	}
}

// Every format on one run over all the drafts.
func TestDraftReportsInEveryFormat(t *testing.T) {
	for _, format := range []string{"text", "json", "sarif", "junit", "github", "markdown"} {
		r := cli(t, "", "check", "fixtures/drafts", "--against", "fixtures/articles", "--format", format)
		assert.Equal(t, 1, r.code, "%s: %s", format, r.stderr)
		golden(t, "all-drafts."+format, r.stdout)
	}
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("fixtures", "expected", name)
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "missing golden; run: go test ./cmd/claimcheck -update")
	if string(want) != got {
		t.Errorf("%s differs from the golden file (go test ./cmd/claimcheck -update rewrites it; review the diff):\n%s",
			path, firstDiff(string(want), got))
	}
}

func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\n  want: %s\n  got:  %s", i+1, w, g)
		}
	}
	return ""
}
