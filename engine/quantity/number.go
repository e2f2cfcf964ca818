package quantity

import (
	"strings"

	"github.com/claimcheck/claimcheck/engine/span"
	"github.com/claimcheck/claimcheck/internal/lex"
)

func spanOf(s, e int) span.Span { return span.Span{Start: s, End: e} }

// number reads one number at token k: an optional currency prefix and sign,
// digits or number words, a scale, and a unit (currency or percent). It
// rejects ordinals, dates, times of day and numbers glued into names.
func (p *parser) number(k int) (numParse, bool) {
	n := numParse{start: k}
	if k >= len(p.toks) {
		return n, false
	}
	code, j, mega := p.currencyPrefix(k)
	neg, j := p.sign(j, code)
	code, j = p.dollarAfterSign(code, j)
	if j >= len(p.toks) {
		return n, false
	}
	switch p.toks[j].Kind {
	case lex.Num:
		if !p.digitsOK(j, code != "" || neg) {
			return n, false
		}
		p.digits(&n, j, code, neg)
	case lex.Word:
		if code == "" && p.oneMoneyUnit(&n, j) {
			return n, true
		}
		if !p.wordNumber(&n, j) {
			return n, false
		}
	default:
		return n, false
	}
	if neg {
		n.val = -n.val
	}
	p.pointDecimals(&n)
	if mega {
		n.val *= 1e6
		n.scaled = true
	}
	code, e := p.unitAfter(&n, code)
	n.unit = code
	n.end = e
	if code != "" {
		n.plain = false
	}
	return n, code != "" || !p.timeOfDay(e)
}

// currencyPrefix reads a currency before the number: a symbol or word
// ("$", "US$"), an ISO code, or millions of one ("MAUD 60"). j is where
// the sign or the number starts.
func (p *parser) currencyPrefix(k int) (code string, j int, mega bool) {
	if code, j = p.match(curPre, k); j >= 0 {
		return code, j, false
	}
	if code = p.isoAt(k, false); code != "" {
		return code, k + 1, false
	}
	if code = p.megaISO(k); code != "" {
		return code, k + 1, true
	}
	return "", k, false
}

// sign reads a minus before the number: "-5", "−5", "minus five". A hyphen
// counts only when spaced off what precedes it or after a currency or
// symbol, so that "5k-20k" stays a range.
func (p *parser) sign(j int, code string) (bool, int) {
	toks := p.toks
	if j+1 >= len(toks) {
		return false, j
	}
	next := toks[j+1]
	if (toks[j].Low == "-" || toks[j].Low == "−") && next.Kind == lex.Num && !next.Space &&
		(toks[j].Space || j == 0 || code != "" || toks[j-1].Kind == lex.Sym) {
		return true, j + 1
	}
	if toks[j].Low == "minus" && (next.Kind == lex.Num || next.Kind == lex.Word) {
		return true, j + 1
	}
	return false, j
}

// dollarAfterSign reads the "$" of "-$5".
func (p *parser) dollarAfterSign(code string, j int) (string, int) {
	if code != "" || j+1 >= len(p.toks) || p.toks[j].Kind == lex.Num || p.toks[j].Low != "$" {
		return code, j
	}
	return "USD", j + 1
}

// digits reads the number written in digits at j and a scale after it.
func (p *parser) digits(n *numParse, j int, code string, neg bool) {
	t := p.toks[j]
	n.val, n.sig = t.Val, int(t.Sig)
	e := p.scaleAfterDigits(n, j+1)
	n.plain = t.Plain && !n.scaled && code == "" && !neg
	n.end = e
}

// scaleAfterDigits applies the first scale found at e: glued ("1.2bn",
// "10k"), hyphenated ("$3.5-billion"), a spaced "k" closing the phrase
// ("2.33 k"), or spelled ("2.5 million", "3 hundred and 21").
func (p *parser) scaleAfterDigits(n *numParse, e int) int {
	s, e2 := p.gluedScale(e)
	if e2 == e {
		s, e2 = p.hyphenScale(e)
	}
	if e2 == e {
		s, e2 = p.spacedK(e)
	}
	if e2 > e {
		n.val *= s
		n.scaled = true
		return e2
	}
	return p.spelledScale(n, e)
}

