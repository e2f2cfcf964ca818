// Command cyclo is the complexity gate of `make lint`: no function may have
// a cyclomatic complexity (gocyclo's measure) over the limit, except those
// listed in the baseline file, which may not grow. The baseline only
// shrinks: -write records the functions that got smaller and drops those
// now within the limit, but never adds a function or raises a score.
//
//	go run ./internal/cyclo          # check (make lint)
//	go run ./internal/cyclo -write   # lock in what shrank (make cyclo-baseline)
//
// The numbers are gocyclo's (the same library as `go tool gocyclo`): 1, plus
// one for each if, for, range, non-default case and comm clause, && and ||.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"go/parser"
	"go/token"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/fzipp/gocyclo"
)

// limit is gocyclo's own advice and Go Report Card's: over 15, split it.
const limit = 15

const baselineFile = "internal/cyclo/baseline.txt"

func main() {
	write := flag.Bool("write", false, "rewrite the baseline with the scores that shrank (it never grows)")
	root := flag.String("root", ".", "the module's root")
	flag.Parse()
	code, err := run(*root, *write, os.Stdout)
	if err != nil {
		fmt.Fprintln(os.Stderr, "cyclo:", err)
		os.Exit(2)
	}
	os.Exit(code)
}

// fn is one function over the limit: key names it across edits (no line
// numbers, so moving code does not count as a new function).
type fn struct {
	key   string // "dir pkg func"
	score int
	pos   string // file:line:col, for the message
}

func run(root string, write bool, out io.Writer) (int, error) {
	now, err := measure(root)
	if err != nil {
		return 2, err
	}
	basePath := filepath.Join(root, baselineFile)
	base, err := readBaseline(basePath)
	if err != nil {
		return 2, err
	}
	v := compare(now, base)
	if write {
		if err := writeBaseline(basePath, v.kept); err != nil {
			return 2, err
		}
		fmt.Fprintf(out, "cyclo: %s now lists %d functions (%d shrank or left)\n", baselineFile, len(v.kept), len(v.shrank)+len(v.gone))
	}
	return v.report(out, write), nil
}

// measure returns every function over the limit under root, by key.
func measure(root string) (map[string]fn, error) {
	fset := token.NewFileSet()
	var stats gocyclo.Stats
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != root && skipDir(d.Name()) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
		if err != nil {
			return err
		}
		stats = gocyclo.AnalyzeASTFile(f, fset, stats)
		return nil
	})
	if err != nil {
		return nil, err
	}
	now := map[string]fn{}
	for _, s := range stats {
		if s.Complexity <= limit {
			continue
		}
		rel, _ := filepath.Rel(root, s.Pos.Filename)
		rel = filepath.ToSlash(rel)
		key := pathDir(rel) + " " + s.PkgName + " " + s.FuncName
		// Several init functions in one package share a key: keep the worst.
		if old, ok := now[key]; !ok || s.Complexity > old.score {
			now[key] = fn{key: key, score: s.Complexity, pos: fmt.Sprintf("%s:%d:%d", rel, s.Pos.Line, s.Pos.Column)}
		}
	}
	return now, nil
}

// skipDir leaves out what the go tool leaves out, and the build output.
func skipDir(name string) bool {
	return name == "testdata" || name == "vendor" || name == "bin" ||
		strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")
}

func pathDir(rel string) string {
	if d := filepath.ToSlash(filepath.Dir(rel)); d != "." {
		return d
	}
	return "."
}

func readBaseline(path string) (map[string]int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	base := map[string]int{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Fields(line)
		score, err := strconv.Atoi(fields[0])
		if len(fields) != 4 || err != nil {
			return nil, fmt.Errorf("%s:%d: want \"SCORE DIR PACKAGE FUNC\", got %q", path, n, line)
		}
		base[strings.Join(fields[1:], " ")] = score
	}
	return base, sc.Err()
}

const header = `# The complexity gate's baseline (internal/cyclo, run by make lint): the
# functions that were over the limit of 15 when the gate came in, with their
# gocyclo scores. A listed function may not grow; any other may not pass 15.
# This file only shrinks: after splitting a function, run make cyclo-baseline.
# SCORE DIR PACKAGE FUNC
`

func writeBaseline(path string, kept []fn) error {
	var b strings.Builder
	b.WriteString(header)
	for _, f := range kept {
		fmt.Fprintf(&b, "%d %s\n", f.score, f.key)
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// verdict sorts the functions over the limit against the baseline.
type verdict struct {
	fresh  []fn     // over the limit, not in the baseline
	grew   []fn     // in the baseline, now higher
	shrank []fn     // in the baseline, now lower but still over the limit
	gone   []string // in the baseline, now within the limit (or renamed)
	kept   []fn     // what the baseline may hold from now on
	base   map[string]int
}

func compare(now map[string]fn, base map[string]int) verdict {
	v := verdict{base: base}
	for key, f := range now {
		old, listed := base[key]
		switch {
		case !listed:
			v.fresh = append(v.fresh, f)
		case f.score > old:
			v.grew = append(v.grew, f)
			v.kept = append(v.kept, fn{key: key, score: old})
		case f.score < old:
			v.shrank = append(v.shrank, f)
			v.kept = append(v.kept, f)
		default:
			v.kept = append(v.kept, f)
		}
	}
	for key := range base {
		if _, ok := now[key]; !ok {
			v.gone = append(v.gone, key)
		}
	}
	for _, l := range [][]fn{v.fresh, v.grew, v.shrank, v.kept} {
		sortFns(l)
	}
	sort.Strings(v.gone)
	return v
}

func sortFns(l []fn) {
	sort.Slice(l, func(i, j int) bool {
		if l[i].score != l[j].score {
			return l[i].score > l[j].score
		}
		return l[i].key < l[j].key
	})
}

// report prints what fails and how to fix it; it returns the exit code.
func (v verdict) report(out io.Writer, written bool) int {
	for _, f := range v.fresh {
		fmt.Fprintf(out, "%s: %s has cyclomatic complexity %d, over the limit of %d\n", f.pos, funcOf(f.key), f.score, limit)
	}
	for _, f := range v.grew {
		fmt.Fprintf(out, "%s: %s grew to cyclomatic complexity %d; the baseline allows it %d\n", f.pos, funcOf(f.key), f.score, v.base[f.key])
	}
	failed := len(v.fresh) + len(v.grew)
	if failed > 0 {
		fmt.Fprintf(out, "cyclo: %d function(s) too complex. Fix: split each into smaller functions whose names say what they do\n"+
			"(one per case or step; a table of data instead of a chain of cases). A function listed in %s\n"+
			"may not grow past its score there, and no other may pass %d. `go tool gocyclo -top 20 DIR` shows the scores.\n",
			failed, baselineFile, limit)
	}
	if !written && len(v.shrank)+len(v.gone) > 0 {
		fmt.Fprintf(out, "cyclo: %d baselined function(s) shrank or left: run `make cyclo-baseline` to lock that in\n", len(v.shrank)+len(v.gone))
	}
	if failed > 0 {
		return 1
	}
	return 0
}

func funcOf(key string) string {
	f := strings.Fields(key)
	return f[len(f)-1]
}
