package lexicon

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// got renders matches compactly for table tests: text=id/via, with
// "->id" for a capital's country.
func got(ms []Match) string {
	var s []string
	for _, m := range ms {
		x := fmt.Sprintf("%s=%s/%s", m.Text, m.ID, m.Via)
		if m.StandsFor != "" {
			x += "->" + m.StandsFor
		}
		s = append(s, x)
	}
	return strings.Join(s, " ")
}

func TestFind(t *testing.T) {
	l := Default()
	tests := []struct{ text, want string }{
		// one person, many spellings
		{"Qassem Soleimani", "Qassem Soleimani=qassem-soleimani/name"},
		{"Iranian Gen. Qasem Soleimani", "Iranian=iran/demonym Qasem Soleimani=qassem-soleimani/alias"},
		{"leader Qassem Suleimani in January", "Qassem Suleimani=qassem-soleimani/alias"},
		{"Suleimani was killed", "Suleimani=qassem-soleimani/alias"},
		{"Qāsem Soleimani", "Qāsem Soleimani=qassem-soleimani/alias"},
		// one group
		{"the Islamic State (ISIS) group", "Islamic State=isis/name ISIS=isis/alias"},
		{"fighting Daesh militants", "Daesh=isis/alias"},
		{"ISIL and IS fighters", "ISIL=isis/alias IS=isis/alias"},
		{"the Islamic State group", "Islamic State group=isis/alias"},
		// one country
		{"the United States announced", "United States=united-states/name"},
		{"US troops", "US=united-states/alias"},
		{"the U.S. mission", "U.S.=united-states/alias"},
		{"in the U.S.", "U.S.=united-states/alias"},
		{"America and Iraq", "America=united-states/alias Iraq=iraq/name"},
		{"American soldiers", "American=united-states/demonym"},
		{"Washington and Baghdad held talks", "Washington=washington/name->united-states Baghdad=baghdad/name->iraq"},
		{"the US-led coalition", "US-led coalition=coalition/alias"},
		{"tensions between US and pro-Iranian groups", "US=united-states/alias Iranian=iran/demonym"},
		// case rules: acronyms only in capitals, names not from lower case
		{"he told us so", ""},
		{"Isis fighters", "Isis=isis/alias"},
		{"IRAQ REPORTS CASES", "IRAQ=iraq/name"},
		{"nice weather in iraq", ""},
		{"Iraqi forces", "Iraqi forces=iraqi-security-forces/alias"},
		{"Iraqi officials", "Iraqi=iraq/demonym"},
		// possessives: the span leaves out the 's, either apostrophe
		{"Iraq’s new Prime Minister", "Iraq=iraq/name"},
		{"Iraq's new Prime Minister", "Iraq=iraq/name"},
		{"Mustafa al-Kadhimi’s visit", "Mustafa al-Kadhimi=mustafa-al-kadhimi/name"},
		{"Daesh’s defeat", "Daesh=isis/alias"},
		// longest match
		{"near the Baghdad International Airport in Iraq", "Baghdad International Airport=baghdad-international-airport/name Iraq=iraq/name"},
		{"Iraq’s Ministry of Foreign Affairs", "Iraq’s Ministry of Foreign Affairs=iraqi-foreign-ministry/alias"},
		{"Washington Post reporters", "Washington Post=washington-post/name"},
		// places inside places, and a metonym
		{"ERBIL, Kurdistan Region –", "ERBIL=erbil/name Kurdistan Region=kurdistan-region/name"},
		{"the Kremlin said", "Kremlin=russia/metonym"},
		{"the Hamrin Mountains of northern Iraq", "Hamrin Mountains=hamrin-mountains/name Iraq=iraq/name"},
		{"the Syrian city of Baghouz", "Syrian=syria/demonym Baghouz=baghouz/name"},
		{"Paris and Abuja", "Paris=paris/name->france Abuja=abuja/name->nigeria"},
	}
	for _, tt := range tests {
		ms := l.Find(tt.text)
		if g := got(ms); g != tt.want {
			t.Errorf("Find(%q)\n got %s\nwant %s", tt.text, g, tt.want)
		}
		for _, m := range ms {
			if tt.text[m.Start:m.End] != m.Text {
				t.Errorf("Find(%q): span %v is %q, Text %q", tt.text, m.Span, tt.text[m.Start:m.End], m.Text)
			}
		}
	}
}

