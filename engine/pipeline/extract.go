package pipeline

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/claimcheck/claimcheck/engine/article"
	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/finding"
	"github.com/claimcheck/claimcheck/engine/quantity"
	"github.com/claimcheck/claimcheck/engine/timex"
)

// ExtractSchema names the JSON document "claimcheck extract" prints.
const ExtractSchema = "claimcheck/extract/v1"

// Extraction is what "claimcheck extract" shows: each article as read, the
// numbers and times found in its sentences, and its claims.
type Extraction struct {
	Articles []ExtractedArticle `json:"articles"`
	Problems []finding.Problem  `json:"errors"`
	// Notices say what the limits cut (the CLI prints them on standard
	// error too).
	Notices []finding.Notice `json:"notices"`
}

// ExtractedArticle is one article's extraction.
type ExtractedArticle struct {
	ID         string `json:"id"`
	Path       string `json:"path"`
	Title      string `json:"title,omitempty"`
	Outlet     string `json:"outlet,omitempty"`
	URL        string `json:"url,omitempty"`
	Published  string `json:"published,omitempty"`
	Undated    bool   `json:"undated,omitempty"`
	DateSource string `json:"date_source,omitempty"`
	// HTML is set for a page: its sentences' text is the HTML source.
	HTML      bool           `json:"html,omitempty"`
	Sentences []Sentence     `json:"sentences"`
	Mentions  []Mention      `json:"mentions"`
	Claims    []*claim.Claim `json:"claims"`
	Removed   []Removed      `json:"removed"`
}

// Sentence is a sentence with its position in the original file.
type Sentence struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Line  int    `json:"line"`
	Col   int    `json:"col"`
	Text  string `json:"text"`
}

// Removed is a stretch of scraper noise that was dropped, and why.
type Removed struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Line   int    `json:"line"`
	Reason string `json:"reason"`
	// Excerpt is the start of what was removed, as a reader sees it.
	Excerpt string `json:"excerpt"`
}

// Mention is a number or a time found in a sentence, with file positions.
type Mention struct {
	Kind      string          `json:"kind"` // quantity or time
	Text      string          `json:"text"`
	Start     int             `json:"start"`
	End       int             `json:"end"`
	Line      int             `json:"line"`
	Col       int             `json:"col"`
	Value     *float64        `json:"value,omitempty"`
	Low       *float64        `json:"low,omitempty"`
	High      *float64        `json:"high,omitempty"`
	Qualifier string          `json:"qualifier,omitempty"`
	Unit      string          `json:"unit,omitempty"`
	Interval  *claim.Interval `json:"interval,omitempty"`
	Relative  bool            `json:"relative,omitempty"`
}

// Extract reads inputs and extracts their mentions and claims.
func (e *Engine) Extract(inputs []string) *Extraction {
	// Extraction shows sentences and mentions: read every article whole,
	// never from the store or in chunks.
	arts, problems := e.readFiles(inputs, e.cfg.Published)
	arts = e.kept(arts)
	out := &Extraction{Articles: make([]ExtractedArticle, len(arts)), Problems: problems}
	notes := make([][]finding.Notice, len(arts))
	forEach(len(arts), func(i int) {
		notes[i] = e.cfg.Limits.bound(arts[i])
		out.Articles[i] = e.extractArticle(arts[i])
	})
	for _, n := range notes {
		out.Notices = append(out.Notices, n...)
	}
	return out
}

