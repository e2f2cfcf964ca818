// Package rules is claimcheck's default rule pack: the TOML rule files in
// this folder, embedded in the binary. Each rule carries its own tests;
// `claimcheck rules test` and this package's Go test run them.
package rules

import "embed"

// FS holds the default pack's *.toml files.
//
//go:embed *.toml
var FS embed.FS
