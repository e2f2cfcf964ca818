package report

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/finding"
)

// hostileText is article text written to break out of wherever it lands.
const hostileText = `Troops <script>window.pwned=1</script> left "><img src=x onerror=alert(1)> ` +
	`'onmouseover='alert(2) </textarea><iframe src=//evil></iframe> <a href="javascript:alert(3)">x</a> ]]> {{.}} <!--`

// hostileReport is one finding whose every text field is hostileText.
func hostileReport() *Report {
	sentence := "In " + hostileText + " there were 3,000 troops."
	off := strings.Index(sentence, "3,000")
	c := &claim.Claim{ID: "h#1", Kind: claim.Count, Article: "h", Path: `drafts/"><b id=pwned>.md`, Outlet: hostileText,
		Text: sentence, Start: 0, End: len(sentence), Line: 1, Col: 1, FocusStart: off, FocusEnd: off + 5,
		Value: 3000, Low: 3000, High: 3000, Dated: true, Published: time.Date(2021, 1, 2, 0, 0, 0, 0, time.UTC),
		AsOf: claim.DayOf(time.Date(2021, 1, 2, 0, 0, 0, 0, time.UTC))}
	d := *c
	d.ID, d.Value, d.Low, d.High, d.Path = "h#2", 5000, 5000, 5000, "a.txt"
	d.AsOf = claim.DayOf(time.Date(2020, 1, 2, 0, 0, 0, 0, time.UTC))
	return &Report{
		Findings: []finding.Finding{{Rule: `r"><b id=pwned>`, Category: finding.Drift, Severity: finding.Error,
			Message: hostileText, Claims: []*claim.Claim{&d, c}, Fingerprint: "f"}},
		Problems: []finding.Problem{{Path: hostileText, Message: hostileText}},
		Articles: []ArticleInfo{{ID: "h", Path: c.Path, Outlet: hostileText}, {ID: "a", Path: "a.txt"}},
	}
}

// TestHTMLEscapesArticleText: whatever an article says, the page holds
// one script (its own), no element or attribute the text named, and the
// text itself, literally.
func TestHTMLEscapesArticleText(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, "html", hostileReport(), Options{}); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var scripts []string
	var text strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script":
				scripts = append(scripts, n.FirstChild.Data)
			case "img", "iframe", "a", "textarea":
				t.Errorf("article text made a <%s> element", n.Data)
			}
			for _, a := range n.Attr {
				if strings.HasPrefix(a.Key, "on") || a.Key == "src" || a.Key == "href" || a.Val == "pwned" {
					t.Errorf("<%s> has attribute %s=%q", n.Data, a.Key, a.Val)
				}
			}
		}
		if n.Type == html.TextNode {
			text.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if len(scripts) != 1 || scripts[0] != htmlJS {
		t.Errorf("want exactly the report's own script, got %d scripts", len(scripts))
	}
	if n := strings.Count(text.String(), "<script>window.pwned=1</script>"); n < 4 {
		t.Errorf("the hostileText text should show literally (message, problem, sentence, outlet): %d times", n)
	}
}

// TestHTMLSelfContained: the page loads nothing, and its policy allows
// exactly its own style and script.
func TestHTMLSelfContained(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, "html", fixtureReport(t), goldenOptions); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if m := regexp.MustCompile(`(?i)\s(src|href)=`).FindString(out); m != "" {
		t.Errorf("the page references something: %q", m)
	}
	csp := regexp.MustCompile(`http-equiv="Content-Security-Policy" content="([^"]*)"`).FindStringSubmatch(out)
	if csp == nil {
		t.Fatal("no Content-Security-Policy")
	}
	style := out[strings.Index(out, "<style>")+7 : strings.Index(out, "</style>")]
	script := out[strings.LastIndex(out, "<script>")+8 : strings.LastIndex(out, "</script>")]
	for _, want := range []string{"default-src 'none'", "style-src " + cspHash(style), "script-src " + cspHash(script)} {
		if !strings.Contains(csp[1], strings.ReplaceAll(want, "'", "&#39;")) {
			t.Errorf("CSP %q lacks %q", csp[1], want)
		}
	}
}

func TestNiceStep(t *testing.T) {
	for _, c := range []struct{ span, want float64 }{{5500, 2000}, {1000, 200}, {12, 2.5}, {0, 1}, {3, 1}, {240000, 50000}} {
		if got := niceStep(c.span, 5); got != c.want {
			t.Errorf("niceStep(%g) = %g, want %g", c.span, got, c.want)
		}
	}
}

func TestDateTicks(t *testing.T) {
	d := func(s string) time.Time { return day(s) }
	for _, c := range []struct {
		from, to, want string
	}{
		{"2020-05-20", "2021-08-10", "2020-07 2020-10 2021-01 2021-04 2021-07"},
		{"2019-11-01", "2025-02-01", "2020 2021 2022 2023 2024 2025"},
		{"2021-07-20", "2021-08-25", "2021-07-26 2021-08-02 2021-08-09 2021-08-16 2021-08-23"},
	} {
		var got []string
		for _, tk := range dateTicks(d(c.from), d(c.to)) {
			got = append(got, tk.label)
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("%s..%s: %q, want %q", c.from, c.to, strings.Join(got, " "), c.want)
		}
	}
}

// TestChartBands: "about 5,000" is a band from 4,500 to 5,500 around its
// marker; "at least 2,000" reaches the top; a figure over a month is a bar
// across the month.
func TestChartBands(t *testing.T) {
	mkc := func(v, lo, hi float64, from, to string) *claim.Claim {
		return &claim.Claim{Kind: claim.Count, Value: v, Low: lo, High: hi, Dated: true, Published: day(to),
			AsOf: claim.Interval{From: day(from), To: day(to), Known: true}}
	}
	var pts []seriesPoint
	for _, c := range []*claim.Claim{
		mkc(5000, 4500, 5500, "2020-06-12", "2020-06-12"),
		mkc(2000, 2000, posInf(), "2020-09-01", "2020-09-30"),
	} {
		p, ok := countPoint(c, amount(c))
		if !ok {
			t.Fatal("a count is chartable")
		}
		pts = append(pts, p)
	}
	ch := newChart(pts)
	a, b := ch.Points[0], ch.Points[1]
	if !a.HasBand || a.HasSpan || a.BandY >= a.Y || a.BandY+a.BandH <= a.Y || a.BandW != minBandW {
		t.Errorf("about 5,000: %+v", a)
	}
	if !b.Open || b.BandY != ch.Top || !b.HasSpan || b.SpanX2-b.SpanX1 < 20 {
		t.Errorf("at least 2,000 over September: %+v", b)
	}
	if ch.YTicks[0].Label != "0" {
		t.Errorf("amounts start at zero: %v", ch.YTicks)
	}
	if _, ok := countPoint(&claim.Claim{Kind: claim.Event}, ""); ok {
		t.Error("an event has no amount to chart")
	}
}
