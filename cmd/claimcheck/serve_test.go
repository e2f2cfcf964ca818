package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// syncBuffer is a buffer the server logs to while the test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var servingOn = regexp.MustCompile(`serving on (http://\S+):`)

// startServe runs "claimcheck serve ARGS --addr 127.0.0.1:0" as the CLI
// does, on a real loopback port, and returns its URL and log. The server
// stops at the end of the test, and must stop cleanly.
func startServe(t *testing.T, args ...string) (string, *syncBuffer) {
	t.Helper()
	logs := &syncBuffer{}
	ctx, cancel := context.WithCancel(context.Background())
	root := newRoot(strings.NewReader(""), io.Discard, logs)
	root.SetArgs(append([]string{"serve", "--addr", "127.0.0.1:0"}, args...))
	done := make(chan error, 1)
	go func() { done <- root.ExecuteContext(ctx) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			assert.NoError(t, err, logs.String())
		case <-time.After(30 * time.Second):
			t.Error("the server did not stop")
		}
	})
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if m := servingOn.FindStringSubmatch(logs.String()); m != nil {
			return m[1], logs
		}
		select {
		case err := <-done:
			t.Fatalf("serve exited: %v\n%s", err, logs.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
	t.Fatalf("serve did not start:\n%s", logs.String())
	return "", nil
}

type response struct {
	status int
	header http.Header
	body   string
}

func post(t *testing.T, url, contentType string, body []byte) response {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	require.NoError(t, err)
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	return do(t, req)
}

func do(t *testing.T, req *http.Request) response {
	t.Helper()
	res, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return response{res.StatusCode, res.Header, string(b)}
}

// checkSummary is what must agree between serve and check --against:
// each finding's rule, message and claims (ids and positions).
func checkSummary(t *testing.T, doc string) []string {
	t.Helper()
	var rep struct {
		Schema   string `json:"schema"`
		Findings []struct {
			Rule    string `json:"rule"`
			Message string `json:"message"`
			Claims  []struct {
				ID   string `json:"id"`
				Path string `json:"path"`
				Line int    `json:"line"`
				Col  int    `json:"col"`
			} `json:"claims"`
		} `json:"findings"`
	}
	require.NoError(t, json.Unmarshal([]byte(doc), &rep), doc)
	require.Equal(t, "claimcheck/check/v1", rep.Schema)
	var out []string
	for _, f := range rep.Findings {
		s := f.Rule + ": " + f.Message
		for _, c := range f.Claims {
			s += fmt.Sprintf(" | %s %s:%d:%d", c.ID, c.Path, c.Line, c.Col)
		}
		out = append(out, s)
	}
	return out
}

// TestServeMatchesCheck: every fixture draft, posted, gets the findings
// check --against gives, and the same exit status in its header.
func TestServeMatchesCheck(t *testing.T) {
	url, _ := startServe(t, "--against", "fixtures/articles")
	drafts, _ := filepath.Glob("fixtures/drafts/*.md")
	require.NotEmpty(t, drafts)
	for _, p := range drafts {
		body, err := os.ReadFile(p)
		require.NoError(t, err)
		want := cli(t, "", "check", p, "--against", "fixtures/articles", "--format", "json")
		start := time.Now()
		got := post(t, url+"/v1/check?name="+p, "text/markdown", body)
		t.Logf("%s: %d in %s", p, got.status, time.Since(start))
		require.Equal(t, http.StatusOK, got.status, got.body)
		assert.Equal(t, "application/json", got.header.Get("Content-Type"))
		assert.Equal(t, checkSummary(t, want.stdout), checkSummary(t, got.body), p)
		assert.Equal(t, fmt.Sprint(want.code), got.header.Get("X-Claimcheck-Exit-Status"), p)

		// The same draft as JSON, the form a CMS builds.
		js, _ := json.Marshal(map[string]string{"name": p, "body": string(body)})
		got = post(t, url+"/v1/check", "application/json", js)
		require.Equal(t, http.StatusOK, got.status, got.body)
		assert.Equal(t, checkSummary(t, want.stdout), checkSummary(t, got.body), p+" as JSON")
	}
}

// TestServeDraftForms: an HTML draft is read as a page (positions into the
// HTML posted), JSON metadata dates a draft, and ?format=text answers as
// check prints.
func TestServeDraftForms(t *testing.T) {
	url, _ := startServe(t, "--against", "fixtures/articles")
	page := "<!DOCTYPE html><html><head><title>Airport strike, a year on</title></head><body>\n<nav><a href=/>Home</a></nav>\n<article><h1>Airport strike, a year on</h1>\n" +
		"<p>Tension between Washington and Tehran rose sharply after an Israeli drone strike killed Iranian commander Qassem Soleimani near Baghdad International Airport in January 2020.</p></article></body></html>"
	got := post(t, url+"/v1/check?published=2021-01-03", "text/html", []byte(page))
	require.Equal(t, http.StatusOK, got.status, got.body)
	sum := checkSummary(t, got.body)
	require.Len(t, sum, 1, got.body)
	assert.Contains(t, sum[0], "event-killer: ")
	assert.Contains(t, sum[0], "draft.html:4:4")
	assert.Equal(t, "1", got.header.Get("X-Claimcheck-Exit-Status"))

	js, _ := json.Marshal(map[string]string{"title": "A year on", "published": "2021-01-03", "outlet": "Desk",
		"body": "Tension between Washington and Tehran rose sharply after an Israeli drone strike killed Iranian commander Qassem Soleimani near Baghdad International Airport in January 2020.\n"})
	got = post(t, url+"/v1/check?format=text&fail_on=never", "application/json", js)
	require.Equal(t, http.StatusOK, got.status, got.body)
	assert.Contains(t, got.body, "draft.md:1:82: error: Qassem Soleimani killed by the United States (American Military News, 12 June 2020) and by Israel (Desk, 3 January 2021) [3 sources vs 1 source] [event-killer]")
	assert.Equal(t, "0", got.header.Get("X-Claimcheck-Exit-Status"), "fail_on=never")
	assert.Equal(t, "text/plain; charset=utf-8", got.header.Get("Content-Type"))
}

func TestServeBadRequests(t *testing.T) {
	url, _ := startServe(t, "--against", "fixtures/articles", "--max-bytes", "4096")
	get, _ := http.NewRequest(http.MethodGet, url+"/v1/check", nil)
	del, _ := http.NewRequest(http.MethodDelete, url+"/healthz", nil)
	nowhere, _ := http.NewRequest(http.MethodGet, url+"/v2/check", nil)
	for _, c := range []struct {
		name   string
		res    response
		status int
		want   string
	}{
		{"GET", do(t, get), 405, "POST the draft"},
		{"DELETE healthz", do(t, del), 405, "use GET"},
		{"unknown path", do(t, nowhere), 404, "no such endpoint"},
		{"empty", post(t, url+"/v1/check", "text/markdown", []byte(" \n")), 400, "empty request"},
		{"bad JSON", post(t, url+"/v1/check", "application/json", []byte(`{"body": `)), 400, "JSON body"},
		{"unknown JSON field", post(t, url+"/v1/check", "application/json", []byte(`{"body": "x", "publised": "2021-01-01"}`)), 400, `unknown field "publised"`},
		{"bad JSON date", post(t, url+"/v1/check", "application/json", []byte(`{"body": "x", "published": "June 2021"}`)), 400, "want YYYY-MM-DD"},
		{"bad format", post(t, url+"/v1/check?format=yaml", "text/markdown", []byte("x")), 400, `format "yaml"`},
		{"bad fail_on", post(t, url+"/v1/check?fail_on=loud", "text/markdown", []byte("x")), 400, `fail_on "loud"`},
		{"bad published", post(t, url+"/v1/check?published=yesterday", "text/markdown", []byte("x")), 400, "want YYYY-MM-DD"},
		{"media type", post(t, url+"/v1/check", "text/csv", []byte("a,b")), 415, "send text/markdown"},
		{"charset", post(t, url+"/v1/check", "text/markdown; charset=iso-8859-1", []byte("x")), 415, "send UTF-8"},
		{"too large", post(t, url+"/v1/check", "text/markdown", bytes.Repeat([]byte("Troops left. "), 400)), 413, "larger than 4096 bytes"},
		{"not UTF-8", post(t, url+"/v1/check?name=story.md", "text/markdown", []byte("# Head\n\nCaf\xe9 troops left.\n")), 422, "invalid UTF-8"},
		{"no text", post(t, url+"/v1/check", "text/html", []byte("<html><body><script>x()</script></body></html>")), 422, "no article text"},
	} {
		assert.Equal(t, c.status, c.res.status, "%s: %s", c.name, c.res.body)
		assert.Equal(t, "application/json", c.res.header.Get("Content-Type"), c.name)
		var e struct {
			Error struct {
				Message string `json:"message"`
				Path    string `json:"path"`
				Line    int    `json:"line"`
				Col     int    `json:"col"`
			} `json:"error"`
		}
		require.NoError(t, json.Unmarshal([]byte(c.res.body), &e), c.name)
		assert.Contains(t, e.Error.Message, c.want, c.name)
		if c.name == "not UTF-8" {
			assert.Equal(t, "story.md", e.Error.Path)
			assert.Equal(t, [2]int{3, 4}, [2]int{e.Error.Line, e.Error.Col}, "the error's line and column in the draft")
		}
	}
	assert.Equal(t, "POST", do(t, get).header.Get("Allow"))
}

// TestServeTimeout: a check that cannot finish within --timeout is a 503
// with Retry-After, and the server goes on answering.
func TestServeTimeout(t *testing.T) {
	url, _ := startServe(t, "--against", "fixtures/articles", "--timeout", "1us", "--max-concurrent", "1")
	body, _ := os.ReadFile("fixtures/drafts/wrong-killer.md")
	got := post(t, url+"/v1/check", "text/markdown", body)
	assert.Equal(t, http.StatusServiceUnavailable, got.status, got.body)
	assert.Equal(t, "1", got.header.Get("Retry-After"))
	assert.Contains(t, got.body, "1µs", "busy or too slow: both within the timeout")
	res, err := http.Get(url + "/healthz")
	require.NoError(t, err)
	res.Body.Close()
	assert.Equal(t, 200, res.StatusCode)
}

type health struct {
	Status      string `json:"status"`
	Articles    int    `json:"articles"`
	Claims      int    `json:"claims"`
	Rules       int    `json:"rules"`
	Reloads     int    `json:"reloads"`
	ReloadError string `json:"reload_error"`
	FromStore   int    `json:"from_store"`
}

func healthOf(t *testing.T, url string) health {
	t.Helper()
	res, err := http.Get(url + "/healthz")
	require.NoError(t, err)
	defer res.Body.Close()
	var h health
	require.NoError(t, json.NewDecoder(res.Body).Decode(&h))
	return h
}

// hup sends SIGHUP to this process, as kill -HUP does to the server, and
// waits for the reload it causes.
func hup(t *testing.T, url string) health {
	t.Helper()
	before := healthOf(t, url).Reloads
	require.NoError(t, syscall.Kill(syscall.Getpid(), syscall.SIGHUP))
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if h := healthOf(t, url); h.Reloads > before {
			return h
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatal("no reload after SIGHUP")
	return health{}
}

// TestServeConcurrentAndReload: 50 drafts at once, while SIGHUP reloads
// rules and archive twice, all answered right. A reload picks up a new
// article and a new rule; a broken rule file leaves the server on what it
// had, saying why.
func TestServeConcurrentAndReload(t *testing.T) {
	dir := t.TempDir()
	archive, rules := filepath.Join(dir, "archive"), filepath.Join(dir, "rules")
	require.NoError(t, os.MkdirAll(rules, 0o755))
	require.NoError(t, os.CopyFS(archive, os.DirFS("fixtures/articles")))
	url, logs := startServe(t, "--against", archive, "--rules", rules)
	h := healthOf(t, url)
	assert.Equal(t, "ok", h.Status)
	assert.Equal(t, 5, h.Articles)

	drafts, _ := filepath.Glob("fixtures/drafts/*.md")
	want := map[string][]string{}
	bodies := map[string][]byte{}
	for _, p := range drafts {
		bodies[p], _ = os.ReadFile(p)
		want[p] = checkSummary(t, cli(t, "", "check", p, "--against", "fixtures/articles", "--format", "json").stdout)
		for i := range want[p] {
			want[p][i] = strings.ReplaceAll(want[p][i], "fixtures/articles/", archive+"/")
		}
	}
	var wg sync.WaitGroup
	errs := make(chan string, 100)
	for i := range 50 {
		p := drafts[i%len(drafts)]
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := http.Post(url+"/v1/check?name="+p, "text/markdown", bytes.NewReader(bodies[p]))
			if err != nil {
				errs <- err.Error()
				return
			}
			defer res.Body.Close()
			b, _ := io.ReadAll(res.Body)
			if res.StatusCode != 200 {
				errs <- fmt.Sprintf("%s: %d %s", p, res.StatusCode, b)
				return
			}
			var got []string
			func() {
				defer func() { recover() }()
				got = checkSummary(t, string(b))
			}()
			if fmt.Sprint(got) != fmt.Sprint(want[p]) {
				errs <- fmt.Sprintf("%s: got %v, want %v", p, got, want[p])
			}
		}()
		if i == 10 || i == 30 {
			hup(t, url) // reloads while requests are in flight
		}
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}

	// A new story in the archive and a new rule: both in after SIGHUP.
	story := "---\npublished: 2021-08-01\noutlet: Wire\n---\nThe United States has 2,000 troops in Iraq, officials said.\n"
	require.NoError(t, os.WriteFile(filepath.Join(archive, "wire.md"), []byte(story), 0o644))
	rule, err := os.ReadFile("docs/examples/newsroom/rules/cases.toml")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(rules, "cases.toml"), rule, 0o644))
	h2 := hup(t, url)
	assert.Equal(t, 6, h2.Articles, logs.String())
	assert.Equal(t, h.Rules+1, h2.Rules)
	assert.Empty(t, h2.ReloadError)
	got := post(t, url+"/v1/check?name=fixtures/drafts/stale-troop-figure.md", "text/markdown", bodies["fixtures/drafts/stale-troop-figure.md"])
	assert.Contains(t, got.body, "wire.md", "the draft's figure is now stale against the new story")

	// A broken rule: the reload fails, the server keeps serving the last
	// good load and says why.
	require.NoError(t, os.WriteFile(filepath.Join(rules, "broken.toml"), []byte("[[rule]]\nid = \"x\"\nwhen = 'a.valeu'\n"), 0o644))
	h3 := hup(t, url)
	assert.Contains(t, h3.ReloadError, "broken.toml")
	assert.Equal(t, h2.Rules, h3.Rules)
	got = post(t, url+"/v1/check", "text/markdown", bodies["fixtures/drafts/wrong-killer.md"])
	assert.Equal(t, 200, got.status)
	assert.Contains(t, logs.String(), "reload failed, still serving what was loaded before")
}

