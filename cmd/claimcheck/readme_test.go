package main

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// readmeRun finds "<!-- run: claimcheck ARGS -->" followed by a fenced
// block: the block must be what that command prints. The README's examples
// are real output, and stay so (go test ./cmd/claimcheck -update rewrites them).
var readmeRun = regexp.MustCompile("(?s)<!-- run: claimcheck ([^>]*?) -->\n```([a-z]*)\n(.*?)```\n")

func TestReadmeExamplesAreRealOutput(t *testing.T) {
	src, err := os.ReadFile("README.md")
	require.NoError(t, err)
	matches := readmeRun.FindAllSubmatchIndex(src, -1)
	require.NotEmpty(t, matches, "the README shows real runs")
	var out strings.Builder
	last := 0
	for _, m := range matches {
		args := strings.Fields(string(src[m[2]:m[3]]))
		r := cli(t, "", args...)
		got := r.stdout + r.stderr
		want := string(src[m[6]:m[7]])
		if got != want && !*update {
			t.Errorf("README example `claimcheck %s` differs from a real run:\n%s", strings.Join(args, " "), firstDiff(want, got))
		}
		out.Write(src[last:m[6]])
		out.WriteString(got)
		last = m[7]
	}
	out.Write(src[last:])
	if *update {
		require.NoError(t, os.WriteFile("README.md", []byte(out.String()), 0o644))
		fmt.Println("README.md examples rewritten")
	}
}
