package facts

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
)

// jsonErr is a problem in a JSON file at a byte offset.
type jsonErr struct {
	off int
	msg string
}

func (e *jsonErr) Error() string { return e.msg }

// member is one key of a JSON object: where its key and its value start,
// and the value's bytes.
type member struct {
	key            string
	keyOff, valOff int
	raw            json.RawMessage
}

// object reads the JSON object in data, which starts at byte base of its
// file, keeping where each key and value is. A syntax error is a *jsonErr.
func object(data []byte, base int) ([]member, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := expectDelim(dec, data, base, '{', "an object"); err != nil {
		return nil, err
	}
	var out []member
	for dec.More() {
		keyOff := next(data, int(dec.InputOffset()))
		tok, err := dec.Token()
		if err != nil {
			return nil, syntaxErr(err, data, base)
		}
		key, _ := tok.(string) // inside an object, the decoder yields only string keys
		valOff := next(data, int(dec.InputOffset()))
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, syntaxErr(err, data, base)
		}
		out = append(out, member{key: key, keyOff: base + keyOff, valOff: base + valOff, raw: raw})
	}
	if _, err := dec.Token(); err != nil {
		return nil, syntaxErr(err, data, base)
	}
	return out, nil
}

// array reads the JSON array in data, which starts at byte base of its
// file: each element's bytes and where it starts.
func array(data []byte, base int) ([]member, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := expectDelim(dec, data, base, '[', "an array"); err != nil {
		return nil, err
	}
	var out []member
	for dec.More() {
		off := next(data, int(dec.InputOffset()))
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, syntaxErr(err, data, base)
		}
		out = append(out, member{keyOff: base + off, valOff: base + off, raw: raw})
	}
	if _, err := dec.Token(); err != nil {
		return nil, syntaxErr(err, data, base)
	}
	return out, nil
}

func expectDelim(dec *json.Decoder, data []byte, base int, want json.Delim, name string) error {
	start := next(data, 0)
	tok, err := dec.Token()
	if err != nil {
		return syntaxErr(err, data, base)
	}
	if d, ok := tok.(json.Delim); !ok || d != want {
		return &jsonErr{base + start, "want " + name + ", got " + jsonKind(data[start:])}
	}
	return nil
}

// next skips white space, commas and colons from i: where the next token
// starts.
func next(data []byte, i int) int {
	for i < len(data) {
		switch data[i] {
		case ' ', '\t', '\n', '\r', ',', ':':
			i++
		default:
			return i
		}
	}
	return i
}

// syntaxErr places a decoder error in data, which starts at byte base of
// its file. A streaming decoder's offsets are not the file's, so data is
// checked again whole: the first error in it is the one met.
func syntaxErr(err error, data []byte, base int) error {
	var raw json.RawMessage
	var se *json.SyntaxError
	uerr := json.Unmarshal(data, &raw)
	switch {
	case errors.As(uerr, &se) && se.Error() != "unexpected end of JSON input":
		return &jsonErr{base + max(int(se.Offset)-1, 0), se.Error()} // Offset counts the bad byte
	case uerr != nil || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		return &jsonErr{base + len(data), "unexpected end of JSON input"}
	}
	return &jsonErr{base, strings.TrimPrefix(err.Error(), "json: ")}
}

// jsonKind names the JSON value that starts data, for messages.
func jsonKind(data []byte) string {
	if len(data) == 0 {
		return "nothing"
	}
	switch data[0] {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}