// TestServeHookScript runs the example CMS hook in docs/ against a live
// server: it prints the findings and exits as check would.
func TestServeHookScript(t *testing.T) {
	if _, err := exec.LookPath("curl"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("curl is needed to test docs/hooks/claimcheck-pre-publish.sh")
		}
		t.Skip("no curl: the CMS hook example is not tested")
	}
	url, _ := startServe(t, "--against", "fixtures/articles")
	hook := func(draft string) (int, string) {
		cmd := exec.Command("sh", "docs/hooks/claimcheck-pre-publish.sh", draft)
		cmd.Env = append(os.Environ(), "CLAIMCHECK_URL="+url)
		out, err := cmd.CombinedOutput()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else {
			require.NoError(t, err)
		}
		return code, string(out)
	}
	code, out := hook("fixtures/drafts/wrong-killer.md")
	assert.Equal(t, 1, code, out)
	assert.Contains(t, out, "wrong-killer.md:7:82: error: Qassem Soleimani killed by")
	code, out = hook("fixtures/drafts/restates-archive.md")
	assert.Equal(t, 0, code, out)
	assert.Contains(t, out, "0 findings")
	code, out = hook("fixtures/drafts/no-such-draft.md")
	assert.Equal(t, 2, code, out)
	t.Setenv("CLAIMCHECK_URL", "http://127.0.0.1:1")
	cmd := exec.Command("sh", "docs/hooks/claimcheck-pre-publish.sh", "fixtures/drafts/wrong-killer.md")
	out2, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	require.ErrorAs(t, err, &ee)
	assert.Equal(t, 2, ee.ExitCode(), "no server: %s", out2)
}

