package article

import (
	"bytes"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/engine/finding"
	"github.com/claimcheck/claimcheck/engine/span"
	"github.com/claimcheck/claimcheck/internal/fold"
)

type lineKind int

const (
	blank     lineKind = iota // only white space
	separator                 // structure that is not text: code, comment, rule, image...
	content
)

// line is one line of the body with the bounds of its text.
type line struct {
	start, end int // the line without its terminator
	cs, ce     int // its text, trimmed of white space and Markdown markers
	kind       lineKind
	newPara    bool   // starts a paragraph (heading, list item, quote line)
	alone      bool   // is a paragraph on its own (heading)
	why        string // for separators: why the line is not text
	para       int    // paragraph ordinal, for content lines
	dropped    string // reason the whole line was dropped as noise
	cuts       []cut  // text removed inside [cs, ce); sorted by sortCuts
	unsorted   bool
	byPattern  *Pattern
}

type cut struct {
	span.Span
	reason string
}

// segments returns the kept stretches of the line's text, each trimmed.
func (l *line) segments(data []byte) []span.Span {
	if l.dropped != "" {
		return nil
	}
	l.sortCuts()
	var out []span.Span
	pos := l.cs
	add := func(s, e int) {
		s, e = trimSpan(data, s, e)
		if s < e {
			out = append(out, span.Span{Start: s, End: e})
		}
	}
	for _, c := range l.cuts {
		if c.Start > pos {
			add(pos, c.Start)
		}
		if c.End > pos {
			pos = c.End
		}
	}
	add(pos, l.ce)
	return out
}

// clean is the line's kept text, its segments joined by spaces.
func (l *line) clean(data []byte) string {
	var b strings.Builder
	for i, s := range l.segments(data) {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.Write(data[s.Start:s.End])
	}
	return b.String()
}

// addCut records a removal inside the line.
func (l *line) addCut(s, e int, reason string) {
	l.cuts = append(l.cuts, cut{span.Span{Start: s, End: e}, reason})
	l.unsorted = true
}

func (l *line) sortCuts() {
	if l.unsorted {
		sort.SliceStable(l.cuts, func(i, j int) bool { return l.cuts[i].Start < l.cuts[j].Start })
		l.unsorted = false
	}
}

type para struct {
	ord      int
	lines    []*line
	dropped  string
	norm     string // normalised kept text, after noise
	fragment bool   // starts in lower case
}

// doc is the working state while one article is taken apart.
type doc struct {
	a      *Article
	n      *Noise
	data   []byte // the original text
	view   []byte // the same with markup blanked (see markup.go); same length
	masked []bool // which bytes are markup; nil when none are
	lines  []*line
	paras  []*para
	notes  []note      // claimcheck-ignore comments
	meta   *meta       // an HTML page's own metadata
	refs   []span.Span // an HTML page's character references, in file order
}

type note struct {
	span.Span
	rules  []string
	reason string
}

func newDoc(a *Article, n *Noise) *doc { return &doc{a: a, n: n, data: a.Text, view: a.Text} }

func (d *doc) run() error {
	if d.a.HTML {
		if err := d.html(); err != nil {
			return err
		}
	} else if err := d.text(); err != nil {
		return err
	}
	d.group()
	d.noise()
	d.normalizeParas()
	d.copies()
	d.repeats()
	d.sentences()
	d.suppressions()
	d.collectRemovals()
	return nil
}

// text prepares the lines and view of a plain-text or Markdown file.
func (d *doc) text() error {
	d.splitLines()
	if d.a.Markdown {
		if err := d.markdown(); err != nil {
			return err
		}
	} else {
		d.plain()
	}
	d.markup()
	return nil
}

func (d *doc) splitLines() {
	data := d.data
	for pos := d.a.Body; pos < len(data); {
		end := lineEnd(data, pos)
		e := end
		if e > pos && data[e-1] == '\n' {
			e--
		}
		if e > pos && data[e-1] == '\r' {
			e--
		}
		l := &line{start: pos, end: e}
		l.cs, l.ce = trimSpan(data, pos, e)
		if l.cs == l.ce {
			l.kind = blank
		} else {
			l.kind = content
		}
		d.lines = append(d.lines, l)
		pos = end
	}
}

