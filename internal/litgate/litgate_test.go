package litgate

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
)

func TestNeedles(t *testing.T) {
	for _, tc := range []struct {
		re   string
		want []string
		fold bool
	}{
		{`\[ad_\d+\]`, []string{"[ad_"}, false},
		// the parser factors the common "re" out of the alternation
		{`(?i)^(related|read more)\s*:$`, []string{"lated", "ad more"}, true},
		{`(?i)^source link$`, []string{"ource link"}, true}, // "ſ" matches (?i)s
		{`^\|.*\|$`, []string{"|"}, false},
		{`<(?:https?|mailto|ftp):[^<>\s]+>`, []string{"http", "mailto", "ftp"}, false},
		{`^[•·▪]\s*`, []string{"·", "•", "▪"}, false},
		{`(?i)^(news|x)$`, []string{"new", "x"}, true},
		{`\w+`, nil, false},
		{`a|\d`, nil, false},
		{`(ab)?c*`, nil, false},
	} {
		g := For(regexp.MustCompile(tc.re))
		if !reflect.DeepEqual(g.Needles(), tc.want) || g.Fold() != tc.fold {
			t.Errorf("%s: needles %q fold %v, want %q %v", tc.re, g.Needles(), g.Fold(), tc.want, tc.fold)
		}
	}
}

// TestNeverRejectsAMatch: wherever the regexp matches, the gate lets the
// text through, case variants and look-alike folds included.
func TestNeverRejectsAMatch(t *testing.T) {
	res := []string{
		`\[ad_\d+\]`, `(?i)^(source link|original source|source:\s*\S.{0,60})$`,
		`(?i)\b(join|follow)\s+(us|our)\b.*\b(telegram|app)\b`, `(?i)kelvin`, `(?i)straße`,
		`(?i)(via getty images|/\s*(afp|reuters|ap)\)?)$`, `^\p{Lu}{2}\s+[-–—]{1,2}\s+`, `(?i)^ΣΟΦΙΑ$`,
	}
	texts := []string{
		"[ad_12]", "SOURCE LINK", "ſource link", "Source: the ministry", "Join us on Telegram app",
		"\u212Aelvin", "STRASSE", "straße", "photo /AFP)", "via Getty Images", "BAGHDAD -- x", "σοφια", "ΣΟΦΙΑ", "σοφιας",
	}
	for _, src := range res {
		re := regexp.MustCompile(src)
		g := For(re)
		for _, text := range texts {
			if re.MatchString(text) && !g.May(text, strings.ToLower(text)) {
				t.Errorf("%s matches %q but the gate (%q) rejects it", src, text, g.Needles())
			}
			if re.MatchString(text) && !g.MayBytes([]byte(text)) {
				t.Errorf("%s matches %q but the byte gate rejects it", src, text)
			}
		}
	}
}

func FuzzGate(f *testing.F) {
	f.Add(`(?i)^(read more|see also)\s*:$`, "See Also:")
	f.Add(`a+b|c[de]`, "xce")
	f.Fuzz(func(t *testing.T, src, text string) {
		re, err := regexp.Compile(src)
		if err != nil {
			return
		}
		if re.MatchString(text) && !For(re).May(text, strings.ToLower(text)) {
			t.Errorf("%s matches %q but the gate (%q) rejects it", src, text, For(re).Needles())
		}
	})
}
