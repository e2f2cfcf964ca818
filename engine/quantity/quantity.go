// Package quantity finds numbers in one sentence of news text and says what
// interval of values the wording allows: "around 5,000" is not "5,200" but
// does not contradict it; "more than 2,000" does not contradict "2,300".
//
// # What counts as a quantity
//
// Digits with thousands separators and decimals ("5,200", "3000", "2.5",
// "12,34,567", "40 000"), number words ("five", "twenty-one", "a dozen", "two
// hundred thousand", "two point two million"), fractions of scales ("half a
// million", "three quarters of a billion"), scales written out or glued
// ("2.5 million", "$3 bln", "1.2bn", "10k", "12 lakh", "three lakh crore"),
// money (Unit is an ISO 4217 code, "BTC" for bitcoin; a bare "$" or
// "dollars" is USD, the usual news sense; "10 cents" is 0.10 USD; "30 MUSD"
// is 30 million USD; "a 12-cent dividend", "a dollar and 42 cents"), percent
// (Unit "percent"), vague plurals ("hundreds of", "tens of thousands of";
// "several hundred", "a few thousand"; Value is the midpoint of their
// interval), shares ("more than half" is 0.5)
// and ranges ("2,000 to 3,000", "between 2,000 and 3,000", "2,000-3,000",
// "more than 10 and less than 40").
//
// Not quantities: years ("in 2011", "the 2003 invasion": a plain 4-digit
// number from 1000 to 2100 with no qualifier, currency, scale or unit, unless
// a plural noun follows it, "2000 troops"), dates ("June 12, 2020", "12
// June", "10/31/1974", "2020-06-12"), times of day ("10:30", "3 pm"),
// decades ("1990s"), ordinals ("third", "21st") and numbers inside names:
// glued to letters ("COVID-19", "F-35", "MH17", "3G"), after a capitalised
// word that is not sentence furniture ("Route 1", "Resolution 1441", "Boeing
// 737") or after a name head ("route 1"). A dash set apart by a space ("- 10"
// opening a line) is a list bullet, not a minus sign; "-10" is negative.
//
// # The interval convention
//
// Value is the number as written (the midpoint for a range). Low and High
// close the interval the wording allows. How far a qualifier reaches depends
// on the number's roundness, measured by its significant digits as written
// ("5,000" has 1, "5,200" and "2.5 million" have 2, "8,331" has 4):
//
//	tolerance = 10% of |value| for 1 significant digit,
//	            5% for 2, 2.5% for 3 or more.
//
// So "around 5,000" is 4,500..5,500 while "around 5,200" is 4,940..5,460: the
// rounder the number, the looser the writer's grip on it. (A looser reach,
// 20% for "around 5,000", let "approximately 5,000" meet "more than 3,000"
// and hid real changes in troop levels.)
//
//	exact       "5,200"                Low = High = Value
//	about       "about/around/some"    Value ± tolerance
//	nearly      "nearly/almost"        Value - tolerance .. Value
//	more_than   "more than/over"       Value .. Value + 2·tolerance, or, written to two
//	                                   digits or more, the next round number if
//	                                   further ("more than 15": 15..20)
//	at_least    "at least/or more"     as more_than
//	fewer_than  "fewer than/under"     Value - 2·tolerance .. Value
//	up_to       "up to/at most"        0 .. Value (Value - 2·tolerance .. Value if Value <= 0)
//	range       "2,000 to 3,000"       the two ends; Value is the midpoint
//	vague       "hundreds of"          200..999 ("thousands" 2,000..9,999, ...)
//
// The open-ended qualifiers get a finite far end because a writer whose
// number is well past the stated one would have named a higher round number;
// the bound is a plausibility limit, not a logical one, and keeps every
// interval finite (JSON has no infinity). Bounds are closed even for strict
// wording ("more than 2,000" includes 2,000): counts in news are rounded, so
// the edge is within the writer's error anyway; Qualifier keeps the
// distinction for rules that need it.
//
// # Changes
//
// "from 5,200 to 3,000" is a change, not a range, when a verb or noun of
// change ("cut", "rose", "reduce", "drawdown") comes earlier in the clause or
// the second number is the smaller, and no range cue ("range", "ranging",
// "anywhere", "between") does: Find returns both ends as their own
// quantities with Change set to "from" and "to" (the new value may carry its
// own qualifier, "to about 3,000"), and the claims layer decides what
// changed. Otherwise "from 10 to 20 dollars" is a range.
//
// The finder is rules over the tokens of internal/lex (numbers read whole,
// "5,200" and "2.5"; numeric dates kept apart); qualifiers, scales and
// currencies are data (lexicon.go), indexed by first word, so a sentence is
// read in one pass.
package quantity

import (
	"math"
	"strings"

	"github.com/claimcheck/claimcheck/engine/span"
	"github.com/claimcheck/claimcheck/internal/lex"
)

