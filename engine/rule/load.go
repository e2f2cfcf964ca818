package rule

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"runtime"
	"sort"
	"strings"

	"cel.dev/cel-go/cel"
	"cel.dev/cel-go/ext"
	"github.com/BurntSushi/toml"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/finding"
	"github.com/claimcheck/claimcheck/engine/span"
	"github.com/claimcheck/claimcheck/internal/tomlpos"
)

// Scope says what one evaluation of a rule's `when` looks at.
type Scope string

// The scopes.
const (
	ClaimScope  Scope = "claim"  // each matching claim, as c
	PairScope   Scope = "pair"   // each pair of matching claims sharing a key, as a (earlier) and b, with the key's claims as group
	SeriesScope Scope = "series" // each key's matching claims in time order, as series
)

// Defaults for Options' zero fields.
const (
	DefaultCostLimit        = 10_000_000
	DefaultMaxEstimatedCost = 100_000_000
	DefaultMaxSeries        = 1000
	DefaultMaxText          = 10_000
	// DefaultMaxGroupEvals bounds the work on one key group of one rule:
	// about two seconds of CEL on this project's 2-core reference machine.
	DefaultMaxGroupEvals = 2_000_000
)

// Options configure loading and checking.
type Options struct {
	// Places answers place containment for within() and nested(); nil means
	// only equal ids nest.
	Places Places
	// CostLimit bounds one evaluation of one expression (cel.CostLimit);
	// going over it is a Problem, not a crash. Default DefaultCostLimit.
	CostLimit uint64
	// MaxEstimatedCost refuses, at load, expressions whose worst-case cost
	// estimate is above it. Default DefaultMaxEstimatedCost.
	MaxEstimatedCost uint64
	// MaxSeries and MaxText are the size hints the estimate assumes for a
	// series and for any string field. Defaults DefaultMaxSeries, DefaultMaxText.
	MaxSeries, MaxText uint64
	// OnlyDrafts keeps only findings that involve at least one claim with
	// Draft set (pre-publish mode), and skips work that cannot produce one.
	OnlyDrafts bool
	// Workers evaluates keys in parallel; 0 means GOMAXPROCS. Output does
	// not depend on it.
	Workers int
	// MaxGroupEvals bounds the evaluations of agree and when spent on one
	// key group of one rule (pair and series scopes). A group that needs
	// more is left unfinished with a finding.Notice, so that one
	// pathological group (thousands of figures that all disagree) cannot
	// hold up the run. Default DefaultMaxGroupEvals.
	MaxGroupEvals int
}

func (o Options) withDefaults() Options {
	if o.CostLimit == 0 {
		o.CostLimit = DefaultCostLimit
	}
	if o.MaxEstimatedCost == 0 {
		o.MaxEstimatedCost = DefaultMaxEstimatedCost
	}
	if o.MaxSeries == 0 {
		o.MaxSeries = DefaultMaxSeries
	}
	if o.MaxText == 0 {
		o.MaxText = DefaultMaxText
	}
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	if o.MaxGroupEvals <= 0 {
		o.MaxGroupEvals = DefaultMaxGroupEvals
	}
	return o
}

// Source is one rule file's name (as printed in positions) and content.
type Source struct {
	Path string
	Data []byte
}

// SourcesFS reads every *.toml file under fsys, sorted by path, naming each
// prefix/relative-path (prefix may be empty).
func SourcesFS(fsys fs.FS, prefix string) ([]Source, error) {
	var out []Source
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(p, ".toml") {
			return nil
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		name := p
		if prefix != "" {
			name = path.Join(prefix, p)
		}
		out = append(out, Source{Path: name, Data: b})
		return nil
	})
	return out, err
}

// SourcesPaths reads rule files from disk: each path is a .toml file or a
// folder searched recursively for *.toml. Names are kept as given.
func SourcesPaths(paths ...string) ([]Source, error) {
	var out []Source
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			b, err := os.ReadFile(p)
			if err != nil {
				return nil, err
			}
			out = append(out, Source{Path: p, Data: b})
			continue
		}
		var files []string
		err = filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(q, ".toml") {
				files = append(files, q)
			}
			return err
		})
		if err != nil {
			return nil, err
		}
		sort.Strings(files)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				return nil, err
			}
			out = append(out, Source{Path: f, Data: b})
		}
	}
	return out, nil
}

// Diagnostic is a positioned load error with the line it points into.
type Diagnostic struct {
	finding.Problem
	// Source is the offending line of the rule file, without its newline.
	Source string
}

