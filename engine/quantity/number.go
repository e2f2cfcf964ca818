package quantity

import (
	"strings"

	"github.com/claimcheck/claimcheck/engine/span"
)

func spanOf(s, e int) span.Span { return span.Span{Start: s, End: e} }

// number reads one number at token k: an optional currency prefix and sign,
// digits or number words, a scale, and a unit (currency or percent). It
// rejects ordinals, dates, times of day and numbers glued into names.
func (p *parser) number(k int) (numParse, bool) {
	toks := p.toks
	n := numParse{start: k}
	if k >= len(toks) {
		return n, false
	}
	code, j := p.match(curPre, k)
	mega := false
	if j < 0 {
		code, j = p.isoAt(k, false), k
		if code != "" {
			j++
		} else if code = p.megaISO(k); code != "" {
			j, mega = k+1, true // "MAUD 60"
		}
	}
	neg := false
	if j+1 < len(toks) && (toks[j].low == "-" || toks[j].low == "−") && toks[j+1].kind == num && !toks[j+1].space &&
		(toks[j].space || j == 0 || code != "" || toks[j-1].kind == sym) {
		neg = true
		j++
	} else if j+1 < len(toks) && toks[j].low == "minus" && (toks[j+1].kind == num || toks[j+1].kind == word) {
		neg = true
		j++
	}
	if code == "" && j < len(toks) && toks[j].kind == num {
		// a symbol after the sign: "-$5"
	} else if code == "" && j+1 < len(toks) && toks[j].low == "$" {
		code, j = "USD", j+1
	}
	if j >= len(toks) {
		return n, false
	}
	t := toks[j]
	switch t.kind {
	case num:
		if !p.digitsOK(j, code != "" || neg) {
			return n, false
		}
		n.val, n.sig = t.val, t.sig
		e := j + 1
		// glued scale: "1.2bn", "10k"
		if e < len(toks) && !toks[e].space && toks[e].kind == word {
			if s, ok := suffixScales[toks[e].low]; ok {
				n.val *= s
				n.scaled = true
				e++
			}
		}
		// a hyphen-glued scale: "$3.5-billion"
		if !n.scaled && e+1 < len(toks) && toks[e].low == "-" && !toks[e].space && !toks[e+1].space {
			if s, ok := scales[toks[e+1].low]; ok && s >= 1e3 {
				n.val *= s
				n.scaled = true
				e += 2
			}
		}
		// a spaced "k" at the end of a phrase: "2.33 k"
		if !n.scaled && e < len(toks) && toks[e].low == "k" && (e+1 == len(toks) || toks[e+1].kind == sym) {
			n.val *= 1e3
			n.scaled = true
			e++
		}
		// spelled scales after digits: "2.5 million", "3 hundred and 21"
		if !n.scaled && e < len(toks) && toks[e].kind == word {
			if _, ok := scales[toks[e].low]; ok {
				v, e2, _, ok := p.words(e, n.val)
				if ok && e2 > e {
					n.val, e = v, e2
					n.scaled = true
				}
			}
		}
		n.plain = t.plain && !n.scaled && code == "" && !neg
		n.end = e
	case word:
		// "a dollar and 42 cents": one unit of money
		if (t.low == "a" || t.low == "an" || t.low == "one") && code == "" {
			if c, k2 := p.match(curSuf, j+1); k2 >= 0 && toks[j+1].kind == word && toks[k2-1].kind == word &&
				!(k2 < len(toks) && (toks[k2].kind == num || toks[k2].low == "$")) {
				n.val, n.end, n.words, n.sig, n.unit = 1, k2, true, 1, c
				if cents, e2, ok := p.cents(k2); ok {
					n.val += cents / 100
					n.sig, n.end = 3, e2
				}
				n.plain = false
				return n, true
			}
		}
		if v, e, ok := p.fraction(j); ok {
			n.val, n.end, n.words, n.sig, n.scaled = v, e, true, 2, true
			break
		}
		v, e, cnt, ok := p.words(j, -1)
		if !ok {
			return n, false
		}
		n.val, n.end, n.words = v, e, true
		n.sig = sigOf(v)
		n.wordOnly = cnt == 1
		// "two-thirds", "one-third": fractions, not counts.
		if e+1 < len(toks) && toks[e].low == "-" && !toks[e].space && toks[e+1].kind == word && !toks[e+1].space {
			switch toks[e+1].low {
			case "third", "thirds", "fourth", "fourths", "quarter", "quarters", "half", "fifth", "fifths", "fold":
				return n, false
			}
		}
	default:
		return n, false
	}
	if neg {
		n.val = -n.val
	}
	// "two point two million", "1 point 1"
	if n.end+1 < len(toks) && toks[n.end].low == "point" && !n.scaled {
		frac, scale, e := 0.0, 0.1, n.end+1
		for e < len(toks) {
			if u, ok := units[toks[e].low]; ok && u < 10 && toks[e].kind == word {
				frac += u * scale
			} else if toks[e].kind == num && toks[e].plain && e == n.end+1 {
				v, _ := parseDigits("0." + toks[e].text)
				frac, scale = v, 0
			} else {
				break
			}
			scale /= 10
			e++
		}
		if e > n.end+1 {
			n.val += frac
			n.sig = 2
			n.end = e
			if e < len(toks) {
				if s, ok := scales[toks[e].low]; ok && s >= 1e3 {
					n.val *= s
					n.scaled = true
					n.end++
				}
			}
		}
	}
	if mega {
		n.val *= 1e6
		n.scaled = true
	}
	// units after the number
	e := n.end
	if code == "" && e+1 < len(toks) && toks[e].low == "-" && !toks[e].space && !toks[e+1].space && toks[e+1].kind == word {
		// "a 12-cent dividend", "a $5-billion deal"
		if c, k2 := p.match(curSub, e+1); k2 >= 0 && len(toks[e+1].low) > 1 {
			code, e = c, k2
			n.val /= 100
		} else if c, k2 := p.match(curSuf, e+1); k2 >= 0 {
			code, e = c, k2
		}
	}
	if code == "" && !n.scaled && e < len(toks) && toks[e].space && (e+1 == len(toks) || toks[e+1].kind == sym) {
		// a spaced SI letter closing the phrase: "1,674.5 G", "3 M"
		if s, ok := map[string]float64{"K": 1e3, "M": 1e6, "G": 1e9, "B": 1e9, "T": 1e12}[toks[e].text]; ok {
			n.val *= s
			n.scaled = true
			e++
		}
	}
	if code == "" {
		if c := p.megaISO(e); c != "" {
			// "30 MUSD", "120 MEUR": millions of a currency
			code, e = c, e+1
			n.val *= 1e6
			n.scaled = true
		}
	}
	if code == "" {
		if c, k2 := p.match(curSuf, e); k2 >= 0 && !(toks[e].kind == sym && k2 < len(toks) && toks[k2].kind == num) {
			code, e = c, k2
		} else if c := p.isoAt(e, true); c != "" {
			code, e = c, e+1
		} else if c, k2 := p.match(curSub, e); k2 >= 0 && (len(toks[e].low) > 1 || !toks[e].space) && !(len(toks[e].low) == 1 && k2 < len(toks) && toks[k2].low == ".") {
			code, e = c, k2
			n.val /= 100
			n.sig = sigOf(n.val * 100)
		} else if _, k2 := p.match(pctWords, e); k2 >= 0 {
			code, e = Percent, k2
		}
	} else if c, k2 := p.match(curSuf, e); k2 >= 0 && c == code && toks[e].kind == word {
		e = k2 // "$100 USD"
	} else if c := p.isoAt(e, true); c == code {
		e++
	}
	// "75 USD million": a scale after the currency code
	if code != "" && code != Percent && !n.scaled && e < len(toks) {
		if s, ok := scales[toks[e].low]; ok && s >= 1e3 {
			n.val *= s
			n.scaled = true
			e++
		}
	}
	// "3 dollars 50 cents", "$20 and 43c", "20 dollar 43"
	if code != "" && code != Percent && n.val == float64(int64(n.val)) {
		if c, e2, ok := p.cents(e); ok {
			n.val += c / 100
			n.sig = sigOf(n.val * 100)
			e = e2
		}
	}
	// "$ 100 and fifty" (Recognizers writes cents this way)
	n.unit = code
	n.end = e
	if code != "" {
		n.plain = false
	}
	// a time of day: "3 pm", "3 p.m.", "5 o'clock"
	if code == "" && e < len(toks) && toks[e].kind == word {
		switch toks[e].low {
		case "am", "pm", "o'clock", "oclock", "hrs", "gmt", "utc":
			return n, false
		case "a", "p":
			if e+2 < len(toks) && toks[e+1].low == "." && toks[e+2].low == "m" {
				return n, false
			}
		}
	}
	return n, true
}

