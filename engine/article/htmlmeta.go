package article

// This file reads an HTML page's metadata: JSON-LD, then <meta> tags, then
// <time> elements, as htmlmeta.toml lists them.

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/claimcheck/claimcheck/engine/finding"
	"github.com/claimcheck/claimcheck/engine/span"
)

//go:embed htmlmeta.toml
var htmlMetaTOML []byte

// Where an HTML page's date came from (Article.DateSource).
const (
	FromJSONLD  = "JSON-LD"
	FromMetaTag = "meta tag"
	FromTime    = "time element"
)

type htmlMetaSpec struct {
	ArticleTypes []string `toml:"article_types"`
	Meta         struct {
		Published, Title, Outlet, URL []string
	} `toml:"meta"`
}

var metaSpec = sync.OnceValue(func() *htmlMetaSpec {
	var s htmlMetaSpec
	md, err := toml.Decode(string(htmlMetaTOML), &s)
	if err == nil && len(md.Undecoded()) > 0 {
		err = fmt.Errorf("unknown keys %v", md.Undecoded())
	}
	if err != nil {
		panic("article: embedded htmlmeta.toml: " + err.Error()) // covered by tests
	}
	return &s
})

// ldArticle is the JSON-LD object that describes the article.
type ldArticle struct {
	rank                     int // index of its type in article_types
	date, title, outlet, url string
	at                       int // offset of its script, for errors
	raw                      string
}

// pageMeta gathers the page's metadata. A date that is there but cannot be
// read is an error only when nothing else on the page dates the article.
func pageMeta(path string, pg *page, idx *span.Index) (*meta, error) {
	spec := metaSpec()
	m := &meta{}
	ld := findLD(pg, spec)
	tags := metaTags(pg)
	var bad error
	if ld != nil {
		m.title, m.outlet, m.url = ld.title, ld.outlet, ld.url
		if ld.date != "" {
			if t, err := parseHTMLDate(ld.date); err == nil {
				m.published, m.dated, m.source = t, true, FromJSONLD
			} else {
				bad = htmlProblem(path, idx, ld.at+max(0, strings.Index(ld.raw, `"datePublished"`)), "JSON-LD datePublished: "+err.Error())
			}
		}
	}
	m.title = first(m.title, tags.pick(spec.Meta.Title))
	m.outlet = first(m.outlet, tags.pick(spec.Meta.Outlet))
	m.url = first(m.url, tags.pick(spec.Meta.URL), tags.canonical)
	if !m.dated {
		for _, k := range spec.Meta.Published {
			for _, v := range tags.all[k] {
				if t, err := parseHTMLDate(v.value); err == nil {
					m.published, m.dated, m.source = t, true, FromMetaTag
					return m, nil
				} else if bad == nil {
					bad = htmlProblem(path, idx, v.at, fmt.Sprintf("<meta %s>: %v", k, err))
				}
			}
		}
		if t, ok := timeElement(pg); ok {
			m.published, m.dated, m.source = t, true, FromTime
		}
	}
	if !m.dated && bad != nil {
		return nil, bad
	}
	return m, nil
}

func htmlProblem(path string, idx *span.Index, off int, msg string) error {
	p := idx.Position(off)
	return finding.Problem{Path: path, Line: p.Line, Col: p.Col, Message: msg}
}

func first(vs ...string) string {
	for _, v := range vs {
		if v = strings.Join(strings.Fields(v), " "); v != "" {
			return v
		}
	}
	return ""
}

// tagValue is one <meta> tag's content and where the tag is.
type tagValue struct {
	value string
	at    int
}

type tagSet struct {
	all       map[string][]tagValue // by lower-case property, name or itemprop
	canonical string
}

func (s tagSet) pick(keys []string) string {
	for _, k := range keys {
		for _, v := range s.all[k] {
			if strings.TrimSpace(v.value) != "" {
				return v.value
			}
		}
	}
	return ""
}

