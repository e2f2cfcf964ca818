package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// format is how an article is stored and dated.
type format int

const (
	yamlFront format = iota // Markdown with YAML front matter
	tomlFront               // Markdown with TOML front matter
	sidecar                 // NAME.txt beside NAME.meta.toml
	textDate                // a "Published 26 July 2021" line under the headline
	undated                 // no date anywhere
)

// formats is the mix of storage formats, as a newsroom's archive has it.
var formats = []format{yamlFront, yamlFront, yamlFront, yamlFront, yamlFront, yamlFront, yamlFront, yamlFront, yamlFront, yamlFront,
	tomlFront, sidecar, sidecar, sidecar, sidecar, sidecar, sidecar, textDate, textDate, undated}

// article is one file to write.
type article struct {
	n      int
	date   time.Time
	outlet string
	format format
	title  string
	paras  []string
	// mentions are the troop figures it states as current, for planting.
	mentions []*story
	// kills and offices it mentions rightly, by index
	kills   []int
	offices []int
}

func (a *article) name() string {
	ext := ".md"
	if a.format == sidecar {
		ext = ".txt"
	}
	return filepath.Join(a.date.Format("2006"), a.date.Format("01"), fmt.Sprintf("a%06d%s", a.n, ext))
}

// schedule draws every article but the planted ones, in publication order.
func (w *world) schedule(n int) []*article {
	arts := make([]*article, n)
	for i := range arts {
		arts[i] = w.newArticle(w.pickStory(), w.pickDay())
	}
	sort.SliceStable(arts, func(i, j int) bool { return arts[i].date.Before(arts[j].date) })
	for i, a := range arts {
		a.n = i + 1
	}
	return arts
}

// newArticle writes one story's article: the figure as the lead, then
// background and other stories' figures among filler, then scraper noise.
func (w *world) newArticle(s *story, d time.Time) *article {
	a := &article{date: d, outlet: pick(w.r, outlets), format: pick(w.r, formats)}
	a.title = fmt.Sprintf(pick(w.r, titles), s.holder.adj, s.place)
	a.lead(w, s, s.figure(d))
	a.filler(w, 3+w.r.Intn(5))
	if w.r.Intn(10) < 4 {
		a.paras = append(a.paras, w.figureSentence(s, s.figure(d), restatements))
	}
	if w.r.Intn(10) < 3 {
		o := w.pickStory()
		if o != s {
			a.paras = append(a.paras, "Elsewhere, "+lowerFirst(w.figureSentence(o, o.figure(d), leads)))
			a.mentions = append(a.mentions, o)
		}
	}
	a.filler(w, 2+w.r.Intn(4))
	w.background(a)
	a.filler(w, 2+w.r.Intn(5))
	w.background(a)
	w.noise(a)
	return a
}

// lead states the story's figure as the article's first paragraph.
func (a *article) lead(w *world, s *story, value int) {
	a.paras = append(a.paras, w.figureSentence(s, value, leads))
	a.mentions = append(a.mentions, s)
}

func (w *world) figureSentence(s *story, value int, forms []string) string {
	r := strings.NewReplacer("{H}", s.holder.name, "{A}", s.holder.adj, "{P}", s.place,
		"{Q}", pick(w.r, qualifiers), "{N}", comma(value), "{D}", pick(w.r, weekdays), "{S}", pick(w.r, sources))
	return r.Replace(pick(w.r, forms))
}

// background adds what news repeats about a story's region: a killing
// that happened before the article, an office holder in a month without
// a change of holder.
func (w *world) background(a *article) {
	if k := w.r.Intn(len(killings)); w.r.Intn(4) == 0 && killings[k].when.Before(a.date) {
		kl := killings[k]
		a.paras = append(a.paras, fmt.Sprintf(kl.sentence, kl.agent, kl.month))
		a.kills = append(a.kills, k)
	}
	if w.r.Intn(5) < 2 {
		a.paras = append(a.paras, pick(w.r, history))
	}
	if i := w.r.Intn(len(offices)); w.r.Intn(2) == 0 {
		w.office(a, i)
	}
}

