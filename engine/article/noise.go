package article

import (
	_ "embed"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"github.com/claimcheck/claimcheck/engine/finding"
	"github.com/claimcheck/claimcheck/internal/litgate"
	"github.com/claimcheck/claimcheck/internal/tomlpos"
)

//go:embed noise.toml
var defaultNoiseTOML []byte

// DefaultNoiseFile is the name the embedded default noise file reports in
// errors and in Pattern.Source.
const DefaultNoiseFile = "(default noise)"

// Kind says how much a noise pattern drops when it matches a line.
type Kind string

// The pattern kinds; noise.toml describes each.
const (
	DropLine      Kind = "line"      // the line
	DropInline    Kind = "inline"    // only the matched text
	DropNext      Kind = "next"      // the line and the next Count non-blank lines
	DropHeadlines Kind = "headlines" // the line and the headline lines after it
	DropRest      Kind = "rest"      // the line and everything after it
)

func (k Kind) valid() bool {
	switch k {
	case DropLine, DropInline, DropNext, DropHeadlines, DropRest:
		return true
	}
	return false
}

// Pattern is one named noise pattern.
type Pattern struct {
	Name   string
	Kind   Kind
	Match  *regexp.Regexp
	Count  int  // for DropNext (default 1) and DropHeadlines (0 = no limit)
	Copies bool // also drop kept paragraphs whose text the dropped line contains
	// MaxChars skips lines longer than this many characters (0: no limit):
	// noise is short, and skipping body paragraphs keeps matching cheap.
	MaxChars int
	// Hints are lower-case strings one of which a line must contain for the
	// pattern to be tried: a cheap filter for patterns that could match
	// anywhere in a line.
	Hints  []string
	Source string // "file:line" where the pattern was defined
	gate   litgate.Gate
}

// Noise is a compiled set of noise patterns plus the word lists the sentence
// splitter needs. A Noise is immutable once built and safe to share between
// goroutines; LoadNoise returns a new one.
type Noise struct {
	patterns  []*Pattern
	titles    map[string]bool // abbreviations that never end a sentence
	ambiguous map[string]bool // abbreviations that end one before an opener
	openers   map[string]bool // words that usually open a sentence
	speech    map[string]bool // verbs of saying, for quote attributions
}

// Patterns returns the active patterns in the order they are tried.
func (n *Noise) Patterns() []Pattern {
	out := make([]Pattern, len(n.patterns))
	for i, p := range n.patterns {
		out[i] = *p
	}
	return out
}

var defaultNoise = sync.OnceValue(func() *Noise {
	n, err := parseNoise(&Noise{titles: map[string]bool{}, ambiguous: map[string]bool{}, openers: map[string]bool{}, speech: map[string]bool{}},
		DefaultNoiseFile, defaultNoiseTOML)
	if err != nil {
		panic("article: embedded noise.toml: " + err.Error()) // covered by tests
	}
	return n
})

// DefaultNoise returns the embedded default noise patterns (noise.toml).
func DefaultNoise() *Noise { return defaultNoise() }

// LoadNoise returns base (nil means DefaultNoise) extended by the noise
// files at paths, in order. A pattern named like an earlier one replaces
// it; `disable = true` removes it. Word lists are added to. Errors are
// finding.Problem values pointing into the offending file.
func LoadNoise(base *Noise, paths ...string) (*Noise, error) {
	if base == nil {
		base = DefaultNoise()
	}
	n := base
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, finding.Problem{Path: p, Message: "cannot read noise file: " + unwrapPathError(err)}
		}
		if n, err = parseNoise(n, p, data); err != nil {
			return nil, err
		}
	}
	return n, nil
}

