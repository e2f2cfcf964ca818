// Package config reads .claimcheck.toml, the per-project settings that flags
// override: rule, lexicon and noise paths, the default format and fail-on
// level, severity overrides and disabled rules, input globs to ignore, the
// archive for --against, and the baseline file.
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
	"regexp"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/claimcheck/claimcheck/engine/finding"
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
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, finding.Problem{Path: path, Line: pe.Position.Line, Col: pe.Position.Col, Message: pe.Message}
		}
		// Type mismatches come as plain errors naming the line and key.
		if m := typeErr.FindStringSubmatch(err.Error()); m != nil {
			line, col := locateKey(src, strings.Split(m[2], "."))
			if line == 0 {
				fmt.Sscan(m[1], &line)
			}
			return nil, finding.Problem{Path: path, Line: line, Col: col, Message: m[2] + ": " + m[3]}
		}
		return nil, finding.Problem{Path: path, Message: err.Error()}
	}
	if und := md.Undecoded(); len(und) > 0 {
		k := und[0]
		line, col := locateKey(src, k)
		return nil, finding.Problem{Path: path, Line: line, Col: col,
			Message: fmt.Sprintf("unknown key %q (known: rules, no_default_rules, lexicon, noise, format, fail_on, severity, disable, ignore, against, baseline)", k.String())}
	}
	for id, sev := range c.Severity {
		if _, err := finding.ParseSeverity(string(sev)); err != nil {
			line, col := locateKey(src, toml.Key{"severity", id})
			return nil, finding.Problem{Path: path, Line: line, Col: col, Message: fmt.Sprintf("severity.%s: %v", id, err)}
		}
	}
	if c.FailOn != "" && c.FailOn != "never" {
		if _, err := finding.ParseSeverity(c.FailOn); err != nil {
			line, col := locateKey(src, toml.Key{"fail_on"})
			return nil, finding.Problem{Path: path, Line: line, Col: col, Message: "fail_on: want error, warning, info or never"}
		}
	}
	for _, g := range c.Ignore {
		if _, err := filepath.Match(g, ""); err != nil {
			line, col := locateKey(src, toml.Key{"ignore"})
			return nil, finding.Problem{Path: path, Line: line, Col: col, Message: fmt.Sprintf("ignore: bad glob %q: %v", g, err)}
		}
	}
	c.Path = path
	dir := filepath.Dir(path)
	for _, list := range []*[]string{&c.Rules, &c.Lexicon, &c.Noise, &c.Against} {
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
	return &c, nil
}

func anchor(dir, p string) string {
	if filepath.IsAbs(p) || dir == "." {
		return p
	}
	return filepath.Join(dir, p)
}

var typeErr = regexp.MustCompile(`^toml: line (\d+) \(last key "([^"]*)"\): (.*)$`)

var header = regexp.MustCompile(`^\s*\[\s*([^\]]+?)\s*\]`)

// locateKey finds where key is written: BurntSushi/toml keeps key positions
// unexported. The configuration file is flat (top-level keys and simple
// tables), so a scan of table headers and "key =" lines is exact for it.
func locateKey(src []byte, key toml.Key) (line, col int) {
	table, last := strings.Join(key[:len(key)-1], "."), key[len(key)-1]
	current := ""
	for i, l := range strings.Split(string(src), "\n") {
		if m := header.FindStringSubmatch(l); m != nil {
			current = strings.Trim(m[1], " ")
			if current == strings.Join(key, ".") {
				return i + 1, strings.Index(l, "[") + 1
			}
			continue
		}
		if current != table {
			continue
		}
		trimmed := strings.TrimLeft(l, " \t")
		for _, form := range []string{last, `"` + last + `"`, `'` + last + `'`} {
			if rest, ok := strings.CutPrefix(trimmed, form); ok && strings.HasPrefix(strings.TrimLeft(rest, " \t"), "=") {
				return i + 1, len(l) - len(trimmed) + 1
			}
		}
	}
	return 0, 0
}
