package article

import (
	"regexp"
	"strings"

	"github.com/claimcheck/claimcheck/internal/litgate"
)

// gatedRe is a regexp that runs only on text holding one of the literals
// every match contains (internal/litgate): most lines have no link, tag or
// table bar, and a substring search is far cheaper than a backtracking
// run over a long paragraph. Results are the regexp's own.
type gatedRe struct {
	re   *regexp.Regexp
	gate litgate.Gate
}

func gated(expr string) gatedRe {
	re := regexp.MustCompile(expr)
	return gatedRe{re: re, gate: litgate.For(re)}
}

func (g gatedRe) may(s string) bool {
	if g.gate.Fold() {
		return g.gate.May(s, strings.ToLower(s))
	}
	return g.gate.May(s, s)
}

func (g gatedRe) MatchString(s string) bool { return g.may(s) && g.re.MatchString(s) }

func (g gatedRe) FindString(s string) string {
	if !g.may(s) {
		return ""
	}
	return g.re.FindString(s)
}

func (g gatedRe) FindAllIndex(b []byte, n int) [][]int {
	if !g.gate.MayBytes(b) {
		return nil
	}
	return g.re.FindAllIndex(b, n)
}

func (g gatedRe) FindAllSubmatchIndex(b []byte, n int) [][]int {
	if !g.gate.MayBytes(b) {
		return nil
	}
	return g.re.FindAllSubmatchIndex(b, n)
}