func (p *parser) gluedScale(e int) (float64, int) {
	toks := p.toks
	if e < len(toks) && !toks[e].Space && toks[e].Kind == lex.Word {
		if s, ok := suffixScales[toks[e].Low]; ok {
			return s, e + 1
		}
	}
	return 0, e
}

func (p *parser) hyphenScale(e int) (float64, int) {
	toks := p.toks
	if e+1 < len(toks) && toks[e].Low == "-" && !toks[e].Space && !toks[e+1].Space {
		if s, ok := scales[toks[e+1].Low]; ok && s >= 1e3 {
			return s, e + 2
		}
	}
	return 0, e
}

func (p *parser) spacedK(e int) (float64, int) {
	toks := p.toks
	if e < len(toks) && toks[e].Low == "k" && (e+1 == len(toks) || toks[e+1].Kind == lex.Sym) {
		return 1e3, e + 1
	}
	return 0, e
}

func (p *parser) spelledScale(n *numParse, e int) int {
	toks := p.toks
	if e >= len(toks) || toks[e].Kind != lex.Word {
		return e
	}
	if _, ok := scales[toks[e].Low]; !ok {
		return e
	}
	if v, e2, _, ok := p.words(e, n.val); ok && e2 > e {
		n.val = v
		n.scaled = true
		return e2
	}
	return e
}

// oneMoneyUnit reads "a dollar and 42 cents": one unit of money, and its
// cents.
func (p *parser) oneMoneyUnit(n *numParse, j int) bool {
	toks := p.toks
	if w := toks[j].Low; w != "a" && w != "an" && w != "one" {
		return false
	}
	c, k2 := p.match(curSuf, j+1)
	if k2 < 0 || toks[j+1].Kind != lex.Word || toks[k2-1].Kind != lex.Word {
		return false
	}
	if k2 < len(toks) && (toks[k2].Kind == lex.Num || toks[k2].Low == "$") {
		return false
	}
	n.val, n.end, n.words, n.sig, n.unit = 1, k2, true, 1, c
	if cents, e2, ok := p.cents(k2); ok {
		n.val += cents / 100
		n.sig, n.end = 3, e2
	}
	n.plain = false
	return true
}

// wordNumber reads a number in words at j: a fraction of a scale ("half a
// million") or number words ("two hundred"); "two-thirds" is no count.
func (p *parser) wordNumber(n *numParse, j int) bool {
	if v, e, ok := p.fraction(j); ok {
		n.val, n.end, n.words, n.sig, n.scaled = v, e, true, 2, true
		return true
	}
	v, e, cnt, ok := p.words(j, -1)
	if !ok {
		return false
	}
	n.val, n.end, n.words = v, e, true
	n.sig = sigOf(v)
	n.wordOnly = cnt == 1
	return !p.hyphenFraction(e)
}

// hyphenFraction reports "-thirds" and the like glued after the number
// words that end at e: "two-thirds", "one-third", "three-fold".
func (p *parser) hyphenFraction(e int) bool {
	toks := p.toks
	if e+1 >= len(toks) || toks[e].Low != "-" || toks[e].Space || toks[e+1].Kind != lex.Word || toks[e+1].Space {
		return false
	}
	switch toks[e+1].Low {
	case "third", "thirds", "fourth", "fourths", "quarter", "quarters", "half", "fifth", "fifths", "fold":
		return true
	}
	return false
}

// pointDecimals reads decimals said as words: "two point two million",
// "1 point 1".
func (p *parser) pointDecimals(n *numParse) {
	toks := p.toks
	if n.end+1 >= len(toks) || toks[n.end].Low != "point" || n.scaled {
		return
	}
	frac, e := p.decimalsAfterPoint(n.end + 1)
	if e == n.end+1 {
		return
	}
	n.val += frac
	n.sig = 2
	n.end = e
	if e < len(toks) {
		if s, ok := scales[toks[e].Low]; ok && s >= 1e3 {
			n.val *= s
			n.scaled = true
			n.end++
		}
	}
}

