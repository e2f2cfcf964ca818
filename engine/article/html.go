package article

// This file reads HTML pages as scrapers save them: readability finds the
// article body, the body's text becomes one line per block (paragraph,
// heading, list item), and everything else in the file, tags included, is
// blanked in the view. Sentences are then split, cleaned and positioned as
// for any article, in the HTML source's own offsets.

import (
	"strings"

	"github.com/claimcheck/claimcheck/engine/finding"
	"github.com/claimcheck/claimcheck/engine/span"
)

// html prepares the lines and view of an HTML page and reads its metadata.
func (d *doc) html() error {
	pg := scanPage(d.data, d.a.Body)
	m, err := pageMeta(d.a.Path, pg, d.a.Index)
	if err != nil {
		return err
	}
	d.meta = m
	nodes, title := readable(d.data[d.a.Body:])
	kept := keepAll(pg.texts)
	if nodes != nil {
		kept = keep(pg.texts, nodes)
	}
	if !keepHeadline(pg.texts, kept, m.title) {
		keepHeadline(pg.texts, kept, title)
	}
	if m.title == "" {
		m.title = title
	}
	d.htmlView(pg.texts, kept)
	d.htmlLines(pg.texts, kept)
	d.htmlRemovals(pg.texts, kept)
	for _, c := range pg.comments {
		if err := d.directive(c.start, c.end, c.body); err != nil {
			return err
		}
	}
	if len(d.lines) == 0 {
		p := d.a.Index.Position(d.a.Body)
		return finding.Problem{Path: d.a.Path, Line: p.Line, Col: p.Col, Message: "no article text found in the page"}
	}
	return nil
}

// htmlView blanks everything but the kept text, line ends aside, and
// decodes character references in place.
func (d *doc) htmlView(texts []htext, kept []bool) {
	view := make([]byte, len(d.data))
	for i, b := range d.data {
		if b == '\n' {
			view[i] = '\n'
		} else {
			view[i] = ' '
		}
	}
	for i, t := range texts {
		if kept[i] {
			d.refs = append(d.refs, decodeText(view, d.data, t.start, t.end)...)
		}
	}
	d.view, d.a.Plain = view, view
}

// htmlLines makes one line of each block's kept text. Every line starts a
// paragraph: in HTML, blocks are paragraphs whatever the line breaks.
func (d *doc) htmlLines(texts []htext, kept []bool) {
	for i := 0; i < len(texts); {
		if !kept[i] {
			i++
			continue
		}
		j, last := i, i
		for ; j < len(texts) && texts[j].block == texts[i].block; j++ {
			if kept[j] {
				last = j
			}
		}
		l := &line{start: texts[i].start, end: texts[last].end, kind: content, newPara: true, alone: texts[i].heading}
		l.cs, l.ce = trimSpan(d.view, l.start, l.end)
		if l.cs < l.ce && hasWord(d.view[l.cs:l.ce]) {
			w := widenToRefs(span.Span{Start: l.cs, End: l.ce}, d.refs)
			l.cs, l.ce = w.Start, w.End
			d.lines = append(d.lines, l)
		}
		i = j
	}
}

// htmlRemovals lists the page's text that is not the article, one entry per
// stretch, named by the furniture it sat in ("html:nav", "html:aside") or
// "html:not-article" for what readability left out. Scripts, styles and
// the head are not text and are not listed.
func (d *doc) htmlRemovals(texts []htext, kept []bool) {
	cur := -1 // the entry the last dropped text went to
	for i, t := range texts {
		if kept[i] {
			cur = -1
			continue
		}
		if t.skip != "" || strings.TrimSpace(t.dec) == "" || !hasWord([]byte(t.dec)) {
			continue
		}
		reason := "html:not-article"
		if t.in != "" {
			reason = "html:" + t.in
		}
		if cur >= 0 && d.a.Removed[cur].Reason == reason {
			d.a.Removed[cur].End = t.end
			continue
		}
		s, _ := trimSpan(d.data, t.start, t.end)
		d.a.Removed = append(d.a.Removed, Removal{span.Span{Start: s, End: t.end}, reason})
		cur = len(d.a.Removed) - 1
	}
	// Trim each stretch's end to its last text, as its start is.
	for i := range d.a.Removed {
		r := &d.a.Removed[i]
		_, r.End = trimSpan(d.data, r.Start, r.End)
	}
}
