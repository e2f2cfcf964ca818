package claim

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"time"
)

// The claim schema: Claim's fields, listed once. The struct and its json
// tags give each field's name (the same in JSON, in CEL and in rule tests'
// TOML) and type; roles below says what each is for. Everything else that
// walks a claim's fields (the check JSON, fingerprints, rule tests, the
// extract listing) derives from Fields, and TestSchema fails when Claim
// gains a field that roles does not place.

// FieldRole says what a field is for, so that each place that handles
// claims knows what to do with a new one.
type FieldRole string

// The field roles.
const (
	// Position is where the claim sits: ids, paths, offsets. Never part of
	// what a claim means.
	Position FieldRole = "position"
	// Provenance is who published the claim and how it reached us: outlet,
	// dates, draft, verified fact.
	Provenance FieldRole = "provenance"
	// Meaning is what the claim says: its kind, stance, entities, amounts
	// and dates. Fingerprints hash it; reports show it.
	Meaning FieldRole = "meaning"
	// Words are the article's words for an entity (*_text): shown, never
	// compared.
	Words FieldRole = "words"
	// Derived fields are filled by the rule engine (agent_side).
	Derived FieldRole = "derived"
)

// roles places every field of Claim, by JSON name.
var roles = map[string]FieldRole{
	"id": Position, "article": Position, "path": Position, "text": Position,
	"start": Position, "end": Position, "line": Position, "col": Position,
	"focus_start": Position, "focus_end": Position,

	"outlet": Provenance, "published": Provenance, "dated": Provenance, "draft": Provenance,
	"verified": Provenance, "source": Provenance, "estimated": Provenance,

	"kind": Meaning, "negated": Meaning, "modality": Meaning,
	"holder": Meaning, "holder_from": Meaning, "item": Meaning, "value": Meaning, "low": Meaning,
	"high": Meaning, "qualifier": Meaning, "as_of": Meaning,
	"action": Meaning, "agent": Meaning, "patient": Meaning, "instrument": Meaning, "when": Meaning,
	"place": Meaning, "place_from": Meaning, "target": Meaning, "item_class": Meaning,
	"running": Meaning, "partial": Meaning, "incident": Meaning, "peak": Meaning,
	"person": Meaning, "title": Meaning, "org": Meaning, "speaker": Meaning, "quote": Meaning,

	"holder_text": Words, "item_text": Words, "agent_text": Words, "patient_text": Words,
	"instrument_text": Words, "place_text": Words, "target_text": Words, "person_text": Words,
	"org_text": Words, "speaker_text": Words,

	"agent_side": Derived, "speaker_side": Derived,
}

// FieldKind is the type of a field's value.
type FieldKind string

// The field kinds.
const (
	StringField   FieldKind = "string"
	BoolField     FieldKind = "bool"
	IntField      FieldKind = "int"
	NumberField   FieldKind = "number"
	DateField     FieldKind = "date" // time.Time, written DateLayout
	IntervalField FieldKind = "interval"
	ListField     FieldKind = "list" // []string
)

// Field is one field of Claim.
type Field struct {
	Name   string // JSON name: "holder", "as_of"; CEL and rule tests use it too
	GoName string // "Holder", "AsOf"
	Kind   FieldKind
	Role   FieldRole
	index  int
}

// Fields are Claim's fields in declaration order, which is the order of
// the extract JSON. A field roles does not place has an empty Role.
var Fields = schema()

var byName = func() map[string]Field {
	m := make(map[string]Field, len(Fields))
	for _, f := range Fields {
		m[f.Name] = f
	}
	return m
}()

// FieldNamed returns the field with the given JSON name.
func FieldNamed(name string) (Field, bool) {
	f, ok := byName[name]
	return f, ok
}

var (
	timeType     = reflect.TypeOf(time.Time{})
	intervalType = reflect.TypeOf(Interval{})
)

// schema reads Claim's fields once.
func schema() []Field {
	t := reflect.TypeOf(Claim{})
	out := make([]Field, 0, t.NumField())
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
		out = append(out, Field{Name: name, GoName: sf.Name, Kind: kindOf(sf.Type), Role: roles[name], index: i})
	}
	return out
}

// kindOf is the FieldKind of a Go type; "" for a type the schema does not
// know, which TestSchema reports.
func kindOf(t reflect.Type) FieldKind {
	switch {
	case t == timeType:
		return DateField
	case t == intervalType:
		return IntervalField
	}
	switch t.Kind() {
	case reflect.String:
		return StringField
	case reflect.Bool:
		return BoolField
	case reflect.Int:
		return IntField
	case reflect.Float64:
		return NumberField
	case reflect.Slice:
		if t.Elem().Kind() == reflect.String {
			return ListField
		}
	}
	return ""
}

// Value is the field's value in c: a string, bool, int, float64,
// time.Time, Interval or []string.
func (f Field) Value(c *Claim) any {
	return reflect.ValueOf(c).Elem().Field(f.index).Interface()
}

// IsZero reports whether the field is unset in c (an empty list counts as
// unset).
func (f Field) IsZero(c *Claim) bool {
	v := reflect.ValueOf(c).Elem().Field(f.index)
	if v.Kind() == reflect.Slice {
		return v.Len() == 0
	}
	return v.IsZero()
}

// Text is the field's value as one string, the same way everywhere (keys,
// fingerprints, listings): numbers shortest ("5200", "2.5"), dates
// DateLayout ("" when unset), intervals as Interval.String, lists joined
// with commas.
func (f Field) Text(c *Claim) string {
	switch v := f.Value(c).(type) {
	case string:
		return v
	case bool:
		return strconv.FormatBool(v)
	case int:
		return strconv.Itoa(v)
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	case time.Time:
		if v.IsZero() {
			return ""
		}
		return v.Format(DateLayout)
	case Interval:
		return v.String()
	case []string:
		return strings.Join(v, ",")
	}
	return fmt.Sprint(f.Value(c))
}

// Set stores v, which must have the field's Go type, in c.
func (f Field) Set(c *Claim, v any) error {
	dst := reflect.ValueOf(c).Elem().Field(f.index)
	src := reflect.ValueOf(v)
	if !src.IsValid() || src.Type() != dst.Type() {
		return fmt.Errorf("%s: want a %s, got %T", f.Name, f.Kind, v)
	}
	dst.Set(src)
	return nil
}
