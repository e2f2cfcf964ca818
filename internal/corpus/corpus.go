// Package corpus writes seeded, synthetic news archives in the shape of
// real ones, for claimcheck's timing runs and scale tests: stories that
// run for months (troop deployments whose figures change over time),
// covered by many outlets, with the background facts news repeats (who
// killed whom, who holds which office), scraper noise, every way an
// article is dated (front matter, a sidecar, a "Published" line) and some
// undated pieces. A known set of contradictions is planted, and Manifest
// lists them, so a test can check that claimcheck finds each one.
//
// Key groups grow as in a real archive: a few stories (US troops in Iraq)
// draw most of the coverage, and the archive's time span grows with its
// size (a 1k archive covers six months, a 100k one about ten years).
//
// Every planted contradiction is built not to set off other rules: a
// wrong troop figure is dated on the last day its story's right figure is
// reported (so no later report restates the right figure after it, which
// count-stale would flag), and no two planted killers share a victim.
package corpus

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"
)

// Options say what to write.
type Options struct {
	Articles int   // how many articles (at least 20)
	Seed     int64 // the same seed writes the same bytes
	// Start is the first publication date; zero means 2020-02-01 (so that
	// the background killings of 2019 and 2020 are history).
	Start time.Time
}

// Plant is one contradiction written into the archive on purpose.
type Plant struct {
	Rule string `json:"rule"` // the rule that must report it
	Path string `json:"path"` // the planted article, relative to the archive
	Says string `json:"says"` // what it says that is wrong
	Fact string `json:"fact"` // what the rest of the archive says
}

// Manifest describes a written archive; Generate saves it as
// ManifestName in the archive's folder (the reader skips .json files).
type Manifest struct {
	Seed     int64   `json:"seed"`
	Articles int     `json:"articles"`
	Bytes    int64   `json:"bytes"` // article and sidecar bytes written
	Undated  int     `json:"undated"`
	From     string  `json:"from"` // first and last publication dates
	To       string  `json:"to"`
	Planted  []Plant `json:"planted"`
}

// ManifestName is the manifest's file name inside the archive.
const ManifestName = "corpus.json"

// Generate writes an archive into dir (created if needed) and returns its
// manifest.
func Generate(dir string, o Options) (*Manifest, error) {
	if o.Articles < 20 {
		return nil, fmt.Errorf("corpus: want at least 20 articles, got %d", o.Articles)
	}
	if o.Start.IsZero() {
		o.Start = time.Date(2020, 2, 1, 0, 0, 0, 0, time.UTC)
	}
	w := newWorld(o)
	arts, plants := w.plant(w.schedule(o.Articles-w.plans(o.Articles)), o.Articles)
	m := &Manifest{Seed: o.Seed, Articles: len(arts), Planted: plants,
		From: w.start.Format(dateLayout), To: w.end.AddDate(0, 0, -1).Format(dateLayout)}
	for _, a := range arts {
		n, err := a.write(dir, w)
		if err != nil {
			return nil, err
		}
		m.Bytes += n
		if a.format == undated {
			m.Undated++
		}
	}
	sort.Slice(m.Planted, func(i, j int) bool { return m.Planted[i].Path < m.Planted[j].Path })
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, err
	}
	return m, os.WriteFile(filepath.Join(dir, ManifestName), append(b, '\n'), 0o644)
}

// Load reads the manifest of an archive Generate wrote.
func Load(dir string) (*Manifest, error) {
	b, err := os.ReadFile(filepath.Join(dir, ManifestName))
	if err != nil {
		return nil, err
	}
	var m Manifest
	return &m, json.Unmarshal(b, &m)
}

const dateLayout = "2006-01-02"