var (
	bulletRe   = regexp.MustCompile(`^(?:[•·▪●◦‣►▶]\s*|[-*+]\s+)`)
	mdHeading  = regexp.MustCompile(`^#{1,6}(\s+|$)`)
	mdHeadTail = regexp.MustCompile(`\s+#+$`)
	mdList     = regexp.MustCompile(`^([-*+•]|\d{1,9}[.)])\s+`)
	mdQuote    = regexp.MustCompile(`^(>\s?)+`)
	mdRule     = gated(`^(([-*_])\s*){3,}$|^=+$|^-+$`)
	mdFence    = gated("^(```|~~~)")
	mdImage    = gated(`^!\[[^\]]*\]\([^)]*\)$`)
	mdLinkDef  = gated(`^\[[^\]]+\]:\s*\S+`)
	mdHTMLTag  = gated(`^</?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?>$`)
	mdTableRow = gated(`^\|.*\|$`)
	directive  = regexp.MustCompile(`(?s)^\s*claimcheck-([A-Za-z-]+)\s*(.*?)\s*$`)
	ignoreArgs = regexp.MustCompile(`(?s)^([A-Za-z0-9_.\-/]+(?:\s*,\s*[A-Za-z0-9_.\-/]+)*)\s*(?::\s*(.*))?$`)
)

// plain prepares lines of a plain-text file: bullets are not text, and a
// line with no letters or digits ("* * *") separates paragraphs.
func (d *doc) plain() {
	for _, l := range d.lines {
		if l.kind != content {
			continue
		}
		if m := bulletRe.Find(d.data[l.cs:l.ce]); m != nil {
			l.cs, l.ce = trimSpan(d.data, l.cs+len(m), l.ce)
		}
		if !hasWord(d.data[l.cs:l.ce]) {
			l.kind, l.why = separator, "no-words"
		}
	}
}

// markdown prepares lines of a Markdown file: markers, code, comments.
func (d *doc) markdown() error {
	if err := d.comments(); err != nil {
		return err
	}
	fence := ""
	for _, l := range d.lines {
		fence = d.markdownLine(l, fence)
	}
	return nil
}

// markdownLine prepares one line inside the code fence fence ("" outside
// one), and returns the fence open after it.
func (d *doc) markdownLine(l *line, fence string) string {
	if l.kind == blank {
		if fence != "" {
			l.kind, l.why = separator, "code"
		}
		return fence
	}
	text := string(d.data[l.cs:l.ce])
	if fence != "" {
		l.kind, l.why = separator, "code"
		if strings.HasPrefix(text, fence) {
			return ""
		}
		return fence
	}
	if l.kind != content {
		return fence
	}
	if m := mdFence.FindString(text); m != "" {
		l.kind, l.why = separator, "code"
		return m
	}
	if why := markdownBlock(text); why != "" {
		l.kind, l.why = separator, why
		return fence
	}
	d.markdownText(l)
	return fence
}

// markdownBlock names a line that is Markdown structure, not text: an
// image, a link definition, HTML, a rule or a table row; "" for none.
func markdownBlock(text string) string {
	switch {
	case mdImage.MatchString(text):
		return "image"
	case mdLinkDef.MatchString(text):
		return "link-definition"
	case mdHTMLTag.MatchString(text):
		return "html"
	case mdRule.MatchString(text):
		return "rule"
	case mdTableRow.MatchString(text):
		return "table"
	}
	return ""
}

// markdownText strips a text line's quote, heading or list marker, and
// makes it a separator when no words are left.
func (d *doc) markdownText(l *line) {
	if m := mdQuote.FindString(string(d.data[l.cs:l.ce])); m != "" {
		l.cs += len(m)
		l.newPara = true
	}
	text := string(d.data[l.cs:l.ce])
	if m := mdHeading.FindString(text); m != "" {
		l.cs += len(m)
		if t := mdHeadTail.FindStringIndex(string(d.data[l.cs:l.ce])); t != nil {
			l.ce = l.cs + t[0]
		}
		l.newPara, l.alone = true, true
	} else if m := mdList.FindString(text); m != "" {
		l.cs += len(m)
		l.newPara = true
	}
	l.cs, l.ce = trimSpan(d.data, l.cs, l.ce)
	if l.cs >= l.ce || !hasWord(d.data[l.cs:l.ce]) && len(l.cuts) == 0 {
		l.kind, l.why = separator, "no-words"
		return
	}
	// A line that is all comment is structure, not text.
	if len(l.cuts) > 0 && len(l.segments(d.data)) == 0 {
		l.kind, l.why = separator, "html-comment"
	}
}