func TestLookup(t *testing.T) {
	l := Default()
	for text, want := range map[string]string{
		"U.S.": "united-states/alias", "Daesh": "isis/alias", "Iraqi": "iraq/demonym", "Kremlin": "russia/metonym",
		"the Kremlin": "", "us": "", "Iraq and Syria": "", "": "",
	} {
		m, ok := l.Lookup(text)
		g := ""
		if ok {
			g = m.ID + "/" + m.Via
		}
		if g != want {
			t.Errorf("Lookup(%q) = %q, want %q", text, g, want)
		}
	}
}

func TestWithin(t *testing.T) {
	l := Default()
	tests := []struct {
		inner, outer string
		want         bool
	}{
		{"baghdad-international-airport", "baghdad", true},
		{"baghdad-international-airport", "iraq", true},
		{"baghdad-international-airport", "middle-east", true},
		{"baghdad-international-airport", "asia", true},
		{"erbil", "kurdistan-region", true},
		{"erbil", "iraq", true},
		{"kurdistan-region", "iraq", true},
		{"mosul", "iraq", true},
		{"baghouz", "syria", true},
		{"hamrin-mountains", "iraq", true},
		{"quds-force", "iran", true},
		{"paris", "france", true},
		{"houston", "texas", true}, // a city within its province, from the city data
		{"houston", "united-states", true},
		{"texas", "houston", false},
		{"iraq", "iraq", true},
		{"iraq", "baghdad", false},
		{"baghouz", "iraq", false},
		{"erbil", "syria", false},
		{"no-such-place", "no-such-place", false},
		{"mosul", "no-such-place", false},
	}
	for _, tt := range tests {
		if g := l.Within(tt.inner, tt.outer); g != tt.want {
			t.Errorf("Within(%q, %q) = %v, want %v", tt.inner, tt.outer, g, tt.want)
		}
	}
	if g, want := strings.Join(l.Containers("baghdad-international-airport"), " "), "baghdad iraq western-asia middle-east asia"; g != want {
		t.Errorf("Containers(airport) = %s, want %s", g, want)
	}
}

// TestDefaultCoverage samples the generated world data: each country is
// found by its name and demonym, and its capital by name, standing for it.
func TestDefaultCoverage(t *testing.T) {
	l := Default()
	tests := []struct{ country, id, demonym, capital string }{
		{"France", "france", "French", "Paris"},
		{"Nigeria", "nigeria", "Nigerian", "Abuja"},
		{"Iraq", "iraq", "Iraqi", "Baghdad"},
		{"Iran", "iran", "Iranian", "Tehran"},
		{"United States", "united-states", "American", "Washington"},
		{"Germany", "germany", "German", "Berlin"},
		{"Japan", "japan", "Japanese", "Tokyo"},
		{"Brazil", "brazil", "Brazilian", "Brasília"},
		{"Kenya", "kenya", "Kenyan", "Nairobi"},
		{"Syria", "syria", "Syrian", "Damascus"},
		{"Afghanistan", "afghanistan", "Afghan", "Kabul"},
		{"Ukraine", "ukraine", "Ukrainian", "Kyiv"},
		{"Türkiye", "turkiye", "Turkish", "Ankara"},
	}
	one := func(text string) *Match {
		ms := l.Find(text)
		if len(ms) != 1 || ms[0].Text != text {
			t.Errorf("Find(%q) = %s, want one whole match", text, got(ms))
			return nil
		}
		return &ms[0]
	}
	for _, tt := range tests {
		if m := one(tt.country); m != nil && (m.ID != tt.id || m.Type != "country") {
			t.Errorf("%s: got %s (%s)", tt.country, m.ID, m.Type)
		}
		if m := one(tt.demonym); m != nil && (m.ID != tt.id || m.Via != ViaDemonym) {
			t.Errorf("%s: got %s/%s", tt.demonym, m.ID, m.Via)
		}
		if m := one(tt.capital); m != nil {
			if m.StandsFor != tt.id || m.Type != "city" || !l.Within(m.ID, tt.id) {
				t.Errorf("%s: got %s (%s) standing for %q", tt.capital, m.ID, m.Type, m.StandsFor)
			}
		}
	}
	// Mosul, with no lexicon entry written by hand, comes from the city data.
	if m := one("Mosul"); m != nil && !l.Within(m.ID, "iraq") {
		t.Errorf("Mosul: %s not within iraq", m.ID)
	}
}

