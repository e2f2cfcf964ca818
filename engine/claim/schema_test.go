package claim

import (
	"testing"
	"time"
)

// TestSchema fails when Claim gains a field the schema does not place:
// give it a role in schema.go's roles (and read what that role asks of
// the places that handle claims).
func TestSchema(t *testing.T) {
	seen := map[string]bool{}
	for _, f := range Fields {
		switch {
		case f.Name == "" || f.Name == "-":
			t.Errorf("Claim.%s has no json name: every field is named in JSON, CEL and rule tests", f.GoName)
		case seen[f.Name]:
			t.Errorf("Claim.%s: json name %q used twice", f.GoName, f.Name)
		case f.Role == "":
			t.Errorf("Claim.%s (%q) has no role: add it to roles in schema.go", f.GoName, f.Name)
		case f.Kind == "":
			t.Errorf("Claim.%s (%q) has a type the schema does not know", f.GoName, f.Name)
		}
		seen[f.Name] = true
	}
	for name := range roles {
		if !seen[name] {
			t.Errorf("roles names %q, which Claim does not have", name)
		}
	}
}

func TestFieldAccess(t *testing.T) {
	c := &Claim{Holder: "united-states", Value: 5200, Negated: true, Incident: []string{"a", "b"},
		AsOf: DayOf(time.Date(2020, 6, 12, 0, 0, 0, 0, time.UTC))}
	for name, want := range map[string]string{
		"holder": "united-states", "value": "5200", "negated": "true", "incident": "a,b",
		"as_of": "2020-06-12", "when": "unknown", "published": "", "line": "0",
	} {
		f, ok := FieldNamed(name)
		if !ok {
			t.Fatalf("no field %q", name)
		}
		if got := f.Text(c); got != want {
			t.Errorf("%s: Text = %q, want %q", name, got, want)
		}
	}
	place, _ := FieldNamed("place")
	if !place.IsZero(c) {
		t.Error("place should be unset")
	}
	if err := place.Set(c, "iraq"); err != nil || c.Place != "iraq" || place.IsZero(c) {
		t.Errorf("Set place: %v, %q", err, c.Place)
	}
	if err := place.Set(c, 3); err == nil {
		t.Error("Set place to an int: want an error")
	}
	incident, _ := FieldNamed("incident")
	if incident.IsZero(c) || !incident.IsZero(&Claim{Incident: []string{}}) {
		t.Error("incident: an empty list is unset, a list with names is not")
	}
}
