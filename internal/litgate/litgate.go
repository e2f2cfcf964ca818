// Package litgate finds, for a regular expression, a few literal strings
// one of which every match must contain, so that a caller can skip the
// regexp on text that contains none of them: a substring search costs a
// fraction of a run of Go's backtracking matcher, which clears a bit per
// program instruction and input byte on every call. It is the prefilter
// idea of RE2 and codesearch, kept small: literals, concatenations,
// alternations, repeats of at least one, and small character classes.
package litgate

import (
	"bytes"
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxNeedles bounds an alternation's needles: past it the gate is dropped
// (a search per needle would cost more than it saves).
const maxNeedles = 24

// maxClass is the most runes a character class may hold to become needles.
const maxClass = 8

// Gate is a cheap necessary condition for a regexp to match. The zero
// Gate lets everything through.
type Gate struct {
	needles []string // one of them occurs in every match; none: no gate
	fold    bool     // needles are lower case, to find in strings.ToLower(text)
}

// For returns the gate of re; a regexp it cannot reason about gets the
// zero Gate.
func For(re *regexp.Regexp) Gate {
	tree, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return Gate{}
	}
	c, ok := need(tree.Simplify())
	if !ok {
		return Gate{}
	}
	return Gate(c)
}

// Needles are the strings one of which every match contains (lower case
// when Fold); none when the gate lets everything through.
func (g Gate) Needles() []string { return g.needles }

// Fold reports whether the needles are to be found in lower-cased text.
func (g Gate) Fold() bool { return g.fold }

// May reports whether the regexp may match text; lower is
// strings.ToLower(text), read only when the gate folds case.
func (g Gate) May(text, lower string) bool {
	if len(g.needles) == 0 {
		return true
	}
	if g.fold {
		text = lower
	}
	for _, n := range g.needles {
		if strings.Contains(text, n) {
			return true
		}
	}
	return false
}

// MayBytes is May for a byte slice; a folding gate lowers it first.
func (g Gate) MayBytes(text []byte) bool {
	if len(g.needles) == 0 {
		return true
	}
	if g.fold {
		text = bytes.ToLower(text)
	}
	for _, n := range g.needles {
		if bytes.Contains(text, []byte(n)) {
			return true
		}
	}
	return false
}

// cond is a gate under construction.
type cond Gate

// need returns what every match of re must contain, if anything.
func need(re *syntax.Regexp) (cond, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		return literal(re.Rune, re.Flags&syntax.FoldCase != 0)
	case syntax.OpCharClass:
		return class(re.Rune)
	case syntax.OpCapture, syntax.OpPlus:
		return need(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return need(re.Sub[0])
		}
	case syntax.OpConcat:
		return concat(re.Sub)
	case syntax.OpAlternate:
		return alternate(re.Sub)
	}
	return cond{}, false
}

// literal is the needle of a literal: the string itself, or with case
// folded, its longest run of runes that strings.ToLower maps the same
// whichever case variant the regexp matched ("ſ" matches (?i)s but stays
// "ſ" in lower case, so s is never part of a folded needle).
func literal(rs []rune, fold bool) (cond, bool) {
	if !fold {
		return cond{needles: []string{string(rs)}}, len(rs) > 0
	}
	best, start := "", 0
	for i := 0; i <= len(rs); i++ {
		if i < len(rs) && lowersAlike(rs[i]) {
			continue
		}
		if run := strings.ToLower(string(rs[start:i])); len(run) > len(best) {
			best = run
		}
		start = i + 1
	}
	return cond{needles: []string{best}, fold: true}, best != ""
}

// lowersAlike reports whether every rune that folds to r lowers to what r
// lowers to.
func lowersAlike(r rune) bool {
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if unicode.ToLower(f) != unicode.ToLower(r) {
			return false
		}
	}
	return true
}

// class makes each rune of a small class a needle.
func class(ranges []rune) (cond, bool) {
	var out []string
	for i := 0; i+1 < len(ranges); i += 2 {
		if ranges[i+1]-ranges[i] >= maxClass || len(out) > maxClass {
			return cond{}, false
		}
		for r := ranges[i]; r <= ranges[i+1]; r++ {
			out = append(out, string(r))
		}
	}
	return cond{needles: out}, len(out) > 0 && len(out) <= maxClass
}

// concat keeps the best condition of the parts, after joining adjacent
// literals of the same case mode into one.
func concat(subs []*syntax.Regexp) (cond, bool) {
	var best cond
	found := false
	for i := 0; i < len(subs); i++ {
		c, ok := need(subs[i])
		if subs[i].Op == syntax.OpLiteral {
			rs := subs[i].Rune
			for i+1 < len(subs) && subs[i+1].Op == syntax.OpLiteral && subs[i+1].Flags&syntax.FoldCase == subs[i].Flags&syntax.FoldCase {
				i++
				rs = append(append([]rune(nil), rs...), subs[i].Rune...)
			}
			c, ok = literal(rs, subs[i].Flags&syntax.FoldCase != 0)
		}
		if ok && (!found || better(c, best)) {
			best, found = c, true
		}
	}
	return best, found
}

// better prefers the condition whose shortest needle is longer, then the
// one with fewer needles.
func better(a, b cond) bool {
	if sa, sb := shortest(a), shortest(b); sa != sb {
		return sa > sb
	}
	return len(a.needles) < len(b.needles)
}

func shortest(c cond) int {
	n := -1
	for _, s := range c.needles {
		if l := utf8.RuneCountInString(s); n < 0 || l < n {
			n = l
		}
	}
	return n
}

// alternate needs every branch to need something; its needles are the
// union, lowered when any branch folds case (text that contains a needle
// contains it lowered once lowered itself).
func alternate(subs []*syntax.Regexp) (cond, bool) {
	var out cond
	for _, s := range subs {
		c, ok := need(s)
		if !ok {
			return cond{}, false
		}
		out.fold = out.fold || c.fold
		out.needles = append(out.needles, c.needles...)
	}
	if out.fold {
		for i, n := range out.needles {
			out.needles[i] = strings.ToLower(n)
		}
	}
	return out, len(out.needles) <= maxNeedles
}
