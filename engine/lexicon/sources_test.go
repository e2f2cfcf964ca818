package lexicon

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestEntitySources: where each entity is written, in load order; a load
// over the default adds its own file without changing the default's.
func TestEntitySources(t *testing.T) {
	p := filepath.Join(t.TempDir(), "newsroom.toml")
	if err := os.WriteFile(p, []byte("[[entity]]\nid = \"mali\"\naliases = [\"Republic of Mali\"]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	before := Default().EntitySources("mali")
	if len(before) != 1 || before[0].Path != EmbeddedDir+"data/world.toml" || !before[0].Embedded || before[0].Line < 1 {
		t.Fatalf("default sources of mali = %+v", before)
	}
	l, err := Load(Default(), p)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := l.EntitySources("mali"), append(before, Source{Path: p, Line: 2}); !reflect.DeepEqual(got, want) {
		t.Errorf("sources = %+v, want %+v", got, want)
	}
	if got := Default().EntitySources("mali"); !reflect.DeepEqual(got, before) {
		t.Errorf("the default changed: %+v", got)
	}
	if got := l.EntitySources("no-such-entity"); len(got) != 0 {
		t.Errorf("unknown id: %+v", got)
	}
}
