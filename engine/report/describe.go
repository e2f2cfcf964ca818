package report

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/finding"
)

// qualifierWords says how each count qualifier reads in a report: the
// wording the article allowed, so "around 5,000" prints as "about 5,000".
var qualifierWords = map[string]string{
	"about":      "about",
	"more_than":  "more than",
	"at_least":   "at least",
	"fewer_than": "fewer than",
	"up_to":      "up to",
	"nearly":     "nearly",
	"exact":      "",
	"":           "",
}

// amount describes what a claim asserts, for timelines: "about 5,000",
// "3,000 planned", "not 2,500". Non-count claims describe their key field.
func amount(c *claim.Claim) string {
	var s string
	switch c.Kind {
	case claim.Count:
		s = countAmount(c)
	case claim.Event:
		// "kill of Qassem Soleimani by Israeli": the words the article used.
		s = c.Action
		if p := firstOf(c.PatientText, c.Patient); p != "" {
			s += " of " + p
		}
		if a := firstOf(c.AgentText, c.Agent); a != "" {
			s += " by " + a
		}
	case claim.Role:
		s = strings.TrimSpace(firstOf(c.PersonText, c.Person) + ", " + firstOf(c.Title, "?"))
	case claim.Quote:
		s = strconv.Quote(c.Quote)
	default:
		s = c.Kind
	}
	if c.Negated {
		s = "not " + s
	}
	switch c.Modality {
	case claim.Planned:
		s += " planned"
	case claim.Past:
		if c.Kind != claim.Event { // events are past by nature
			s += " (past)"
		}
	}
	return s
}

// step is one row of a drift timeline: the claims one sentence makes,
// read together ("from 5,200 to 3,000": a current and a planned figure).
type step struct {
	Claim  *claim.Claim // the first claim of the sentence: its date and source
	Amount string       // "about 5,000", "5,200 -> 3,000 planned"
}

// timeline folds a series into steps: the claims of one sentence become
// one step, their amounts joined by "->".
func timeline(cs []*claim.Claim) []step {
	var steps []step
	for _, g := range bySentence(cs) {
		st := step{Claim: g[0]}
		for i, c := range g {
			if i > 0 {
				st.Amount += " -> "
			}
			st.Amount += amount(c)
		}
		steps = append(steps, st)
	}
	return steps
}

// bySentence groups consecutive claims made by the same sentence, so it is
// quoted once with each claim's focus marked.
func bySentence(cs []*claim.Claim) [][]*claim.Claim {
	var groups [][]*claim.Claim
	for i, c := range cs {
		if i > 0 {
			p := cs[i-1]
			if p.Path == c.Path && p.Start == c.Start && p.End == c.End {
				groups[len(groups)-1] = append(groups[len(groups)-1], c)
				continue
			}
		}
		groups = append(groups, []*claim.Claim{c})
	}
	return groups
}

func countAmount(c *claim.Claim) string {
	if c.Value == 0 && c.Low != c.High {
		switch {
		case c.High == 0 || math.IsInf(c.High, 1):
			return "at least " + number(c.Low)
		default:
			return number(c.Low) + " to " + number(c.High)
		}
	}
	q, ok := qualifierWords[c.Qualifier]
	if !ok {
		q = strings.ReplaceAll(c.Qualifier, "_", " ")
	}
	if q == "" {
		return number(c.Value)
	}
	return q + " " + number(c.Value)
}

