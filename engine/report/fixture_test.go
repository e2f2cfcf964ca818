package report

import (
	"crypto/sha256"
	"encoding/hex"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/finding"
	"github.com/claimcheck/claimcheck/engine/span"
	"github.com/claimcheck/claimcheck/internal/testkit"
)

// source is an article as the tests use it: its repo-relative path and
// metadata, as its sidecar or front matter gives them.
type source struct {
	id, path, outlet, title string
	published               time.Time
	draft                   bool
}

func day(s string) time.Time {
	d, err := time.Parse(claim.DateLayout, s)
	if err != nil {
		panic(err)
	}
	return d
}

var (
	srcRudaw   = source{"000_4fa869bcb3c083b7", "fixtures/articles/000_4fa869bcb3c083b7.txt", "Rudaw", "US ambassador to Iraq reassures continuation of US military training and support for Iraqi forces", day("2020-09-20"), false}
	srcArabiya = source{"001_6fc546ad25f1a661", "fixtures/articles/001_6fc546ad25f1a661.txt", "Al Arabiya", "", day("2021-04-07"), false}
	srcTeleSUR = source{"002_9bf4b17957272f82", "fixtures/articles/002_9bf4b17957272f82.txt", "teleSUR", "US Military Will Keep Training Iraqi Forces and Fighting Daesh", day("2021-07-26"), false}
	srcAMN     = source{"003_4c6c126155a967da", "fixtures/articles/003_4c6c126155a967da.txt", "American Military News", "More US troops to leave Iraq say US and Iraq in joint statement", day("2020-06-12"), false}
	srcNat     = source{"004_188a5335650842c9", "fixtures/articles/004_188a5335650842c9.txt", "The National", "US reiterates commitment to reduce troops from Iraq", day("2020-06-12"), false}
	srcDraft   = source{"draft", "engine/report/testdata/draft.md", "Example Desk", "Iraq drawdown: where things stand", day("2021-08-02"), true}
	srcStale   = source{"stale-troop-figure", "fixtures/drafts/stale-troop-figure.md", "Desk draft", "Iraq asks for more US trainers as ISIS cells regroup", day("2021-08-20"), true}
	srcKiller  = source{"wrong-killer", "fixtures/drafts/wrong-killer.md", "Desk draft", "A year on, Baghdad remembers the airport strike", day("2021-01-03"), true}
)

// mk builds a claim on the real bytes of src: the sentence and its focus
// are found in the file, and every offset, line and column is computed from
// those bytes, so the goldens check positions against the files themselves.
func mk(t testing.TB, src source, ordinal int, sentence, focus string) *claim.Claim {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(testkit.Root(t), src.path))
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	start := strings.Index(text, sentence)
	if start < 0 { // scrapes repeat paragraphs: the first copy is the claim's
		t.Fatalf("%s: sentence %q not found", src.path, sentence)
	}
	off := strings.Index(sentence, focus)
	if off < 0 {
		t.Fatalf("focus %q not in sentence %q", focus, sentence)
	}
	p := span.NewIndex(b).Position(start)
	return &claim.Claim{
		ID: src.id + "#" + strconv.Itoa(ordinal), Kind: claim.Count, Article: src.id, Path: src.path,
		Outlet: src.outlet, Published: src.published, Dated: true, Draft: src.draft,
		Text: sentence, Start: start, End: start + len(sentence), Line: p.Line, Col: p.Col,
		FocusStart: start + off, FocusEnd: start + off + len(focus),
		Modality: claim.Current, Holder: "US", HolderText: "U.S.", Item: "troop", ItemText: "troops",
		Place: "IQ", PlaceText: "Iraq",
	}
}

func count(c *claim.Claim, value float64, qualifier string, asOf claim.Interval) *claim.Claim {
	c.Value, c.Low, c.High, c.Qualifier, c.AsOf = value, value, value, qualifier, asOf
	if qualifier == "about" {
		c.Low, c.High = value*0.9, value*1.1
	}
	return c
}

// event turns a claim made by mk into a killing claim.
func event(c *claim.Claim, agent, agentText string, when claim.Interval) *claim.Claim {
	c.Kind, c.Modality = claim.Event, claim.Past
	c.Holder, c.HolderText, c.Item, c.ItemText, c.Place, c.PlaceText = "", "", "", "", "", ""
	c.Action, c.Agent, c.AgentText, c.Patient, c.PatientText, c.Instrument, c.InstrumentText =
		"kill", agent, agentText, "soleimani", "Qassem Soleimani", "drone", "drone"
	c.When = when
	return c
}

