package main

import (
	"bufio"
	"strings"
	"testing"
)

func TestVariants(t *testing.T) {
	tests := map[string]string{
		"Karbalā’":      "Karbalā",
		"Al Fallūjah":   "Al Fallūjah|Fallūjah",
		"Ar Ramādī":     "Ar Ramādī|Ramādī",
		"Ba‘qūbah":      "Baqūbah",
		"El Paso":       "El Paso", // only the Arabic article is dropped
		"Al":            "Al",
		"Sab‘ al Būr":   "Sab al Būr",
		"Washington":    "Washington",
		"Ash Shāmīyah":  "Ash Shāmīyah|Shāmīyah",
		"Qal‘at Bīshah": "Qalat Bīshah",
	}
	for in, want := range tests {
		if g := strings.Join(variants(in), "|"); g != want {
			t.Errorf("variants(%q) = %q, want %q", in, g, want)
		}
	}
}

func TestPlural(t *testing.T) {
	for in, want := range map[string]string{
		"Iraqi": "Iraqis", "American": "Americans", "Chinese": "", "British": "", "French": "",
		"Swiss": "", "Afghan": "Afghans", "Englishman": "", "Malagasy": "", "Greenlandic": "", "Motswana": "",
	} {
		if g := plural(in); g != want {
			t.Errorf("plural(%q) = %q, want %q", in, g, want)
		}
	}
}

func TestClaims(t *testing.T) {
	g := &gen{claims: map[string]string{}, ids: map[string]bool{}}
	if !g.claim("georgia", "Georgia") || g.claim("georgia-us", "GEORGIA") || !g.claim("georgia", "Géorgie") {
		t.Error("a form goes to its first claimant only")
	}
	if a, b := g.newID("Tripoli", "Libya"), g.newID("Tripoli", "Lebanon"); a != "tripoli" || b != "tripoli-lebanon" {
		t.Errorf("ids %q %q", a, b)
	}
}

func TestWriteEntity(t *testing.T) {
	var b strings.Builder
	w := bufio.NewWriter(&b)
	writeEntity(w, &entity{id: "x", typ: "city", name: `Quote "Q" \ back`, aliases: []string{"a\tb"}, within: []string{"y"}, capitalOf: "y"})
	w.Flush()
	want := "\n[[entity]]\nid = \"x\"\ntype = \"city\"\nname = \"Quote \\\"Q\\\" \\\\ back\"\naliases = [\"a\\u0009b\"]\nwithin = [\"y\"]\ncapital_of = \"y\"\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

func TestSplitDemonyms(t *testing.T) {
	if g := strings.Join(splitDemonyms("Antiguan, Barbudan", "Kittitian or Nevisian", "Antiguan"), "|"); g != "Antiguan|Barbudan|Kittitian|Nevisian" {
		t.Errorf("got %s", g)
	}
}
