package facts

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/lexicon"
	"github.com/claimcheck/claimcheck/engine/quantity"
)

// fieldErr is a bad value, named by the claim field it sits in, so that
// each format can point at it.
type fieldErr struct {
	key string // "" for the claim as a whole
	msg string
}

// enums are the fields that take one of a few words, as the claim JSON
// writes them.
var enums = []struct {
	key   string
	get   func(c *claim.Claim) string
	allow []string
}{
	{"kind", func(c *claim.Claim) string { return c.Kind }, []string{claim.Count, claim.Event, claim.Role, claim.Quote}},
	{"modality", func(c *claim.Claim) string { return c.Modality }, []string{claim.Current, claim.Past, claim.Planned}},
	{"qualifier", func(c *claim.Claim) string { return c.Qualifier }, []string{quantity.Exact, quantity.About,
		quantity.Nearly, quantity.MoreThan, quantity.AtLeast, quantity.FewerThan, quantity.UpTo, quantity.Range, quantity.Vague}},
	{"as_of", func(c *claim.Claim) string { return c.AsOf.Grain }, grains},
	{"when", func(c *claim.Claim) string { return c.When.Grain }, grains},
}

var grains = []string{claim.Day, claim.Week, claim.Month, claim.Quarter, claim.Year, claim.Decade}

// checkShape reports values no claim can have: an unknown kind, modality,
// qualifier or grain, too many incident entries. Empty values pass.
func checkShape(c *claim.Claim) []fieldErr {
	var out []fieldErr
	for _, e := range enums {
		v := e.get(c)
		if v == "" || contains(e.allow, v) {
			continue
		}
		what := e.key
		if e.key == "as_of" || e.key == "when" {
			what = "grain"
		}
		out = append(out, fieldErr{e.key, fmt.Sprintf("unknown %s %q (want %s)", what, v, strings.Join(e.allow, ", "))})
	}
	if len(c.Incident) > claim.MaxIncident {
		out = append(out, fieldErr{"incident", fmt.Sprintf("at most %d entries, got %d", claim.MaxIncident, len(c.Incident))})
	}
	return out
}

// idFields are the fields that hold lexicon ids, with what the lexicon
// must know them as.
var idFields = []struct {
	key, want string
	get       func(c *claim.Claim) string
}{
	{"holder", "entity", func(c *claim.Claim) string { return c.Holder }},
	{"item", "item", func(c *claim.Claim) string { return c.Item }},
	{"place", "entity", func(c *claim.Claim) string { return c.Place }},
	{"action", "action", func(c *claim.Claim) string { return c.Action }},
	{"agent", "entity", func(c *claim.Claim) string { return c.Agent }},
	{"patient", "entity", func(c *claim.Claim) string { return c.Patient }},
	{"person", "entity", func(c *claim.Claim) string { return c.Person }},
	{"org", "entity", func(c *claim.Claim) string { return c.Org }},
	{"speaker", "entity", func(c *claim.Claim) string { return c.Speaker }},
}

// checkIDs reports ids the lexicon does not know, with the id it has for
// the same words when there is one (place = "Baghdad": "baghdad").
func checkIDs(c *claim.Claim, lex *lexicon.Lexicon) []fieldErr {
	if lex == nil {
		return nil
	}
	var out []fieldErr
	for _, f := range idFields {
		id := f.get(c)
		if id == "" || known(lex, f.want, id) {
			continue
		}
		msg := fmt.Sprintf("%s %q is not an %s id the lexicon knows", f.key, id, f.want)
		if s := suggest(lex, f.want, id); s != "" && s != id {
			msg += fmt.Sprintf(" (did you mean %q?)", s)
		} else {
			msg += " (claimcheck lexicon find NAME gives ids; add new ones with --lexicon)"
		}
		out = append(out, fieldErr{f.key, msg})
	}
	return out
}

func known(lex *lexicon.Lexicon, want, id string) bool {
	var ok bool
	switch want {
	case "entity":
		_, ok = lex.Entity(id)
	case "item":
		_, ok = lex.ItemInfo(id)
	case "action":
		_, ok = lex.ActionInfo(id)
	}
	return ok
}

// suggest is the id the lexicon gives the words of id, written as a name
// ("baghdad international airport", "Killed", "soldiers").
func suggest(lex *lexicon.Lexicon, want, id string) string {
	words := strings.ReplaceAll(id, "-", " ")
	switch want {
	case "entity":
		for _, w := range []string{words, titleCase(words)} {
			if m, ok := lex.Lookup(w); ok {
				return m.ID
			}
		}
	case "item":
		if s, ok := lex.Item(strings.ToLower(words)); ok {
			return s
		}
	case "action":
		if s, ok := lex.Action(strings.ToLower(words)); ok {
			return s
		}
	}
	return ""
}

// titleCase capitalises each word: lexicon names match in any case, but
// not starting in lower case where the name starts with a capital.
func titleCase(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		ws[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(ws, " ")
}

// required are the fields a fact of each kind cannot do without, each
// entry one of its keys: the rules for its kind match nothing without them.
var required = map[string][][]string{
	claim.Count: {{"item"}, {"value", "low"}, {"as_of"}},
	claim.Event: {{"action"}, {"agent", "patient"}},
	claim.Role:  {{"person"}, {"title"}, {"as_of"}},
	claim.Quote: {{"speaker"}, {"quote"}},
}

// checkComplete reports what a fact of its kind lacks, given the keys it
// has; a count's amount must also be an interval that holds its value.
func checkComplete(c *claim.Claim, has map[string]bool) []fieldErr {
	if c.Kind == "" {
		return []fieldErr{{"", `missing "kind" (count, event, role or quote)`}}
	}
	var out []fieldErr
	for _, keys := range required[c.Kind] {
		if !hasAny(has, keys) {
			out = append(out, fieldErr{"", fmt.Sprintf("%s %s fact needs %s", article(c.Kind), c.Kind, quoteOr(keys))})
		}
	}
	if has["low"] != has["high"] {
		out = append(out, fieldErr{"low", "give low and high together"})
	} else if has["low"] && (c.Low > c.High || has["value"] && (c.Value < c.Low || c.Value > c.High)) {
		out = append(out, fieldErr{"low", fmt.Sprintf("want low <= value <= high, got %g, %g, %g", c.Low, c.Value, c.High)})
	}
	return out
}

func hasAny(has map[string]bool, keys []string) bool {
	for _, k := range keys {
		if has[k] {
			return true
		}
	}
	return false
}

func article(word string) string {
	if strings.ContainsAny(word[:1], "aeiou") {
		return "an"
	}
	return "a"
}

func quoteOr(keys []string) string {
	q := make([]string, len(keys))
	for i, k := range keys {
		q[i] = fmt.Sprintf("%q", k)
	}
	return strings.Join(q, " or ")
}

// unique drops repeated paths: a file given twice would double its claims
// and every finding about them.
func unique(paths []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, p := range paths {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// claimFields are the claim JSON's field names.
var claimFields = func() map[string]bool {
	m := map[string]bool{}
	t := reflect.TypeOf(claim.Claim{})
	for i := 0; i < t.NumField(); i++ {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if name != "" && name != "-" {
			m[name] = true
		}
	}
	return m
}()
