package main

import (
	"bytes"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/claimcheck/claimcheck/engine/pipeline"
)

func TestProgressLine(t *testing.T) {
	var buf bytes.Buffer
	clock := time.Unix(0, 0)
	p := &progressLine{w: &buf, now: func() time.Time { return clock }}
	p.update(pipeline.Progress{Stage: pipeline.StageRead, Done: 5, Total: 5})
	p.update(pipeline.Progress{Stage: pipeline.StageExtract, Done: 1, Total: 5})
	p.update(pipeline.Progress{Stage: pipeline.StageExtract, Done: 2, Total: 5}) // too soon: not drawn
	clock = clock.Add(progressEvery)
	p.update(pipeline.Progress{Stage: pipeline.StageExtract, Done: 3, Total: 5})
	p.update(pipeline.Progress{Stage: pipeline.StageExtract, Done: 5, Total: 5}) // a stage's end always shows
	p.update(pipeline.Progress{Stage: pipeline.StageRules, Done: 0, Total: 13})
	p.clear()
	assert.Equal(t, "\r\x1b[Kclaimcheck: read 5 articles"+
		"\r\x1b[Kclaimcheck: extracting claims: 1 of 5 articles"+
		"\r\x1b[Kclaimcheck: extracting claims: 3 of 5 articles"+
		"\r\x1b[Kclaimcheck: extracting claims: 5 of 5 articles"+
		"\r\x1b[Kclaimcheck: running 13 rules"+
		"\r\x1b[K", buf.String())
}

// TestProgressSilentOffTerminal: a log or a pipe gets no progress.
func TestProgressSilentOffTerminal(t *testing.T) {
	r := cli(t, "", "check", "fixtures/articles")
	assert.NotContains(t, r.stderr, "claimcheck: read")
	r = cli(t, "", "check", "--quiet", "fixtures/articles")
	assert.Equal(t, 0, r.code, r.stderr)
	fn, done := newProgress(&bytes.Buffer{}, false)
	assert.Nil(t, fn)
	done()
}
