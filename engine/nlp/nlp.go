// Package nlp is claimcheck's small English tokenizer and part-of-speech
// tagger, built for news sentences and for claim extraction.
//
// It is deliberately small: closed-class word lists (determiners,
// prepositions, auxiliaries, pronouns, subordinators), a few suffix rules
// and one pass of context rules for the words that are both nouns and verbs
// ("strikes", "attack", "reads"). Extraction leans on the lexicon for names
// and on these tags only for the frame of a clause (who precedes the verb,
// what follows it, which preposition introduces a phrase), which a general
// statistical tagger does not do better on scraped news, while costing a
// model of megabytes and offsets that must be mapped back to the file.
//
// Tokens carry byte offsets into the text they were cut from, so every span
// extraction reports maps straight back to the file.
package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tag is a coarse part of speech.
type Tag uint8

// The tags. They are coarser than Penn's: extraction needs the frame of a
// clause, not fine morphology.
const (
	Other  Tag = iota
	Noun       // common noun
	Proper     // capitalised word inside a sentence
	Adj        // adjective (incl. -ed/-ing forms after a determiner)
	Verb       // finite verb or bare infinitive
	Part       // past participle (-ed/-en after be/have, or in a reduced relative)
	Ger        // -ing form used verbally
	Aux        // be, have, do forms
	Modal      // will, would, could, ...
	Neg        // not, n't, never
	Det        // articles, demonstratives, possessive pronouns, quantifiers
	Prep       // prepositions
	To         // "to"
	Conj       // and, or, but, nor
	Sub        // subordinators: when, although, because, ...
	Rel        // that, which, who, whom, whose
	Pron       // personal pronouns
	Adv        // adverbs
	Num        // digits
	Poss       // the possessive 's
	Punct      // punctuation
	Quote      // quotation marks
)

var tagNames = [...]string{"X", "NOUN", "PROPN", "ADJ", "VERB", "PART", "GER", "AUX", "MODAL", "NEG", "DET", "PREP", "TO", "CONJ", "SUB", "REL", "PRON", "ADV", "NUM", "POSS", "PUNCT", "QUOTE"}

func (t Tag) String() string {
	if int(t) < len(tagNames) {
		return tagNames[t]
	}
	return "?"
}

// Token is one word or punctuation mark.
type Token struct {
	Start, End int    // byte offsets in the text
	Text       string // as written
	Lower      string // lower case, curly apostrophes straightened
	Tag        Tag
	Cap        bool // starts with an upper-case letter
}

// IsWord reports whether the token is a word (letters or digits).
func (t *Token) IsWord() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApos(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// IsQuoteRune reports whether r is a quotation mark.
func IsQuoteRune(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»', '‘':
		return true
	}
	return false
}

// Tokenize cuts text into tokens and tags them.
func Tokenize(text string) []Token {
	toks := split(text)
	tag(toks)
	return toks
}

// split cuts words ("al-Kadhimi", "U.S.", "5,200", "COVID-19" stay whole),
// the possessive "'s", "n't" and single punctuation marks.
func split(text string) []Token {
	var out []Token
	add := func(i, j int) {
		w := text[i:j]
		r, _ := utf8.DecodeRuneInString(w)
		low := strings.ToLower(strings.ReplaceAll(w, "’", "'"))
		out = append(out, Token{Start: i, End: j, Text: w, Lower: low, Cap: unicode.IsUpper(r)})
	}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r) || r == utf8.RuneError && n <= 1 || r == '\u00a0':
			i += n
		case isWordRune(r):
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if isWordRune(r2) {
					j += n2
					continue
				}
				// joiners inside a word: hyphen, digit group comma or dot,
				// acronym dots ("U.S."), apostrophes other than "'s"/"n't".
				if j+n2 < len(text) {
					r3, _ := utf8.DecodeRuneInString(text[j+n2:])
					switch {
					case r2 == '-' && isWordRune(r3):
						j += n2
						continue
					case (r2 == ',' || r2 == '.') && unicode.IsDigit(r3) && j > 0 && isDigitByte(text[j-1]):
						j += n2
						continue
					case r2 == '.' && unicode.IsUpper(r3) && j-i == 1 && unicode.IsUpper(r):
						j += n2
						continue
					}
				}
				break
			}
			// acronym dots: "U.S." takes its final dot when the letters are single capitals
			w := text[i:j]
			if j < len(text) && text[j] == '.' && isDottedAcronym(w) {
				j++
			}
			add(i, j)
			i = j
		case isApos(r):
			// "'s" and "n't" become tokens of their own; other apostrophes are punctuation
			rest := text[i+n:]
			if (strings.HasPrefix(rest, "s") || strings.HasPrefix(rest, "S")) && (len(rest) == 1 || !isWordRune(rune(rest[1]))) && len(out) > 0 && out[len(out)-1].End == i {
				add(i, i+n+1)
				i += n + 1
				continue
			}
			if strings.HasPrefix(rest, "t") && len(out) > 0 && out[len(out)-1].End == i && len(out[len(out)-1].Lower) > 1 && strings.HasSuffix(out[len(out)-1].Lower, "n") {
				// "doesn't": split the "n" off the previous token
				p := &out[len(out)-1]
				p.End--
				p.Text = p.Text[:len(p.Text)-1]
				p.Lower = p.Lower[:len(p.Lower)-1]
				add(i-1, i+n+1)
				i += n + 1
				continue
			}
			add(i, i+n)
			i += n
		default:
			add(i, i+n)
			i += n
		}
	}
	return out
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// isDottedAcronym: "U.S", "U.N", "D.C" (the final dot is added by the caller).
func isDottedAcronym(w string) bool {
	if len(w) < 3 {
		return false
	}
	for k := 0; k < len(w); k++ {
		if k%2 == 0 && !(w[k] >= 'A' && w[k] <= 'Z') || k%2 == 1 && w[k] != '.' {
			return false
		}
	}
	return true
}
