package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// token is one word or punctuation mark of a text. Names and texts are cut
// into tokens the same way, so matching compares token keys, and word
// boundaries come for free: "Iraq" never matches inside "Iraqi".
type token struct {
	start, end int    // byte span in the text
	kf, kt     int    // the key's range in the tokenizer's key buffer
	key        string // folded form: lower case, no diacritics; "'" for any apostrophe
	// acro holds the letters of a dotted acronym ("U.S." -> "US"); for other
	// tokens it is empty and the raw text is text[start:end].
	acro  string
	upper bool // first rune is upper case
	lower bool // first rune is lower case
	word  bool // letters or digits, not punctuation
}

// raw is the token's letters as written (dots of an acronym removed).
func (t *token) raw(text string) string {
	if t.acro != "" {
		return t.acro
	}
	return text[t.start:t.end]
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', '`', 'ʼ', '´':
		return true
	}
	return false
}

// isJoiner reports runes read as spaces: hyphens and dashes inside
// compounds ("US-led", "al-Kadhimi", "pro-Iranian") split words, so "US"
// and "Iranian" are found in them, and "al Kadhimi" equals "al-Kadhimi".
func isJoiner(r rune) bool {
	switch r {
	case '-', '‐', '‑', '–', '—', '_', '/':
		return true
	}
	return false
}

// tokenize appends the tokens of text to dst.
func tokenize(dst []token, text string) []token {
	var buf []byte
	return tokenizeBuf(dst, text, &buf)
}

// tokenizeBuf is tokenize with the folded keys written to *buf and then
// cut from one string, so a text costs one allocation for its keys.
func tokenizeBuf(dst []token, text string, buf *[]byte) []token {
	first := len(dst)
	b := (*buf)[:0]
	var kf int // start of the current token's key in b
	addKey := func(s string, fold bool) {
		kf = len(b)
		if fold {
			b = appendFold(b, s)
		} else {
			b = append(b, s...)
		}
	}
	for i := 0; i < len(text); {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r == ' ':
			i++
		case unicode.IsSpace(r) || isJoiner(r) || r == utf8.RuneError && n <= 1:
			i += n
		case isWordRune(r):
			j := i + n
			for j < len(text) {
				if c := text[j]; c < utf8.RuneSelf {
					if !asciiWord[c] {
						break
					}
					j++
					continue
				}
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !isWordRune(r2) {
					break
				}
				j += n2
			}
			if j == i+1 && j < len(text) && text[j] == '.' {
				if end, letters, ok := dottedAcronym(text, i); ok {
					addKey(letters, true)
					dst = append(dst, token{start: i, end: end, kf: kf, kt: len(b), acro: letters, upper: true, word: true})
					i = end
					continue
				}
			}
			addKey(text[i:j], true)
			dst = append(dst, token{start: i, end: j, kf: kf, kt: len(b), upper: unicode.IsUpper(r), lower: unicode.IsLower(r), word: true})
			i = j
		case isApostrophe(r):
			addKey("'", false)
			dst = append(dst, token{start: i, end: i + n, kf: kf, kt: len(b)})
			i += n
		default:
			addKey(text[i:i+n], false)
			dst = append(dst, token{start: i, end: i + n, kf: kf, kt: len(b)})
			i += n
		}
	}
	all := string(b)
	for k := first; k < len(dst); k++ {
		dst[k].key = all[dst[k].kf:dst[k].kt]
	}
	*buf = b
	return dst
}

// dottedAcronym recognises "U.S.", "U.N.", "D.C." and "U.S" at i: single
// upper-case letters each followed by a dot, at least two letters. It
// returns the end of the acronym (after its last dot, if any) and its
// letters.
func dottedAcronym(text string, i int) (end int, letters string, ok bool) {
	var b []byte
	j := i
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if r >= utf8.RuneSelf || !unicode.IsUpper(r) {
			break
		}
		// the letter must stand alone: next is a dot, or the end of the
		// acronym after at least one dotted letter ("U.S" without a final dot)
		if j+n < len(text) && text[j+n] == '.' {
			b = append(b, byte(r))
			j += n + 1
			continue
		}
		if len(b) >= 1 && (j+n == len(text) || !isWordRune(rune(text[j+n]))) {
			b = append(b, byte(r))
			j += n
		}
		break
	}
	if len(b) < 2 {
		return 0, "", false
	}
	// "U.S.A" is fine, but "A.Bcd" is not an acronym: the next rune must not
	// continue a word.
	if j < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[j:]); isWordRune(r) {
			return 0, "", false
		}
	}
	return j, string(b), true
}

// fold lower-cases s and strips diacritics and modifier letters, so that
// "Qāsem" equals "Qasem" and "Sanʿa" equals "Sana".
func fold(s string) string { return string(appendFold(nil, s)) }

func appendFold(dst []byte, s string) []byte {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
		}
		return dst
	}
	b := bytesWriter{dst}
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r), unicode.Is(unicode.Lm, r):
			continue
		}
		switch r = unicode.ToLower(r); r {
		case 'ø':
			b.byte('o')
		case 'ł':
			b.byte('l')
		case 'đ', 'ð':
			b.byte('d')
		case 'ß':
			b.string("ss")
		case 'æ':
			b.string("ae")
		case 'œ':
			b.string("oe")
		case 'ı':
			b.byte('i')
		case 'þ':
			b.string("th")
		default:
			b.rune(r)
		}
	}
	return b.b
}

type bytesWriter struct{ b []byte }

func (w *bytesWriter) byte(c byte)     { w.b = append(w.b, c) }
func (w *bytesWriter) string(s string) { w.b = append(w.b, s...) }
func (w *bytesWriter) rune(r rune)     { w.b = utf8.AppendRune(w.b, r) }

// Slug turns a name into an id: lower case ASCII letters and digits joined
// by single hyphens ("Côte d'Ivoire" -> "cote-d-ivoire").
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range fold(name) {
		if r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	return b.String()
}
