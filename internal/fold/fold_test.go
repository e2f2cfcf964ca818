package fold

import "testing"

func TestWords(t *testing.T) {
	for in, want := range map[string]string{
		"":                            "",
		"  --  ":                      "",
		"Don’t":                       "dont",
		"don't  stop—now!":            "dont stop now",
		"'Quoted,' he said.":          "quoted he said",
		"Iraq's 5,200 U.S. troops":    "iraqs 5 200 u s troops",
		"rock' n roll":                "rock n roll",
		"ÉCOLE  Straße\tdéjà-vu":      "école straße déjà vu",
		"“smart quotes” and «others»": "smart quotes and others",
	} {
		if got := Words(in); got != want {
			t.Errorf("Words(%q) = %q, want %q", in, got, want)
		}
	}
}

func BenchmarkWords(b *testing.B) {
	s := "U.S. troops in Iraq don’t expect to leave before 2021, officials said — “not yet,” one added."
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Words(s)
	}
}
