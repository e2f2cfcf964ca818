package quantity

import (
	"strings"

	"github.com/claimcheck/claimcheck/internal/lex"
)

// phrase is a lexicon entry split into tokens, matched token by token.
type phrase struct {
	words []string
	val   string
}

// phraseSet indexes phrases by their first word, so matching at a token
// costs one map lookup for the words no phrase starts with.
type phraseSet map[string][]phrase

func index(ps []phrase) phraseSet {
	m := phraseSet{}
	for _, ph := range ps {
		m[ph.words[0]] = append(m[ph.words[0]], ph)
	}
	return m
}

var (
	prefixQ  = index(phrasesOf(words.QualifiersBefore))
	postfixQ = index(phrasesOf(words.QualifiersAfter))
	curPre   = index(phrasesOf(words.CurrencyBefore))
	curSuf   = index(phrasesOf(words.CurrencyAfter))
	curSub   = index(phrasesOf(words.Subunits))
	pctWords = index(phrasesOf(map[string][]string{Percent: words.Words.Percent}))
)

type parser struct {
	text string
	toks []lex.Token
}

// written is token k as written in the text (its Low is lower-cased).
func (p *parser) written(k int) string { return p.text[p.toks[k].Start:p.toks[k].End] }

// match returns the longest phrase of list at token i, and the index after it.
// A "$" after a single letter must be glued to it ("C$", "A$"), so "a $5
// deal" is not Australian dollars.
func (p *parser) match(set phraseSet, i int) (string, int) {
	best, bestEnd := "", -1
	if i >= len(p.toks) {
		return best, bestEnd
	}
	for _, ph := range set[p.toks[i].Low] {
		j := i
		ok := true
		for w, pw := range ph.words {
			if j >= len(p.toks) || p.toks[j].Low != pw {
				ok = false
				break
			}
			if w > 0 && pw == "$" && p.toks[j].Space && len(ph.words[w-1]) == 1 {
				ok = false
				break
			}
			j++
		}
		if ok && j > bestEnd {
			best, bestEnd = ph.val, j
		}
	}
	return best, bestEnd
}

var isoSet = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range isoCodes {
		m[c] = true
	}
	return m
}()

// isoAt returns the currency code written at token k. Before a number it must
// be in capitals ("EUR 125"); after one, lower case will do ("20 usd"),
// except where the code is also a common word.
func (p *parser) isoAt(k int, after bool) string {
	if k >= len(p.toks) || p.toks[k].Kind != lex.Word {
		return ""
	}
	w := p.written(k)
	up := strings.ToUpper(w)
	if !isoSet[up] {
		return ""
	}
	if w == up || after && up != "TRY" && up != "PHP" && up != "SEK" && up != "TOP" {
		return up
	}
	return ""
}

// num is one parsed number with its unit, before the qualifier is applied.
type numParse struct {
	start, end int // token range [start, end)
	val        float64
	sig        int
	words      bool
	scaled     bool // a scale word or suffix multiplied it
	unit       string
	plain      bool // bare digits, no scale, no unit, no prefix: could be a year
	wordOnly   bool // a lone "one"-like word
}

// at tries to read quantities starting at token i. It returns the index after
// what it read, or i when nothing starts there.
func (p *parser) at(i int) ([]Quantity, int) {
	toks := p.toks
	if qs, end, ok := p.between(i); ok {
		return qs, end
	}
	if qs, end, ok := p.fromTo(i); ok {
		return qs, end
	}
	qual, j := p.prefixQualifier(i)
	qual, i = p.overTime(qual, i, j)
	// vague plurals: "hundreds of", "tens of thousands of"
	if lo, hi, end, ok := p.vague(j); ok {
		return []Quantity{p.make(i, end, (lo+hi)/2, lo, hi, Vague, "", true)}, end
	}
	a, ok := p.number(j)
	if !ok {
		if j > i && j < len(toks) && toks[j].Low == "half" {
			// "more than half", "nearly half": a share
			lo, hi := bounds(0.5, 1, qual)
			return []Quantity{p.make(i, j+1, 0.5, lo, hi, qual, "", true)}, j + 1
		}
		return nil, i
	}
	if j == i && !p.standalone(a) {
		return nil, a.end
	}
	if qs, end, ok := p.rangeAfter(i, a); ok {
		return qs, end
	}
	if j == i && p.bareYear(a) {
		return nil, a.end
	}
	q := p.single(i, a, qual)
	return []Quantity{q.Quantity}, q.endTok
}