func (n *Noise) clone() *Noise {
	c := &Noise{
		patterns:  append([]*Pattern(nil), n.patterns...),
		titles:    make(map[string]bool, len(n.titles)),
		ambiguous: make(map[string]bool, len(n.ambiguous)),
		openers:   make(map[string]bool, len(n.openers)),
		speech:    make(map[string]bool, len(n.speech)),
	}
	for k := range n.speech {
		c.speech[k] = true
	}
	for k := range n.titles {
		c.titles[k] = true
	}
	for k := range n.ambiguous {
		c.ambiguous[k] = true
	}
	for k := range n.openers {
		c.openers[k] = true
	}
	return c
}

// parseNoise decodes one noise file on top of base. It decodes into plain
// maps and checks every key itself, so that unknown keys and wrong types
// get the line:col of the key that is wrong.
func parseNoise(base *Noise, path string, data []byte) (*Noise, error) {
	var raw map[string]any
	if _, err := toml.Decode(string(data), &raw); err != nil {
		return nil, tomlpos.ParseError(path, data, err)
	}
	doc := tomlpos.Scan(data)
	at := func(table tomlpos.Path, key string, format string, args ...any) error {
		line, col := keyPos(doc, table, key)
		return finding.Problem{Path: path, Line: line, Col: col, Message: fmt.Sprintf(format, args...)}
	}
	n := base.clone()
	for _, key := range sortedKeys(raw) {
		switch key {
		case "sentences":
			tbl, ok := raw[key].(map[string]any)
			if !ok {
				return nil, at("", key, "sentences must be a table")
			}
			for _, k := range sortedKeys(tbl) {
				var dst map[string]bool
				switch k {
				case "titles":
					dst = n.titles
				case "ambiguous":
					dst = n.ambiguous
				case "openers":
					dst = n.openers
				case "speech":
					dst = n.speech
				default:
					return nil, at("sentences", k, "unknown key %q in [sentences] (want titles, ambiguous, openers or speech)", k)
				}
				words, ok := stringList(tbl[k])
				if !ok {
					return nil, at("sentences", k, "sentences.%s must be a list of strings", k)
				}
				for _, w := range words {
					dst[strings.TrimSuffix(strings.TrimSpace(w), ".")] = true
				}
			}
		case "pattern":
			list, ok := raw[key].([]map[string]any)
			if !ok {
				return nil, at("", key, "pattern must be an array of tables ([[pattern]])")
			}
			for i, tbl := range list {
				p, disable, err := decodePattern(tbl, func(k, format string, args ...any) error {
					return at(tomlpos.P("pattern", i), k, format, args...)
				})
				if err != nil {
					return nil, err
				}
				line, _ := keyPos(doc, tomlpos.P("pattern", i), "name")
				p.Source = fmt.Sprintf("%s:%d", path, line)
				n.patterns = replacePattern(n.patterns, p, disable)
			}
		default:
			return nil, at("", key, "unknown key %q in noise file (want [sentences] or [[pattern]])", key)
		}
	}
	return n, nil
}

func decodePattern(tbl map[string]any, at func(key, format string, args ...any) error) (*Pattern, bool, error) {
	d := patternDecoder{p: &Pattern{Kind: DropLine}, at: at}
	for _, k := range sortedKeys(tbl) {
		if err := d.field(k, tbl[k]); err != nil {
			return nil, false, err
		}
	}
	return d.finish()
}

// patternDecoder is decodePattern's state: the pattern so far, its
// disable flag and match expression, and how to report an error at a key.
type patternDecoder struct {
	p       *Pattern
	disable bool
	match   string
	at      func(key, format string, args ...any) error
}