func firstOf(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// number writes v with thousands separators: 5000 -> "5,000", 2.5 -> "2.5".
func number(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	s := strconv.FormatFloat(math.Abs(v), 'f', -1, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	if v < 0 {
		b.WriteByte('-')
	}
	for i, d := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(d)
	}
	if frac != "" {
		b.WriteString("." + frac)
	}
	return b.String()
}

// when is the date a claim speaks of (as_of for counts and roles, when for
// events), printed at the precision its source had: "2020-06-12",
// "2020-06", "2020-Q2", "2020", "2010s", "since 2014". A claim with no
// date of its own falls back to its article's publication date.
func when(c *claim.Claim) string {
	iv := c.AsOf
	if c.Kind == claim.Event {
		iv = c.When
	}
	if iv.Known {
		return interval(iv)
	}
	if c.Dated {
		return c.Published.Format(claim.DateLayout)
	}
	if iv.Unresolved {
		return "unresolved"
	}
	return "undated"
}

func interval(iv claim.Interval) string {
	f, t := iv.From, iv.To
	if iv.Open {
		return "since " + startOf(f, iv.Grain)
	}
	switch iv.Grain {
	case claim.Month:
		if f.Day() == 1 && t.Equal(f.AddDate(0, 1, -1)) {
			return f.Format("2006-01")
		}
	case claim.Quarter:
		if f.Day() == 1 && (f.Month()-1)%3 == 0 && t.Equal(f.AddDate(0, 3, -1)) {
			return fmt.Sprintf("%d-Q%d", f.Year(), (f.Month()-1)/3+1)
		}
	case claim.Year:
		if f.YearDay() == 1 && t.Equal(f.AddDate(1, 0, -1)) {
			return f.Format("2006")
		}
	case claim.Decade:
		if f.YearDay() == 1 && f.Year()%10 == 0 && t.Equal(f.AddDate(10, 0, -1)) {
			return fmt.Sprintf("%ds", f.Year())
		}
	}
	return iv.String()
}

// startOf writes the period of grain g that starts at f: "2014", "2014-03".
func startOf(f time.Time, g claim.Grain) string {
	switch g {
	case claim.Month:
		return f.Format("2006-01")
	case claim.Quarter:
		return fmt.Sprintf("%d-Q%d", f.Year(), (f.Month()-1)/3+1)
	case claim.Year:
		return f.Format("2006")
	case claim.Decade:
		return fmt.Sprintf("%ds", f.Year()/10*10)
	}
	return f.Format(claim.DateLayout)
}

// published is the claim's article date, or "undated".
func published(c *claim.Claim) string {
	if !c.Dated {
		return "undated"
	}
	return c.Published.Format(claim.DateLayout)
}

// publishedWords is the claim's article date as people read it ("12 June
// 2020"), or "undated".
func publishedWords(c *claim.Claim) string {
	if !c.Dated {
		return "undated"
	}
	return claim.FormatDate(c.Published)
}

// whenWords is when, as people read it: "12 June 2020", "June 2020",
// "1 to 19 September 2020", "since 2014", in the style of the findings'
// messages.
func whenWords(c *claim.Claim) string {
	iv := c.AsOf
	if c.Kind == claim.Event {
		iv = c.When
	}
	switch {
	case iv.Known:
		return claim.FormatInterval(iv)
	case c.Dated:
		return claim.FormatDate(c.Published)
	case iv.Unresolved:
		return "unresolved"
	}
	return "undated"
}

// byline is "Outlet, 12 June 2020": who said it and when; for a verified
// fact, "verified fact: " and who vouches for it.
func byline(c *claim.Claim) string {
	if c.Verified {
		return c.VerifiedSource()
	}
	if c.Outlet == "" {
		return publishedWords(c)
	}
	return c.Outlet + ", " + publishedWords(c)
}

// pos is "path:line:col".
func pos(path string, line, col int) string {
	var b strings.Builder
	b.WriteString(path)
	if line > 0 {
		fmt.Fprintf(&b, ":%d", line)
		if col > 0 {
			fmt.Fprintf(&b, ":%d", col)
		}
	}
	return b.String()
}

// level maps a severity to SARIF's and GitHub's words.
func level(s finding.Severity) (sarif, github string) {
	switch s {
	case finding.Error:
		return "error", "error"
	case finding.Warning:
		return "warning", "warning"
	}
	return "note", "notice"
}

// oneLine turns a sentence that a file wraps over lines into one line, so
// line-oriented formats (tables, annotations titles) stay intact.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
