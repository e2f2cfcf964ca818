package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/claimcheck/claimcheck/engine/article"
	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/finding"
	"github.com/claimcheck/claimcheck/engine/store"
)

// cache is the claim store as one run uses it: which articles came from
// it (with their claims) and what to write back.
type cache struct {
	st      *store.Store
	mu      sync.Mutex
	hits    map[*article.Article]*store.Record
	keys    map[string]string // path -> key, for articles read this run
	pending map[string]*store.Record
}

// openCache opens the store in dir under a namespace that changes with
// anything else that decides an article's claims.
func openCache(dir string, cfg Config) (*cache, error) {
	ns, err := namespace(cfg)
	if err != nil {
		return nil, err
	}
	st, err := store.Open(dir, ns)
	if err != nil {
		return nil, err
	}
	return &cache{st: st, hits: map[*article.Article]*store.Record{}, keys: map[string]string{}, pending: map[string]*store.Record{}}, nil
}

// namespace hashes the running binary (the extractor, lexicon, noise
// patterns and rules embedded in it, whatever its version string says),
// the lexicon and noise files given, the limits and the date given to
// undated input.
func namespace(cfg Config) (string, error) {
	h := sha256.New()
	exe, err := os.Executable()
	if err == nil {
		err = hashFile(h, exe)
	}
	if err != nil {
		return "", fmt.Errorf("cache: hashing the claimcheck binary: %w", err)
	}
	for _, p := range append(append([]string(nil), cfg.Lexicons...), cfg.Noise...) {
		fmt.Fprintf(h, "\x00%s\x00", p)
		if err := hashFile(h, p); err != nil {
			return "", fmt.Errorf("cache: %w", err)
		}
	}
	fmt.Fprintf(h, "\x00%+v\x00%s", cfg.Limits, cfg.Published.Format("2006-01-02"))
	return "v1-" + hex.EncodeToString(h.Sum(nil)[:16]), nil
}

func hashFile(h io.Writer, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(h, f)
	return err
}

// readCached is Read with the store: the files under paths whose bytes the
// store knows become articles without text, their claims waiting in the
// cache; the others are read as usual. Inputs the store cannot key (stdin,
// a missing path, a folder with unreadable entries or no articles) are
// read without it, whole, so their errors are the reader's own.
func (e *Engine) readCached(paths []string) ([]*article.Article, []finding.Problem) {
	files, ok := listFiles(paths)
	if !ok {
		arts, problems := e.readFiles(paths)
		return e.kept(arts), problems
	}
	keys := make([]string, len(files))
	forEach(len(files), func(i int) { keys[i] = fileKey(files[i]) })
	recs, err := e.cache.st.Get(keys)
	var problems []finding.Problem
	if err != nil {
		problems = append(problems, finding.Problem{Path: paths[0], Message: err.Error()})
	}
	var miss []string
	for i, f := range files {
		if recs[keys[i]] == nil {
			miss = append(miss, f)
		}
	}
	read, p := e.readFiles(miss)
	problems = append(problems, p...)
	byPath := map[string]*article.Article{}
	for _, a := range read {
		byPath[a.Path] = a
	}
	var arts []*article.Article
	e.cache.mu.Lock()
	defer e.cache.mu.Unlock()
	for i, f := range files {
		if r := recs[keys[i]]; r != nil {
			a := stub(f, r)
			e.cache.hits[a] = r
			arts = append(arts, a)
		} else if a := byPath[f]; a != nil {
			if keys[i] != "" {
				e.cache.keys[f] = keys[i]
			}
			arts = append(arts, a)
		}
	}
	return e.kept(arts), problems
}

// stub is an article as the store remembers it: metadata, no text.
func stub(path string, r *store.Record) *article.Article {
	return &article.Article{ID: strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)), Path: path,
		Title: r.Title, Outlet: r.Outlet, URL: r.URL, Published: r.Published, Dated: r.Dated, DateSource: r.DateSource}
}

// listFiles expands paths as the reader does (folders recursively, sorted,
// article extensions, no dot entries, each file once), or says it cannot.
func listFiles(paths []string) ([]string, bool) {
	var out []string
	seen := map[string]bool{}
	for _, p := range paths {
		info, err := os.Stat(p)
		if p == "-" || err != nil {
			return nil, false
		}
		var files []string
		if !info.IsDir() {
			files = []string{p}
		} else if files, err = walk(p); err != nil || len(files) == 0 {
			return nil, false
		}
		for _, f := range files {
			abs, err := filepath.Abs(f)
			if err != nil {
				return nil, false
			}
			if !seen[abs] {
				seen[abs] = true
				out = append(out, f)
			}
		}
	}
	return out, true
}

func walk(root string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.IsDir() && isArticle(d.Name()) {
			files = append(files, p)
		}
		return nil
	})
	return files, err // WalkDir visits in lexical order: sorted, as the reader sorts
}

func isArticle(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range article.Extensions {
		if ext == e {
			return true
		}
	}
	return false
}

// fileKey hashes what reading an article depends on: its extension, bytes
// and sidecar. "" (never stored) when the file cannot be read.
func fileKey(path string) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00", strings.ToLower(filepath.Ext(path)))
	if err := hashFile(h, path); err != nil {
		return ""
	}
	side := strings.TrimSuffix(path, filepath.Ext(path)) + article.SidecarSuffix
	if err := hashFile(h, side); err == nil {
		h.Write([]byte("\x00sidecar"))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// cached returns an article's claims and notices from the store, rewritten
// to its path and id this run.
func (c *cache) cached(a *article.Article) ([]*claim.Claim, []finding.Notice, bool) {
	c.mu.Lock()
	r := c.hits[a]
	c.mu.Unlock()
	if r == nil {
		return nil, nil, false
	}
	for _, cl := range r.Claims {
		_, n, _ := strings.Cut(cl.ID, "#")
		cl.ID, cl.Article, cl.Path = a.ID+"#"+n, a.ID, a.Path
	}
	notices := append([]finding.Notice(nil), r.Notices...)
	for i := range notices {
		notices[i].Path = a.Path
	}
	return r.Claims, notices, true
}

// remember queues an article read this run for the store. Articles with
// suppression comments are not stored: reporting an unused one needs the
// text.
func (c *cache) remember(a *article.Article, cs []*claim.Claim, notices []finding.Notice) {
	c.mu.Lock()
	defer c.mu.Unlock()
	key := c.keys[a.Path]
	if key == "" || len(a.Suppressions) > 0 {
		return
	}
	c.pending[key] = &store.Record{ID: a.ID, Title: a.Title, Outlet: a.Outlet, URL: a.URL, Published: a.Published,
		Dated: a.Dated, DateSource: a.DateSource, Claims: cs, Notices: notices}
}

// flush writes what was queued. A store another run holds locked past
// store.LockTimeout is left as it is: the next run extracts again.
func (c *cache) flush() []finding.Notice {
	c.mu.Lock()
	pending := c.pending
	c.pending = map[string]*store.Record{}
	c.mu.Unlock()
	if err := c.st.Put(pending); err != nil {
		return []finding.Notice{{Path: store.FileName, Limit: "cache", Message: "claims not stored: " + err.Error()}}
	}
	return nil
}
