package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/finding"
	"github.com/claimcheck/claimcheck/internal/testkit"
)

// compileSchema compiles a JSON Schema document held in memory.
func compileSchema(t *testing.T, url string, schema []byte) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schema))
	if err != nil {
		t.Fatalf("schema %s: %v", url, err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(url, doc); err != nil {
		t.Fatalf("schema %s: %v", url, err)
	}
	s, err := c.Compile(url)
	if err != nil {
		t.Fatalf("schema %s: %v", url, err)
	}
	return s
}

func validate(t *testing.T, s *jsonschema.Schema, out []byte) {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	if err := s.Validate(inst); err != nil {
		t.Errorf("output does not validate: %v\n%s", err, out)
	}
}

// edgeNotices are one notice of each shape: at a line, on a rule, and with
// no line (the claim store).
var edgeNotices = []finding.Notice{
	{Path: "archive/long.txt", Line: 12, Limit: "max_sentence_bytes", Message: "a sentence of 70000 bytes was cut to 65536"},
	{Path: "rules/counts.toml", Line: 75, Rule: "count-contradiction", Limit: "max_group_evaluations", Message: "key group \"us/troops\" not finished"},
	{Path: "claims.db", Limit: "cache", Message: "claims not stored: locked"},
}

// edgeReport adds what the fixture report lacks: a suppressed finding, an
// undated claim, an open-ended count, a problem without position, an
// event claim, and a finding whose rule was not loaded.
func edgeReport(t *testing.T) *Report {
	r := fixtureReport(t)
	sup := r.Findings[0]
	sup.Suppressed = "figure checked with the Pentagon"
	r.Findings = append(r.Findings, sup)
	open := *r.Findings[2].Claims[0]
	open.Qualifier, open.Value, open.Low = "more_than", 0, 2000
	open.High = posInf()
	open.Dated, open.Published = false, open.Published.AddDate(-100, 0, 0)
	open.AsOf = claim.Interval{Unresolved: true}
	ev := *r.Findings[0].Claims[1]
	ev.Kind, ev.Action, ev.When = claim.Event, "withdraw", claim.Interval{From: day("2020-01-01"), To: day("2020-12-31"), Grain: claim.Year, Known: true}
	r.Findings = append(r.Findings, finding.Finding{Rule: "ad-hoc", Category: finding.Other, Severity: finding.Info,
		Message: "unregistered rule", Claims: []*claim.Claim{&open, &ev, nil}})
	r.Articles = append(r.Articles, ArticleInfo{ID: "scrape", Path: "archive/undated scrape.txt", Claims: 3})
	r.Problems = append(r.Problems, finding.Problem{Path: "-", Message: "stdin: not UTF-8"},
		finding.Problem{Path: "rules/x.toml", Line: 3, Col: 1, Rule: "x", Claims: []string{"a#1"}, Message: "no such field"})
	r.Notices = edgeNotices
	return r
}

func TestJSONValidatesAgainstSchema(t *testing.T) {
	s := compileSchema(t, "https://github.com/claimcheck/claimcheck/engine/report/schema/check.v1.json", CheckSchema)
	for name, r := range map[string]*Report{"fixtures": fixtureReport(t), "edge": edgeReport(t), "empty": {Command: "check"}} {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, "json", r, goldenOptions); err != nil {
				t.Fatal(err)
			}
			validate(t, s, buf.Bytes())
		})
	}
}

