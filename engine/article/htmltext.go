package article

// This file turns an HTML page's text into what extraction reads, at the
// same offsets: character references are decoded in place. A reference is
// longer in the source than the character it stands for ("&#8217;" is 7
// bytes, "’" is 3), so each word that holds one is written decoded from
// the word's first byte and padded with spaces after its last: the word
// reads whole ("Iraq’s"), starts where it starts in the file, and only
// offsets inside it after the reference fall short of the file's.

import (
	"bytes"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/claimcheck/claimcheck/engine/span"
)

// refRe matches what may be a character reference at the start of a
// string; html.UnescapeString decides whether it is one.
var refRe = regexp.MustCompile(`^&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,7};?|[A-Za-z][A-Za-z0-9]{1,31};?)`)

// unit is one character of text as the file has it and as it reads: a raw
// character, or a reference and what it decodes to.
type unit struct {
	start, end int // in the file
	out        string
	ref        bool
}

// space reports whether the unit separates words.
func (u unit) space() bool {
	r, _ := utf8.DecodeRuneInString(u.out)
	return u.out != "" && isSpace(r) || r == '\u00a0'
}

// units cuts data[start:end], the raw bytes of a text token, into units.
func units(data []byte, start, end int) []unit {
	var out []unit
	for i := start; i < end; {
		if data[i] == '&' {
			if m := refRe.Find(data[i:end]); m != nil {
				if dec := html.UnescapeString(string(m)); dec != string(m) {
					out = append(out, unit{start: i, end: i + len(m), out: dec, ref: true})
					i += len(m)
					continue
				}
			}
		}
		_, n := utf8.DecodeRune(data[i:end])
		out = append(out, unit{start: i, end: i + n, out: string(data[i : i+n])})
		i += n
	}
	return out
}

// decodeText writes the reading of the text token data[start:end] into
// view at the same offsets (see the file comment).
// It returns the spans of the references it decoded.
func decodeText(view, data []byte, start, end int) []span.Span {
	us := units(data, start, end)
	var refs []span.Span
	for _, u := range us {
		if u.ref {
			refs = append(refs, span.Span{Start: u.start, End: u.end})
		}
	}
	for i := 0; i < len(us); {
		if us[i].space() {
			writeSpace(view, data, us[i])
			i++
			continue
		}
		j, hasRef := i, false
		for j < len(us) && !us[j].space() {
			hasRef = hasRef || us[j].ref
			j++
		}
		writeWord(view, data, us[i:j], hasRef)
		i = j
	}
	return refs
}

// writeSpace keeps raw white space (line ends stay line ends) and writes a
// reference to white space ("&nbsp;") as spaces.
func writeSpace(view, data []byte, u unit) {
	if !u.ref {
		copy(view[u.start:u.end], data[u.start:u.end])
		return
	}
	fill(view, u.start, u.end, ' ')
}

// writeWord writes one word. Its core, from its first to its last
// character that is not a reference, starts where it starts in the file;
// references before the core ("&ldquo;We") are written just before it, and
// those inside and after it ("Iraq&#8217;s", "said.&rdquo;") from its start
// on, so a word's core is exact unless a reference sits inside it.
func writeWord(view, data []byte, w []unit, refs bool) {
	start, end := w[0].start, w[len(w)-1].end
	if !refs || !shrinks(w) {
		copy(view[start:end], data[start:end])
		return
	}
	lead, trail := 0, len(w)
	for lead < len(w) && w[lead].ref {
		lead++
	}
	for trail > lead && w[trail-1].ref {
		trail--
	}
	if lead == len(w) {
		lead = 0 // only references: written from the start
	}
	fill(view, start, end, ' ')
	before := joinOut(w[:lead])
	copy(view[w[lead].start-len(before):], before)
	copy(view[w[lead].start:end], joinOut(w[lead:]))
}

// widenToRefs moves a span's ends out of the references they fall inside
// (refs sorted, as decodeText returns them in file order).
func widenToRefs(s span.Span, refs []span.Span) span.Span {
	if i := sort.Search(len(refs), func(i int) bool { return refs[i].End > s.Start }); i < len(refs) && refs[i].Start < s.Start {
		s.Start = refs[i].Start
	}
	if i := sort.Search(len(refs), func(i int) bool { return refs[i].End >= s.End }); i < len(refs) && refs[i].Start < s.End && s.End < refs[i].End {
		s.End = refs[i].End
	}
	return s
}

// shrinks reports whether every unit reads shorter than or as long as it is
// written, as HTML's references all do; a word that did not would be kept
// raw rather than overrun its place.
func shrinks(w []unit) bool {
	for _, u := range w {
		if len(u.out) > u.end-u.start {
			return false
		}
	}
	return true
}

func joinOut(us []unit) string {
	var b strings.Builder
	for _, u := range us {
		b.WriteString(u.out)
	}
	return b.String()
}

func fill(b []byte, start, end int, c byte) {
	for k := start; k < end; k++ {
		b[k] = c
	}
}

// ReadableHTML returns a sentence of an HTML page as a reader sees it:
// tags and comments become spaces, character references are decoded. Each
// range (byte offsets into text, such as a claim's focus) comes back as
// the range of the same words in the result; an end inside a reference or
// a tag moves to its end, a start to its start. Reports quote HTML
// sentences through it; JSON keeps the file's own bytes.
func ReadableHTML(text string, ranges [][2]int) (string, [][2]int) {
	type piece struct {
		start, end int // in text
		out        int // offset of its output
	}
	var b strings.Builder
	var pieces []piece
	emit := func(s, e int, out string) {
		pieces = append(pieces, piece{s, e, b.Len()})
		b.WriteString(out)
	}
	data := []byte(text)
	z := html.NewTokenizer(bytes.NewReader(data))
	raw := false // inside a script or style, whose text is not the sentence's
	for off := 0; ; {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		n := len(z.Raw())
		if tt == html.StartTagToken {
			name, _ := z.TagName()
			raw = skipTags[string(name)]
		} else if tt != html.TextToken {
			raw = false
		}
		if tt == html.TextToken && !raw {
			for _, u := range units(data, off, off+n) {
				if u.space() {
					u.out = " "
				}
				emit(u.start, u.end, u.out)
			}
		} else {
			emit(off, off+n, " ")
		}
		off += n
	}
	pieces = append(pieces, piece{len(text), len(text), b.Len()})
	at := func(x int, end bool) int {
		for i, p := range pieces {
			switch {
			case x <= p.start:
				return p.out
			case x < p.end && end:
				return pieces[i+1].out
			case x < p.end:
				return p.out
			}
		}
		return b.Len()
	}
	out := make([][2]int, len(ranges))
	for i, r := range ranges {
		out[i] = [2]int{at(r[0], false), at(r[1], true)}
	}
	return b.String(), out
}

// IsHTMLPath reports whether claimcheck reads the file at path as an HTML
// page, by its extension.
func IsHTMLPath(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm", ".xhtml":
		return true
	}
	return false
}

// looksHTML sniffs input without an extension (standard input, a draft
// posted to the server): a page starts with a doctype or an <html> tag.
func looksHTML(data []byte) bool {
	s := bytes.TrimLeftFunc(data, func(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' })
	if len(s) > 64 {
		s = s[:64]
	}
	low := strings.ToLower(string(s))
	return strings.HasPrefix(low, "<!doctype html") || strings.HasPrefix(low, "<html")
}
