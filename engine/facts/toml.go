package facts

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/finding"
	"github.com/claimcheck/claimcheck/engine/lexicon"
	"github.com/claimcheck/claimcheck/engine/rule"
	"github.com/claimcheck/claimcheck/engine/span"
	"github.com/claimcheck/claimcheck/internal/tomlpos"
)

// Options configure loading facts.
type Options struct {
	// Lexicon, when set, must know the entity, item and action ids a fact
	// names.
	Lexicon *lexicon.Lexicon
}

// setByClaimcheck are claim fields a fact may not give: where a claim
// sits and what the engine infers are claimcheck's to set.
var setByClaimcheck = map[string]bool{
	"id": true, "article": true, "path": true, "start": true, "end": true, "line": true, "col": true,
	"focus_start": true, "focus_end": true, "draft": true, "dated": true, "verified": true,
	"agent_side": true, "speaker_side": true, "holder_from": true, "place_from": true, "outlet": true,
}

// ReadFacts reads fact files in the order given, each once; their claims
// come in file order. Ids are PATH#N, N counting the file's facts from 1.
func ReadFacts(paths []string, opts Options) ([]*claim.Claim, []finding.Problem) {
	var out []*claim.Claim
	var problems []finding.Problem
	for _, p := range unique(paths) {
		src, err := os.ReadFile(p)
		if err != nil {
			problems = append(problems, finding.Problem{Path: p, Message: "facts: " + errText(err)})
			continue
		}
		cs, ps := ParseFacts(p, src, opts)
		out = append(out, cs...)
		problems = append(problems, ps...)
	}
	return out, problems
}

