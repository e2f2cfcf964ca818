// Package config reads .claimcheck.toml, the per-project settings that flags
// override: rule, lexicon and noise paths, the default format and fail-on
// level, severity overrides and disabled rules, input globs to ignore, the
// archive for --against, verified facts and claims files, and the baseline
// file.
//
// The file is found by walking up from the working directory, as .git or
// .golangci.yml are, so a newsroom keeps one at the top of its repository.
// Relative paths inside it are relative to the file, not to where
// claimcheck runs. Unknown keys are errors with line:col: a misspelt
// "fail_on" must not silently do nothing.
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/BurntSushi/toml"

	"github.com/claimcheck/claimcheck/engine/finding"
	"github.com/claimcheck/claimcheck/engine/pipeline"
	"github.com/claimcheck/claimcheck/internal/tomlpos"
)

// FileName is the configuration file claimcheck looks for.
const FileName = ".claimcheck.toml"

// Config is the content of a configuration file; the zero Config is the
// defaults.
type Config struct {
	Path           string                      `toml:"-"` // the file read, "" if none
	Rules          []string                    `toml:"rules"`
	NoDefaultRules bool                        `toml:"no_default_rules"`
	Lexicon        []string                    `toml:"lexicon"`
	Noise          []string                    `toml:"noise"`
	Format         string                      `toml:"format"`
	FailOn         string                      `toml:"fail_on"`
	Severity       map[string]finding.Severity `toml:"severity"` // rule id -> severity
	Disable        []string                    `toml:"disable"`  // rule ids
	Ignore         []string                    `toml:"ignore"`   // globs of input paths to skip
	Against        []string                    `toml:"against"`  // the archive for pre-publish checks
	Baseline       string                      `toml:"baseline"`
	// Limits bound the work one input or key group may cause; see
	// pipeline.Limits for the defaults.
	Limits pipeline.Limits `toml:"limits"`
	// Cache is the claim store's folder (--cache): off when empty.
	Cache string `toml:"cache"`
	// Facts are fact files (--facts): verified facts drafts are checked
	// against. Claims are claims files in the extract JSON shape (--claims).
	Facts  []string `toml:"facts"`
	Claims []string `toml:"claims"`
}

// Find looks for FileName in dir and its parents. No file is no error: the
// defaults apply.
func Find(dir string) (*Config, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	rel := dir
	for {
		p := filepath.Join(abs, FileName)
		if _, err := os.Stat(p); err == nil {
			return Load(filepath.Join(rel, FileName))
		} else if !errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		parent := filepath.Dir(abs)
		if parent == abs {
			return &Config{}, nil
		}
		abs, rel = parent, filepath.Join(rel, "..")
	}
}

// Load reads one configuration file.
func Load(path string) (*Config, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return Parse(path, src)
}

// Parse reads configuration from src; path names it in errors and anchors
// its relative paths.
func Parse(path string, src []byte) (*Config, error) {
	var c Config
	md, err := toml.Decode(string(src), &c)
	if err != nil {
		return nil, tomlpos.ParseError(path, src, err)
	}
	doc := tomlpos.Scan(src)
	problem := func(off int, format string, args ...any) error {
		p := finding.Problem{Path: path, Message: fmt.Sprintf(format, args...)}
		if off >= 0 {
			pos := doc.Position(off)
			p.Line, p.Col = pos.Line, pos.Col
		}
		return p
	}
	keyOff := func(p tomlpos.Path) int {
		if e, ok := doc.Key(p); ok {
			return e.Off
		}
		return -1
	}
	if und := doc.Undecoded(md); len(und) > 0 {
		return nil, problem(und[0].Off, "unknown key %q (known: rules, no_default_rules, lexicon, noise, format, fail_on, severity, disable, ignore, against, baseline, limits, cache, facts, claims)", und[0].Key.String())
	}
	for id, sev := range c.Severity {
		if _, err := finding.ParseSeverity(string(sev)); err != nil {
			return nil, problem(keyOff(tomlpos.P("severity", id)), "severity.%s: %v", id, err)
		}
	}
	if c.FailOn != "" && c.FailOn != "never" {
		if _, err := finding.ParseSeverity(c.FailOn); err != nil {
			return nil, problem(keyOff("fail_on"), "fail_on: want error, warning, info or never")
		}
	}
	for _, g := range c.Ignore {
		if _, err := filepath.Match(g, ""); err != nil {
			return nil, problem(keyOff("ignore"), "ignore: bad glob %q: %v", g, err)
		}
	}
	c.Path = path
	dir := filepath.Dir(path)
	for _, list := range []*[]string{&c.Rules, &c.Lexicon, &c.Noise, &c.Against, &c.Facts, &c.Claims} {
		for i, p := range *list {
			(*list)[i] = anchor(dir, p)
		}
	}
	for i, g := range c.Ignore {
		c.Ignore[i] = anchor(dir, g)
	}
	if c.Baseline != "" {
		c.Baseline = anchor(dir, c.Baseline)
	}
	if c.Cache != "" {
		c.Cache = anchor(dir, c.Cache)
	}
	return &c, nil
}

func anchor(dir, p string) string {
	if filepath.IsAbs(p) || dir == "." {
		return p
	}
	return filepath.Join(dir, p)
}
