package extract

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/engine/article"
)

// FuzzExtract: any text extracts without panicking, and every claim stays
// inside its sentence and the file.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"There are currently around 5,000 U.S. troops in the country, and around 2,500 additional coalition forces.",
		"“We are there,” Hood said. “Fine,” he said.",
		"An American drone strike killed Iranian military leader Qassem Suleimani in January.",
		"“unclosed quote and, said",
		"”stray close” “ ” \" \" 's n't U.S. al- -al 5,",
		"The 2003 invasion. The 2008 SFA. from 5,200 to 3000 to",
		"A\u00a0B\r\nC.\x00\xff “",
		"",
	} {
		f.Add(s)
	}
	x := New(nil, Options{})
	f.Fuzz(func(t *testing.T, text string) {
		cs, err := x.Text("fuzz", text, time.Date(2020, 6, 12, 0, 0, 0, 0, time.UTC))
		if err != nil {
			return // the article reader rejects it (binary, too large): not ours
		}
		checkSpans(t, text, cs)
	})
}

// BenchmarkFixtures extracts the five fixture articles; it reports claims
// per second.
func BenchmarkFixtures(b *testing.B) {
	paths, _ := filepath.Glob("../../fixtures/articles/*.txt")
	arts, errs := article.Read(paths, article.Options{})
	if len(errs) > 0 || len(arts) == 0 {
		b.Fatal(errs)
	}
	x := New(nil, Options{})
	x.Article(arts[0]) // load the lexicon outside the timer
	sentences := 0
	for _, a := range arts {
		sentences += len(a.Sentences)
	}
	b.ResetTimer()
	claims := 0
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			claims += len(x.Article(a))
		}
	}
	b.ReportMetric(float64(claims)/b.Elapsed().Seconds(), "claims/s")
	b.ReportMetric(float64(sentences*b.N)/b.Elapsed().Seconds(), "sentences/s")
}
