// Command testsum reads `go test -json` on standard input and prints what
// a person needs from it: each package's ok/FAIL line, the output of every
// failing test, the tests that skipped and why (a test that needs ../shared
// or a browser says so when it skips, and that belongs in the log, not
// only under -v), and a last line "N passed, N failed, N skipped". It
// exits 1 when a test or a package failed, or when no test ran at all.
//
//	go test -json ./... | go run ./internal/testsum
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
)

// event is one line of `go test -json` (cmd/test2json).
type event struct {
	Action  string
	Package string
	Test    string
	Output  string
}

type key struct{ pkg, test string }

type summary struct {
	out                    io.Writer
	outputs                map[key][]string
	passed, failed, skipps int
	skipped                []string
	pkgFailed              bool
	events                 int
}

func main() {
	s := &summary{out: os.Stdout, outputs: map[key][]string{}}
	if err := s.read(os.Stdin); err != nil {
		fmt.Fprintln(os.Stderr, "testsum:", err)
		os.Exit(1)
	}
	os.Exit(s.finish())
}

func (s *summary) read(r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		line := sc.Bytes()
		var e event
		if json.Unmarshal(line, &e) != nil || e.Action == "" {
			fmt.Fprintln(s.out, string(line)) // not an event (a build error from go itself): pass it on
			continue
		}
		s.events++
		s.handle(e)
	}
	return sc.Err()
}

func (s *summary) handle(e event) {
	k := key{e.Package, e.Test}
	switch e.Action {
	case "output", "build-output":
		if e.Test == "" {
			fmt.Fprint(s.out, e.Output) // package lines: ok, FAIL, build errors
			return
		}
		s.outputs[k] = append(s.outputs[k], e.Output)
	case "pass":
		if e.Test != "" {
			s.passed++
		}
		delete(s.outputs, k)
	case "fail", "build-fail":
		if e.Test == "" {
			s.pkgFailed = true
			return
		}
		s.failed++
		fmt.Fprint(s.out, strings.Join(s.outputs[k], ""))
		delete(s.outputs, k)
	case "skip":
		if e.Test != "" {
			s.skipps++
			s.skipped = append(s.skipped, fmt.Sprintf("%s %s: %s", e.Package, e.Test, reason(s.outputs[k])))
		}
		delete(s.outputs, k)
	}
}

// reason is what a skipped test said: its t.Skip message, without the
// "=== RUN" and "--- SKIP" lines around it.
func reason(lines []string) string {
	var parts []string
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" || strings.HasPrefix(t, "=== ") || strings.HasPrefix(t, "--- SKIP") {
			continue
		}
		parts = append(parts, t)
	}
	if len(parts) == 0 {
		return "(no reason given)"
	}
	return strings.Join(parts, " ")
}

func (s *summary) finish() int {
	if len(s.skipped) > 0 {
		fmt.Fprintf(s.out, "\nskipped tests (%d):\n", len(s.skipped))
		for _, l := range s.skipped {
			fmt.Fprintln(s.out, "  "+l)
		}
	}
	fmt.Fprintf(s.out, "\n%d passed, %d failed, %d skipped\n", s.passed, s.failed, s.skipps)
	if s.failed > 0 || s.pkgFailed || s.passed == 0 {
		return 1
	}
	return 0
}
