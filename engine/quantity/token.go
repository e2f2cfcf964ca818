package quantity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// kind is a token class of the small tokenizer both finders run on.
type kind uint8

const (
	word kind = iota // letters, with inner apostrophes ("Iraq's")
	num              // digits, with thousands separators and a decimal part
	sym              // any other single non-space rune
	date             // a numeric date or time of day ("2020-06-12", "10/31/1974", "10:30"): never a quantity
)

// token is one lexical unit of the input, with byte offsets.
type token struct {
	kind       kind
	start, end int
	text       string  // as written
	low        string  // lower case, for words
	val        float64 // for num
	sig        int     // significant digits written, for num (roundness)
	plain      bool    // num written as bare digits: no separator, no decimal part
	space      bool    // whitespace (or start of text) before the token
	upper      bool    // word starts with an upper-case letter
}

// tokenize splits text into tokens. It never fails: every rune lands in some
// token or in skipped whitespace.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/4)
	space := true
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			space = true
			i += n
			continue
		case r >= '0' && r <= '9':
			t := scanNumber(text, i)
			t.space = space
			toks = append(toks, t)
			i = t.end
		case unicode.IsLetter(r):
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) {
					j += n2
					continue
				}
				if r2 == '\'' || r2 == '’' {
					r3, _ := utf8.DecodeRuneInString(text[j+n2:])
					if j+n2 < len(text) && unicode.IsLetter(r3) {
						j += n2
						continue
					}
				}
				break
			}
			w := text[i:j]
			toks = append(toks, token{kind: word, start: i, end: j, text: w, low: strings.ToLower(w), space: space, upper: unicode.IsUpper(r)})
			i = j
		default:
			toks = append(toks, token{kind: sym, start: i, end: i + n, text: text[i : i+n], low: text[i : i+n], space: space})
			i += n
		}
		space = false
	}
	return toks
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// digitsAt returns the end of the run of ASCII digits starting at i.
func digitsAt(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

// scanNumber reads a number starting at digit offset i: "5,200", "2.5",
// "12,34,567.89" (Indian grouping), "0033". Numeric dates and times of day
// ("2020-06-12", "10/31/1974", "31.10.1974", "10:30") come back as one date
// token so that neither finder reads their parts as counts.
func scanNumber(s string, i int) token {
	start := i
	j := digitsAt(s, i)
	// Numeric date or time: d+ sep d+ (sep d+), sep in / . - :
	if j < len(s) && (s[j] == '/' || s[j] == ':' || s[j] == '-' || s[j] == '.') && j+1 < len(s) && isDigit(s[j+1]) {
		sep := s[j]
		k := digitsAt(s, j+1)
		second := k - (j + 1)
		third := 0
		if k < len(s) && s[k] == sep && k+1 < len(s) && isDigit(s[k+1]) {
			k2 := digitsAt(s, k+1)
			third = k2 - (k + 1)
			if third <= 4 {
				return token{kind: date, start: start, end: k2, text: s[start:k2], low: s[start:k2]}
			}
		}
		first := j - start
		switch {
		case sep == ':' && second == 2:
			return token{kind: date, start: start, end: k, text: s[start:k], low: s[start:k]}
		case sep == '/' && first <= 4 && second <= 4 && third == 0:
			// "5/12", "2016/11": a date, or a fraction; neither is a count.
			return token{kind: date, start: start, end: k, text: s[start:k], low: s[start:k]}
		case sep == '-' && first == 4 && second <= 2 && third == 0:
			// "2019-07": an ISO month.
			return token{kind: date, start: start, end: k, text: s[start:k], low: s[start:k]}
		}
	}
	plain := true
	// Thousands grouped by spaces: "40 000", "1 234 567.89" (a narrow or
	// no-break space always groups; a plain space only after a group of at
	// most three digits, before exactly three).
	if j-start <= 3 {
		for {
			k, ok := spaceGroup(s, j)
			if !ok {
				break
			}
			j = k
			plain = false
		}
	}
	// Thousands groups: ",ddd" (or ",dd" for Indian grouping when more follows).
	for j < len(s) && s[j] == ',' {
		k := digitsAt(s, j+1)
		g := k - (j + 1)
		if g == 3 || (g == 2 && k < len(s) && s[k] == ',') {
			j = k
			plain = false
			continue
		}
		break
	}
	if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
		j = digitsAt(s, j+1)
		plain = false
	}
	text := s[start:j]
	v, sig := parseDigits(text)
	return token{kind: num, start: start, end: j, text: text, low: text, val: v, sig: sig, plain: plain}
}

// spaceGroup reads " ddd" (space, NBSP or narrow NBSP, then exactly three
// digits not followed by another digit) at i.
func spaceGroup(s string, i int) (int, bool) {
	k := i
	switch {
	case strings.HasPrefix(s[i:], " "):
		k++
	case strings.HasPrefix(s[i:], "\u00a0"):
		k += 2
	case strings.HasPrefix(s[i:], "\u202f"):
		k += 3
	default:
		return i, false
	}
	e := digitsAt(s, k)
	if e-k != 3 || e < len(s) && (s[e] == '/' || s[e] == ':' || s[e] == '-' && e+1 < len(s) && isDigit(s[e+1])) {
		return i, false
	}
	return e, true
}

// parseDigits converts "5,200" or "2.50" to its value and counts the
// significant digits as written (trailing zeros of an integer part are not
// significant: "5,000" has 1, "5,200" has 2; decimals all count: "2.50" has 3).
func parseDigits(t string) (float64, int) {
	var v float64
	frac := 0.0
	scale := 1.0
	inFrac := false
	digits := make([]byte, 0, len(t))
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c == '.':
			inFrac = true
		case isDigit(c):
			digits = append(digits, c)
			if inFrac {
				scale /= 10
				frac += float64(c-'0') * scale
			} else {
				v = v*10 + float64(c-'0')
			}
		}
	}
	// significant digits
	s := strings.TrimLeft(string(digits), "0")
	if !inFrac {
		s = strings.TrimRight(s, "0")
	}
	sig := len(s)
	if sig == 0 {
		sig = 1
	}
	return v + frac, sig
}
