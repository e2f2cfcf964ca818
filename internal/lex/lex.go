// Package lex is the small tokenizer the number finder (engine/quantity) and
// the time finder (engine/timex) run their rules over: words (with inner
// apostrophes), numbers with their value and digit counts, and single
// symbols, each with its byte span and whether whitespace precedes it.
//
// The two finders differ only in how they want digits read: quantity wants
// "5,200" and "2.5" whole and numeric dates kept out of its way; timex
// wants the bare digit runs so it can read "2020-06-12" from its parts.
// Numbers selects which; everything else is one mechanism.
package lex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind is a token class.
type Kind uint8

const (
	Word Kind = iota // letters, with inner apostrophes ("Iraq's", "o'clock")
	Num              // digits; with Grouped, thousands separators and a decimal part too
	Sym              // any other single non-space rune
	Date             // Grouped only: a numeric date or time of day ("2020-06-12", "10/31/1974", "10:30")
)

// Token is one lexical unit of the input.
type Token struct {
	Start, End int     // byte offsets into the input, End exclusive
	Low        string  // lower case for words; as written otherwise (the input's Start:End holds the original)
	Val        float64 // Num: the value
	Sig        int32   // Num: significant digits written ("5,000" 1, "5,200" 2, "2.50" 3)
	Digits     int32   // Num: digits written ("0033" 4, "5,200" 4)
	Kind       Kind
	Plain      bool // Num written as bare digits: no separator, no decimal part
	Space      bool // whitespace (or the start of the input) before the token
	Upper      bool // Word starting with an upper-case letter
}

// maxInt is where Int saturates: no calendar or count rule reads a number
// this large, and arithmetic on it stays far from overflow.
const maxInt = 1e9

// Int is the value as an int, for calendar arithmetic; values of maxInt and
// more saturate there.
func (t Token) Int() int {
	if t.Val >= maxInt {
		return maxInt
	}
	return int(t.Val)
}

// PluralNoun reports whether t looks like a plural count noun: a lower-case
// word of four letters or more ending in a single "s" ("troops", not
// "class", "was" or "years"). After a number it makes the number a count
// ("2000 troops"), not a year or a day; "people" is not caught.
func (t Token) PluralNoun() bool {
	if t.Kind != Word || t.Upper || len(t.Low) < 4 || !strings.HasSuffix(t.Low, "s") || strings.HasSuffix(t.Low, "ss") {
		return false
	}
	switch t.Low {
	case "was", "has", "this", "thus", "years", "yards", "less", "across", "towards", "alongside", "besides", "always", "does", "goes", "says":
		return false
	}
	return true
}

// Numbers says how digits become tokens.
type Numbers uint8

const (
	// Runs makes each run of ASCII digits one Num, and every separator a
	// Sym of its own: "5,200" is 5 , 200 and "2020-06-12" is 2020 - 06 - 12.
	Runs Numbers = iota
	// Grouped reads thousands separators and a decimal part into one Num
	// ("5,200", "2.5", "12,34,567.89", "40 000"), and a numeric date or time
	// of day into one Date, so that nothing reads its parts as counts.
	Grouped
)

// Tokenize splits text into tokens. It never fails: every rune lands in
// some token or in skipped whitespace.
func Tokenize(text string, numbers Numbers) []Token {
	toks := make([]Token, 0, len(text)/4)
	space := true
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			space = true
			i += n
			continue
		case isDigit(text[i]):
			var t Token
			if numbers == Grouped {
				t = grouped(text, i)
			} else {
				t = digitRun(text, i)
			}
			t.Space = space
			toks = append(toks, t)
			i = t.End
		case unicode.IsLetter(r):
			j := wordEnd(text, i+n)
			toks = append(toks, Token{Kind: Word, Start: i, End: j, Low: strings.ToLower(text[i:j]), Space: space, Upper: unicode.IsUpper(r)})
			i = j
		default:
			toks = append(toks, Token{Kind: Sym, Start: i, End: i + n, Low: text[i : i+n], Space: space})
			i += n
		}
		space = false
	}
	return toks
}

