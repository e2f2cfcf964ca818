package pipeline

import (
	"bytes"
	"io/fs"
	"math/rand"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/engine/report"
	"github.com/claimcheck/claimcheck/internal/corpus"
)

// TestOutputIndependentOfCoresAndOrder: a check's report is byte-identical
// with one core or eight, and whatever order the files are given in.
func TestOutputIndependentOfCoresAndOrder(t *testing.T) {
	dir := t.TempDir()
	_, err := corpus.Generate(dir, corpus.Options{Articles: 120, Seed: 3})
	require.NoError(t, err)
	var files []string
	require.NoError(t, filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && (strings.HasSuffix(p, ".md") || strings.HasSuffix(p, ".txt")) {
			files = append(files, p)
		}
		return err
	}))
	files = append(files, "../../fixtures/articles")
	run := func(procs int, shuffle int64) string {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		in := append([]string(nil), files...)
		if shuffle != 0 {
			rand.New(rand.NewSource(shuffle)).Shuffle(len(in), func(i, j int) { in[i], in[j] = in[j], in[i] })
		}
		e, problems := New(Config{})
		require.Empty(t, problems)
		var out bytes.Buffer
		rep := e.Check(in, nil)
		for _, f := range []string{"json", "text"} {
			require.NoError(t, report.Write(&out, f, rep, report.Options{}))
		}
		return out.String()
	}
	want := run(1, 0)
	require.Contains(t, want, `"rule": "count-contradiction"`, "the archive should give findings")
	for _, c := range []struct {
		procs   int
		shuffle int64
	}{{8, 0}, {1, 1}, {8, 2}} {
		if got := run(c.procs, c.shuffle); got != want {
			t.Fatalf("GOMAXPROCS=%d, shuffle %d: the report differs from one core in file order", c.procs, c.shuffle)
		}
	}
}

// TestStreamingChangesNothing: an archive larger than one chunk is read
// and extracted chunk by chunk, texts let go; the report is byte-identical
// to reading it whole.
func TestStreamingChangesNothing(t *testing.T) {
	dir := t.TempDir()
	_, err := corpus.Generate(dir, corpus.Options{Articles: 130, Seed: 4})
	require.NoError(t, err)
	run := func(chunk int) string {
		defer func(old int) { chunkFiles = old }(chunkFiles)
		chunkFiles = chunk
		e, problems := New(Config{})
		require.Empty(t, problems)
		var out bytes.Buffer
		rep := e.Check([]string{dir, "../../fixtures/articles"}, nil)
		for _, f := range []string{"json", "text"} {
			require.NoError(t, report.Write(&out, f, rep, report.Options{}))
		}
		require.Empty(t, e.early.pre, "every early claim was taken")
		return out.String()
	}
	require.Equal(t, run(1<<30), run(40))
}