// between reads "between X and Y".
func (p *parser) between(i int) ([]Quantity, int, bool) {
	toks := p.toks
	if toks[i].Kind != lex.Word || toks[i].Low != "between" {
		return nil, 0, false
	}
	a, ok := p.number(i + 1)
	if !ok || a.end >= len(toks) || toks[a.end].Low != "and" {
		return nil, 0, false
	}
	b, ok := p.number(a.end + 1)
	if !ok || !unitsAgree(a, b) || yearPair(a, b) {
		return nil, 0, false
	}
	return p.rangeOf(i, a, b), b.end, true
}

// fromTo reads "from X to Y": a change or a range; the new value may carry
// its own qualifier ("cut from 5,200 to about 3,000").
func (p *parser) fromTo(i int) ([]Quantity, int, bool) {
	toks := p.toks
	if toks[i].Kind != lex.Word || toks[i].Low != "from" {
		return nil, 0, false
	}
	a, ok := p.number(i + 1)
	if !ok || a.end >= len(toks) || (toks[a.end].Low != "to" && toks[a.end].Low != "through") {
		return nil, 0, false
	}
	k, qb := a.end+1, Exact
	if q, e := p.match(prefixQ, k); e >= 0 {
		k, qb = e, q
	}
	b, ok := p.number(k)
	if !ok || yearPair(a, b) {
		return nil, 0, false
	}
	if p.isChange(i) || b.val < a.val {
		qa := p.single(a.start, a, Exact)
		qbe := p.single(a.end+1, b, qb)
		qa.Change, qbe.Change = "from", "to"
		return []Quantity{qa.Quantity, qbe.Quantity}, qbe.endTok, true
	}
	if qb == Exact {
		return p.rangeOf(i, a, b), b.end, true
	}
	return nil, 0, false
}

// prefixQualifier reads "about", "more than" and the like at i; j is where
// the number starts. "how many", "what about" ask, they do not qualify.
func (p *parser) prefixQualifier(i int) (qual string, j int) {
	qual, j = p.match(prefixQ, i)
	if j < 0 || qual == About && i > 0 && (p.toks[i-1].Low == "how" || p.toks[i-1].Low == "what") {
		return Exact, i
	}
	return qual, j
}

// overTime drops the "over" of "over three days", "over the past 5 years":
// it spans a time; "over thirty years old" is an age, and stays.
func (p *parser) overTime(qual string, i, j int) (string, int) {
	toks := p.toks
	if qual != MoreThan || toks[i].Low != "over" {
		return qual, i
	}
	a, ok := p.number(j)
	if ok && a.end < len(toks) && timeUnits[toks[a.end].Low] && !(a.end+1 < len(toks) && toks[a.end+1].Low == "old") {
		return Exact, j
	}
	return qual, i
}

// rangeAfter reads the second number of a range after a: "X to Y", "X-Y",
// "X or Y" (in words).
func (p *parser) rangeAfter(i int, a numParse) ([]Quantity, int, bool) {
	toks := p.toks
	if a.end+1 >= len(toks) || !p.rangeSep(a) {
		return nil, 0, false
	}
	sep := toks[a.end]
	b, ok := p.number(a.end + 1)
	if !ok || !unitsAgree(a, b) || yearPair(a, b) {
		return nil, 0, false
	}
	rising := b.val >= a.val || b.scaled && !a.scaled
	wordsMatch := !b.words || sep.Kind == lex.Word || a.words
	if !rising || !wordsMatch {
		return nil, 0, false
	}
	return p.rangeOf(i, a, b), b.end, true
}

// rangeSep reports whether the token after a joins it to a range's end.
func (p *parser) rangeSep(a numParse) bool {
	sep := p.toks[a.end]
	switch sep.Low {
	case "to", "through", "thru", "–", "—":
		return true
	case "-":
		return a.unit != Percent
	case "or":
		return a.words
	case "~":
		return !sep.Space
	}
	return false
}

// bareYear reports a plain number that is a year here, not a count: no
// plural noun after it ("2000 troops" is a count), or a year preposition
// before it ("in 2019").
func (p *parser) bareYear(a numParse) bool {
	if !a.plain || !isYear(a.val) {
		return false
	}
	return !p.countNounAt(a.end) || a.start > 0 && yearPrepositions[p.toks[a.start-1].Low]
}

func unitsAgree(a, b numParse) bool { return a.unit == "" || b.unit == "" || a.unit == b.unit }

// yearPair reports two plain years: "from 2019 to 2020" is a time, not a
// quantity.
func yearPair(a, b numParse) bool { return a.plain && b.plain && isYear(a.val) && isYear(b.val) }

func isYear(v float64) bool { return v >= 1000 && v <= 2100 && v == float64(int(v)) }

