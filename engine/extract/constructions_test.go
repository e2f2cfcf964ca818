package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/lexicon"
)

// TestConstructionFiles runs the construction tests written as data:
// testdata/constructions/*.txt, one line of text and the claims it must
// (or must not) yield. The format is described in the README beside them.
func TestConstructionFiles(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "constructions", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no construction files: %v", err)
	}
	for _, p := range paths {
		t.Run(strings.TrimSuffix(filepath.Base(p), ".txt"), func(t *testing.T) {
			cf, errs := readConstructions(p)
			for _, err := range errs {
				t.Error(err)
			}
			x, err := cf.extractor()
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range cf.cases {
				t.Run(strconv.Itoa(c.line), func(t *testing.T) { c.run(t, x) })
			}
		})
	}
}

// constructionFile is one file of construction tests.
type constructionFile struct {
	path    string
	lexicon string // @lexicon: a TOML file merged over the default, beside the tests
	cases   []*construction
}

// construction is one text and what it must yield.
type construction struct {
	path string
	line int
	text string
	pub  time.Time
	exps []expectation
}

// expectation is one clause after "//": want, not or none, maybe a gap.
type expectation struct {
	pos  string // file:line:col
	verb string // "want", "not", "none"
	gap  string // why it fails today; "" for an expectation that must hold
	pat  pattern
}

// pattern is "kind field=value ...": a claim matches when it has the kind
// and every field named has the value, as claim.Field.Text writes it (a
// quote only needs to start with the value).
type pattern struct {
	kind   string
	fields []fieldValue
}

type fieldValue struct {
	f     claim.Field
	value string
}

func (cf *constructionFile) extractor() (*Extractor, error) {
	if cf.lexicon == "" {
		return New(nil, Options{}), nil
	}
	lex, err := lexicon.Load(lexicon.Default(), filepath.Join(filepath.Dir(cf.path), cf.lexicon))
	if err != nil {
		return nil, err
	}
	return New(lex, Options{}), nil
}

// readConstructions parses a file; its errors carry file:line:col.
func readConstructions(path string) (*constructionFile, []error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, []error{err}
	}
	cf := &constructionFile{path: path}
	var pub time.Time
	var errs []error
	for i, line := range strings.Split(string(src), "\n") {
		pos := fmt.Sprintf("%s:%d", path, i+1)
		if err := cf.parseLine(line, pos, i+1, &pub); err != nil {
			errs = append(errs, err)
		}
	}
	for _, c := range cf.cases {
		if len(c.exps) == 0 {
			errs = append(errs, fmt.Errorf("%s:%d:1: no expectation: add // want, // not or // none", path, c.line))
		}
	}
	return cf, errs
}

// parseLine reads one line: a comment, a directive, a case, or more
// expectations for the case above.
func (cf *constructionFile) parseLine(line, pos string, n int, pub *time.Time) error {
	trimmed := strings.TrimSpace(line)
	switch {
	case trimmed == "" || strings.HasPrefix(trimmed, "#"):
		return nil
	case strings.HasPrefix(trimmed, "@"):
		return cf.directive(trimmed, pos, pub)
	case strings.HasPrefix(trimmed, "//"):
		if len(cf.cases) == 0 {
			return fmt.Errorf("%s:1: expectations before any text", pos)
		}
		c := cf.cases[len(cf.cases)-1]
		return c.expect(line, strings.Index(line, "//"), pos)
	}
	if pub.IsZero() {
		return fmt.Errorf("%s:1: text before any @published date", pos)
	}
	cut := commentAt(line)
	c := &construction{path: cf.path, line: n, pub: *pub,
		text: strings.ReplaceAll(strings.TrimSpace(line[:cut]), `\n`, "\n")}
	cf.cases = append(cf.cases, c)
	if cut == len(line) {
		return nil
	}
	return c.expect(line, cut, pos)
}