// decimalsAfterPoint reads digit words ("two five") or one plain number
// after "point"; it returns their value as a fraction and where they end.
func (p *parser) decimalsAfterPoint(first int) (float64, int) {
	toks := p.toks
	frac, scale, e := 0.0, 0.1, first
	for ; e < len(toks); e++ {
		if u, ok := units[toks[e].Low]; ok && u < 10 && toks[e].Kind == lex.Word {
			frac += u * scale
		} else if toks[e].Kind == lex.Num && toks[e].Plain && e == first {
			frac, scale = lex.Value("0."+toks[e].Low), 0
		} else {
			break
		}
		scale /= 10
	}
	return frac, e
}

// unitAfter reads what follows the number: a unit glued by a hyphen ("a
// 12-cent dividend"), a spaced SI letter ("3 M"), millions of a currency
// ("30 MUSD"), a currency or percent word, a currency repeated ("$100
// USD"), a scale after the currency ("75 USD million") and cents ("3
// dollars 50 cents"). It returns the unit and where the quantity ends.
func (p *parser) unitAfter(n *numParse, code string) (string, int) {
	e := n.end
	if code == "" {
		code, e = p.hyphenUnit(n, e)
	}
	if code == "" && !n.scaled {
		e = p.spacedSILetter(n, e)
	}
	if code == "" {
		if c := p.megaISO(e); c != "" {
			code, e = c, e+1
			n.val *= 1e6
			n.scaled = true
		}
	}
	if code == "" {
		code, e = p.unitWord(n, e)
	} else {
		e = p.repeatedCurrency(code, e)
	}
	if code == "" || code == Percent {
		return code, e
	}
	e = p.scaleAfterCurrency(n, e)
	return code, p.centsAfter(n, e)
}

// hyphenUnit reads "a 12-cent dividend", "a $5-billion deal".
func (p *parser) hyphenUnit(n *numParse, e int) (string, int) {
	toks := p.toks
	if e+1 >= len(toks) || toks[e].Low != "-" || toks[e].Space || toks[e+1].Space || toks[e+1].Kind != lex.Word {
		return "", e
	}
	if c, k2 := p.match(curSub, e+1); k2 >= 0 && len(toks[e+1].Low) > 1 {
		n.val /= 100
		return c, k2
	}
	if c, k2 := p.match(curSuf, e+1); k2 >= 0 {
		return c, k2
	}
	return "", e
}

// siLetters are scales written as one capital letter.
var siLetters = map[string]float64{"K": 1e3, "M": 1e6, "G": 1e9, "B": 1e9, "T": 1e12}

// spacedSILetter reads a spaced SI letter closing the phrase: "1,674.5 G",
// "3 M".
func (p *parser) spacedSILetter(n *numParse, e int) int {
	toks := p.toks
	if e >= len(toks) || !toks[e].Space || !(e+1 == len(toks) || toks[e+1].Kind == lex.Sym) {
		return e
	}
	if s, ok := siLetters[p.written(e)]; ok {
		n.val *= s
		n.scaled = true
		return e + 1
	}
	return e
}

// unitWord reads the unit of a number that has none yet: a currency word
// or symbol, an ISO code, a hundredth ("50 cents") or percent.
func (p *parser) unitWord(n *numParse, e int) (string, int) {
	toks := p.toks
	if c, k2 := p.match(curSuf, e); k2 >= 0 && !(toks[e].Kind == lex.Sym && k2 < len(toks) && toks[k2].Kind == lex.Num) {
		return c, k2
	}
	if c := p.isoAt(e, true); c != "" {
		return c, e + 1
	}
	if c, k2 := p.match(curSub, e); k2 >= 0 && (len(toks[e].Low) > 1 || !toks[e].Space) && !(len(toks[e].Low) == 1 && k2 < len(toks) && toks[k2].Low == ".") {
		n.val /= 100
		n.sig = sigOf(n.val * 100)
		return c, k2
	}
	if _, k2 := p.match(pctWords, e); k2 >= 0 {
		return Percent, k2
	}
	return "", e
}