// String prints the error, then the offending line and a caret under the
// column, compiler style.
func (d Diagnostic) String() string {
	s := d.Problem.Error()
	if d.Line == 0 {
		return s
	}
	var caret strings.Builder
	col := 1
	for _, r := range d.Source {
		if col >= d.Col {
			break
		}
		if r == '\t' {
			caret.WriteByte('\t')
		} else {
			caret.WriteByte(' ')
		}
		col++
	}
	return s + "\n | " + d.Source + "\n | " + caret.String() + "^"
}

// Diagnostics is the list of errors from loading rules.
type Diagnostics []Diagnostic

// Error prints every diagnostic with its caret line.
func (ds Diagnostics) Error() string {
	var parts []string
	for _, d := range ds {
		parts = append(parts, d.String())
	}
	return strings.Join(parts, "\n")
}

// Err is nil when there are no diagnostics.
func (ds Diagnostics) Err() error {
	if len(ds) == 0 {
		return nil
	}
	return ds
}

// Rule is one loaded, compiled rule.
type Rule struct {
	ID       string
	Category finding.Category
	Severity finding.Severity
	Summary  string
	Help     string
	URL      string
	Scope    Scope
	// Path, Line and Col locate the rule's [[rule]] header.
	Path      string
	Line, Col int
	Tests     []Test

	match, key, when, message, claims *expr
	// order sorts each key group before time: with agree, the claims that
	// come first stand for their side ('the most precise date first').
	order *expr
	// agree (pair and series scopes) says that b, later in the group, says
	// the same as a; a claim no earlier claim agrees with is "first".
	agree *expr
	// pairs is which pairs a pair rule looks at (PairsAll without agree).
	pairs Pairs
	// vars are the rule's named expressions ([[rule.variable]]), in file
	// order; when, message and claims (and later variables) read them by
	// name, and each is evaluated at most once per evaluation.
	vars []*ruleVar
}

// Pairs says which pairs of a key group a pair rule evaluates.
type Pairs string

// The pair choices.
const (
	// PairsAll is every pair: the default without agree.
	PairsAll Pairs = "all"
	// PairsFirst pairs only first claims (no earlier claim agrees with
	// them): one finding per disagreeing pair of figures, not per source.
	// The default with agree.
	PairsFirst Pairs = "first"
	// PairsRestated pairs a first claim a with a later claim b that is not
	// first: b restates something said before a.
	PairsRestated Pairs = "restated"
	// PairsMajority is PairsFirst, but when one side is told by more
	// articles than any other, each other side is paired with it alone:
	// two outliers are each reported against the consensus, not against
	// each other as well.
	PairsMajority Pairs = "majority"
)

// ruleVar is one [[rule.variable]]: a name bound to an expression.
type ruleVar struct {
	name string
	e    *expr
}

// Location is "path:line:col" of the rule, for `rules list`.
func (r *Rule) Location() string { return fmt.Sprintf("%s:%d:%d", r.Path, r.Line, r.Col) }

// expr is one compiled CEL expression and where it sits in its file.
type expr struct {
	field     string
	prog      cel.Program
	typ       *cel.Type
	path      string
	line, col int
}

// Set is a loaded rule set, ready to Check claims. It is safe for
// concurrent use.
type Set struct {
	rules []*Rule
	opts  Options
}

// Rules lists the rules in load order (files in the order given, rules in
// file order).
func (s *Set) Rules() []*Rule { return s.rules }

// Options returns the options the set was loaded with, defaults filled in.
func (s *Set) Options() Options { return s.opts }

// subset is a set with the same options holding only r.
func (s *Set) subset(r *Rule) *Set { return &Set{rules: []*Rule{r}, opts: s.opts} }

// envs are the CEL environments, one per variable set.
type envs struct {
	claim, pair, series *cel.Env
	agree               *cel.Env // a and b only: agree sees no group or variables
	est                 *estimator
}

