package lexicon

import (
	"strings"
	"unicode"
)

// How findings name things. Rules compare ids ("united-states"); a desk
// reads names ("the United States", "US troops"). DisplayName and ShortName
// turn one into the other, so that messages speak the reader's language.

// DisplayName is how a message names id in running text: an entity's name,
// with "the" where English puts one ("the United States", "the Pentagon",
// "Qassem Soleimani"), or a title's or an item's name ("prime minister",
// "troops"). It is false for an id the lexicon does not know.
func (l *Lexicon) DisplayName(id string) (string, bool) {
	if e, ok := l.entities[id]; ok && e.Name != "" {
		if takesThe(e) {
			return "the " + e.Name, true
		}
		return e.Name, true
	}
	if t, ok := l.titles[id]; ok && t.Name != "" {
		return t.Name, true
	}
	if it, ok := l.items[id]; ok && it.Name != "" {
		return it.Name, true
	}
	return "", false
}

// ShortName is the entity's name as it stands before a noun: "US" troops,
// "ISIS" fighters, "coalition" troops. It is the entity's short name when
// the data gives one, else its first acronym ("US", "UK", "NATO"); false
// for a person, and for an entity with neither (a message then writes the
// possessive: "France's troops"). Places other than countries have no
// acronym short name: "BIAP" is no way to name an airport to a reader.
func (l *Lexicon) ShortName(id string) (string, bool) {
	e, ok := l.entities[id]
	if !ok || e.Type == "person" {
		return "", false
	}
	if e.Short != "" {
		return e.Short, true
	}
	if placeTypes[e.Type] {
		return "", false
	}
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if plainAcronym(n) {
			return n, true
		}
	}
	return "", false
}

// placeTypes are the kinds of entity that are places, not bodies.
var placeTypes = map[string]bool{"city": true, "province": true, "place": true, "region": true, "territory": true}

// plainAcronym reports whether s is written as a plain acronym: two to five
// capitals (digits allowed after the first), no dots ("US", "ISIS", "G7";
// not "U.S.", "Isis" or "IS-K").
func plainAcronym(s string) bool {
	if len(s) < 2 || len(s) > 5 {
		return false
	}
	for i, r := range s {
		if !(r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// theWords are the last words of names that take "the" ("the Pentagon"
// aside, which its data says): English puts it before a name that ends
// in a common noun ("the State Department", "the Islamic State", "the
// United Arab Emirates").
var theWords = map[string]bool{
	"agency": true, "alliance": true, "army": true, "assembly": true, "bank": true,
	"bureau": true, "command": true, "commission": true, "committee": true, "corps": true,
	"council": true, "court": true, "cross": true, "department": true, "division": true,
	"east": true, "embassy": true, "emirates": true, "force": true, "forces": true,
	"front": true, "fund": true, "government": true, "guard": true, "guards": true,
	"gulf": true, "house": true, "islands": true, "kingdom": true, "league": true,
	"military": true, "ministry": true, "mission": true, "mountains": true, "movement": true,
	"nations": true, "navy": true, "office": true, "organisation": true, "organization": true,
	"parliament": true, "party": true, "region": true, "republic": true, "senate": true,
	"service": true, "state": true, "states": true, "strip": true, "union": true,
	"units": true, "zone": true,
}

// noThe are the kinds of entity whose names never take "the": people,
// cities and news outlets ("The National" carries its own).
var noThe = map[string]bool{"person": true, "city": true, "outlet": true}

// takesThe says whether the entity's name takes "the" in running text:
// as its data says (the = true or false), else when the name ends in a
// common noun or holds "of", "in" or "for" ("the Government of Iraq", "the
// US Embassy in Baghdad").
func takesThe(e *Entity) bool {
	if e.The != nil {
		return *e.The
	}
	if noThe[e.Type] || strings.HasPrefix(e.Name, "The ") {
		return false
	}
	words := strings.FieldsFunc(e.Name, func(r rune) bool { return unicode.IsSpace(r) })
	if len(words) < 2 {
		return false
	}
	for _, w := range words[1:] {
		if w == "of" || w == "in" || w == "for" {
			return true
		}
	}
	return theWords[strings.ToLower(words[len(words)-1])]
}
