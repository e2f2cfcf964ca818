package quantity

import (
	"encoding/json"
	"testing"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/internal/testkit"
)

type want struct {
	text      string
	value     float64
	low, high float64
	qual      string
	unit      string
	words     bool
	change    string
}

func TestFind(t *testing.T) {
	tests := []struct {
		in   string
		want []want
	}{
		// digits, separators, decimals
		{"The US has 5,200 troops in Iraq.", []want{{"5,200", 5200, 5200, 5200, Exact, "", false, ""}}},
		{"down to 3000 troops", []want{{"3000", 3000, 3000, 3000, Exact, "", false, ""}}},
		{"8,331 cases and 2.5 tonnes", []want{{"8,331", 8331, 8331, 8331, Exact, "", false, ""}, {"2.5", 2.5, 2.5, 2.5, Exact, "", false, ""}}},
		// words
		{"five soldiers", []want{{"five", 5, 5, 5, Exact, "", true, ""}}},
		{"a dozen rockets and two dozen drones", []want{{"a dozen", 12, 12, 12, Exact, "", true, ""}, {"two dozen", 24, 24, 24, Exact, "", true, ""}}},
		{"twenty-one people", []want{{"twenty-one", 21, 21, 21, Exact, "", true, ""}}},
		{"fired two-dozen missiles", []want{{"two-dozen", 24, 24, 24, Exact, "", true, ""}}},
		// a group glued to a unit is a second number, not thousands
		{"as many as 30 107-mm rockets", []want{{"as many as 30", 30, 0, 30, UpTo, "", false, ""}, {"107", 107, 107, 107, Exact, "", false, ""}}},
		{"two hundred thousand", []want{{"two hundred thousand", 200000, 200000, 200000, Exact, "", true, ""}}},
		{"hundreds of protesters", []want{{"hundreds of", 599.5, 200, 999, Vague, "", true, ""}}},
		{"thousands of troops", []want{{"thousands of", 5999.5, 2000, 9999, Vague, "", true, ""}}},
		{"tens of thousands of people", []want{{"tens of thousands of", 59999.5, 20000, 99999, Vague, "", true, ""}}},
		// scales, money, percent
		{"2.5 million people", []want{{"2.5 million", 2.5e6, 2.5e6, 2.5e6, Exact, "", false, ""}}},
		{"a $3 bln deal", []want{{"$3 bln", 3e9, 3e9, 3e9, Exact, "USD", false, ""}}},
		{"$3 billion", []want{{"$3 billion", 3e9, 3e9, 3e9, Exact, "USD", false, ""}}},
		{"revenue of 1.2bn", []want{{"1.2bn", 1.2e9, 1.2e9, 1.2e9, Exact, "", false, ""}}},
		{"more than half of the troops", []want{{"more than half", 0.5, 0.5, 0.6, MoreThan, "", true, ""}}},
		{"a 12-cent dividend and above a dollar and 42 cents", []want{{"12-cent", 0.12, 0.12, 0.12, Exact, "USD", false, ""}, {"above a dollar and 42 cents", 1.42, 1.42, 1.491, MoreThan, "USD", true, ""}}},
		{"half a million people", []want{{"half a million", 5e5, 5e5, 5e5, Exact, "", true, ""}}},
		{"They lost 75 USD million", []want{{"75 USD million", 75e6, 75e6, 75e6, Exact, "USD", false, ""}}},
		{"€5m and £20", []want{{"€5m", 5e6, 5e6, 5e6, Exact, "EUR", false, ""}, {"£20", 20, 20, 20, Exact, "GBP", false, ""}}},
		{"EUR 125 or 42 KWD", []want{{"EUR 125", 125, 125, 125, Exact, "EUR", false, ""}, {"42 KWD", 42, 42, 42, Exact, "KWD", false, ""}}},
		{"10 cents", []want{{"10 cents", 0.1, 0.1, 0.1, Exact, "USD", false, ""}}},
		{"rose 12.5% or 40 percent", []want{{"12.5%", 12.5, 12.5, 12.5, Exact, Percent, false, ""}, {"40 percent", 40, 40, 40, Exact, Percent, false, ""}}},
		// ranges and changes
		{"2,000 to 3,000 troops", []want{{"2,000 to 3,000", 2500, 2000, 3000, Range, "", false, ""}}},
		{"between 2,000 and 3,000 troops", []want{{"between 2,000 and 3,000", 2500, 2000, 3000, Range, "", false, ""}}},
		{"2 to 3 million people", []want{{"2 to 3 million", 2.5e6, 2e6, 3e6, Range, "", false, ""}}},
		{"will cut troops from 5,200 to 3000", []want{{"5,200", 5200, 5200, 5200, Exact, "", false, "from"}, {"3000", 3000, 3000, 3000, Exact, "", false, "to"}}},
		{"prices ranging from 10 to 20 dollars", []want{{"from 10 to 20 dollars", 15, 10, 20, Range, "USD", false, ""}}},
		// qualifiers and the roundness convention
		{"around 5,000 troops", []want{{"around 5,000", 5000, 4500, 5500, About, "", false, ""}}},
		{"around 5,200 troops", []want{{"around 5,200", 5200, 4940, 5460, About, "", false, ""}}},
		{"some 2,500 troops", []want{{"some 2,500", 2500, 2375, 2625, About, "", false, ""}}},
		{"an estimated 8,331 people", []want{{"an estimated 8,331", 8331, 8122.725, 8539.275, About, "", false, ""}}},
		{"nearly 40 percent", []want{{"nearly 40 percent", 40, 36, 40, Nearly, Percent, false, ""}}},
		{"more than 2,000", []want{{"more than 2,000", 2000, 2000, 2400, MoreThan, "", false, ""}}},
		{"“600-ish” troops", []want{{"600-ish", 600, 540, 660, About, "", false, ""}}},
		{"500 to 600-ish troops", []want{{"500 to 600-ish", 550, 500, 600, Range, "", false, ""}}},
		// two digits written: the next round number is the far end
		{"more than 15 rockets", []want{{"more than 15", 15, 15, 20, MoreThan, "", false, ""}}},
		{"at least 12 people", []want{{"at least 12", 12, 12, 14, AtLeast, "", false, ""}}},
		{"more than 5,200", []want{{"more than 5,200", 5200, 5200, 5720, MoreThan, "", false, ""}}},
		{"over 500 people", []want{{"over 500", 500, 500, 600, MoreThan, "", false, ""}}},
		{"at least 500", []want{{"at least 500", 500, 500, 600, AtLeast, "", false, ""}}},
		{"upwards of 900", []want{{"upwards of 900", 900, 900, 1080, MoreThan, "", false, ""}}},
		{"fewer than 100", []want{{"fewer than 100", 100, 80, 100, FewerThan, "", false, ""}}},
		{"under 100", []want{{"under 100", 100, 80, 100, FewerThan, "", false, ""}}},
		{"up to 3,000", []want{{"up to 3,000", 3000, 0, 3000, UpTo, "", false, ""}}},
		{"300 or more", []want{{"300 or more", 300, 300, 360, AtLeast, "", false, ""}}},
		{"more than 10 and less than 40", []want{{"more than 10 and less than 40", 25, 10, 40, Range, "", false, ""}}},
		{"talks held over three days", []want{{"three", 3, 3, 3, Exact, "", true, ""}}},
		{"he is over thirty years old", []want{{"over thirty", 30, 30, 36, MoreThan, "", true, ""}}},
		{"between 2014 and 2017, 4,000 left", []want{{"4,000", 4000, 4000, 4000, Exact, "", false, ""}}},
		{"several hundred troops and a few thousand", []want{{"several hundred", 600, 300, 900, Vague, "", true, ""}, {"a few thousand", 3500, 2000, 5000, Vague, "", true, ""}}},
		{"a $3.5-billion deal", []want{{"$3.5-billion", 3.5e9, 3.5e9, 3.5e9, Exact, "USD", false, ""}}},
		{"troops from 3,000 to 2,500", []want{{"3,000", 3000, 3000, 3000, Exact, "", false, "from"}, {"2,500", 2500, 2500, 2500, Exact, "", false, "to"}}},
		{"the No. 2 official", nil},
		// not quantities
		{"US forces pulled out of Iraq in 2011.", nil},
		{"since the 2003 invasion", nil},
		{"on June 12, 2020 and August 21", nil},
		{"in the third round", nil},
		{"the 101st Airborne Division and the 327th Infantry Regiment", nil},
		{"COVID-19 hit the 1st Battalion on Route 1", nil},
		{"F-35 jets", nil},
		{"at 10:30 and 3 pm", nil},
		{"on 2020-06-12 and 10/31/1974", nil},
		{"in the 1990s", nil},
		{"Resolution 1441 passed", nil},
	}
	for _, tc := range tests {
		got := Find(tc.in)
		if len(got) != len(tc.want) {
			t.Errorf("Find(%q) = %s, want %d quantities", tc.in, describe(got), len(tc.want))
			continue
		}
		for i, w := range tc.want {
			g := got[i]
			if g.Text != w.text || !near(g.Value, w.value) || !near(g.Low, w.low) || !near(g.High, w.high) ||
				g.Qualifier != w.qual || g.Unit != w.unit || g.Words != w.words || g.Change != w.change {
				t.Errorf("Find(%q)[%d] = %+v, want %+v", tc.in, i, g, w)
			}
			if tc.in[g.Start:g.End] != g.Text {
				t.Errorf("Find(%q)[%d]: span %d..%d is %q, text %q", tc.in, i, g.Start, g.End, tc.in[g.Start:g.End], g.Text)
			}
		}
	}
}

