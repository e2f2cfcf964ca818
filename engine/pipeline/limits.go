package pipeline

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/engine/article"
	"github.com/claimcheck/claimcheck/engine/finding"
)

// Limits bound the work one input can cause, so that a pathological file
// (a scraped page with no full stop in five megabytes, a line of numbers)
// costs seconds, not minutes. Work past a limit is skipped with a notice
// naming the limit, and the run goes on. Zero fields take the defaults.
// The reader refuses files over article.MaxSize outright (an error).
type Limits struct {
	// MaxSentenceBytes cuts a longer sentence, at a word boundary, before
	// extraction: real sentences are a few hundred bytes; a 10,000-byte
	// one is a page that lost its punctuation.
	MaxSentenceBytes int `toml:"max_sentence_bytes"`
	// MaxArticleBytes stops extraction at the first sentence that starts
	// past it: a long report runs to a few hundred kilobytes.
	MaxArticleBytes int `toml:"max_article_bytes"`
	// MaxGroupEvaluations bounds the rule evaluations one key group of one
	// rule may take (rule.Options.MaxGroupEvals).
	MaxGroupEvaluations int `toml:"max_group_evaluations"`
}

// The default limits.
const (
	DefaultMaxSentenceBytes = 10_000
	DefaultMaxArticleBytes  = 2 << 20
)

func (l Limits) withDefaults() Limits {
	if l.MaxSentenceBytes <= 0 {
		l.MaxSentenceBytes = DefaultMaxSentenceBytes
	}
	if l.MaxArticleBytes <= 0 {
		l.MaxArticleBytes = DefaultMaxArticleBytes
	}
	return l
}

// bound cuts an article's sentences to the limits before extraction and
// says what it cut, once per article and limit. The article's text is
// left as read: only what the extractor is given changes.
func (l Limits) bound(a *article.Article) []finding.Notice {
	var out []finding.Notice
	cut, first := 0, 0
	for i := range a.Sentences {
		s := &a.Sentences[i]
		if s.Start-a.Body > l.MaxArticleBytes {
			out = append(out, finding.Notice{Path: a.Path, Line: s.Line, Limit: "max_article_bytes",
				Message: fmt.Sprintf("%d bytes; claims were read from the first %d only", len(a.Text)-a.Body, l.MaxArticleBytes)})
			a.Sentences = a.Sentences[:i]
			break
		}
		if len(s.Text) > l.MaxSentenceBytes {
			if cut == 0 {
				first = s.Line
			}
			cut++
			cutSentence(s, l.MaxSentenceBytes)
		}
	}
	if cut > 0 {
		out = append(out, finding.Notice{Path: a.Path, Line: first, Limit: "max_sentence_bytes",
			Message: fmt.Sprintf("%s longer than %d bytes cut to that length for extraction", plural(cut, "sentence"), l.MaxSentenceBytes)})
	}
	return out
}

// cutSentence keeps at most n bytes of s, ending at the last space before
// the cut (or at a character boundary when there is none).
func cutSentence(s *article.Sentence, n int) {
	k := n
	for k > 0 && !utf8.RuneStart(s.Text[k]) {
		k--
	}
	if sp := strings.LastIndexByte(s.Text[:k], ' '); sp > n/2 {
		k = sp
	}
	s.Text = s.Text[:k]
	if len(s.Plain) >= k {
		s.Plain = s.Plain[:k]
	}
	s.End = s.Start + k
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