// TestJSONSchemaRejects makes sure the schema is not vacuous: documents
// that break CONTRACT.md's shape fail.
func TestJSONSchemaRejects(t *testing.T) {
	s := compileSchema(t, "https://github.com/claimcheck/claimcheck/engine/report/schema/check.v1.json", CheckSchema)
	var buf bytes.Buffer
	if err := Write(&buf, "json", fixtureReport(t), goldenOptions); err != nil {
		t.Fatal(err)
	}
	good := buf.String()
	for name, bad := range map[string]string{
		"schema":   strings.Replace(good, `"claimcheck/check/v1"`, `"claimcheck/check/v2"`, 1),
		"severity": strings.Replace(good, `"severity": "error"`, `"severity": "fatal"`, 1),
		"col zero": strings.Replace(good, `"col": 45`, `"col": 0`, 1),
		"category": strings.Replace(good, `"category": "drift"`, `"category": "trend"`, 1),
		"no rule":  strings.Replace(good, `"rule": "count-stale",`, ``, 1),
	} {
		if bad == good {
			t.Fatalf("%s: replacement did not apply", name)
		}
		inst, err := jsonschema.UnmarshalJSON(strings.NewReader(bad))
		if err != nil {
			t.Fatal(err)
		}
		if s.Validate(inst) == nil {
			t.Errorf("%s: a broken document validated", name)
		}
	}
}

// sarifSchema reads the official SARIF 2.1.0 schema from ../shared/schemas
// beside the repository; without it the test skips, unless CI=true.
func sarifSchemaFile(t *testing.T) []byte {
	t.Helper()
	path := filepath.Join(testkit.Root(t), "..", "shared", "schemas", "sarif-schema-2.1.0.json")
	b, err := os.ReadFile(path)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("SARIF schema missing in CI: %v", err)
		}
		t.Skipf("SARIF schema not found (%v); set up ../shared to run this test", err)
	}
	return b
}

func TestSARIFValidatesAgainstOfficialSchema(t *testing.T) {
	s := compileSchema(t, "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json", sarifSchemaFile(t))
	for name, r := range map[string]*Report{"fixtures": fixtureReport(t), "edge": edgeReport(t), "empty": {Command: "check"}} {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, "sarif", r, goldenOptions); err != nil {
				t.Fatal(err)
			}
			validate(t, s, buf.Bytes())
		})
	}
}