// countNounAt reports whether token k looks like a plural count noun
// ("2000 troops" is a count, not a year).
func (p *parser) countNounAt(k int) bool { return k < len(p.toks) && p.toks[k].PluralNoun() }

// standalone reports whether a bare number (no qualifier) is a quantity here:
// not a date part, time of day or part of a name.
func (p *parser) standalone(a numParse) bool {
	toks := p.toks
	first := toks[a.start]
	if a.wordOnly && first.Low == "one" && a.start > 0 && oneAsPronoun(toks[a.start-1].Low) {
		return false
	}
	if first.Kind != lex.Num || a.unit != "" {
		return true
	}
	return a.start == 0 || !p.nameBefore(a.start-1)
}

// oneAsPronoun reports a word before "one" that makes it a pronoun: "no
// one", "the one", "which one".
func oneAsPronoun(w string) bool {
	switch w {
	case "no", "any", "every", "some", "each", "someone", "the", "this", "that", "which":
		return true
	}
	return false
}

// nameBefore reports whether the token at prev makes the digits after it
// part of a name: a capitalised word ("Apollo 11"), a name head ("route
// 1", "No. 2") or "#".
func (p *parser) nameBefore(prev int) bool {
	toks := p.toks
	pt := toks[prev]
	if pt.Kind == lex.Word && (capitalName(pt) || nameHeads[pt.Low]) {
		return true
	}
	if pt.Low == "." && prev > 0 && nameHeads[toks[prev-1].Low] && !toks[prev].Space { // "No. 2"
		return true
	}
	return pt.Low == "#"
}

// capitalName reports a capitalised word that may name a thing: not a
// function word, month, weekday, possessive or number word.
func capitalName(t lex.Token) bool {
	return t.Upper && !notNames[t.Low] && months[t.Low] == 0 && !weekdays[t.Low] &&
		!strings.HasSuffix(t.Low, "'s") && !strings.HasSuffix(t.Low, "’s") && !isSentenceFurniture(t)
}

var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
}

// isSentenceFurniture: capitalised words that are qualifier, currency or
// number words are handled elsewhere and never name a thing.
func isSentenceFurniture(t lex.Token) bool {
	if _, ok := units[t.Low]; ok {
		return true
	}
	if _, ok := scales[t.Low]; ok {
		return true
	}
	return false
}

// isChange decides "from X to Y" (from at token i): a change when a verb
// or noun of change ("cut", "rose", "reduction") comes earlier in the same
// clause and no range cue ("range", "anywhere", "between") does; otherwise a
// range ("from 10 to 20 dollars").
func (p *parser) isChange(i int) bool {
	change := false
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		t := p.toks[k]
		if t.Kind == lex.Sym && (t.Low == "," || t.Low == ";" || t.Low == "." || t.Low == ":") {
			break
		}
		if rangeCues[t.Low] {
			return false
		}
		if changeVerbs[t.Low] {
			change = true
		}
	}
	return change
}

// rangeOf builds a range quantity from two numbers, carrying scale and unit
// across ("2 to 3 million" is 2,000,000..3,000,000; "between 10 and 20
// dollars" is money at both ends).
func (p *parser) rangeOf(i int, a, b numParse) []Quantity {
	if b.scaled && !a.scaled {
		s := b.val / b.rawVal(p)
		if a.val*s <= b.val {
			a.val *= s
		}
	}
	if a.unit == "" {
		a.unit = b.unit
	}
	if b.unit == "" {
		b.unit = a.unit
	}
	lo, hi := a.val, b.val
	if lo > hi {
		lo, hi = hi, lo
	}
	// "500 to 600-ish": a loose end is still the range's end
	end := b.end
	if pq, k := p.match(postfixQ, end); k >= 0 && pq == About {
		end = k
	}
	return []Quantity{p.make(i, end, (lo+hi)/2, lo, hi, Range, b.unit, a.words || b.words)}
}

// rawVal is the number before its scale: "2.5" in "2.5 million".
func (n numParse) rawVal(p *parser) float64 {
	for k := n.start; k < n.end; k++ {
		if p.toks[k].Kind == lex.Num {
			v := p.toks[k].Val
			if k > n.start && p.toks[k-1].Low == "-" {
				v = -v
			}
			if v != 0 {
				return v
			}
		}
	}
	return n.val
}

type quantityEnd struct {
	Quantity
	endTok int
}

func (p *parser) single(i int, a numParse, qual string) quantityEnd {
	qual, end := p.postfixQualifier(qual, a.end)
	qual, end = p.orEqual(qual, end)
	lo, hi := bounds(a.val, a.sig, qual)
	q := p.make(i, end, a.val, lo, hi, qual, a.unit, a.words)
	return quantityEnd{q, end}
}

