# claimcheck: build, run on the fixtures, test, benchmark, fuzz.
# Everything here needs only Go and make; modules come from the Go proxy.

GO        ?= go
BIN       := bin/claimcheck
VERSION   ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS   := -X main.version=$(VERSION)
FUZZTIME  ?= 10s
BENCHTIME ?= 1s

.PHONY: all build run test lint cyclo-baseline unit rules-test bench fuzz clean

all: build

build:
	@echo "building $(BIN) (the first build downloads the Go modules it needs: go prints each)"
	$(GO) build -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/claimcheck

# The main job: check the fixture articles against each other with the
# embedded default rules. Findings of severity error make it exit 1.
run: build
	./$(BIN) check fixtures/articles

# What CI runs (.ci/run calls this): formatting, vet, staticcheck, the
# complexity gate (internal/cyclo: no function over 15 unless baselined, and
# a baselined one may not grow), the race-enabled
# tests (fuzz seed corpora run as ordinary tests), then the rule pack's own
# tests through the CLI, as a user would run them.
test: lint unit rules-test

lint:
	@files=$$(gofmt -l $$(find . -name '*.go' -not -path './bin/*')); \
	if [ -n "$$files" ]; then echo "gofmt would change:"; echo "$$files"; exit 1; fi
	$(GO) vet ./...
	@echo "staticcheck (go tool: the first run builds it, about two minutes)"
	$(GO) tool staticcheck ./...
	$(GO) run ./internal/cyclo

# The complexity gate keeps internal/cyclo/baseline.txt, the functions over
# the limit when it came in; after splitting one, this records the new score.
# It only ever lowers scores or drops lines.
cyclo-baseline:
	$(GO) run ./internal/cyclo -write

# go test's own output, condensed by internal/testsum: package lines, the
# output of failing tests, every skipped test with its reason (tests that
# need ../shared or a browser say so), and "N passed, N failed, N skipped".
unit:
	$(GO) test -race -count=1 -json ./... | $(GO) run ./internal/testsum

rules-test:
	$(GO) run ./cmd/claimcheck rules test rules/

# Speed goals live in benchmarks (docs/performance.md): compare ns/op as
# ratios from one run, the machine is shared. BENCH and BENCHPKG narrow a
# run: make bench BENCH=GroupSize BENCHPKG=./engine/rule
BENCH     ?= .
BENCHPKG  ?= ./...
bench:
	$(GO) test -run '^$$' -bench '$(BENCH)' -benchmem -benchtime $(BENCHTIME) $(BENCHPKG)

# Every fuzz target, each for FUZZTIME (go test -fuzz takes one target at a time).
fuzz:
	@set -e; for f in $$(grep -rl --include='*_test.go' '^func Fuzz' .); do \
		dir=$$(dirname $$f); \
		for t in $$(sed -n 's/^func \(Fuzz[A-Za-z0-9_]*\)(.*/\1/p' $$f); do \
			echo "== $$dir $$t"; \
			$(GO) test -run '^$$' -fuzz "^$$t\$$" -fuzztime $(FUZZTIME) $$dir; \
		done; \
	done

clean:
	rm -rf bin