// commentAt is where a case's expectations start: the first "//" at the
// line's start or after a space; len(line) when there is none.
func commentAt(line string) int {
	for i := 0; i+1 < len(line); i++ {
		if line[i] == '/' && line[i+1] == '/' && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t') {
			return i
		}
	}
	return len(line)
}

// directive reads "@published YYYY-MM-DD" (the publication date of the
// cases below it) and "@lexicon FILE" (a lexicon for the whole file).
func (cf *constructionFile) directive(line, pos string, pub *time.Time) error {
	name, arg, _ := strings.Cut(line, " ")
	arg = strings.TrimSpace(arg)
	switch name {
	case "@published":
		d, err := time.Parse(claim.DateLayout, arg)
		if err != nil {
			return fmt.Errorf("%s:1: @published wants a date YYYY-MM-DD, got %q", pos, arg)
		}
		*pub = d
	case "@lexicon":
		cf.lexicon = arg
	default:
		return fmt.Errorf("%s:1: unknown directive %s (want @published or @lexicon)", pos, name)
	}
	return nil
}

// token is a word of an expectation, with its byte offset in the line.
type token struct {
	text   string
	at     int
	quoted bool // it had a quoted part: never a keyword or a separator
}

// expect reads the clauses of line from offset at ("// want ... // not ...").
func (c *construction) expect(line string, at int, pos string) error {
	toks, err := tokens(line, at)
	if err != nil {
		return fmt.Errorf("%s: %v", pos, err)
	}
	for len(toks) > 0 {
		if toks[0].text != "//" || toks[0].quoted {
			return fmt.Errorf("%s:%d: want // before %q", pos, toks[0].at+1, toks[0].text)
		}
		end := 1
		for end < len(toks) && (toks[end].text != "//" || toks[end].quoted) {
			end++
		}
		e, err := clause(toks[1:end], fmt.Sprintf("%s:%d", pos, toks[0].at+1))
		if err != nil {
			return err
		}
		c.exps = append(c.exps, e)
		toks = toks[end:]
	}
	return nil
}

// tokens splits line[at:] at spaces; a double-quoted part ("reason",
// quote="We are") is one token with its quotes taken off.
func tokens(line string, at int) ([]token, error) {
	var out []token
	for i := at; i < len(line); {
		if line[i] == ' ' || line[i] == '\t' {
			i++
			continue
		}
		tk := token{at: i}
		var b strings.Builder
		for i < len(line) && line[i] != ' ' && line[i] != '\t' {
			if line[i] != '"' {
				b.WriteByte(line[i])
				i++
				continue
			}
			q, err := strconv.QuotedPrefix(line[i:])
			if err != nil {
				return nil, fmt.Errorf("%d: unterminated or bad quoted string", i+1)
			}
			s, _ := strconv.Unquote(q)
			b.WriteString(s)
			tk.quoted = true
			i += len(q)
		}
		tk.text = b.String()
		out = append(out, tk)
	}
	return out, nil
}

// clause reads [gap "reason"] want|not PATTERN, or [gap "reason"] none.
func clause(toks []token, pos string) (expectation, error) {
	e := expectation{pos: pos}
	if len(toks) >= 2 && toks[0].text == "gap" && !toks[0].quoted {
		if !toks[1].quoted || toks[1].text == "" {
			return e, fmt.Errorf("%s: gap wants a quoted reason: gap \"why it fails\" want ...", pos)
		}
		e.gap, toks = toks[1].text, toks[2:]
	}
	if len(toks) == 0 {
		return e, fmt.Errorf("%s: empty expectation: want want, not or none", pos)
	}
	e.verb = toks[0].text
	switch {
	case e.verb == "none" && len(toks) == 1:
		return e, nil
	case (e.verb == "want" || e.verb == "not") && len(toks) > 1:
		p, err := parsePattern(toks[1:], pos)
		e.pat = p
		return e, err
	}
	return e, fmt.Errorf("%s: want \"want KIND field=value ...\", \"not KIND ...\" or \"none\", got %q", pos, e.verb)
}