// checkInvariants is what every output must satisfy, on any input.
func checkInvariants(t *testing.T, in string, qs []Quantity) {
	t.Helper()
	prev := 0
	// rune boundaries as the decoder sees them (an invalid byte is one rune)
	bound := map[int]bool{len(in): true}
	for i := 0; i < len(in); {
		bound[i] = true
		_, w := utf8.DecodeRuneInString(in[i:])
		i += w
	}
	for _, q := range qs {
		if q.Start < prev || q.End <= q.Start || q.End > len(in) {
			t.Fatalf("%q: bad span %d..%d after %d", in, q.Start, q.End, prev)
		}
		if !bound[q.Start] || !bound[q.End] {
			t.Fatalf("%q: span %d..%d splits a rune", in, q.Start, q.End)
		}
		if in[q.Start:q.End] != q.Text {
			t.Fatalf("%q: text %q is not span %d..%d", in, q.Text, q.Start, q.End)
		}
		if !(q.Low <= q.Value && q.Value <= q.High) {
			t.Fatalf("%q: %q Low %g <= Value %g <= High %g fails", in, q.Text, q.Low, q.Value, q.High)
		}
		prev = q.End
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"About 5,200 US troops", "between 2,000 and 3,000", "from 5,200 to 3000", "$3 bln", "1.2bn",
		"hundreds of", "tens of thousands of", "more than 10 and less than 40", "- 10", "<-30", "12,34,567.89",
		"1 234 567", "40\u202f000", "US$3 and fourteen", "2,", "5k-20k", "a dozen", "twenty-one", "€", "$",
		"seven hundred twenty-one thousand and twelve", "3 dollars 50 cents", "\xff1\xfe", "1.", "0.0.0",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		checkInvariants(t, in, Find(in))
	})
}

