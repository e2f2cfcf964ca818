package testkit

import (
	"slices"
	"strings"
	"testing"
)

func TestArticleLines(t *testing.T) {
	lines := ArticleLines(t)
	if len(lines) < 100 {
		t.Fatalf("%d fixture lines, want the five articles' hundreds", len(lines))
	}
	if !slices.ContainsFunc(lines, func(l string) bool { return strings.Contains(l, "Iraq") }) {
		t.Error("no fixture line mentions Iraq")
	}
}

func TestSoup(t *testing.T) {
	a := slices.Collect(Soup("one two 3", 7))
	b := slices.Collect(Soup("one two 3", 7))
	c := slices.Collect(Soup("one two 3", 8))
	if len(a) != 2000 && len(a) != 20000 {
		t.Fatalf("%d sentences", len(a))
	}
	if !slices.Equal(a, b) {
		t.Error("same seed, different sentences")
	}
	if slices.Equal(a, c) {
		t.Error("different seeds, same sentences")
	}
	for _, s := range a[:100] {
		if strings.Trim(s, "onetw3 ") != "" || s == "" {
			t.Fatalf("sentence %q is not made of the vocabulary", s)
		}
	}
}