// digitsOK rejects digit tokens that belong to ordinals, names and dates.
func (p *parser) digitsOK(j int, prefixed bool) bool {
	toks := p.toks
	t := toks[j]
	// glued letters after: "21st", "3G", "1990s"; scale suffixes are fine.
	if j+1 < len(toks) && !toks[j+1].space && toks[j+1].kind == word {
		w := toks[j+1].low
		if _, ok := suffixScales[w]; !ok {
			if _, ok := scales[w]; !ok && !isPercentWord(w) && !isCurrencyWord(w) && p.isoAt(j+1, true) == "" {
				return false
			}
		}
	}
	// glued letters before: "MH17", "B52"; or "COVID-19", "F-35" (but
	// "5k-20k" is a range).
	if !t.space && j > 0 && !prefixed {
		pt := toks[j-1]
		if pt.kind == word || pt.kind == num {
			return false
		}
		if (pt.low == "-" || pt.low == "‑" || pt.low == "_") && j > 1 && !pt.space && toks[j-2].kind == word &&
			!(j > 2 && !toks[j-2].space && toks[j-3].kind == num) {
			return false
		}
		if pt.low == "#" || pt.low == "/" {
			return false
		}
	}
	// a month next to it: "June 12", "12 June", "Jan. 3", "the 3 of March"
	if t.plain && t.val >= 1 && t.val <= 31 {
		k := j - 1
		if k >= 0 && toks[k].low == "." {
			k--
		}
		if k >= 0 && p.isMonth(k) {
			return false
		}
		k = j + 1
		if k < len(toks) && toks[k].low == "of" {
			k++
		}
		if k < len(toks) && p.isMonth(k) {
			return false
		}
	}
	// "June 12, 2020" / "June 2020": the year of a date
	if t.plain && isYear(t.val) && j > 0 {
		k := j - 1
		if toks[k].low == "," {
			k--
		}
		if k >= 0 && (p.isMonth(k) || toks[k].kind == num && k > 0 && p.isMonth(k-1)) {
			return false
		}
	}
	return true
}

