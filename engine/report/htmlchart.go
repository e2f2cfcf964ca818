package report

// The HTML report's timeline: a drift or stale series of counts as an SVG
// chart, dates across, amounts up from zero (a chart that starts elsewhere
// makes a small change look large). Each source is one numbered marker at
// its figure; the range its wording allows ("about 5,000": 4,500..5,500)
// is a band behind it, and a figure that held over a period ("earlier
// this month") is a bar across that period. Geometry is computed here,
// the template only draws it.

import (
	"fmt"
	"math"
	"time"

	"github.com/claimcheck/claimcheck/engine/claim"
)

// Chart size in SVG units; the page scales it to its column.
const (
	chartW, chartH               = 640.0, 240.0
	padLeft, padRight            = 64.0, 24.0
	padTop, padBottom            = 20.0, 36.0
	minBandW                     = 8.0 // a one-day band is still visible
	maxXTicks, maxYTicks         = 6, 5
	chartDay                     = 24 * time.Hour
	chartPadFraction             = 0.06 // room left and right of the first and last dates
	openTop              float64 = -1   // marks a band with no upper bound ("at least")
)

type htmlChart struct {
	W, H           float64
	Left, Right    float64 // plot area
	Top, Bottom    float64
	XTicks, YTicks []chartTick
	Points         []chartPoint
	Trend          string // polyline points through the markers, in time order
	Label          string // what the chart shows, for screen readers
}

type chartTick struct {
	Pos   float64 // x for XTicks, y for YTicks
	Label string
}

type chartPoint struct {
	N                  int // the marker's number, as in the table
	X, Y               float64
	BandX, BandW       float64 // the band of the range the wording allows
	BandY, BandH       float64
	HasBand            bool
	SpanX1, SpanX2     float64 // the period the figure held over
	HasSpan            bool
	Title              string // the tooltip: amount, date, source
	Stale, Draft, Open bool
}

// seriesPoint is one source of a series: where it goes and what it says.
type seriesPoint struct {
	from, to        time.Time
	value, low, top float64
	title           string
	stale, draft    bool
}

// countPoint places claim c, or says it cannot be charted (not a count).
func countPoint(c *claim.Claim, amountText string) (seriesPoint, bool) {
	if c.Kind != claim.Count {
		return seriesPoint{}, false
	}
	iv := c.AsOf
	if !iv.Known {
		if !c.Dated {
			return seriesPoint{}, false
		}
		iv = claim.DayOf(c.Published)
	}
	p := seriesPoint{from: iv.From, to: iv.To, value: c.Value, low: c.Low, top: c.High}
	if c.Value == 0 && c.Low != c.High && !math.IsInf(c.High, 1) {
		p.value = (c.Low + c.High) / 2 // a range without a figure ("2,000 to 3,000")
	}
	if math.IsInf(c.High, 1) || c.High < c.Low {
		p.top = openTop
	}
	p.title = fmt.Sprintf("%s as of %s: %s", amountText, whenWords(c), byline(c))
	return p, true
}