// TestSARIFShape checks what GitHub code scanning relies on beyond the
// schema: rule indexes resolve, fingerprints and columns are set.
func TestSARIFShape(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, "sarif", edgeReport(t), goldenOptions); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Runs []struct {
			ColumnKind string `json:"columnKind"`
			Tool       struct {
				Driver struct {
					Rules []struct {
						ID string `json:"id"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID              string            `json:"ruleId"`
				RuleIndex           int               `json:"ruleIndex"`
				PartialFingerprints map[string]string `json:"partialFingerprints"`
				Suppressions        []any             `json:"suppressions"`
				RelatedLocations    []any             `json:"relatedLocations"`
			} `json:"results"`
			Invocations []struct {
				ExecutionSuccessful bool  `json:"executionSuccessful"`
				Notes               []any `json:"toolExecutionNotifications"`
			} `json:"invocations"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if run.ColumnKind != "unicodeCodePoints" {
		t.Errorf("columnKind = %q", run.ColumnKind)
	}
	if len(run.Results) != 6 {
		t.Fatalf("%d results, want 6", len(run.Results))
	}
	suppressed := 0
	for i, res := range run.Results {
		if got := run.Tool.Driver.Rules[res.RuleIndex].ID; got != res.RuleID {
			t.Errorf("result %d: ruleIndex %d is %q, want %q", i, res.RuleIndex, got, res.RuleID)
		}
		if res.RuleID != "ad-hoc" && res.PartialFingerprints["claimcheck/v1"] == "" {
			t.Errorf("result %d: no fingerprint", i)
		}
		if len(res.Suppressions) > 0 {
			suppressed++
		}
	}
	if suppressed != 1 {
		t.Errorf("%d suppressed results, want 1", suppressed)
	}
	if n := len(run.Results[3].RelatedLocations); n != 3 {
		t.Errorf("drift result has %d related locations, want 3", n)
	}
	inv := run.Invocations[0]
	if inv.ExecutionSuccessful || len(inv.Notes) != 7 {
		t.Errorf("invocation: successful=%v notes=%d, want false and 7 (3 errors, 3 notices, 1 undated)", inv.ExecutionSuccessful, len(inv.Notes))
	}
}

// TestSARIFSchemaRejects makes sure the official schema is really applied:
// broken SARIF fails.
func TestSARIFSchemaRejects(t *testing.T) {
	s := compileSchema(t, "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json", sarifSchemaFile(t))
	var buf bytes.Buffer
	if err := Write(&buf, "sarif", fixtureReport(t), goldenOptions); err != nil {
		t.Fatal(err)
	}
	good := buf.String()
	for name, bad := range map[string]string{
		"version":    strings.Replace(good, `"version": "2.1.0"`, `"version": "2.2.0"`, 1),
		"level":      strings.Replace(good, `"level": "error"`, `"level": "fatal"`, 1),
		"startLine":  strings.Replace(good, `"startLine": 10`, `"startLine": 0`, 1),
		"columnKind": strings.Replace(good, `"columnKind": "unicodeCodePoints"`, `"columnKind": "bytes"`, 1),
	} {
		if bad == good {
			t.Fatalf("%s: replacement did not apply", name)
		}
		inst, err := jsonschema.UnmarshalJSON(strings.NewReader(bad))
		if err != nil {
			t.Fatal(err)
		}
		if s.Validate(inst) == nil {
			t.Errorf("%s: broken SARIF validated", name)
		}
	}
}

// TestNoticesKeptInJSONAndSARIF: every field of every notice comes back out
// of the JSON and out of the SARIF: neither format loses what the other has.
func TestNoticesKeptInJSONAndSARIF(t *testing.T) {
	r := edgeReport(t)
	var js, sa bytes.Buffer
	if err := Write(&js, "json", r, goldenOptions); err != nil {
		t.Fatal(err)
	}
	if err := Write(&sa, "sarif", r, goldenOptions); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Notices []finding.Notice `json:"notices"`
		Summary struct {
			Notices int `json:"notices"`
		} `json:"summary"`
	}
	if err := json.Unmarshal(js.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(doc.Notices, r.Notices) || doc.Summary.Notices != len(r.Notices) {
		t.Errorf("JSON notices = %+v (summary %d), want %+v", doc.Notices, doc.Summary.Notices, r.Notices)
	}
	if got := sarifNotices(t, sa.Bytes()); !reflect.DeepEqual(got, r.Notices) {
		t.Errorf("SARIF notices = %+v, want %+v", got, r.Notices)
	}
}

// sarifNotices reads notices back from the SARIF notifications at level
// warning (errors are problems, notes undated articles).
func sarifNotices(t *testing.T, b []byte) []finding.Notice {
	t.Helper()
	var log struct {
		Runs []struct {
			Invocations []struct {
				Notes []struct {
					Level   string `json:"level"`
					Message struct {
						Text string `json:"text"`
					} `json:"message"`
					Locations []struct {
						PhysicalLocation struct {
							ArtifactLocation struct {
								URI string `json:"uri"`
							} `json:"artifactLocation"`
							Region struct {
								StartLine int `json:"startLine"`
							} `json:"region"`
						} `json:"physicalLocation"`
					} `json:"locations"`
					AssociatedRule struct {
						ID string `json:"id"`
					} `json:"associatedRule"`
					Properties struct {
						Limit string `json:"limit"`
					} `json:"properties"`
				} `json:"toolExecutionNotifications"`
			} `json:"invocations"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(b, &log); err != nil {
		t.Fatal(err)
	}
	var out []finding.Notice
	for _, n := range log.Runs[0].Invocations[0].Notes {
		if n.Level != "warning" {
			continue
		}
		loc := n.Locations[0].PhysicalLocation
		msg := strings.TrimSuffix(n.Message.Text, " (limit "+n.Properties.Limit+")")
		msg = strings.TrimPrefix(msg, "rule "+n.AssociatedRule.ID+": ")
		out = append(out, finding.Notice{Path: loc.ArtifactLocation.URI, Line: loc.Region.StartLine,
			Rule: n.AssociatedRule.ID, Limit: n.Properties.Limit, Message: msg})
	}
	return out
}