func (e *Engine) extractArticle(a *article.Article) ExtractedArticle {
	x := ExtractedArticle{ID: a.ID, Path: a.Path, Title: a.Title, Outlet: a.Outlet, URL: a.URL,
		Undated: !a.Dated, DateSource: a.DateSource, HTML: a.HTML,
		Sentences: []Sentence{}, Mentions: []Mention{}, Removed: []Removed{}}
	if a.Dated {
		x.Published = a.Published.Format(claim.DateLayout)
	}
	ref := timex.Ref{Date: a.Published, Known: a.Dated}
	for _, s := range a.Sentences {
		x.Sentences = append(x.Sentences, Sentence{Start: s.Start, End: s.End, Line: s.Line, Col: s.Col, Text: s.Text})
		// The finders read what the extractor reads: markup and URLs blanked,
		// offsets unchanged (mention quotes the original text).
		text := s.Plain
		if len(text) != len(s.Text) {
			text = s.Text
		}
		for _, q := range quantity.Find(text) {
			m := e.mention(a, s, "quantity", q.Start, q.End)
			v, lo, hi := q.Value, q.Low, q.High
			m.Value, m.Low, m.High, m.Qualifier, m.Unit = &v, &lo, &hi, q.Qualifier, q.Unit
			x.Mentions = append(x.Mentions, m)
		}
		for _, t := range timex.Find(text, ref) {
			m := e.mention(a, s, "time", t.Start, t.End)
			iv := t.Interval
			m.Interval, m.Relative = &iv, t.Relative
			x.Mentions = append(x.Mentions, m)
		}
	}
	for _, r := range a.Removed {
		x.Removed = append(x.Removed, Removed{Start: r.Start, End: r.End, Line: a.Index.Position(r.Start).Line, Reason: r.Reason,
			Excerpt: excerpt(a, string(a.Text[r.Start:r.End]))})
	}
	x.Claims = e.extractor.Article(a)
	if x.Claims == nil {
		x.Claims = []*claim.Claim{}
	}
	return x
}

// mention places a sentence-relative span in the file, quoting the file.
func (e *Engine) mention(a *article.Article, s article.Sentence, kind string, start, end int) Mention {
	p := a.Index.Position(s.Start + start)
	return Mention{Kind: kind, Text: s.Text[start:end], Start: s.Start + start, End: s.Start + end, Line: p.Line, Col: p.Col}
}