// errText is an error without the path an *fs.PathError repeats.
func errText(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// ParseFacts reads one fact file; path names it in ids and errors. On any
// problem no claim of the file is returned: checking against half the
// facts would report a clean bill of health it has not earned.
func ParseFacts(path string, src []byte, opts Options) ([]*claim.Claim, []finding.Problem) {
	f := &factFile{path: path, src: src, idx: span.NewIndex(src), opts: opts}
	var data map[string]any
	if _, err := toml.Decode(string(src), &data); err != nil {
		de := tomlpos.Locate(src, err)
		f.errAt(max(de.Off, 0), "%s", de.Message)
		return nil, f.problems
	}
	f.doc = tomlpos.Scan(src)
	if f.checkLayout(data); len(f.problems) > 0 {
		return nil, f.problems // facts are read once the file's shape is right
	}
	var out []*claim.Claim
	for i, m := range f.factTables(data) {
		if c := f.fact(i, m); c != nil {
			out = append(out, c)
		}
	}
	if len(f.problems) > 0 {
		return nil, f.problems
	}
	return out, nil
}

// factFile is one fact file being read.
type factFile struct {
	path     string
	src      []byte
	idx      *span.Index
	doc      *tomlpos.Doc
	opts     Options
	problems []finding.Problem
}

// errAt records a problem at byte offset off, with the line it points
// into and a caret, as rule errors print.
func (f *factFile) errAt(off int, format string, args ...any) {
	p := f.idx.Position(off)
	d := rule.Diagnostic{
		Problem: finding.Problem{Path: f.path, Line: p.Line, Col: p.Col, Message: fmt.Sprintf(format, args...)},
		Source:  string(f.idx.LineText(p.Line)),
	}
	d.Problem.Context = d.String()
	f.problems = append(f.problems, d.Problem)
}

// off is where path is written: its key, or its value with value set; 0
// when the scan cannot place it.
func (f *factFile) off(p tomlpos.Path, value bool) int {
	e, ok := f.doc.Key(p)
	if !ok {
		return 0
	}
	if value && e.Value != nil {
		return e.Value.Off
	}
	return e.Off
}

// checkLayout reports root keys other than fact and tables other than
// [[fact]] and the sub-tables of a fact's fields ([fact.as_of]).
func (f *factFile) checkLayout(data map[string]any) {
	var keys []string
	for k := range data {
		if k != "fact" {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		return f.off(tomlpos.P(keys[i]), false) < f.off(tomlpos.P(keys[j]), false)
	})
	for _, k := range keys {
		f.errAt(f.off(tomlpos.P(k), false), "unknown key %q (a fact file holds [[fact]] tables)", k)
	}
	for _, t := range f.doc.Tables[1:] {
		if t.Key[0] != "fact" {
			continue // reported with the root keys
		}
		// [fact] is reported by factTables, [fact.holdr] as a key
		if t.Array && len(t.Key) > 1 || !t.Array && len(t.Key) > 2 {
			f.errAt(t.Off, "unknown table %s (want [[fact]], or a field's table such as [fact.as_of])", header(t))
		}
	}
}

// header writes a table header as it is written, [a.b] or [[a.b]].
func header(t *tomlpos.Table) string {
	h := "[" + strings.Join(t.Key, ".") + "]"
	if t.Array {
		h = "[" + h + "]"
	}
	return h
}

// factTables are the [[fact]] tables.
func (f *factFile) factTables(data map[string]any) []map[string]any {
	raw, ok := data["fact"]
	if !ok {
		return nil
	}
	var out []map[string]any
	switch v := raw.(type) {
	case []map[string]any:
		out = v
	case []any:
		for _, x := range v {
			m, isMap := x.(map[string]any)
			if !isMap {
				out = nil
				break
			}
			out = append(out, m)
		}
	}
	if out == nil {
		f.errAt(f.off(tomlpos.P("fact"), true), "fact must be an array of tables: write each fact under a [[fact]] header")
	}
	return out
}

// fact reads the i-th [[fact]] table as a verified claim.
func (f *factFile) fact(i int, m map[string]any) *claim.Claim {
	at := tomlpos.P("fact", i)
	before := len(f.problems)
	f.checkKeys(at, m)
	source, _ := m["source"].(string)
	if _, ok := m["source"]; ok && strings.TrimSpace(source) == "" {
		f.errAt(f.off(at.Key("source"), true), "source must be a non-empty string: who vouches for the fact")
	} else if !ok {
		f.errAt(f.off(at, false), `[[fact]] is missing "source": who vouches for it ("Pentagon statement, 2020-01-03")`)
	}
	if len(f.problems) > before {
		return nil
	}
	has := map[string]bool{}
	for k := range m {
		has[k] = true
	}
	c, errs := decode(m)
	if c != nil {
		errs = append(errs, checkShape(c)...)
		errs = append(errs, checkIDs(c, f.opts.Lexicon)...)
		errs = append(errs, checkComplete(c, has)...)
	}
	offs := make([]int, len(errs))
	for i, e := range errs {
		offs[i] = f.off(at, false)
		if e.key != "" {
			offs[i] = f.off(at.Key(e.key), true)
		}
	}
	order := make([]int, len(errs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return offs[order[i]] < offs[order[j]] })
	for _, i := range order {
		f.errAt(offs[i], "%s", errs[i].msg)
	}
	if len(errs) > 0 {
		return nil
	}
	f.place(c, at, i)
	withDefaults(c, has)
	return c
}

// decode builds the claim with rule.ClaimFromTOML, which stops at the
// first bad value: each is reported and left out, and the rest decoded
// again, so that one run names every bad value of a fact.
func decode(m map[string]any) (*claim.Claim, []fieldErr) {
	rest := make(map[string]any, len(m))
	for k, v := range m {
		rest[k] = v
	}
	var errs []fieldErr
	for {
		c, err := rule.ClaimFromTOML(rest)
		if err == nil {
			return c, errs
		}
		var fe *rule.FieldError
		if !errors.As(err, &fe) {
			return nil, append(errs, fieldErr{"", err.Error()})
		}
		if _, ok := rest[fe.Key]; !ok {
			return nil, append(errs, fieldErr{fe.Key, err.Error()})
		}
		errs = append(errs, fieldErr{fe.Key, err.Error()})
		delete(rest, fe.Key)
	}
}

// checkKeys reports keys that are not claim fields, and claim fields that
// claimcheck sets itself, in file order.
func (f *factFile) checkKeys(at tomlpos.Path, m map[string]any) {
	var bad []string
	for k := range m {
		if !claimFields[k] || setByClaimcheck[k] {
			bad = append(bad, k)
		}
	}
	sort.Slice(bad, func(i, j int) bool { return f.off(at.Key(bad[i]), false) < f.off(at.Key(bad[j]), false) })
	for _, k := range bad {
		off := f.off(at.Key(k), false)
		if setByClaimcheck[k] {
			msg := "claimcheck sets it"
			if k == "outlet" {
				msg = "use source: who vouches for the fact"
			}
			f.errAt(off, "%q is not a fact's to give (%s)", k, msg)
			continue
		}
		f.errAt(off, "unknown key %q in [[fact]] (fields are the claim JSON's: kind, holder, item, value, as_of, when, ...; and source)", k)
	}
}

// place gives the fact its id and position: its text when it has one (so
// reports quote it), else its [[fact]] header.
func (f *factFile) place(c *claim.Claim, at tomlpos.Path, i int) {
	c.Article = filepath.ToSlash(f.path)
	c.ID = fmt.Sprintf("%s#%d", c.Article, i+1)
	c.Path = f.path
	c.Verified = true
	claim.Tidy(c)
	c.Start = f.off(at, false)
	c.End = c.Start
	if s, ok := f.doc.String(at.Key("text")); ok && s.Text == c.Text {
		c.Start, c.End = s.Offset(0), s.Offset(len(s.Text))
	} else {
		c.Text = "" // no text, or one the scan cannot place: quote nothing rather than the wrong bytes
	}
	p := f.idx.Position(c.Start)
	c.Line, c.Col = p.Line, p.Col
	c.FocusStart, c.FocusEnd = c.Start, c.End
}

// withDefaults fills what a fact leaves out as extraction would: an
// exact amount's interval, a modality, and a publication date (the last
// day the fact speaks of), so that rules comparing what was known when
// (count-stale) can use it.
func withDefaults(c *claim.Claim, has map[string]bool) {
	if c.Kind == claim.Count && !has["low"] {
		c.Low, c.High = c.Value, c.Value
	}
	if c.Modality == "" {
		c.Modality = claim.Current
		if c.Kind == claim.Event {
			c.Modality = claim.Past
		}
	}
	if !c.Dated {
		for _, iv := range []claim.Interval{c.AsOf, c.When} {
			if iv.Known {
				c.Published, c.Dated = iv.To, true
				break
			}
		}
	}
}
