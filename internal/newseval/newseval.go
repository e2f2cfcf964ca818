// Package newseval scores claimcheck on a labelled set of real news (the
// layout of ../shared/eval/news-dev: articles/NNN.txt with NNN.json
// sidecars, labels.jsonl, conflicts.jsonl) exactly as
// ../shared/eval/score_news.py does, so that a Go test can keep the scores
// from sliding back without Python. Prepare copies the set into the shape
// claimcheck reads (NNN.meta.toml sidecars); Score reads the JSON of
// `claimcheck extract` and `claimcheck check`.
package newseval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Prepare copies the set's articles into dir with NNN.meta.toml sidecars
// (title, outlet, url, published) made from the NNN.json ones.
func Prepare(set, dir string) error {
	src := filepath.Join(set, "articles")
	names, err := filepath.Glob(filepath.Join(src, "*.txt"))
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			return err
		}
		base := filepath.Base(n)
		if err := os.WriteFile(filepath.Join(dir, base), b, 0o644); err != nil {
			return err
		}
		mb, err := os.ReadFile(strings.TrimSuffix(n, ".txt") + ".json")
		if err != nil {
			return err
		}
		var meta map[string]any
		if err := json.Unmarshal(mb, &meta); err != nil {
			return fmt.Errorf("%s: %w", n, err)
		}
		var sb strings.Builder
		for _, k := range []string{"title", "outlet", "url"} {
			if v, ok := meta[k].(string); ok && v != "" {
				q, _ := json.Marshal(v)
				fmt.Fprintf(&sb, "%s = %s\n", k, q)
			}
		}
		if v, ok := meta["published"].(string); ok && v != "" {
			fmt.Fprintf(&sb, "published = %s\n", v)
		}
		if err := os.WriteFile(filepath.Join(dir, strings.TrimSuffix(base, ".txt")+".meta.toml"), []byte(sb.String()), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// Scores are the numbers score_news.py prints.
type Scores struct {
	Found, Labelled map[string]int // claims by label kind: count, event, date-of, role
	CountPredicted  int            // count claims extracted
	CountGood       int            // of which match a count label
	ConflictHit     map[string]int // labelled conflicts found, by kind
	ConflictTotal   map[string]int
	Flagged         int // contradiction and stale findings of severity error or warning
	FlaggedTrue     int // of which cover a labelled conflict
}

// Recall of a claim kind.
func (s Scores) Recall(kind string) float64 { return ratio(s.Found[kind], s.Labelled[kind]) }

// CountPrecision is the share of count claims that match a label.
func (s Scores) CountPrecision() float64 { return ratio(s.CountGood, s.CountPredicted) }

// ConflictRecall is (contradiction + stale) found over labelled.
func (s Scores) ConflictRecall() float64 {
	return ratio(s.ConflictHit["contradiction"]+s.ConflictHit["stale"], s.ConflictTotal["contradiction"]+s.ConflictTotal["stale"])
}

// DriftRecall is drift pairs found over labelled.
func (s Scores) DriftRecall() float64 { return ratio(s.ConflictHit["drift"], s.ConflictTotal["drift"]) }

// FlagPrecision is the share of flagged findings that match a labelled conflict.
func (s Scores) FlagPrecision() float64 { return ratio(s.FlaggedTrue, s.Flagged) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// String is score_news.py's summary.
func (s Scores) String() string {
	return fmt.Sprintf("claims: count %d/%d, event %d/%d, date-of %d/%d, role %d/%d; count precision %d/%d\n"+
		"conflicts: contradiction %d/%d, drift %d/%d, stale %d/%d; flagged %d, of which match a label %d",
		s.Found["count"], s.Labelled["count"], s.Found["event"], s.Labelled["event"], s.Found["date-of"], s.Labelled["date-of"],
		s.Found["role"], s.Labelled["role"], s.CountGood, s.CountPredicted,
		s.ConflictHit["contradiction"], s.ConflictTotal["contradiction"], s.ConflictHit["drift"], s.ConflictTotal["drift"],
		s.ConflictHit["stale"], s.ConflictTotal["stale"], s.Flagged, s.FlaggedTrue)
}

type label struct {
	Article  string          `json:"article"`
	Kind     string          `json:"kind"`
	Sentence string          `json:"sentence"`
	Value    json.RawMessage `json:"value"`
	Person   string          `json:"person"`
	Patient  string          `json:"patient"`
	Agent    string          `json:"agent"`
}

type side struct {
	Article  string `json:"article"`
	Sentence string `json:"sentence"`
}

type conflict struct {
	Kind string `json:"kind"`
	A    side   `json:"a"`
	B    side   `json:"b"`
}

type claimJSON struct {
	Kind        string   `json:"kind"`
	Text        string   `json:"text"`
	Path        string   `json:"path"`
	Value       *float64 `json:"value"`
	Low         *float64 `json:"low"`
	High        *float64 `json:"high"`
	Person      string   `json:"person"`
	PersonText  string   `json:"person_text"`
	Patient     string   `json:"patient"`
	PatientText string   `json:"patient_text"`
	Agent       string   `json:"agent"`
	AgentText   string   `json:"agent_text"`
}

type extractJSON struct {
	Articles []struct {
		Path   string      `json:"path"`
		Claims []claimJSON `json:"claims"`
	} `json:"articles"`
}

type checkJSON struct {
	Findings []struct {
		Category string      `json:"category"`
		Severity string      `json:"severity"`
		Claims   []claimJSON `json:"claims"`
	} `json:"findings"`
}

// Score scores the extract and check JSON against the set's labels.
func Score(set string, extract, check []byte) (Scores, error) {
	var ex extractJSON
	if err := json.Unmarshal(extract, &ex); err != nil {
		return Scores{}, fmt.Errorf("extract JSON: %w", err)
	}
	var ch checkJSON
	if err := json.Unmarshal(check, &ch); err != nil {
		return Scores{}, fmt.Errorf("check JSON: %w", err)
	}
	var labels []label
	if err := readJSONL(filepath.Join(set, "labels.jsonl"), &labels); err != nil {
		return Scores{}, err
	}
	var conflicts []conflict
	if err := readJSONL(filepath.Join(set, "conflicts.jsonl"), &conflicts); err != nil {
		return Scores{}, err
	}
	claims := map[string][]claimJSON{}
	for _, a := range ex.Articles {
		stem := stemOf(a.Path)
		claims[stem] = append(claims[stem], a.Claims...)
	}
	sc := Scores{Found: map[string]int{}, Labelled: map[string]int{}, ConflictHit: map[string]int{}, ConflictTotal: map[string]int{}}
	for _, l := range labels {
		sc.Labelled[l.Kind]++
		for _, c := range claims[l.Article] {
			if matches(c, l) {
				sc.Found[l.Kind]++
				break
			}
		}
	}
	for stem, cs := range claims {
		for _, c := range cs {
			if c.Kind != "count" {
				continue
			}
			sc.CountPredicted++
			for _, l := range labels {
				if l.Kind == "count" && l.Article == stem && matches(c, l) {
					sc.CountGood++
					break
				}
			}
		}
	}
	covers := func(cs []claimJSON, s side) bool {
		for _, c := range cs {
			if stemOf(c.Path) == s.Article && sameSentence(c.Text, s.Sentence) {
				return true
			}
		}
		return false
	}
	for _, x := range conflicts {
		sc.ConflictTotal[x.Kind]++
		for _, f := range ch.Findings {
			if covers(f.Claims, x.A) && covers(f.Claims, x.B) {
				sc.ConflictHit[x.Kind]++
				break
			}
		}
	}
	for _, f := range ch.Findings {
		if (f.Category != "contradiction" && f.Category != "stale") || (f.Severity != "error" && f.Severity != "warning") {
			continue
		}
		sc.Flagged++
		for _, x := range conflicts {
			if covers(f.Claims, x.A) && covers(f.Claims, x.B) {
				sc.FlaggedTrue++
				break
			}
		}
	}
	return sc, nil
}

func readJSONL[T any](path string, out *[]T) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		*out = append(*out, v)
	}
	return sc.Err()
}