// repeatedCurrency skips the currency said again after the number: "$100
// USD", "$5 dollars".
func (p *parser) repeatedCurrency(code string, e int) int {
	if c, k2 := p.match(curSuf, e); k2 >= 0 && c == code && p.toks[e].Kind == lex.Word {
		return k2
	}
	if p.isoAt(e, true) == code {
		return e + 1
	}
	return e
}

// scaleAfterCurrency reads "75 USD million".
func (p *parser) scaleAfterCurrency(n *numParse, e int) int {
	if n.scaled || e >= len(p.toks) {
		return e
	}
	if s, ok := scales[p.toks[e].Low]; ok && s >= 1e3 {
		n.val *= s
		n.scaled = true
		return e + 1
	}
	return e
}

// centsAfter reads the cents of a whole amount: "3 dollars 50 cents",
// "$20 and 43c", "20 dollar 43".
func (p *parser) centsAfter(n *numParse, e int) int {
	if n.val != float64(int64(n.val)) {
		return e
	}
	if c, e2, ok := p.cents(e); ok {
		n.val += c / 100
		n.sig = sigOf(n.val * 100)
		return e2
	}
	return e
}

// timeOfDay reports a clock word after a bare number: "3 pm", "3 p.m.",
// "5 o'clock".
func (p *parser) timeOfDay(e int) bool {
	toks := p.toks
	if e >= len(toks) || toks[e].Kind != lex.Word {
		return false
	}
	switch toks[e].Low {
	case "am", "pm", "o'clock", "oclock", "hrs", "gmt", "utc":
		return true
	case "a", "p":
		return e+2 < len(toks) && toks[e+1].Low == "." && toks[e+2].Low == "m"
	}
	return false
}

// digitsOK rejects digit tokens that belong to ordinals, names and dates.
func (p *parser) digitsOK(j int, prefixed bool) bool {
	t := p.toks[j]
	if p.lettersGluedAfter(j) {
		return false
	}
	if !t.Space && j > 0 && !prefixed && p.nameGluedBefore(j) {
		return false
	}
	if t.Plain && t.Val >= 1 && t.Val <= 31 && p.dayOfMonth(j) {
		return false
	}
	return !(t.Plain && isYear(t.Val) && j > 0 && p.yearOfDate(j))
}

// lettersGluedAfter reports letters stuck to the digits at j that are not
// a scale, percent or currency: "21st", "3G", "1990s".
func (p *parser) lettersGluedAfter(j int) bool {
	toks := p.toks
	if j+1 >= len(toks) || toks[j+1].Space || toks[j+1].Kind != lex.Word {
		return false
	}
	w := toks[j+1].Low
	if _, ok := suffixScales[w]; ok {
		return false
	}
	if _, ok := scales[w]; ok {
		return false
	}
	return !isPercentWord(w) && !isCurrencyWord(w) && p.isoAt(j+1, true) == ""
}

// nameGluedBefore reports digits glued to what precedes them: "MH17",
// "B52", "#3", "1/2"; or "COVID-19", "F-35" (but "5k-20k" is a range).
func (p *parser) nameGluedBefore(j int) bool {
	toks := p.toks
	pt := toks[j-1]
	if pt.Kind == lex.Word || pt.Kind == lex.Num || pt.Low == "#" || pt.Low == "/" {
		return true
	}
	if (pt.Low != "-" && pt.Low != "‑" && pt.Low != "_") || j <= 1 || pt.Space || toks[j-2].Kind != lex.Word {
		return false
	}
	return !(j > 2 && !toks[j-2].Space && toks[j-3].Kind == lex.Num)
}