// office names an office's holder, in a month without a change of holder,
// saying something or quoted in their own words.
func (w *world) office(a *article, i int) {
	o := offices[i]
	name, changing := o.holderOn(a.date)
	if changing {
		return
	}
	if w.r.Intn(3) > 0 {
		a.paras = append(a.paras, fmt.Sprintf(pick(w.r, officeSentences), o.title, name))
	} else {
		q := quotes[2*tenureNumber(i, name)+w.r.Intn(2)]
		a.paras = append(a.paras, fmt.Sprintf("\u201c%s,\u201d %s %s said.", q, o.title, name))
	}
	a.offices = append(a.offices, i)
}

func (a *article) filler(w *world, n int) {
	for range n {
		p := pick(w.r, fillers)
		if w.r.Intn(2) == 0 {
			p += " " + pick(w.r, fillers)
		}
		a.paras = append(a.paras, p)
	}
}

// noise adds what scrapers leave in: ad markers, "Read more" lists, share
// buttons and source links.
func (w *world) noise(a *article) {
	if w.r.Intn(10) < 3 {
		i := 1 + w.r.Intn(len(a.paras)-1)
		a.paras[i] = "[ad_1] " + a.paras[i]
	}
	if w.r.Intn(10) < 3 {
		a.paras = append(a.paras, "Read more:", fmt.Sprintf(pick(w.r, titles), pick(w.r, holders).adj, pick(w.r, places)),
			fmt.Sprintf(pick(w.r, titles), pick(w.r, holders).adj, pick(w.r, places)))
	}
	if w.r.Intn(10) < 2 {
		a.paras = append(a.paras, "Share this article")
	}
	if w.r.Intn(10) < 3 {
		a.paras = append(a.paras, "Source link")
	}
}

// write stores the article (and its sidecar) under dir, returning the
// bytes written.
func (a *article) write(dir string, w *world) (int64, error) {
	path := filepath.Join(dir, a.name())
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return 0, err
	}
	text := a.render()
	var n int64 = int64(len(text))
	if a.format == sidecar {
		meta := fmt.Sprintf("published = %s\noutlet = %q\ntitle = %q\n", a.date.Format(dateLayout), a.outlet, a.title)
		if err := os.WriteFile(strings.TrimSuffix(path, ".txt")+".meta.toml", []byte(meta), 0o644); err != nil {
			return 0, err
		}
		n += int64(len(meta))
	}
	return n, os.WriteFile(path, []byte(text), 0o644)
}

func (a *article) render() string {
	var b strings.Builder
	date := a.date.Format(dateLayout)
	switch a.format {
	case yamlFront:
		fmt.Fprintf(&b, "---\npublished: %s\noutlet: %s\ntitle: %q\n---\n", date, a.outlet, a.title)
	case tomlFront:
		fmt.Fprintf(&b, "+++\npublished = %s\noutlet = %q\ntitle = %q\n+++\n", date, a.outlet, a.title)
	}
	b.WriteString(a.title + "\n\n")
	if a.format == textDate {
		fmt.Fprintf(&b, "Published %s\n\n", a.date.Format("2 January 2006"))
	}
	for _, p := range a.paras {
		b.WriteString(p + "\n\n")
	}
	return b.String()
}

// tenureNumber counts tenures over all offices, for quotes.
func tenureNumber(office int, name string) int {
	n := 0
	for i, o := range offices {
		for _, t := range o.holders {
			if i == office && t.name == name {
				return n
			}
			n++
		}
	}
	return n
}

// comma writes 5200 as "5,200".
func comma(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

func lowerFirst(s string) string {
	if strings.HasPrefix(s, "The ") || strings.HasPrefix(s, "There ") {
		return strings.ToLower(s[:1]) + s[1:]
	}
	return s
}
