package rule

import "testing"

// namedPlaces is fakePlaces that also names ids, as the lexicon does.
type namedPlaces struct {
	fakePlaces
	names, short map[string]string
}

func (p namedPlaces) DisplayName(id string) (string, bool) { s, ok := p.names[id]; return s, ok }
func (p namedPlaces) ShortName(id string) (string, bool)   { s, ok := p.short[id]; return s, ok }

// TestNames evaluates name() and owner() from CEL: the lexicon's names
// first, then the article's words for ids it does not know, then the id.
func TestNames(t *testing.T) {
	places := namedPlaces{
		names: map[string]string{"united-states": "the United States", "france": "France", "qassem-soleimani": "Qassem Soleimani", "netherlands": "the Netherlands"},
		short: map[string]string{"united-states": "US"},
	}
	a := count("a#1", "united-states", "iraq", 5000, "2020-06-12")
	a.Agent, a.AgentText = "jane-doe", "The  Defense Minister Jane Doe"
	b := count("b#1", "france", "mali", 5100, "2020-06-12")
	b.Agent, b.AgentText = "senior-official", "A senior official"
	tests := []struct {
		places     Places
		expr, want string
	}{
		{places, `name(a.holder)`, "the United States"},
		{places, `name("qassem-soleimani", "Suleimani")`, "Qassem Soleimani"},
		{places, `name(a.agent, a.agent_text)`, "the Defense Minister Jane Doe"},
		{places, `name(b.agent, b.agent_text)`, "a senior official"},
		{places, `name(a.agent)`, "jane-doe"},
		{places, `name("", "")`, ""},
		{places, `owner(a.holder) + " troops"`, "US troops"},
		{places, `owner(b.holder) + " troops"`, "France's troops"},
		{places, `owner("netherlands")`, "the Netherlands'"},
		{places, `owner(a.agent, a.agent_text)`, "the Defense Minister Jane Doe's"},
		{places, `owner("")`, ""},
		// without a Namer: the article's words, else the id
		{fakePlaces{}, `name(a.holder)`, "united-states"},
		{fakePlaces{}, `name(b.agent, b.agent_text)`, "a senior official"},
		{fakePlaces{}, `owner(b.holder)`, "france's"},
	}
	for _, tc := range tests {
		e, err := newEnvs(Options{Places: tc.places}.withDefaults())
		if err != nil {
			t.Fatal(err)
		}
		ast, iss := e.pair.Compile(tc.expr)
		if iss.Err() != nil {
			t.Errorf("%s: %v", tc.expr, iss.Err())
			continue
		}
		prg, err := e.pair.Program(ast)
		if err != nil {
			t.Fatal(err)
		}
		out, _, err := prg.Eval(&vars{a: a, b: b})
		if err != nil {
			t.Errorf("%s: %v", tc.expr, err)
			continue
		}
		if got := fmtVal(out.Value()); got != tc.want {
			t.Errorf("%s = %q, want %q", tc.expr, got, tc.want)
		}
	}
}
