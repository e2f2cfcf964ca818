package timex

import (
	_ "embed"
	"sort"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/claimcheck/claimcheck/engine/claim"
)

// The finder's words are data (data/words.toml), read once at start:
// extend them there, not in Go.
//
//go:embed data/words.toml
var wordsTOML string

// wordData is data/words.toml.
type wordData struct {
	Months   map[string][]string `toml:"months"`
	Weekdays map[string][]string `toml:"weekdays"`
	Units    map[string][]string `toml:"units"`
	Numbers  map[string]int      `toml:"numbers"`
	Ordinals map[string]int      `toml:"ordinals"`
	Seasons  map[string]int      `toml:"seasons"`
	Words    struct {
		ShortWeekdays []string `toml:"short_weekdays"`
		FutureCues    []string `toml:"future_cues"`
		LeadWords     []string `toml:"lead_words"`
	} `toml:"words"`
	Holiday []holidayData `toml:"holiday"`
	DayWord []struct {
		Days    int
		Phrases []string
	} `toml:"day_word"`
}

// holidayData is one [[holiday]]: a date, the nth weekday of a month plus
// days_after, days after Easter (computus "julian" for the Orthodox one),
// or a date of the Islamic or Hebrew calendar; days is how many days the
// feast lasts (one unless said), whole_month makes it a month of its
// calendar (Ramadan).
type holidayData struct {
	Names       []string `toml:"names"`
	Month, Day  int
	Weekday     string
	Nth         int
	DaysAfter   int    `toml:"days_after"`
	AfterEaster *int   `toml:"after_easter"`
	Computus    string `toml:"computus"`
	Calendar    string `toml:"calendar"`
	Days        int    `toml:"days"`
	WholeMonth  bool   `toml:"whole_month"`
}

var words = func() wordData {
	var w wordData
	if _, err := toml.Decode(wordsTOML, &w); err != nil {
		panic("timex: embedded data/words.toml: " + err.Error()) // covered by tests
	}
	return w
}()

var (
	monthWords   = byName(words.Months, monthNamed)
	weekdayWords = byName(words.Weekdays, weekdayNamed)
	// shortWeekdays are abbreviations that are also words ("sat", "sun",
	// "wed"): they need a capital.
	shortWeekdays = set(words.Words.ShortWeekdays)
	unitWords     = byName(words.Units, grainNamed)
	smallNumbers  = words.Numbers
	ordinalWords  = words.Ordinals
	// seasons: meteorological, northern hemisphere (first month, length 3).
	seasons = func() map[string]time.Month {
		m := map[string]time.Month{}
		for w, first := range words.Seasons {
			m[w] = time.Month(first)
		}
		return m
	}()
	// futureCues anywhere in a sentence make its bare months and weekdays
	// look forward ("will meet on Sunday" is the coming Sunday).
	futureCues = set(words.Words.FutureCues)
	// holidays are keyed by their lower-case words joined by spaces, as
	// tokenized ("new year's day").
	holidays = holidaysOf(words.Holiday)
	// dayWords are "today", "yesterday", "the day after tomorrow" and the
	// like, by first word, longest first.
	dayWords = dayWordsOf()
)

// dayWord is a phrase for a day counted from the reference date.
type dayWord struct {
	words []string
	days  int
}

func dayWordsOf() map[string][]dayWord {
	m := map[string][]dayWord{}
	for _, g := range words.DayWord {
		for _, ph := range g.Phrases {
			ws := strings.Fields(ph)
			m[ws[0]] = append(m[ws[0]], dayWord{ws, g.Days})
		}
	}
	for _, l := range m {
		sort.SliceStable(l, func(i, j int) bool { return len(l[i].words) > len(l[j].words) })
	}
	return m
}

func monthNamed(name string) (time.Month, bool) {
	for m := time.January; m <= time.December; m++ {
		if strings.ToLower(m.String()) == name {
			return m, true
		}
	}
	return 0, false
}

func weekdayNamed(name string) (time.Weekday, bool) {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if strings.ToLower(d.String()) == name {
			return d, true
		}
	}
	return 0, false
}

func grainNamed(name string) (claim.Grain, bool) {
	switch name {
	case claim.Day, claim.Week, claim.Month, claim.Quarter, claim.Year, claim.Decade, "fortnight":
		return name, true
	}
	return "", false
}

// byName maps each word listed under a name ("january = [...]") to what
// the name means.
func byName[V any](lists map[string][]string, named func(string) (V, bool)) map[string]V {
	m := map[string]V{}
	for name, ws := range lists {
		v, ok := named(name)
		if !ok {
			panic("timex: data/words.toml: unknown name " + name) // covered by tests
		}
		for _, w := range ws {
			m[w] = v
		}
	}
	return m
}

