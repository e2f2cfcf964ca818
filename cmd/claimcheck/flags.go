package main

// Flag values that need more than a string: --color's closed set, check's
// repeatable --format FORMAT[=FILE], and problems of the configuration
// file placed in it.

import (
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/engine/config"
	"github.com/claimcheck/claimcheck/engine/finding"
	"github.com/claimcheck/claimcheck/engine/report"
	"github.com/claimcheck/claimcheck/internal/tomlpos"
)

// colorMode is --color: auto, always or never. Anything else is a usage
// error when the flag is parsed, not a silent "auto".
type colorMode string

func (c *colorMode) String() string { return string(*c) }
func (c *colorMode) Type() string   { return "auto|always|never" }
func (c *colorMode) Set(v string) error {
	switch v {
	case "auto", "always", "never":
		*c = colorMode(v)
		return nil
	}
	return fmt.Errorf("want auto, always or never")
}

// reportTarget is one report a check run writes: a format, and a file or
// "" for standard output.
type reportTarget struct{ format, path string }

// reportTargets reads check's --format values (FORMAT or FORMAT=FILE; the
// configuration's format when none is given) and --out, which takes the
// one format given without a file. At most one report goes to standard
// output, so CI can run the check once and keep SARIF, JUnit and a
// summary.
func reportTargets(o *options, configured string) ([]reportTarget, error) {
	specs := o.formats
	if len(specs) == 0 {
		specs = []string{configured}
	}
	var out []reportTarget
	toStdout := 0
	for _, spec := range specs {
		name, path, _ := strings.Cut(spec, "=")
		if name == "" {
			name = "text"
		}
		if !contains(report.Formats(), name) {
			return nil, usageErr("--format %q: want one of %s, or FORMAT=FILE", spec, strings.Join(report.Formats(), ", "))
		}
		if strings.Contains(spec, "=") && path == "" {
			return nil, usageErr("--format %q: no file after =", spec)
		}
		if path == "" {
			toStdout++
			path = o.out
		}
		out = append(out, reportTarget{name, path})
	}
	if toStdout > 1 {
		return nil, usageErr("--format: %d reports would go to one place; give the others as FORMAT=FILE", toStdout)
	}
	return out, nil
}

// unknownRule matches the load problems that a configuration key causes
// but that come without a place: a severity override or a disabled rule
// whose id no rule has.
var unknownRule = regexp.MustCompile(`^(severity override for|disable:) unknown rule ("(?:[^"\\]|\\.)*")$`)

// placeConfigProblems points those problems at the key in the
// configuration file, so they read "file:line:col: ..." like every other.
func placeConfigProblems(cfg *config.Config, problems []finding.Problem) []finding.Problem {
	if cfg == nil || cfg.Path == "" {
		return problems
	}
	var doc *tomlpos.Doc
	for i, p := range problems {
		m := unknownRule.FindStringSubmatch(p.Message)
		if p.Path != "" || m == nil {
			continue
		}
		id, err := strconv.Unquote(m[2])
		if err != nil {
			continue
		}
		if doc == nil {
			src, err := os.ReadFile(cfg.Path)
			if err != nil {
				return problems
			}
			doc = tomlpos.Scan(src)
		}
		problems[i].Path = cfg.Path
		if off := configKey(doc, cfg, m[1] == "disable:", id); off >= 0 {
			pos := doc.Position(off)
			problems[i].Line, problems[i].Col = pos.Line, pos.Col
		}
	}
	return problems
}

// configKey is the offset of [severity] ID, or of ID in disable = [...].
func configKey(doc *tomlpos.Doc, cfg *config.Config, disable bool, id string) int {
	if !disable {
		if e, ok := doc.Key(tomlpos.P("severity", id)); ok {
			return e.Off
		}
		return -1
	}
	for i, d := range cfg.Disable {
		if d == id {
			if v, ok := doc.Value(tomlpos.P("disable", i)); ok {
				return v.Off
			}
		}
	}
	if e, ok := doc.Key(tomlpos.P("disable")); ok {
		return e.Off
	}
	return -1
}
