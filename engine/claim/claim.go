// Package claim is claimcheck's fact model: the typed claims that extraction
// pulls out of articles and that rules read as CEL variables.
//
// One flat Claim type serves every kind (count, event, role, quote), as in
// CONTRACT.md's JSON: fields a kind does not use stay empty. A flat type keeps
// rules simple ("a.holder == b.holder" for any pair) while CEL still checks
// every field name and type when a rule loads, because the struct is exposed
// through cel-go's native types with its json tags as field names.
package claim

import (
	"encoding/json"
	"fmt"
	"time"
)

// Kind says what a claim asserts.
type Kind = string

// The claim kinds.
const (
	Count Kind = "count" // who holds how many of what, where, as of when
	Event Kind = "event" // who did what to whom, where, when
	Role  Kind = "role"  // a person holds a title (in an organisation) as of a date
	Quote Kind = "quote" // who said which words
)

// Modality says whether a claim states a fact or an intention.
type Modality = string

// The modalities.
const (
	Current Modality = "current" // holds as of the article's date or as_of
	Past    Modality = "past"    // held at an earlier time, no longer asserted as current
	Planned Modality = "planned" // announced, intended or expected, not yet a fact
)

// MaxIncident bounds Claim.Incident, so that rules looping over it have a
// known cost.
const MaxIncident = 16

// DateLayout is how dates are written in JSON, TOML and reports.
const DateLayout = "2006-01-02"

// Grain says how precise a time interval's source was.
type Grain = string

// The grains, finest first.
const (
	Day     Grain = "day"
	Week    Grain = "week"
	Month   Grain = "month"
	Quarter Grain = "quarter"
	Year    Grain = "year"
	Decade  Grain = "decade"
)

// Interval is a closed range of calendar days, From..To, both at UTC midnight.
// The zero Interval is "unknown": Known is false and rules must not compare it.
// An Open interval ("since 2014") has To set to the reference date it was
// resolved against.
type Interval struct {
	From  time.Time `json:"from"`
	To    time.Time `json:"to"`
	Grain Grain     `json:"grain"`
	Known bool      `json:"known"`
	Open  bool      `json:"open"`
	// Unresolved is set for a relative time in an undated article: it is kept
	// as text but never resolved against the wall clock.
	Unresolved bool `json:"unresolved"`
	// Month and Day keep what an unresolved date written without its year
	// says ("January 2": 1, 2; "in March": 3, 0), so that rules can still
	// tell it from another date.
	Month int `json:"month"`
	Day   int `json:"day"`
}

// Day returns the one-day interval of date d.
func DayOf(d time.Time) Interval {
	d = Date(d)
	return Interval{From: d, To: d, Grain: Day, Known: true}
}

