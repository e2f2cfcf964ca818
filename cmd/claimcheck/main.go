// Command claimcheck checks news articles for claims that contradict each
// other, drift over time, or have gone stale. It is a thin shell over the
// engine packages: flags and configuration in, a report and an exit code out.
//
// Exit status: 0 when nothing at or above --fail-on was found, 1 when
// something was, 2 for usage, input or rule errors.
package main

import (
	"os"
)

// version is set by the Makefile with -ldflags "-X main.version=...".
var version = ""

func main() {
	stop := startProfile(os.Stderr)
	code := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