// TestEveryEntityFindsItself: each country has a name, and every entity's
// name and aliases are found as themselves; a form the matcher cannot find
// (a typo in the data, a case rule that shuts it out) fails here.
func TestEveryEntityFindsItself(t *testing.T) {
	l := Default()
	countries := 0
	for _, e := range l.Entities() {
		if e.Name == "" || e.Type == "" {
			t.Errorf("entity %q has no name or type", e.ID)
		}
		if e.Type == "country" {
			countries++
		}
		for _, form := range append([]string{e.Name}, e.Aliases...) {
			ms := l.Find(form)
			if len(ms) != 1 || ms[0].ID != e.ID || ms[0].Text != form {
				t.Errorf("%s: Find(%q) = %s", e.ID, form, got(ms))
			}
		}
	}
	if countries < 190 {
		t.Errorf("%d countries, want at least 190", countries)
	}
}

func TestItemsActionsTitles(t *testing.T) {
	l := Default()
	items := map[string]string{
		"troops": "troops", "soldiers": "troops", "Forces": "troops", "service members": "troops",
		"personnel": "troops", "military personnel": "troops", "boots on the ground": "troops",
		"COVID-19 cases": "cases", "cases": "cases", "bases": "bases", "civilians": "civilians", "victims": "people", "deaths": "deaths",
	}
	for w, want := range items {
		if g, ok := l.Item(w); !ok || g != want {
			t.Errorf("Item(%q) = %q, %v; want %q", w, g, ok, want)
		}
	}
	if g, ok := l.Item("bananas"); ok {
		t.Errorf("Item(bananas) = %q", g)
	}
	actions := map[string]string{
		"killed": "kill", "kills": "kill", "assassinated": "kill", "assassination": "kill",
		"airstrike": "strike", "air strike": "strike", "drone strike": "strike", "struck": "strike",
		"withdrew": "withdraw", "pulled out": "withdraw", "pull-out": "withdraw", "pullout": "withdraw",
		"drawdown": "withdraw", "withdrawal": "withdraw", "redeploy": "redeploy", "deployed": "deploy",
		"announced": "announce", "defeat": "defeat", "talks": "meet", "meeting": "meet",
		"agreement": "agree", "reduce": "reduce", "invasion": "invade", "expel": "expel", "said": "say",
	}
	for w, want := range actions {
		if g, ok := l.Action(w); !ok || g != want {
			t.Errorf("Action(%q) = %q, %v; want %q", w, g, ok, want)
		}
	}
	if g, ok := l.Action("pulled out of"); ok {
		t.Errorf("Action(%q) = %q: only whole forms", "pulled out of", g)
	}
	titles := map[string]string{
		"ambassador": "ambassador", "Prime Minister": "prime-minister", "PM": "prime-minister",
		"president": "president", "secretary of state": "secretary-of-state", "Secretary of State": "secretary-of-state",
		"defense minister": "defense-minister", "Gen.": "general", "general": "general",
		"press secretary": "press-secretary", "commander": "commander",
		"assistant secretary of State for Near Eastern Affairs": "assistant-secretary-of-state-near-eastern-affairs",
	}
	for w, want := range titles {
		if g, ok := l.Title(w); !ok || g.ID != want {
			t.Errorf("Title(%q) = %v, %v; want %q", w, g, ok, want)
		}
	}
	if _, ok := l.Title("pm"); ok {
		t.Errorf("Title(pm) matched: abbreviations in capitals are case-sensitive")
	}

	terms := func(ts []Term) string {
		var s []string
		for _, x := range ts {
			kind := ""
			if x.Verb {
				kind += "v"
			}
			if x.Noun {
				kind += "n"
			}
			s = append(s, x.Text+"="+x.ID+"/"+kind)
		}
		return strings.Join(s, " ")
	}
	findTests := []struct {
		f          func(string) []Term
		text, want string
	}{
		{l.FindActions, "an American drone strike killed Iranian military leader", "drone strike=strike/n killed=kill/v"},
		{l.FindActions, "US forces pulled out of Iraq in 2011", "pulled out=withdraw/v"},
		{l.FindActions, "U.S. strikes on pro-Iranian Iraqi militias", "strikes=strike/vn"},
		{l.FindItems, "around 5,000 U.S. troops and 2,500 additional coalition forces", "troops=troops/n forces=troops/n"},
		{l.FindItems, "8,331 new COVID-19 cases", "COVID-19 cases=cases/n"},
		{l.FindTitles, "said Joey Hood, acting assistant secretary of State for Near Eastern Affairs.", "assistant secretary of State for Near Eastern Affairs=assistant-secretary-of-state-near-eastern-affairs/n"},
		{l.FindTitles, "Iranian Quds Force Gen. Qassem Soleimani", "Gen.=general/n"},
		{l.FindTitles, "White House Press Secretary Jen Psaki", "Press Secretary=press-secretary/n"},
	}
	for _, tt := range findTests {
		if g := terms(tt.f(tt.text)); g != tt.want {
			t.Errorf("Find terms in %q\n got %s\nwant %s", tt.text, g, tt.want)
		}
	}
}