// wordEnd returns the end of the word whose letters continue at j: letters,
// and an apostrophe (straight or curly) with a letter on each side.
func wordEnd(s string, j int) int {
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r) {
			j += n
			continue
		}
		if (r == '\'' || r == '’') && j+n < len(s) {
			if r2, _ := utf8.DecodeRuneInString(s[j+n:]); unicode.IsLetter(r2) {
				j += n
				continue
			}
		}
		break
	}
	return j
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// digitsAt returns the end of the run of ASCII digits starting at i.
func digitsAt(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

// digitRun reads the run of ASCII digits at i as one Num.
func digitRun(s string, i int) Token {
	j := digitsAt(s, i)
	return number(s, i, j, true)
}

// number makes the Num token for s[start:end].
func number(s string, start, end int, plain bool) Token {
	text := s[start:end]
	v, sig, n := parseDigits(text)
	return Token{Kind: Num, Start: start, End: end, Low: text, Val: v, Sig: sig, Digits: n, Plain: plain}
}

func date(s string, start, end int) Token {
	return Token{Kind: Date, Start: start, End: end, Low: s[start:end]}
}

// grouped reads a number starting at digit offset i: "5,200", "2.5",
// "12,34,567.89" (Indian grouping), "0033". Numeric dates and times of day
// ("2020-06-12", "10/31/1974", "31.10.1974", "10:30") come back as one Date.
func grouped(s string, i int) Token {
	start := i
	j := digitsAt(s, i)
	if end, ok := numericDate(s, start, j); ok {
		return date(s, start, end)
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
	if k := commaGroups(s, j); k > j {
		j, plain = k, false
	}
	if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
		j = digitsAt(s, j+1)
		plain = false
	}
	return number(s, start, j, plain)
}

// numericDate reads a numeric date or time whose first digits are
// s[start:j]: d+ sep d+ (sep d+), sep one of / . - :, and returns where it
// ends. Two separators and a third part of at most four digits make a date
// ("2020-06-12", "31.10.1974"); one makes a time ("10:30"), a date or
// fraction ("5/12", "2016/11") or an ISO month ("2019-07").
func numericDate(s string, start, j int) (int, bool) {
	if j >= len(s) || (s[j] != '/' && s[j] != ':' && s[j] != '-' && s[j] != '.') || j+1 >= len(s) || !isDigit(s[j+1]) {
		return 0, false
	}
	sep := s[j]
	k := digitsAt(s, j+1)
	third := 0
	if k < len(s) && s[k] == sep && k+1 < len(s) && isDigit(s[k+1]) {
		k2 := digitsAt(s, k+1)
		if third = k2 - (k + 1); third <= 4 {
			return k2, true
		}
	}
	if oneSeparatorDate(sep, j-start, k-(j+1), third) {
		return k, true
	}
	return 0, false
}

// oneSeparatorDate reports a time ("10:30"), a date or fraction ("5/12",
// "2016/11") or an ISO month ("2019-07") from the lengths of its parts.
func oneSeparatorDate(sep byte, first, second, third int) bool {
	switch sep {
	case ':':
		return second == 2
	case '/':
		return first <= 4 && second <= 4 && third == 0
	case '-':
		return first == 4 && second <= 2 && third == 0
	}
	return false
}

// commaGroups reads thousands groups from j: ",ddd", or ",dd" (Indian
// grouping) when more follows; it returns where they end.
func commaGroups(s string, j int) int {
	for j < len(s) && s[j] == ',' {
		k := digitsAt(s, j+1)
		g := k - (j + 1)
		if g != 3 && (g != 2 || k >= len(s) || s[k] != ',') {
			break
		}
		j = k
	}
	return j
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
	// a group glued to a unit or compound ("30 107-mm rockets", "5 155mm
	// shells") is a second number, not thousands
	if e-k != 3 || e < len(s) && (s[e] == '/' || s[e] == ':' || s[e] == '-' || isASCIILetter(s[e])) {
		return i, false
	}
	return e, true
}

// Value is the value of digits written with an optional decimal point and
// thousands commas ("5,200", "2.50", "0.35"), as a Num token would carry it.
func Value(digits string) float64 {
	v, _, _ := parseDigits(digits)
	return v
}

// parseDigits converts "5,200" or "2.50" to its value, and counts the
// significant digits as written (trailing zeros of an integer part are not
// significant: "5,000" has 1, "5,200" has 2; decimals all count: "2.50" has
// 3; zero has 1) and all digits written.
func parseDigits(t string) (v float64, sig, n int32) {
	frac := 0.0
	scale := 1.0
	inFrac := false
	// first and last index (in digits) of a non-zero digit; sig spans them,
	// or runs to the last digit when there is a decimal part.
	first, last := int32(-1), int32(-1)
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c == '.':
			inFrac = true
		case isDigit(c):
			if c != '0' {
				if first < 0 {
					first = n
				}
				last = n
			}
			n++
			if inFrac {
				scale /= 10
				frac += float64(c-'0') * scale
			} else {
				v = v*10 + float64(c-'0')
			}
		}
	}
	switch {
	case first < 0:
		sig = 1 // "0", "0.00"
	case inFrac:
		sig = n - first
	default:
		sig = last - first + 1
	}
	return v + frac, sig, n
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
