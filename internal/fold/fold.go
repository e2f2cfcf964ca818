// Package fold folds text to the form in which claimcheck compares it
// regardless of typography: the article cleaner finds repeated paragraphs
// and sentences by it, and the rules engine compares quotes and claim text
// by it.
package fold

import (
	"strings"
	"unicode"
)

// Words keeps the letters and digits of s, lower-cased, with one space
// between words, whatever quotes, dashes and spacing separate them.
// Apostrophes are dropped without splitting the word, so "don’t" and
// "don't" both fold to "dont", and "Iraq's" to "iraqs".
func Words(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		case r != '\'' && r != '’':
			space = true
		}
	}
	return b.String()
}
