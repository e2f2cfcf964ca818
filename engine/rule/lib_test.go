package rule

import (
	"strconv"
	"testing"

	"github.com/claimcheck/claimcheck/engine/claim"
)

type fakePlaces map[string]string // child -> parent

func (p fakePlaces) Within(inner, outer string) bool {
	for x, ok := p[inner]; ok; x, ok = p[x] {
		if x == outer {
			return true
		}
	}
	return false
}

// TestLibrary evaluates each library function from CEL, as rules call them.
func TestLibrary(t *testing.T) {
	e, err := newEnvs(Options{Places: fakePlaces{"baghdad-international-airport": "baghdad", "baghdad": "iraq"}}.withDefaults())
	if err != nil {
		t.Fatal(err)
	}
	a := count("national#3", "united-states", "iraq", 5000, "2020-06-12")
	a.Low, a.High, a.Qualifier, a.Outlet = 4500, 5500, "about", "The National"
	b := count("rudaw#9", "united-states", "baghdad", 5200, "2020-09-20")
	b.AsOf = claim.Interval{From: day("2020-09-01"), To: day("2020-09-30"), Grain: claim.Month, Known: true}
	b.Dated = false
	tests := []struct{ expr, want string }{
		{`amounts_overlap(a, b)`, "true"},
		{`amount_within(b, a)`, "true"},
		{`amount_within(a, b)`, "false"},
		{`overlaps(a.as_of, b.as_of)`, "false"},
		{`overlaps(b.as_of, b.as_of)`, "true"},
		{`during(a.as_of, b.as_of)`, "false"},
		{`before(a.as_of, b.as_of)`, "true"},
		{`near(a.as_of, a.as_of, 0)`, "true"},
		{`near(a.as_of, b.as_of, 1)`, "false"},
		{`near(a.as_of, b.as_of, 81)`, "true"},
		{`near(a.when, a.as_of, 1)`, "false"}, // unknown
		{`apart(a.as_of, b.as_of, 1)`, "true"},
		{`apart(a.as_of, a.as_of, 0)`, "false"},
		{`apart(a.when, b.as_of, 1)`, "false"}, // a.when says nothing
		{`before(b.as_of, a.as_of)`, "false"},
		{`overlaps(a.when, a.when)`, "false"}, // unknown
		{`within("baghdad-international-airport", "iraq")`, "true"},
		{`within("iraq", "baghdad")`, "false"},
		{`within("iraq", "iraq")`, "true"},
		{`nested("iraq", "baghdad-international-airport")`, "true"},
		{`nested("iraq", "syria")`, "false"},
		{`days_between(a.published, b.as_of.from)`, "81"},
		{`days_between(b.as_of.from, a.published)`, "-81"},
		{`months(b.as_of)`, "[2020-09]"},
		{`months(a.when)`, "[]"},
		{`fmt_amount(a)`, "about 5,000"},
		{`fmt_amount(b)`, "5,200"},
		{`fmt_interval(a.as_of)`, "12 June 2020"},
		{`fmt_interval(b.as_of)`, "September 2020"},
		{`fmt_interval(a.when)`, "unknown"},
		{`fmt_when(a.as_of)`, "on 12 June 2020"},
		{`fmt_when(b.as_of)`, "in September 2020"},
		{`fmt_when(a.when)`, "on an unknown date"},
		{`fmt_date(a.published)`, "12 June 2020"},
		{`source(a)`, "The National, 12 June 2020"},
		{`source(b)`, "rudaw.txt, undated"},
		{`norm("“We will STAY,” he said — don’t   go.")`, "we will stay he said dont go"},
	}
	for _, tc := range tests {
		ast, iss := e.pair.Compile(tc.expr)
		if iss.Err() != nil {
			t.Errorf("%s: %v", tc.expr, iss.Err())
			continue
		}
		prg, err := e.pair.Program(ast)
		if err != nil {
			t.Fatal(err)
		}
		out, _, err := prg.Eval(&vars{a: a, b: b})
		if err != nil {
			t.Errorf("%s: %v", tc.expr, err)
			continue
		}
		got := fmtVal(out.Value())
		if got != tc.want {
			t.Errorf("%s = %s, want %s", tc.expr, got, tc.want)
		}
	}
}

