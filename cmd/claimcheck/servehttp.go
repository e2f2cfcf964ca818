package main

// The HTTP side of claimcheck serve: routes, request decoding, limits and
// JSON errors.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/engine/article"
	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/finding"
	"github.com/claimcheck/claimcheck/engine/report"
)

func (s *server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/v1/check", s.handleCheck)
	mux.HandleFunc("/healthz", s.handleHealth)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, apiError{Message: "no such endpoint: " + r.URL.Path + " (POST /v1/check, GET /healthz)"})
	})
	return mux
}

// apiError is the body of every error response: {"error": {...}}.
type apiError struct {
	Message string `json:"message"`
	Path    string `json:"path,omitempty"`
	Line    int    `json:"line,omitempty"`
	Col     int    `json:"col,omitempty"`
}

func writeError(w http.ResponseWriter, status int, e apiError) {
	writeJSON(w, status, map[string]apiError{"error": e})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v) // the client has gone if this fails; nothing to tell it
}

func (s *server) handleHealth(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		writeError(w, http.StatusMethodNotAllowed, apiError{Message: r.Method + " /healthz: use GET"})
		return
	}
	st := s.state.Load()
	arts, claims := st.arch.Size()
	h := map[string]any{
		"status": "ok", "version": toolVersion(), "rules": st.rules, "articles": arts, "claims": claims,
		"archive_errors": len(st.arch.Problems), "loaded_at": st.loadedAt.UTC().Format(time.RFC3339),
		"reloads": s.reloads.Load(), "from_store": st.arch.FromStore,
	}
	if e := s.lastErr.Load(); e != nil {
		h["reload_error"] = *e
	}
	writeJSON(w, http.StatusOK, h)
}

// draftRequest is the JSON form of a draft.
type draftRequest struct {
	Title     string `json:"title"`
	Published string `json:"published"`
	Body      string `json:"body"`
	Format    string `json:"format"` // markdown (default), html or text
	Name      string `json:"name"`
	Outlet    string `json:"outlet"`
	URL       string `json:"url"`
}

// requestError is a request the server will not check, with its status.
type requestError struct {
	status int
	apiError
}

func (e *requestError) Error() string { return e.Message }

func badRequest(status int, format string, args ...any) *requestError {
	return &requestError{status, apiError{Message: fmt.Sprintf(format, args...)}}
}

func (s *server) handleCheck(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", "POST")
		writeError(w, http.StatusMethodNotAllowed, apiError{Message: r.Method + " /v1/check: POST the draft"})
		return
	}
	q := r.URL.Query()
	format := q.Get("format")
	if format == "" {
		format = "json"
	}
	failOn, err := parseFailOn(q.Get("fail_on"))
	if err == nil && !contains(report.Formats(), format) {
		err = badRequest(http.StatusBadRequest, "format %q: want one of %s", format, strings.Join(report.Formats(), ", "))
	}
	var d *draftInput
	if err == nil {
		d, err = readDraft(w, r, s.opt.maxBytes)
	}
	if err != nil {
		s.fail(w, r, err, start)
		return
	}
	st := s.state.Load() // this request's rules and archive, whatever reloads meanwhile
	rep, err := s.runLimited(r, func() (*report.Report, error) { return check(st, d) })
	if err != nil {
		s.fail(w, r, err, start)
		return
	}
	rep.FailOn = failOn
	var buf bytes.Buffer
	if err := report.Write(&buf, format, rep, report.Options{ToolVersion: toolVersion()}); err != nil {
		s.fail(w, r, err, start)
		return
	}
	w.Header().Set("Content-Type", contentType(format))
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("X-Claimcheck-Exit-Status", strconv.Itoa(rep.ExitCode()))
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(buf.Bytes())
	s.log.Printf("POST /v1/check %s: 200, %d findings, exit status %d, %s", d.name, len(rep.Findings), rep.ExitCode(), time.Since(start).Round(time.Millisecond))
}

// fail answers with the error's status and JSON body.
func (s *server) fail(w http.ResponseWriter, r *http.Request, err error, start time.Time) {
	var re *requestError
	if !errors.As(err, &re) {
		re = &requestError{http.StatusInternalServerError, apiError{Message: err.Error()}}
	}
	if re.status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "1")
	}
	writeError(w, re.status, re.apiError)
	s.log.Printf("%s %s: %d %s (%s)", r.Method, r.URL.Path, re.status, re.Message, time.Since(start).Round(time.Millisecond))
}

// runLimited runs fn when a slot is free, within the timeout. A check that
// overruns is answered 503 and finishes in the background, still holding
// its slot, so overload cannot pile up work.
func (s *server) runLimited(r *http.Request, fn func() (*report.Report, error)) (*report.Report, error) {
	timer := time.NewTimer(s.opt.timeout)
	defer timer.Stop()
	select {
	case s.slots <- struct{}{}:
	case <-timer.C:
		return nil, badRequest(http.StatusServiceUnavailable, "busy: no free slot within %s; retry", s.opt.timeout)
	case <-r.Context().Done():
		return nil, badRequest(499, "client went away")
	}
	type result struct {
		rep *report.Report
		err error
	}
	done := make(chan result, 1)
	go func() {
		defer func() { <-s.slots }()
		rep, err := fn()
		done <- result{rep, err}
	}()
	select {
	case res := <-done:
		return res.rep, res.err
	case <-timer.C:
		return nil, badRequest(http.StatusServiceUnavailable, "the check took longer than %s", s.opt.timeout)
	case <-r.Context().Done():
		return nil, badRequest(499, "client went away")
	}
}