// comments finds HTML comments, cuts them out of the lines they touch and
// records claimcheck directives.
func (d *doc) comments() error {
	data := d.data
	for pos := d.a.Body; ; {
		i := bytes.Index(data[pos:], []byte("<!--"))
		if i < 0 {
			return nil
		}
		start := pos + i
		j := bytes.Index(data[start+4:], []byte("-->"))
		if j < 0 {
			p := d.a.Index.Position(start)
			return finding.Problem{Path: d.a.Path, Line: p.Line, Col: p.Col, Message: "HTML comment is never closed (no -->)"}
		}
		end := start + 4 + j + 3
		first := sort.Search(len(d.lines), func(i int) bool { return d.lines[i].end >= start })
		for _, l := range d.lines[first:] {
			if l.start >= end {
				break
			}
			if l.kind == content && l.cs < end && start < l.ce {
				l.addCut(max(start, l.cs), min(end, l.ce), "html-comment")
			}
		}
		if err := d.directive(start, end, string(data[start+4:end-3])); err != nil {
			return err
		}
		pos = end
	}
}

// directive records the comment data[start:end], whose text is body, when
// it is a claimcheck directive.
func (d *doc) directive(start, end int, body string) error {
	m := directive.FindStringSubmatch(body)
	if m == nil {
		return nil
	}
	if m[1] != "ignore" {
		p := d.a.Index.Position(start)
		return finding.Problem{Path: d.a.Path, Line: p.Line, Col: p.Col,
			Message: "unknown directive claimcheck-" + m[1] + " (want claimcheck-ignore RULE-ID: reason)"}
	}
	args := ignoreArgs.FindStringSubmatch(m[2])
	if args == nil {
		p := d.a.Index.Position(start)
		return finding.Problem{Path: d.a.Path, Line: p.Line, Col: p.Col,
			Message: "claimcheck-ignore needs a rule id: <!-- claimcheck-ignore RULE-ID: reason -->"}
	}
	var rules []string
	for _, r := range strings.Split(args[1], ",") {
		rules = append(rules, strings.TrimSpace(r))
	}
	d.notes = append(d.notes, note{span.Span{Start: start, End: end}, rules, strings.TrimSpace(args[2])})
	return nil
}

// markup finds markup in the text lines and blanks it in d.view. Comments
// inside a line become markup too, so a sentence runs across them.
func (d *doc) markup() {
	var masks []span.Span
	for _, l := range d.lines {
		if l.kind != content {
			continue
		}
		kept := l.cuts[:0]
		for _, c := range l.cuts {
			if c.reason == "html-comment" {
				masks = append(masks, c.Span)
				d.a.Removed = append(d.a.Removed, Removal{c.Span, c.reason})
				continue
			}
			kept = append(kept, c)
		}
		l.cuts = kept
		masks = append(masks, markupIn(d.data, l.cs, l.ce, d.a.Markdown)...)
	}
	d.view = blankOut(d.data, masks)
	if len(masks) > 0 {
		d.masked = make([]bool, len(d.data))
		for _, m := range masks {
			for i := m.Start; i < m.End; i++ {
				d.masked[i] = true
			}
		}
	}
	d.a.Plain = d.view
	for _, l := range d.lines {
		if l.kind != content {
			continue
		}
		if l.cs, l.ce = trimSpan(d.view, l.cs, l.ce); l.cs >= l.ce || !hasWord(d.view[l.cs:l.ce]) {
			l.kind, l.why = separator, "markup"
		}
	}
}

