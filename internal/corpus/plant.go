package corpus

import (
	"fmt"
	"math"
	"sort"
	"time"
)

// plans counts the planted articles an archive of n gets: a wrong troop
// figure per 250 articles, and a wrong killer, wrong date or wrong office
// holder for each background fact the archive has room for.
func (w *world) plans(n int) int {
	p := max(2, n/250)
	if n >= 200 {
		p += len(killings) + len(offices)
	}
	return p
}

// plant adds the planted articles to arts (which hold every other
// article) and returns them with their plants. A plant that finds no
// right statement to contradict becomes a plain article of filler.
func (w *world) plant(arts []*article, n int) ([]*article, []Plant) {
	var plants []Plant
	var out []*article
	add := func(a *article, p *Plant) {
		if p == nil {
			a = w.plainArticle()
		}
		a.n = len(arts) + len(out) + 1
		if p != nil {
			p.Path = a.name()
			plants = append(plants, *p)
		}
		out = append(out, a)
	}
	for _, c := range w.countCandidates(arts, max(2, n/250)) {
		a, p := w.plantCount(c)
		add(a, p)
	}
	if n >= 200 {
		for k := range killings {
			a, p := w.plantKilling(arts, k)
			add(a, p)
		}
		for i := range offices {
			a, p := w.plantOffice(arts, i)
			add(a, p)
		}
	}
	return append(arts, out...), plants
}

// candidate is the last day a story's figure was stated (dated) before it
// changed: a wrong figure that day contradicts it, and nothing later
// restates the right one.
type candidate struct {
	story *story
	day   time.Time
}

func (w *world) countCandidates(arts []*article, want int) []candidate {
	last := map[*story]map[int]time.Time{}
	for _, a := range arts {
		if a.format == undated {
			continue
		}
		for _, s := range a.mentions {
			if last[s] == nil {
				last[s] = map[int]time.Time{}
			}
			p := s.period(a.date)
			if a.date.After(last[s][p]) {
				last[s][p] = a.date
			}
		}
	}
	var all []candidate
	for _, s := range w.stories {
		for p := range s.changes {
			if d, ok := last[s][p]; ok {
				all = append(all, candidate{s, d})
			}
		}
	}
	w.r.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	// Spread plants over stories before doubling up on one.
	sort.SliceStable(all, func(i, j int) bool { return storyIndex(w, all[i].story) < storyIndex(w, all[j].story) })
	seen := map[*story]int{}
	var out []candidate
	for round := 0; len(out) < want && round < 50; round++ {
		for _, c := range all {
			if len(out) < want && seen[c.story] == round && !plantedDay(out, c) {
				seen[c.story]++
				out = append(out, c)
			}
		}
	}
	return out
}

func storyIndex(w *world, s *story) int {
	for i, t := range w.stories {
		if t == s {
			return i
		}
	}
	return -1
}

func plantedDay(cs []candidate, c candidate) bool {
	for _, x := range cs {
		if x.story == c.story && x.day.Equal(c.day) {
			return true
		}
	}
	return false
}

// plantCount writes an article giving a story a figure far from any it
// ever had, on c's day.
func (w *world) plantCount(c candidate) (*article, *Plant) {
	s, right := c.story, c.story.figure(c.day)
	wrong := 0
	for _, f := range []float64{0.45, 1.7, 0.3, 2.4, 0.55, 3.1} {
		x := roundFigure(float64(right) * f)
		if x >= 30 && w.farFrom(x, s) {
			wrong = x
			break
		}
	}
	if wrong == 0 {
		return nil, nil
	}
	w.planted[s] = append(w.planted[s], wrong)
	a := &article{date: c.day, outlet: pick(w.r, outlets), format: pick(w.r, formats[:len(formats)-1])}
	a.title = fmt.Sprintf(pick(w.r, titles), s.holder.adj, s.place)
	a.lead(w, s, wrong)
	a.filler(w, 3+w.r.Intn(4))
	w.noise(a)
	return a, &Plant{Rule: "count-contradiction", Says: fmt.Sprintf("%s: %s on %s", s.key(), comma(wrong), c.day.Format(dateLayout)),
		Fact: fmt.Sprintf("%s: %s", s.key(), comma(right))}
}

// farFrom: x meets none of the story's figures, nor a figure planted in
// it before, even with 10% either way.
func (w *world) farFrom(x int, s *story) bool {
	for _, c := range s.changes {
		if math.Abs(float64(x-c.value)) < 0.25*float64(c.value) {
			return false
		}
	}
	for _, y := range w.planted[s] {
		if math.Abs(float64(x-y)) < 0.25*float64(y) {
			return false
		}
	}
	return true
}

// plantKilling names the wrong killer (even entries) or the wrong month
// (odd ones) of a killing some article states rightly.
func (w *world) plantKilling(arts []*article, k int) (*article, *Plant) {
	var after []*article
	for _, a := range arts {
		if contains(a.kills, k) {
			after = append(after, a)
		}
	}
	if len(after) == 0 {
		return nil, nil
	}
	kl := killings[k]
	a := &article{date: pick(w.r, after).date, outlet: pick(w.r, outlets), format: pick(w.r, formats)}
	a.title = "Looking back at the killing of " + kl.victim
	p := &Plant{Rule: "event-killer", Says: kl.victim + " killed by a " + kl.wrong + " strike", Fact: "by a " + kl.agent + " strike"}
	if k%2 == 0 {
		a.paras = append(a.paras, fmt.Sprintf(kl.sentence, kl.wrong, kl.month))
	} else {
		a.paras = append(a.paras, fmt.Sprintf(kl.sentence, kl.agent, kl.badMonth))
		p = &Plant{Rule: "event-kill-date", Says: kl.victim + " killed in " + kl.badMonth, Fact: "in " + kl.month}
	}
	a.filler(w, 3+w.r.Intn(4))
	w.noise(a)
	return a, p
}

// plantOffice gives an office to someone who held it at another time, in
// a month an article names the right holder.
func (w *world) plantOffice(arts []*article, i int) (*article, *Plant) {
	var right []*article
	for _, a := range arts {
		if contains(a.offices, i) && a.format != undated {
			right = append(right, a)
		}
	}
	if len(right) == 0 {
		return nil, nil
	}
	o := offices[i]
	d := pick(w.r, right).date
	name, _ := o.holderOn(d)
	wrong := ""
	for _, t := range o.holders {
		if t.name != name {
			wrong = t.name
		}
	}
	a := &article{date: d, outlet: pick(w.r, outlets), format: pick(w.r, formats[:len(formats)-1])}
	a.title = "Allies meet to discuss the way ahead"
	a.filler(w, 1)
	a.paras = append(a.paras, fmt.Sprintf(pick(w.r, officeSentences), o.title, wrong))
	a.filler(w, 2+w.r.Intn(4))
	w.noise(a)
	return a, &Plant{Rule: "role-office-holder", Says: fmt.Sprintf("%s %s in %s", o.title, wrong, d.Format("January 2006")), Fact: name}
}

// plainArticle stands in for a plant that had nothing to contradict.
func (w *world) plainArticle() *article {
	a := &article{date: w.pickDay(), outlet: pick(w.r, outlets), format: pick(w.r, formats)}
	a.title = "Allies meet to discuss the way ahead"
	a.filler(w, 4+w.r.Intn(4))
	return a
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
