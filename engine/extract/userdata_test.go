package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/engine/lexicon"
)

// TestUserActionLikeBuiltIn: an action a newsroom adds in its own TOML,
// with a frame and a measure, yields the claims a built-in action does:
// the same tally, event and roles, word for word but the verb.
func TestUserActionLikeBuiltIn(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "newsroom.toml")
	src := `
[[action]]
id = "quarantine"
verbs = ["quarantine", "quarantines", "quarantined", "quarantining"]
nouns = ["quarantine"]
frame = { possessor = "patient" }
measure = { class = "person" }

[[words]]
id = "not-events"
words = ["tweet"]
`
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	lex, err := lexicon.Load(lexicon.Default(), path)
	if err != nil {
		t.Fatal(err)
	}
	x := New(lex, Options{})
	claims := func(verb string) []string {
		text := "Health officials in Manila " + verb + " 40 passengers at the airport on Monday."
		cs, err := x.Text("t", text, day("2020-02-05"))
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, c := range cs {
			out = append(out, strings.ReplaceAll(describe(c), verb, "VERB"))
		}
		return out
	}
	builtin := claims("evacuated")
	user := claims("quarantined")
	if len(builtin) == 0 {
		t.Fatal("the built-in action gave no claims")
	}
	got := strings.ReplaceAll(strings.Join(user, "\n"), "quarantine", "ACTION")
	want := strings.ReplaceAll(strings.Join(builtin, "\n"), "evacuate", "ACTION")
	if got != want {
		t.Errorf("a user's action reads differently from a built-in one:\nuser:\n%s\nbuilt-in:\n%s", got, want)
	}
	if !strings.Contains(got, "count") {
		t.Errorf("no tally from the user's action:\n%s", got)
	}
}
