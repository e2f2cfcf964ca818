package facts

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/finding"
	"github.com/claimcheck/claimcheck/engine/rule"
	"github.com/claimcheck/claimcheck/engine/span"
)

// ExtractSchema is the schema a claims file must name: what `claimcheck
// extract --format json` prints.
const ExtractSchema = "claimcheck/extract/v1"

// Article is one article of a claims file, with its claims.
type Article struct {
	ID, Path, Title, Outlet string
	Published               time.Time
	Dated                   bool
	Claims                  []*claim.Claim
}

// The keys a claims file's document and articles may have: those the
// extract JSON writes. What claimcheck does not need (sentences,
// mentions, ...) is read past, not checked.
var (
	docKeys     = []string{"schema", "articles", "errors", "notices"}
	articleKeys = []string{"id", "path", "title", "outlet", "url", "published", "undated", "date_source",
		"sentences", "mentions", "claims", "removed"}
)

// ReadClaims reads claims files in the order given, each once. Claim ids
// must be unique across them.
func ReadClaims(paths []string) ([]*Article, []finding.Problem) {
	var out []*Article
	var problems []finding.Problem
	ids := map[string]bool{}
	for _, p := range unique(paths) {
		src, err := os.ReadFile(p)
		if err != nil {
			problems = append(problems, finding.Problem{Path: p, Message: "claims: " + errText(err)})
			continue
		}
		arts, ps := parseClaims(p, src, ids)
		out = append(out, arts...)
		problems = append(problems, ps...)
	}
	return out, problems
}

// ParseClaims reads one claims file; path names it in errors, and stands
// for an article's path where the file gives none. Claims keep the
// positions the file gives them; what a claim leaves out (article, path,
// outlet, published, id) comes from its article. On any problem no
// article of the file is returned.
func ParseClaims(path string, src []byte) ([]*Article, []finding.Problem) {
	return parseClaims(path, src, map[string]bool{})
}

func parseClaims(path string, src []byte, ids map[string]bool) ([]*Article, []finding.Problem) {
	f := &claimsFile{path: path, src: src, idx: span.NewIndex(src), ids: ids}
	arts := f.document()
	if len(f.problems) > 0 {
		return nil, f.problems
	}
	return arts, nil
}

type claimsFile struct {
	path     string
	src      []byte
	idx      *span.Index
	ids      map[string]bool // claim ids seen: ids must be unique
	problems []finding.Problem
}

func (f *claimsFile) errAt(off int, format string, args ...any) {
	p := f.idx.Position(off)
	d := rule.Diagnostic{
		Problem: finding.Problem{Path: f.path, Line: p.Line, Col: p.Col, Message: fmt.Sprintf(format, args...)},
		Source:  string(f.idx.LineText(p.Line)),
	}
	d.Problem.Context = d.String()
	f.problems = append(f.problems, d.Problem)
}

// fail records a structural error; reading stops at the first.
func (f *claimsFile) fail(err error) {
	var je *jsonErr
	if errors.As(err, &je) {
		f.errAt(je.off, "%s", je.msg)
		return
	}
	f.errAt(0, "%s", err)
}

func (f *claimsFile) document() []*Article {
	start := next(f.src, 0)
	members, err := object(f.src[start:], start)
	if err != nil {
		f.fail(err)
		return nil
	}
	end := start + lastByte(f.src[start:])
	if rest := next(f.src, end); rest < len(f.src) {
		f.errAt(rest, "unexpected %s after the document", jsonKind(f.src[rest:]))
		return nil
	}
	f.unknownKeys(members, docKeys, "the document")
	var arts []*Article
	schema := false
	for _, m := range members {
		switch m.key {
		case "schema":
			var s string
			if json.Unmarshal(m.raw, &s) != nil || s != ExtractSchema {
				f.errAt(m.valOff, "schema must be %q (claimcheck extract --format json), got %s", ExtractSchema, m.raw)
			}
			schema = true
		case "articles":
			arts = f.articles(m)
		}
	}
	if !schema {
		f.errAt(start, "missing \"schema\": %q", ExtractSchema)
	}
	return arts
}

// lastByte is the length of the JSON value data starts with (after white
// space), found by decoding it again.
func lastByte(data []byte) int {
	dec := json.NewDecoder(bytes.NewReader(data))
	var raw json.RawMessage
	if dec.Decode(&raw) != nil {
		return len(data)
	}
	return int(dec.InputOffset())
}

func (f *claimsFile) unknownKeys(members []member, allowed []string, where string) {
	for _, m := range members {
		if !contains(allowed, m.key) {
			f.errAt(m.keyOff, "unknown key %q in %s (want %s)", m.key, where, strings.Join(allowed, ", "))
		}
	}
}

func (f *claimsFile) articles(m member) []*Article {
	if string(m.raw) == "null" {
		return nil
	}
	elems, err := array(m.raw, m.valOff)
	if err != nil {
		f.fail(err)
		return nil
	}
	var out []*Article
	for i, e := range elems {
		if a := f.article(e, i); a != nil {
			out = append(out, a)
		}
	}
	return out
}

// article reads the i-th article: its metadata, then its claims.
func (f *claimsFile) article(e member, i int) *Article {
	members, err := object(e.raw, e.valOff)
	if err != nil {
		f.fail(err)
		return nil
	}
	f.unknownKeys(members, articleKeys, "an article")
	a := &Article{}
	var claims *member
	for i, m := range members {
		switch m.key {
		case "id", "path", "title", "outlet", "published":
			var s string
			if err := json.Unmarshal(m.raw, &s); err != nil {
				f.errAt(m.valOff, "%s: want a string, got %s", m.key, jsonKind(m.raw))
				continue
			}
			f.articleField(a, m, s)
		case "claims":
			claims = &members[i]
		}
	}
	if a.ID == "" {
		// ids name claims (ID#N): an article without one is named by its
		// place in the file, which no other article shares
		a.ID = fmt.Sprintf("%s:%d", filepath.ToSlash(f.path), i+1)
		if a.Path != "" {
			a.ID = strings.TrimSuffix(filepath.ToSlash(a.Path), filepath.Ext(a.Path))
		}
	}
	if a.Path == "" {
		a.Path = f.path
	}
	if claims != nil {
		f.claims(a, *claims)
	}
	return a
}

