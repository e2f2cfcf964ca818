package rule

import (
	"testing"

	"github.com/claimcheck/claimcheck/engine/claim"
)

// TestCELSeesTheSchema checks that rules see every claim field under its
// schema name, with the type its kind says.
func TestCELSeesTheSchema(t *testing.T) {
	e, err := newEnvs(Options{}.withDefaults())
	if err != nil {
		t.Fatal(err)
	}
	celType := map[claim.FieldKind]string{
		claim.StringField: "string", claim.BoolField: "bool", claim.IntField: "int",
		claim.NumberField: "double", claim.DateField: "google.protobuf.Timestamp",
		claim.IntervalField: "claim.Interval", claim.ListField: "list(string)",
	}
	for _, f := range claim.Fields {
		ast, iss := e.claim.Compile("c." + f.Name)
		if iss.Err() != nil {
			t.Errorf("c.%s: %v", f.Name, iss.Err())
			continue
		}
		if got := ast.OutputType().String(); got != celType[f.Kind] {
			t.Errorf("c.%s is %s in CEL, want %s (%s)", f.Name, got, celType[f.Kind], f.Kind)
		}
	}
}
