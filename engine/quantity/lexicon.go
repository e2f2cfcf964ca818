package quantity

import (
	_ "embed"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
)

// The finder's words are data (data/words.toml), read once at start:
// extend them there, not in Go.
//
//go:embed data/words.toml
var wordsTOML string

// wordData is data/words.toml.
type wordData struct {
	Units            map[string]float64    `toml:"units"`
	Scales           map[string]float64    `toml:"scales"`
	SuffixScales     map[string]float64    `toml:"suffix_scales"`
	Vague            map[string][2]float64 `toml:"vague"`
	FewWords         map[string][2]float64 `toml:"few_words"`
	QualifiersBefore map[string][]string   `toml:"qualifiers_before"`
	QualifiersAfter  map[string][]string   `toml:"qualifiers_after"`
	CurrencyBefore   map[string][]string   `toml:"currency_before"`
	CurrencyAfter    map[string][]string   `toml:"currency_after"`
	Subunits         map[string][]string   `toml:"subunits"`
	Months           map[string]int        `toml:"months"`
	Words            struct {
		ISOCodes         []string `toml:"iso_codes"`
		Percent          []string `toml:"percent"`
		NameHeads        []string `toml:"name_heads"`
		NotNames         []string `toml:"not_names"`
		YearPrepositions []string `toml:"year_prepositions"`
		ChangeVerbs      []string `toml:"change_verbs"`
		RangeCues        []string `toml:"range_cues"`
		TimeUnits        []string `toml:"time_units"`
	} `toml:"words"`
}

var words = func() wordData {
	var w wordData
	if _, err := toml.Decode(wordsTOML, &w); err != nil {
		panic("quantity: embedded data/words.toml: " + err.Error()) // covered by tests
	}
	for _, qs := range []map[string][]string{w.QualifiersBefore, w.QualifiersAfter} {
		for q := range qs {
			if !qualifiers[q] {
				panic("quantity: data/words.toml: unknown qualifier " + q) // covered by tests
			}
		}
	}
	return w
}()

// qualifiers are the ones a phrase in the data may give.
var qualifiers = map[string]bool{Exact: true, About: true, Nearly: true, MoreThan: true, AtLeast: true, FewerThan: true, UpTo: true}

var (
	// units are number words that add to the running value.
	units = words.Units
	// scales multiply what precedes them. "hundred" multiplies the current
	// group; the others close a group ("two hundred thousand" = 200 * 1000).
	scales = words.Scales
	// suffixScales may be glued to digits ("1.2M", "10k", "$5bn") but are
	// not words on their own.
	suffixScales = words.SuffixScales
	// vague plural words: "hundreds of" is [200, 999]; a following plural
	// scale multiplies ("tens of thousands" = 20,000..99,999).
	vague = words.Vague
	// fewWords before a scale give a vague multiple: "several hundred".
	fewWords = words.FewWords
	// isoCodes are currency codes; written in capitals they work before or
	// after a number ("EUR 125", "42 KWD", "USD115").
	isoCodes = words.Words.ISOCodes
	// months: a number next to a month is part of a date.
	months = words.Months
	// nameHeads are lower-case words that, directly before a number, name
	// a thing ("route 1", "resolution 1441").
	nameHeads = set(words.Words.NameHeads)
	// notNames are capitalised words that may stand before a number without
	// making it part of a name.
	notNames = set(words.Words.NotNames)
	// yearPrepositions before a 4-digit number make it a year for sure.
	yearPrepositions = set(words.Words.YearPrepositions)
	// changeVerbs before "from X to Y" make it a change of value, not a range.
	changeVerbs = set(words.Words.ChangeVerbs)
	// rangeCues before "from X to Y" make it a range even after a change verb.
	rangeCues = set(words.Words.RangeCues)
	// timeUnits after "over N" make "over" mean "during" ("over three days").
	timeUnits = set(words.Words.TimeUnits)
)

func set(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// phrasesOf turns the data's phrases, listed under the value they give (a
// qualifier or a currency code), into phrases; values in sorted order, so
// the index is the same on every run.
func phrasesOf(byValue map[string][]string) []phrase {
	vals := make([]string, 0, len(byValue))
	for v := range byValue {
		vals = append(vals, v)
	}
	sort.Strings(vals)
	var out []phrase
	for _, v := range vals {
		for _, ph := range byValue[v] {
			out = append(out, phrase{strings.Fields(ph), v})
		}
	}
	return out
}
