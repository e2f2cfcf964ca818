package corpus

import (
	"math"
	"math/rand"
	"sort"
	"time"
)

// holder is a country that keeps troops abroad, as articles name it.
type holder struct {
	name    string // subject form: "The United States"
	adj     string // "US"
	country string // the place it is, never a story's place
}

var holders = []holder{
	{"The United States", "US", "United States"},
	{"France", "French", "France"},
	{"Britain", "British", "Britain"},
	{"Germany", "German", "Germany"},
	{"Turkey", "Turkish", "Turkey"},
	{"Russia", "Russian", "Russia"},
	{"Italy", "Italian", "Italy"},
	{"Spain", "Spanish", "Spain"},
	{"Canada", "Canadian", "Canada"},
	{"Australia", "Australian", "Australia"},
	{"The Netherlands", "Dutch", "The Netherlands"},
}

var places = []string{
	"Iraq", "Syria", "Mali", "Niger", "Estonia", "Poland", "Lithuania", "Latvia", "Afghanistan", "Somalia",
	"Kosovo", "Lebanon", "Qatar", "Djibouti", "Chad", "Romania", "Japan", "South Korea", "Jordan", "Kuwait",
}

// story is one holder's troops in one place, and how many there are
// over time.
type story struct {
	holder  holder
	place   string
	changes []change // the first from the archive's start
}

// change is a new figure from a date on.
type change struct {
	from  time.Time
	value int
}

// newStory draws a timeline: a figure, then a new one every three to nine
// months, always up or always down by a quarter or more. No figure comes
// back (count-stale would rightly call a return stale) and no two meet,
// even with the 10% an "about" allows either way.
func (w *world) newStory(h holder, place string) *story {
	s := &story{holder: h, place: place}
	v := 100 * (3 + w.r.Intn(60))
	up := w.r.Intn(2) == 0
	for t := w.start; t.Before(w.end); t = t.AddDate(0, 3+w.r.Intn(7), w.r.Intn(28)) {
		s.changes = append(s.changes, change{from: t, value: v})
		next := float64(v) * (0.6 + 0.1*w.r.Float64())
		if up {
			next = float64(v) * (1.3 + 0.2*w.r.Float64())
		}
		if next < 100 {
			break // a small contingent stays as it is
		}
		v = roundFigure(next)
	}
	return s
}

// roundFigure rounds as officials do: to 50 above a thousand, else to 10.
func roundFigure(x float64) int {
	step := 10.0
	if x >= 1000 {
		step = 50
	}
	return int(math.Round(x/step) * step)
}

// period is the index of the figure in force on day d.
func (s *story) period(d time.Time) int {
	return sort.Search(len(s.changes), func(i int) bool { return s.changes[i].from.After(d) }) - 1
}

func (s *story) figure(d time.Time) int { return s.changes[s.period(d)].value }

// key names the story as count claims key it.
func (s *story) key() string { return s.holder.adj + " troops in " + s.place }

// killing is a background fact news repeats: who killed whom, where and
// when. The sentence has one %s, the killer's adjective.
type killing struct {
	victim   string
	sentence string
	agent    string // the right one
	wrong    string // the killer a planted article names instead
	when     time.Time
	month    string // how the sentence dates it
	badMonth string // the month a planted date names instead
}

var killings = []killing{
	{"Qassem Soleimani", "A %s drone strike killed Iranian commander Qassem Soleimani near Baghdad International Airport in %s.",
		"US", "Israeli", day(2020, 1, 3), "January 2020", "March 2020"},
	{"Abu Bakr al-Baghdadi", "Abu Bakr al-Baghdadi was killed in a %s raid in Syria in %s.",
		"US", "Russian", day(2019, 10, 27), "October 2019", "October 2018"},
	{"Osama bin Laden", "Osama bin Laden was killed by %s special forces in Pakistan in %s.",
		"US", "British", day(2011, 5, 2), "May 2011", "May 2012"},
	{"Ayman al-Zawahiri", "Ayman al-Zawahiri was killed by a %s drone strike in Kabul in %s.",
		"US", "Pakistani", day(2022, 7, 31), "July 2022", "July 2021"},
}

// office is a post and who held it when.
type office struct {
	title   string // as written before a name: "NATO Secretary General"
	holders []tenure
}

type tenure struct {
	name string
	from time.Time // the first day in office
}

var offices = []office{
	{"NATO Secretary General", []tenure{{"Jens Stoltenberg", day(2014, 10, 1)}, {"Mark Rutte", day(2024, 10, 1)}}},
	{"Iraqi Prime Minister", []tenure{{"Adil Abdul-Mahdi", day(2018, 10, 25)}, {"Mustafa al-Kadhimi", day(2020, 5, 7)},
		{"Mohammed Shia al-Sudani", day(2022, 10, 27)}}},
	{"French Defence Minister", []tenure{{"Florence Parly", day(2017, 6, 21)}, {"Sebastien Lecornu", day(2022, 5, 20)}}},
}

// holderOn is who held the office on d, and whether d's calendar month
// saw a change of holder (claims are compared by month: a month with two
// holders is left alone).
func (o office) holderOn(d time.Time) (name string, changing bool) {
	for i, t := range o.holders {
		if !t.from.After(d) {
			name = t.name
		}
		if i > 0 && t.from.Year() == d.Year() && t.from.Month() == d.Month() {
			changing = true
		}
	}
	return name, changing
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// world is the archive's ground truth: its time span, its stories, and the
// random source every choice is drawn from, in a fixed order.
type world struct {
	r          *rand.Rand
	start, end time.Time
	days       int
	stories    []*story
	weights    []float64        // cumulative, for picking a story
	planted    map[*story][]int // wrong figures planted so far
}

func newWorld(o Options) *world {
	months := max(6, o.Articles/800)
	w := &world{r: rand.New(rand.NewSource(o.Seed)), start: o.Start, end: o.Start.AddDate(0, months, 0),
		planted: map[*story][]int{}}
	w.days = int(w.end.Sub(w.start).Hours() / 24)
	for _, h := range holders {
		for _, p := range places {
			if h.country != p {
				w.stories = append(w.stories, w.newStory(h, p))
			}
		}
	}
	// Coverage follows a power law, as attention does: the first story
	// draws about a tenth of all articles.
	w.r.Shuffle(len(w.stories), func(i, j int) { w.stories[i], w.stories[j] = w.stories[j], w.stories[i] })
	total := 0.0
	for i := range w.stories {
		total += 1 / math.Pow(float64(i+1), 0.9)
		w.weights = append(w.weights, total)
	}
	return w
}

func (w *world) pickStory() *story {
	x := w.r.Float64() * w.weights[len(w.weights)-1]
	return w.stories[min(sort.SearchFloat64s(w.weights, x), len(w.stories)-1)]
}

func (w *world) pickDay() time.Time { return w.start.AddDate(0, 0, w.r.Intn(w.days)) }

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.Intn(len(xs))] }
