package main

// claimcheck serve: the pre-publish hook a CMS calls. Rules, lexicon and
// the archive's claims are loaded once; each POST /v1/check then costs the
// draft's own extraction and the rules. SIGHUP reloads all three (a new
// rule, a story just published) while requests in flight finish on what
// they started with.

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/claimcheck/claimcheck/engine/pipeline"
)

// serveOptions are serve's own flags, besides the shared input flags.
type serveOptions struct {
	addr       string
	maxBytes   int64
	timeout    time.Duration
	concurrent int
}

func newServe(stderr io.Writer) *cobra.Command {
	o := &options{}
	so := &serveOptions{}
	cmd := &cobra.Command{
		Use:   "serve --against ARCHIVE...",
		Short: "Answer pre-publish checks over HTTP: POST a draft, get the check JSON",
		Long: `Serve pre-publish checks over HTTP for a CMS. Rules, lexicon and the
archive's claims are loaded once; then

  POST /v1/check   a draft as Markdown (text/markdown), HTML (text/html),
                   plain text (text/plain), or JSON {"title", "published",
                   "body", "format", "name", "outlet", "url"}
                   (application/json); answers with the check JSON (only
                   the draft's findings), or ?format=text|html|markdown|sarif
  GET  /healthz    status, what is loaded, and the last reload's error

Query parameters of /v1/check: name (the draft's path in the report),
published (YYYY-MM-DD, for an undated draft), format, fail_on. The
response's X-Claimcheck-Exit-Status header is the exit status check would
give (0, 1 or 2), so a hook needs no JSON parser.

Bad requests get a 4xx status and a JSON error; a draft that cannot be read
gets 422 with the error's line and column. SIGHUP reloads rules, lexicon,
noise patterns and the archive without dropping requests; a reload that
fails keeps what was loaded and says why in /healthz. SIGINT or SIGTERM
stops the server after the requests in flight.

With --cache DIR (or cache = "DIR" in .claimcheck.toml) the archive is
loaded through the claim store that check --cache keeps: a start or a
reload reads and extracts only the articles whose bytes changed, and
drafts are never stored. /healthz says how many articles came from it.`,
		Example: `  claimcheck serve --addr 127.0.0.1:8080 --against archive/
  curl -s -H 'Content-Type: text/markdown' --data-binary @draft.md localhost:8080/v1/check
  kill -HUP $(pidof claimcheck)   # reload rules, lexicon and archive`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			return runServe(ctx, cmd, o, so, stderr, nil)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.config, "config", "", "configuration file (default: .claimcheck.toml found by walking up from the working directory)")
	f.StringArrayVar(&o.rules, "rules", nil, "rule file or folder of TOML rules (repeatable)")
	f.BoolVar(&o.noDefaultRules, "no-default-rules", false, "do not load the embedded default rule pack")
	f.StringArrayVar(&o.lexicons, "lexicon", nil, "lexicon TOML file merged over the default (repeatable)")
	f.StringArrayVar(&o.noise, "noise", nil, "scraper-noise pattern TOML file added to the default (repeatable)")
	f.StringArrayVar(&o.against, "against", nil, "the archive drafts are checked against (repeatable; this, --facts or --claims is required, here or in .claimcheck.toml)")
	addFactFlags(cmd, o)
	f.StringVar(&o.cache, "cache", "", "keep the archive's extracted claims in this folder (the claim store check --cache uses): a restart or reload reads and extracts only the articles that changed")
	f.StringVar(&so.addr, "addr", "127.0.0.1:8080", "address to listen on")
	f.Int64Var(&so.maxBytes, "max-bytes", 2<<20, "largest request body accepted, in bytes")
	f.DurationVar(&so.timeout, "timeout", 10*time.Second, "longest a check may take, waiting for a free slot included")
	f.IntVar(&so.concurrent, "max-concurrent", 2*runtime.GOMAXPROCS(0), "checks run at once; more wait, up to --timeout")
	return cmd
}

// servingState is what one load gives: requests take the current one when
// they start and keep it to the end.
type servingState struct {
	eng      *pipeline.Engine
	arch     *pipeline.Archive
	rules    int
	loadedAt time.Time
	took     time.Duration
}

// server answers the HTTP API.
type server struct {
	state    atomic.Pointer[servingState]
	load     func() (*servingState, error)
	reloadMu sync.Mutex
	reloads  atomic.Int64
	lastErr  atomic.Pointer[string]
	slots    chan struct{}
	opt      serveOptions
	log      *log.Logger
}

