package rule

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/claimcheck/claimcheck/engine/claim"
)

// Test is one [[rule.test]]: claims (given in TOML, or extracted from a
// short article) and the findings the rule must produce on them, no more.
type Test struct {
	Name      string
	Path      string
	Line, Col int
	Claims    []*claim.Claim // from [[rule.test.claim]]
	Text      string         // or an article text, run through TestOptions.Extract
	Published time.Time
	Expect    []Expect // none: the rule must find nothing
}

// Expect is one [[rule.test.expect]]: a finding that must appear.
type Expect struct {
	Claims   []string // ids of the involved claims, any order; empty: not checked
	Message  string   // the exact message; empty: not checked
	Contains []string // substrings the message must contain
}

var (
	testKeys   = []string{"name", "text", "published", "claim", "expect"}
	expectKeys = []string{"claims", "message", "contains"}
)

func (l *loader) tests(rt table) []Test {
	var out []Test
	for ti, t := range l.elems(rt, "test", "[[rule.test]]") {
		l.checkKeys(t, testKeys...)
		p := l.cur.idx.Position(t.headerOff())
		test := Test{Path: l.cur.path, Line: p.Line, Col: p.Col}
		test.Name, _ = l.str(t, "name", false)
		if test.Name == "" {
			test.Name = fmt.Sprintf("test %d", ti+1)
		}
		test.Text, _ = l.str(t, "text", false)
		if v, ok := t.data["published"]; ok {
			d, err := tomlDate(v)
			if err != nil {
				l.errAt(t.valOff("published"), "published: %s", err)
			}
			test.Published = d
		}
		for ci, ct := range l.elems(t, "claim", "[[rule.test.claim]]") {
			if !l.checkClaimKeys(ct) {
				continue
			}
			c, err := ClaimFromTOML(ct.data)
			if err != nil {
				off := ct.headerOff()
				var fe *FieldError
				if errors.As(err, &fe) {
					off = ct.valOff(fe.Key)
				}
				l.errAt(off, "test claim: %s", err)
				continue
			}
			c.Path, c.Line, c.Col = "test", ci+1, 1
			if c.ID == "" {
				c.ID = fmt.Sprintf("c%d", ci+1)
			}
			if c.Article == "" {
				c.Article, _, _ = strings.Cut(c.ID, "#")
			}
			test.Claims = append(test.Claims, c)
		}
		if test.Text != "" && len(test.Claims) > 0 {
			l.errAt(t.headerOff(), "a test gives either claims or text, not both")
		}
		for _, et := range l.elems(t, "expect", "[[rule.test.expect]]") {
			l.checkKeys(et, expectKeys...)
			var e Expect
			e.Message, _ = l.str(et, "message", false)
			e.Claims = l.strList(et, "claims")
			e.Contains = l.strList(et, "contains")
			test.Expect = append(test.Expect, e)
		}
		out = append(out, test)
	}
	return out
}

// checkClaimKeys reports, at the key, fields a claim does not have.
func (l *loader) checkClaimKeys(t table) bool {
	var bad []string
	for k := range t.data {
		if _, ok := claim.FieldNamed(k); !ok {
			bad = append(bad, k)
		}
	}
	sort.Slice(bad, func(i, j int) bool {
		if oi, oj := t.keyOff(bad[i]), t.keyOff(bad[j]); oi != oj {
			return oi < oj
		}
		return bad[i] < bad[j]
	})
	for _, k := range bad {
		l.errAt(t.keyOff(k), "unknown claim field %q (fields are the claim JSON's: kind, holder, item, value, as_of, ...)", k)
	}
	return len(bad) == 0
}

func (l *loader) strList(t table, key string) []string {
	v, ok := t.data[key]
	if !ok {
		return nil
	}
	list, ok := v.([]any)
	var out []string
	for _, x := range list {
		s, isStr := x.(string)
		if !isStr {
			ok = false
			break
		}
		out = append(out, s)
	}
	if !ok {
		l.errAt(t.valOff(key), "%s must be an array of strings", key)
		return nil
	}
	return out
}

// tomlDate accepts a TOML date (2020-06-12) or a string "2020-06-12".
func tomlDate(v any) (time.Time, error) {
	switch d := v.(type) {
	case time.Time:
		return claim.Date(d), nil
	case string:
		t, err := time.Parse(claim.DateLayout, d)
		if err != nil {
			return time.Time{}, fmt.Errorf("want a date YYYY-MM-DD, got %q", d)
		}
		return t, nil
	}
	return time.Time{}, fmt.Errorf("want a date YYYY-MM-DD, got %s", tomlTypeName(v))
}