// stemOf is the article number: the first three characters of the file name.
func stemOf(path string) string {
	b := filepath.Base(path)
	if len(b) > 3 {
		return b[:3]
	}
	return b
}

var spaces = regexp.MustCompile(`\s+`)

func norm(s string) string {
	s = strings.NewReplacer("\u2019", "'", "\u201c", `"`, "\u201d", `"`).Replace(s)
	return strings.ToLower(strings.TrimSpace(spaces.ReplaceAllString(s, " ")))
}

var wordRE = regexp.MustCompile(`[a-z][a-z\-']+`)

var stopwords = map[string]bool{"the": true, "of": true, "and": true, "a": true, "an": true, "in": true, "to": true, "on": true, "for": true, "by": true, "at": true}

func words(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range wordRE.FindAllString(norm(s), -1) {
		if !stopwords[w] {
			out[w] = true
		}
	}
	return out
}

func overlap(a, b map[string]bool) bool {
	for w := range a {
		if b[w] {
			return true
		}
	}
	return false
}

func sameSentence(claimText, sentence string) bool {
	t, s := norm(claimText), norm(sentence)
	if t == "" {
		return false
	}
	r := []rune(t)
	return strings.Contains(s, t) || strings.Contains(t, s) || len(r) > 40 && strings.Contains(s, string(r[:40]))
}

func valueOK(c claimJSON, raw json.RawMessage) bool {
	v := strings.TrimSpace(string(raw))
	if v == "" || v == "null" {
		return true
	}
	if strings.HasPrefix(v, "[") {
		var r []float64
		if json.Unmarshal(raw, &r) != nil || len(r) != 2 || c.Low == nil || c.High == nil {
			return false
		}
		return *c.Low == r[0] && *c.High == r[1]
	}
	x, err := strconv.ParseFloat(v, 64)
	if err != nil {
		return false
	}
	if c.Value != nil && *c.Value == x {
		return true
	}
	return c.Low != nil && c.High != nil && *c.Low <= x && x <= *c.High
}

func matches(c claimJSON, l label) bool {
	if !sameSentence(c.Text, l.Sentence) {
		return false
	}
	switch l.Kind {
	case "count":
		return c.Kind == "count" && valueOK(c, l.Value)
	case "role":
		return c.Kind == "role" && overlap(words(or(c.PersonText, c.Person)), words(l.Person))
	case "event", "date-of":
		if c.Kind != "event" {
			return false
		}
		if l.Kind == "event" && l.Patient != "" {
			return overlap(words(or(c.PatientText, c.Patient)), words(l.Patient)) || overlap(words(or(c.AgentText, c.Agent)), words(l.Agent))
		}
		return true
	}
	return false
}

func or(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
