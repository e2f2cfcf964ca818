// Package pipeline runs claimcheck end to end for the CLI and for Go
// programs: articles are read, claims extracted, rules evaluated, and a
// report assembled. Data flows one way, article -> claims -> findings ->
// report; this package only wires the stages and owns nothing they decide.
package pipeline

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/claimcheck/claimcheck/engine/article"
	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/extract"
	"github.com/claimcheck/claimcheck/engine/finding"
	"github.com/claimcheck/claimcheck/engine/lexicon"
	"github.com/claimcheck/claimcheck/engine/report"
	"github.com/claimcheck/claimcheck/engine/rule"
)

// Config is everything a run needs besides its inputs.
type Config struct {
	Rules          []string                    // rule files or folders, added to the default pack
	NoDefaultRules bool                        // leave the embedded pack out
	NoRules        bool                        // load no rules at all (extract)
	Lexicons       []string                    // lexicon files merged over the default
	Noise          []string                    // noise pattern files added to the default
	Published      time.Time                   // --published: dates one undated input (a draft), never an archive article
	Severity       map[string]finding.Severity // severity overrides by rule id
	Disabled       []string                    // rule ids to skip
	Ignore         []string                    // globs of input paths to skip
	Stdin          io.Reader                   // for "-"
	// OnlyDrafts is pre-publish mode: only findings touching a draft count.
	OnlyDrafts bool
	// Limits bound the work one input or one key group can cause.
	Limits Limits
	// Cache is the folder of the claim store (engine/store): articles whose
	// bytes it knows are not read or extracted again. "" means no store.
	Cache string
	// Progress, when set, hears how a check advances (see Progress).
	Progress func(Progress)
	// Facts are fact files (engine/facts): verified facts that inputs are
	// checked against. A bad one stops the run, as a bad rule does.
	Facts []string
	// Claims are claims files in the extract JSON shape, from another
	// extractor: they join the archive, or with no inputs are checked
	// themselves.
	Claims []string
}

// Engine holds what a run loads once: lexicon, noise patterns and rules.
type Engine struct {
	cfg       Config
	lexicon   *lexicon.Lexicon
	noise     *article.Noise
	rules     *rule.Set
	extractor *extract.Extractor
	cache     *cache // nil without Config.Cache
	early     extracted
	facts     []*claim.Claim // Config.Facts, verified
}

// New loads the lexicon, noise patterns and rules. Any problem stops the
// run before an article is read (exit status 2): checking with half a rule
// pack would report a clean bill of health it has not earned.
func New(cfg Config) (*Engine, []finding.Problem) {
	cfg.Limits = cfg.Limits.withDefaults()
	e := &Engine{cfg: cfg, early: extracted{pre: map[*article.Article]preClaims{}}}
	var problems []finding.Problem
	lex, err := lexicon.Load(lexicon.Default(), cfg.Lexicons...)
	if err != nil {
		problems = append(problems, asProblems(err)...)
	}
	e.lexicon = lex
	noise, err := article.LoadNoise(article.DefaultNoise(), cfg.Noise...)
	if err != nil {
		problems = append(problems, asProblems(err)...)
	}
	e.noise = noise
	if len(problems) > 0 {
		return nil, problems
	}
	e.extractor = extract.New(e.lexicon, extract.Options{})
	if problems := e.loadFacts(); len(problems) > 0 {
		return nil, problems
	}
	if cfg.Cache != "" {
		c, err := openCache(cfg.Cache, cfg)
		if err != nil {
			return nil, asProblems(err)
		}
		e.cache = c
	}
	if !cfg.NoRules {
		set, problems := loadRules(cfg, e.lexicon)
		if len(problems) > 0 {
			return nil, problems
		}
		e.rules = set
		if e.cache != nil {
			e.cache.groupKeys = set.GroupKeys
		}
	}
	return e, nil
}

// Lexicon is the loaded lexicon.
func (e *Engine) Lexicon() *lexicon.Lexicon { return e.lexicon }

// Rules is the loaded rule set (nil when Config.NoRules).
func (e *Engine) Rules() *rule.Set { return e.rules }

// Read reads the inputs from paths (files, folders, "-"), skipping ignored
// ones; Config.Published dates one undated input among them. With a store,
// the articles it knows come from it (readCached).
func (e *Engine) Read(paths []string) ([]*article.Article, []finding.Problem) {
	return e.read(paths, e.cfg.Published)
}

// readArchive reads an archive (--against). Config.Published is the date
// of an undated input, the draft, never of an archive article: each of
// those is dated by itself or stays undated.
func (e *Engine) readArchive(paths []string) ([]*article.Article, []finding.Problem) {
	return e.read(paths, time.Time{})
}

// read reads paths with published for one undated article. What the flag
// dates depends on the flag, not on the file's bytes, so such reads bypass
// the store and the store does not depend on the flag.
func (e *Engine) read(paths []string, published time.Time) ([]*article.Article, []finding.Problem) {
	if e.cache != nil && published.IsZero() {
		return e.readCached(paths)
	}
	if arts, problems, ok := e.readStreaming(paths, published); ok {
		return arts, problems
	}
	arts, problems := e.readFiles(paths, published)
	return e.kept(arts), problems
}

