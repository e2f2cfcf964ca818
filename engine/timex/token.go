package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type kind uint8

const (
	word kind = iota // letters, with inner apostrophes ("o'clock", "I'll")
	num              // a run of ASCII digits
	sym              // any other single non-space rune
)

type token struct {
	kind       kind
	start, end int
	low        string // lower case (words), the digits (num), the rune (sym)
	val        int    // for num
	ndig       int    // digits written, for num
	space      bool   // whitespace (or start of text) before the token
	upper      bool   // word starts with a capital
}

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
			j := i
			v := 0
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				if v < 1e8 {
					v = v*10 + int(text[j]-'0')
				}
				j++
			}
			toks = append(toks, token{kind: num, start: i, end: j, low: text[i:j], val: v, ndig: j - i, space: space})
			i = j
		case unicode.IsLetter(r):
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) {
					j += n2
					continue
				}
				if (r2 == '\'' || r2 == '’') && j+n2 < len(text) {
					if r3, _ := utf8.DecodeRuneInString(text[j+n2:]); unicode.IsLetter(r3) {
						j += n2
						continue
					}
				}
				break
			}
			toks = append(toks, token{kind: word, start: i, end: j, low: strings.ToLower(text[i:j]), space: space, upper: unicode.IsUpper(r)})
			i = j
		default:
			toks = append(toks, token{kind: sym, start: i, end: i + n, low: text[i : i+n], space: space})
			i += n
		}
		space = false
	}
	return toks
}