func fmtVal(v any) string {
	switch x := v.(type) {
	case bool:
		if x {
			return "true"
		}
		return "false"
	case string:
		return x
	case int64:
		return strconv.FormatInt(x, 10)
	case []string:
		s := "["
		for i, e := range x {
			if i > 0 {
				s += " "
			}
			s += e
		}
		return s + "]"
	}
	return "?"
}

func TestFormatAmountAndMonths(t *testing.T) {
	amounts := []struct {
		c    claim.Claim
		want string
	}{
		{claim.Claim{Value: 5200}, "5,200"},
		{claim.Claim{Value: 1234567}, "1,234,567"},
		{claim.Claim{Value: 2.5}, "2.5"},
		{claim.Claim{Value: 2000, Qualifier: "more_than", Low: 2000}, "more than 2,000"},
		{claim.Claim{Low: 5000, High: 5500}, "5,000-5,500"},
		{claim.Claim{Low: 2000}, "more than 2,000"},
	}
	for _, tc := range amounts {
		if got := FormatAmount(&tc.c); got != tc.want {
			t.Errorf("FormatAmount(%+v) = %q, want %q", tc.c, got, tc.want)
		}
	}
	iv := func(from, to, grain string) claim.Interval {
		return claim.Interval{From: day(from), To: day(to), Grain: grain, Known: true}
	}
	if got := Months(iv("2019-11-15", "2020-02-01", claim.Day)); len(got) != 4 || got[0] != "2019-11" || got[3] != "2020-02" {
		t.Errorf("Months = %v", got)
	}
	if got := Months(iv("1900-01-01", "2100-01-01", claim.Day)); len(got) != maxMonths {
		t.Errorf("Months over two centuries: %d, want the cap %d", len(got), maxMonths)
	}
}

func TestApartYearless(t *testing.T) {
	jan2 := claim.Interval{Unresolved: true, Month: 1, Day: 2}
	jan := claim.Interval{Unresolved: true, Month: 1}
	jan3 := claim.DayOf(day("2020-01-03"))
	jan5 := claim.DayOf(day("2020-01-05"))
	for _, tc := range []struct {
		i, j claim.Interval
		days int
		want bool
	}{
		{jan2, jan3, 0, true}, {jan2, jan3, 1, false}, {jan2, jan5, 1, true},
		{jan, jan5, 0, false}, {jan2, jan2, 0, false}, {jan2, claim.Interval{Unresolved: true, Month: 3, Day: 2}, 1, true},
		{claim.Interval{}, jan3, 0, false},
	} {
		if got := Apart(tc.i, tc.j, tc.days); got != tc.want {
			t.Errorf("Apart(%+v, %+v, %d) = %v, want %v", tc.i, tc.j, tc.days, got, tc.want)
		}
	}
}

func TestAmountsMeet(t *testing.T) {
	c := func(v, lo, hi float64, q string) *claim.Claim {
		return &claim.Claim{Kind: claim.Count, Value: v, Low: lo, High: hi, Qualifier: q}
	}
	for _, tc := range []struct {
		a, b *claim.Claim
		want bool
	}{
		{c(15, 15, 18, "more_than"), c(15, 0, 0, "exact"), false},
		{c(15, 0, 0, ""), c(15, 15, 18, "more_than"), false},
		{c(15, 15, 18, "more_than"), c(16, 0, 0, "exact"), true},
		{c(10, 8, 10, "fewer_than"), c(10, 0, 0, "exact"), false},
		{c(8, 8, 9.6, "at_least"), c(8, 0, 0, "exact"), true},
		{c(15, 0, 0, "exact"), c(16, 0, 0, "exact"), false},
	} {
		if got := AmountsMeet(tc.a, tc.b); got != tc.want {
			t.Errorf("AmountsMeet(%+v, %+v) = %v, want %v", *tc.a, *tc.b, got, tc.want)
		}
	}
}