// draftInput is a draft as the request gave it.
type draftInput struct {
	name, outlet, title, url string
	data                     []byte
	published                time.Time
	publishedSet             bool // given in the JSON body: it wins over the draft's own date
	publishedFallback        time.Time
}

// readDraft decodes the request body by its Content-Type.
func readDraft(w http.ResponseWriter, r *http.Request, limit int64) (*draftInput, error) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		return nil, badRequest(http.StatusRequestEntityTooLarge, "the draft is larger than %d bytes (--max-bytes)", limit)
	case err != nil:
		return nil, badRequest(http.StatusBadRequest, "reading the request: %v", err)
	case len(bytes.TrimSpace(body)) == 0:
		return nil, badRequest(http.StatusBadRequest, "empty request: POST the draft as the body")
	}
	q := r.URL.Query()
	d := &draftInput{name: q.Get("name"), data: body}
	if p := q.Get("published"); p != "" {
		if d.publishedFallback, err = time.Parse(claim.DateLayout, p); err != nil {
			return nil, badRequest(http.StatusBadRequest, "published %q: want YYYY-MM-DD", p)
		}
	}
	ct := r.Header.Get("Content-Type")
	mt, params, err := mime.ParseMediaType(ct)
	if ct == "" {
		mt, err = "", nil
	}
	if err != nil {
		return nil, badRequest(http.StatusUnsupportedMediaType, "Content-Type %q: %v", ct, err)
	}
	if cs := params["charset"]; cs != "" && !strings.EqualFold(cs, "utf-8") {
		return nil, badRequest(http.StatusUnsupportedMediaType, "charset %s: send UTF-8", cs)
	}
	ext := ""
	switch mt {
	case "application/json":
		return d, d.fromJSON(body)
	case "text/markdown", "text/x-markdown":
		ext = ".md"
	case "text/html", "application/xhtml+xml":
		ext = ".html"
	case "text/plain":
		ext = ".txt"
	case "", "application/octet-stream":
		ext = "" // sniffed by the reader: a page, else Markdown
	default:
		return nil, badRequest(http.StatusUnsupportedMediaType, "Content-Type %s: send text/markdown, text/html, text/plain or application/json", mt)
	}
	d.name = draftName(d.name, ext)
	return d, nil
}

func (d *draftInput) fromJSON(body []byte) error {
	var req draftRequest
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		return badRequest(http.StatusBadRequest, "JSON body: %v (want {\"title\", \"published\", \"body\", \"format\", \"name\", \"outlet\", \"url\"})", err)
	}
	if strings.TrimSpace(req.Body) == "" {
		return badRequest(http.StatusBadRequest, "JSON body: \"body\" is empty")
	}
	ext, ok := map[string]string{"": ".md", "markdown": ".md", "html": ".html", "text": ".txt"}[req.Format]
	if !ok {
		return badRequest(http.StatusBadRequest, "JSON body: format %q: want markdown, html or text", req.Format)
	}
	if req.Name == "" {
		req.Name = d.name
	}
	d.name, d.data = draftName(req.Name, ext), []byte(req.Body)
	d.title, d.outlet, d.url = req.Title, req.Outlet, req.URL
	if req.Published != "" {
		t, err := parseRequestDate(req.Published)
		if err != nil {
			return badRequest(http.StatusBadRequest, "JSON body: published %q: want YYYY-MM-DD or an RFC 3339 time", req.Published)
		}
		d.published, d.publishedSet = t, true
	}
	return nil
}

// draftName is the draft's path in the report: the name given (default
// "draft"), with the extension of its format unless it has one that says
// so already. Without a format (no Content-Type) the reader sniffs.
func draftName(name, ext string) string {
	if name == "" {
		name = "draft"
	}
	have := strings.ToLower(path.Ext(name))
	switch {
	case ext == "", have == ext, ext == ".md" && have == ".markdown", ext == ".html" && article.IsHTMLPath(name):
		return name
	}
	return name + ext
}

func parseRequestDate(s string) (time.Time, error) {
	if t, err := time.Parse(claim.DateLayout, s); err == nil {
		return t, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return t, err
	}
	return claim.Date(t), nil
}

// check reads the draft and checks it against the loaded archive.
func check(st *servingState, d *draftInput) (*report.Report, error) {
	a, err := st.eng.ParseDraft(d.name, d.data, d.publishedFallback)
	if err != nil {
		var p finding.Problem
		if errors.As(err, &p) {
			return nil, &requestError{http.StatusUnprocessableEntity, apiError{Message: p.Message, Path: p.Path, Line: p.Line, Col: p.Col}}
		}
		return nil, &requestError{http.StatusUnprocessableEntity, apiError{Message: err.Error(), Path: d.name}}
	}
	if d.title != "" {
		a.Title = d.title
	}
	if d.outlet != "" {
		a.Outlet = d.outlet
	}
	if d.url != "" {
		a.URL = d.url
	}
	if d.publishedSet {
		a.Published, a.Dated, a.DateSource = claim.Date(d.published), true, "request"
	}
	return st.eng.CheckDrafts([]*article.Article{a}, st.arch), nil
}

func parseFailOn(s string) (finding.Severity, error) {
	if s == "" {
		return finding.Error, nil
	}
	if s == "never" {
		return report.Never, nil
	}
	sev, err := finding.ParseSeverity(s)
	if err != nil {
		return "", badRequest(http.StatusBadRequest, "fail_on %q: want error, warning, info or never", s)
	}
	return sev, nil
}

func contentType(format string) string {
	switch format {
	case "json", "sarif":
		return "application/json"
	case "html":
		return "text/html; charset=utf-8"
	case "junit":
		return "application/xml"
	case "markdown":
		return "text/markdown; charset=utf-8"
	}
	return "text/plain; charset=utf-8"
}