// field decodes key k of a [[pattern]].
func (d *patternDecoder) field(k string, v any) error {
	switch k {
	case "name", "kind", "match":
		return d.stringField(k, v)
	case "count":
		c, ok := v.(int64)
		if !ok || c < 0 || c > 1000 {
			return d.at(k, "pattern count must be a whole number from 0 to 1000")
		}
		d.p.Count = int(c)
	case "max_chars":
		c, ok := v.(int64)
		if !ok || c < 0 {
			return d.at(k, "pattern max_chars must be a whole number, 0 or more")
		}
		d.p.MaxChars = int(c)
	case "hints":
		hs, ok := stringList(v)
		if !ok {
			return d.at(k, "pattern hints must be a list of strings")
		}
		for _, h := range hs {
			d.p.Hints = append(d.p.Hints, strings.ToLower(h))
		}
	case "copies", "disable":
		return d.boolField(k, v)
	default:
		return d.at(k, "unknown key %q in [[pattern]] (want name, kind, match, count, copies, max_chars, hints or disable)", k)
	}
	return nil
}

func (d *patternDecoder) stringField(k string, v any) error {
	s, ok := v.(string)
	if !ok {
		return d.at(k, "pattern %s must be a string", k)
	}
	switch k {
	case "name":
		d.p.Name = s
	case "kind":
		d.p.Kind = Kind(s)
		if !d.p.Kind.valid() {
			return d.at(k, "unknown pattern kind %q (want line, inline, next, headlines or rest)", s)
		}
	case "match":
		d.match = s
	}
	return nil
}

func (d *patternDecoder) boolField(k string, v any) error {
	b, ok := v.(bool)
	if !ok {
		return d.at(k, "pattern %s must be true or false", k)
	}
	if k == "copies" {
		d.p.Copies = b
	} else {
		d.disable = b
	}
	return nil
}

// finish checks the pattern is whole and compiles its expression; a
// disabled pattern needs only its name.
func (d *patternDecoder) finish() (*Pattern, bool, error) {
	p := d.p
	if p.Name == "" {
		return nil, false, d.at("name", "pattern has no name")
	}
	if d.disable {
		return p, true, nil
	}
	if d.match == "" {
		return nil, false, d.at("match", "pattern %q has no match expression", p.Name)
	}
	re, err := regexp.Compile(d.match)
	if err != nil {
		return nil, false, d.at("match", "pattern %q: %v", p.Name, err)
	}
	p.Match, p.gate = re, litgate.For(re)
	if p.Kind == DropNext && p.Count == 0 {
		p.Count = 1
	}
	return p, false, nil
}

// replacePattern puts p in place of a pattern of the same name, or appends
// it; with disable it removes that pattern instead.
func replacePattern(ps []*Pattern, p *Pattern, disable bool) []*Pattern {
	for i, q := range ps {
		if q.Name == p.Name {
			if disable {
				return append(ps[:i:i], ps[i+1:]...)
			}
			out := append([]*Pattern(nil), ps...)
			out[i] = p
			return out
		}
	}
	if disable {
		return ps
	}
	return append(ps, p)
}

func stringList(v any) ([]string, bool) {
	list, ok := v.([]any)
	if !ok {
		return nil, false
	}
	out := make([]string, 0, len(list))
	for _, e := range list {
		s, ok := e.(string)
		if !ok {
			return nil, false
		}
		out = append(out, s)
	}
	return out, true
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// keyPos is the line and column of key in table ("" is the top level), so
// that errors the TOML decoder cannot place still get a line:col. It falls
// back to the table's header, then to 0:0.
func keyPos(doc *tomlpos.Doc, table tomlpos.Path, key string) (int, int) {
	for _, p := range []tomlpos.Path{table.Key(key), table} {
		if e, ok := doc.Key(p); ok {
			pos := doc.Position(e.Off)
			return pos.Line, pos.Col
		}
	}
	return 0, 0
}

// matches reports whether the pattern matches text, honouring MaxChars and
// Hints; lower is text in lower case.
func (p *Pattern) matches(text, lower string) bool {
	if p.MaxChars > 0 && len(text) > p.MaxChars && utf8.RuneCountInString(text) > p.MaxChars {
		return false
	}
	if len(p.Hints) > 0 {
		found := false
		for _, h := range p.Hints {
			if strings.Contains(lower, h) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return p.gate.May(text, lower) && p.Match.MatchString(text)
}