// Qualifiers.
const (
	Exact     = "exact"
	About     = "about"
	Nearly    = "nearly"
	MoreThan  = "more_than"
	AtLeast   = "at_least"
	FewerThan = "fewer_than"
	UpTo      = "up_to"
	Range     = "range"
	Vague     = "vague"
)

// Percent is the Unit of percentages.
const Percent = "percent"

// Quantity is one number found in a text, with the interval its wording allows.
type Quantity struct {
	span.Span         // byte offsets into the text given to Find
	Text      string  `json:"text"`             // text[Start:End], qualifier and unit included
	Value     float64 `json:"value"`            // the number as written (midpoint for a range)
	Low       float64 `json:"low"`              // the closed interval the wording allows (see the package doc)
	High      float64 `json:"high"`             //
	Qualifier string  `json:"qualifier"`        // exact, about, nearly, more_than, at_least, fewer_than, up_to, range, vague
	Unit      string  `json:"unit,omitempty"`   // "" for counts, "percent", or an ISO 4217 code for money
	Words     bool    `json:"words,omitempty"`  // written in words ("five", "a dozen")
	Change    string  `json:"change,omitempty"` // "from" or "to" for the ends of a change ("from 5,200 to 3,000"), else ""
}

// Find returns the quantities in text, in order, never overlapping.
func Find(text string) []Quantity {
	p := parser{text: text, toks: lex.Tokenize(text, lex.Grouped)}
	var out []Quantity
	for i := 0; i < len(p.toks); {
		qs, next := p.at(i)
		if next <= i {
			i++
			continue
		}
		out = append(out, qs...)
		i = next
	}
	return mergeBounds(text, out)
}

// tolerance is how far a qualifier reaches from v (see the package doc).
func tolerance(v float64, sig int) float64 {
	rel := 0.025
	switch {
	case sig <= 1:
		rel = 0.1
	case sig == 2:
		rel = 0.05
	}
	return rel * math.Abs(v)
}

// bounds applies the convention to one number.
func bounds(v float64, sig int, qual string) (lo, hi float64) {
	t := tolerance(v, sig)
	switch qual {
	case About:
		return v - t, v + t
	case Nearly:
		return v - t, v
	case MoreThan, AtLeast:
		if sig >= 2 {
			return v, math.Max(v+2*t, nextRound(v))
		}
		return v, v + 2*t
	case FewerThan:
		return v - 2*t, v
	case UpTo:
		if v > 0 {
			return 0, v
		}
		return v - 2*t, v
	}
	return v, v
}

// nextRound is the next number above v a writer would round to: the next
// multiple of the largest 1-2-5 step that divides v, no coarser than v's
// leading digit. For a number written to two or more digits, "more than
// 15" reaches to 20 ("18 rockets struck" is more than 15) and "more than
// 12" to 14; a one-digit number's reach stays 20%.
func nextRound(v float64) float64 {
	if v < 1 || v != math.Trunc(v) || v > 1e15 {
		return v
	}
	limit := math.Pow(10, math.Floor(math.Log10(v)))
	step := 1.0
	for p := 1.0; p <= limit; p *= 10 {
		for _, m := range []float64{1, 2, 5} {
			if d := m * p; d <= limit && math.Mod(v, d) == 0 {
				step = d
			}
		}
	}
	return v + step
}

// sigOf counts significant digits of an integer-valued number written in
// words: "five thousand" has 1, "twenty-one" has 2.
func sigOf(v float64) int {
	v = math.Abs(v)
	if v == 0 || v != math.Trunc(v) || v > 1e15 {
		return 2
	}
	n := int64(v)
	for n%10 == 0 {
		n /= 10
	}
	s := 0
	for n > 0 {
		s++
		n /= 10
	}
	return s
}

// mergeBounds joins "more than 10 and less than 40" into one range.
func mergeBounds(text string, qs []Quantity) []Quantity {
	out := qs[:0]
	for i := 0; i < len(qs); i++ {
		q := qs[i]
		if i+1 < len(qs) && q.Change == "" && qs[i+1].Change == "" {
			n := qs[i+1]
			gap := strings.ToLower(strings.TrimSpace(text[q.End:n.Start]))
			if gap == "and" && q.Unit == n.Unit &&
				isLower(q.Qualifier) && isUpper(n.Qualifier) && q.Value <= n.Value ||
				gap == "and" && q.Unit == n.Unit && isUpper(q.Qualifier) && isLower(n.Qualifier) && n.Value <= q.Value {
				lo, hi := q.Value, n.Value
				if isUpper(q.Qualifier) {
					lo, hi = n.Value, q.Value
				}
				q.End = n.End
				q.Text = text[q.Start:q.End]
				q.Low, q.High = lo, hi
				q.Value = (q.Low + q.High) / 2
				q.Qualifier = Range
				out = append(out, q)
				i++
				continue
			}
		}
		out = append(out, q)
	}
	return out
}

func isLower(q string) bool { return q == MoreThan || q == AtLeast }
func isUpper(q string) bool { return q == FewerThan || q == UpTo }