// fingerprint imitates what the engine does: rule id and claim content.
func fingerprint(rule string, cs ...*claim.Claim) string {
	h := sha256.New()
	h.Write([]byte(rule))
	for _, c := range cs {
		h.Write([]byte{0})
		h.Write([]byte(c.Text))
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// fixtureReport is the report the goldens print: a contradiction between
// a draft and an archived article, a stale claim in the draft, a drift
// series of three articles and a rule error.
func fixtureReport(t testing.TB) *Report {
	t.Helper()
	draftThen := count(mk(t, srcDraft, 1,
		"On 12 June 2020, when Mustafa al-Kāẓimī (مصطفى الكاظمي) had been prime\nminister for a month, the United States had 3,000 troops stationed in Iraq.",
		"3,000 troops"), 3000, "exact", claim.DayOf(day("2020-06-12")))
	draftNow := count(mk(t, srcStale, 2,
		"There are currently around 5,000 US troops in Iraq, where they advise and assist Iraqi and Kurdish forces.",
		"around 5,000 US troops"), 5000, "about", claim.DayOf(day("2021-08-20")))
	jan2020 := claim.Interval{From: day("2020-01-01"), To: day("2020-01-31"), Grain: claim.Month, Known: true}
	killer := event(mk(t, srcKiller, 1,
		"Tension between Washington and Tehran rose sharply after an Israeli drone strike killed Iranian commander Qassem Soleimani near Baghdad International Airport in January 2020.",
		"an Israeli drone strike killed Iranian commander Qassem Soleimani"), "IL", "Israeli", jan2020)
	nationalKill := event(mk(t, srcNat, 11,
		"Tension heightened between the US and Iran after an American drone strike killed Iranian military leader Qassem Suleimani in January near Baghdad International Airport.",
		"an American drone strike killed Iranian military leader Qassem Suleimani"), "US", "American", jan2020)
	national := count(mk(t, srcNat, 9,
		"The United States has had around 5,000 troops stationed in the country, and coalition allies another 2,500.",
		"around 5,000 troops"), 5000, "about", claim.DayOf(day("2020-06-12")))
	amn := count(mk(t, srcAMN, 4,
		"There are currently around 5,000 U.S. troops in the country, and around 2,500 additional coalition forces from other countries.",
		"around 5,000 U.S. troops"), 5000, "about", claim.DayOf(day("2020-06-12")))
	// One sentence, two claims: the figure then, and the figure planned.
	const rudawSentence = "Earlier this month, the United States announced it would reduce the number of American troops in Iraq from 5,200 to 3000, citing progress the national forces have made in improving their capabilities."
	sept2020 := claim.Interval{From: day("2020-09-01"), To: day("2020-09-30"), Grain: claim.Month, Known: true}
	rudawFrom := count(mk(t, srcRudaw, 6, rudawSentence, "5,200"), 5200, "exact", sept2020)
	rudaw := count(mk(t, srcRudaw, 7, rudawSentence, "3000"), 3000, "exact", sept2020)
	rudaw.Modality = claim.Planned
	telesur := count(mk(t, srcTeleSUR, 3,
		"The United States has about 2,500 troops in Iraq, with its forces deployed in the country for much of the past two decades following the 2003 invasion.",
		"about 2,500 troops"), 2500, "about", claim.DayOf(day("2021-07-26")))

	mkFinding := func(rule string, cat finding.Category, sev finding.Severity, msg string, cs ...*claim.Claim) finding.Finding {
		return finding.Finding{Rule: rule, Category: cat, Severity: sev, Message: msg, Claims: cs, Fingerprint: fingerprint(rule, cs...)}
	}
	articles := []ArticleInfo{}
	for i, s := range []source{srcDraft, srcRudaw, srcArabiya, srcTeleSUR, srcAMN, srcNat, srcStale, srcKiller} {
		articles = append(articles, ArticleInfo{ID: s.id, Path: s.path, Title: s.title, Outlet: s.outlet,
			Published: s.published.Format(claim.DateLayout), Dated: true, Draft: s.draft, Claims: []int{1, 7, 4, 5, 6, 12, 2, 1}[i]})
	}
	return &Report{
		Command: "check",
		Findings: []finding.Finding{
			mkFinding("count-contradiction", finding.Contradiction, finding.Error,
				"U.S. troops in Iraq on 12 June 2020: 3,000 here, about 5,000 in The National", draftThen, national),
			mkFinding("event-agent-contradiction", finding.Contradiction, finding.Error,
				"who killed Qassem Soleimani in January 2020: Israel here, the US in The National", killer, nationalKill),
			mkFinding("count-stale", finding.Stale, finding.Warning,
				"about 5,000 US troops in Iraq is stated as current, but teleSUR reported about 2,500 on 26 July 2021", draftNow, telesur),
			mkFinding("count-drift", finding.Drift, finding.Info,
				"U.S. troops in Iraq changed over time: about 5,000 (12 June 2020) to about 2,500 (26 July 2021)", amn, rudawFrom, rudaw, telesur),
		},
		Problems: []finding.Problem{
			{Path: "rules/troops.toml", Line: 12, Col: 9, Message: "undeclared reference to 'holdr'"},
		},
		Articles: articles,
		Rules: []RuleInfo{
			{ID: "count-contradiction", Category: finding.Contradiction, Severity: finding.Error,
				Summary: "Two sources give different counts of the same thing, at the same place and time",
				Help:    "Two claims share holder, item and place, their dates overlap, and the ranges their wording allows do not.\nCheck which figure is right, or say when each held.",
				File:    "rules/default/counts.toml", Line: 3},
			{ID: "count-stale", Category: finding.Stale, Severity: finding.Warning,
				Summary: "A count stated as current was superseded by a newer source",
				Help:    "Say when the figure held (\"as of June 2020\"), or update it.",
				File:    "rules/default/counts.toml", Line: 28},
			{ID: "event-agent-contradiction", Category: finding.Contradiction, Severity: finding.Error,
				Summary: "Two sources name different agents for the same event", File: "rules/default/events.toml", Line: 5},
			{ID: "count-drift", Category: finding.Drift, Severity: finding.Info,
				Summary: "A count changed over time", File: "rules/default/counts.toml", Line: 51},
		},
		FailOn: finding.Error,
	}
}

func posInf() float64 { return math.Inf(1) }
