package article

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/finding"
	"github.com/claimcheck/claimcheck/engine/span"
)

// Where an article's publication date came from (Article.DateSource).
const (
	FromFrontMatter = "front matter"
	FromSidecar     = "sidecar"
	FromText        = "text"
	FromFlag        = "flag"
)

// Article is one document as read: its metadata, its original bytes and the
// sentences found in them.
type Article struct {
	// ID is the file's base name without extension ("000_4fa869bcb3c083b7"),
	// or "stdin" for "-".
	ID string
	// Path is the path as given on the command line (relative stays
	// relative); for files found in a folder, the folder joined with the
	// file's path inside it.
	Path string
	// Title, Outlet and URL come from metadata; without a title there, the
	// Title is the headline the text starts with, if it starts with one.
	Title, Outlet, URL string
	// Published is the publication date at UTC midnight; zero if undated.
	Published  time.Time
	Dated      bool
	DateSource string // FromFrontMatter, FromSidecar, FromText, FromFlag or "" when undated
	// Text is the original bytes, never modified: every offset in this
	// package points into it.
	Text []byte
	// Plain is Text with markup (Markdown link targets and emphasis
	// marks, inline HTML and comments, bare URLs) replaced by spaces byte
	// for byte: the same length, so offsets into one are offsets into the
	// other. It is Text itself when there is no markup.
	Plain []byte
	Index *span.Index
	// Body is where the article's text starts, after any front matter.
	Body     int
	Markdown bool
	// HTML is set for a page (.html, .htm, or input that starts like one):
	// Text is its source, Plain the article body's text with everything
	// else blanked, and sentences quote the source, tags and all.
	HTML      bool
	Sentences []Sentence
	// Removed lists the noise that was dropped and the pattern or rule
	// that dropped it, in file order (for `claimcheck extract` debugging).
	Removed []Removal
	// Suppressions are the Markdown `<!-- claimcheck-ignore RULE: reason -->`
	// comments, in file order.
	Suppressions []Suppression
}

// Sentence is one sentence, headline or caption line of the article.
type Sentence struct {
	// Start and End are byte offsets into Article.Text: Text[Start:End] is
	// exactly the sentence, trimmed of surrounding white space.
	Start int `json:"start"`
	End   int `json:"end"`
	// Line and Col are 1-based; Col counts characters.
	Line int    `json:"line"`
	Col  int    `json:"col"`
	Text string `json:"text"`
	// Plain is Text with markup blanked (see Article.Plain): same length,
	// same offsets. Extraction reads Plain and quotes Text.
	Plain string `json:"-"`
	// Paragraph is the 0-based ordinal of the paragraph the sentence came
	// from, counting every paragraph of the body (kept or dropped), so it is
	// stable when noise patterns change.
	Paragraph int `json:"paragraph"`
	// Headline is set for text that does not end with a full stop, question
	// or exclamation mark: headlines, captions, datelines.
	Headline bool `json:"headline,omitempty"`
}

// Span returns the sentence's byte range.
func (s Sentence) Span() span.Span { return span.Span{Start: s.Start, End: s.End} }

// Removal is a stretch of the original text that was dropped as noise.
type Removal struct {
	span.Span
	// Reason is the noise pattern's name, or one of the built-in reasons:
	// "repeated-paragraph", "truncated-copy", "repeated-sentence",
	// "copy-of:PATTERN", "no-words", "html-comment", "code", "image",
	// "link-definition", "front matter".
	Reason string `json:"reason"`
}

// Suppression is a `<!-- claimcheck-ignore RULE-ID: reason -->` comment in a
// Markdown article. It silences RULE-ID's findings on claims in Applies.
type Suppression struct {
	Rule   string `json:"rule"`
	Reason string `json:"reason,omitempty"`
	Line   int    `json:"line"`
	Col    int    `json:"col"`
	// Applies is the paragraph the comment is about: the paragraph it sits
	// in, or else the next paragraph after it (empty at the end of a file).
	Applies span.Span `json:"applies"`
}

// Options tune reading.
type Options struct {
	Noise *Noise // nil means DefaultNoise()
	// Published dates input that nothing else dates (--published).
	Published time.Time
	// Stdin is read for the path "-"; nil means os.Stdin.
	Stdin io.Reader
	// OnRead, when set, hears after each input is read how many of how
	// many are done (a progress line); Read calls it from several
	// goroutines.
	OnRead func(done, total int)
}

// MaxSize is the largest article claimcheck reads, in bytes.
const MaxSize = 16 << 20

// Parse reads one document: data is the content of the file at path (which
// is used for the ID, for error messages and, by its extension, to tell
// Markdown from plain text). Parse does not touch the file system; Read
// also looks for a NAME.meta.toml sidecar. Errors are finding.Problem.
func Parse(path string, data []byte, opts Options) (*Article, error) {
	return parse(path, data, opts, nil)
}

