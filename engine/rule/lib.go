package rule

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"cel.dev/cel-go/cel"
	"cel.dev/cel-go/common/cost"
	"cel.dev/cel-go/common/types"
	"cel.dev/cel-go/common/types/ref"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/internal/fold"
)

// Places answers place containment from the lexicon ("baghdad-international-airport"
// is within "baghdad", which is within "iraq"). Within is false for equal
// ids; the library handles equality itself.
type Places interface {
	Within(inner, outer string) bool
}

// Leaders is what Options.Places may also answer: whether a title names
// who leads its organisation (the lexicon's Lexicon.LeadsTitle: "head",
// "commander"). Without it leads is always false.
type Leaders interface {
	LeadsTitle(id string) bool
	TitleKind(id string) string
}

// Wholes is what Options.Places may also answer: whether an item counts
// every member of its class (the lexicon's Lexicon.WholeItem: "people",
// "deaths"). Without it part_of is always false.
type Wholes interface {
	WholeItem(id string) bool
}

var (
	claimType    = cel.ObjectType("claim.Claim")
	intervalType = cel.ObjectType("claim.Interval")
)

// libFunc describes one library function: its CEL declaration, the fixed
// cost charged by the estimator and, for string results, the largest result.
type libFunc struct {
	name     string
	overload string
	doc      string
	args     []*cel.Type
	result   *cel.Type
	cost     uint64
	maxSize  uint64 // for string results
	// argSized results are at most maxSize longer than their longest
	// argument (name(id, text) may give text back).
	argSized bool
	unary    func(ref.Val) ref.Val
	binary   func(ref.Val, ref.Val) ref.Val
	function func(...ref.Val) ref.Val // three or more arguments
}

