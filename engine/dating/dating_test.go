package dating_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/engine/article"
	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/dating"
	"github.com/claimcheck/claimcheck/engine/extract"
)

var x = extract.New(nil, extract.Options{})

func day(s string) time.Time {
	d, err := time.Parse(claim.DateLayout, s)
	if err != nil {
		panic(err)
	}
	return d
}

func parse(t *testing.T, id, text, published string) *article.Article {
	t.Helper()
	var p time.Time
	if published != "" {
		p = day(published)
	}
	a, err := article.Parse(id+".txt", []byte(text), article.Options{Published: p})
	require.NoError(t, err)
	a.ID = id
	return a
}

// archive reads dated articles and returns their claims.
func archive(t *testing.T, texts map[string]string) []*claim.Claim {
	var cs []*claim.Claim
	for published, text := range texts {
		cs = append(cs, x.Article(parse(t, "a"+published, text, published))...)
	}
	return cs
}

const undated = `Fourteen additional U.S. service members have been diagnosed with traumatic brain injuries from an Iranian attack on an Iraqi air base earlier this month, the Pentagon announced Thursday.

A Department of Defense official said that 64 U.S. service members in total have been diagnosed with traumatic brain injury.
`

func TestEstimate(t *testing.T) {
	twoSources := archive(t, map[string]string{
		"2020-01-10": "Iran attacked the Ain al-Asad air base on Jan. 8, the Pentagon said.\n",
		"2020-01-16": "Iran attacked the Ain al-Asad air base in Iraq on Jan. 8 with ballistic missiles.\n",
	})
	oneSource := archive(t, map[string]string{
		"2020-01-10": "Iran attacked the Ain al-Asad air base on Jan. 8, the Pentagon said.\n",
	})
	twoVoices := archive(t, map[string]string{
		"2020-01-10": "Iran attacked the Ain al-Asad air base on Jan. 8, the Pentagon said.\n",
		"2020-05-16": "Iran attacked the Ain al-Asad air base on May 12, officials said.\n",
	})
	tests := []struct {
		name     string
		claims   []*claim.Claim
		from, to string // "" when the archive cannot date it
	}{
		// "earlier this month" holds from the attack to the month's end
		{"two sources agree on the event's date", twoSources, "2020-01-08", "2020-01-31"},
		{"one source is no consensus", oneSource, "", ""},
		{"sources that disagree date nothing", twoVoices, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			est, ok := dating.Estimate(parse(t, "u", undated, ""), x.Article, dating.NewIndex(tt.claims))
			if tt.from == "" {
				assert.False(t, ok, "estimate %v", est)
				return
			}
			require.True(t, ok)
			assert.Equal(t, day(tt.from), est.From)
			assert.Equal(t, day(tt.to), est.To)
		})
	}
}

func TestEstimateLeavesDatedArticles(t *testing.T) {
	cs := archive(t, map[string]string{
		"2020-01-10": "Iran attacked the Ain al-Asad air base on Jan. 8, the Pentagon said.\n",
		"2020-01-16": "Iran attacked the Ain al-Asad air base in Iraq on Jan. 8 with ballistic missiles.\n",
	})
	_, ok := dating.Estimate(parse(t, "u", undated, "2020-01-30"), x.Article, dating.NewIndex(cs))
	assert.False(t, ok)
}

func TestRedate(t *testing.T) {
	a := parse(t, "u", undated, "")
	est := claim.Interval{From: day("2020-01-08"), To: day("2020-01-31"), Grain: claim.Day, Known: true}
	cs := dating.Redate(a, x.Article, est)
	var total *claim.Claim
	for _, c := range cs {
		assert.False(t, c.Dated, "%s stays undated", c.ID)
		assert.Equal(t, est, c.Estimated)
		if c.Kind == claim.Count && c.Value == 64 {
			total = c
		}
	}
	require.NotNil(t, total, "the running total is a claim")
	// as of some day of the estimate; its attack earlier that month
	assert.Equal(t, day("2020-01-08"), total.AsOf.From)
	assert.Equal(t, day("2020-01-31"), total.AsOf.To)
	assert.True(t, total.When.Known, "the total inherits the attack's date")
	assert.Equal(t, time.January, total.When.From.Month())
	// undated, its claims keep their relative times unresolved
	for _, c := range x.Article(a) {
		assert.False(t, c.AsOf.Known && c.Kind == claim.Count, "%s: undated count resolved", c.ID)
	}
}
