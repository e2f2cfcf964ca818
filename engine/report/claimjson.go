package report

import (
	"bytes"
	"encoding/json"
	"math"

	"github.com/claimcheck/claimcheck/engine/claim"
)

// A finding's claim in the check JSON is where it sits and who stands
// behind it (claimJSON's own fields, from the report's placement), then
// what it says: every meaning and words field of the claim schema, in
// schema order, so a field added to claim.Claim is written without a
// change here. TestCheckJSONCoversTheSchema keeps the two parts complete.

// jsonPair is one key and value of a claim's What.
type jsonPair struct {
	key   string
	value any
}

// inHeader are the schema fields claimJSON writes among its own.
var inHeader = map[string]bool{"kind": true, "negated": true, "modality": true}

// claimWhat is what a claim says, as the check JSON writes it: unset
// fields left out; a count's amounts always (a count of zero is a count),
// but not an unbounded end, which JSON cannot write; only the date a
// claim's kind is dated by (as_of for counts and roles, when for events),
// and only when it says something.
func claimWhat(c *claim.Claim) []jsonPair {
	var out []jsonPair
	for _, f := range claim.Fields {
		if (f.Role != claim.Meaning && f.Role != claim.Words) || inHeader[f.Name] {
			continue
		}
		if v, ok := whatValue(f, c); ok {
			out = append(out, jsonPair{f.Name, v})
		}
	}
	return out
}

func whatValue(f claim.Field, c *claim.Claim) (any, bool) {
	switch f.Kind {
	case claim.NumberField:
		v, _ := f.Value(c).(float64)
		return v, c.Kind == claim.Count && !math.IsInf(v, 0) && !math.IsNaN(v)
	case claim.IntervalField:
		iv, _ := f.Value(c).(claim.Interval)
		return iv, f.Name == datedBy(c) && (iv.Known || iv.Unresolved)
	}
	return f.Value(c), !f.IsZero(c)
}

// datedBy is the field that says when a claim of c's kind holds.
func datedBy(c *claim.Claim) string {
	switch c.Kind {
	case claim.Count, claim.Role:
		return "as_of"
	case claim.Event:
		return "when"
	}
	return ""
}

// MarshalJSON writes claimJSON's own fields, then What.
func (j claimJSON) MarshalJSON() ([]byte, error) {
	type own claimJSON // without this method
	head, err := marshalRaw(own(j))
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.Write(head[:len(head)-1]) // without its closing brace
	for _, p := range j.What {
		k, _ := marshalRaw(p.key)
		v, err := marshalRaw(p.value)
		if err != nil {
			return nil, err
		}
		b.WriteByte(',')
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// marshalRaw is json.Marshal without escaping <, > and &: the encoder
// that writes the document decides that.
func marshalRaw(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}
