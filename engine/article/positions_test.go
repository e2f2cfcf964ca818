package article

import (
	"errors"
	"fmt"
	"testing"

	"github.com/claimcheck/claimcheck/engine/finding"
)

// Errors the TOML decoder cannot place point at the key however it is
// quoted or written, in noise files and in TOML front matter.
func TestTOMLErrorPositions(t *testing.T) {
	noise := []struct{ name, text, want string }{
		{"single-quoted key", "[[pattern]]\nname = \"x\"\nmatch = 'a'\n'regex' = 'b'\n", "4:1"},
		{"pattern not an array", "[pattern]\nname = \"x\"\n", "1:1"},
	}
	for _, tt := range noise {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, t.TempDir(), "n.toml", tt.text)
			_, err := LoadNoise(nil, p)
			var prob finding.Problem
			if !errors.As(err, &prob) {
				t.Fatalf("err %v, want a finding.Problem", err)
			}
			if got := fmt.Sprintf("%d:%d", prob.Line, prob.Col); got != tt.want {
				t.Errorf("got %v, want at %s", err, tt.want)
			}
		})
	}
	_, err := Parse("a.md", []byte("+++\n'title' = 5\n+++\nText.\n"), Options{})
	var prob finding.Problem
	if !errors.As(err, &prob) || prob.Line != 2 || prob.Col != 1 {
		t.Errorf("front matter: got %v, want a.md:2:1", err)
	}
}
