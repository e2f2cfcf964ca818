package report

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"io"
	"math"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/finding"
)

// CheckSchemaID is the "schema" value of check JSON documents.
const CheckSchemaID = "claimcheck/check/v1"

// CheckSchema is the JSON Schema (draft 2020-12) of the check JSON.
//
//go:embed schema/check.v1.json
var CheckSchema []byte

// The check document: CONTRACT.md's shape, plus fields it allows us to add.
// Struct field order is the key order, so output is byte-identical.
type checkJSON struct {
	Schema   string        `json:"schema"`
	Tool     toolJSON      `json:"tool"`
	Findings []findingJSON `json:"findings"`
	Errors   []errorJSON   `json:"errors"`
	Articles []articleJSON `json:"articles"`
	Summary  summaryJSON   `json:"summary"`
}

type articleJSON struct {
	ID        string `json:"id"`
	Path      string `json:"path"`
	Title     string `json:"title,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Published string `json:"published,omitempty"`
	Dated     bool   `json:"dated"`
	Draft     bool   `json:"draft,omitempty"`
	Claims    int    `json:"claims"`
}

type toolJSON struct {
	Name    string `json:"name"`
	Version string `json:"version,omitempty"`
}

type findingJSON struct {
	Rule        string      `json:"rule"`
	Category    string      `json:"category"`
	Severity    string      `json:"severity"`
	Message     string      `json:"message"`
	Claims      []claimJSON `json:"claims"`
	Fingerprint string      `json:"fingerprint"`
	Suppressed  bool        `json:"suppressed,omitempty"`
	// Justification is the reason given in the suppressing comment.
	Justification string `json:"justification,omitempty"`
}

type claimJSON struct {
	ID        string    `json:"id"`
	Article   string    `json:"article"`
	Path      string    `json:"path"`
	Line      int       `json:"line"`
	Col       int       `json:"col"`
	Text      string    `json:"text"`
	Start     int       `json:"start"`
	End       int       `json:"end"`
	EndLine   int       `json:"end_line"`
	EndCol    int       `json:"end_col"`
	Focus     focusJSON `json:"focus"`
	Kind      string    `json:"kind"`
	Published string    `json:"published,omitempty"`
	Outlet    string    `json:"outlet,omitempty"`
	Draft     bool      `json:"draft,omitempty"`
	Verified  bool      `json:"verified,omitempty"` // a verified fact (check --facts)
	Source    string    `json:"source,omitempty"`   // who vouches for it
	Negated   bool      `json:"negated"`
	Modality  string    `json:"modality,omitempty"`
	// Amount is the claim's value in the article's wording ("about 5,000").
	Amount string `json:"amount"`
	// Date is when the claim holds, at its source's precision ("2020-06").
	Date string `json:"date"`

	Holder     string          `json:"holder,omitempty"`
	HolderText string          `json:"holder_text,omitempty"`
	HolderFrom string          `json:"holder_from,omitempty"`
	Item       string          `json:"item,omitempty"`
	ItemText   string          `json:"item_text,omitempty"`
	Value      *float64        `json:"value,omitempty"`
	Low        *float64        `json:"low,omitempty"`
	High       *float64        `json:"high,omitempty"`
	Qualifier  string          `json:"qualifier,omitempty"`
	AsOf       *claim.Interval `json:"as_of,omitempty"`

	Action         string          `json:"action,omitempty"`
	Agent          string          `json:"agent,omitempty"`
	AgentText      string          `json:"agent_text,omitempty"`
	Patient        string          `json:"patient,omitempty"`
	PatientText    string          `json:"patient_text,omitempty"`
	Instrument     string          `json:"instrument,omitempty"`
	InstrumentText string          `json:"instrument_text,omitempty"`
	When           *claim.Interval `json:"when,omitempty"`

	Place     string `json:"place,omitempty"`
	PlaceText string `json:"place_text,omitempty"`
	PlaceFrom string `json:"place_from,omitempty"`

	Target     string   `json:"target,omitempty"`
	TargetText string   `json:"target_text,omitempty"`
	ItemClass  string   `json:"item_class,omitempty"`
	Running    bool     `json:"running,omitempty"`
	Partial    bool     `json:"partial,omitempty"`
	Incident   []string `json:"incident,omitempty"`

	Person     string `json:"person,omitempty"`
	PersonText string `json:"person_text,omitempty"`
	Title      string `json:"title,omitempty"`
	Org        string `json:"org,omitempty"`
	OrgText    string `json:"org_text,omitempty"`

	Speaker     string `json:"speaker,omitempty"`
	SpeakerText string `json:"speaker_text,omitempty"`
	Quote       string `json:"quote,omitempty"`
}

type focusJSON struct {
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Line    int    `json:"line"`
	Col     int    `json:"col"`
	EndLine int    `json:"end_line"`
	EndCol  int    `json:"end_col"`
	Text    string `json:"text"`
}

type errorJSON struct {
	Path    string   `json:"path"`
	Line    int      `json:"line"`
	Col     int      `json:"col"`
	Message string   `json:"message"`
	Rule    string   `json:"rule,omitempty"`
	Claims  []string `json:"claims,omitempty"`
}

type summaryJSON struct {
	Articles   int            `json:"articles"`
	Undated    int            `json:"undated"`
	Claims     int            `json:"claims"`
	Facts      int            `json:"facts,omitempty"` // verified facts checked against
	Findings   severitiesJSON `json:"findings"`
	Suppressed int            `json:"suppressed"`
	Baselined  int            `json:"baselined,omitempty"`
	Errors     int            `json:"errors"`
	FailOn     string         `json:"fail_on"`
	ExitCode   int            `json:"exit_code"`
	Rules      int            `json:"rules"`
	Categories categoriesJSON `json:"categories"`
}

type severitiesJSON struct {
	Error   int `json:"error"`
	Warning int `json:"warning"`
	Info    int `json:"info"`
}

type categoriesJSON struct {
	Contradiction int `json:"contradiction"`
	Drift         int `json:"drift"`
	Stale         int `json:"stale"`
	Other         int `json:"other"`
}

func writeJSON(w io.Writer, r *Report, opt Options) error {
	doc := buildCheckJSON(r, opt)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

func buildCheckJSON(r *Report, opt Options) checkJSON {
	pl := newPlacer(r)
	c := r.counts()
	doc := checkJSON{
		Schema:   CheckSchemaID,
		Tool:     toolJSON{Name: "claimcheck", Version: opt.ToolVersion},
		Findings: []findingJSON{},
		Errors:   []errorJSON{},
		Articles: []articleJSON{},
		Summary: summaryJSON{
			Articles: c.Articles, Undated: c.Undated, Claims: c.Claims, Facts: c.Facts,
			Findings:   severitiesJSON{Error: c.Error, Warning: c.Warning, Info: c.Info},
			Suppressed: c.Suppressed, Baselined: c.Baselined, Errors: c.Problems,
			FailOn: failOnName(r.FailOn), ExitCode: r.ExitCode(), Rules: len(r.Rules),
		},
	}
	for i := range r.Findings {
		f := &r.Findings[i]
		fj := findingJSON{
			Rule: f.Rule, Category: string(f.Category), Severity: string(f.Severity), Message: f.Message,
			Claims: []claimJSON{}, Fingerprint: f.Fingerprint,
			Suppressed: f.Suppressed != "", Justification: f.Suppressed,
		}
		for _, cl := range claims(f) {
			fj.Claims = append(fj.Claims, claimToJSON(cl, pl.of(cl)))
		}
		doc.Findings = append(doc.Findings, fj)
		if f.Suppressed != "" {
			continue
		}
		switch f.Category {
		case finding.Contradiction:
			doc.Summary.Categories.Contradiction++
		case finding.Drift:
			doc.Summary.Categories.Drift++
		case finding.Stale:
			doc.Summary.Categories.Stale++
		default:
			doc.Summary.Categories.Other++
		}
	}
	for _, a := range r.Articles {
		aj := articleJSON{ID: a.ID, Path: a.Path, Title: a.Title, Outlet: a.Outlet, Dated: a.Dated, Draft: a.Draft, Claims: a.Claims}
		if a.Dated {
			aj.Published = a.Published
		}
		doc.Articles = append(doc.Articles, aj)
	}
	for _, p := range r.Problems {
		doc.Errors = append(doc.Errors, errorJSON{Path: p.Path, Line: p.Line, Col: p.Col, Message: p.Message, Rule: p.Rule, Claims: p.Claims})
	}
	return doc
}

func failOnName(s finding.Severity) string {
	if s == "" {
		return string(finding.Error)
	}
	return string(s)
}

func claimToJSON(c *claim.Claim, pl place) claimJSON {
	s, f := pl.Sentence, pl.Focus
	j := claimJSON{
		ID: c.ID, Article: c.Article, Path: c.Path, Line: s.Line, Col: s.Col, Text: s.Text,
		Start: s.Start, End: s.End, EndLine: s.EndLine, EndCol: s.EndCol,
		Focus: focusJSON{Start: f.Start, End: f.End, Line: f.Line, Col: f.Col, EndLine: f.EndLine, EndCol: f.EndCol, Text: f.Text},
		Kind:  c.Kind, Outlet: c.Outlet, Draft: c.Draft, Verified: c.Verified, Source: c.Source, Negated: c.Negated, Modality: c.Modality,
		Amount: amount(c), Date: when(c),
		Holder: c.Holder, HolderText: c.HolderText, HolderFrom: c.HolderFrom, Item: c.Item, ItemText: c.ItemText, Qualifier: c.Qualifier,
		Action: c.Action, Agent: c.Agent, AgentText: c.AgentText, Patient: c.Patient, PatientText: c.PatientText,
		Instrument: c.Instrument, InstrumentText: c.InstrumentText,
		Place: c.Place, PlaceText: c.PlaceText, PlaceFrom: c.PlaceFrom,
		Target: c.Target, TargetText: c.TargetText, ItemClass: c.ItemClass,
		Running: c.Running, Partial: c.Partial, Incident: c.Incident,
		Person: c.Person, PersonText: c.PersonText, Title: c.Title, Org: c.Org, OrgText: c.OrgText,
		Speaker: c.Speaker, SpeakerText: c.SpeakerText, Quote: c.Quote,
	}
	if c.Dated {
		j.Published = c.Published.Format(claim.DateLayout)
	}
	switch c.Kind {
	case claim.Count:
		// Pointers, so that a count of zero ("no troops") is still written.
		// JSON has no infinity: an open bound ("more than 2,000") is left out.
		j.Value, j.Low, j.High = finite(c.Value), finite(c.Low), finite(c.High)
		fallthrough
	case claim.Role:
		if c.AsOf.Known || c.AsOf.Unresolved {
			iv := c.AsOf
			j.AsOf = &iv
		}
	case claim.Event:
		if c.When.Known || c.When.Unresolved {
			iv := c.When
			j.When = &iv
		}
	}
	return j
}

// finite points at v, or is nil when v is not a JSON number.
func finite(v float64) *float64 {
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return nil
	}
	return &v
}