func writeFile(t testing.TB, dir, name, src string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadMerges(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.toml", `
[[entity]]
id = "iraq"
aliases = ["Mesopotamia"]

[[entity]]
id = "wagner-group"
type = "armed"
name = "Wagner Group"
aliases = ["Wagner"]
within = ["russia"]

[[item]]
id = "troops"
forms = ["mercenaries"]

[[action]]
id = "withdraw"
verbs = ["pack up"]

[[title]]
id = "junta-leader"
name = "junta leader"
`)
	b := writeFile(t, dir, "b.toml", `
[[entity]]
id = "wagner-group"
aliases = ["PMC Wagner"]
`)
	l, err := Load(Default(), a, b)
	if err != nil {
		t.Fatal(err)
	}
	if g, want := got(l.Find("Wagner and PMC Wagner left Mesopotamia")), "Wagner=wagner-group/alias PMC Wagner=wagner-group/alias Mesopotamia=iraq/alias"; g != want {
		t.Errorf("merged Find\n got %s\nwant %s", g, want)
	}
	if !l.Within("wagner-group", "eastern-europe") {
		t.Error("wagner-group not within eastern-europe through russia")
	}
	if id, ok := l.Item("mercenaries"); !ok || id != "troops" {
		t.Errorf("Item(mercenaries) = %q, %v", id, ok)
	}
	if id, ok := l.Action("pack up"); !ok || id != "withdraw" {
		t.Errorf("Action(pack up) = %q, %v", id, ok)
	}
	if ti, ok := l.Title("junta leader"); !ok || ti.Kind != "office" {
		t.Errorf("Title(junta leader) = %v, %v", ti, ok)
	}
	// the base is unchanged
	if ms := Default().Find("Mesopotamia"); len(ms) != 0 {
		t.Errorf("Default changed by Load: %s", got(ms))
	}
	if e, _ := Default().Entity("iraq"); strings.Contains(strings.Join(e.Aliases, ","), "Mesopotamia") {
		t.Error("Default's iraq entity changed by Load")
	}
	// a folder loads its .toml files in name order
	d := filepath.Join(dir, "lex")
	if err := os.MkdirAll(filepath.Join(d, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, d, "1.toml", "[[entity]]\nid = \"zed\"\ntype = \"org\"\nname = \"Zed Corp\"\n")
	writeFile(t, filepath.Join(d, "sub"), "2.toml", "[[entity]]\nid = \"zed\"\naliases = [\"ZedCo\"]\n")
	writeFile(t, d, "notes.txt", "not toml")
	ld, err := Load(Default(), d)
	if err != nil {
		t.Fatal(err)
	}
	if g, want := got(ld.Find("ZedCo")), "ZedCo=zed/alias"; g != want {
		t.Errorf("folder: got %s, want %s", g, want)
	}
	// a renamed entity keeps its old name
	c := writeFile(t, dir, "c.toml", "[[entity]]\nid = \"wagner-group\"\nname = \"Africa Corps\"\n")
	l2, err := Load(l, c)
	if err != nil {
		t.Fatal(err)
	}
	if g, want := got(l2.Find("Africa Corps, formerly Wagner Group")), "Africa Corps=wagner-group/name Wagner Group=wagner-group/alias"; g != want {
		t.Errorf("renamed\n got %s\nwant %s", g, want)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"unknown key", "[[entity]]\nid = \"x\"\ntype = \"org\"\nname = \"X Corp\"\naliass = [\"X\"]\n",
			`F:5:1: unknown key "entity.aliass" (want id, type, name, aliases, demonyms, metonyms, within, capital_of, acts_for, short, the)`},
		{"unknown table", "[[entiti]]\nid = \"x\"\n",
			`F:1:1: unknown key "entiti" (want [[entity]], [[item]], [[action]], [[title]] or [[words]])`},
		{"indented unknown key", "[[item]]\n  id = \"troops\"\n  form = [\"grunts\"]\n",
			`F:3:3: unknown key "item.form" (want id, name, forms, class, tally, whole)`},
		{"duplicate id", "[[entity]]\nid = \"acme\"\ntype = \"org\"\nname = \"Acme\"\n\n[[entity]]\nid = \"acme\"\ntype = \"org\"\nname = \"Acme Corp\"\n",
			`F:7:6: duplicate entity id "acme" (first at line 2)`},
		{"bad type", "[[entity]]\nid = \"acme\"\ntype = \"org\"\nname = \"Acme\"\naliases = \"ACME\"\n",
			`F:5:1: "entity.aliases" has the wrong type: TOML value has type string; destination has type slice`},
		{"alias of another entity", "[[entity]]\nid = \"acme\"\ntype = \"org\"\nname = \"Acme\"\naliases = [\"Acme Inc\",\n  \"Daesh\"]\n",
			`F:6:3: "Daesh" of "acme" is already claimed by "isis" (data/news.toml:`},
		{"two new entities claim a name", "[[entity]]\nid = \"a\"\ntype = \"org\"\nname = \"Zork\"\n[[entity]]\nid = \"b\"\ntype = \"org\"\nname = \"ZORK\"\n",
			`F:8:8: "ZORK" of "b" is already claimed by "a" (F:4)`},
		{"unknown within", "[[entity]]\nid = \"acme\"\ntype = \"org\"\nname = \"Acme\"\nwithin = [\"iraq\", \"atlantis\"]\n",
			`F:5:19: within of "acme": unknown entity id "atlantis"`},
		{"new entity without name", "[[entity]]\nid = \"acme\"\n", `F:2:6: new entity "acme" needs a name and a type`},
		{"bad id", "[[entity]]\nid = \"Acme Corp\"\ntype = \"org\"\nname = \"Acme\"\n",
			`F:2:6: bad id "Acme Corp": use lower-case letters, digits and hyphens (e.g. "acme-corp")`},
		{"syntax", "[[entity]\nid = 1\n", `F:2:9: expected end of table array name delimiter`},
		{"within itself", "[[entity]]\nid = \"iraq\"\nwithin = [\"iraq\"]\n", `F:3:11: entity "iraq" cannot be within itself`},
		{"form without words", "[[item]]\nid = \"troops\"\nforms = [\"--\"]\n", `F:3:10: forms "--" has no words`},
		{"inline entity", "entity = [\n  {id = \"Acme Corp\", type = \"org\", name = \"Acme\"},\n]\n",
			`F:2:9: bad id "Acme Corp": use lower-case letters, digits and hyphens (e.g. "acme-corp")`},
		{"bad target preposition", "[[action]]\nid = \"lob\"\nverbs = [\"lobbed\"]\nframe = { target = [\"at\", \"On top\"] }\n",
			`F:4:27: bad target preposition "On top": want one lower-case word such as "at"`},
		{"unknown key in two elements", "[[item]]\nid = \"a\"\nform = []\n[[item]]\nid = \"b\"\nform = []\n",
			"F:3:1: unknown key \"item.form\" (want id, name, forms, class, tally, whole)\nF:6:1: unknown key \"item.form\" (want id, name, forms, class, tally, whole)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, t.TempDir(), "user.toml", tt.src)
			_, err := Load(Default(), p)
			if err == nil {
				t.Fatalf("no error, want %s", tt.want)
			}
			var es Errors
			if !errors.As(err, &es) || len(es) == 0 {
				t.Fatalf("error %T %v is not Errors", err, err)
			}
			msg := strings.ReplaceAll(err.Error(), p, "F")
			if !strings.HasPrefix(msg, tt.want) {
				t.Errorf("got  %s\nwant %s", msg, tt.want)
			}
		})
	}
	// An unknown key written in two elements is reported once at each.
	p := writeFile(t, t.TempDir(), "user.toml", "[[item]]\nid = \"a\"\nform = []\n[[item]]\nid = \"b\"\nform = []\n")
	var es Errors
	if _, err := Load(Default(), p); !errors.As(err, &es) || len(es) != 2 || es[0].Line != 3 || es[1].Line != 6 {
		t.Errorf("unknown key twice: %v", err)
	}
	if _, err := Load(nil, filepath.Join(t.TempDir(), "missing.toml")); err == nil || !strings.Contains(err.Error(), "missing.toml: ") {
		t.Errorf("missing file: %v", err)
	}
}

// TestDocExample loads the example file the package doc tells newsrooms
// to copy, so the doc cannot drift from what Load accepts.
func TestDocExample(t *testing.T) {
	src, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	in := false
	for _, line := range strings.Split(string(src), "\n") {
		if strings.HasPrefix(line, "//\t# newsroom.toml") {
			in = true
		}
		if in && !strings.HasPrefix(line, "//\t") && line != "//" {
			break
		}
		if in {
			b.WriteString(strings.TrimPrefix(strings.TrimPrefix(line, "//"), "\t"))
			b.WriteByte('\n')
		}
	}
	if b.Len() == 0 {
		t.Fatal("no example in doc.go")
	}
	p := writeFile(t, t.TempDir(), "newsroom.toml", b.String())
	l, err := Load(Default(), p)
	if err != nil {
		t.Fatalf("doc example: %v\n%s", err, b.String())
	}
	if g, want := got(l.Find("Wagner fighters left Menaka, Malians said")), "Wagner=wagner-group/alias Menaka=menaka/name Malians=mali/demonym"; g != want {
		t.Errorf("got %s\nwant %s", g, want)
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Côte d'Ivoire": "cote-d-ivoire", "United States": "united-states", "Baghdad  International--Airport": "baghdad-international-airport",
		"Qāsem": "qasem", "": "",
	} {
		if g := Slug(in); g != want {
			t.Errorf("Slug(%q) = %q, want %q", in, g, want)
		}
	}
}

// TestLowerCaseText: in text written all in lower case, only names that
// are themselves written in lower case ("coalition", "al-Qaeda") match:
// never a capitalised name ("nice", "reading") or an acronym ("us").
func TestLowerCaseText(t *testing.T) {
	l := Default()
	n := 0
	for _, s := range fixtureSentences(t) {
		text := strings.ToLower(s)
		toks := tokenize(nil, text)
		l.ents.scan(text, toks, func(p *pattern, from, to int) {
			n++
			if p.capFirst {
				t.Errorf("%q matched capitalised form of %s in %q", text[toks[from].start:toks[to-1].end], p.id, text)
			}
			for _, pt := range p.toks {
				if pt.exact != "" {
					t.Errorf("acronym %q of %s matched in %q", pt.exact, p.id, text)
				}
			}
		})
	}
	if n == 0 {
		t.Error("no lower-case form matched at all; the test checks nothing")
	}
}

func TestStateOf(t *testing.T) {
	l := Default()
	for id, want := range map[string]string{
		"united-states": "united-states", "pentagon": "united-states", "us-military": "united-states",
		"us-army": "united-states", "washington": "united-states", "quds-force": "iran",
		"kataib-hezbollah": "", "isis": "", "donald-trump": "",
	} {
		if got := l.StateOf(id); got != want {
			t.Errorf("StateOf(%q) = %q, want %q", id, got, want)
		}
	}
}
