package facts

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/engine/claim"
)

// doc is a claims file whose one article holds the claims given, one per
// line from line 4 on.
func doc(claims ...string) string {
	return "{\"schema\": \"claimcheck/extract/v1\",\n" +
		"\"articles\": [{\"id\": \"rudaw\", \"path\": \"archive/rudaw.txt\", \"outlet\": \"Rudaw\", \"published\": \"2020-09-20\",\n" +
		"\"claims\": [\n" + strings.Join(claims, ",\n") + "\n]}]}\n"
}

const countJSON = `{"kind": "count", "holder": "united-states", "item": "troops", "place": "iraq", "value": 5200, "as_of": {"from": "2020-09-01", "to": "2020-09-19", "grain": "day"}, "modality": "current", "text": "5,200 troops", "line": 9, "col": 1}`

func parseJSON(t *testing.T, src string) ([]*Article, []string) {
	t.Helper()
	arts, ps := ParseClaims("c.json", []byte(src))
	var errs []string
	for _, p := range ps {
		errs = append(errs, p.Error())
		assert.Contains(t, p.Context, "\n | ", "errors carry the offending line")
	}
	return arts, errs
}

func TestParseClaims(t *testing.T) {
	arts, errs := parseJSON(t, doc(countJSON, `{"id": "x#7", "kind": "event", "action": "kill", "agent": "united-states", "patient": "qassem-soleimani", "when": {"from": "2020-01-03", "to": "2020-01-03", "grain": "day"}, "published": "2020-06-12", "outlet": "The National", "verified": true, "source": "desk"}`))
	require.Empty(t, errs)
	require.Len(t, arts, 1)
	a := arts[0]
	assert.Equal(t, "rudaw", a.ID)
	assert.Equal(t, "2020-09-20", a.Published.Format(claim.DateLayout))
	require.Len(t, a.Claims, 2)

	c := a.Claims[0]
	assert.Equal(t, "rudaw#1", c.ID, "a claim without an id is numbered in its article")
	assert.Equal(t, "rudaw", c.Article)
	assert.Equal(t, "archive/rudaw.txt", c.Path)
	assert.Equal(t, "Rudaw", c.Outlet)
	assert.True(t, c.Dated)
	assert.Equal(t, "2020-09-20", c.Published.Format(claim.DateLayout), "from the article")
	assert.Equal(t, "2020-09-01..2020-09-19", c.AsOf.String())
	assert.Equal(t, 5200.0, c.Value)
	assert.Equal(t, [2]int{9, 1}, [2]int{c.Line, c.Col}, "positions as the file gives them")

	e := a.Claims[1]
	assert.Equal(t, "x#7", e.ID)
	assert.Equal(t, "The National", e.Outlet, "a claim's own fields win")
	assert.Equal(t, "2020-06-12", e.Published.Format(claim.DateLayout))
	assert.True(t, e.Verified, "a fact desk's tool may mark verified claims")
	assert.Equal(t, "desk", e.Source)
}

func TestParseClaimsMinimal(t *testing.T) {
	// another extractor's file: no ids, paths or dates
	src := `{"schema": "claimcheck/extract/v1", "articles": [{"claims": [{"kind": "quote", "speaker": "x", "quote": "y"}]}, {"claims": null}, {"title": "t"}]}`
	arts, errs := parseJSON(t, src)
	require.Empty(t, errs)
	require.Len(t, arts, 3)
	assert.Equal(t, "c.json:1", arts[0].ID)
	assert.Equal(t, "c.json", arts[0].Path)
	assert.Equal(t, "c.json:1#1", arts[0].Claims[0].ID)
	assert.False(t, arts[0].Claims[0].Dated)
	assert.Equal(t, "c.json:2", arts[1].ID, "articles without ids stay apart")
}