// library lists the functions rules may call besides CEL's standard ones
// and cel-go's extensions. FunctionDocs prints the same list.
func library(places Places) []libFunc {
	within := func(inner, outer string) bool {
		return inner == outer || (places != nil && inner != "" && outer != "" && places.Within(inner, outer))
	}
	wholes, _ := places.(Wholes)
	leaders, _ := places.(Leaders)
	fs := []libFunc{
		{name: "leads", overload: "leads_string",
			doc:  `leads(title) bool: the title names who leads its organisation ("head", "commander", "chief"), as the lexicon's titles say with leads = true`,
			args: []*cel.Type{cel.StringType}, result: cel.BoolType, cost: 2,
			unary: func(x ref.Val) ref.Val {
				return types.Bool(leaders != nil && leaders.LeadsTitle(str(x)))
			}},
		{name: "title_kind", overload: "title_kind_string",
			doc:  `title_kind(title) string: the kind the lexicon gives a title: "office", "role", "rank" ("general": held beside an office, never instead of one) or "honorific"; "" when unknown`,
			args: []*cel.Type{cel.StringType}, result: cel.StringType, cost: 2, maxSize: 16,
			unary: func(x ref.Val) ref.Val {
				if leaders == nil {
					return types.String("")
				}
				return types.String(leaders.TitleKind(str(x)))
			}},
		{name: "part_of", overload: "part_of_claim_claim",
			doc:  `part_of(a, b) bool: a counts a narrower group than b, whose item counts its whole class ("people", "deaths"), and a's amount fits under b's: "seven officials" can be part of "eight people"`,
			args: []*cel.Type{claimType, claimType}, result: cel.BoolType, cost: 4,
			binary: claimPair(func(a, b *claim.Claim) bool {
				return wholes != nil && PartOf(a, b, wholes.WholeItem)
			})},
		{name: "amounts_overlap", overload: "amounts_overlap_claim_claim",
			doc:  "amounts_overlap(a, b) bool: the amount intervals (low..high, or value..value when unset) of two count claims share a value",
			args: []*cel.Type{claimType, claimType}, result: cel.BoolType, cost: 2,
			binary: claimPair(func(a, b *claim.Claim) bool {
				al, ah := amount(a)
				bl, bh := amount(b)
				return al <= bh && bl <= ah
			})},
		{name: "amounts_meet", overload: "amounts_meet_claim_claim",
			doc:  `amounts_meet(a, b) bool: amounts_overlap, with strict wording kept strict: "more than 15" does not meet exactly 15, "fewer than 10" does not meet exactly 10 (for tallies of one event, where both are counts of the same thing)`,
			args: []*cel.Type{claimType, claimType}, result: cel.BoolType, cost: 2,
			binary: claimPair(AmountsMeet)},
		{name: "amount_within", overload: "amount_within_claim_claim",
			doc:  "amount_within(a, b) bool: a's amount interval lies inside b's",
			args: []*cel.Type{claimType, claimType}, result: cel.BoolType, cost: 2,
			binary: claimPair(func(a, b *claim.Claim) bool {
				al, ah := amount(a)
				bl, bh := amount(b)
				return bl <= al && ah <= bh
			})},
		{name: "overlaps", overload: "overlaps_interval_interval",
			doc:  "overlaps(i, j) bool: two known time intervals share at least one day (false when either is unknown)",
			args: []*cel.Type{intervalType, intervalType}, result: cel.BoolType, cost: 2,
			binary: intervalPair(func(i, j claim.Interval) bool { return i.Overlaps(j) })},
		{name: "near", overload: "near_interval_interval_int",
			doc:  "near(i, j, days) bool: two known intervals meet when each is widened by days: an event reported on Saturday in Washington and on Sunday in Kabul is near(i, j, 1)",
			args: []*cel.Type{intervalType, intervalType, cel.IntType}, result: cel.BoolType, cost: 3,
			function: func(args ...ref.Val) ref.Val {
				i, j, err := twoIntervals(args[0], args[1])
				if err != nil {
					return err
				}
				n, ok := args[2].Value().(int64)
				if !ok || n < 0 || n > 3660 {
					return types.NewErr("near: days must be an integer from 0 to 3660")
				}
				return types.Bool(Near(i, j, int(n)))
			}},
		{name: "apart", overload: "apart_interval_interval_int",
			doc:  `apart(i, j, days) bool: the two dates cannot be one day, even widened by days; a date written without its year ("January 2" in an undated article: month and day known) is compared by its month and day. False when either says nothing`,
			args: []*cel.Type{intervalType, intervalType, cel.IntType}, result: cel.BoolType, cost: 10,
			function: func(args ...ref.Val) ref.Val {
				i, j, err := twoIntervals(args[0], args[1])
				if err != nil {
					return err
				}
				n, ok := args[2].Value().(int64)
				if !ok || n < 0 || n > 3660 {
					return types.NewErr("apart: days must be an integer from 0 to 3660")
				}
				return types.Bool(Apart(i, j, int(n)))
			}},
		{name: "during", overload: "during_interval_interval",
			doc:  "during(i, j) bool: known interval i lies inside known interval j",
			args: []*cel.Type{intervalType, intervalType}, result: cel.BoolType, cost: 2,
			binary: intervalPair(func(i, j claim.Interval) bool { return j.Contains(i) })},
		{name: "before", overload: "before_interval_interval",
			doc:  "before(i, j) bool: known interval i ends before known interval j starts",
			args: []*cel.Type{intervalType, intervalType}, result: cel.BoolType, cost: 2,
			binary: intervalPair(func(i, j claim.Interval) bool { return i.Known && j.Known && i.To.Before(j.From) })},
		{name: "within", overload: "within_string_string",
			doc:  "within(inner, outer) bool: the ids are equal or the lexicon places inner inside outer (airport within city within country)",
			args: []*cel.Type{cel.StringType, cel.StringType}, result: cel.BoolType, cost: 10,
			binary: func(x, y ref.Val) ref.Val {
				return types.Bool(within(str(x), str(y)))
			}},
		{name: "nested", overload: "nested_string_string",
			doc:  "nested(p, q) bool: within(p, q) || within(q, p): the two can describe the same place",
			args: []*cel.Type{cel.StringType, cel.StringType}, result: cel.BoolType, cost: 20,
			binary: func(x, y ref.Val) ref.Val {
				p, q := str(x), str(y)
				return types.Bool(within(p, q) || within(q, p))
			}},
		{name: "days_between", overload: "days_between_timestamp_timestamp",
			doc:  "days_between(t1, t2) int: whole calendar days from t1 to t2 (negative when t2 is earlier)",
			args: []*cel.Type{cel.TimestampType, cel.TimestampType}, result: cel.IntType, cost: 2,
			binary: func(x, y ref.Val) ref.Val {
				t1, ok1 := x.Value().(time.Time)
				t2, ok2 := y.Value().(time.Time)
				if !ok1 || !ok2 {
					return types.NewErr("days_between: want two timestamps")
				}
				return types.Int(claim.Date(t2).Sub(claim.Date(t1)).Hours() / 24)
			}},
		{name: "months", overload: "months_interval",
			doc:  `months(i) list(string): the months a known interval touches, as "2020-06" (empty when unknown; at most 600). As a key, claims whose dates overlap share a month, so pairs stay within one month instead of the whole archive`,
			args: []*cel.Type{intervalType}, result: cel.ListType(cel.StringType), cost: 20, maxSize: maxMonths,
			unary: func(x ref.Val) ref.Val {
				i, err := oneInterval(x)
				if err != nil {
					return err
				}
				return types.NewStringList(types.DefaultTypeAdapter, Months(i))
			}},
		{name: "fmt_amount", overload: "fmt_amount_claim",
			doc:  `fmt_amount(c) string: a count's amount as words: "5,200", "about 5,000", "more than 2,000", "5,000-5,500"`,
			args: []*cel.Type{claimType}, result: cel.StringType, cost: 5, maxSize: 64,
			unary: func(x ref.Val) ref.Val {
				c, err := oneClaim(x)
				if err != nil {
					return err
				}
				return types.String(FormatAmount(c))
			}},
		{name: "fmt_interval", overload: "fmt_interval_interval",
			doc:  `fmt_interval(i) string: an interval at its grain, as every message writes dates: "3 January 2020", "1 to 19 September 2020", "June 2020", "Q3 2020", "2011", "the 2010s", "since 2014", "2 January" (no year given), "unknown"`,
			args: []*cel.Type{intervalType}, result: cel.StringType, cost: 5, maxSize: 64,
			unary: intervalWords(claim.FormatInterval)},
		{name: "fmt_when", overload: "fmt_when_interval",
			doc:  `fmt_when(i) string: an interval with its preposition, for when events happened: "on 3 January 2020", "in June 2020", "in 2011", "between 1 and 19 September 2020", "since 2014", "on an unknown date"`,
			args: []*cel.Type{intervalType}, result: cel.StringType, cost: 5, maxSize: 80,
			unary: intervalWords(claim.FormatWhen)},
		{name: "fmt_date", overload: "fmt_date_timestamp",
			doc:  `fmt_date(t) string: a timestamp's day as "12 June 2020"`,
			args: []*cel.Type{cel.TimestampType}, result: cel.StringType, cost: 2, maxSize: 24,
			unary: func(x ref.Val) ref.Val {
				t, ok := x.Value().(time.Time)
				if !ok {
					return types.NewErr("fmt_date: want a timestamp")
				}
				return types.String(claim.FormatDate(t))
			}},
		{name: "source", overload: "source_claim",
			doc:  `source(c) string: where a claim comes from: "The National, 12 June 2020" (outlet or path, and the publication date or "undated"); for a verified fact "verified fact: " and its source note`,
			args: []*cel.Type{claimType}, result: cel.StringType, cost: 5, maxSize: 256,
			unary: func(x ref.Val) ref.Val {
				c, err := oneClaim(x)
				if err != nil {
					return err
				}
				return types.String(FormatSource(c))
			}},
		{name: "norm", overload: "norm_string",
			doc:  `norm(s) string: text normalised for comparing words: lower case, letters and digits only, single spaces ("“We will stay,” he" -> "we will stay he")`,
			args: []*cel.Type{cel.StringType}, result: cel.StringType, cost: 100, maxSize: 4096,
			unary: func(x ref.Val) ref.Val {
				return types.String(fold.Words(str(x)))
			}},
	}
	// how messages name things (names.go)
	return append(fs, namingFuncs(places)...)
}