// readFiles reads articles as the reader does, published dating one
// undated article.
func (e *Engine) readFiles(paths []string, published time.Time) ([]*article.Article, []finding.Problem) {
	opts := article.Options{Noise: e.noise, Published: published, Stdin: e.cfg.Stdin}
	if e.cfg.Progress != nil {
		opts.OnRead = func(done, total int) { e.progress(StageRead, done, total) }
	}
	arts, errs := article.Read(paths, opts)
	var problems []finding.Problem
	for _, err := range errs {
		problems = append(problems, asProblems(err)...)
	}
	return arts, problems
}

// kept drops ignored articles and makes the ids of the others unique.
func (e *Engine) kept(arts []*article.Article) []*article.Article {
	kept := arts[:0]
	for _, a := range arts {
		if !e.ignored(a.Path) {
			kept = append(kept, a)
		}
	}
	uniqueIDs(kept)
	return kept
}

// uniqueIDs keeps article ids (and so claim ids) distinct: ids are file base
// names, and an archive often has 2020/index.md beside 2021/index.md. A
// shared id becomes the path without its extension.
func uniqueIDs(arts []*article.Article) {
	count := map[string]int{}
	for _, a := range arts {
		count[a.ID]++
	}
	for _, a := range arts {
		if count[a.ID] > 1 {
			p := filepath.ToSlash(filepath.Clean(a.Path))
			a.ID = strings.TrimSuffix(p, filepath.Ext(p))
		}
	}
}

func (e *Engine) ignored(path string) bool {
	for _, g := range e.cfg.Ignore {
		if ok, _ := filepath.Match(g, path); ok {
			return true
		}
		// A folder glob ignores everything below it.
		for dir := filepath.Dir(path); dir != "." && dir != "/" && dir != filepath.Dir(dir); dir = filepath.Dir(dir) {
			if ok, _ := filepath.Match(g, dir); ok {
				return true
			}
		}
	}
	return false
}

// claims is extractAll without the notices.
func (e *Engine) claims(arts []*article.Article, draft bool) []*claim.Claim {
	cs, _ := e.extractAll(arts, draft)
	return cs
}

// extractAll extracts every article's claims on all cores, marking drafts,
// within the limits. An article's claims depend on that article alone and
// are put back in input order, so the result does not depend on the
// number of cores.
func (e *Engine) extractAll(arts []*article.Article, draft bool) ([]*claim.Claim, []finding.Notice) {
	per := make([][]*claim.Claim, len(arts))
	notes := make([][]finding.Notice, len(arts))
	var done atomic.Int64
	forEach(len(arts), func(i int) {
		per[i], notes[i] = e.extractOne(arts[i])
		e.progress(StageExtract, int(done.Add(1)), len(arts))
	})
	var out []*claim.Claim
	var notices []finding.Notice
	if e.cache != nil {
		notices = e.cache.flush()
	}
	for i, cs := range per {
		notices = append(notices, notes[i]...)
		for _, c := range cs {
			c.Draft = draft
			out = append(out, c)
		}
	}
	return out, notices
}

// claimCount is an article's number of claims: those decoded, or the
// store's count for an archive article it did not decode.
func (e *Engine) claimCount(a *article.Article, decoded int) int {
	if e.cache == nil {
		return decoded
	}
	return e.cache.claimCount(a, decoded)
}

// extractOne is one article's claims within the limits, from the store
// when it has them (and then queued for it when it has not).
func (e *Engine) extractOne(a *article.Article) ([]*claim.Claim, []finding.Notice) {
	if cs, notes, ok := e.takeEarly(a); ok {
		return cs, notes
	}
	if e.cache != nil {
		if cs, notes, ok := e.cache.cached(a); ok {
			return cs, notes
		}
	}
	notes := e.cfg.Limits.bound(a)
	cs := e.extractor.Article(a)
	if e.cache != nil {
		e.cache.remember(a, cs, notes)
	}
	return cs, notes
}

// forEach calls fn(i) for i in [0,n) on GOMAXPROCS goroutines. Each index
// is handed out once; callers write results to their own slot.
func forEach(n int, fn func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := range n {
			fn(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				fn(i)
			}
		}()
	}
	wg.Wait()
}