func newEnvs(o Options) (*envs, error) {
	lib := library(o.Places)
	base := []cel.EnvOption{
		ext.NativeTypes(reflect.TypeOf(claim.Claim{}), ext.ParseStructTag("json")),
		ext.Strings(), ext.Lists(), ext.Math(), ext.Sets(), ext.Bindings(),
		ext.TwoVarComprehensions(), cel.OptionalTypes(),
	}
	est := &estimator{maxText: o.MaxText, maxSeries: o.MaxSeries, fns: map[string]libFunc{}}
	for _, f := range lib {
		base = append(base, f.envOption())
		est.fns[f.overload] = f
	}
	root, err := cel.NewEnv(base...)
	if err != nil {
		return nil, err
	}
	e := &envs{est: est}
	if e.claim, err = root.Extend(cel.Variable("c", claimType)); err != nil {
		return nil, err
	}
	if e.pair, err = root.Extend(cel.Variable("a", claimType), cel.Variable("b", claimType),
		cel.Variable("group", cel.ListType(claimType)), cel.Variable("firsts", cel.ListType(claimType))); err != nil {
		return nil, err
	}
	if e.series, err = root.Extend(cel.Variable("series", cel.ListType(claimType)),
		cel.Variable("firsts", cel.ListType(claimType))); err != nil {
		return nil, err
	}
	if e.agree, err = root.Extend(cel.Variable("a", claimType), cel.Variable("b", claimType)); err != nil {
		return nil, err
	}
	return e, nil
}

// Load parses, checks and compiles the rules in srcs. Rule ids must be
// unique across all sources. On any diagnostic the returned set still holds
// the rules that loaded cleanly, but callers should treat the load as failed.
func Load(srcs []Source, opts Options) (*Set, Diagnostics) {
	opts = opts.withDefaults()
	e, err := newEnvs(opts)
	if err != nil {
		return nil, Diagnostics{{Problem: finding.Problem{Path: "rules", Message: err.Error()}}}
	}
	l := &loader{envs: e, opts: opts, ids: map[string]string{}}
	set := &Set{opts: opts}
	for _, src := range srcs {
		set.rules = append(set.rules, l.file(src)...)
	}
	return set, l.diags
}

type loader struct {
	*envs
	opts  Options
	ids   map[string]string // rule id -> where first defined
	diags Diagnostics
	cur   *srcFile
}

// srcFile is the file being loaded.
type srcFile struct {
	path string
	data []byte
	idx  *span.Index
}

func (l *loader) errAt(off int, format string, args ...any) {
	f := l.cur
	p := f.idx.Position(off)
	l.diags = append(l.diags, Diagnostic{
		Problem: finding.Problem{Path: f.path, Line: p.Line, Col: p.Col, Message: fmt.Sprintf(format, args...)},
		Source:  string(f.idx.LineText(p.Line)),
	})
}

// table pairs a decoded TOML table with where it is written: its path in
// the scanned document (rule[2], rule[2].test[0], ...), whether it was
// written as a [[header]] or inline.
type table struct {
	doc  *tomlpos.Doc
	path tomlpos.Path
	data map[string]any
	name string // for messages: [[rule]], [[rule.test]], ...
}

// elems reads the array of tables at key, [[name]] in messages; any other
// value there is reported.
func (l *loader) elems(t table, key, name string) []table {
	raw, ok := t.data[key]
	if !ok {
		return nil
	}
	ms, ok := subTables(raw)
	if !ok {
		l.errAt(t.valOff(key), "%s must be an array of tables (%s)", key, name)
		return nil
	}
	out := make([]table, len(ms))
	for i, m := range ms {
		out[i] = table{doc: t.doc, path: t.path.Key(key).Index(i), data: m, name: name}
	}
	return out
}

func (t table) entry(key string) (*tomlpos.Entry, bool) {
	return t.doc.Key(t.path.Key(key))
}

// headerOff is where the table is written: its header, or the '{' of an
// inline table; 0 for the file itself.
func (t table) headerOff() int {
	if e, ok := t.doc.Key(t.path); ok {
		return e.Off
	}
	return 0
}

func (t table) keyOff(key string) int {
	if e, ok := t.entry(key); ok {
		return e.Off
	}
	return t.headerOff()
}

func (t table) valOff(key string) int {
	if e, ok := t.entry(key); ok {
		if e.Value != nil {
			return e.Value.Off
		}
		return e.Off
	}
	return t.headerOff()
}

