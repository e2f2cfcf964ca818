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
	"time"

	"github.com/claimcheck/claimcheck/engine/article"
	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/finding"
	"github.com/claimcheck/claimcheck/engine/rule"
	"github.com/claimcheck/claimcheck/engine/store"
)

// cache is the claim store as one run uses it: which articles came from
// it, what to write back, and in pre-publish mode which archive records
// the drafts' key groups need.
type cache struct {
	st    *store.Store
	index string // the groups index of this rule set ("" without rules)
	// groupKeys lists a claim's key groups (rule.Set.GroupKeys); nil
	// without rules.
	groupKeys func(*claim.Claim) []string

	mu    sync.Mutex
	rd    *store.Reader               // open between a read and the next flush
	hits  map[*article.Article]string // article -> record key
	infos map[*article.Article]*store.Info
	keys  map[string]string         // path -> key, for articles read this run
	stats map[string]store.FileStat // path -> stat, for articles read this run
	batch *store.Batch
	// wanted, when set, are the only records whose claims are decoded
	// (pre-publish: those in a draft claim's key groups).
	wanted  map[string]bool
	decoded int // records decoded this run, for tests
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
	c := &cache{st: st, rd: &store.Reader{}, hits: map[*article.Article]string{}, infos: map[*article.Article]*store.Info{},
		keys: map[string]string{}, stats: map[string]store.FileStat{}}
	c.reset()
	if !cfg.NoRules {
		idx, err := rulesIndex(cfg)
		if err != nil {
			return nil, err
		}
		c.index = idx
	}
	return c, nil
}

func (c *cache) reset() {
	c.batch = &store.Batch{Records: map[string]*store.Record{}, Infos: map[string]*store.Info{},
		Files: map[string]store.FileStat{}, Groups: map[string]map[string][]string{}}
}

// rulesIndex names the groups index of a rule set: the default pack is in
// the binary (and so in the namespace); user rule files are hashed here.
func rulesIndex(cfg Config) (string, error) {
	h := sha256.New()
	fmt.Fprintf(h, "%v\x00", cfg.NoDefaultRules)
	srcs, err := rule.SourcesPaths(cfg.Rules...)
	if err != nil {
		return "", err
	}
	for _, s := range srcs {
		fmt.Fprintf(h, "%s\x00%d\x00", s.Path, len(s.Data))
		h.Write(s.Data)
	}
	return "groups-" + hex.EncodeToString(h.Sum(nil)[:12]), nil
}

// namespace hashes the running binary (the extractor, lexicon, noise
// patterns and rules embedded in it, whatever its version string says),
// the lexicon and noise files given and the limits. Not --published: reads
// dated by it bypass the store (Engine.read).
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
	fmt.Fprintf(h, "\x00%+v", cfg.Limits)
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
// store knows become articles without text, their claims left in the
// store until extraction asks; the others are read as usual. Inputs the
// store cannot key (stdin, a missing path, a folder with unreadable
// entries or no articles) are read without it, whole, so their errors are
// the reader's own.
func (e *Engine) readCached(paths []string) ([]*article.Article, []finding.Problem) {
	files, sidecars, ok := listFiles(paths)
	if !ok {
		arts, problems := e.readFiles(paths, time.Time{})
		return e.kept(arts), problems
	}
	c := e.cache
	var problems []finding.Problem
	rd, err := c.st.Reader()
	if err != nil {
		problems = append(problems, finding.Problem{Path: paths[0], Message: err.Error()})
	}
	c.mu.Lock()
	c.rd.Close()
	c.rd = rd
	c.mu.Unlock()
	keys := make([]string, len(files))
	stats := make([]store.FileStat, len(files))
	infos := make([]*store.Info, len(files))
	forEach(len(files), func(i int) {
		stats[i] = statOf(files[i], sidecars)
		c.mu.Lock()
		keys[i] = rd.FileKey(files[i], stats[i].Size, stats[i].ModTime)
		c.mu.Unlock()
		if keys[i] == "" {
			keys[i] = fileKey(files[i])
		}
		stats[i].Key = keys[i]
		c.mu.Lock()
		infos[i] = rd.Info(keys[i])
		c.mu.Unlock()
	})
	var miss []string
	for i, f := range files {
		if infos[i] == nil {
			miss = append(miss, f)
		}
	}
	read, p := e.readFiles(miss, time.Time{})
	problems = append(problems, p...)
	return e.kept(c.merge(files, keys, stats, infos, read)), problems
}