func TestParseClaimsErrors(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"not JSON", "schema: x\n", []string{`c.json:1:1: invalid character 's' looking for beginning of value`}},
		{"not an object", "[1, 2]\n", []string{`c.json:1:1: want an object, got an array`}},
		{"syntax error inside", doc(`{"kind": "count" "value": 5}`), []string{`c.json:4:18: invalid character '"' after object key:value pair`}},
		{"cut short", `{"schema": "claimcheck/extract/v1", "articles": [`, []string{`c.json:1:50: unexpected end of JSON input`}},
		{"a bad last byte", `{"schema": "claimcheck/extract/v1",}`, []string{`c.json:1:36: invalid character '}' looking for beginning of object key string`}},
		{"missing comma", "{\"schema\": \"claimcheck/extract/v1\"\n \"articles\": []}", []string{`c.json:2:2: invalid character '"' after object key:value pair`}},
		{"trailing data", `{"schema": "claimcheck/extract/v1"} {}`, []string{`c.json:1:37: unexpected an object after the document`}},
		{"no schema", `{"articles": []}`, []string{`c.json:1:1: missing "schema": "claimcheck/extract/v1"`}},
		{"another schema", `{"schema": "claimcheck/check/v1"}`, []string{
			`c.json:1:12: schema must be "claimcheck/extract/v1" (claimcheck extract --format json), got "claimcheck/check/v1"`}},
		{"unknown document key", `{"schema": "claimcheck/extract/v1", "claims": []}`, []string{
			`c.json:1:37: unknown key "claims" in the document (want schema, articles, errors, notices)`}},
		{"unknown article key", `{"schema": "claimcheck/extract/v1", "articles": [{"id": "a", "date": "2020-01-01"}]}`, []string{
			`c.json:1:62: unknown key "date" in an article (want id, path, title, outlet, url, published, undated, date_source, sentences, mentions, claims, removed)`}},
		{"bad article date", `{"schema": "claimcheck/extract/v1", "articles": [{"published": "20 Sept 2020"}]}`, []string{
			`c.json:1:64: published: want a date YYYY-MM-DD, got "20 Sept 2020"`}},
		{"unknown claim field", doc(countJSON, `{"kind": "count", "hodler": "united-states"}`), []string{
			`c.json:5:19: unknown claim field "hodler" (fields are the claim JSON's: kind, holder, item, value, as_of, ...)`}},
		{"claim value of the wrong type", doc(`{"kind": "count",
  "value": "5,200"}`), []string{`c.json:5:12: value: want a number, got a string`}},
		{"bad interval date", doc(`{"kind": "count", "as_of": {"from": "2020-09-01", "to": "Sept 19"}}`), []string{
			`c.json:4:28: as_of: interval to: parsing time "Sept 19" as "2006-01-02": cannot parse "Sept 19" as "2006"`}},
		{"bad claim date", doc(`{"kind": "count", "published": "2020-02-30"}`), []string{
			`c.json:4:32: published: want a date YYYY-MM-DD, got "2020-02-30"`}},
		{"unknown kind", doc(`{"kind": "toll"}`), []string{`c.json:4:10: unknown kind "toll" (want count, event, role, quote)`}},
		{"unknown grain", doc(`{"kind": "event", "when": {"from": "2020-01-03", "to": "2020-01-03", "grain": "instant"}}`), []string{
			`c.json:4:27: unknown grain "instant" (want day, week, month, quarter, year, decade)`}},
		{"no kind", doc(`{"holder": "iraq"}`), []string{`c.json:4:1: claim is missing "kind" (count, event, role or quote)`}},
		{"a claim not an object", doc(`"count"`), []string{`c.json:4:1: want an object, got a string`}},
		{"duplicate ids", doc(`{"id": "a#1", "kind": "count"}`, `{"id": "a#1", "kind": "event"}`), []string{`c.json:5:8: duplicate claim id "a#1"`}},
		{"columns count characters", doc(`{"kind": "quote", "quote": "«é»", "modality": "said"}`), []string{
			`c.json:4:47: unknown modality "said" (want current, past, planned)`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts, errs := parseJSON(t, tc.src)
			assert.Equal(t, tc.want, errs)
			assert.Empty(t, arts, "a file with errors gives no claims")
		})
	}
}

func TestReadClaimsIDsAcrossFiles(t *testing.T) {
	dir := t.TempDir()
	a, b := dir+"/a.json", dir+"/b.json"
	src := doc(`{"id": "same#1", "kind": "count"}`)
	writeFile(t, a, src)
	writeFile(t, b, src)
	arts, ps := ReadClaims([]string{a, a, b})
	require.Len(t, ps, 1, "a file given twice is read once; another file's ids must differ")
	assert.Equal(t, b+`:4:8: duplicate claim id "same#1"`, ps[0].Error())
	assert.Len(t, arts, 1)
}
