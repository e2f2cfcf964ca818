package article

// This file drops noise: pattern matches, caption twins and repeats.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/internal/fold"
)

// noise applies the noise patterns: inline ones first on every line, then
// line ones, which may also take lines after the one they match.
func (d *doc) noise() {
	var inline, whole []*Pattern
	for _, p := range d.n.patterns {
		if p.Kind == DropInline {
			inline = append(inline, p)
		} else {
			whole = append(whole, p)
		}
	}
	for _, l := range d.lines {
		if l.kind == content {
			d.inlineNoise(l, inline)
		}
	}
	for i, l := range d.lines {
		if l.kind != content || l.dropped != "" {
			continue
		}
		text := l.clean(d.view)
		lower := strings.ToLower(text)
		for _, p := range whole {
			if !p.matches(text, lower) {
				continue
			}
			l.dropped, l.byPattern = p.Name, p
			d.dropAfter(i, p, whole)
			break
		}
	}
}

// inlineNoise cuts what the inline patterns match out of the line, and
// drops the line when nothing is left.
func (d *doc) inlineNoise(l *line, inline []*Pattern) {
	for _, p := range inline {
		for _, s := range l.segments(d.view) {
			if !p.gate.MayBytes(d.view[s.Start:s.End]) {
				continue
			}
			for _, m := range p.Match.FindAllIndex(d.view[s.Start:s.End], -1) {
				if m[1] > m[0] {
					l.addCut(s.Start+m[0], s.Start+m[1], p.Name)
				}
			}
		}
		if len(l.segments(d.view)) == 0 {
			l.dropped, l.byPattern = p.Name, p
			return
		}
	}
}

// dropAfter drops the lines a next, headlines or rest pattern takes after
// the line it matched. A headline run ends at a line that another pattern
// matches ("Source link", "image caption,"), which is left to that pattern
// so that Removed names the right one and its own kind applies.
func (d *doc) dropAfter(i int, p *Pattern, whole []*Pattern) {
	if p.Kind == DropLine {
		return
	}
	taken := 0
	for _, l := range d.lines[i+1:] {
		if l.kind != content {
			continue
		}
		if l.dropped != "" {
			continue // already noise; look past it
		}
		switch p.Kind {
		case DropNext:
			if taken >= p.Count {
				return
			}
		case DropHeadlines:
			text := l.clean(d.view)
			if p.Count > 0 && taken >= p.Count || !isHeadline(text) || utf8.RuneCountInString(text) > 200 {
				return
			}
			if matchesOther(whole, p, text, strings.ToLower(text)) {
				return // other noise ends the run and is left to its pattern
			}
		}
		l.dropped = p.Name
		taken++
	}
}

func matchesOther(ps []*Pattern, self *Pattern, text, lower string) bool {
	for _, q := range ps {
		if q != self && q.matches(text, lower) {
			return true
		}
	}
	return false
}

// isHeadline reports whether text lacks a closing full stop, question or
// exclamation mark (closing quotes and brackets aside).
func isHeadline(text string) bool {
	text = strings.TrimRightFunc(text, func(r rune) bool { return isSpace(r) || isCloser(r) })
	last, _ := utf8.DecodeLastRuneInString(text)
	return !strings.ContainsRune(".!?…", last)
}

// minCopy is the shortest normalised text that counts as a copy of a longer
// text containing it; below it, short headlines would match by chance.
const minCopy = 40

// copyWindow is how many paragraphs before and after a caption are searched
// for its uncredited twin: the two sit together in a scrape.
const copyWindow = 3

// minFragment is the shortest copy counted when the paragraph starts in
// lower case, mid-word or mid-sentence: a scraper's cut, not a headline.
const minFragment = 12

// normalizeParas caches each paragraph's normalised kept text.
func (d *doc) normalizeParas() {
	for _, p := range d.paras {
		text := d.paraText(p)
		p.norm = fold.Words(text)
		first, _ := utf8.DecodeRuneInString(text)
		p.fragment = unicode.IsLower(first)
	}
}

// copies drops kept paragraphs whose text lies inside a nearby line that a
// copies = true pattern dropped (the uncredited twin of a photo caption).
func (d *doc) copies() {
	for _, l := range d.lines {
		if l.kind != content || l.byPattern == nil || !l.byPattern.Copies {
			continue
		}
		full := fold.Words(string(d.view[l.cs:l.ce]))
		for _, p := range d.paras[max(0, l.para-copyWindow):min(len(d.paras), l.para+copyWindow+1)] {
			if p.dropped == "" && len(p.norm) >= minCopy/2 && strings.Contains(full, p.norm) {
				d.dropPara(p, "copy-of:"+l.byPattern.Name)
			}
		}
	}
}

// repeats drops paragraphs that repeat an earlier one, whole or truncated.
func (d *doc) repeats() {
	exact := map[string]bool{}
	var earlier substrings
	for _, p := range d.paras {
		if p.dropped != "" || p.norm == "" {
			continue
		}
		switch {
		case exact[p.norm]:
			d.dropPara(p, "repeated-paragraph")
		case (len(p.norm) >= minCopy || p.fragment && len(p.norm) >= minFragment) && earlier.contains(p.norm):
			d.dropPara(p, "truncated-copy")
		default:
			exact[p.norm] = true
			earlier.add(p.norm)
		}
	}
}

// substrings answers "does s occur inside any text added so far" without
// scanning every text: it indexes 16-byte grams at every 8th offset, and a
// needle of 24 bytes or more has one of its first 8 grams on that grid in
// any text that contains it.
type substrings struct {
	texts []string
	grams map[string][]int32
}

const (
	gramLen    = 16
	gramStride = 8
)

func (x *substrings) add(s string) {
	if x.grams == nil {
		x.grams = map[string][]int32{}
	}
	id := int32(len(x.texts))
	x.texts = append(x.texts, s)
	for i := 0; i+gramLen <= len(s); i += gramStride {
		g := s[i : i+gramLen]
		if ids := x.grams[g]; len(ids) == 0 || ids[len(ids)-1] != id {
			x.grams[g] = append(ids, id)
		}
	}
}

func (x *substrings) contains(s string) bool {
	if len(s) < gramLen+gramStride {
		for _, t := range x.texts {
			if strings.Contains(t, s) {
				return true
			}
		}
		return false
	}
	checked := map[int32]bool{}
	for j := 0; j < gramStride; j++ {
		// A text holding s with s[j:] on its grid holds every later gram
		// of s at that alignment too: try the texts of the rarest one. A
		// gram every paragraph shares ("there are about ") would otherwise
		// make this a scan of every earlier paragraph, quadratic in a long
		// file.
		ids := x.grams[s[j:j+gramLen]]
		for k := j + gramStride; k+gramLen <= len(s) && len(ids) > 0; k += gramStride {
			if c := x.grams[s[k:k+gramLen]]; len(c) < len(ids) {
				ids = c
			}
		}
		for _, id := range ids {
			if !checked[id] {
				checked[id] = true
				if strings.Contains(x.texts[id], s) {
					return true
				}
			}
		}
	}
	return false
}

func (d *doc) paraText(p *para) string {
	var parts []string
	for _, l := range p.lines {
		if t := l.clean(d.view); t != "" {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, " ")
}

func (d *doc) dropPara(p *para, reason string) {
	p.dropped = reason
	for _, l := range p.lines {
		if l.dropped == "" {
			l.dropped = reason
		}
	}
}
