package report

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/claimcheck/claimcheck/internal/testkit"
)

// browsers are the names Chromium goes by; Debian's package installs
// /usr/bin/chromium (.ci/run installs it when missing).
var browsers = []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"}

// findBrowser returns a Chromium to test with. Without one the test skips,
// except under CI=true, where a missing browser must fail the run: CI may
// not pass without really testing the page.
func findBrowser(t *testing.T) string {
	t.Helper()
	for _, b := range browsers {
		if p, err := exec.LookPath(b); err == nil {
			return p
		}
	}
	msg := "no Chromium found (" + strings.Join(browsers, ", ") + "): the HTML report is not tested in a browser; apt-get install chromium"
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

// browser starts headless Chromium as this machine allows it: no sandbox
// (tests run as root), no GPU, and no background traffic to the network.
func browser(t *testing.T) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(findBrowser(t)),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck, chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("disable-quic", true),
		chromedp.WindowSize(1200, 900),
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	ctx, cancel3 := context.WithTimeout(ctx, 60*time.Second)
	t.Cleanup(cancel3)
	return ctx
}

// console collects what the page reports as wrong until stop is called:
// console errors and warnings, uncaught exceptions, and browser log
// entries such as CSP violations and failed loads.
func console(ctx context.Context) (stop func() []string) {
	ctx, cancel := context.WithCancel(ctx)
	msgs := chromedp.Console(ctx)
	var got []string
	done := make(chan struct{})
	go func() {
		defer close(done)
		for m, err := range msgs {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleWarning || m.IsException() {
				got = append(got, m.String()+" "+m.URL)
			}
		}
	}()
	return func() []string {
		cancel()
		<-done
		return got
	}
}

// eval runs a script in the page and returns its value.
func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}

func text(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
	if err != nil {
		t.Fatalf("%s: %v", sel, err)
	}
	return v
}

func open(t *testing.T, ctx context.Context, page []byte, waitFor string) (stop func() []string) {
	t.Helper()
	file := filepath.Join(t.TempDir(), "report.html")
	if err := os.WriteFile(file, page, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void]("1")); err != nil {
		t.Fatal(err) // starts the browser, so the console listens from the first byte
	}
	stop = console(ctx)
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+file), chromedp.WaitVisible(chromedp.CSS(waitFor))); err != nil {
		t.Fatal(err)
	}
	return stop
}

// TestHTMLReportInBrowser renders the fixture report in headless Chromium:
// the page loads with no console error (a CSP violation would be one), each
// timeline has one marker per source of its series, and the filters hide
// findings. It saves a screenshot in the test's temp dir; -update also
// writes it to docs/images/html-report.png for the README.
func TestHTMLReportInBrowser(t *testing.T) {
	ctx := browser(t)
	var page bytes.Buffer
	if err := Write(&page, "html", fixtureReport(t), goldenOptions); err != nil {
		t.Fatal(err)
	}
	stop := open(t, ctx, page.Bytes(), "#finding-4 svg.timeline")

	if n := eval[int](t, ctx, `document.querySelectorAll(".finding").length`); n != 4 {
		t.Errorf("%d findings on the page, want 4", n)
	}
	// The drift series has three sources (Rudaw's sentence gives two
	// figures but is one source): three markers, three rows.
	points := eval[int](t, ctx, `document.querySelectorAll("#finding-4 svg g.point").length`)
	rows := eval[int](t, ctx, `document.querySelectorAll("#finding-4 table.series tbody tr").length`)
	if points != 3 || rows != 3 {
		t.Errorf("drift timeline: %d markers and %d rows, want 3 of each", points, rows)
	}
	points = eval[int](t, ctx, `document.querySelectorAll("#finding-3 svg g.point").length`)
	callouts := eval[int](t, ctx, `document.querySelectorAll("#finding-3 svg g.point.stale .callout").length`)
	if points != 2 || callouts != 1 {
		t.Errorf("stale timeline: %d markers, %d called out; want 2 and 1", points, callouts)
	}
	// The chart is drawn: its markers have a size on screen.
	if w := eval[float64](t, ctx, `document.querySelector("#finding-4 svg g.point circle").getBoundingClientRect().width`); w < 5 {
		t.Errorf("a marker is %g pixels wide", w)
	}
	if s := text(t, ctx, "#shown"); s != "4 of 4 findings shown" {
		t.Errorf("filter status %q", s)
	}
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil || !bytes.HasPrefix(shot, []byte("\x89PNG")) {
		t.Fatalf("screenshot: %v (%d bytes)", err, len(shot))
	}
	if err := os.WriteFile(filepath.Join(t.TempDir(), "report.png"), shot, 0o644); err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(filepath.Join(testkit.Root(t), "docs", "images", "html-report.png"), shot, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	// Untick "error": the two error findings hide. Then untick the
	// articles of the stale finding: only the drift finding is left.
	hidden := func() string {
		ids := eval[[]string](t, ctx, `Array.from(document.querySelectorAll(".finding")).filter(f => f.offsetParent === null).map(f => f.id)`)
		return strings.Join(ids, " ")
	}
	click := func(sel string) string {
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(sel))); err != nil {
			t.Fatal(err)
		}
		return text(t, ctx, "#shown")
	}
	if s := click(`input[name="severity"][value="error"]`); hidden() != "finding-1 finding-2" || s != "2 of 4 findings shown" {
		t.Errorf("after unticking error: hidden %q, status %q", hidden(), s)
	}
	// A finding shows while any of its articles is ticked: the stale
	// finding hides once both its draft and teleSUR are unticked.
	if s := click(`input[name="article"][value="6"]`); hidden() != "finding-1 finding-2" || s != "2 of 4 findings shown" {
		t.Errorf("after unticking the stale draft: hidden %q, status %q", hidden(), s)
	}
	if s := click(`input[name="article"][value="3"]`); hidden() != "finding-1 finding-2 finding-3" || s != "1 of 4 findings shown" {
		t.Errorf("after unticking teleSUR too: hidden %q, status %q", hidden(), s)
	}
	click(`input[name="severity"][value="error"]`)
	click(`input[name="rule"][value="count-drift"]`)
	if got := hidden(); got != "finding-3 finding-4" {
		t.Errorf("after ticking error again and unticking count-drift: hidden %q", got)
	}
	if e := stop(); len(e) > 0 {
		t.Errorf("the page reported errors:\n%s", strings.Join(e, "\n"))
	}
}

// TestHTMLReportHostileInBrowser: an article whose text is markup and
// script runs nothing in a real browser: no element it names, no global
// it sets, no console error.
func TestHTMLReportHostileInBrowser(t *testing.T) {
	ctx := browser(t)
	var page bytes.Buffer
	if err := Write(&page, "html", hostileReport(), Options{}); err != nil {
		t.Fatal(err)
	}
	stop := open(t, ctx, page.Bytes(), "#finding-1")
	if n := eval[int](t, ctx, `document.querySelectorAll("#pwned, img, iframe, a[href]").length + (window.pwned ? 100 : 0)`); n != 0 {
		t.Errorf("article text became markup or ran: %d", n)
	}
	if s := text(t, ctx, "#finding-1 blockquote"); !strings.Contains(s, "<script>window.pwned=1</script>") {
		t.Errorf("the sentence should show as text, got %q", s)
	}
	if e := stop(); len(e) > 0 {
		t.Errorf("the page reported errors:\n%s", strings.Join(e, "\n"))
	}
}