func TestFixtureInvariants(t *testing.T) {
	for _, l := range testkit.ArticleLines(t) {
		checkInvariants(t, l, Find(l))
	}
}

func BenchmarkFind(b *testing.B) {
	testkit.BenchLines(b, func(l string) { Find(l) })
}

func TestMarshalJSON(t *testing.T) {
	b, err := json.Marshal(Find("cut from 5,200 to about $3 bln"))
	if err != nil {
		t.Fatal(err)
	}
	want := `[{"start":9,"end":14,"text":"5,200","value":5200,"low":5200,"high":5200,"qualifier":"exact","change":"from"},` +
		`{"start":18,"end":30,"text":"about $3 bln","value":3000000000,"low":2700000000,"high":3300000000,"qualifier":"about","unit":"USD","change":"to"}]`
	if string(b) != want {
		t.Errorf("json:\n got %s\nwant %s", b, want)
	}
}

// TestWordData pins data/words.toml to the Go lists it replaced: the same
// number of entries in each table.
func TestWordData(t *testing.T) {
	count := func(m map[string][]string) int {
		n := 0
		for _, l := range m {
			n += len(l)
		}
		return n
	}
	w := words.Words
	for _, c := range []struct {
		name      string
		got, want int
	}{
		{"units", len(units), 29}, {"scales", len(scales), 19}, {"suffix_scales", len(suffixScales), 10},
		{"vague", len(vague), 7}, {"few_words", len(fewWords), 3}, {"months", len(months), 24},
		{"qualifiers_before", count(words.QualifiersBefore), 101}, {"qualifiers_after", count(words.QualifiersAfter), 18},
		{"currency_before", count(words.CurrencyBefore), 43}, {"currency_after", count(words.CurrencyAfter), 115},
		{"subunits", count(words.Subunits), 10}, {"iso_codes", len(w.ISOCodes), 67}, {"percent", len(w.Percent), 7},
		{"name_heads", len(w.NameHeads), 33}, {"not_names", len(w.NotNames), 52},
		{"year_prepositions", len(w.YearPrepositions), 22}, {"change_verbs", len(w.ChangeVerbs), 113},
		{"range_cues", len(w.RangeCues), 10}, {"time_units", len(w.TimeUnits), 18},
	} {
		if c.got != c.want {
			t.Errorf("%s: %d entries, want %d", c.name, c.got, c.want)
		}
	}
	if scales["crore"] != 1e7 || vague["tens"] != [2]float64{20, 99} || units["fourty"] != 40 || !isoSet["KWD"] {
		t.Error("a value changed in the move to data/words.toml")
	}
}