func (p *parser) isMonth(k int) bool {
	t := p.toks[k]
	if t.kind != word {
		return false
	}
	if _, ok := months[t.low]; !ok {
		return false
	}
	// "may" and "march" are verbs too; lower-case "may" is the verb.
	if t.low == "may" && !t.upper {
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
		if t.kind == sym && t.low == "-" && !t.space && last == tens && i+1 < len(toks) && !toks[i+1].space {
			continue
		}
		if t.kind == num && t.plain && t.space && (last == and && t.val < 100 ||
			last == big && t.val < 1000 && i+1 < len(toks) && toks[i+1].low == "hundred") {
			cur += t.val
			last = unit
			if t.val >= 10 {
				last = tens
			}
			used++
			end = i + 1
			continue
		}
		if t.kind != word {
			break
		}
		w := t.low
		if (w == "a" || w == "an") && last == none && i == k && start < 0 {
			if i+1 < len(toks) {
				if s, ok := scales[toks[i+1].low]; ok && s >= 12 {
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
				if last == tens && i > 0 && toks[i-1].low != "-" && toks[i-1].kind == word && !toks[i].space {
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
			nx := toks[i+1].low
			if u, ok := units[nx]; ok && u > 0 || toks[i+1].kind == num && toks[i+1].plain && toks[i+1].val < 100 && toks[i+1].val > 0 {
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
	if k < len(toks) && toks[k].low == "and" {
		k++
	}
	if k >= len(toks) {
		return 0, 0, false
	}
	var v float64
	var end int
	switch toks[k].kind {
	case num:
		if !toks[k].plain || toks[k].val >= 100 {
			return 0, 0, false
		}
		v, end = toks[k].val, k+1
	case word:
		w, e2, _, ok := p.words(k, -1)
		if !ok || w >= 100 {
			return 0, 0, false
		}
		v, end = w, e2
		// "US$3 and fourteen": hundredths in words closing the phrase
		if end == len(toks) || toks[end].kind == sym && toks[end].low != "-" {
			if _, k2 := p.match(curSub, end); k2 < 0 {
				return v, end, true
			}
		}
	default:
		return 0, 0, false
	}
	if _, k2 := p.match(curSub, end); k2 >= 0 && (len(toks[end].low) > 1 || !toks[end].space) {
		return v, k2, true
	}
	if toks[k].kind == num && (end == len(toks) || toks[end].kind == sym && toks[end].low != "-" && toks[end].low != "%") {
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
			return toks[i].low
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
	if k >= len(p.toks) || p.toks[k].kind != word {
		return ""
	}
	t := p.toks[k].text
	if len(t) == 4 && t[0] == 'M' && strings.ToUpper(t) == t && isoSet[t[1:]] {
		return t[1:]
	}
	return ""
}
