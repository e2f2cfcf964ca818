package claim

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestClaimJSON(t *testing.T) {
	zero := Claim{ID: "a#1", Kind: Count, Holder: "united-states", Item: "troops",
		Published: time.Date(2021, 12, 31, 0, 0, 0, 0, time.UTC), Dated: true,
		AsOf: DayOf(time.Date(2021, 12, 31, 0, 0, 0, 0, time.UTC))}
	b, err := json.Marshal(zero)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	assert.Equal(t, 0.0, m["value"], "a count of zero is a fact, not an absence")
	assert.Equal(t, 0.0, m["low"])
	assert.Equal(t, "2021-12-31", m["published"])
	assert.Equal(t, map[string]any{"from": "2021-12-31", "to": "2021-12-31", "grain": "day"}, m["as_of"])

	event := Claim{ID: "a#2", Kind: Event, Action: "withdraw"}
	b, err = json.Marshal(event)
	require.NoError(t, err)
	m = nil
	require.NoError(t, json.Unmarshal(b, &m))
	assert.NotContains(t, m, "value", "only counts carry amounts")
	assert.NotContains(t, m, "published", "undated")
	assert.Nil(t, m["when"])
}

func TestIntervalJSONRoundTrip(t *testing.T) {
	in := Interval{From: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2020, 9, 20, 0, 0, 0, 0, time.UTC), Grain: Month, Known: true, Open: true}
	b, err := json.Marshal(in)
	require.NoError(t, err)
	assert.JSONEq(t, `{"from":"2020-01-01","to":"2020-09-20","grain":"month","open":true}`, string(b))
	var out Interval
	require.NoError(t, json.Unmarshal(b, &out))
	assert.Equal(t, in, out)
}