func (f *claimsFile) articleField(a *Article, m member, s string) {
	switch m.key {
	case "id":
		a.ID = s
	case "path":
		a.Path = s
	case "title":
		a.Title = s
	case "outlet":
		a.Outlet = s
	case "published":
		if s == "" {
			return
		}
		d, err := time.Parse(claim.DateLayout, s)
		if err != nil {
			f.errAt(m.valOff, "published: want a date YYYY-MM-DD, got %q", s)
			return
		}
		a.Published, a.Dated = d, true
	}
}

func (f *claimsFile) claims(a *Article, m member) {
	if string(m.raw) == "null" { // what Go writes for an article without claims
		return
	}
	elems, err := array(m.raw, m.valOff)
	if err != nil {
		f.fail(err)
		return
	}
	for i, e := range elems {
		if c := f.claim(a, e, i); c != nil {
			a.Claims = append(a.Claims, c)
		}
	}
}

// claimJSON reads a claim as the extract JSON writes it: published as
// YYYY-MM-DD, where the CEL-facing claim has a time.
type claimJSON struct {
	plainClaim
	Published string `json:"published"`
}

type plainClaim claim.Claim

// claim reads one claim. The whole object decodes at once; only when that
// fails is it read key by key, to say which value is wrong.
func (f *claimsFile) claim(a *Article, e member, i int) *claim.Claim {
	var cj claimJSON
	dec := json.NewDecoder(bytes.NewReader(e.raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cj); err != nil {
		f.locateClaimError(e)
		return nil
	}
	c := (*claim.Claim)(&cj.plainClaim)
	claim.Tidy(c)
	before := len(f.problems)
	if cj.Published != "" {
		d, err := time.Parse(claim.DateLayout, cj.Published)
		if err != nil {
			f.errAt(f.valueOf(e, "published"), "published: want a date YYYY-MM-DD, got %q", cj.Published)
		}
		c.Published, c.Dated = d, true
	} else {
		c.Published, c.Dated = a.Published, a.Dated
	}
	for _, fe := range checkShape(c) {
		f.errAt(f.valueOf(e, fe.key), "%s", fe.msg)
	}
	if c.Kind == "" {
		f.errAt(e.valOff, `claim is missing "kind" (count, event, role or quote)`)
	}
	f.fillFromArticle(c, a, i)
	if f.ids[c.ID] {
		f.errAt(f.valueOf(e, "id"), "duplicate claim id %q", c.ID)
	}
	f.ids[c.ID] = true
	if len(f.problems) > before {
		return nil
	}
	return c
}

// fillFromArticle gives a claim what it leaves to its article.
func (f *claimsFile) fillFromArticle(c *claim.Claim, a *Article, i int) {
	if c.Article == "" {
		c.Article = a.ID
	}
	if c.Path == "" {
		c.Path = a.Path
	}
	if c.Outlet == "" {
		c.Outlet = a.Outlet
	}
	if c.ID == "" {
		c.ID = fmt.Sprintf("%s#%d", c.Article, i+1)
	}
	c.Draft = false // an archive's claim; the run says what is a draft
}

// valueOf is where key's value starts in claim e, else where e starts.
func (f *claimsFile) valueOf(e member, key string) int {
	members, err := object(e.raw, e.valOff)
	if err != nil {
		return e.valOff
	}
	for _, m := range members {
		if m.key == key {
			return m.valOff
		}
	}
	return e.valOff
}

// locateClaimError reads a claim that would not decode key by key and
// reports each unknown key and each value of the wrong type at its place.
func (f *claimsFile) locateClaimError(e member) {
	members, err := object(e.raw, e.valOff)
	if err != nil {
		f.fail(err)
		return
	}
	before := len(f.problems)
	sort.SliceStable(members, func(i, j int) bool { return members[i].keyOff < members[j].keyOff })
	for _, m := range members {
		if !claimFields[m.key] {
			f.errAt(m.keyOff, "unknown claim field %q (fields are the claim JSON's: kind, holder, item, value, as_of, ...)", m.key)
			continue
		}
		var one claimJSON
		obj := append(append([]byte(`{"`+m.key+`":`), m.raw...), '}')
		if err := json.Unmarshal(obj, &one); err != nil {
			f.errAt(m.valOff, "%s: %s", m.key, valueErr(err))
		}
	}
	if len(f.problems) == before {
		f.errAt(e.valOff, "claim: want an object with the claim JSON's fields, got %s", jsonKind(e.raw))
	}
}

// valueErr words a decoding error of one field.
func valueErr(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		got, ok := map[string]string{"string": "a string", "number": "a number", "bool": "a boolean",
			"array": "an array", "object": "an object"}[te.Value]
		if !ok {
			got = te.Value
		}
		return fmt.Sprintf("want %s, got %s", typeWord(te.Type.Kind().String()), got)
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}

func typeWord(kind string) string {
	switch kind {
	case "float64", "int":
		return "a number"
	case "string":
		return "a string"
	case "bool":
		return "a boolean"
	case "slice":
		return "an array"
	case "struct":
		return "an object"
	}
	return kind
}
