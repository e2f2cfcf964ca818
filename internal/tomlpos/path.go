package tomlpos

import (
	"fmt"
	"strconv"
)

// Path names one place in a document: keys, and after a key that holds an
// array (of tables, or of values), the index of an element, as in
// rule[2].test[0].when. Keys that are not bare are written quoted, so a
// Path is a canonical string and can key a map.
type Path string

// P builds a Path: a string is a key, an int is the index of an element of
// the array named just before it. P("rule", 2, "when") is rule[2].when.
func P(parts ...any) Path {
	var p Path
	for _, part := range parts {
		switch v := part.(type) {
		case string:
			p = p.Key(v)
		case int:
			p = p.Index(v)
		default:
			panic(fmt.Sprintf("tomlpos.P: %T is neither a key nor an index", part))
		}
	}
	return p
}

// Key is the path of key k inside p.
func (p Path) Key(k string) Path {
	if !isBare(k) {
		k = strconv.Quote(k)
	}
	if p == "" {
		return Path(k)
	}
	return p + "." + Path(k)
}

// Index is the path of element i of the array at p.
func (p Path) Index(i int) Path { return p + Path("["+strconv.Itoa(i)+"]") }

func isBare(k string) bool {
	if k == "" {
		return false
	}
	for i := 0; i < len(k); i++ {
		if !isBareKey(k[i]) {
			return false
		}
	}
	return true
}

func isBareKey(c byte) bool {
	return c == '_' || c == '-' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
