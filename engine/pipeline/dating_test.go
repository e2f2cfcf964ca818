package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// An undated article joins the timeline at the days the archive's dated
// accounts of its event put it on, and says so.
func TestUndatedArticleJoinsTheTimeline(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.md": "---\ndate: 2020-01-16\noutlet: Daily One\n---\n\nIran attacked the Ain al-Asad air base in Iraq on Jan. 8. Eleven U.S. service members were injured in the attack on Jan. 8, the military said on Thursday.\n",
		"b.md": "---\ndate: 2020-02-10\noutlet: Daily Two\n---\n\nIran attacked the Ain al-Asad air base on Jan. 8. The Pentagon said 109 U.S. service members were injured in the Jan. 8 attack.\n",
		"c.txt": "Fourteen additional U.S. service members have been injured in an Iranian attack on an Iraqi air base earlier this month, the Pentagon announced Thursday.\n\n" +
			"A Department of Defense official said that 64 U.S. service members in total have been injured.\n",
	}
	for name, body := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644))
	}
	e, problems := New(Config{})
	require.Empty(t, problems)
	rep := e.Check([]string{dir}, nil)
	var drift string
	for _, f := range rep.Findings {
		if f.Rule == "tally-drift" {
			drift = f.Message
		}
	}
	require.NotEmpty(t, drift, "findings: %v", rep.Findings)
	assert.Contains(t, drift, "64 as of 8 to 31 January 2020 (")
	assert.Contains(t, drift, "c.txt, undated (the archive dates it 8 to 31 January 2020))")
	assert.True(t, strings.Contains(drift, "11 as of 16 January 2020") && strings.Contains(drift, "109 as of 10 February 2020"), drift)
}