// dayOfMonth reports a month next to the day at j: "June 12", "12 June",
// "Jan. 3", "the 3 of March".
func (p *parser) dayOfMonth(j int) bool {
	toks := p.toks
	k := j - 1
	if k >= 0 && toks[k].Low == "." {
		k--
	}
	if k >= 0 && p.isMonth(k) {
		return true
	}
	k = j + 1
	if k < len(toks) && toks[k].Low == "of" {
		k++
	}
	return k < len(toks) && p.isMonth(k)
}

// yearOfDate reports the year at j of a date: "June 12, 2020", "June 2020".
func (p *parser) yearOfDate(j int) bool {
	toks := p.toks
	k := j - 1
	if toks[k].Low == "," {
		k--
	}
	return k >= 0 && (p.isMonth(k) || toks[k].Kind == lex.Num && k > 0 && p.isMonth(k-1))
}

func (p *parser) isMonth(k int) bool {
	t := p.toks[k]
	if t.Kind != lex.Word {
		return false
	}
	if _, ok := months[t.Low]; !ok {
		return false
	}
	// "may" and "march" are verbs too; lower-case "may" is the verb.
	if t.Low == "may" && !t.Upper {
		return false
	}
	return true
}

func isPercentWord(w string) bool { return w == "percent" || w == "pct" }

func isCurrencyWord(w string) bool {
	for _, ph := range curSuf[w] {
		if len(ph.words) == 1 {
			return true
		}
	}
	return len(curSub[w]) > 0
}

// words reads a number written in words at token k ("two hundred thousand",
// "twenty-one", "a dozen"). With start >= 0 it continues a number already
// read from digits ("2.5 million", "3 hundred and 21"). It returns the value,
// the index after the last word used, and how many number words it used.
func (p *parser) words(k int, start float64) (float64, int, int, bool) {
	r := wordReader{p: p, k: k, start: start, end: k}
	if start >= 0 {
		r.cur, r.last = start, wUnit
	}
	for i := k; i < len(p.toks); i++ {
		st := r.step(i)
		if st == wordStop {
			break
		}
		if st == wordBad {
			return 0, 0, 0, false
		}
	}
	if r.used == 0 {
		return 0, 0, 0, false
	}
	if r.aStart {
		r.used++
	}
	return r.total + r.cur, r.end, r.used, true
}

// wordState is the kind of the last number word read, which decides what
// may follow: "twenty" takes "one", "hundred" takes "and".
type wordState int

const (
	wNone wordState = iota
	wUnit
	wTeen
	wTens
	wHundred
	wBig // thousand and up
	wAnd // "and" after hundred or a big scale
)

// wordStep says what a token did to the number being read.
type wordStep int

const (
	wordTook wordStep = iota // part of the number: go on
	wordStop                 // the number ended before it
	wordBad                  // not a number after all
)

// wordReader is the state of words: the sum of the finished scales
// (total), the part under the current scale (cur) and how it was built.
type wordReader struct {
	p          *parser
	k          int
	start      float64
	total, cur float64
	lastScale  float64
	last       wordState
	end, used  int
	aStart     bool // "a dozen", "a million": the "a" counts as one
}

func (r *wordReader) step(i int) wordStep {
	t := r.p.toks[i]
	if r.hyphenInside(i) {
		return wordTook
	}
	if r.digitsInside(i) {
		return wordTook
	}
	if t.Kind != lex.Word {
		return wordStop
	}
	if (t.Low == "a" || t.Low == "an") && r.last == wNone && i == r.k && r.start < 0 {
		return r.aBeforeScale(i)
	}
	if u, ok := units[t.Low]; ok {
		return r.unitWord(i, u)
	}
	if s, ok := r.scaleWord(t.Low); ok {
		return r.scale(i, s)
	}
	if r.andBefore(i) {
		r.last = wAnd
		return wordTook
	}
	return wordStop
}

func (r *wordReader) took(i int) {
	r.used++
	r.end = i + 1
}