// group assigns lines to paragraphs.
func (d *doc) group() {
	joinAll := d.a.Markdown || looksWrapped(d.view, d.lines)
	var cur *para
	var prev *line
	for _, l := range d.lines {
		if l.kind != content {
			cur, prev = nil, nil
			continue
		}
		join := cur != nil && !l.newPara && !prev.alone
		if join && !joinAll {
			join = continues(d.view[prev.cs:prev.ce], d.view[l.cs:l.ce])
		}
		if !join {
			cur = &para{ord: len(d.paras)}
			d.paras = append(d.paras, cur)
		}
		l.para = cur.ord
		cur.lines = append(cur.lines, l)
		prev = l
	}
}

// continues reports whether next continues prev's sentence: prev has no
// closing punctuation and next starts in lower case.
func continues(prev, next []byte) bool {
	last, _ := utf8.DecodeLastRune(prev)
	if strings.ContainsRune(".!?:;…\"”’')]»", last) {
		return false
	}
	first, _ := utf8.DecodeRune(next)
	return unicode.IsLower(first)
}

// looksWrapped reports whether a plain-text file is hard-wrapped: no line
// longer than 100 characters, most lines near a wrap width (50 or more
// characters) and inside multi-line blocks.
func looksWrapped(data []byte, lines []*line) bool {
	n, inRuns, wide := 0, 0, 0
	for i, l := range lines {
		if l.kind != content {
			continue
		}
		n++
		switch w := utf8.RuneCount(data[l.start:l.end]); {
		case w > 100:
			return false
		case w >= 50:
			wide++
		}
		if i+1 < len(lines) && lines[i+1].kind == content || i > 0 && lines[i-1].kind == content {
			inRuns++
		}
	}
	return n >= 6 && inRuns*4 >= n*3 && wide*5 >= n*3
}

// pieces returns a paragraph's kept text as contiguous stretches: lines
// join when only white space lies between them.
func (d *doc) pieces(p *para) []span.Span {
	var out []span.Span
	for _, l := range p.lines {
		for _, s := range l.segments(d.view) {
			if n := len(out); n > 0 && onlySpace(d.view[out[n-1].End:s.Start]) {
				out[n-1].End = s.End
				continue
			}
			out = append(out, s)
		}
	}
	return out
}

func (d *doc) sentences() {
	seen := map[string]bool{}
	cur := positioner{data: d.data, idx: d.a.Index, line: 1, col: 1}
	lastEnd := d.a.Body
	for _, p := range d.paras {
		if p.dropped != "" {
			continue
		}
		for _, pc := range d.pieces(p) {
			for _, s := range splitSentences(d.view, pc.Start, pc.End, d.n) {
				s = d.widen(s, lastEnd)
				lastEnd = s.End
				text := string(d.data[s.Start:s.End])
				plain := string(d.view[s.Start:s.End])
				key := fold.Words(plain)
				if key == "" {
					d.a.Removed = append(d.a.Removed, Removal{s, "no-words"})
					continue
				}
				if seen[key] {
					d.a.Removed = append(d.a.Removed, Removal{s, "repeated-sentence"})
					continue
				}
				seen[key] = true
				pos := cur.at(s.Start)
				d.a.Sentences = append(d.a.Sentences, Sentence{
					Start: s.Start, End: s.End, Line: pos.Line, Col: pos.Col, Text: text, Plain: plain,
					Paragraph: p.ord, Headline: p.lines[0].alone || isHeadline(strings.TrimSpace(plain)),
				})
			}
		}
	}
}

// widen takes the markup right around a sentence into it, so that Text
// reads "**Troops left.**" rather than "Troops left.**" cut mid-markup.
// floor is the end of the sentence before, which it must not overlap.
func (d *doc) widen(s span.Span, floor int) span.Span {
	if d.a.HTML {
		// A page's sentence takes in no tags, but whole references: the
		// reading writes "&ldquo;" just before the word it opens.
		return widenToRefs(s, d.refs)
	}
	if d.masked == nil {
		return s
	}
	for s.Start > floor && d.masked[s.Start-1] {
		s.Start--
	}
	for s.End < len(d.masked) && d.masked[s.End] {
		s.End++
	}
	return s
}

