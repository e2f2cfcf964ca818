package lexicon

import "testing"

// TestNames checks how messages name ids with the default lexicon: "the"
// where English puts it, short names before a noun, titles and items.
func TestNames(t *testing.T) {
	l := Default()
	for _, tc := range []struct {
		id, name, short string
	}{
		{"united-states", "the United States", "US"},
		{"united-kingdom", "the United Kingdom", "UK"},
		{"france", "France", ""},
		{"netherlands", "the Netherlands", ""}, // the = true in news.toml
		{"coalition", "the Global Coalition to Defeat ISIS", "coalition"},
		{"isis", "the Islamic State", "ISIS"},
		{"pentagon", "the Pentagon", ""},
		{"state-department", "the State Department", ""},
		{"iraqi-government", "the Government of Iraq", ""},
		{"us-embassy-baghdad", "the US Embassy in Baghdad", ""},
		{"hezbollah", "Hezbollah", ""},
		{"qassem-soleimani", "Qassem Soleimani", ""},
		{"baghdad", "Baghdad", ""},
		{"baghdad-international-airport", "Baghdad International Airport", ""}, // no "BIAP troops"
		{"the-national", "The National", ""},
		{"prime-minister", "prime minister", ""},
		{"troops", "troops", ""},
	} {
		name, ok := l.DisplayName(tc.id)
		if !ok || name != tc.name {
			t.Errorf("DisplayName(%q) = %q, %v; want %q", tc.id, name, ok, tc.name)
		}
		short, ok := l.ShortName(tc.id)
		if short != tc.short || ok != (tc.short != "") {
			t.Errorf("ShortName(%q) = %q, %v; want %q", tc.id, short, ok, tc.short)
		}
	}
	if n, ok := l.DisplayName("no-such-person"); ok || n != "" {
		t.Errorf("DisplayName of an unknown id = %q, %v", n, ok)
	}
}

// TestNamesFromData checks the short and the keys of a newsroom file.
func TestNamesFromData(t *testing.T) {
	l, err := Load(Default(), writeFile(t, t.TempDir(), "newsroom.toml", `
[[entity]]
id = "wagner-group"
type = "armed"
name = "Wagner Group"
short = "Wagner"
the = true

[[entity]]
id = "africa-corps"
type = "armed"
name = "Africa Corps"
the = false
`))
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := l.DisplayName("wagner-group"); n != "the Wagner Group" {
		t.Errorf("wagner-group: %q", n)
	}
	if s, _ := l.ShortName("wagner-group"); s != "Wagner" {
		t.Errorf("wagner-group short: %q", s)
	}
	if n, _ := l.DisplayName("africa-corps"); n != "Africa Corps" {
		t.Errorf("africa-corps (the = false overrides Corps): %q", n)
	}
}
