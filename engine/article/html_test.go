package article

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/engine/finding"
	"github.com/claimcheck/claimcheck/internal/fold"
)

// htmlDir holds the five fixture articles as their outlets' pages would be
// saved: a WordPress page with character references, Yoast's JSON-LD
// @graph and a related-posts block (003); a minified single-line page with
// a link inside a sentence (004); a page dated only by OpenGraph (001);
// cookie banners, navigation, share buttons, in-article ads and scripts.
const htmlDir = "../../fixtures/html"

// htmlNoise is page furniture in the fixtures that must never be read as
// article text.
var htmlNoise = []string{
	"cookie", "Accept", "Kurdistan</a>", "MORE FROM", "Telegram", "Google News", "Share this",
	"Recent Posts", "Related", "Read more", "newsletter", "All rights reserved", "googletag",
	"adsbygoogle", "Comments", "Activists convened", "Photo:", "(The National)", "Iraqi PM to visit",
	"Germany to cut", "Iraq talks",
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

func readHTMLFixtures(t *testing.T) map[string]*Article {
	t.Helper()
	arts, errs := Read([]string{htmlDir}, Options{})
	require.Empty(t, errs)
	require.Len(t, arts, 5)
	byID := map[string]*Article{}
	for _, a := range arts {
		byID[a.ID[:3]] = a
	}
	return byID
}

func TestHTMLFixtures(t *testing.T) {
	for id, a := range readHTMLFixtures(t) {
		assert.True(t, a.HTML, id)
		checkSentences(t, a)
		orig, err := os.ReadFile(a.Path)
		require.NoError(t, err)
		assert.Equal(t, string(orig), string(a.Text), "%s: Text is the file", id)
		for i, s := range a.Sentences {
			for _, m := range htmlNoise {
				if strings.Contains(s.Plain, m) {
					t.Errorf("%s: page furniture %q in sentence %d: %q", id, m, i, s.Plain)
				}
			}
			if strings.ContainsAny(s.Plain, "<>") {
				t.Errorf("%s: markup left in the reading of sentence %d: %q", id, i, s.Plain)
			}
			// What reports show of the sentence is what extraction read.
			shown, _ := ReadableHTML(s.Text, nil)
			if collapse(shown) != collapse(s.Plain) {
				t.Errorf("%s: sentence %d shows as %q, reads as %q", id, i, shown, s.Plain)
			}
		}
	}
}

// TestHTMLMatchesText: the pages say what the scraped text files say,
// sentence for sentence, once the text files' own noise and the pages'
// bylines are set aside.
func TestHTMLMatchesText(t *testing.T) {
	pages := readHTMLFixtures(t)
	txts, errs := Read([]string{fixtureDir}, Options{})
	require.Empty(t, errs)
	bylines := map[string]bool{"june 12 2020": true, "published 26 july 2021": true, "published 07 april 2021 05 30 pm gst": true}
	for _, txt := range txts {
		page := pages[txt.ID[:3]]
		var want, got []string
		for _, s := range txt.Sentences {
			if k := fold.Words(s.Text); !bylines[k] {
				want = append(want, k)
			}
		}
		for _, s := range page.Sentences {
			if k := fold.Words(s.Plain); !bylines[k] {
				got = append(got, k)
			}
		}
		assert.Equal(t, want, got, txt.ID)
	}
}

func TestHTMLMetadata(t *testing.T) {
	pages := readHTMLFixtures(t)
	for _, tt := range []struct {
		id, date, source, outlet, title, url string
	}{
		{"000", "2020-09-20", FromJSONLD, "Rudaw", "US ambassador to Iraq reassures continuation of US military training and support for Iraqi forces", "https://www.rudaw.net/english/middleeast/iraq/200920201"},
		{"001", "2021-04-07", FromMetaTag, "Al Arabiya", "US combat forces to leave Iraq, joint statement says", "https://english.alarabiya.net/News/middle-east/2021/04/07/us-iraq-strategic-dialogue"},
		// Yoast's @graph: the NewsArticle, not the WebPage, which is dated a day later in UTC.
		{"002", "2021-07-26", FromJSONLD, "teleSUR", "US Military Will Keep Training Iraqi Forces and Fighting Daesh", "https://www.telesurenglish.net/news/us-military-iraq-20210726-0010.html"},
		{"003", "2020-06-12", FromJSONLD, "American Military News", "More US troops to leave Iraq say US and Iraq in joint statement", "https://americanmilitarynews.com/2020/06/more-us-troops-to-leave-iraq/#webpage"},
		{"004", "2020-06-12", FromJSONLD, "The National", "US reiterates commitment to reduce troops from Iraq", "https://www.thenationalnews.com/world/mena/us-reiterates-commitment-to-reduce-troops-from-iraq-1.1032861"},
	} {
		a := pages[tt.id]
		assert.Equal(t, tt.date, a.Published.Format("2006-01-02"), tt.id)
		assert.Equal(t, tt.source, a.DateSource, tt.id)
		assert.Equal(t, tt.outlet, a.Outlet, tt.id)
		assert.Equal(t, tt.title, a.Title, tt.id)
		assert.Equal(t, tt.url, a.URL, tt.id)
	}
}

// TestHTMLHeadline: readability drops a heading that repeats the title;
// the reader keeps it as the article's first sentence, a headline.
func TestHTMLHeadline(t *testing.T) {
	a := readHTMLFixtures(t)["003"]
	s := a.Sentences[0]
	assert.Equal(t, "More US troops to leave Iraq say US and Iraq in joint statement", s.Text)
	assert.True(t, s.Headline)
	assert.Equal(t, 29, s.Line)
}

// TestHTMLRemoved: what the page has besides the article is listed, named
// by where it sat.
func TestHTMLRemoved(t *testing.T) {
	a := readHTMLFixtures(t)["000"]
	got := removedReasons(a)
	for _, want := range []string{
		"html:footer=&copy; 2020 Rudaw Media Network. All rights reserved.",
		"place-dateline=ERBIL, Kurdistan Region &ndash;",
	} {
		assert.Contains(t, got, want)
	}
	var reasons []string
	for _, r := range a.Removed {
		reasons = append(reasons, r.Reason)
	}
	assert.Contains(t, reasons, "html:nav")
	assert.Contains(t, reasons, "html:aside")
	for _, r := range reasons {
		assert.NotContains(t, []string{"script", "style", "head"}, r, "scripts and styles are not text")
	}
}

func parseHTML(t *testing.T, page string) *Article {
	t.Helper()
	a, err := Parse("page.html", []byte(page), Options{})
	require.NoError(t, err)
	checkSentences(t, a)
	return a
}

func TestHTMLReferences(t *testing.T) {
	a := parseHTML(t, "<p>Iraq&#8217;s forces &ldquo;left&rdquo; AT&T&nbsp;Tower &amp; 5&#44;000 men. The &bogus; stays.</p>")
	require.Len(t, a.Sentences, 2)
	s := a.Sentences[0]
	assert.Equal(t, "Iraq’s forces “left” AT&T Tower & 5,000 men.", collapse(s.Plain))
	// Each word's core sits where it is in the file.
	for _, w := range []string{"Iraq", "forces", "left", "Tower", "men"} {
		i := strings.Index(s.Plain, w)
		assert.Equal(t, w, s.Text[i:i+len(w)], w)
	}
	assert.Equal(t, "The &bogus; stays.", a.Sentences[1].Plain)
}

func TestReadableHTML(t *testing.T) {
	text := `The US has had <a href="https://x/5000">around 5,000</a> troops in Iraq&#8217;s north, &ldquo;he said&rdquo;.`
	out, rs := ReadableHTML(text, [][2]int{
		{strings.Index(text, "around"), strings.Index(text, "</a>")},
		{strings.Index(text, "Iraq"), strings.Index(text, " north")},
		{strings.Index(text, "&ldquo;") + 2, strings.Index(text, "&rdquo;") + 3}, // inside references
		{0, len(text)},
	})
	assert.Equal(t, "The US has had  around 5,000  troops in Iraq’s north, “he said”.", out)
	assert.Equal(t, "around 5,000", out[rs[0][0]:rs[0][1]])
	assert.Equal(t, "Iraq’s", out[rs[1][0]:rs[1][1]])
	assert.Equal(t, "“he said”", out[rs[2][0]:rs[2][1]])
	assert.Equal(t, out, out[rs[3][0]:rs[3][1]])
}

func TestHTMLMetadataOrder(t *testing.T) {
	body := "<article><p>The troops left the base on Sunday, officials said in a statement.</p></article>"
	ld := func(v string) string { return `<script type="application/ld+json">` + v + `</script>` }
	for _, tt := range []struct {
		name, head, date, source string
	}{
		{"json-ld first", ld(`{"@type":"NewsArticle","datePublished":"2020-06-12T23:30:00-05:00"}`) +
			`<meta property="article:published_time" content="2020-06-01">`, "2020-06-12", FromJSONLD},
		{"json-ld type list", ld(`[{"@type":["WebPage"],"datePublished":"2020-01-01"},{"@type":["Thing","NewsArticle"],"datePublished":"2020-02-02"}]`), "2020-02-02", FromJSONLD},
		{"broken json-ld is skipped", ld(`{"@type":"NewsArticle",`) + `<meta name="pubdate" content="2020-03-03">`, "2020-03-03", FromMetaTag},
		{"meta before time", `<meta itemprop="datePublished" content="2020-04-04T10:00+0300">`, "2020-04-04", FromMetaTag},
		{"time in nav is not the article's", `</head><body><nav><time datetime="2019-01-01">x</time></nav><time datetime="2020-05-05T10:00:00Z">May 5</time>`, "2020-05-05", FromTime},
		{"pubdate time first", `</head><body><time datetime="2019-01-01">x</time><time pubdate datetime="2020-05-06">May 6</time>`, "2020-05-06", FromTime},
	} {
		a, err := Parse("p.html", []byte("<html><head>"+tt.head+body), Options{})
		require.NoError(t, err, tt.name)
		assert.Equal(t, tt.date, a.Published.Format("2006-01-02"), tt.name)
		assert.Equal(t, tt.source, a.DateSource, tt.name)
	}
}

func TestHTMLBadDate(t *testing.T) {
	page := "<html><head>\n<meta property=\"article:published_time\" content=\"12/06/2020\">\n</head><body><p>The troops left the base on Sunday, officials said.</p></body></html>"
	_, err := Parse("p.html", []byte(page), Options{})
	var p finding.Problem
	require.True(t, errors.As(err, &p), "%v", err)
	assert.Equal(t, 2, p.Line)
	assert.Equal(t, 1, p.Col)
	assert.Contains(t, p.Message, `"12/06/2020" is not a date`)
	// A sidecar or the text can still date it: then the bad tag is not an
	// error. (Here another tag does.)
	page = strings.Replace(page, "</head>", `<meta name="date" content="2020-06-12"></head>`, 1)
	a, err := Parse("p.html", []byte(page), Options{})
	require.NoError(t, err)
	assert.Equal(t, "2020-06-12", a.Published.Format("2006-01-02"))
}

func TestHTMLSuppression(t *testing.T) {
	a := parseHTML(t, "<body><p>First paragraph here.</p>\n<!-- claimcheck-ignore count-drift: agency figure -->\n<p>Second paragraph, 5,000 troops.</p></body>")
	require.Len(t, a.Suppressions, 1)
	s := a.Suppressions[0]
	assert.Equal(t, "count-drift", s.Rule)
	assert.Equal(t, "agency figure", s.Reason)
	assert.Equal(t, 2, s.Line)
	assert.Equal(t, "Second paragraph, 5,000 troops.", string(a.Text[s.Applies.Start:s.Applies.End]))
	_, err := Parse("p.html", []byte("<p>Text here.</p><!-- claimcheck-nope x -->"), Options{})
	assert.ErrorContains(t, err, "unknown directive claimcheck-nope")
}

func TestHTMLErrors(t *testing.T) {
	_, err := Parse("p.html", []byte("<html><head><title>Only a title</title></head><body><script>x()</script></body></html>"), Options{})
	assert.ErrorContains(t, err, "no article text found in the page")
	_, err = Parse("p.html", []byte("<p>caf\xe9 au lait.</p>"), Options{})
	assert.ErrorContains(t, err, "invalid UTF-8")
}

// TestHTMLSniff: input without an extension (standard input, a draft
// posted to the server) is read as HTML when it starts like a page.
func TestHTMLSniff(t *testing.T) {
	a, err := Parse("-", []byte("\n<!DOCTYPE html><html><body><p>Troops left Iraq, officials said.</p></body></html>"), Options{})
	require.NoError(t, err)
	assert.True(t, a.HTML)
	assert.Equal(t, []string{"Troops left Iraq, officials said."}, texts(a))
	a, err = Parse("-", []byte("Troops left <b>Iraq</b>, officials said.\n"), Options{})
	require.NoError(t, err)
	assert.False(t, a.HTML)
}

// TestHTMLBlocks: blocks are paragraphs however the source breaks lines,
// and a sentence never runs from one block into the next.
func TestHTMLBlocks(t *testing.T) {
	a := parseHTML(t, "<div><h2>Troops leave</h2><p>The first\nparagraph ends here</p><ul><li>One item</li><li>Two items</li></ul>A line<br>and another.</div>")
	assert.Equal(t, []string{"Troops leave", "The first\nparagraph ends here", "One item", "Two items", "A line", "and another."}, texts(a))
	assert.True(t, a.Sentences[0].Headline)
}

func TestHTMLExtensions(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a.htm", "b.HTML", "c.xhtml"} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, n), []byte("<p>Troops left Iraq on Sunday.</p>"), 0o644))
	}
	arts, errs := Read([]string{dir}, Options{})
	assert.Empty(t, errs)
	assert.Len(t, arts, 2, "folders take .html and .htm; .xhtml only when named")
	a, err := Parse("c.xhtml", []byte("<p>Troops left Iraq on Sunday.</p>"), Options{})
	require.NoError(t, err)
	assert.True(t, a.HTML)
}
