package report

import (
	"encoding/json"
	"math"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/engine/claim"
)

// notInCheckJSON are the claim fields a finding's claim leaves out, and why.
var notInCheckJSON = map[string]string{
	"dated":        "published is left out when the article is undated",
	"focus_start":  "written as focus {start, end, line, col, ...}",
	"focus_end":    "written as focus",
	"agent_side":   "the rule engine's reading, not the claim's",
	"speaker_side": "the rule engine's reading, not the claim's",
}

// TestCheckJSONCoversTheSchema fails when a claim field is neither written
// in the check JSON nor listed in notInCheckJSON: meaning and words
// fields come from the schema by themselves; a new field of another role
// needs a place in claimJSON (json.go) or a reason here.
func TestCheckJSONCoversTheSchema(t *testing.T) {
	own := map[string]bool{}
	rt := reflect.TypeOf(claimJSON{})
	for i := 0; i < rt.NumField(); i++ {
		name, _, _ := strings.Cut(rt.Field(i).Tag.Get("json"), ",")
		own[name] = true
	}
	for _, f := range claim.Fields {
		what := (f.Role == claim.Meaning || f.Role == claim.Words) && !inHeader[f.Name]
		switch {
		case inHeader[f.Name] && !own[f.Name]:
			t.Errorf("%q is meant for claimJSON's own fields, which lack it", f.Name)
		case what || own[f.Name] || notInCheckJSON[f.Name] != "":
		default:
			t.Errorf("claim field %q (%s) is not in the check JSON: add it to claimJSON in json.go, or to notInCheckJSON with why", f.Name, f.Role)
		}
	}
}

// TestClaimWhat checks the rules of what a claim's What writes.
func TestClaimWhat(t *testing.T) {
	jan3 := claim.DayOf(time.Date(2020, 1, 3, 0, 0, 0, 0, time.UTC))
	count := &claim.Claim{Kind: claim.Count, Holder: "united-states", HolderText: "US <b>", Low: 2000, High: math.Inf(1),
		AsOf: claim.Interval{Unresolved: true, Month: 1}, When: jan3, AgentSide: "x", Peak: true}
	event := &claim.Claim{Kind: claim.Event, Action: "kill", Value: 3, AsOf: jan3, When: jan3,
		Incident: []string{"qassem-soleimani"}, Running: true}
	for _, tc := range []struct {
		c    *claim.Claim
		want string
	}{
		// a count of zero keeps its value; an open end is left out; the
		// side the rule engine filled is not the claim's; a field the
		// schema gained (peak) is written without a change here
		{count, `holder="united-states" holder_text="US <b>" value=0 low=2000 as_of={"unresolved":true,"month":1} peak=true`},
		// an event has no amounts and is dated by when
		{event, `action="kill" when={"from":"2020-01-03","to":"2020-01-03","grain":"day"} running=true incident=["qassem-soleimani"]`},
	} {
		var got []string
		for _, p := range claimWhat(tc.c) {
			v, err := marshalRaw(p.value)
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, p.key+"="+string(v))
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("claimWhat = %s\nwant          %s", g, tc.want)
		}
	}
}

// TestClaimJSONEscaping checks that What is escaped as the document's
// encoder says, like the fields before it.
func TestClaimJSONEscaping(t *testing.T) {
	j := claimJSON{Text: "a <b> & c", What: []jsonPair{{"quote", "x <y> & z"}}}
	raw, err := marshalRaw(j)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(raw), `"text":"a <b> & c"`) || !strings.Contains(string(raw), `"quote":"x <y> & z"`) {
		t.Errorf("unescaped: %s", raw)
	}
	esc, err := json.Marshal(j)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(esc), `"text":"a \u003cb\u003e \u0026 c"`) || !strings.Contains(string(esc), `"quote":"x \u003cy\u003e \u0026 z"`) {
		t.Errorf("escaped: %s", esc)
	}
}
