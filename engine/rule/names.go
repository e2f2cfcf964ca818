package rule

import (
	"strings"

	"cel.dev/cel-go/cel"
	"cel.dev/cel-go/common/types"
	"cel.dev/cel-go/common/types/ref"
)

// Namer is what Options.Places may also answer: how messages name an id
// (the lexicon's Lexicon.DisplayName and Lexicon.ShortName). Without it, or
// for an id it does not know, name() falls back to the words the article
// used, then to the id.
type Namer interface {
	// DisplayName is the id's name in running text: "the United States",
	// "Qassem Soleimani", "prime minister".
	DisplayName(id string) (string, bool)
	// ShortName is the id's name before a noun: "US" troops.
	ShortName(id string) (string, bool)
}

// names answers name() and owner() for rules.
type names struct{ n Namer }

// name is how a message names id: the lexicon's name, else the article's
// words (text), else the id itself.
func (ns names) name(id, text string) string {
	if ns.n != nil && id != "" {
		if s, ok := ns.n.DisplayName(id); ok {
			return s
		}
	}
	if t := asWritten(text); t != "" {
		return t
	}
	return id
}

// owner is id's name before what it holds: its short name ("US" troops,
// "coalition" troops), else the possessive of its name ("France's troops",
// "the Netherlands' troops").
func (ns names) owner(id, text string) string {
	if ns.n != nil && id != "" {
		if s, ok := ns.n.ShortName(id); ok {
			return s
		}
	}
	n := ns.name(id, text)
	switch {
	case n == "":
		return ""
	case strings.HasSuffix(n, "s"):
		return n + "'"
	}
	return n + "'s"
}

// asWritten is an article's words for a name in running text: spaces
// folded, and a sentence-initial article lower-cased ("The State
// Department" -> "the State Department", "A senior US official" -> "a
// senior US official").
func asWritten(text string) string {
	t := strings.Join(strings.Fields(text), " ")
	for _, art := range []string{"The ", "A ", "An "} {
		if strings.HasPrefix(t, art) {
			return strings.ToLower(art[:1]) + t[1:]
		}
	}
	return t
}

// namingFunc builds name() or owner() (fn: "name" or "owner"), with or
// without the text argument, over the Namer Options.Places may be.
func namingFunc(places Places, fn string, withText bool, doc string) libFunc {
	ns := names{}
	ns.n, _ = places.(Namer)
	of := ns.name
	if fn == "owner" {
		of = ns.owner
	}
	f := libFunc{name: fn, overload: fn + "_string", doc: doc,
		args: []*cel.Type{cel.StringType}, result: cel.StringType, cost: 10, maxSize: 256, argSized: true,
		unary: func(x ref.Val) ref.Val { return types.String(of(str(x), "")) }}
	if withText {
		f.overload, f.unary = fn+"_string_string", nil
		f.args = []*cel.Type{cel.StringType, cel.StringType}
		f.binary = func(x, y ref.Val) ref.Val { return types.String(of(str(x), str(y))) }
	}
	return f
}

// namingFuncs are name() and owner(), each with and without the text.
func namingFuncs(places Places) []libFunc {
	return []libFunc{
		namingFunc(places, "name", false, `name(id) string: how a message names an id: the lexicon's name for an entity, person, title or item ("the United States", "Qassem Soleimani", "prime minister"), else the id`),
		namingFunc(places, "name", true, `name(id, text) string: name(id), but for an id the lexicon does not know, the article's words: name(a.agent, a.agent_text) names people the lexicon never heard of`),
		namingFunc(places, "owner", false, `owner(id) string: the name before what it holds: its short name ("US" troops, "coalition" troops), else its possessive ("France's" troops)`),
		namingFunc(places, "owner", true, `owner(id, text) string: owner(id), with the article's words for an id the lexicon does not know`),
	}
}
