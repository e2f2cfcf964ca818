// Command corpus writes a seeded synthetic news archive for claimcheck's
// timing runs (see internal/corpus and docs/performance.md):
//
//	go run ./internal/gen/corpus -n 10000 -seed 1 -out /tmp/archive10k
//
// The folder gets YYYY/MM/aNNNNNN.{md,txt} articles (some with .meta.toml
// sidecars) and corpus.json, the manifest of planted contradictions.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"

	"github.com/claimcheck/claimcheck/internal/corpus"
)

func main() {
	n := flag.Int("n", 1000, "number of articles")
	seed := flag.Int64("seed", 1, "random seed: the same seed writes the same archive")
	out := flag.String("out", "", "folder to write (created; must not exist or be empty)")
	flag.Parse()
	if *out == "" {
		log.Fatal("corpus: -out FOLDER is required")
	}
	if entries, err := os.ReadDir(*out); err == nil && len(entries) > 0 {
		log.Fatalf("corpus: %s is not empty", *out)
	}
	m, err := corpus.Generate(*out, corpus.Options{Articles: *n, Seed: *seed})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d articles (%d undated), %.1f MB, %s to %s, %d planted contradictions\n",
		m.Articles, m.Undated, float64(m.Bytes)/1e6, m.From, m.To, len(m.Planted))
}
