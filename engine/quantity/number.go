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
	toks := p.toks
	t := toks[j]
	// glued letters after: "21st", "3G", "1990s"; scale suffixes are fine.
	if j+1 < len(toks) && !toks[j+1].Space && toks[j+1].Kind == lex.Word {
		w := toks[j+1].Low
		if _, ok := suffixScales[w]; !ok {
			if _, ok := scales[w]; !ok && !isPercentWord(w) && !isCurrencyWord(w) && p.isoAt(j+1, true) == "" {
				return false
			}
		}
	}
	// glued letters before: "MH17", "B52"; or "COVID-19", "F-35" (but
	// "5k-20k" is a range).
	if !t.Space && j > 0 && !prefixed {
		pt := toks[j-1]
		if pt.Kind == lex.Word || pt.Kind == lex.Num {
			return false
		}
		if (pt.Low == "-" || pt.Low == "‑" || pt.Low == "_") && j > 1 && !pt.Space && toks[j-2].Kind == lex.Word &&
			!(j > 2 && !toks[j-2].Space && toks[j-3].Kind == lex.Num) {
			return false
		}
		if pt.Low == "#" || pt.Low == "/" {
			return false
		}
	}
	// a month next to it: "June 12", "12 June", "Jan. 3", "the 3 of March"
	if t.Plain && t.Val >= 1 && t.Val <= 31 {
		k := j - 1
		if k >= 0 && toks[k].Low == "." {
			k--
		}
		if k >= 0 && p.isMonth(k) {
			return false
		}
		k = j + 1
		if k < len(toks) && toks[k].Low == "of" {
			k++
		}
		if k < len(toks) && p.isMonth(k) {
			return false
		}
	}
	// "June 12, 2020" / "June 2020": the year of a date
	if t.Plain && isYear(t.Val) && j > 0 {
		k := j - 1
		if toks[k].Low == "," {
			k--
		}
		if k >= 0 && (p.isMonth(k) || toks[k].Kind == lex.Num && k > 0 && p.isMonth(k-1)) {
			return false
		}
	}
	return true
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
	toks := p.toks
	const (
		none = iota
		unit
		teen
		tens
		hundred
		big
		and
	)
	total, cur := 0.0, 0.0
	lastScale := 0.0
	last := none
	if start >= 0 {
		cur, last = start, unit
	}
	end, used := k, 0
	aStart := false
	for i := k; i < len(toks); i++ {
		t := toks[i]
		if t.Kind == lex.Sym && t.Low == "-" && !t.Space && i+1 < len(toks) && !toks[i+1].Space {
			// "twenty-one"; "two-dozen", "three-hundred": a hyphen before a scale
			if last == tens {
				continue
			}
			if s, ok := scales[toks[i+1].Low]; ok && last == unit && s <= 100 {
				continue
			}
		}
		if t.Kind == lex.Num && t.Plain && t.Space && (last == and && t.Val < 100 ||
			last == big && t.Val < 1000 && i+1 < len(toks) && toks[i+1].Low == "hundred") {
			cur += t.Val
			last = unit
			if t.Val >= 10 {
				last = tens
			}
			used++
			end = i + 1
			continue
		}
		if t.Kind != lex.Word {
			break
		}
		w := t.Low
		if (w == "a" || w == "an") && last == none && i == k && start < 0 {
			if i+1 < len(toks) {
				if s, ok := scales[toks[i+1].Low]; ok && s >= 12 {
					aStart = true
					cur = 1
					last = unit
					continue
				}
			}
			break
		}
		if u, ok := units[w]; ok {
			switch {
			case u < 10 && (last == none || last == tens || last == hundred || last == big || last == and):
				if last == tens && i > 0 && toks[i-1].Low != "-" && toks[i-1].Kind == lex.Word && !toks[i].Space {
					return 0, 0, 0, false
				}
			case u >= 10 && u < 20 && (last == none || last == hundred || last == big || last == and):
			case u >= 20 && (last == none || last == hundred || last == big || last == and):
			default:
				goto done
			}
			cur += u
			switch {
			case u < 10:
				last = unit
			case u < 20:
				last = teen
			default:
				last = tens
			}
			used++
			end = i + 1
			continue
		}
		if s, ok := scales[w]; ok || last == big && cur == 0 && (w == "millions" || w == "billions") {
			if !ok {
				s = map[string]float64{"millions": 1e6, "billions": 1e9}[w]
			}
			if last == big && cur == 0 && s > lastScale && s > 100 {
				// "three lakh crore", "three thousand millions": a scale of a scale
				total *= s
				lastScale = s
				used++
				end = i + 1
				continue
			}
			if last == none || last == and || last == big && s <= 100 {
				break
			}
			if s == 100 {
				if cur >= 100 || last == hundred {
					break
				}
				cur *= 100
				last = hundred
			} else {
				if cur == 0 {
					cur = 1
				}
				total += cur * s
				cur = 0
				last = big
				lastScale = s
			}
			used++
			end = i + 1
			continue
		}
		if w == "and" && (last == hundred || last == big) && i+1 < len(toks) {
			nx := toks[i+1].Low
			if u, ok := units[nx]; ok && u > 0 || toks[i+1].Kind == lex.Num && toks[i+1].Plain && toks[i+1].Val < 100 && toks[i+1].Val > 0 {
				last = and
				continue
			}
		}
		break
	}
done:
	if used == 0 || (aStart && used < 1) {
		return 0, 0, 0, false
	}
	if aStart {
		used++
	}
	return total + cur, end, used, true
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
	var v float64
	var end int
	switch toks[k].Kind {
	case lex.Num:
		if !toks[k].Plain || toks[k].Val >= 100 {
			return 0, 0, false
		}
		v, end = toks[k].Val, k+1
	case lex.Word:
		w, e2, _, ok := p.words(k, -1)
		if !ok || w >= 100 {
			return 0, 0, false
		}
		v, end = w, e2
		// "US$3 and fourteen": hundredths in words closing the phrase
		if end == len(toks) || toks[end].Kind == lex.Sym && toks[end].Low != "-" {
			if _, k2 := p.match(curSub, end); k2 < 0 {
				return v, end, true
			}
		}
	default:
		return 0, 0, false
	}
	if _, k2 := p.match(curSub, end); k2 >= 0 && (len(toks[end].Low) > 1 || !toks[end].Space) {
		return v, k2, true
	}
	if toks[k].Kind == lex.Num && (end == len(toks) || toks[end].Kind == lex.Sym && toks[end].Low != "-" && toks[end].Low != "%") {
		return v, end, true
	}
	return 0, 0, false
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