// WriteJSON prints the extraction as CONTRACT.md's extract document.
func (x *Extraction) WriteJSON(w io.Writer) error {
	doc := struct {
		Schema string `json:"schema"`
		*Extraction
	}{ExtractSchema, x}
	if doc.Problems == nil {
		doc.Problems = []finding.Problem{}
	}
	if doc.Notices == nil {
		doc.Notices = []finding.Notice{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}

// WriteText prints the extraction for a person: each sentence with its
// position, then what was found in it.
func (x *Extraction) WriteText(w io.Writer) error {
	ew := &errWriter{w: w}
	for _, a := range x.Articles {
		date := a.Published
		if a.Undated {
			date = "undated"
		} else if a.DateSource != "" {
			date += " (from " + a.DateSource + ")"
		}
		ew.printf("== %s  %s  %s\n", a.Path, date, strings.TrimSpace(a.Outlet+"  "+a.Title))
		claimsAt := map[int][]*claim.Claim{}
		for _, c := range a.Claims {
			claimsAt[c.Start] = append(claimsAt[c.Start], c)
		}
		mentionsIn := func(s Sentence) []Mention {
			var ms []Mention
			for _, m := range a.Mentions {
				if m.Start >= s.Start && m.End <= s.End {
					ms = append(ms, m)
				}
			}
			return ms
		}
		for _, s := range a.Sentences {
			text := s.Text
			if a.HTML {
				text, _ = article.ReadableHTML(text, nil)
				text = strings.Join(strings.Fields(text), " ")
			}
			ew.printf("%s:%d:%d: %s\n", a.Path, s.Line, s.Col, text)
			for _, m := range mentionsIn(s) {
				ew.printf("    %-8s %q %s\n", m.Kind, m.Text, describeMention(m))
			}
			for _, c := range claimsAt[s.Start] {
				ew.printf("    claim    %s\n", describeClaim(c))
			}
		}
		for _, r := range a.Removed {
			ew.printf("    removed  %s:%d %s %q\n", a.Path, r.Line, r.Reason, r.Excerpt)
		}
		ew.printf("   %d sentences, %d mentions, %d claims, %d noise spans removed\n\n",
			len(a.Sentences), len(a.Mentions), len(a.Claims), len(a.Removed))
	}
	return ew.err
}

// maxExcerpt is how much of a removed stretch extract shows, in characters.
const maxExcerpt = 60

// excerpt is the start of removed text as a reader sees it: one line, a
// page's tags dropped.
func excerpt(a *article.Article, s string) string {
	if a.HTML {
		s, _ = article.ReadableHTML(s, nil)
	}
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > maxExcerpt {
		s = string(r[:maxExcerpt]) + "…"
	}
	return s
}

func describeMention(m Mention) string {
	if m.Kind == "time" && m.Interval != nil {
		s := m.Interval.String()
		if m.Interval.Known {
			s += " (" + m.Interval.Grain + ")"
		}
		if m.Relative {
			s += " relative"
		}
		return s
	}
	if m.Value == nil {
		return ""
	}
	s := fmt.Sprintf("= %g [%g, %g]", *m.Value, *m.Low, *m.High)
	if m.Qualifier != "" {
		s += " " + m.Qualifier
	}
	if m.Unit != "" {
		s += " " + m.Unit
	}
	return s
}

// listFirst is which fields the extract listing shows first, by kind:
// what a reader looks for. Every other set field of the claim's meaning
// follows in schema order, so a new field shows up without a change here.
var listFirst = map[claim.Kind][]string{
	claim.Count: {"holder", "holder_from", "item", "place", "place_from", "value", "as_of",
		"action", "agent", "target", "when", "incident", "running", "partial"},
	claim.Event: {"action", "agent", "patient", "instrument", "place", "when"},
	claim.Role:  {"person", "title", "org", "as_of"},
	claim.Quote: {"speaker", "quote"},
}

// listedApart are meaning fields the listing writes its own way: the kind
// first, low and high with the value, modality and negation last.
var listedApart = map[string]bool{"kind": true, "low": true, "high": true, "modality": true, "negated": true}

func describeClaim(c *claim.Claim) string {
	f := []string{c.Kind}
	shown := map[string]bool{}
	for _, name := range listFirst[c.Kind] {
		if fl, ok := claim.FieldNamed(name); ok {
			f = appendListed(f, fl, c)
			shown[name] = true
		}
	}
	for _, fl := range claim.Fields {
		if fl.Role == claim.Meaning && !shown[fl.Name] && !listedApart[fl.Name] {
			f = appendListed(f, fl, c)
		}
	}
	if c.Modality != "" {
		f = append(f, "modality="+c.Modality)
	}
	if c.Negated {
		f = append(f, "negated")
	}
	return c.ID + " " + strings.Join(f, " ")
}

// appendListed adds one field to the listing when it is set: a count's
// value always, with the range its wording allows; a flag as its name; a
// quote quoted, cut at 60 characters.
func appendListed(f []string, fl claim.Field, c *claim.Claim) []string {
	switch {
	case fl.Name == "value" && c.Kind == claim.Count:
		return append(f, fmt.Sprintf("value=%g [%g, %g]", c.Value, c.Low, c.High))
	case fl.IsZero(c) || fl.Kind == claim.IntervalField && !said(fl.Value(c).(claim.Interval)):
		return f
	case fl.Kind == claim.BoolField:
		return append(f, fl.Name)
	case fl.Name == "quote":
		q := c.Quote
		if r := []rune(q); len(r) > 60 {
			q = string(r[:60]) + "…"
		}
		return append(f, fmt.Sprintf("quote=%q", q))
	}
	return append(f, fl.Name+"="+fl.Text(c))
}

// said reports whether an interval says anything: a date, or a date
// without its year.
func said(i claim.Interval) bool { return i.Known || i.Unresolved }

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}

// asProblem finds a finding.Problem in err's chain, by value or pointer.
func asProblem(err error, p *finding.Problem) bool {
	if errors.As(err, p) {
		return true
	}
	var pp *finding.Problem
	if errors.As(err, &pp) && pp != nil {
		*p = *pp
		return true
	}
	return false
}