// FunctionDocs lists the library's functions, one line each, for help
// output and the package documentation.
func FunctionDocs() []string {
	var out []string
	for _, f := range library(nil) {
		out = append(out, f.doc)
	}
	return out
}

func (f libFunc) envOption() cel.EnvOption {
	var binding cel.OverloadOpt
	switch {
	case f.unary != nil:
		binding = cel.UnaryBinding(f.unary)
	case f.binary != nil:
		binding = cel.BinaryBinding(f.binary)
	default:
		binding = cel.FunctionBinding(f.function)
	}
	return cel.Function(f.name, cel.Overload(f.overload, f.args, f.result, binding))
}

func str(v ref.Val) string {
	s, _ := v.Value().(string)
	return s
}

func oneClaim(v ref.Val) (*claim.Claim, ref.Val) {
	switch c := v.Value().(type) {
	case *claim.Claim:
		if c != nil {
			return c, nil
		}
	case claim.Claim:
		return &c, nil
	}
	return nil, types.NewErr("want a claim, got %s", v.Type().TypeName())
}

// claimPair adapts a predicate over two claims to a CEL binary function:
// argument errors pass through as CEL errors.
func claimPair(pred func(a, b *claim.Claim) bool) func(x, y ref.Val) ref.Val {
	return func(x, y ref.Val) ref.Val {
		a, b, err := twoClaims(x, y)
		if err != nil {
			return err
		}
		return types.Bool(pred(a, b))
	}
}