// runServe loads everything, listens and serves until ctx ends. ready,
// when set, learns the address once the server accepts connections.
func runServe(ctx context.Context, cmd *cobra.Command, o *options, so *serveOptions, stderr io.Writer, ready func(string)) error {
	cfg, err := settings(cmd, o)
	if err != nil {
		return err
	}
	if len(cfg.Against) == 0 && len(cfg.Facts) == 0 && len(cfg.Claims) == 0 {
		return usageErr("serve: no archive; give --against ARCHIVE, --facts FILE or --claims FILE (or against = [...] in .claimcheck.toml)")
	}
	if so.maxBytes <= 0 || so.timeout <= 0 || so.concurrent <= 0 {
		return usageErr("serve: --max-bytes, --timeout and --max-concurrent must be positive")
	}
	pc, err := pipelineConfig(cfg, o)
	if err != nil {
		return err
	}
	pc.OnlyDrafts = true
	pc.Facts, pc.Claims = cfg.Facts, cfg.Claims
	s := &server{opt: *so, slots: make(chan struct{}, so.concurrent), log: log.New(stderr, "claimcheck: ", 0)}
	s.load = func() (*servingState, error) { return loadState(pc, cfg.Against) }
	st, err := s.load()
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	s.state.Store(st)
	ln, err := net.Listen("tcp", so.addr)
	if err != nil {
		return &exitError{code: 2, err: fmt.Errorf("serve: %w", err)}
	}
	return s.serve(ctx, ln, ready)
}

// loadState loads rules, lexicon, noise and the archive. An archive with
// unreadable files still serves (check --against would report them and go
// on); a rule or lexicon error does not.
func loadState(pc pipeline.Config, against []string) (*servingState, error) {
	start := time.Now()
	eng, problems := pipeline.New(pc)
	if eng == nil {
		msg := fmt.Sprintf("%d error(s) loading rules, lexicon, facts or configuration", len(problems))
		for _, p := range problems {
			msg += "\n" + p.Error()
		}
		return nil, errors.New(msg)
	}
	arch := eng.LoadArchive(against)
	if n, _ := arch.Size(); n == 0 && len(against) > 0 {
		return nil, fmt.Errorf("the archive %v has no readable articles", against)
	}
	return &servingState{eng: eng, arch: arch, rules: len(eng.Rules().Rules()), loadedAt: start, took: time.Since(start)}, nil
}

func (s *server) serve(ctx context.Context, ln net.Listener, ready func(string)) error {
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	go func() {
		for {
			select {
			case <-hup:
				s.reload()
			case <-ctx.Done():
				return
			}
		}
	}()
	srv := &http.Server{
		Handler:           s.routes(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       s.opt.timeout + 5*time.Second,
		WriteTimeout:      2*s.opt.timeout + 5*time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          s.log,
	}
	st := s.state.Load()
	arts, claims := st.arch.Size()
	s.log.Printf("serving on http://%s: %d rules, archive of %d articles, %d claims (loaded in %s%s)", ln.Addr(), st.rules, arts, claims, st.took.Round(time.Millisecond), fromStore(st))
	if ready != nil {
		ready(ln.Addr().String())
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return &exitError{code: 2, err: err}
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), s.opt.timeout+5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil {
		return &exitError{code: 2, err: fmt.Errorf("serve: stopping: %w", err)}
	}
	s.log.Printf("stopped")
	return nil
}

// reload swaps in a fresh load, or keeps the current one when loading
// fails. One reload runs at a time; requests never wait for it.
func (s *server) reload() {
	s.reloadMu.Lock()
	defer s.reloadMu.Unlock()
	st, err := s.load()
	s.reloads.Add(1)
	if err != nil {
		msg := err.Error()
		s.lastErr.Store(&msg)
		s.log.Printf("reload failed, still serving what was loaded before: %v", err)
		return
	}
	s.lastErr.Store(nil)
	s.state.Store(st)
	arts, claims := st.arch.Size()
	s.log.Printf("reloaded: %d rules, archive of %d articles, %d claims (in %s%s)", st.rules, arts, claims, st.took.Round(time.Millisecond), fromStore(st))
}

// fromStore says how much of the archive the claim store gave.
func fromStore(st *servingState) string {
	if st.arch.FromStore == 0 {
		return ""
	}
	return fmt.Sprintf(", %d articles from the claim store", st.arch.FromStore)
}