// hyphenInside skips the hyphen of "twenty-one", and of "two-dozen",
// "three-hundred" (a hyphen before a scale).
func (r *wordReader) hyphenInside(i int) bool {
	toks := r.p.toks
	t := toks[i]
	if t.Kind != lex.Sym || t.Low != "-" || t.Space || i+1 >= len(toks) || toks[i+1].Space {
		return false
	}
	if r.last == wTens {
		return true
	}
	s, ok := scales[toks[i+1].Low]
	return ok && r.last == wUnit && s <= 100
}

// digitsInside reads digits that go on a number in words: "3 hundred and
// 21", "two thousand 5 hundred".
func (r *wordReader) digitsInside(i int) bool {
	toks := r.p.toks
	t := toks[i]
	if t.Kind != lex.Num || !t.Plain || !t.Space {
		return false
	}
	afterAnd := r.last == wAnd && t.Val < 100
	hundreds := r.last == wBig && t.Val < 1000 && i+1 < len(toks) && toks[i+1].Low == "hundred"
	if !afterAnd && !hundreds {
		return false
	}
	r.cur += t.Val
	r.last = wUnit
	if t.Val >= 10 {
		r.last = wTens
	}
	r.took(i)
	return true
}

// aBeforeScale reads the "a" of "a dozen", "a million".
func (r *wordReader) aBeforeScale(i int) wordStep {
	toks := r.p.toks
	if i+1 < len(toks) {
		if s, ok := scales[toks[i+1].Low]; ok && s >= 12 {
			r.aStart = true
			r.cur = 1
			r.last = wUnit
			return wordTook
		}
	}
	return wordStop
}

// unitWord adds a word from zero to ninety ("seven", "fifteen", "forty")
// where one may stand: not "twenty fifteen", not "seven eight".
func (r *wordReader) unitWord(i int, u float64) wordStep {
	open := r.last == wNone || r.last == wHundred || r.last == wBig || r.last == wAnd
	if !open && !(u < 10 && r.last == wTens) {
		return wordStop
	}
	if u < 10 && r.last == wTens && r.gluedToWord(i) {
		return wordBad
	}
	r.cur += u
	switch {
	case u < 10:
		r.last = wUnit
	case u < 20:
		r.last = wTeen
	default:
		r.last = wTens
	}
	r.took(i)
	return wordTook
}

// gluedToWord reports a token stuck to the word before it, with no hyphen.
func (r *wordReader) gluedToWord(i int) bool {
	toks := r.p.toks
	return i > 0 && toks[i-1].Low != "-" && toks[i-1].Kind == lex.Word && !toks[i].Space
}

// scaleWord is the value of a scale word; "millions" and "billions" count
// only right after another scale ("three thousand millions").
func (r *wordReader) scaleWord(w string) (float64, bool) {
	if s, ok := scales[w]; ok {
		return s, true
	}
	if r.last != wBig || r.cur != 0 {
		return 0, false
	}
	switch w {
	case "millions":
		return 1e6, true
	case "billions":
		return 1e9, true
	}
	return 0, false
}

// scale multiplies by a scale word: "hundred" the part under the current
// scale, a bigger one everything so far.
func (r *wordReader) scale(i int, s float64) wordStep {
	if r.last == wBig && r.cur == 0 && s > r.lastScale && s > 100 {
		// "three lakh crore", "three thousand millions": a scale of a scale
		r.total *= s
		r.lastScale = s
		r.took(i)
		return wordTook
	}
	if r.last == wNone || r.last == wAnd || r.last == wBig && s <= 100 {
		return wordStop
	}
	if s == 100 {
		if r.cur >= 100 || r.last == wHundred {
			return wordStop
		}
		r.cur *= 100
		r.last = wHundred
	} else {
		if r.cur == 0 {
			r.cur = 1
		}
		r.total += r.cur * s
		r.cur = 0
		r.last = wBig
		r.lastScale = s
	}
	r.took(i)
	return wordTook
}