// newChart lays out points (in time order); nil when fewer than two can
// be charted.
func newChart(pts []seriesPoint) *htmlChart {
	if len(pts) < 2 {
		return nil
	}
	ch := &htmlChart{W: chartW, H: chartH, Left: padLeft, Right: chartW - padRight, Top: padTop, Bottom: chartH - padBottom}
	t0, t1, ymax := pts[0].from, pts[0].to, 0.0
	for _, p := range pts {
		if p.from.Before(t0) {
			t0 = p.from
		}
		if p.to.After(t1) {
			t1 = p.to
		}
		ymax = math.Max(ymax, math.Max(p.value, p.top))
	}
	if !t1.After(t0) {
		t0, t1 = t0.Add(-15*chartDay), t1.Add(15*chartDay)
	}
	pad := time.Duration(float64(t1.Sub(t0)) * chartPadFraction)
	t0, t1 = t0.Add(-pad), t1.Add(pad)
	ystep := niceStep(ymax*1.1, maxYTicks)
	ytop := math.Max(ystep, math.Ceil(ymax*1.1/ystep)*ystep)
	x := func(t time.Time) float64 {
		return ch.Left + (ch.Right-ch.Left)*float64(t.Sub(t0))/float64(t1.Sub(t0))
	}
	y := func(v float64) float64 { return ch.Bottom - (ch.Bottom-ch.Top)*v/ytop }
	for v := 0.0; v <= ytop+ystep/2; v += ystep {
		ch.YTicks = append(ch.YTicks, chartTick{Pos: round1(y(v)), Label: number(v)})
	}
	for _, t := range dateTicks(t0, t1) {
		ch.XTicks = append(ch.XTicks, chartTick{Pos: round1(x(t.at)), Label: t.label})
	}
	for i, p := range pts {
		ch.Points = append(ch.Points, placePoint(i+1, p, x, y, ch.Top))
		cp := ch.Points[i]
		ch.Trend += fmt.Sprintf("%.1f,%.1f ", cp.X, cp.Y)
	}
	ch.Label = fmt.Sprintf("Timeline of %d figures from %s to %s", len(pts), claim.FormatDate(pts[0].from), claim.FormatDate(pts[len(pts)-1].to))
	return ch
}

func placePoint(n int, p seriesPoint, x func(time.Time) float64, y func(float64) float64, top float64) chartPoint {
	mid := p.from.Add(p.to.Sub(p.from) / 2)
	cp := chartPoint{N: n, X: round1(x(mid)), Y: round1(y(p.value)), Title: p.title, Stale: p.stale, Draft: p.draft}
	if !p.to.Equal(p.from) {
		cp.HasSpan, cp.SpanX1, cp.SpanX2 = true, round1(x(p.from)), round1(x(p.to))
	}
	hi := y(p.top)
	if p.top == openTop {
		hi, cp.Open = top, true
	}
	if p.low != p.top || cp.Open {
		x1, x2 := x(p.from), x(p.to)
		if w := x2 - x1; w < minBandW {
			x1, x2 = x1-(minBandW-w)/2, x2+(minBandW-w)/2
		}
		cp.HasBand = true
		cp.BandX, cp.BandW = round1(x1), round1(x2-x1)
		cp.BandY, cp.BandH = round1(hi), round1(y(p.low)-hi)
	}
	return cp
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }

// niceStep is a step of 1, 2, 2.5 or 5 times a power of ten that cuts
// [0, span] into at most n parts.
func niceStep(span float64, n int) float64 {
	if span <= 0 {
		return 1
	}
	raw := span / float64(n)
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if m*mag >= raw {
			return m * mag
		}
	}
	return 10 * mag
}

type dateTick struct {
	at    time.Time
	label string
}

// dateTicks marks weeks, months, quarters or years between t0 and t1, the
// finest that gives at most maxXTicks marks; weeks start on Mondays.
func dateTicks(t0, t1 time.Time) []dateTick {
	for _, days := range []int{7, 14} {
		start := time.Date(t0.Year(), t0.Month(), t0.Day(), 0, 0, 0, 0, time.UTC)
		for start.Weekday() != time.Monday || start.Before(t0) {
			start = start.AddDate(0, 0, 1)
		}
		var ticks []dateTick
		for t := start; !t.After(t1); t = t.AddDate(0, 0, days) {
			ticks = append(ticks, dateTick{t, t.Format(claim.DateLayout)})
		}
		if len(ticks) <= maxXTicks {
			return ticks
		}
	}
	for _, months := range []int{1, 3, 6, 12, 24, 60, 120} {
		start := time.Date(t0.Year(), t0.Month(), 1, 0, 0, 0, 0, time.UTC)
		for (int(start.Month())-1)%min(months, 12) != 0 || start.Before(t0) {
			start = start.AddDate(0, 1, 0)
		}
		var ticks []dateTick
		for t := start; !t.After(t1); t = t.AddDate(0, months, 0) {
			label := t.Format("2006-01")
			if months >= 12 {
				label = t.Format("2006")
			}
			ticks = append(ticks, dateTick{t, label})
		}
		if len(ticks) <= maxXTicks {
			return ticks
		}
	}
	return nil
}
