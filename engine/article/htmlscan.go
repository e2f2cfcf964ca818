package article

// This file reads an HTML page's source token by token, keeping each
// token's byte range, so that whatever the article body turns out to be,
// its text can be placed in the file the user has.

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
)

// htext is one text token of the page: a run of text between two tags.
type htext struct {
	start, end int    // its raw bytes in the file, character references included
	dec        string // the text as the HTML parser reads it (references decoded)
	block      int    // the block it sits in: text in one block is one paragraph
	heading    bool   // the block is a heading (h1..h6)
	skip       string // why it can never be article text: "script", "style", "head", ...
	in         string // the innermost page furniture it sits in: "nav", "aside", ...
}

// hmeta is a <meta> or <link> tag or a <time> element: metadata candidates.
type hmeta struct {
	at    int // offset of the tag
	tag   string
	attrs map[string]string
	in    string // "chrome" when inside nav, aside or footer
}

// hjson is the body of a <script type="application/ld+json">.
type hjson struct {
	at   int // offset of the script's text
	text string
}

// hcomment is an HTML comment, for claimcheck-ignore directives.
type hcomment struct {
	start, end int
	body       string
}

// page is everything the reader keeps from one pass over the tokens.
type page struct {
	texts    []htext
	metas    []hmeta
	jsonld   []hjson
	comments []hcomment
}

// blockTags end the paragraph before them and start a new one: their text
// never runs into a neighbour's sentence.
var blockTags = set("address article aside blockquote body br caption dd details dialog div dl dt " +
	"fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html li main " +
	"nav ol option p pre section select summary table tbody td tfoot th thead title tr ul button label")

// skipTags hold text that is never article text, whatever readability says:
// the tokenizer reads most of them as raw text, so they always close.
var skipTags = set("script style noscript template head title textarea iframe")

// headTags may sit in <head>; any other start tag ends it.
var headTags = set("html head meta link script style title base noscript template")

// chromeTags are page furniture: text inside one is named by it when it is
// not the article, and a <time> inside nav, aside or footer dates a related
// story, not the article.
var chromeTags = set("nav aside footer header form")

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// scanPage tokenizes data from offset body on. Offsets are exact: the
// tokenizer's raw tokens are consecutive and cover the input.
func scanPage(data []byte, body int) *page {
	sc := pageScan{p: &page{}, z: html.NewTokenizer(bytes.NewReader(data[body:])), off: body, open: map[string]int{}}
	sc.z.SetMaxBuf(0)
	for {
		tt := sc.z.Next()
		if tt == html.ErrorToken {
			return sc.p
		}
		start := sc.off
		sc.off += len(sc.z.Raw())
		switch tt {
		case html.TextToken:
			sc.text(start)
		case html.StartTagToken, html.SelfClosingTagToken:
			sc.startTag(tt, start)
		case html.EndTagToken:
			sc.endTag()
		case html.CommentToken:
			sc.p.comments = append(sc.p.comments, hcomment{start: start, end: sc.off, body: string(sc.z.Text())})
		}
	}
}

// pageScan is scanPage's state: the page so far, the tokenizer, the
// offset after the current token, the block count and whether it is a
// heading, and the open skip and chrome elements, by tag.
type pageScan struct {
	p       *page
	z       *html.Tokenizer
	off     int
	block   int
	heading bool
	open    map[string]int
}

// text records a text token that starts at start.
func (sc *pageScan) text(start int) {
	open := sc.open
	if open["head"] > 0 && len(bytes.TrimSpace(sc.z.Raw())) > 0 && skipReason(open) == "head" {
		open["head"] = 0 // text ends the head, as the parser has it
	}
	t := htext{start: start, end: sc.off, dec: string(sc.z.Text()), block: sc.block, heading: sc.heading, skip: skipReason(open), in: furniture(open)}
	if open["script"] > 0 && lastJSONLD(sc.p) {
		sc.p.jsonld = append(sc.p.jsonld, hjson{at: start, text: t.dec})
	}
	sc.p.texts = append(sc.p.texts, t)
}

// startTag records a start or self-closing tag that starts at start: a
// new block, a meta, link, time or script element, an open skip or chrome
// element.
func (sc *pageScan) startTag(tt html.TokenType, start int) {
	name, hasAttr := sc.z.TagName()
	tag := string(name)
	if !headTags[tag] {
		sc.open["head"] = 0 // </head> is optional: any body element ends the head
	}
	if blockTags[tag] {
		sc.block++
		sc.heading = isHeading(tag)
	}
	if tag == "meta" || tag == "link" || tag == "time" || tag == "script" {
		m := hmeta{at: start, tag: tag, attrs: attrs(sc.z, hasAttr)}
		if sc.open["nav"]+sc.open["aside"]+sc.open["footer"] > 0 {
			m.in = "chrome"
		}
		sc.p.metas = append(sc.p.metas, m)
	}
	if tt == html.StartTagToken && (skipTags[tag] || chromeTags[tag]) {
		sc.open[tag]++
	}
}

// endTag closes a block or an open element.
func (sc *pageScan) endTag() {
	name, _ := sc.z.TagName()
	tag := string(name)
	if blockTags[tag] {
		sc.block++
		sc.heading = false
	}
	if sc.open[tag] > 0 {
		sc.open[tag]--
	}
}

func isHeading(tag string) bool {
	return len(tag) == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6'
}

// skipReason names the innermost kind of element that makes text
// unreadable as article text, or "" when none is open.
func skipReason(open map[string]int) string {
	for _, tag := range []string{"script", "style", "noscript", "template", "textarea", "iframe", "title", "head"} {
		if open[tag] > 0 {
			return tag
		}
	}
	return ""
}

// furniture names the innermost kind of page furniture open, or "".
func furniture(open map[string]int) string {
	for _, tag := range []string{"nav", "aside", "footer", "form", "header"} {
		if open[tag] > 0 {
			return tag
		}
	}
	return ""
}

// lastJSONLD reports whether the script element whose text comes next is
// JSON-LD: the last metadata candidate is its start tag.
func lastJSONLD(p *page) bool {
	if len(p.metas) == 0 {
		return false
	}
	m := p.metas[len(p.metas)-1]
	return m.tag == "script" && strings.EqualFold(strings.TrimSpace(m.attrs["type"]), "application/ld+json")
}

// attrs reads a tag's attributes, names lower-cased, values decoded; the
// first of a repeated name wins, as in the DOM.
func attrs(z *html.Tokenizer, more bool) map[string]string {
	m := map[string]string{}
	for more {
		var k, v []byte
		k, v, more = z.TagAttr()
		if _, ok := m[string(k)]; !ok {
			m[string(k)] = string(v)
		}
	}
	return m
}
