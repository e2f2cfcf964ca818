package lex

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// show renders tokens compactly: kind, text, and for numbers value/sig/digits
// and plainness; a leading "_" marks a token with no space before it.
func show(toks []Token) string {
	var b []string
	for _, t := range toks {
		s := ""
		if !t.Space {
			s = "_"
		}
		switch t.Kind {
		case Word:
			s += "w:" + t.Low
			if t.Upper {
				s += "^"
			}
		case Num:
			s += fmt.Sprintf("n:%s=%g/%d/%d", t.Low, t.Val, t.Sig, t.Digits)
			if !t.Plain {
				s += "~"
			}
		case Sym:
			s += "s:" + t.Low
		case Date:
			s += "d:" + t.Low
		}
		b = append(b, s)
	}
	return strings.Join(b, " ")
}

func TestTokenize(t *testing.T) {
	for _, c := range []struct {
		in         string
		runs, grpd string
	}{
		{"Iraq's 5,200 troops", "w:iraq's^ n:5=5/1/1 _s:, _n:200=200/1/3 w:troops", "w:iraq's^ n:5,200=5200/2/4~ w:troops"},
		{"don’t o'clock rock'", "w:don’t w:o'clock w:rock _s:'", "w:don’t w:o'clock w:rock _s:'"},
		{"2020-06-12", "n:2020=2020/3/4 _s:- _n:06=6/1/2 _s:- _n:12=12/2/2", "d:2020-06-12"},
		{"10:30 5/12 2019-07", "n:10=10/1/2 _s:: _n:30=30/1/2 n:5=5/1/1 _s:/ _n:12=12/2/2 n:2019=2019/4/4 _s:- _n:07=7/1/2", "d:10:30 d:5/12 d:2019-07"},
		{"2.50 0033 0.0", "n:2=2/1/1 _s:. _n:50=50/1/2 n:0033=33/2/4 n:0=0/1/1 _s:. _n:0=0/1/1", "n:2.50=2.5/3/3~ n:0033=33/2/4 n:0.0=0/1/2~"},
		{"12,34,567.89", "n:12=12/2/2 _s:, _n:34=34/2/2 _s:, _n:567=567/3/3 _s:. _n:89=89/2/2", "n:12,34,567.89=1.23456789e+06/9/9~"},
		{"40 000 and 1\u202f234", "n:40=40/1/2 n:000=0/1/3 w:and n:1=1/1/1 n:234=234/3/3", "n:40 000=40000/1/5~ w:and n:1\u202f234=1234/4/4~"},
		{"5,20 5,", "n:5=5/1/1 _s:, _n:20=20/1/2 n:5=5/1/1 _s:,", "n:5=5/1/1 _s:, _n:20=20/1/2 n:5=5/1/1 _s:,"},
		{"$3bn", "s:$ _n:3=3/1/1 _w:bn", "s:$ _n:3=3/1/1 _w:bn"},
		{"", "", ""},
	} {
		if got := show(Tokenize(c.in, Runs)); got != c.runs {
			t.Errorf("Runs %q:\n got %s\nwant %s", c.in, got, c.runs)
		}
		if got := show(Tokenize(c.in, Grouped)); got != c.grpd {
			t.Errorf("Grouped %q:\n got %s\nwant %s", c.in, got, c.grpd)
		}
	}
}

func TestInt(t *testing.T) {
	for in, want := range map[string]int{"0": 0, "007": 7, "999999999": 999999999, "1000000000": 1e9, "123456789012345678901234": 1e9} {
		if got := Tokenize(in, Runs)[0].Int(); got != want {
			t.Errorf("Int(%s) = %d, want %d", in, got, want)
		}
	}
}

func TestValue(t *testing.T) {
	for in, want := range map[string]float64{"0.25": 0.25, "5,200": 5200, "2.50": 2.5, "0": 0} {
		if got := Value(in); got != want {
			t.Errorf("Value(%s) = %g, want %g", in, got, want)
		}
	}
}

// checkInvariants: tokens are in order, inside the input, cover every
// non-space rune, and carry the text they span.
func checkInvariants(t *testing.T, in string, toks []Token) {
	t.Helper()
	at := 0
	for _, k := range toks {
		if k.Start < at || k.End <= k.Start || k.End > len(in) {
			t.Fatalf("%q: bad span %d-%d after %d", in, k.Start, k.End, at)
		}
		gap := in[at:k.Start]
		if strings.TrimFunc(gap, unicode.IsSpace) != "" {
			t.Fatalf("%q: %q skipped", in, gap)
		}
		if w := in[k.Start:k.End]; k.Low != w && (k.Kind != Word || k.Low != strings.ToLower(w)) {
			t.Fatalf("%q: %q at %d-%d", in, k.Low, k.Start, k.End)
		}
		if k.Space != (k.Start == 0 || k.Start > at && gap != "") {
			t.Fatalf("%q: space %v at %d", in, k.Space, k.Start)
		}
		at = k.End
	}
	if rest := in[at:]; strings.TrimFunc(rest, unicode.IsSpace) != "" && utf8.ValidString(rest) {
		t.Fatalf("%q: tail %q skipped", in, rest)
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Iraq's 5,200 troops", "2020-06-12 10:30", "40\u202f000", "1 234 567.89", "\xff1\xfe", "1.", "0.0.0", "don’t", "12,34,567.89", "5/12/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		checkInvariants(t, in, Tokenize(in, Runs))
		checkInvariants(t, in, Tokenize(in, Grouped))
	})
}

func BenchmarkTokenize(b *testing.B) {
	line := "About 5,200 US troops will leave Iraq by Sept. 30, 2020, down from 40 000 in 2019-07 and 12,34,567.89 don’t"
	b.SetBytes(int64(len(line)))
	for b.Loop() {
		Tokenize(line, Grouped)
		Tokenize(line, Runs)
	}
}

func TestPluralNoun(t *testing.T) {
	for in, want := range map[string]bool{
		"troops": true, "soldiers": true, "bases": true, "Troops": false, "class": false,
		"was": false, "years": false, "says": false, "its": false, "people": false, "s": false,
	} {
		if got := Tokenize(in, Runs)[0].PluralNoun(); got != want {
			t.Errorf("%q.PluralNoun() = %v, want %v", in, got, want)
		}
	}
	if (Token{Kind: Sym, Low: "ss"}).PluralNoun() {
		t.Error("a symbol is not a noun")
	}
}