// merge puts stubs for the store's articles and the articles just read in
// file order, remembering keys and stats for what is written back.
func (c *cache) merge(files, keys []string, stats []store.FileStat, infos []*store.Info, read []*article.Article) []*article.Article {
	byPath := map[string]*article.Article{}
	for _, a := range read {
		byPath[a.Path] = a
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	var arts []*article.Article
	for i, f := range files {
		if infos[i] != nil {
			a := stub(f, infos[i])
			c.hits[a], c.infos[a] = keys[i], infos[i]
			c.batch.Files[f] = stats[i]
			arts = append(arts, a)
		} else if a := byPath[f]; a != nil {
			if keys[i] != "" {
				c.keys[f], c.stats[f] = keys[i], stats[i]
			}
			arts = append(arts, a)
		}
	}
	return arts
}

// statOf is a file's size and a time that changes when it or its sidecar
// is written. sidecars, when the file was found in a folder, are the
// sidecars the folder holds: the others need no stat.
func statOf(path string, sidecars map[string]bool) store.FileStat {
	st, err := os.Stat(path)
	if err != nil {
		return store.FileStat{}
	}
	sig := st.ModTime().UnixNano()
	side := strings.TrimSuffix(path, filepath.Ext(path)) + article.SidecarSuffix
	if !sidecars[path] && sidecars[listed+path] {
		return store.FileStat{Size: st.Size(), ModTime: sig}
	}
	if sst, err := os.Stat(side); err == nil {
		sig = sig*1_000_003 ^ sst.ModTime().UnixNano() ^ sst.Size()<<1
	}
	return store.FileStat{Size: st.Size(), ModTime: sig}
}

// stub is an article as the store remembers it: metadata, no text.
func stub(path string, r *store.Info) *article.Article {
	return &article.Article{ID: strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)), Path: path,
		Title: r.Title, Outlet: r.Outlet, URL: r.URL, Published: r.Published, Dated: r.Dated, DateSource: r.DateSource}
}

// listed marks, in listFiles' sidecar map, a file found in a folder: its
// sidecar, if any, is in the map under the file's own path.
const listed = "\x00"

// listFiles expands paths as the reader does (folders recursively, sorted,
// article extensions, no dot entries, each file once), or says it cannot.
// sidecars says which files found in folders have a sidecar.
func listFiles(paths []string) ([]string, map[string]bool, bool) {
	var out []string
	seen := map[string]bool{}
	sidecars := map[string]bool{}
	abs := absPaths()
	for _, p := range paths {
		info, err := os.Stat(p)
		if p == "-" || err != nil {
			return nil, nil, false
		}
		var files []string
		if !info.IsDir() {
			files = []string{p}
		} else if files, err = walk(p, sidecars); err != nil || len(files) == 0 {
			return nil, nil, false
		}
		for _, f := range files {
			if a := abs(f); !seen[a] {
				seen[a] = true
				out = append(out, f)
			}
		}
	}
	return out, sidecars, true
}

func walk(root string, sidecars map[string]bool) ([]string, error) {
	var files, sides []string
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
		} else if !d.IsDir() && strings.HasSuffix(d.Name(), article.SidecarSuffix) {
			sides = append(sides, strings.TrimSuffix(p, article.SidecarSuffix))
		}
		return nil
	})
	has := map[string]bool{}
	for _, s := range sides {
		has[s] = true
	}
	for _, f := range files {
		sidecars[listed+f] = true
		sidecars[f] = has[strings.TrimSuffix(f, filepath.Ext(f))]
	}
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
// to its path and id this run. In pre-publish mode an archive record that
// no draft claim's key group needs is not decoded: it returns no claims,
// and claimCount still counts them for the report.
func (c *cache) cached(a *article.Article) ([]*claim.Claim, []finding.Notice, bool) {
	c.mu.Lock()
	key, ok := c.hits[a]
	info := c.infos[a]
	var raw []byte
	if ok && (c.wanted == nil || c.wanted[key]) {
		raw = c.rd.Raw(key)
	}
	c.mu.Unlock()
	if !ok {
		return nil, nil, false
	}
	rec := store.DecodeRecord(raw)
	if rec != nil {
		c.mu.Lock()
		c.decoded++
		c.mu.Unlock()
	}
	notices := append([]finding.Notice(nil), info.Notices...)
	for i := range notices {
		notices[i].Path = a.Path
	}
	if rec == nil {
		return nil, notices, true
	}
	for _, cl := range rec.Claims {
		_, n, _ := strings.Cut(cl.ID, "#")
		cl.ID, cl.Article, cl.Path = a.ID+"#"+n, a.ID, a.Path
	}
	if c.wanted == nil {
		c.index1(key, rec.Claims)
	}
	return rec.Claims, notices, true
}

