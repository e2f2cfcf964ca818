package main

// Progress on standard error for long runs: one line, rewritten in place,
// only when stderr is a terminal (a CI log or a redirect gets nothing) and
// never with --quiet.

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"golang.org/x/term"

	"github.com/claimcheck/claimcheck/engine/pipeline"
)

// progressEvery is how often the line is redrawn at most; stage changes
// and the end of a stage always show.
const progressEvery = 100 * time.Millisecond

// progressLine draws pipeline progress on one terminal line.
type progressLine struct {
	w     io.Writer
	mu    sync.Mutex
	last  time.Time
	stage string
	drawn bool
	now   func() time.Time
}

// newProgress returns the progress callback for a run and a func that
// clears the line when the run is done; both are no-ops when stderr is not
// a terminal or quiet is set.
func newProgress(stderr io.Writer, quiet bool) (func(pipeline.Progress), func()) {
	f, ok := stderr.(*os.File)
	if quiet || !ok || !term.IsTerminal(int(f.Fd())) {
		return nil, func() {}
	}
	p := &progressLine{w: stderr, now: time.Now}
	return p.update, p.clear
}

func (p *progressLine) update(ev pipeline.Progress) {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := p.now()
	if ev.Stage == p.stage && ev.Done != ev.Total && now.Sub(p.last) < progressEvery {
		return
	}
	p.stage, p.last, p.drawn = ev.Stage, now, true
	fmt.Fprintf(p.w, "\r\x1b[Kclaimcheck: %s", describeProgress(ev))
}

func (p *progressLine) clear() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.drawn = false
	}
}

func describeProgress(ev pipeline.Progress) string {
	switch ev.Stage {
	case pipeline.StageRead:
		if ev.Done < ev.Total {
			return fmt.Sprintf("reading articles: %d of %d files", ev.Done, ev.Total)
		}
		return fmt.Sprintf("read %d articles", ev.Total)
	case pipeline.StageExtract:
		return fmt.Sprintf("extracting claims: %d of %d articles", ev.Done, ev.Total)
	case pipeline.StageRules:
		if ev.Done < ev.Total {
			return fmt.Sprintf("running %d rules", ev.Total)
		}
		return fmt.Sprintf("ran %d rules", ev.Total)
	}
	return fmt.Sprintf("%s %d/%d", ev.Stage, ev.Done, ev.Total)
}