func parse(path string, data []byte, opts Options, side *meta) (*Article, error) {
	idx := span.NewIndex(data)
	if err := checkText(path, data, idx); err != nil {
		return nil, err
	}
	a := &Article{ID: idOf(path), Path: path, Text: data, Index: idx}
	noise := opts.Noise
	if noise == nil {
		noise = DefaultNoise()
	}
	if strings.HasPrefix(string(data), "\uFEFF") {
		a.Body = 3
	}
	a.Markdown = isMarkdownPath(path)
	a.HTML = IsHTMLPath(path) || !a.Markdown && !hasTextExt(path) && looksHTML(data)
	var fm *meta
	if !a.HTML && (a.Markdown || !hasTextExt(path)) {
		m, end, err := frontMatter(path, data, a.Body, idx)
		if err != nil {
			return nil, err
		}
		if m != nil {
			fm = m
			a.Removed = append(a.Removed, Removal{span.Span{Start: a.Body, End: end}, "front matter"})
			a.Body = end
			// Input without an extension (stdin) that has front matter
			// is Markdown by any reasonable reading.
			a.Markdown = true
		}
	}
	d := newDoc(a, noise)
	if err := d.run(); err != nil {
		return nil, err
	}
	if d.meta != nil {
		fm = d.meta
	}
	a.applyMeta(fm, side, d.textDate(), opts.Published)
	if a.Title == "" {
		a.Title = a.headlineTitle()
	}
	if a.Body == len(data) || len(a.Sentences) == 0 && strings.TrimSpace(string(data[a.Body:])) == "" {
		pos := idx.Position(a.Body)
		return nil, finding.Problem{Path: path, Line: pos.Line, Col: pos.Col, Message: "no article text after the front matter"}
	}
	return a, nil
}

// applyMeta merges metadata field by field: front matter, then sidecar,
// then the text, then the --published flag.
func (a *Article) applyMeta(fm, side *meta, text time.Time, flag time.Time) {
	for _, m := range []*meta{fm, side} {
		if m == nil {
			continue
		}
		if a.Title == "" {
			a.Title = m.title
		}
		if a.Outlet == "" {
			a.Outlet = m.outlet
		}
		if a.URL == "" {
			a.URL = m.url
		}
		if !a.Dated && m.dated {
			a.Published, a.Dated, a.DateSource = m.published, true, m.source
		}
	}
	switch {
	case a.Dated:
	case !text.IsZero():
		a.Published, a.Dated, a.DateSource = text, true, FromText
	case !flag.IsZero():
		a.Published, a.Dated, a.DateSource = claim.Date(flag), true, FromFlag
	}
}

// maxTitle is the longest headline taken as a title, in characters.
const maxTitle = 200

// headlineTitle is the title found in the text when no metadata gives one:
// the article's first sentence, if it is a headline and not a date line.
func (a *Article) headlineTitle() string {
	if len(a.Sentences) == 0 {
		return ""
	}
	s := a.Sentences[0]
	plain := strings.Join(strings.Fields(s.Plain), " ")
	if !s.Headline || utf8.RuneCountInString(plain) > maxTitle || !findTextDate([]string{plain}).IsZero() {
		return ""
	}
	return plain
}

// checkText rejects input that is not text: empty, binary, UTF-16 or not
// valid UTF-8. It names the first offending byte's position.
func checkText(path string, data []byte, idx *span.Index) error {
	if len(strings.TrimSpace(string(data))) == 0 {
		return finding.Problem{Path: path, Message: "empty file: no article text"}
	}
	if len(data) > MaxSize {
		return finding.Problem{Path: path, Message: fmt.Sprintf("file is %d bytes, larger than the %d bytes claimcheck reads", len(data), MaxSize)}
	}
	if len(data) >= 2 && (data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF) {
		return finding.Problem{Path: path, Message: "UTF-16 text: claimcheck reads UTF-8; convert the file (iconv -f UTF-16 -t UTF-8)"}
	}
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == 0:
			pos := idx.Position(i)
			return finding.Problem{Path: path, Line: pos.Line, Col: pos.Col, Message: "binary file (NUL byte): not an article"}
		case r == utf8.RuneError && size == 1:
			pos := idx.Position(i)
			return finding.Problem{Path: path, Line: pos.Line, Col: pos.Col,
				Message: fmt.Sprintf("invalid UTF-8 (byte 0x%02x): claimcheck reads UTF-8 text; convert the file", data[i])}
		}
		i += size
	}
	return nil
}

func idOf(path string) string {
	if path == "-" {
		return "stdin"
	}
	base := filepath.Base(path)
	if ext := filepath.Ext(base); ext != "" && ext != base {
		base = strings.TrimSuffix(base, ext)
	}
	return base
}

func isMarkdownPath(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".md", ".markdown":
		return true
	}
	return false
}

func hasTextExt(path string) bool { return strings.EqualFold(filepath.Ext(path), ".txt") }
