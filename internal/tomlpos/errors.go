package tomlpos

import (
	"errors"
	"regexp"
	"strconv"

	"github.com/BurntSushi/toml"

	"github.com/claimcheck/claimcheck/engine/finding"
	"github.com/claimcheck/claimcheck/engine/span"
)

// DecodeError is an error from toml.Decode, placed in the source.
type DecodeError struct {
	Off       int      // byte offset; -1 when unknown
	Line, Col int      // 1-based; 0 when unknown
	Key       toml.Key // the key a type error names (its "last key"), if any
	Message   string   // the library's message, without "toml: line N (last key ...): "
}

// typeErr is how BurntSushi/toml words errors met while storing a value
// (type mismatches, a string for a slice): as text, naming the line of the
// value and the key, not as a ParseError.
var typeErr = regexp.MustCompile(`^toml: (?:line (\d+) )?\(last key ("(?:[^"\\]|\\.)*")\): (?s:(.*))$`)

// Locate places an error of toml.Decode(src): a ParseError at its position,
// a type error at the key it names (on the line it names: with arrays of
// tables the key is written once per element).
func Locate(src []byte, err error) DecodeError {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		return DecodeError{Off: pe.Position.Start, Line: pe.Position.Line, Col: pe.Position.Col, Message: pe.Message}
	}
	m := typeErr.FindStringSubmatch(err.Error())
	if m == nil {
		return DecodeError{Off: -1, Message: err.Error()}
	}
	de := DecodeError{Off: -1, Message: m[3]}
	line, _ := strconv.Atoi(m[1])
	ks, uerr := strconv.Unquote(m[2])
	if uerr != nil {
		return de
	}
	sc := &scanner{src: []byte(ks + "=")}
	if parts, _, ok := sc.keyPath('='); ok {
		de.Key = parts
	}
	d := Scan(src)
	de.Off = d.keyOnLine(ks, line)
	if de.Off < 0 && line > 0 && line <= d.idx.Lines() {
		de.Off = d.idx.Offset(span.Position{Line: line, Col: 1})
	}
	if de.Off >= 0 {
		p := d.Position(de.Off)
		de.Line, de.Col = p.Line, p.Col
	}
	return de
}

// keyOnLine is where key (as toml.Key.String writes it) is written on
// line, or else its last definition before it; -1 if nowhere.
func (d *Doc) keyOnLine(key string, line int) int {
	off := -1
	for _, e := range d.keys {
		if e.Key.String() != key {
			continue
		}
		l := d.Position(e.Off).Line
		if line > 0 && l > line {
			break
		}
		off = e.Off
		if l == line {
			break
		}
	}
	return off
}

// ParseError turns an error of toml.Decode(src) into a Problem at
// path:line:col: a syntax error at its position, a type error at its key,
// with the key leading the message ("rules: incompatible types: ...").
func ParseError(path string, src []byte, err error) finding.Problem {
	de := Locate(src, err)
	msg := de.Message
	if de.Key != nil {
		msg = de.Key.String() + ": " + msg
	}
	return finding.Problem{Path: path, Line: de.Line, Col: de.Col, Message: msg}
}
