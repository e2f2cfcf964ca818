package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/claimcheck/claimcheck/engine/config"
	"github.com/claimcheck/claimcheck/engine/finding"
	"github.com/claimcheck/claimcheck/engine/pipeline"
	"github.com/claimcheck/claimcheck/engine/report"
	"github.com/claimcheck/claimcheck/internal/atomicfile"
)

// exitError carries an exit status out of a command. A nil err means the
// command already said everything it had to say.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit status %d", e.code)
	}
	return e.err.Error()
}

func usageErr(format string, args ...any) error {
	return &exitError{code: 2, err: fmt.Errorf(format, args...)}
}

// run is main without os.Exit, so tests drive the whole CLI in-process.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRoot(stdin, stdout, stderr)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return 0
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil {
			fmt.Fprintln(stderr, "claimcheck:", ee.err)
		}
		return ee.code
	}
	// Cobra's own errors: unknown command or flag, wrong argument count.
	fmt.Fprintln(stderr, "claimcheck:", err)
	fmt.Fprintln(stderr, "Run 'claimcheck --help' for usage.")
	return 2
}

// options are the flags every command that reads articles shares.
type options struct {
	config         string
	rules          []string
	noDefaultRules bool
	lexicons       []string
	noise          []string
	format         string
	formats        []string // check's --format: FORMAT or FORMAT=FILE, repeatable
	out            string
	failOn         string
	published      string
	color          string
	quiet          bool
	against        []string
	baseline       string
	updateBaseline bool
	cache          string
	facts          []string
	claims         []string
}