// andBefore reports the "and" of "two hundred and five", "a thousand and
// 21": after a scale, before a unit word or small digits.
func (r *wordReader) andBefore(i int) bool {
	toks := r.p.toks
	if toks[i].Low != "and" || (r.last != wHundred && r.last != wBig) || i+1 >= len(toks) {
		return false
	}
	nx := toks[i+1]
	if u, ok := units[nx.Low]; ok && u > 0 {
		return true
	}
	return nx.Kind == lex.Num && nx.Plain && nx.Val < 100 && nx.Val > 0
}

// cents reads the hundredths after a whole amount of money: "50 cents",
// "and 43c", "and forty-two cents"; bare digits ("20 dollar 43") only when
// nothing but punctuation or the end follows.
func (p *parser) cents(e int) (float64, int, bool) {
	toks := p.toks
	k := e
	if k < len(toks) && toks[k].Low == "and" {
		k++
	}
	if k >= len(toks) {
		return 0, 0, false
	}
	v, end, closing, ok := p.centsValue(k)
	if !ok {
		return 0, 0, false
	}
	if closing {
		return v, end, true
	}
	if _, k2 := p.match(curSub, end); k2 >= 0 && (len(toks[end].Low) > 1 || !toks[end].Space) {
		return v, k2, true
	}
	if toks[k].Kind == lex.Num && (end == len(toks) || toks[end].Kind == lex.Sym && toks[end].Low != "-" && toks[end].Low != "%") {
		return v, end, true
	}
	return 0, 0, false
}

// centsValue reads the number of hundredths at k, under 100, in digits or
// words; closing reports words that end the phrase with no subunit after
// them ("US$3 and fourteen").
func (p *parser) centsValue(k int) (v float64, end int, closing, ok bool) {
	toks := p.toks
	switch toks[k].Kind {
	case lex.Num:
		if !toks[k].Plain || toks[k].Val >= 100 {
			return 0, 0, false, false
		}
		return toks[k].Val, k + 1, false, true
	case lex.Word:
		w, e2, _, ok := p.words(k, -1)
		if !ok || w >= 100 {
			return 0, 0, false, false
		}
		if e2 == len(toks) || toks[e2].Kind == lex.Sym && toks[e2].Low != "-" {
			if _, k2 := p.match(curSub, e2); k2 < 0 {
				return w, e2, true, true
			}
		}
		return w, e2, false, true
	}
	return 0, 0, false, false
}

// fraction reads "half a million", "a quarter million", "three quarters of a
// billion": a fraction of a scale word.
func (p *parser) fraction(k int) (float64, int, bool) {
	toks := p.toks
	at := func(i int) string {
		if i < len(toks) {
			return toks[i].Low
		}
		return ""
	}
	j := k
	f := 0.0
	switch {
	case at(j) == "a" && at(j+1) == "half", at(j) == "a" && at(j+1) == "quarter":
		j++
		fallthrough
	case at(j) == "half" || at(j) == "quarter":
		f = 0.5
		if at(j) == "quarter" {
			f = 0.25
		}
		j++
	case (at(j) == "one" || at(j) == "two" || at(j) == "three") && at(j+1) == "quarters":
		f = units[at(j)] * 0.25
		j += 2
	default:
		return 0, k, false
	}
	if at(j) == "of" {
		j++
	}
	if at(j) == "a" || at(j) == "an" {
		j++
	}
	s, ok := scales[at(j)]
	if !ok || s < 1e3 {
		return 0, k, false
	}
	return f * s, j + 1, true
}

// megaISO reads "MUSD", "MEUR": a capital M glued to a currency code, the
// finance shorthand for millions.
func (p *parser) megaISO(k int) string {
	if k >= len(p.toks) || p.toks[k].Kind != lex.Word {
		return ""
	}
	t := p.written(k)
	if len(t) == 4 && t[0] == 'M' && strings.ToUpper(t) == t && isoSet[t[1:]] {
		return t[1:]
	}
	return ""
}