// Date truncates t to its calendar day at UTC midnight.
func Date(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// Overlaps reports whether two known intervals share at least one day.
func (i Interval) Overlaps(o Interval) bool {
	return i.Known && o.Known && !i.From.After(o.To) && !o.From.After(i.To)
}

// Contains reports whether o lies inside i.
func (i Interval) Contains(o Interval) bool {
	return i.Known && o.Known && !o.From.Before(i.From) && !o.To.After(i.To)
}

// String writes the interval in DateLayout: "2020-06-12", "2020-01-01..2020-01-31",
// for keys and fingerprints; FormatInterval words it for people.
func (i Interval) String() string {
	switch {
	case !i.Known:
		return "unknown"
	case i.From.Equal(i.To):
		return i.From.Format(DateLayout)
	default:
		return i.From.Format(DateLayout) + ".." + i.To.Format(DateLayout)
	}
}

type intervalJSON struct {
	From       string `json:"from,omitempty"`
	To         string `json:"to,omitempty"`
	Grain      Grain  `json:"grain,omitempty"`
	Open       bool   `json:"open,omitempty"`
	Unresolved bool   `json:"unresolved,omitempty"`
	Month      int    `json:"month,omitempty"`
	Day        int    `json:"day,omitempty"`
}

// MarshalJSON writes dates as YYYY-MM-DD, and an unknown interval as null.
func (i Interval) MarshalJSON() ([]byte, error) {
	if !i.Known {
		if i.Unresolved {
			return json.Marshal(intervalJSON{Unresolved: true, Month: i.Month, Day: i.Day})
		}
		return []byte("null"), nil
	}
	return json.Marshal(intervalJSON{
		From: i.From.Format(DateLayout), To: i.To.Format(DateLayout),
		Grain: i.Grain, Open: i.Open,
	})
}

// UnmarshalJSON reads what MarshalJSON writes.
func (i *Interval) UnmarshalJSON(b []byte) error {
	*i = Interval{}
	if string(b) == "null" {
		return nil
	}
	var j intervalJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	i.Unresolved, i.Month, i.Day = j.Unresolved, j.Month, j.Day
	if j.From == "" {
		return nil
	}
	from, err := time.Parse(DateLayout, j.From)
	if err != nil {
		return fmt.Errorf("interval from: %w", err)
	}
	to, err := time.Parse(DateLayout, j.To)
	if err != nil {
		return fmt.Errorf("interval to: %w", err)
	}
	*i = Interval{From: from, To: to, Grain: j.Grain, Known: true, Open: j.Open}
	return nil
}

// Claim is one checkable statement from one sentence of one article.
//
// Entity fields (holder, agent, place, ...) hold canonical ids from the
// lexicon, so "US", "U.S." and "American" compare equal; the *_text fields
// keep the words the article used.
type Claim struct {
	// Common to every kind.
	ID        string    `json:"id"`      // article id + "#" + ordinal: stable across runs
	Kind      Kind      `json:"kind"`    // count, event, role, quote
	Article   string    `json:"article"` // article id
	Path      string    `json:"path"`    // as given on the command line
	Outlet    string    `json:"outlet"`
	Published time.Time `json:"published"` // the article's date; zero if undated
	Dated     bool      `json:"dated"`     // false for an undated article
	// Estimated is, for an undated article, the days the archive's dated
	// events put its publication on (engine/dating); unknown otherwise.
	Estimated Interval `json:"estimated,omitzero"`
	Draft     bool     `json:"draft"` // from a DRAFT in "check DRAFT --against ARCHIVE"
	Text      string   `json:"text"`  // the whole sentence, exactly as in the file
	Start     int      `json:"start"` // byte offsets of the sentence in the file
	End       int      `json:"end"`
	Line      int      `json:"line"`
	Col       int      `json:"col"`
	// Focus is the part of the sentence the claim rests on (the number, the
	// verb phrase), as byte offsets into the file; always inside the sentence.
	FocusStart int      `json:"focus_start"`
	FocusEnd   int      `json:"focus_end"`
	Negated    bool     `json:"negated"`
	Modality   Modality `json:"modality"` // current, past, planned
	// Verified marks a fact a newsroom has checked (check --facts), not a
	// claim an article makes; Source says who vouches for it ("Pentagon
	// statement, 2020-01-03"). Rules see both; source(c) names it.
	Verified bool   `json:"verified,omitempty"`
	Source   string `json:"source,omitempty"`

	// count
	Holder     string `json:"holder,omitempty"`
	HolderText string `json:"holder_text,omitempty"`
	// HolderFrom is "article" when the holder was not named but is the one
	// the article's other counts of the item all name.
	HolderFrom string   `json:"holder_from,omitempty"`
	Item       string   `json:"item,omitempty"`
	ItemText   string   `json:"item_text,omitempty"`
	Value      float64  `json:"value,omitempty"`
	Low        float64  `json:"low,omitempty"`
	High       float64  `json:"high,omitempty"`
	Qualifier  string   `json:"qualifier,omitempty"` // about, more_than, at_least, fewer_than, up_to, nearly, exact
	AsOf       Interval `json:"as_of"`               // count and role: when the claim holds

	// event
	Action         string   `json:"action,omitempty"` // canonical verb: kill, strike, withdraw, announce, ...
	Agent          string   `json:"agent,omitempty"`
	AgentText      string   `json:"agent_text,omitempty"`
	Patient        string   `json:"patient,omitempty"`
	PatientText    string   `json:"patient_text,omitempty"`
	Instrument     string   `json:"instrument,omitempty"`
	InstrumentText string   `json:"instrument_text,omitempty"`
	When           Interval `json:"when"`

	// count and event
	Place     string `json:"place,omitempty"`
	PlaceText string `json:"place_text,omitempty"`
	// PlaceFrom says where an unstated place was inferred from: "sentence"
	// (a neighbouring clause), "paragraph", "article" (the article's main
	// place) or "headline"; empty when the claim's own words name it.
	PlaceFrom string `json:"place_from,omitempty"`

	// A count of an event ("the strike killed 10 people", "Iran fired 16
	// missiles at two bases") carries the event's action, agent, place and
	// when, and says what the event was aimed at and how the figure relates
	// to the event's full tally.
	Target     string `json:"target,omitempty"` // what the event hit or was aimed at
	TargetText string `json:"target_text,omitempty"`
	// ItemClass is what kind of thing the item is (person, munition,
	// award, ...), so that "10 passengers" and "eight people" compare.
	ItemClass string `json:"item_class,omitempty"`
	// Running marks a tally that may still grow ("rose to 64", "so far").
	Running bool `json:"running,omitempty"`
	// Peak marks a count that is the highest (or lowest) a figure reached,
	// not its level on a date: "down from a peak of 5,100 in 2021", "at its
	// height, a population of 12 million". It is a past figure, and two
	// peaks of one thing compare whenever they were reported.
	Peak bool `json:"peak,omitempty"`
	// Partial marks a part of a larger tally ("11 of those missiles", "two
	// Americans" among the killed), not the whole.
	Partial bool `json:"partial,omitempty"`
	// Incident names the event by what identifies it across articles: the
	// people killed in it, the facility it hit. Two counts that share an
	// entry are about the same event even when neither has a date. At most
	// MaxIncident entries.
	Incident []string `json:"incident,omitempty"`

	// role
	Person     string `json:"person,omitempty"`
	PersonText string `json:"person_text,omitempty"`
	Title      string `json:"title,omitempty"`
	Org        string `json:"org,omitempty"`
	OrgText    string `json:"org_text,omitempty"`

	// AgentSide and SpeakerSide are the state or body the agent or the
	// speaker acts for ("donald-trump" acts for "united-states"), filled by
	// the rule engine from the lexicon and the archive's roles.
	AgentSide   string `json:"agent_side,omitempty"`
	SpeakerSide string `json:"speaker_side,omitempty"`

	// quote
	Speaker     string `json:"speaker,omitempty"`
	SpeakerText string `json:"speaker_text,omitempty"`
	Quote       string `json:"quote,omitempty"`
}

// VerifiedSource is how messages and reports name a verified fact:
// "verified fact: Pentagon statement, 2020-01-03".
func (c *Claim) VerifiedSource() string { return "verified fact: " + c.Source }

// Ref is how findings and reports point at a claim (CONTRACT.md's
// findings[].claims[] entries).
type Ref struct {
	ID        string `json:"id"`
	Article   string `json:"article"`
	Path      string `json:"path"`
	Line      int    `json:"line"`
	Col       int    `json:"col"`
	Text      string `json:"text"`
	Published string `json:"published,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
}

// Ref returns the claim's reference for reports.
func (c *Claim) Ref() Ref {
	r := Ref{ID: c.ID, Article: c.Article, Path: c.Path, Line: c.Line, Col: c.Col, Text: c.Text, Outlet: c.Outlet}
	if c.Dated {
		r.Published = c.Published.Format(DateLayout)
	}
	return r
}

// MarshalJSON writes the claim as CONTRACT.md says: published as YYYY-MM-DD
// (omitted when undated); the CEL-facing time.Time would print RFC 3339.
func (c Claim) MarshalJSON() ([]byte, error) {
	type plain Claim
	out := struct {
		plain
		Published string `json:"published,omitempty"`
		// A count's amounts are always written: "no troops remain" is a
		// count of 0, which omitempty on the float fields would drop.
		Value *float64 `json:"value,omitempty"`
		Low   *float64 `json:"low,omitempty"`
		High  *float64 `json:"high,omitempty"`
	}{plain: plain(c)}
	if c.Dated {
		out.Published = c.Published.Format(DateLayout)
	}
	if c.Kind == Count {
		out.Value, out.Low, out.High = &c.Value, &c.Low, &c.High
	}
	return json.Marshal(out)
}
