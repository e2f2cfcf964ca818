package pipeline

import (
	"sort"
	"time"

	"github.com/claimcheck/claimcheck/engine/article"
	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/finding"
	"github.com/claimcheck/claimcheck/engine/report"
	"github.com/claimcheck/claimcheck/engine/rule"
)

// Archive is an archive read and its claims extracted once, so that many
// drafts can be checked against it (claimcheck serve): a draft then costs
// its own extraction and the rules, not a re-read of the archive. An
// Archive is read-only once loaded and safe to share between goroutines.
type Archive struct {
	articles []*article.Article
	claims   []*claim.Claim
	notices  []finding.Notice // what the limits cut while loading
	byPath   map[string]*article.Article
	ids      map[string]bool
	// files are the claims files' articles (Config.Claims), by path.
	files map[string]report.ArticleInfo
	// Problems are the archive's unreadable inputs.
	Problems []finding.Problem
	// FromStore is how many of its articles came from the claim store
	// (Config.Cache) rather than being read and extracted again.
	FromStore int
}

// LoadArchive reads the archive at paths and extracts its claims; the
// claims files (Config.Claims) join it.
func (e *Engine) LoadArchive(paths []string) *Archive {
	arts, problems := e.readArchive(paths)
	claims, notices := e.extractAll(arts, false)
	files := e.readClaimFiles()
	claims = append(claims, files.claims()...)
	// the verified facts date undated articles too; they join each check
	dated := e.dateUndated(arts, append(claims, e.facts...))
	claims = dated[:len(dated)-len(e.facts)]
	problems = append(problems, files.problems...)
	a := &Archive{articles: arts, claims: claims, notices: notices, Problems: problems,
		byPath: map[string]*article.Article{}, ids: files.ids(), files: map[string]report.ArticleInfo{}}
	for _, art := range arts {
		a.byPath[art.Path] = art
		a.ids[art.ID] = true
	}
	if e.cache != nil {
		a.FromStore = e.cache.stored(arts)
	}
	for _, info := range files.infos() {
		a.files[info.Path] = info
	}
	return a
}

// Size is the number of articles and claims in the archive, the claims
// files' included.
func (a *Archive) Size() (articles, claims int) { return len(a.articles) + len(a.files), len(a.claims) }

// ParseDraft reads one draft given as bytes (a request body): name is its
// path in the report, and its extension says how to read it (.md, .html,
// .txt; none: sniffed as HTML or read as Markdown when it has front
// matter). published dates it when nothing in it does.
func (e *Engine) ParseDraft(name string, data []byte, published time.Time) (*article.Article, error) {
	return article.Parse(name, data, article.Options{Noise: e.noise, Published: published})
}

// CheckDrafts checks drafts against the archive and reports only the
// findings that involve a draft, as Check with an archive does. Articles
// lists the drafts and the archive articles their findings cite, not the
// whole archive.
func (e *Engine) CheckDrafts(drafts []*article.Article, arch *Archive) *report.Report {
	for _, d := range drafts {
		for arch.ids[d.ID] {
			d.ID = "draft-" + d.ID // claim ids stay distinct from the archive's
		}
	}
	claims, notices := e.extractAll(drafts, true)
	claims = append(append(claims, arch.claims...), e.facts...)
	claims = e.dateUndated(drafts, claims)
	rep := &report.Report{Command: "check", Notices: notices, Facts: len(e.facts)}
	all := append(append([]*article.Article(nil), drafts...), arch.articles...)
	rep.Source = sourceOf(all)
	if e.rules != nil {
		rep.Rules = ruleInfo(e.rules)
		res := e.enabled().Run(claims)
		rep.Findings = e.adjust(onlyDrafts(res.Findings))
		rep.Problems = res.Problems
		rep.Notices = append(rep.Notices, res.Notices...)
		applySuppressions(rep, drafts)
		rule.SortFindings(rep.Findings, true)
		rankVerified(rep.Findings)
		sortNotices(rep.Notices)
	}
	perArticle := map[string]int{}
	for _, c := range claims {
		perArticle[c.Path]++
	}
	cited := map[string]bool{}
	for _, f := range rep.Findings {
		for _, c := range f.Claims {
			if c != nil {
				cited[c.Path] = true
			}
		}
	}
	for _, d := range drafts {
		info := articleInfo(d, perArticle[d.Path])
		info.Draft = true
		rep.Articles = append(rep.Articles, info)
		delete(cited, d.Path)
	}
	for p := range cited {
		if a := arch.byPath[p]; a != nil {
			rep.Articles = append(rep.Articles, articleInfo(a, perArticle[p]))
		} else if info, ok := arch.files[p]; ok {
			rep.Articles = append(rep.Articles, info)
		}
	}
	sort.Slice(rep.Articles, func(i, j int) bool { return rep.Articles[i].Path < rep.Articles[j].Path })
	return rep
}

// onlyDrafts keeps the findings that involve a draft's claim. A rule set
// loaded with Config.OnlyDrafts finds no others; this holds for any set.
func onlyDrafts(fs []finding.Finding) []finding.Finding {
	out := fs[:0]
	for _, f := range fs {
		for _, c := range f.Claims {
			if c != nil && c.Draft {
				out = append(out, f)
				break
			}
		}
	}
	return out
}

// Notices are what the limits cut while the archive was loaded.
func (a *Archive) Notices() []finding.Notice { return a.notices }
