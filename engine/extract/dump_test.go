package extract

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimcheck/claimcheck/engine/article"
	"github.com/claimcheck/claimcheck/engine/claim"
)

// TestDump prints every claim of the files in $EXTRACT_DUMP (a glob); it is
// a debugging aid and skips without the variable.
func TestDump(t *testing.T) {
	glob := os.Getenv("EXTRACT_DUMP")
	if glob == "" {
		t.Skip("set EXTRACT_DUMP to a glob of articles")
	}
	paths, _ := filepath.Glob(glob)
	arts, errs := article.Read(paths, article.Options{})
	for _, err := range errs {
		t.Log(err)
	}
	x := New(testLexicon(t), Options{})
	for _, a := range arts {
		fmt.Println("=====", a.ID)
		if os.Getenv("EXTRACT_TOKENS") != "" {
			for i, st := range a.Sentences {
				s := x.analyse(st.Text, st.Start, i, timeRef{})
				fmt.Printf("L%d:", st.Line)
				for k, tk := range s.toks {
					ann := ""
					if s.ent[k] >= 0 {
						ann += "E=" + s.ents[s.ent[k]].id
					}
					if s.item[k] >= 0 {
						ann += "I=" + s.items[s.item[k]].id
					}
					if s.act[k] >= 0 {
						ann += "A=" + s.acts[s.act[k]].id
					}
					if s.title[k] >= 0 {
						ann += "T=" + s.titles[s.title[k]].id
					}
					if s.person[k] >= 0 {
						ann += "P=" + s.persons[s.person[k]].id
					}
					fmt.Printf(" %s/%s%s", tk.Text, tk.Tag, ann)
				}
				fmt.Println()
			}
		}
		for _, c := range x.Article(a) {
			fmt.Println(describe(c))
		}
	}
}

func describe(c *claim.Claim) string {
	switch c.Kind {
	case claim.Count:
		return fmt.Sprintf("L%d count holder=%s item=%s place=%s value=%v q=%s mod=%s asof=%s", c.Line, c.Holder, c.Item, c.Place, c.Value, c.Qualifier, c.Modality, c.AsOf)
	case claim.Event:
		return fmt.Sprintf("L%d event %s agent=%s(%s) patient=%s(%s) instr=%s place=%s when=%s neg=%v mod=%s", c.Line, c.Action, c.Agent, c.AgentText, c.Patient, c.PatientText, c.Instrument, c.Place, c.When, c.Negated, c.Modality)
	case claim.Role:
		return fmt.Sprintf("L%d role %s title=%s org=%s", c.Line, c.Person, c.Title, c.Org)
	case claim.Quote:
		q := c.Quote
		if len(q) > 50 {
			q = q[:50]
		}
		return fmt.Sprintf("L%d quote %s (%s): %q", c.Line, c.Speaker, c.SpeakerText, q)
	}
	return c.Kind
}

// TestDumpSentence prints the tokens, tags and annotations of the sentence
// in $EXTRACT_SENT, then its claims; a debugging aid.
func TestDumpSentence(t *testing.T) {
	text := os.Getenv("EXTRACT_SENT")
	if text == "" {
		t.Skip("set EXTRACT_SENT to a sentence")
	}
	x := New(testLexicon(t), Options{})
	s := x.analyse(text, 0, 0, timeRef{})
	for k, tk := range s.toks {
		ann := ""
		if s.ent[k] >= 0 {
			ann += " E=" + s.ents[s.ent[k]].id
		}
		if s.item[k] >= 0 {
			ann += " I=" + s.items[s.item[k]].id
		}
		if s.act[k] >= 0 {
			ann += " A=" + s.acts[s.act[k]].id
		}
		if s.person[k] >= 0 {
			ann += " P=" + s.persons[s.person[k]].id
		}
		if s.qty[k] >= 0 {
			ann += " Q"
		}
		if s.tm[k] >= 0 {
			ann += " T"
		}
		fmt.Printf("%s/%s%s  ", tk.Text, tk.Tag, ann)
	}
	fmt.Println()
	cs, _ := x.Text("s", text, day("2020-06-12"))
	for _, c := range cs {
		b, _ := json.Marshal(c)
		fmt.Println(string(b))
	}
}