// intervalPair does the same for two intervals.
func intervalPair(pred func(i, j claim.Interval) bool) func(x, y ref.Val) ref.Val {
	return func(x, y ref.Val) ref.Val {
		i, j, err := twoIntervals(x, y)
		if err != nil {
			return err
		}
		return types.Bool(pred(i, j))
	}
}

func twoClaims(x, y ref.Val) (*claim.Claim, *claim.Claim, ref.Val) {
	a, err := oneClaim(x)
	if err != nil {
		return nil, nil, err
	}
	b, err := oneClaim(y)
	return a, b, err
}

func oneInterval(v ref.Val) (claim.Interval, ref.Val) {
	switch i := v.Value().(type) {
	case claim.Interval:
		return i, nil
	case *claim.Interval:
		if i != nil {
			return *i, nil
		}
	}
	return claim.Interval{}, types.NewErr("want an interval, got %s", v.Type().TypeName())
}

// intervalWords adapts a way of writing an interval to a CEL unary
// function.
func intervalWords(words func(claim.Interval) string) func(ref.Val) ref.Val {
	return func(x ref.Val) ref.Val {
		i, err := oneInterval(x)
		if err != nil {
			return err
		}
		return types.String(words(i))
	}
}

func twoIntervals(x, y ref.Val) (claim.Interval, claim.Interval, ref.Val) {
	i, err := oneInterval(x)
	if err != nil {
		return i, i, err
	}
	j, err := oneInterval(y)
	return i, j, err
}

// amount is a count's interval: low..high when either is set, else the value.
func amount(c *claim.Claim) (lo, hi float64) {
	if c.Low == 0 && c.High == 0 {
		return c.Value, c.Value
	}
	lo, hi = c.Low, c.High
	if hi == 0 && lo > 0 { // "more than 2,000": no upper bound given
		hi = math.Inf(1)
	}
	return lo, hi
}

const maxMonths = 600

// Months lists the months a known interval touches ("2020-06"), at most
// maxMonths of them, starting with the first.
func Months(i claim.Interval) []string {
	if !i.Known {
		return []string{}
	}
	var out []string
	y, m, _ := i.From.Date()
	ty, tm, _ := i.To.Date()
	for len(out) < maxMonths && (y < ty || y == ty && m <= tm) {
		out = append(out, fmt.Sprintf("%04d-%02d", y, int(m)))
		if m++; m > 12 {
			m, y = 1, y+1
		}
	}
	return out
}