func set(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

func holidaysOf(list []holidayData) map[string]holiday {
	m := map[string]holiday{}
	for _, h := range list {
		rule := h.rule()
		for _, n := range h.Names {
			m[n] = rule
		}
	}
	return m
}

func (h holidayData) rule() holiday {
	switch h.Calendar {
	case "islamic":
		return otherCalendar(h, islamicDay, 12, func(y int) int { return (y - 622) * 33 / 32 })
	case "hebrew":
		return otherCalendar(h, hebrewDay, 13, func(y int) int { return y + 3760 })
	case "", "gregorian":
	default:
		panic("timex: data/words.toml: unknown calendar " + h.Calendar) // covered by tests
	}
	var first func(y int) time.Time
	switch {
	case h.AfterEaster != nil:
		first = easterPlus(*h.AfterEaster, h.Computus)
	case h.Weekday != "":
		wd, ok := weekdayNamed(h.Weekday)
		if !ok {
			panic("timex: data/words.toml: unknown weekday " + h.Weekday) // covered by tests
		}
		first = nthPlus(time.Month(h.Month), wd, h.Nth, h.DaysAfter)
	default:
		first = fixed(time.Month(h.Month), h.Day)
	}
	return func(y int) claim.Interval { return h.lasting(first(y)) }
}

// lasting is the feast's days from its first.
func (h holidayData) lasting(first time.Time) claim.Interval {
	if h.Days > 1 {
		return iv(first, first.AddDate(0, 0, h.Days-1), claim.Day)
	}
	return dayIv(first)
}

// otherCalendar is the rule of a feast dated in another calendar, whose
// conv turns (year, month, day) into a Gregorian day; months is its last
// month number and near guesses its year for a Gregorian one. A Gregorian
// year holds the first occurrence in it (an Islamic feast can fall twice).
func otherCalendar(h holidayData, conv func(y, m, d int) time.Time, months int, near func(int) int) holiday {
	return func(y int) claim.Interval {
		first, oy, ok := inYear(y, near(y), func(oy int) time.Time { return conv(oy, h.Month, h.Day) })
		if !ok {
			return claim.Interval{}
		}
		if !h.WholeMonth {
			return h.lasting(first)
		}
		ny, nm := oy, h.Month+1
		if nm > months {
			ny, nm = oy+1, 1
		}
		return iv(first, conv(ny, nm, 1).AddDate(0, 0, -1), claim.Day)
	}
}

// holiday resolves a named feast in year y to its days.
type holiday func(y int) claim.Interval

func fixed(m time.Month, d int) func(int) time.Time {
	return func(y int) time.Time { return day(y, m, d) }
}

func nthPlus(m time.Month, wd time.Weekday, n, plus int) func(int) time.Time {
	return func(y int) time.Time { return nthWeekday(y, m, wd, n).AddDate(0, 0, plus) }
}

func easterPlus(d int, computus string) func(int) time.Time {
	if computus == "julian" {
		return func(y int) time.Time { return julianEaster(y).AddDate(0, 0, d) }
	}
	return func(y int) time.Time { return easter(y).AddDate(0, 0, d) }
}

// holidayMax is the most words a holiday name has.
const holidayMax = 5

// holidayFirst are the first words of holiday names.
var holidayFirst = func() map[string]bool {
	m := map[string]bool{}
	for k := range holidays {
		m[strings.Fields(k)[0]] = true
	}
	return m
}()

// startWords are the words a time expression can begin with; built from the
// tables above plus the rules' own lead words.
var startWords = func() map[string]bool {
	m := map[string]bool{}
	for _, tbl := range []map[string]int{smallNumbers, ordinalWords} {
		for w := range tbl {
			m[w] = true
		}
	}
	for w := range monthWords {
		m[w] = true
	}
	for w := range weekdayWords {
		m[w] = true
		m[w+"s"] = true
		m[w+"'s"] = true
		m[w+"’s"] = true
	}
	for w := range unitWords {
		m[w] = true
	}
	for w := range seasons {
		m[w] = true
	}
	for k := range holidays {
		first := k
		for i, r := range k {
			if r == ' ' {
				first = k[:i]
				break
			}
		}
		m[first] = true
	}
	for _, w := range words.Words.LeadWords {
		m[w] = true
	}
	for w := range dayWords {
		m[w] = true
	}
	return m
}()
