package pipeline

import (
	"sort"

	"github.com/claimcheck/claimcheck/engine/article"
	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/facts"
	"github.com/claimcheck/claimcheck/engine/finding"
	"github.com/claimcheck/claimcheck/engine/report"
)

// Claims that come from files rather than from articles claimcheck reads:
// verified facts (Config.Facts), loaded with the rules since a bad fact
// file, like a bad rule, stops the run, and claims files (Config.Claims),
// read as an archive is, whose errors are input errors.

// loadFacts reads the fact files, their ids checked against the lexicon.
func (e *Engine) loadFacts() []finding.Problem {
	cs, problems := facts.ReadFacts(e.cfg.Facts, facts.Options{Lexicon: e.lexicon})
	e.facts = cs
	return problems
}

// Facts are the verified facts loaded, in file order.
func (e *Engine) Facts() []*claim.Claim { return e.facts }

// claimFiles is what the claims files hold.
type claimFiles struct {
	articles []*facts.Article
	problems []finding.Problem
}

// readClaimFiles reads Config.Claims.
func (e *Engine) readClaimFiles() claimFiles {
	arts, problems := facts.ReadClaims(e.cfg.Claims)
	return claimFiles{articles: arts, problems: problems}
}

// claims are the claims of every article, in file order.
func (cf claimFiles) claims() []*claim.Claim {
	var out []*claim.Claim
	for _, a := range cf.articles {
		out = append(out, a.Claims...)
	}
	return out
}

// ids are the article ids the claims files use.
func (cf claimFiles) ids() map[string]bool {
	m := map[string]bool{}
	for _, a := range cf.articles {
		m[a.ID] = true
	}
	return m
}

// without drops the claims files' articles that are drafts being checked
// (a claims file made from a folder the draft is in), so a draft is never
// checked against its own claims.
func (cf claimFiles) without(drafts []*article.Article) claimFiles {
	abs := absPaths()
	seen := map[string]bool{}
	for _, d := range drafts {
		seen[abs(d.Path)] = true
	}
	kept := cf.articles[:0:0]
	for _, a := range cf.articles {
		if !seen[abs(a.Path)] {
			kept = append(kept, a)
		}
	}
	return claimFiles{articles: kept, problems: cf.problems}
}

// infos describe the claims files' articles for the report.
func (cf claimFiles) infos() []report.ArticleInfo {
	var out []report.ArticleInfo
	for _, a := range cf.articles {
		info := report.ArticleInfo{ID: a.ID, Path: a.Path, Title: a.Title, Outlet: a.Outlet, Dated: a.Dated, Claims: len(a.Claims)}
		if a.Dated {
			info.Published = a.Published.Format(claim.DateLayout)
		}
		out = append(out, info)
	}
	return out
}

// renameClashes keeps draft ids (and so claim ids) apart from the ids an
// archive already uses; call it before the drafts are extracted.
func renameClashes(drafts []*article.Article, used map[string]bool) {
	for _, d := range drafts {
		for used[d.ID] {
			d.ID = "draft-" + d.ID
		}
	}
}

// aboutInputs drops findings that involve verified facts alone: facts are
// what a run checks against, and three facts about one figure would
// otherwise report their own timeline on every run.
func aboutInputs(fs []finding.Finding) []finding.Finding {
	out := fs[:0]
	for _, f := range fs {
		if !allVerified(f.Claims) {
			out = append(out, f)
		}
	}
	return out
}

func allVerified(cs []*claim.Claim) bool {
	for _, c := range cs {
		if c != nil && !c.Verified {
			return false
		}
	}
	return len(cs) > 0
}

func anyVerified(cs []*claim.Claim) bool {
	for _, c := range cs {
		if c != nil && c.Verified {
			return true
		}
	}
	return false
}

// rankVerified puts findings that involve a verified fact first, keeping
// the order within each part: a sorted list stays sorted, so output is
// still the same bytes for the same input.
func rankVerified(fs []finding.Finding) {
	sort.SliceStable(fs, func(i, j int) bool { return anyVerified(fs[i].Claims) && !anyVerified(fs[j].Claims) })
}
