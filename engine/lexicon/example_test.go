package lexicon_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/claimcheck/claimcheck/engine/lexicon"
)

func ExampleLexicon_Find() {
	l := lexicon.Default()
	text := "Washington said U.S. troops will stay in Iraq’s Kurdistan Region to fight Daesh."
	for _, m := range l.Find(text) {
		fmt.Printf("%d-%d %q %s (%s, via %s)", m.Start, m.End, m.Text, m.ID, m.Type, m.Via)
		if m.StandsFor != "" {
			fmt.Printf(" may stand for %s", m.StandsFor)
		}
		fmt.Println()
	}
	fmt.Println(l.Within("kurdistan-region", "iraq"))
	// Output:
	// 0-10 "Washington" washington (city, via name) may stand for united-states
	// 16-20 "U.S." united-states (country, via alias)
	// 41-45 "Iraq" iraq (country, via name)
	// 50-66 "Kurdistan Region" kurdistan-region (region, via name)
	// 76-81 "Daesh" isis (armed, via alias)
	// true
}

func ExampleLoad() {
	dir, _ := os.MkdirTemp("", "lexicon")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "newsroom.toml")
	os.WriteFile(path, []byte(`
[[entity]]
id = "wagner-group"
type = "armed"
name = "Wagner Group"
aliases = ["Wagner"]
within = ["russia"]

[[item]]
id = "troops"
forms = ["mercenaries"]
`), 0o644)
	l, err := lexicon.Load(lexicon.Default(), path)
	if err != nil {
		fmt.Println(err)
		return
	}
	m := l.Find("Wagner sent 1,000 mercenaries")[0]
	item, _ := l.Item("mercenaries")
	fmt.Println(m.ID, item, l.Within(m.ID, "russia"))

	os.WriteFile(path, []byte("[[entity]]\nid = \"x\"\nnmae = \"X\"\n"), 0o644)
	_, err = lexicon.Load(lexicon.Default(), path)
	fmt.Println(err.(lexicon.Errors)[0].Message)
	// Output:
	// wagner-group troops true
	// unknown key "entity.nmae" (want id, type, name, aliases, demonyms, metonyms, within, capital_of, acts_for, short, the)
}