// checkKeys reports keys not in allowed, in file order.
func (l *loader) checkKeys(t table, allowed ...string) {
	var bad []string
	for k, v := range t.data {
		if _, isMap := v.(map[string]any); isMap {
			if e, ok := t.entry(k); !ok || e.Header {
				continue // a [table] header: checkTables has reported it
			}
		}
		if !contains(allowed, k) {
			bad = append(bad, k)
		}
	}
	sort.Slice(bad, func(i, j int) bool {
		oi, oj := t.keyOff(bad[i]), t.keyOff(bad[j])
		if oi != oj {
			return oi < oj
		}
		return bad[i] < bad[j]
	})
	for _, k := range bad {
		l.errAt(t.keyOff(k), "unknown key %q in %s (want %s)", k, t.name, strings.Join(allowed, ", "))
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// str reads a string field; required fields must be present and non-empty.
func (l *loader) str(t table, key string, required bool) (string, bool) {
	v, ok := t.data[key]
	if !ok {
		if required {
			l.errAt(t.headerOff(), "%s is missing %q", t.name, key)
		}
		return "", false
	}
	s, isStr := v.(string)
	if !isStr {
		l.errAt(t.valOff(key), "%s must be a string, got %s", key, tomlTypeName(v))
		return "", false
	}
	if required && strings.TrimSpace(s) == "" {
		l.errAt(t.valOff(key), "%s must not be empty", key)
		return "", false
	}
	return s, true
}

func tomlTypeName(v any) string {
	switch v.(type) {
	case string:
		return "a string"
	case int64:
		return "an integer"
	case float64:
		return "a float"
	case bool:
		return "a boolean"
	case []any, []map[string]any:
		return "an array"
	case map[string]any:
		return "a table"
	}
	return "a date"
}

// subTables reads an array of tables from the decoded data; the scanned
// tables with the same path, in order, give their positions.
func subTables(v any) ([]map[string]any, bool) {
	switch v := v.(type) {
	case []map[string]any:
		return v, true
	case []any:
		out := make([]map[string]any, 0, len(v))
		for _, x := range v {
			m, ok := x.(map[string]any)
			if !ok {
				return nil, false
			}
			out = append(out, m)
		}
		return out, true
	}
	return nil, false
}

// tableKinds are the headers a rule file may have, all arrays of tables
// nested in the one before; sub-tables of a claim (as_of, when) are checked
// with the claim.
var tableKinds = []string{"rule", "rule.variable", "rule.test", "rule.test.claim", "rule.test.expect"}

// checkTables reports headers that are not tableKinds.
func (l *loader) checkTables(doc *tomlpos.Doc) {
	for _, t := range doc.Tables[1:] {
		p := strings.Join(t.Key, ".")
		// [[rule.test]] extends the latest [[rule]]: every part of its
		// path is then an element.
		nested := strings.Count(string(t.Path), "[") == len(t.Key)
		if t.Array && nested && contains(tableKinds, p) || !t.Array && strings.HasPrefix(p, "rule.test.claim.") {
			continue
		}
		kind := "[" + p + "]"
		if t.Array {
			kind = "[" + kind + "]"
		}
		l.errAt(t.Off, "unknown table %s (want [[rule]], [[rule.variable]], [[rule.test]], [[rule.test.claim]] or [[rule.test.expect]])", kind)
	}
}

func (l *loader) file(src Source) []*Rule {
	l.cur = &srcFile{path: src.Path, data: src.Data, idx: span.NewIndex(src.Data)}
	var data map[string]any
	if _, err := toml.Decode(string(src.Data), &data); err != nil {
		de := tomlpos.Locate(src.Data, err)
		l.errAt(max(de.Off, 0), "%s", de.Message)
		return nil
	}
	doc := tomlpos.Scan(src.Data)
	l.checkTables(doc)
	root := table{doc: doc, data: data, name: "the file"}
	l.checkKeys(root, "rule")
	var rules []*Rule
	for _, t := range l.elems(root, "rule", "[[rule]]") {
		if r := l.rule(t); r != nil {
			rules = append(rules, r)
		}
	}
	return rules
}

var ruleKeys = []string{"id", "category", "severity", "summary", "scope", "match", "key", "order", "agree", "pairs", "variable", "when", "message", "claims", "help", "url", "test"}

func (l *loader) rule(t table) *Rule {
	before := len(l.diags)
	l.checkKeys(t, ruleKeys...)
	r := &Rule{Path: l.cur.path}
	hp := l.cur.idx.Position(t.headerOff())
	r.Line, r.Col = hp.Line, hp.Col

	r.ID, _ = l.str(t, "id", true)
	if r.ID != "" {
		if !validID(r.ID) {
			l.errAt(t.valOff("id"), "rule id %q: use lower-case letters, digits, '-', '_' and '.'", r.ID)
		} else if first, dup := l.ids[r.ID]; dup {
			l.errAt(t.valOff("id"), "duplicate rule id %q (first defined at %s)", r.ID, first)
		} else {
			p := l.cur.idx.Position(t.valOff("id"))
			l.ids[r.ID] = fmt.Sprintf("%s:%d:%d", l.cur.path, p.Line, p.Col)
		}
	}
	if s, ok := l.str(t, "category", true); ok {
		c, err := finding.ParseCategory(s)
		if err != nil {
			l.errAt(t.valOff("category"), "%s", err)
		}
		r.Category = c
	}
	if s, ok := l.str(t, "severity", true); ok {
		sev, err := finding.ParseSeverity(s)
		if err != nil || s != string(sev) {
			l.errAt(t.valOff("severity"), "unknown severity %q (want error, warning or info)", s)
		}
		r.Severity = sev
	}
	r.Summary, _ = l.str(t, "summary", true)
	r.Help, _ = l.str(t, "help", false)
	r.URL, _ = l.str(t, "url", false)
	scopeOK := false
	if s, ok := l.str(t, "scope", true); ok {
		switch Scope(s) {
		case ClaimScope, PairScope, SeriesScope:
			r.Scope, scopeOK = Scope(s), true
		default:
			l.errAt(t.valOff("scope"), "unknown scope %q (want claim, pair or series)", s)
		}
	}
	if scopeOK {
		l.compileRule(t, r)
	}
	r.Tests = l.tests(t)
	if len(l.diags) > before {
		return nil
	}
	return r
}

func validID(s string) bool {
	for i, c := range s {
		ok := c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || (i > 0 && (c == '-' || c == '_' || c == '.'))
		if !ok {
			return false
		}
	}
	return s != ""
}

// compileRule compiles the rule's expressions in the environments its scope
// gives them.
func (l *loader) compileRule(t table, r *Rule) {
	scopeEnv := map[Scope]*cel.Env{ClaimScope: l.claim, PairScope: l.pair, SeriesScope: l.series}[r.Scope]
	if _, ok := t.data["match"]; ok {
		r.match = l.compile(t, "match", l.claim, cel.BoolType)
	}
	switch r.Scope {
	case ClaimScope:
		for _, k := range []string{"key", "claims", "agree", "pairs"} {
			if _, ok := t.data[k]; ok {
				l.errAt(t.keyOff(k), "%s is not used by scope %q", k, r.Scope)
			}
		}
	case PairScope, SeriesScope:
		if _, ok := l.str(t, "key", true); ok {
			r.key = l.compile(t, "key", l.claim, cel.StringType, cel.ListType(cel.StringType))
		}
		if _, ok := t.data["order"]; ok {
			r.order = l.compile(t, "order", l.claim, cel.IntType, cel.DoubleType)
		}
		if r.Scope == PairScope {
			if _, ok := t.data["claims"]; ok {
				l.errAt(t.keyOff("claims"), "claims is only used by scope \"series\"")
			}
		}
		l.agreement(t, r)
	}
	scopeEnv = l.variables(t, r, scopeEnv)
	if _, ok := l.str(t, "when", true); ok {
		r.when = l.compile(t, "when", scopeEnv, cel.BoolType)
	}
	if _, ok := l.str(t, "message", true); ok {
		r.message = l.compile(t, "message", scopeEnv, cel.StringType)
	}
	if r.Scope == SeriesScope {
		if _, ok := t.data["claims"]; ok {
			r.claims = l.compile(t, "claims", scopeEnv, cel.ListType(claimType))
		}
	}
}

// agreement compiles agree and reads pairs: pairs needs agree, and only a
// pair rule chooses its pairs.
func (l *loader) agreement(t table, r *Rule) {
	if _, ok := t.data["agree"]; ok {
		r.agree = l.compile(t, "agree", l.agree, cel.BoolType)
	}
	r.pairs = PairsAll
	if r.agree != nil {
		r.pairs = PairsFirst
	}
	s, ok := l.str(t, "pairs", false)
	if !ok {
		return
	}
	switch {
	case r.Scope != PairScope:
		l.errAt(t.keyOff("pairs"), "pairs is only used by scope \"pair\"")
	case Pairs(s) != PairsAll && Pairs(s) != PairsFirst && Pairs(s) != PairsRestated && Pairs(s) != PairsMajority:
		l.errAt(t.valOff("pairs"), "unknown pairs %q (want all, first, majority or restated)", s)
	case Pairs(s) != PairsAll && t.data["agree"] == nil:
		l.errAt(t.valOff("pairs"), "pairs = %q needs agree: first claims are those no earlier claim agrees with", s)
	default:
		r.pairs = Pairs(s)
	}
}

// variables compiles the rule's [[rule.variable]] tables in order, each in
// the scope's environment with the variables before it, and returns the
// environment when, message and claims are compiled in.
func (l *loader) variables(t table, r *Rule, env *cel.Env) *cel.Env {
	seen := map[string]bool{}
	for _, vt := range l.elems(t, "variable", "[[rule.variable]]") {
		l.checkKeys(vt, "name", "expr")
		name, ok := l.str(vt, "name", true)
		if !ok {
			continue
		}
		if !celIdent(name) || reserved[name] || seen[name] {
			l.errAt(vt.valOff("name"), "variable name %q: use a new identifier (letters, digits, '_'), not c, a, b, group, series or firsts", name)
			continue
		}
		e := l.compile(vt, "expr", env)
		if e == nil {
			continue
		}
		next, err := env.Extend(cel.Variable(name, e.typ))
		if err != nil {
			l.errAt(vt.valOff("name"), "variable %q: %s", name, err)
			continue
		}
		seen[name] = true
		env = next
		e.field = "variable " + name
		r.vars = append(r.vars, &ruleVar{name: name, e: e})
	}
	return env
}

// reserved are the names the scopes bind.
var reserved = map[string]bool{"c": true, "a": true, "b": true, "group": true, "series": true, "firsts": true}

func celIdent(s string) bool {
	for i, r := range s {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9') {
			return false
		}
	}
	return s != ""
}

// compile checks one expression against env and wants one of the types;
// errors point into the file.
func (l *loader) compile(t table, key string, env *cel.Env, want ...*cel.Type) *expr {
	src, ok := l.str(t, key, false)
	if !ok {
		return nil
	}
	// Positions come from our own decoding of the string; should it ever
	// disagree with the TOML library's, fall back to the value's start.
	str, ok := t.doc.String(t.path.Key(key))
	if ok && str.Text != src {
		str = nil
	}
	offset := func(line, col int) int {
		if str == nil {
			return t.valOff(key)
		}
		return str.OffsetAt(line, col)
	}
	start := offset(1, 0)
	ast, iss := env.Compile(src)
	if iss != nil && iss.Err() != nil {
		errs := iss.Errors()
		sort.SliceStable(errs, func(i, j int) bool {
			a, b := errs[i].Location, errs[j].Location
			if a.Line() != b.Line() {
				return a.Line() < b.Line()
			}
			return a.Column() < b.Column()
		})
		for _, e := range errs {
			line, col := e.Location.Line(), e.Location.Column()
			if line < 1 {
				line, col = 1, 0
			}
			off := offset(line, col)
			// CEL puts a field error on the '.'; point at the name instead.
			if strings.HasPrefix(e.Message, "undefined field") && off+1 < len(l.cur.data) && l.cur.data[off] == '.' {
				off++
			}
			l.errAt(off, "%s: %s", key, e.Message)
		}
		return nil
	}
	out := ast.OutputType()
	okType := len(want) == 0 // a variable takes whatever type it has
	var names []string
	for _, w := range want {
		names = append(names, typeName(w))
		if out.IsExactType(w) {
			okType = true
		}
	}
	if !okType {
		l.errAt(start, "%s must be %s, got %s", key, strings.Join(names, " or "), typeName(out))
		return nil
	}
	est, err := env.EstimateCost(ast, l.est)
	if err != nil {
		l.errAt(start, "%s: estimating cost: %s", key, err)
		return nil
	}
	if est.Max > l.opts.MaxEstimatedCost {
		l.errAt(start, "%s: estimated cost %s exceeds the limit of %d (with series of up to %d claims and strings of up to %d characters); avoid loops nested over series",
			key, costString(est.Max), l.opts.MaxEstimatedCost, l.opts.MaxSeries, l.opts.MaxText)
		return nil
	}
	prog, err := env.Program(ast, cel.CostLimit(l.opts.CostLimit), cel.EvalOptions(cel.OptOptimize))
	if err != nil {
		l.errAt(start, "%s: %s", key, err)
		return nil
	}
	p := l.cur.idx.Position(start)
	return &expr{field: key, prog: prog, typ: out, path: l.cur.path, line: p.Line, col: p.Col}
}

func costString(c uint64) string {
	if c == ^uint64(0) {
		return "unbounded"
	}
	return fmt.Sprintf("up to %d", c)
}

func typeName(t *cel.Type) string {
	if t.Kind() == cel.ListType(cel.StringType).Kind() && len(t.Parameters()) == 1 {
		return "list(" + typeName(t.Parameters()[0]) + ")"
	}
	switch n := t.String(); n {
	case "claim.Claim":
		return "claim"
	default:
		return n
	}
}