// FormatAmount writes a count's amount for messages.
func FormatAmount(c *claim.Claim) string {
	words := map[string]string{
		"about": "about ", "more_than": "more than ", "at_least": "at least ",
		"fewer_than": "fewer than ", "up_to": "up to ", "nearly": "nearly ",
	}
	if c.Value != 0 {
		return words[c.Qualifier] + formatNumber(c.Value)
	}
	lo, hi := amount(c)
	switch {
	case math.IsInf(hi, 1):
		return "more than " + formatNumber(lo)
	case lo == hi:
		return formatNumber(lo)
	default:
		return formatNumber(lo) + "-" + formatNumber(hi)
	}
}

// formatNumber writes 5200 as "5,200" and 2.5 as "2.5".
func formatNumber(v float64) string {
	if v != math.Trunc(v) || math.Abs(v) >= 1e15 {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	s := strconv.FormatInt(int64(math.Abs(v)), 10)
	var b strings.Builder
	if v < 0 {
		b.WriteByte('-')
	}
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// FormatSource names where a claim comes from: outlet (or path) and date,
// or for a verified fact "verified fact: " and its source note, so that
// every rule's message says when a finding is against a checked fact.
func FormatSource(c *claim.Claim) string {
	if c.Verified {
		return c.VerifiedSource()
	}
	who := c.Outlet
	if who == "" {
		who = c.Path
	}
	if who == "" {
		who = c.Article
	}
	switch {
	case !c.Dated && c.Estimated.Known:
		return who + ", undated (the archive dates it " + claim.FormatInterval(c.Estimated) + ")"
	case !c.Dated:
		return who + ", undated"
	}
	return who + ", " + claim.FormatDate(c.Published)
}

// estimator gives the cost estimator what it cannot know: how long strings
// and series can be, and what the library's functions cost.
type estimator struct {
	maxText, maxSeries uint64
	fns                map[string]libFunc
}

func (e *estimator) EstimateSize(n cost.AstNode) *cost.SizeEstimate {
	if n.Path() == nil {
		return nil
	}
	if len(n.Path()) == 1 && (n.Path()[0] == "series" || n.Path()[0] == "group" || n.Path()[0] == "firsts") {
		sz := cost.RangedSizeEstimate(0, e.maxSeries)
		return &sz
	}
	if n.Type() != nil && n.Type().Kind() == types.StringKind {
		sz := cost.RangedSizeEstimate(0, e.maxText)
		return &sz
	}
	// a claim's list field (incident): extraction keeps it short
	if n.Type() != nil && n.Type().Kind() == types.ListKind && len(n.Path()) >= 2 {
		sz := cost.RangedSizeEstimate(0, claim.MaxIncident)
		return &sz
	}
	return nil
}

func (e *estimator) EstimateCallCost(function, overloadID string, target *cost.AstNode, args []cost.AstNode) *cost.CallEstimate {
	if function == "string" && len(args) == 1 && args[0].Type() != nil {
		// string(x) of a scalar is short; CEL's estimator cannot know.
		switch args[0].Type().Kind() {
		case types.IntKind, types.UintKind, types.DoubleKind, types.BoolKind, types.TimestampKind, types.DurationKind:
			sz := cost.RangedSizeEstimate(0, 40)
			return cost.NewCallEstimate(cost.FixedCostEstimate(1), &sz)
		}
	}
	f, ok := e.fns[overloadID]
	if !ok {
		return nil
	}
	c := cost.FixedCostEstimate(f.cost)
	if f.overload == "norm_string" && len(args) == 1 {
		sz := cost.EstimateSize(e, args[0])
		c = cost.FixedCostEstimate(sz.Max)
		return cost.NewCallEstimate(c, &sz)
	}
	if f.overload == "months_interval" {
		sz := cost.ListSizeEstimate(cost.RangedSizeEstimate(0, f.maxSize), cost.FixedSizeEstimate(7))
		return cost.NewCallEstimate(c, &sz)
	}
	if f.argSized {
		longest := uint64(0)
		for _, a := range args {
			longest = max(longest, cost.EstimateSize(e, a).Max)
		}
		sz := cost.RangedSizeEstimate(0, longest+f.maxSize)
		return cost.NewCallEstimate(c, &sz)
	}
	if f.maxSize > 0 {
		sz := cost.RangedSizeEstimate(0, f.maxSize)
		return cost.NewCallEstimate(c, &sz)
	}
	return cost.NewCallEstimate(c, nil)
}

// Near reports whether two known intervals meet when each is widened by
// days on both sides.
func Near(i, j claim.Interval, days int) bool {
	return i.Known && j.Known && !i.From.AddDate(0, 0, -days).After(j.To) && !j.From.AddDate(0, 0, -days).After(i.To)
}

// Apart reports whether two dates cannot be the same, even widened by days
// on both sides. A date without its year (Unresolved, with Month and
// maybe Day) is compared by month and day against any year: "January 2"
// is apart from 2020-01-05 but not from 2021-01-02. Dates that say
// nothing are never apart.
func Apart(i, j claim.Interval, days int) bool {
	partial := func(x claim.Interval) bool { return !x.Known && x.Month > 0 }
	switch {
	case i.Known && j.Known:
		return !near(i, j, days)
	case i.Known && partial(j):
		return !nearYearless(i, j, days)
	case partial(i) && j.Known:
		return !nearYearless(j, i, days)
	case partial(i) && partial(j):
		// both without a year: compare them in one leap year
		return !nearYearless(yearless(i, 2020), j, days)
	}
	return false
}

// nearYearless reports whether known interval k meets the yearless date
// y in some year, widened by days.
func nearYearless(k, y claim.Interval, days int) bool {
	for yr := k.From.Year() - 1; yr <= k.To.Year()+1; yr++ {
		if near(k, yearless(y, yr), days) {
			return true
		}
	}
	return false
}

// yearless is the yearless date y in year yr: its day, or its month.
func yearless(y claim.Interval, yr int) claim.Interval {
	if y.Day > 0 {
		return claim.DayOf(time.Date(yr, time.Month(y.Month), y.Day, 0, 0, 0, 0, time.UTC))
	}
	from := time.Date(yr, time.Month(y.Month), 1, 0, 0, 0, 0, time.UTC)
	return claim.Interval{From: from, To: from.AddDate(0, 1, -1), Grain: claim.Month, Known: true}
}

// near is Near with the tolerance given only to dates precise to a day or
// two: a day of slack between "January" and "February" would join them.
func near(i, j claim.Interval, days int) bool {
	if i.To.Sub(i.From) > 48*time.Hour || j.To.Sub(j.From) > 48*time.Hour {
		days = 0
	}
	return Near(i, j, days)
}

// PartOf reports whether count a can be a part of count b: b's item is a
// whole (whole reports which are) and a's is a narrower item of the same
// class whose least amount is at most b's greatest.
func PartOf(a, b *claim.Claim, whole func(string) bool) bool {
	if a.Item == b.Item || a.ItemClass != b.ItemClass || !whole(b.Item) || whole(a.Item) {
		return false
	}
	al, _ := amount(a)
	_, bh := amount(b)
	return al <= bh
}

// AmountsMeet is amounts_overlap keeping strict qualifiers strict: a
// "more than N" and an exact N do not meet.
func AmountsMeet(a, b *claim.Claim) bool {
	al, ah := amount(a)
	bl, bh := amount(b)
	if al > bh || bl > ah {
		return false
	}
	exact := func(c *claim.Claim) bool { return c.Qualifier == "" || c.Qualifier == "exact" }
	// the only shared value is a strict bound's own
	if a.Qualifier == "more_than" && exact(b) && bh == al || b.Qualifier == "more_than" && exact(a) && ah == bl {
		return false
	}
	if a.Qualifier == "fewer_than" && exact(b) && bl == ah || b.Qualifier == "fewer_than" && exact(a) && al == bh {
		return false
	}
	return true
}
