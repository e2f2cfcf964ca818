package pipeline

import (
	"strings"
	"sync"
	"time"

	"github.com/claimcheck/claimcheck/engine/article"
	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/finding"
)

// chunkFiles is how many files are read before they are extracted and
// their text let go: a large archive then holds its claims in memory, not
// every article's text, sentences and line index at once.
var chunkFiles = 1024

// extracted holds claims made while reading, until extractAll asks.
type extracted struct {
	mu  sync.Mutex
	pre map[*article.Article]preClaims
}

type preClaims struct {
	claims  []*claim.Claim
	notices []finding.Notice
}

// readStreaming reads a large input in chunks, extracting each chunk's
// articles as it goes and keeping of them only what a report needs (an
// article with suppression comments keeps its text: an unused one is
// reported from it). ok is false when the input is small or the store
// cannot list it (stdin, a missing path): Read then reads it whole.
func (e *Engine) readStreaming(paths []string, published time.Time) (arts []*article.Article, problems []finding.Problem, ok bool) {
	files, _, ok := listFiles(paths)
	if !ok || len(files) <= chunkFiles {
		return nil, nil, false
	}
	for start := 0; start < len(files); start += chunkFiles {
		chunk, p := e.readFiles(files[start:min(start+chunkFiles, len(files))], published)
		problems = append(problems, p...)
		forEach(len(chunk), func(i int) {
			a := chunk[i]
			notes := e.cfg.Limits.bound(a)
			cs := e.extractor.Article(a)
			if len(a.Suppressions) == 0 {
				a.Text, a.Plain, a.Sentences, a.Removed, a.Index = nil, nil, nil, nil, nil
			}
			e.early.mu.Lock()
			e.early.pre[a] = preClaims{cs, notes}
			e.early.mu.Unlock()
		})
		arts = append(arts, chunk...)
	}
	return e.kept(arts), problems, true
}

// takeEarly returns the claims readStreaming made of a, renamed to the id
// a has now that every article's id is known.
func (e *Engine) takeEarly(a *article.Article) ([]*claim.Claim, []finding.Notice, bool) {
	e.early.mu.Lock()
	p, ok := e.early.pre[a]
	delete(e.early.pre, a)
	e.early.mu.Unlock()
	if !ok {
		return nil, nil, false
	}
	for _, c := range p.claims {
		_, n, _ := strings.Cut(c.ID, "#")
		c.ID, c.Article = a.ID+"#"+n, a.ID
	}
	return p.claims, p.notices, true
}