// tomlInterval accepts "2020-06-12" (one day), "2020-06-01..2020-06-30"
// or a table {from, to, grain, open}; grain defaults to day for one day.
func tomlInterval(v any) (claim.Interval, error) {
	var from, to any
	var grain string
	var open bool
	switch x := v.(type) {
	case string:
		f, t, ok := strings.Cut(x, "..")
		from, to = f, f
		if ok {
			to = t
		}
	case time.Time:
		from, to = x, x
	case map[string]any:
		for k := range x {
			if !contains([]string{"from", "to", "grain", "open", "month", "day"}, k) {
				return claim.Interval{}, fmt.Errorf("unknown interval key %q (want from, to, grain, open, or month and day)", k)
			}
		}
		// { month = 1, day = 2 }: a date written without its year
		if m, ok := x["month"].(int64); ok {
			d, _ := x["day"].(int64)
			if m < 1 || m > 12 || d < 0 || d > 31 || x["from"] != nil {
				return claim.Interval{}, fmt.Errorf("want month 1-12 and day 0-31, without from")
			}
			return claim.Interval{Unresolved: true, Month: int(m), Day: int(d)}, nil
		}
		from, to = x["from"], x["to"]
		if to == nil {
			to = from
		}
		grain, _ = x["grain"].(string)
		open, _ = x["open"].(bool)
	default:
		return claim.Interval{}, fmt.Errorf("want a date, \"FROM..TO\" or a table {from, to, grain}")
	}
	f, err := tomlDate(from)
	if err != nil {
		return claim.Interval{}, err
	}
	t, err := tomlDate(to)
	if err != nil {
		return claim.Interval{}, err
	}
	if t.Before(f) {
		return claim.Interval{}, fmt.Errorf("interval ends before it starts")
	}
	if grain == "" {
		grain = claim.Day
		if !f.Equal(t) {
			grain = claim.Month
		}
	}
	return claim.Interval{From: f, To: t, Grain: grain, Known: true, Open: open}, nil
}

// FieldError is a claim field whose value would not decode; Key names the
// field, so that callers can point at its value in the file.
type FieldError struct {
	Key string
	Err error
}

func (e *FieldError) Error() string { return e.Key + ": " + e.Err.Error() }

func (e *FieldError) Unwrap() error { return e.Err }

// ClaimFromTOML builds a claim from a decoded TOML table with the claim
// JSON's field names, as [[rule.test.claim]] and fact files write them:
// published a TOML date or "YYYY-MM-DD", as_of and when a date,
// "FROM..TO" or a table {from, to, grain}. Unknown fields and values of
// the wrong type are *FieldError; the first in key order is returned.
func ClaimFromTOML(m map[string]any) (*claim.Claim, error) {
	rest := map[string]any{}
	var typed []claim.Field // dates and intervals, which TOML writes its own way
	for _, k := range sortedKeys(m) {
		if f, ok := claim.FieldNamed(k); ok && (f.Kind == claim.DateField || f.Kind == claim.IntervalField) {
			typed = append(typed, f)
			continue
		}
		rest[k] = m[k]
	}
	b, err := json.Marshal(rest)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	c := &claim.Claim{}
	if err := dec.Decode(c); err != nil {
		return nil, jsonFieldError(err)
	}
	for _, f := range typed {
		if err := setFromTOML(c, f, m[f.Name]); err != nil {
			return nil, &FieldError{f.Name, err}
		}
	}
	return c, nil
}

// setFromTOML sets a date or interval field from its TOML value. A claim
// with a publication date is dated.
func setFromTOML(c *claim.Claim, f claim.Field, v any) error {
	var val any
	var err error
	if f.Kind == claim.DateField {
		val, err = tomlDate(v)
	} else {
		val, err = tomlInterval(v)
	}
	if err != nil {
		return err
	}
	if f.Name == "published" {
		c.Dated = true
	}
	return f.Set(c, val)
}

// jsonFieldError names the field encoding/json failed on, in TOML's words.
func jsonFieldError(err error) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) && te.Field != "" {
		got := map[string]string{"string": "a string", "number": "a number", "bool": "a boolean",
			"array": "an array", "object": "a table"}[te.Value]
		if got == "" {
			got = te.Value
		}
		return &FieldError{te.Field, fmt.Errorf("want %s, got %s", goTypeName(te.Type), got)}
	}
	msg := strings.TrimPrefix(err.Error(), "json: ")
	if name, ok := strings.CutPrefix(msg, "unknown field "); ok {
		if k, uerr := strconv.Unquote(name); uerr == nil {
			return &FieldError{k, fmt.Errorf("unknown claim field")}
		}
	}
	return fmt.Errorf("%s", msg)
}

func goTypeName(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "a boolean"
	case reflect.Float32, reflect.Float64, reflect.Int, reflect.Int64:
		return "a number"
	case reflect.Slice:
		return "an array of " + strings.TrimPrefix(strings.TrimPrefix(goTypeName(t.Elem()), "a "), "an ") + "s"
	}
	return t.String()
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// TestOptions configure RunTests.
type TestOptions struct {
	// Extract turns a test's article text into claims. Tests with text are
	// reported as skipped when it is nil.
	Extract func(text string, published time.Time) ([]*claim.Claim, error)
}