// postfixQualifier reads a qualifier after the number, which ends at end:
// "or more", "-ish". Followed by "than" and more words it is a comparison,
// not a qualifier; a closing "than" is taken along. It replaces a
// qualifier before the number only to make it about; a spaced "+" is no
// "at least".
func (p *parser) postfixQualifier(qual string, end int) (string, int) {
	toks := p.toks
	pq, k := p.match(postfixQ, end)
	if k < 0 || qual != Exact && pq != About || k < len(toks) && toks[k].Low == "than" && k+1 < len(toks) && toks[k+1].Kind != lex.Sym {
		return qual, end
	}
	if k < len(toks) && toks[k].Low == "than" {
		k++
	}
	if pq == AtLeast && toks[end].Low == "+" && toks[end].Space {
		return qual, end
	}
	return pq, k
}

// orEqual reads "less than 5000 or equal (to)": the bound is inclusive.
func (p *parser) orEqual(qual string, end int) (string, int) {
	toks := p.toks
	if qual != FewerThan && qual != MoreThan || end+1 >= len(toks) || toks[end].Low != "or" || toks[end+1].Low != "equal" ||
		end+3 < len(toks) && toks[end+2].Low == "to" && toks[end+3].Kind == lex.Num {
		return qual, end
	}
	end += 2
	if end < len(toks) && toks[end].Low == "to" {
		end++
	}
	if qual == FewerThan {
		return UpTo, end
	}
	return AtLeast, end
}

func (p *parser) make(i, end int, v, lo, hi float64, qual, unit string, words bool) Quantity {
	s, e := p.toks[i].Start, p.toks[end-1].End
	return Quantity{Span: spanOf(s, e), Text: p.text[s:e], Value: v, Low: lo, High: hi, Qualifier: qual, Unit: unit, Words: words}
}

// vague reads "hundreds of", "tens of thousands of", "dozens of", and a
// few of a scale ("several hundred").
func (p *parser) vague(i int) (lo, hi float64, end int, ok bool) {
	if i >= len(p.toks) {
		return 0, 0, 0, false
	}
	if lo, hi, end, ok := p.fewOfScale(i); ok {
		return lo, hi, end, true
	}
	return p.vaguePlural(i)
}

// fewOfScale reads "several hundred", "a few thousand", "a couple of
// hundred".
func (p *parser) fewOfScale(i int) (lo, hi float64, end int, ok bool) {
	toks := p.toks
	k := i
	if toks[k].Low == "a" && k+1 < len(toks) && (toks[k+1].Low == "few" || toks[k+1].Low == "couple") {
		k++
	}
	m, isFew := fewWords[toks[k].Low]
	if !isFew || k == i && toks[k].Low != "several" {
		return 0, 0, 0, false
	}
	s, end, ok := p.scaleAfterFew(k)
	if !ok {
		return 0, 0, 0, false
	}
	return m[0] * s, m[1] * s, end, true
}

// scaleAfterFew reads the scale of hundred or more after the few-word at
// k, and a closing "of".
func (p *parser) scaleAfterFew(k int) (float64, int, bool) {
	toks := p.toks
	j := k + 1
	if j < len(toks) && toks[j].Low == "of" && toks[k].Low == "couple" {
		j++
	}
	if j >= len(toks) {
		return 0, 0, false
	}
	s, ok := scales[toks[j].Low]
	if !ok || s < 100 || s == 12 {
		return 0, 0, false
	}
	end := j + 1
	if end < len(toks) && toks[end].Low == "of" {
		end++
	}
	return s, end, true
}

// vaguePlural reads "hundreds of", "tens of thousands of" (a plural scale
// after multiplies), "dozens of".
func (p *parser) vaguePlural(i int) (lo, hi float64, end int, ok bool) {
	toks := p.toks
	r, ok := vague[toks[i].Low]
	if !ok {
		return 0, 0, 0, false
	}
	lo, hi, end = r[0], r[1], i+1
	if end+1 < len(toks) && toks[end].Low == "of" {
		if r2, ok := vague[toks[end+1].Low]; ok && r2[0] > r[1] {
			base := r2[0] / 2 // the scale: thousands -> 1000
			lo, hi, end = r[0]*base, (r[1]+1)*base-1, end+2
		}
	}
	if end < len(toks) && toks[end].Low == "of" {
		end++
	} else if toks[i].Low == "tens" || toks[i].Low == "scores" {
		// "tens" and "scores" alone are rarely counts.
		return 0, 0, 0, false
	}
	return lo, hi, end, true
}
