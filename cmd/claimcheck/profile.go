package main

import (
	"fmt"
	"io"
	"os"
	"runtime/pprof"
)

// profileEnv names a file to write a CPU profile of the whole run to
// (`go tool pprof bin/claimcheck FILE`); docs/performance.md uses it.
const profileEnv = "CLAIMCHECK_CPUPROFILE"

// startProfile starts the CPU profile profileEnv asks for, if any, and
// returns the function that stops it. Failing to profile is reported on
// stderr and does not stop the run.
func startProfile(stderr io.Writer) func() {
	path := os.Getenv(profileEnv)
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err != nil {
		fmt.Fprintf(stderr, "claimcheck: %s: %v\n", profileEnv, err)
		return func() {}
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		fmt.Fprintf(stderr, "claimcheck: %s: %v\n", profileEnv, err)
		f.Close()
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}