func newRoot(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "claimcheck",
		Short: "Check news articles for claims that contradict, drift or go stale",
		Long: `claimcheck reads news articles, pulls out the facts they state (counts,
events, roles, quotes), and runs rules written in TOML and CEL over them to
flag contradictions, figures that drift over time, and stale claims.

Use it as a pre-publish check: claimcheck check DRAFT --against ARCHIVE.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.CompletionOptions.HiddenDefaultCmd = true

	root.AddCommand(newCheck(stdin, stdout, stderr), newExtract(stdin, stdout, stderr),
		newRules(stdout, stderr), newServe(stderr), newLexicon(stdout, stderr), newVersion(stdout))
	return root
}

// addInputFlags registers the flags shared by check and extract.
func addInputFlags(cmd *cobra.Command, o *options) {
	f := cmd.Flags()
	f.StringVar(&o.config, "config", "", "configuration file (default: .claimcheck.toml found by walking up from the working directory)")
	f.StringArrayVar(&o.rules, "rules", nil, "rule file or folder of TOML rules (repeatable)")
	f.BoolVar(&o.noDefaultRules, "no-default-rules", false, "do not load the embedded default rule pack")
	f.StringArrayVar(&o.lexicons, "lexicon", nil, "lexicon TOML file merged over the default (repeatable)")
	f.StringArrayVar(&o.noise, "noise", nil, "scraper-noise pattern TOML file added to the default (repeatable)")
	f.StringVarP(&o.out, "out", "o", "", "write the report to FILE instead of standard output")
	f.StringVar(&o.published, "published", "", "publication date (YYYY-MM-DD) for one undated input (with --against, a draft; never an archive article)")
	o.color = "auto"
	f.Var((*colorMode)(&o.color), "color", "colour text output: auto, always or never (auto honours NO_COLOR)")
	f.BoolVarP(&o.quiet, "quiet", "q", false, "no progress line on standard error (shown only on a terminal)")
}

// addFactFlags registers --facts and --claims, for check and serve.
func addFactFlags(cmd *cobra.Command, o *options) {
	f := cmd.Flags()
	f.StringArrayVar(&o.facts, "facts", nil, "TOML file of verified facts to check claims against (repeatable)")
	f.StringArrayVar(&o.claims, "claims", nil, "JSON file of claims in the extract JSON shape, read as an archive (repeatable)")
}

func newCheck(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	o := &options{}
	cmd := &cobra.Command{
		Use:   "check [PATH...]",
		Short: "Read articles, extract claims, run the rules and print a report",
		Long: `Read articles (files, folders read recursively, or - for standard input),
extract their claims, run the rules and print a report.

With --against, the PATHs are drafts checked against an archive: only
findings that involve at least one claim from a draft are reported.

With --facts, claims are also checked against a newsroom's verified facts
(TOML, the claim shape rule tests use, each with a source note); findings
against a fact name it and come first. --claims loads claims in the
extract JSON shape, from another extractor or a model, as an archive: the
PATHs are checked against them, or with no PATH they are checked
themselves.

Exit status: 0 when nothing at or above --fail-on was found, 1 when
something was, 2 for usage, input or rule errors.`,
		Example: `  claimcheck check fixtures/articles
  claimcheck check draft.md --against archive/ --format sarif --out claimcheck.sarif
  claimcheck check draft.md --against archive/ --format sarif=claimcheck.sarif --format text
  claimcheck check draft.md --facts desk/facts.toml
  claimcheck check --claims model-claims.json --facts desk/facts.toml
  claimcheck check --rules my-rules/ --fail-on warning articles/`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCheck(cmd, o, args, stdin, stdout, stderr)
		},
	}
	addInputFlags(cmd, o)
	f := cmd.Flags()
	f.StringArrayVarP(&o.formats, "format", "f", nil, "report format: "+strings.Join(report.Formats(), ", ")+" (default text); repeat as FORMAT=FILE to write several reports in one run")
	f.StringVar(&o.failOn, "fail-on", "", "exit 1 when a finding at or above this severity is found: error, warning, info or never (default error)")
	f.StringArrayVar(&o.against, "against", nil, "archive to check the PATHs (drafts) against (repeatable)")
	f.StringVar(&o.baseline, "baseline", "", "report only findings not recorded in this baseline file")
	f.BoolVar(&o.updateBaseline, "update-baseline", false, "write the current findings to the --baseline file and exit 0")
	f.StringVar(&o.cache, "cache", "", "keep extracted claims in this folder between runs (a claim store); articles whose bytes it knows are not read again")
	addFactFlags(cmd, o)
	return cmd
}

func newExtract(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	o := &options{}
	cmd := &cobra.Command{
		Use:   "extract [PATH...]",
		Short: "Print what was read and pulled out: articles, sentences, mentions, claims",
		Example: `  claimcheck extract fixtures/articles/003_4c6c126155a967da.txt
  claimcheck extract --format json fixtures/articles | jq '.articles[].claims[]'`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExtract(cmd, o, args, stdin, stdout, stderr)
		},
	}
	addInputFlags(cmd, o)
	cmd.Flags().StringVarP(&o.format, "format", "f", "", "output format: text or json (default text)")
	return cmd
}

func newRules(stdout, stderr io.Writer) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "List rules or run the tests written inside rule files",
	}
	for _, sub := range []struct {
		use, short, example string
		test                bool
	}{
		{"test [PATH...]", "Run the tests written inside rule files (PATH's, loaded beside the default pack as check --rules loads them); exit 1 on a failing test",
			"  claimcheck rules test rules/\n  claimcheck rules test my-rules/counts.toml", true},
		{"list [PATH...]", "List the loaded rules (PATH's only when given): id, category, severity, summary, file:line",
			"  claimcheck rules list\n  claimcheck rules list --no-default-rules my-rules/", false},
	} {
		o := &options{}
		test := sub.test
		c := &cobra.Command{
			Use:     sub.use,
			Short:   sub.short,
			Example: sub.example,
			RunE: func(cmd *cobra.Command, args []string) error {
				return runRules(cmd, o, args, test, stdout, stderr)
			},
		}
		f := c.Flags()
		f.StringVar(&o.config, "config", "", "configuration file (default: .claimcheck.toml found by walking up)")
		f.StringArrayVar(&o.rules, "rules", nil, "rule file or folder of TOML rules (repeatable)")
		f.BoolVar(&o.noDefaultRules, "no-default-rules", false, "do not load the embedded default rule pack")
		f.StringArrayVar(&o.lexicons, "lexicon", nil, "lexicon TOML file merged over the default (repeatable)")
		f.StringVarP(&o.format, "format", "f", "text", "output format: text or json")
		cmd.AddCommand(c)
	}
	return cmd
}

func newVersion(stdout io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print claimcheck's version and the versions of its engine's libraries",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			fmt.Fprintf(stdout, "claimcheck %s\n", toolVersion())
			if bi, ok := debug.ReadBuildInfo(); ok {
				fmt.Fprintf(stdout, "go %s\n", strings.TrimPrefix(bi.GoVersion, "go"))
				for _, d := range bi.Deps {
					if d.Path == "cel.dev/cel-go" || d.Path == "github.com/BurntSushi/toml" {
						fmt.Fprintf(stdout, "%s %s\n", d.Path, d.Version)
					}
				}
			}
			return nil
		},
	}
}

// toolVersion is the -ldflags version, else the module version from the build
// info (set by "go install ...@version"), else "dev".
func toolVersion() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

// settings merges the configuration file under the flags: a flag given on
// the command line always wins.
func settings(cmd *cobra.Command, o *options) (*config.Config, error) {
	var (
		cfg *config.Config
		err error
	)
	if o.config != "" {
		cfg, err = config.Load(o.config)
	} else {
		cfg, err = config.Find(".")
	}
	if err != nil {
		return nil, &exitError{code: 2, err: err}
	}
	changed := cmd.Flags().Changed
	if changed("rules") {
		cfg.Rules = o.rules
	}
	if changed("no-default-rules") {
		cfg.NoDefaultRules = o.noDefaultRules
	}
	if changed("lexicon") {
		cfg.Lexicon = o.lexicons
	}
	if changed("noise") {
		cfg.Noise = o.noise
	}
	if changed("format") {
		cfg.Format = o.format
	}
	if changed("fail-on") {
		cfg.FailOn = o.failOn
	}
	if changed("against") {
		cfg.Against = o.against
	}
	if changed("baseline") {
		cfg.Baseline = o.baseline
	}
	if changed("cache") {
		cfg.Cache = o.cache
	}
	if changed("facts") {
		cfg.Facts = o.facts
	}
	if changed("claims") {
		cfg.Claims = o.claims
	}
	return cfg, nil
}

func pipelineConfig(cfg *config.Config, o *options) (pipeline.Config, error) {
	pc := pipeline.Config{
		Rules:          cfg.Rules,
		NoDefaultRules: cfg.NoDefaultRules,
		Lexicons:       cfg.Lexicon,
		Noise:          cfg.Noise,
		Severity:       cfg.Severity,
		Disabled:       cfg.Disable,
		Ignore:         cfg.Ignore,
		Limits:         cfg.Limits,
		Cache:          cfg.Cache,
	}
	if o.published != "" {
		d, err := time.Parse("2006-01-02", o.published)
		if err != nil {
			return pc, usageErr("--published %q: want a date as YYYY-MM-DD", o.published)
		}
		pc.Published = d
	}
	return pc, nil
}

func runCheck(cmd *cobra.Command, o *options, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	cfg, err := settings(cmd, o)
	if err != nil {
		return err
	}
	targets, err := reportTargets(o, cfg.Format)
	if err != nil {
		return err
	}
	failOn := cfg.FailOn
	if failOn == "" {
		failOn = "error"
	}
	if failOn != "never" {
		if _, err := finding.ParseSeverity(failOn); err != nil {
			return usageErr("--fail-on %q: want error, warning, info or never", failOn)
		}
	}
	if err := checkHasInput(args, cfg); err != nil {
		return err
	}
	if o.updateBaseline && cfg.Baseline == "" {
		return usageErr("--update-baseline needs --baseline FILE")
	}
	pc, err := pipelineConfig(cfg, o)
	if err != nil {
		return err
	}
	pc.Stdin = stdin
	pc.Facts, pc.Claims = cfg.Facts, cfg.Claims
	pc.OnlyDrafts = draftsMode(args, cfg)
	progress, doneProgress := newProgress(stderr, o.quiet)
	pc.Progress = progress
	eng, problems := pipeline.New(pc)
	if eng == nil {
		return reportLoadProblems(stderr, placeConfigProblems(cfg, problems))
	}
	rep := eng.Check(args, cfg.Against)
	doneProgress()
	rep.Problems = append(problems, rep.Problems...)
	rep.FailOn = finding.Severity(failOn)

	if cfg.Baseline != "" {
		if o.updateBaseline {
			if err := pipeline.WriteBaseline(cfg.Baseline, rep); err != nil {
				return &exitError{code: 2, err: err}
			}
			fmt.Fprintf(stderr, "claimcheck: wrote %d findings to baseline %s\n", len(rep.Findings), cfg.Baseline)
			return nil
		}
		before := len(rep.Findings)
		if err := pipeline.ApplyBaseline(cfg.Baseline, rep); err != nil {
			return &exitError{code: 2, err: err}
		}
		rep.Baselined = before - len(rep.Findings)
	}
	if err := writeReports(o, targets, rep, stdout); err != nil {
		return &exitError{code: 2, err: err}
	}
	printNotices(stderr, rep.Notices)
	if code := rep.ExitCode(); code != 0 {
		return &exitError{code: code}
	}
	return nil
}

// checkHasInput wants something to check: PATHs, or claims files.
func checkHasInput(args []string, cfg *config.Config) error {
	if len(args) == 0 && len(cfg.Claims) == 0 {
		return usageErr("check: no input; give article files or folders, - for standard input, or --claims FILE")
	}
	return nil
}

// draftsMode is whether the PATHs are drafts checked against an archive:
// --against, or claims files, which are an archive too.
func draftsMode(args []string, cfg *config.Config) bool {
	return len(cfg.Against) > 0 || len(args) > 0 && len(cfg.Claims) > 0
}

func runExtract(cmd *cobra.Command, o *options, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	cfg, err := settings(cmd, o)
	if err != nil {
		return err
	}
	format := o.format
	if format == "" {
		format = "text"
	}
	if format != "text" && format != "json" {
		return usageErr("extract --format %q: want text or json", format)
	}
	if len(args) == 0 {
		return usageErr("extract: no input; give article files or folders, or - for standard input")
	}
	pc, err := pipelineConfig(cfg, o)
	if err != nil {
		return err
	}
	pc.NoRules = true
	pc.Stdin = stdin
	eng, problems := pipeline.New(pc)
	if eng == nil {
		return reportLoadProblems(stderr, placeConfigProblems(cfg, problems))
	}
	ex := eng.Extract(args)
	ex.Problems = append(problems, ex.Problems...)
	w, done, err := output(o.out, stdout)
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	if format == "json" {
		err = ex.WriteJSON(w)
	} else {
		err = ex.WriteText(w)
	}
	if err = done(err); err != nil {
		return &exitError{code: 2, err: err}
	}
	for _, p := range ex.Problems {
		fmt.Fprintln(stderr, p.Error())
	}
	printNotices(stderr, ex.Notices)
	if len(ex.Problems) > 0 {
		return &exitError{code: 2}
	}
	return nil
}

func runRules(cmd *cobra.Command, o *options, args []string, test bool, stdout, stderr io.Writer) error {
	cfg, err := settings(cmd, o)
	if err != nil {
		return err
	}
	if o.format != "text" && o.format != "json" {
		return usageErr("rules --format %q: want text or json", o.format)
	}
	pc, err := pipelineConfig(cfg, o)
	if err != nil {
		return err
	}
	// PATHs are loaded as check loads --rules: with the default pack and
	// the configuration's rules (so a rule id they repeat is an error here
	// too), and only their rules are listed or tested.
	pc.Rules = append(append([]string(nil), pc.Rules...), args...)
	eng, problems := pipeline.New(pc)
	if eng == nil {
		return reportLoadProblems(stderr, placeConfigProblems(cfg, problems))
	}
	if !test {
		if err := eng.ListRules(stdout, o.format, args...); err != nil {
			return &exitError{code: 2, err: err}
		}
		return nil
	}
	ok, err := eng.TestRules(stdout, o.format, args...)
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	if !ok {
		return &exitError{code: 1}
	}
	return nil
}

// printNotices says on stderr where a run skipped work at a limit, so a
// report on stdout stays what its format says it is.
func printNotices(stderr io.Writer, notices []finding.Notice) {
	for _, n := range notices {
		fmt.Fprintln(stderr, "claimcheck:", n.String())
	}
}

// reportLoadProblems prints rule, lexicon and configuration errors, which
// stop a run before any article is read.
func reportLoadProblems(stderr io.Writer, problems []finding.Problem) error {
	for _, p := range problems {
		if p.Context != "" {
			fmt.Fprintln(stderr, p.Context) // the message with its source line and caret
		} else {
			fmt.Fprintln(stderr, p.Error())
		}
	}
	return &exitError{code: 2, err: fmt.Errorf("%d error(s) loading rules, lexicon, facts or configuration", len(problems))}
}

// writeReports writes the report in each target's format, to its file or
// to standard output. Every file is written whole or not at all.
func writeReports(o *options, targets []reportTarget, rep *report.Report, stdout io.Writer) error {
	for _, t := range targets {
		w, done, err := output(t.path, stdout)
		if err != nil {
			return err
		}
		opt := report.Options{ToolVersion: toolVersion(), Color: useColor(o.color, t.path, stdout), Width: termWidth(t.path, stdout)}
		if err := done(report.Write(w, t.format, rep, opt)); err != nil {
			return err
		}
	}
	return nil
}

// output opens a report file, or standard output for "" and "-". The file
// is written whole or not at all: a failed run never leaves half a report
// for CI to upload. It gets the permissions of any file the user writes
// (0644 under umask 022), not a temporary file's 0600.
func output(path string, stdout io.Writer) (io.Writer, func(error) error, error) {
	if path == "" || path == "-" {
		return stdout, func(err error) error { return err }, nil
	}
	f, err := atomicfile.Create(path)
	if err != nil {
		return nil, nil, fmt.Errorf("--out %s: %w", path, err)
	}
	return f, func(werr error) error {
		if werr != nil {
			f.Abort()
			return werr
		}
		if err := f.Commit(); err != nil {
			return fmt.Errorf("--out %s: %w", path, err)
		}
		return nil
	}, nil
}

// useColor follows the usual conventions: never into a file, never with
// NO_COLOR set, and otherwise only on a terminal unless forced.
func useColor(mode, out string, stdout io.Writer) bool {
	switch mode {
	case "always":
		return true
	case "never":
		return false
	}
	if out != "" || os.Getenv("NO_COLOR") != "" {
		return false
	}
	f, ok := stdout.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// termWidth wraps text reports to the terminal; files and pipes get the
// report's default width so their output does not depend on who ran it.
func termWidth(out string, stdout io.Writer) int {
	if out != "" {
		return 0
	}
	if f, ok := stdout.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		if w, _, err := term.GetSize(int(f.Fd())); err == nil && w >= 40 {
			return w - 1
		}
	}
	return 0
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
