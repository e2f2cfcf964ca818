package report

import (
	"math"
	"testing"

	"github.com/claimcheck/claimcheck/engine/claim"
)

func TestAmount(t *testing.T) {
	cases := []struct {
		c    claim.Claim
		want string
	}{
		{claim.Claim{Kind: claim.Count, Value: 5000, Qualifier: "about"}, "about 5,000"},
		{claim.Claim{Kind: claim.Count, Value: 3000, Qualifier: "exact", Modality: claim.Planned}, "3,000 planned"},
		{claim.Claim{Kind: claim.Count, Value: 2000, Qualifier: "more_than"}, "more than 2,000"},
		{claim.Claim{Kind: claim.Count, Low: 2000, High: 3000}, "2,000 to 3,000"},
		{claim.Claim{Kind: claim.Count, Low: 2000, High: math.Inf(1)}, "at least 2,000"},
		{claim.Claim{Kind: claim.Count, Value: 0}, "0"},
		{claim.Claim{Kind: claim.Count, Value: 5200, Modality: claim.Past}, "5,200 (past)"},
		{claim.Claim{Kind: claim.Count, Value: 2500, Negated: true}, "not 2,500"},
		{claim.Claim{Kind: claim.Count, Value: 12, Qualifier: "some_new_one"}, "some new one 12"},
		{claim.Claim{Kind: claim.Event, Action: "kill", AgentText: "Israeli", PatientText: "Qassem Soleimani", Modality: claim.Past}, "kill of Qassem Soleimani by Israeli"},
		{claim.Claim{Kind: claim.Event, Action: "withdraw", Agent: "US", Modality: claim.Planned}, "withdraw by US planned"},
		{claim.Claim{Kind: claim.Role, PersonText: "Mustafa al-Kadhimi", Title: "prime minister"}, "Mustafa al-Kadhimi, prime minister"},
		{claim.Claim{Kind: claim.Quote, Quote: "We are there"}, `"We are there"`},
	}
	for _, tc := range cases {
		if got := amount(&tc.c); got != tc.want {
			t.Errorf("amount(%+v) = %q, want %q", tc.c, got, tc.want)
		}
	}
}

func TestNumber(t *testing.T) {
	for v, want := range map[float64]string{0: "0", 999: "999", 1000: "1,000", 5200: "5,200", 1234567: "1,234,567",
		2.5: "2.5", -3000: "-3,000", 1e6 + 0.25: "1,000,000.25"} {
		if got := number(v); got != want {
			t.Errorf("number(%v) = %q, want %q", v, got, want)
		}
	}
}

func TestWhen(t *testing.T) {
	iv := func(from, to, grain string) claim.Interval {
		return claim.Interval{From: day(from), To: day(to), Grain: grain, Known: true}
	}
	cases := []struct {
		c    claim.Claim
		want string
	}{
		{claim.Claim{Kind: claim.Count, AsOf: iv("2020-06-12", "2020-06-12", claim.Day)}, "2020-06-12"},
		{claim.Claim{Kind: claim.Count, AsOf: iv("2020-09-01", "2020-09-30", claim.Month)}, "2020-09"},
		{claim.Claim{Kind: claim.Count, AsOf: iv("2020-04-01", "2020-06-30", claim.Quarter)}, "2020-Q2"},
		{claim.Claim{Kind: claim.Count, AsOf: iv("2014-01-01", "2014-12-31", claim.Year)}, "2014"},
		{claim.Claim{Kind: claim.Count, AsOf: iv("2010-01-01", "2019-12-31", claim.Decade)}, "2010s"},
		{claim.Claim{Kind: claim.Count, AsOf: iv("2020-06-08", "2020-06-14", claim.Week)}, "2020-06-08..2020-06-14"},
		{claim.Claim{Kind: claim.Count, AsOf: claim.Interval{From: day("2014-01-01"), To: day("2020-06-12"), Grain: claim.Year, Known: true, Open: true}}, "since 2014"},
		// a month grain that does not cover a whole month prints as a range
		{claim.Claim{Kind: claim.Count, AsOf: iv("2020-09-01", "2020-09-20", claim.Month)}, "2020-09-01..2020-09-20"},
		{claim.Claim{Kind: claim.Event, When: iv("2020-01-03", "2020-01-03", claim.Day), AsOf: iv("2021-01-01", "2021-01-01", claim.Day)}, "2020-01-03"},
		{claim.Claim{Kind: claim.Count, Dated: true, Published: day("2021-07-26")}, "2021-07-26"},
		{claim.Claim{Kind: claim.Count, AsOf: claim.Interval{Unresolved: true}}, "unresolved"},
		{claim.Claim{Kind: claim.Count}, "undated"},
	}
	for _, tc := range cases {
		if got := when(&tc.c); got != tc.want {
			t.Errorf("when(%v) = %q, want %q", tc.c.AsOf, got, tc.want)
		}
	}
}

func TestFileURI(t *testing.T) {
	cases := []struct{ path, uri, base string }{
		{"fixtures/articles/000.txt", "fixtures/articles/000.txt", srcRoot},
		{"./drafts/a.md", "drafts/a.md", srcRoot},
		{`drafts\win\a.md`, "drafts/win/a.md", srcRoot},
		{"drafts/my draft #1 100%.md", "drafts/my%20draft%20%231%20100%25.md", srcRoot},
		{"drafts/café قاسم.md", "drafts/caf%C3%A9%20%D9%82%D8%A7%D8%B3%D9%85.md", srcRoot},
		{"a:b.md", "./a:b.md", srcRoot},
		{"../archive/x.txt", "../archive/x.txt", srcRoot},
		{"/abs/path/x.md", "file:///abs/path/x.md", ""},
		{`C:\news\x.md`, "file:///C:/news/x.md", ""},
		{"-", "stdin", srcRoot},
	}
	for _, tc := range cases {
		got := fileURI(tc.path)
		if got.URI != tc.uri || got.URIBaseID != tc.base {
			t.Errorf("fileURI(%q) = %q (base %q), want %q (base %q)", tc.path, got.URI, got.URIBaseID, tc.uri, tc.base)
		}
	}
}