func metaTags(pg *page) tagSet {
	s := tagSet{all: map[string][]tagValue{}}
	for _, m := range pg.metas {
		switch m.tag {
		case "meta":
			content, ok := m.attrs["content"]
			if !ok {
				continue
			}
			for _, a := range []string{"property", "name", "itemprop"} {
				if k := strings.ToLower(strings.TrimSpace(m.attrs[a])); k != "" {
					s.all[k] = append(s.all[k], tagValue{content, m.at})
				}
			}
		case "link":
			if s.canonical == "" && strings.EqualFold(strings.TrimSpace(m.attrs["rel"]), "canonical") {
				s.canonical = m.attrs["href"]
			}
		}
	}
	return s
}

// timeElement is the date of the page's <time datetime> element: one marked
// as the publication date, else the first outside page furniture.
func timeElement(pg *page) (time.Time, bool) {
	var fallback time.Time
	for _, m := range pg.metas {
		dt, ok := m.attrs["datetime"]
		if m.tag != "time" || !ok {
			continue
		}
		t, err := parseHTMLDate(dt)
		if err != nil {
			continue
		}
		_, pub := m.attrs["pubdate"]
		if pub || strings.EqualFold(m.attrs["itemprop"], "datePublished") {
			return t, true
		}
		if fallback.IsZero() && m.in == "" {
			fallback = t
		}
	}
	return fallback, !fallback.IsZero()
}

// findLD returns the best-ranked article object of the page's JSON-LD.
// Broken JSON-LD is skipped, as browsers and search engines skip it.
func findLD(pg *page, spec *htmlMetaSpec) *ldArticle {
	var best *ldArticle
	for _, j := range pg.jsonld {
		var v any
		if json.Unmarshal([]byte(j.text), &v) != nil {
			continue
		}
		walkLD(v, 0, func(obj map[string]any) {
			rank := typeRank(obj["@type"], spec.ArticleTypes)
			if rank < 0 || best != nil && rank >= best.rank {
				return
			}
			best = &ldArticle{rank: rank, at: j.at, raw: j.text,
				date: ldString(obj["datePublished"]), title: ldString(obj["headline"]),
				outlet: ldName(obj["publisher"]), url: first(ldString(obj["url"]), ldID(obj["mainEntityOfPage"]))}
		})
	}
	return best
}

// walkLD calls fn on every object in v: top level, arrays and @graph.
func walkLD(v any, depth int, fn func(map[string]any)) {
	if depth > 4 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			walkLD(e, depth+1, fn)
		}
	case map[string]any:
		fn(x)
		if g, ok := x["@graph"]; ok {
			walkLD(g, depth+1, fn)
		}
	}
}

func typeRank(t any, types []string) int {
	best := -1
	var names []string
	switch x := t.(type) {
	case string:
		names = []string{x}
	case []any:
		for _, e := range x {
			if s, ok := e.(string); ok {
				names = append(names, s)
			}
		}
	}
	for _, n := range names {
		n = strings.TrimPrefix(strings.TrimPrefix(n, "https://schema.org/"), "http://schema.org/")
		for i, want := range types {
			if strings.EqualFold(n, want) && (best < 0 || i < best) {
				best = i
			}
		}
	}
	return best
}

func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []any:
		if len(x) > 0 {
			return ldString(x[0])
		}
	}
	return ""
}

// ldName is an organisation's name: {"name": ...}, a list of them, or text.
func ldName(v any) string {
	switch x := v.(type) {
	case map[string]any:
		return ldString(x["name"])
	case []any:
		if len(x) > 0 {
			return ldName(x[0])
		}
	}
	return ldString(v)
}

// ldID is a mainEntityOfPage: a URL or an object with @id.
func ldID(v any) string {
	if x, ok := v.(map[string]any); ok {
		return ldString(x["@id"])
	}
	return ldString(v)
}

var isoDatePrefix = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}|$)`)

// parseHTMLDate reads the dates pages write: those front matter takes, and
// any ISO 8601 time whose calendar date leads it ("2020-06-12T10:15:00+0400",
// "2020-06-12T10:15"); the date is taken as written, in the page's zone.
func parseHTMLDate(s string) (time.Time, error) {
	t, err := parseMetaDate(s)
	if err == nil {
		return t, nil
	}
	if m := isoDatePrefix.FindStringSubmatch(strings.TrimSpace(s)); m != nil {
		if t, err2 := parseMetaDate(m[1]); err2 == nil {
			return t, nil
		}
	}
	return time.Time{}, err
}