// Check reads the inputs, extracts and checks their claims, with the
// verified facts. With an archive (articles, or claims files), inputs are
// drafts and only findings touching a draft are kept; claims files with no
// inputs are checked themselves.
func (e *Engine) Check(inputs, archive []string) *report.Report {
	drafts, problems := e.Read(inputs)
	files := e.readClaimFiles().without(drafts)
	problems = append(problems, files.problems...)
	renameClashes(drafts, files.ids())
	drafting := len(archive) > 0 || len(inputs) > 0 && len(e.cfg.Claims) > 0
	var arch []*article.Article
	var claims []*claim.Claim
	var notices []finding.Notice
	if len(archive) > 0 && e.cache != nil {
		// With a store, only the archive claims in the drafts' key groups
		// are decoded: extract the drafts first.
		claims, notices = e.extractAll(drafts, true)
		e.cache.want(claims)
	}
	if len(archive) > 0 {
		var p []finding.Problem
		arch, p = e.readArchive(archive)
		problems = append(problems, p...)
		arch = withoutDuplicates(arch, drafts)
	}
	all := append(append([]*article.Article(nil), drafts...), arch...)
	e.progress(StageRead, len(all), len(all))
	if claims == nil && notices == nil {
		claims, notices = e.extractAll(drafts, drafting)
	}
	archClaims, archNotices := e.extractAll(arch, false)
	claims, notices = append(claims, archClaims...), append(notices, archNotices...)
	claims = append(append(claims, files.claims()...), e.facts...)
	claims = e.dateUndated(all, claims)

	isDraft := map[*article.Article]bool{}
	for _, d := range drafts {
		isDraft[d] = true
	}
	rep := &report.Report{Command: "check", Problems: problems, Notices: notices, Source: sourceOf(all), Facts: len(e.facts)}
	perArticle := map[string]int{}
	for _, c := range claims {
		perArticle[c.Path]++
	}
	for _, a := range all {
		info := articleInfo(a, e.claimCount(a, perArticle[a.Path]))
		info.Draft = drafting && isDraft[a]
		rep.Articles = append(rep.Articles, info)
	}
	rep.Articles = append(rep.Articles, files.infos()...)
	sort.Slice(rep.Articles, func(i, j int) bool { return rep.Articles[i].Path < rep.Articles[j].Path })
	if e.rules == nil {
		return rep
	}
	rep.Rules = ruleInfo(e.rules)
	e.progress(StageRules, 0, len(rep.Rules))
	res := e.enabled().Run(claims)
	e.progress(StageRules, len(rep.Rules), len(rep.Rules))
	found := aboutInputs(res.Findings)
	if drafting {
		found = onlyDrafts(found)
	}
	rep.Findings = e.adjust(found)
	rep.Problems = append(rep.Problems, res.Problems...)
	rep.Notices = append(rep.Notices, res.Notices...)
	applySuppressions(rep, all)
	rule.SortFindings(rep.Findings, drafting)
	rankVerified(rep.Findings)
	sortNotices(rep.Notices)
	return rep
}

// sortNotices orders notices by where they point, whatever the order of
// the inputs.
func sortNotices(ns []finding.Notice) {
	sort.SliceStable(ns, func(i, j int) bool {
		a, b := ns[i], ns[j]
		switch {
		case a.Path != b.Path:
			return a.Path < b.Path
		case a.Line != b.Line:
			return a.Line < b.Line
		}
		return a.String() < b.String()
	})
}

// withoutDuplicates drops archive articles that are also drafts (a draft
// folder inside the archive), so a draft is never checked against itself.
func withoutDuplicates(arch, drafts []*article.Article) []*article.Article {
	abs := absPaths()
	seen := map[string]bool{}
	for _, d := range drafts {
		seen[abs(d.Path)] = true
	}
	kept := arch[:0]
	for _, a := range arch {
		if !seen[abs(a.Path)] {
			kept = append(kept, a)
		}
	}
	return kept
}

// absPaths makes paths absolute against the working directory, read once:
// filepath.Abs asks the system for it on every call, which on a
// 100,000-file archive was an eighth of a warm check.
func absPaths() func(string) string {
	wd, err := os.Getwd()
	return func(p string) string {
		if filepath.IsAbs(p) || err != nil {
			return filepath.Clean(p)
		}
		return filepath.Join(wd, p)
	}
}

func sourceOf(arts []*article.Article) func(string) ([]byte, error) {
	byPath := map[string][]byte{}
	for _, a := range arts {
		byPath[a.Path] = a.Text
	}
	return func(path string) ([]byte, error) {
		if b, ok := byPath[path]; ok {
			return b, nil
		}
		return nil, fs.ErrNotExist
	}
}

func articleInfo(a *article.Article, n int) report.ArticleInfo {
	info := report.ArticleInfo{ID: a.ID, Path: a.Path, Title: a.Title, Outlet: a.Outlet, Dated: a.Dated, Claims: n}
	if a.Dated {
		info.Published = a.Published.Format(claim.DateLayout)
	}
	return info
}

// asProblems turns loader errors into report problems, keeping positions.
func asProblems(err error) []finding.Problem {
	if err == nil {
		return nil
	}
	type multi interface{ Unwrap() []error }
	if m, ok := err.(multi); ok {
		var out []finding.Problem
		for _, e := range m.Unwrap() {
			out = append(out, asProblems(e)...)
		}
		return out
	}
	var p finding.Problem
	if asProblem(err, &p) {
		return []finding.Problem{p}
	}
	return []finding.Problem{{Message: err.Error()}}
}