// suppressions resolves each claimcheck-ignore comment to the paragraph it
// sits in, or else the next one.
func (d *doc) suppressions() {
	for _, n := range d.notes {
		applies := span.Span{Start: len(d.data), End: len(d.data)}
		for _, p := range d.paras {
			first, last := p.lines[0], p.lines[len(p.lines)-1]
			if first.cs <= n.Start && n.Start < last.ce || first.cs >= n.End {
				applies = span.Span{Start: first.cs, End: last.ce}
				break
			}
		}
		pos := d.a.Index.Position(n.Start)
		for _, r := range n.rules {
			d.a.Suppressions = append(d.a.Suppressions, Suppression{Rule: r, Reason: n.reason, Line: pos.Line, Col: pos.Col, Applies: applies})
		}
	}
}

func (d *doc) collectRemovals() {
	rm := d.a.Removed
	for _, l := range d.lines {
		switch {
		case l.kind == separator && l.why != "no-words":
			rm = append(rm, Removal{span.Span{Start: l.cs, End: l.ce}, l.why})
			continue
		case l.kind != content:
			continue
		case l.dropped != "":
			rm = append(rm, Removal{span.Span{Start: l.cs, End: l.ce}, l.dropped})
			continue
		}
		l.sortCuts()
		for _, c := range l.cuts {
			rm = append(rm, Removal{c.Span, c.reason})
		}
	}
	if d.a.HTML {
		// A pattern's match in a page may end on blanked tags; end it at
		// its text. (html:* stretches span tags on purpose.)
		for i := range rm {
			if !strings.HasPrefix(rm[i].Reason, "html:") {
				s, e := trimSpan(d.view, rm[i].Start, rm[i].End)
				rm[i].Span = widenToRefs(span.Span{Start: s, End: e}, d.refs)
			}
		}
	}
	sort.SliceStable(rm, func(i, j int) bool { return rm[i].Start < rm[j].Start })
	// Comments spanning lines were cut line by line: report each once.
	out := rm[:0]
	for _, r := range rm {
		if n := len(out); n > 0 && out[n-1].Reason == r.Reason && out[n-1].Reason == "html-comment" && r.Start <= out[n-1].End+2 {
			out[n-1].End = max(out[n-1].End, r.End)
			continue
		}
		out = append(out, r)
	}
	d.a.Removed = out
}

// textDate looks for the publication date among the first lines of the
// body; see datefind.go.
func (d *doc) textDate() time.Time {
	var texts []string
	for _, l := range d.lines {
		if l.kind != content {
			continue
		}
		texts = append(texts, string(d.view[l.cs:l.ce]))
		if len(texts) == dateLines {
			break
		}
	}
	return findTextDate(texts)
}

func hasWord(b []byte) bool {
	for _, r := range string(b) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || r == '\u2060'
}

func onlySpace(b []byte) bool {
	for _, r := range string(b) {
		if !isSpace(r) {
			return false
		}
	}
	return true
}

// trimSpan narrows [s, e) to exclude white space at both ends.
func trimSpan(data []byte, s, e int) (int, int) {
	for s < e {
		r, size := utf8.DecodeRune(data[s:e])
		if !isSpace(r) {
			break
		}
		s += size
	}
	for e > s {
		r, size := utf8.DecodeLastRune(data[s:e])
		if !isSpace(r) {
			break
		}
		e -= size
	}
	return s, e
}

// positioner turns increasing offsets into positions in time linear in the
// text, where span.Index.Position would recount a long line for each
// sentence on it. It agrees with span.Index (lines end at "\n", columns
// count characters).
type positioner struct {
	data           []byte
	idx            *span.Index
	off, line, col int
}

func (p *positioner) at(off int) span.Position {
	if off < p.off {
		return p.idx.Position(off)
	}
	for p.off < off {
		if p.data[p.off] == '\n' {
			p.line, p.col = p.line+1, 1
			p.off++
			continue
		}
		_, size := utf8.DecodeRune(p.data[p.off:off])
		p.off += size
		p.col++
	}
	return span.Position{Line: p.line, Col: p.col}
}