var claimKinds = map[string]bool{claim.Count: true, claim.Event: true, claim.Role: true, claim.Quote: true}

// parsePattern reads KIND field=value ...; a bool field may be written
// bare ("running" for running=true), "field=" asks for an unset field.
func parsePattern(toks []token, pos string) (pattern, error) {
	p := pattern{kind: toks[0].text}
	if !claimKinds[p.kind] {
		return p, fmt.Errorf("%s: %q is no claim kind (count, event, role, quote)", pos, p.kind)
	}
	for _, tk := range toks[1:] {
		name, value, eq := strings.Cut(tk.text, "=")
		f, ok := claim.FieldNamed(name)
		switch {
		case !ok || name == "kind":
			return p, fmt.Errorf("%s: %q names no claim field (engine/claim/schema.go)", pos, name)
		case !eq && f.Kind != claim.BoolField:
			return p, fmt.Errorf("%s: %s wants a value: %s=...", pos, name, name)
		case !eq:
			value = "true"
		}
		p.fields = append(p.fields, fieldValue{f: f, value: value})
	}
	return p, nil
}

func (p pattern) matches(c *claim.Claim) bool {
	if c.Kind != p.kind {
		return false
	}
	for _, fv := range p.fields {
		got := fv.f.Text(c)
		if fv.f.Name == "quote" && strings.HasPrefix(got, fv.value) {
			continue
		}
		if got != fv.value {
			return false
		}
	}
	return true
}

// holds reports whether the expectation holds for the claims.
func (e expectation) holds(cs []*claim.Claim) bool {
	if e.verb == "none" {
		return len(cs) == 0
	}
	found := false
	for _, c := range cs {
		found = found || e.pat.matches(c)
	}
	return found == (e.verb == "want")
}

func (e expectation) String() string {
	s := e.verb
	if e.verb != "none" {
		s += " " + e.pat.String()
	}
	return s
}

func (p pattern) String() string {
	f := []string{p.kind}
	for _, fv := range p.fields {
		f = append(f, fv.f.Name+"="+quoteIfNeeded(fv.value))
	}
	return strings.Join(f, " ")
}

// run extracts the case's claims and checks its expectations; a gap that
// holds is reported too, so that its mark goes when the gap is fixed.
func (c *construction) run(t *testing.T, x *Extractor) {
	id := strings.TrimSuffix(filepath.Base(c.path), ".txt")
	cs, err := x.Text(id, c.text, c.pub)
	if err != nil {
		t.Fatalf("%s:%d: %v", c.path, c.line, err)
	}
	checkSpans(t, c.text, cs)
	for _, e := range c.exps {
		ok := e.holds(cs)
		switch {
		case !ok && e.gap == "":
			t.Errorf("%s: %s: does not hold", e.pos, e)
		case ok && e.gap != "":
			t.Errorf("%s: known gap (%s) now holds: drop its gap mark: %s", e.pos, e.gap, e)
		}
	}
	if t.Failed() {
		for _, cl := range cs {
			t.Logf("%s:%d: got %s", c.path, c.line, listing(cl))
		}
	}
}

// listing writes a claim as a pattern that matches it: its kind and every
// meaning field that is set, so that a failing case shows what to expect.
func listing(c *claim.Claim) string {
	f := []string{c.Kind}
	for _, fl := range claim.Fields {
		if fl.Role != claim.Meaning || fl.Name == "kind" || fl.IsZero(c) {
			continue
		}
		if fl.Kind == claim.BoolField {
			f = append(f, fl.Name)
			continue
		}
		f = append(f, fl.Name+"="+quoteIfNeeded(fl.Text(c)))
	}
	return strings.Join(f, " ")
}

// quoteIfNeeded quotes a value that would not read back as one token.
func quoteIfNeeded(v string) string {
	if strings.ContainsAny(v, " \t\"") {
		return strconv.Quote(v)
	}
	return v
}