// TestResult is the outcome of one rule's tests.
type TestResult struct {
	Rule       string `json:"rule"`
	Location   string `json:"location"` // the rule's path:line:col
	Tests      int    `json:"tests"`
	Skipped    int    `json:"skipped"`
	Found      int    `json:"found"`      // expected findings that appeared
	Missed     int    `json:"missed"`     // expected findings that did not
	Unexpected int    `json:"unexpected"` // findings no expectation asked for
	Errors     int    `json:"errors"`     // run-time problems
	// Failures explain each miss, surprise and error, one line each,
	// starting with the test's path:line:col.
	Failures []string `json:"failures,omitempty"`
}

// Failed reports whether any test of the rule failed.
func (r TestResult) Failed() bool { return r.Missed > 0 || r.Unexpected > 0 || r.Errors > 0 }

// RunTests runs every rule's tests, each test against that rule alone.
func (s *Set) RunTests(opts TestOptions) []TestResult {
	var out []TestResult
	for _, r := range s.rules {
		res := TestResult{Rule: r.ID, Location: r.Location(), Tests: len(r.Tests)}
		one := s.subset(r)
		one.opts.OnlyDrafts = false
		for _, t := range r.Tests {
			runTest(one, t, opts, &res)
		}
		out = append(out, res)
	}
	return out
}

func runTest(s *Set, t Test, opts TestOptions, res *TestResult) {
	where := fmt.Sprintf("%s:%d:%d: %s", t.Path, t.Line, t.Col, t.Name)
	claims := t.Claims
	if t.Text != "" {
		if opts.Extract == nil {
			res.Skipped++
			return
		}
		var err error
		claims, err = opts.Extract(t.Text, t.Published)
		if err != nil {
			res.Errors++
			res.Failures = append(res.Failures, fmt.Sprintf("%s: extracting: %v", where, err))
			return
		}
	}
	findings, problems := s.Check(claims)
	for _, p := range problems {
		res.Errors++
		res.Failures = append(res.Failures, fmt.Sprintf("%s: error: %s", where, p.Message))
	}
	used := make([]bool, len(findings))
	for _, e := range t.Expect {
		hit := -1
		for i, f := range findings {
			if !used[i] && e.matches(f.Message, f.Claims) {
				hit = i
				break
			}
		}
		if hit < 0 {
			res.Missed++
			res.Failures = append(res.Failures, fmt.Sprintf("%s: missed: %s", where, e))
			continue
		}
		used[hit] = true
		res.Found++
	}
	for i, f := range findings {
		if !used[i] {
			res.Unexpected++
			ids := make([]string, len(f.Claims))
			for k, c := range f.Claims {
				ids[k] = c.ID
			}
			res.Failures = append(res.Failures, fmt.Sprintf("%s: unexpected: [%s] %q", where, strings.Join(ids, ", "), f.Message))
		}
	}
}

func (e Expect) matches(msg string, cs []*claim.Claim) bool {
	if e.Message != "" && e.Message != msg {
		return false
	}
	for _, sub := range e.Contains {
		if !strings.Contains(msg, sub) {
			return false
		}
	}
	if len(e.Claims) > 0 {
		got := make([]string, len(cs))
		for i, c := range cs {
			got[i] = c.ID
		}
		want := append([]string(nil), e.Claims...)
		sort.Strings(got)
		sort.Strings(want)
		if strings.Join(got, "\x00") != strings.Join(want, "\x00") {
			return false
		}
	}
	return true
}

func (e Expect) String() string {
	var parts []string
	if len(e.Claims) > 0 {
		parts = append(parts, "claims ["+strings.Join(e.Claims, ", ")+"]")
	}
	if e.Message != "" {
		parts = append(parts, fmt.Sprintf("message %q", e.Message))
	}
	for _, c := range e.Contains {
		parts = append(parts, fmt.Sprintf("containing %q", c))
	}
	if len(parts) == 0 {
		return "any finding"
	}
	return strings.Join(parts, ", ")
}

// PrintTests writes the results as a table, one row per rule, then the
// failures; it returns whether every test passed.
func PrintTests(w io.Writer, results []TestResult) bool {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "RULE\tTESTS\tFOUND\tMISSED\tUNEXPECTED\tERRORS\tRESULT")
	ok := true
	for _, r := range results {
		verdict := "ok"
		switch {
		case r.Failed():
			verdict, ok = "FAIL", false
		case r.Tests == 0:
			verdict = "no tests"
		case r.Skipped > 0:
			verdict = fmt.Sprintf("ok (%d skipped)", r.Skipped)
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%s\n", r.Rule, r.Tests, r.Found, r.Missed, r.Unexpected, r.Errors, verdict)
	}
	tw.Flush()
	for _, r := range results {
		for _, f := range r.Failures {
			fmt.Fprintf(w, "%s: %s\n", r.Rule, f)
		}
	}
	return ok
}
