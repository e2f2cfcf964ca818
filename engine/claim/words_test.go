package claim

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTidy(t *testing.T) {
	c := &Claim{
		Text:        "the State Department\nspokesman  Ned Price said",
		SpeakerText: "the State Department\nspokesman  Ned Price",
		Quote:       " We will  continue to\r\n\tassist the Iraqi government,",
		PatientText: "Iranian commander Qassem\u00a0\u00a0Soleimani",
		Speaker:     "ned-price",
	}
	Tidy(c)
	assert.Equal(t, &Claim{
		Text:        "the State Department\nspokesman  Ned Price said",
		SpeakerText: "the State Department spokesman Ned Price",
		Quote:       "We will continue to assist the Iraqi government,",
		PatientText: "Iranian commander Qassem Soleimani",
		Speaker:     "ned-price",
	}, c, "prose is tidied, the sentence keeps the file's bytes")
}

// TestProseFields: every *_text field is prose, and so is the quotation;
// ids, values and positions are not.
func TestProseFields(t *testing.T) {
	var prose []string
	for _, f := range Fields {
		if f.IsProse() {
			prose = append(prose, f.Name)
		}
	}
	assert.Equal(t, []string{"holder_text", "item_text", "agent_text", "patient_text", "instrument_text",
		"place_text", "target_text", "person_text", "org_text", "speaker_text", "quote"}, prose)
}