func TestServeUsage(t *testing.T) {
	r := cli(t, "", "serve", "--help")
	assert.Equal(t, 0, r.code)
	assert.Contains(t, r.stdout, "POST /v1/check")
	r = cli(t, "", "serve", "--addr", "127.0.0.1:0")
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, "serve: no archive; give --against ARCHIVE")
	r = cli(t, "", "serve", "--against", "fixtures/articles", "--addr", "127.0.0.1:0", "--timeout", "0s")
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, "must be positive")
	r = cli(t, "", "serve", "--against", "no/such/archive", "--addr", "127.0.0.1:0")
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, "no readable articles")
}

// TestServeCache: with --cache, the archive goes through the claim store:
// a first start fills it, a second takes every article from it, and both
// answer drafts, concurrent ones too, as check --against does; drafts are
// never stored.
func TestServeCache(t *testing.T) {
	cache := t.TempDir()
	drafts, _ := filepath.Glob("fixtures/drafts/*.md")
	want := map[string][]string{}
	for _, p := range drafts {
		want[p] = checkSummary(t, cli(t, "", "check", p, "--against", "fixtures/articles", "--format", "json").stdout)
	}
	var size int
	for run, fromStore := range []int{0, 5} {
		url, logs := startServe(t, "--against", "fixtures/articles", "--cache", cache)
		h := healthOf(t, url)
		assert.Equal(t, 5, h.Articles)
		assert.Equal(t, fromStore, h.FromStore, "run %d: %s", run, logs.String())
		var wg sync.WaitGroup
		for i := range 20 {
			p := drafts[i%len(drafts)]
			body, err := os.ReadFile(p)
			require.NoError(t, err)
			wg.Add(1)
			go func() {
				defer wg.Done()
				got := post(t, url+"/v1/check?name="+p, "text/markdown", body)
				assert.Equal(t, http.StatusOK, got.status, got.body)
				assert.Equal(t, want[p], checkSummary(t, got.body), "run %d: %s", run, p)
			}()
		}
		wg.Wait()
		info, err := os.Stat(filepath.Join(cache, "claims.db"))
		require.NoError(t, err)
		if run == 0 {
			size = int(info.Size())
		} else {
			assert.Equal(t, size, int(info.Size()), "drafts are not written to the store")
		}
	}
}
