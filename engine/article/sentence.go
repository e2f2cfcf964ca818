package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/engine/span"
)

func isTerminator(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '…' }

// isCloser reports closing quotes and brackets that belong to the sentence
// before them. The straight quotes count as closers here: after a full stop
// a quote closes far more often than it opens.
func isCloser(r rune) bool { return strings.ContainsRune("\"'”’)]»›", r) }

func isOpener(r rune) bool { return strings.ContainsRune("\"'“‘([«‹", r) }

// splitSentences splits the contiguous text data[start:end] into sentences,
// each trimmed of white space. See the package doc for the rules.
func splitSentences(data []byte, start, end int, n *Noise) []span.Span {
	var out []span.Span
	emit := func(s, e int) {
		if s, e = trimSpan(data, s, e); s < e {
			out = append(out, span.Span{Start: s, End: e})
		}
	}
	from := start
	inQuote := false // inside a double quotation
	for i := start; i < end; {
		r, size := utf8.DecodeRune(data[i:end])
		if !isTerminator(r) {
			switch quoteKind(data, start, i, r) {
			case opening:
				inQuote = true
			case closing:
				inQuote = false
			}
			i += size
			continue
		}
		// Take the whole run of stops and the closers after it: "?!",
		// "...", ".”", ".)".
		j := i + size
		for j < end {
			r2, s2 := utf8.DecodeRune(data[j:end])
			if !isTerminator(r2) && !isCloser(r2) {
				break
			}
			if quoteKind(data, start, j, r2) == closing {
				inQuote = false
			}
			j += s2
		}
		if j < end {
			if r2, _ := utf8.DecodeRune(data[j:end]); !isSpace(r2) {
				i = j // "3.5", "U.S.-led", "example.com"
				continue
			}
		}
		k := j
		for k < end {
			r2, s2 := utf8.DecodeRune(data[k:end])
			if !isSpace(r2) {
				break
			}
			k += s2
		}
		if k >= end || endsSentence(data, start, i, r, data[i:j], data[k:end], n) &&
			!(inQuote && attributedQuote(data, start, k, end, n)) {
			emit(from, j)
			from = k
		}
		i = k
	}
	emit(from, end)
	return out
}

type quoteRole int

const (
	notQuote quoteRole = iota
	opening
	closing
)

// quoteKind tells opening from closing double quotes; a straight quote
// opens after white space or an opening bracket, and closes otherwise.
func quoteKind(data []byte, start, i int, r rune) quoteRole {
	switch r {
	case '“', '«':
		return opening
	case '”', '»':
		return closing
	case '"':
		if i == start {
			return opening
		}
		prev, _ := utf8.DecodeLastRune(data[start:i])
		if isSpace(prev) || strings.ContainsRune("([{—–-", prev) {
			return opening
		}
		return closing
	}
	return notQuote
}

// maxQuoteLookahead bounds the search for the end of a quotation.
const maxQuoteLookahead = 2000

// attributedQuote reports whether the quotation open at from closes (within
// the paragraph, before another one opens) and is followed by a short
// attribution: `“We are their guests. And ... today,” Hood said.` stays one
// sentence so that the quote keeps its speaker.
func attributedQuote(data []byte, start, from, end int, n *Noise) bool {
	limit := min(end, from+maxQuoteLookahead)
	for i := from; i < limit; {
		r, size := utf8.DecodeRune(data[i:limit])
		switch quoteKind(data, start, i, r) {
		case opening:
			return false
		case closing:
			k := i + size
			for k < end {
				r2, s2 := utf8.DecodeRune(data[k:end])
				if !isSpace(r2) {
					break
				}
				k += s2
			}
			return k < end && isAttribution(data[k:end], n)
		}
		i += size
	}
	return false
}

// endsSentence decides whether the stop r at data[at] (the stop run being
// stops) ends a sentence, given the text after it (next, starting at a
// non-space character).
func endsSentence(data []byte, start, at int, r rune, stops, next []byte, n *Noise) bool {
	word := nextWord(next)
	first, _ := utf8.DecodeRuneInString(word)
	switch {
	case word == "":
		// A dash or bullet continues; "$3 billion" starts anew.
		r0, _ := utf8.DecodeRune(next)
		return !unicode.IsPunct(r0)
	case unicode.IsLower(first):
		return false // "U.S. would", "“...!” she said"
	}
	if closesQuote(stops) && isAttribution(next, n) {
		return false // `“We will stay.” Hood said.`
	}
	if r != '.' || len(stops) > 1 && stops[1] == '.' {
		return true // "?", "!", "…" and "..." before a capital
	}
	prev := prevToken(data, start, at)
	if prev == "" {
		return true
	}
	if n.titles[prev] {
		return false // "Gen. Qasem Soleimani", "No. 5", "Sept. 9"
	}
	if first0, size := utf8.DecodeRuneInString(prev); size == len(prev) && unicode.IsUpper(first0) {
		return false // an initial: "J. R. Smith"
	}
	if n.ambiguous[prev] || dottedAbbrev(prev) {
		return n.openers[word] // "the U.S. The next day" vs "U.S. President"
	}
	return true
}

// prevToken returns the word just before the stop at data[at], without
// opening quotes or brackets ("U.S" for "the U.S.", "caliphate" for
// `"caliphate.`).
func prevToken(data []byte, start, at int) string {
	i := at
	for i > start {
		r, size := utf8.DecodeLastRune(data[start:i])
		if isSpace(r) || isOpener(r) && r != '\'' || r == '—' || r == '–' {
			break
		}
		i -= size
	}
	return strings.TrimLeft(string(data[i:at]), "\"'")
}

// nextWord returns the word that follows, skipping opening quotes and
// brackets; "" when the next character is neither.
func nextWord(b []byte) string {
	s := string(b[:min(len(b), 64)]) // a word is short; do not copy the rest
	s = strings.TrimLeftFunc(s, isOpener)
	end := strings.IndexFunc(s, func(r rune) bool { return !(unicode.IsLetter(r) || unicode.IsDigit(r)) })
	if end < 0 {
		end = len(s)
	}
	return s[:end]
}

// dottedAbbrev reports tokens like "U.S", "e.g", "a.m": single letters
// joined by stops.
func dottedAbbrev(tok string) bool {
	parts := strings.Split(tok, ".")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(p); !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// closesQuote reports whether a stop run ends inside a closing quote.
func closesQuote(stops []byte) bool {
	r, _ := utf8.DecodeLastRune(stops)
	return strings.ContainsRune("\"”’'", r)
}

// maxAttribution is the longest attribution, in words, kept with the
// quotation before it.
const maxAttribution = 6

// isAttribution reports whether next begins with a short clause that has a
// verb of saying and ends at a stop or comma within maxAttribution words:
// "Hood said.", "the statement read.", "said Joey Hood, acting ...".
func isAttribution(next []byte, n *Noise) bool {
	words, speech := 0, false
	// An attribution is a few words: looking at 200 bytes is plenty.
	for _, f := range strings.Fields(string(next[:min(len(next), 200)])) {
		if w := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) }); w != "" {
			words++
			speech = speech || n.speech[strings.ToLower(w)]
		}
		if words > maxAttribution {
			return false
		}
		r, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(f, isCloser))
		if isTerminator(r) || r == ',' || r == ';' {
			return speech
		}
	}
	return speech // the quotation's attribution ends the paragraph
}