// index1 adds one record's claims to the groups index being built, when
// the store's index for this rule set is not complete yet.
func (c *cache) index1(key string, cs []*claim.Claim) {
	if c.groupKeys == nil {
		return
	}
	var gks [][]string
	for _, cl := range cs {
		gks = append(gks, c.groupKeys(cl))
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.rd.Indexed(c.index, key) && c.batch.Records[key] == nil {
		return
	}
	g := c.batch.Groups[c.index]
	if g == nil {
		g = map[string][]string{}
		c.batch.Groups[c.index] = g
	}
	for _, ks := range gks {
		for _, gk := range ks {
			g[gk] = append(g[gk], key)
		}
	}
	store.Mark(g, key)
}

// stored counts the articles of arts that came from the store.
func (c *cache) stored(arts []*article.Article) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for _, a := range arts {
		if _, ok := c.hits[a]; ok {
			n++
		}
	}
	return n
}

// claimCount is how many claims an article has, decoded or not.
func (c *cache) claimCount(a *article.Article, decoded int) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	if in := c.infos[a]; in != nil {
		return in.Claims
	}
	return decoded
}

// want narrows the next archive read to the records in the key groups of
// the drafts' claims, when the store's groups index is complete.
func (c *cache) want(drafts []*claim.Claim) {
	if c.groupKeys == nil {
		return
	}
	r, err := c.st.Reader()
	if err != nil {
		return
	}
	defer r.Close()
	if !r.Complete(c.index) {
		return
	}
	wanted := map[string]bool{}
	for _, d := range drafts {
		for _, gk := range c.groupKeys(d) {
			for _, k := range r.Group(c.index, gk) {
				wanted[k] = true
			}
		}
	}
	c.mu.Lock()
	c.wanted = wanted
	c.mu.Unlock()
}

// remember queues an article read this run for the store. Articles with
// suppression comments are not stored: reporting an unused one needs the
// text.
func (c *cache) remember(a *article.Article, cs []*claim.Claim, notices []finding.Notice) {
	c.mu.Lock()
	key := c.keys[a.Path]
	if key == "" || len(a.Suppressions) > 0 {
		c.mu.Unlock()
		return
	}
	c.batch.Records[key] = &store.Record{ID: a.ID, Title: a.Title, Outlet: a.Outlet, URL: a.URL, Published: a.Published,
		Dated: a.Dated, DateSource: a.DateSource, Claims: cs, Notices: notices}
	c.batch.Infos[key] = &store.Info{ID: a.ID, Title: a.Title, Outlet: a.Outlet, URL: a.URL, Published: a.Published,
		Dated: a.Dated, DateSource: a.DateSource, Claims: len(cs), Notices: notices}
	c.batch.Files[a.Path] = c.stats[a.Path]
	c.mu.Unlock()
	c.index1(key, cs)
}

// flush ends the read and writes what was queued. A store another run
// holds locked past store.LockTimeout is left as it is: the next run
// extracts again.
func (c *cache) flush() []finding.Notice {
	c.mu.Lock()
	b := c.batch
	c.rd.Close()
	c.rd = &store.Reader{}
	c.reset()
	c.mu.Unlock()
	if len(b.Records)+len(b.Files)+len(b.Groups) == 0 {
		return nil
	}
	if err := c.st.Write(b); err != nil {
		return []finding.Notice{{Path: store.FileName, Limit: "cache", Message: "claims not stored: " + err.Error()}}
	}
	return nil
}
