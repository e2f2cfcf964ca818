package article

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"go.yaml.in/yaml/v3"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/finding"
	"github.com/claimcheck/claimcheck/engine/span"
	"github.com/claimcheck/claimcheck/internal/tomlpos"
)

// meta is the metadata one source (front matter or sidecar) gives.
type meta struct {
	title, outlet, url string
	published          time.Time
	dated              bool
	source             string
}

// frontMatter parses YAML (---) or TOML (+++) front matter starting at
// offset start. It returns nil when there is none, and the offset where the
// body begins. Errors carry line:col in the original file.
func frontMatter(path string, data []byte, start int, idx *span.Index) (*meta, int, error) {
	rest := data[start:]
	var delim string
	switch {
	case hasDelimLine(rest, "---"):
		delim = "---"
	case hasDelimLine(rest, "+++"):
		delim = "+++"
	default:
		return nil, 0, nil
	}
	open := lineEnd(data, start)
	contentStart := open
	// The closing delimiter is the next line that is exactly the delimiter
	// (YAML also allows "...").
	pos := contentStart
	closeStart, bodyStart := -1, -1
	for pos < len(data) {
		end := lineEnd(data, pos)
		line := strings.TrimRight(string(data[pos:end]), " \t\r\n")
		if line == delim || delim == "---" && line == "..." {
			closeStart, bodyStart = pos, end
			break
		}
		pos = end
	}
	startLine := idx.Position(start).Line
	if closeStart < 0 {
		return nil, 0, finding.Problem{Path: path, Line: startLine, Col: 1,
			Message: fmt.Sprintf("front matter opened with %q is never closed", delim)}
	}
	src := data[contentStart:closeStart]
	lineOff := idx.Position(contentStart).Line - 1
	var m *meta
	var err error
	if delim == "---" {
		m, err = yamlMeta(path, src, lineOff)
	} else {
		m, err = tomlMeta(path, src, lineOff, FromFrontMatter)
	}
	if err != nil {
		return nil, 0, err
	}
	return m, bodyStart, nil
}

// hasDelimLine reports whether b starts with a line that is exactly delim.
func hasDelimLine(b []byte, delim string) bool {
	if !bytes.HasPrefix(b, []byte(delim)) {
		return false
	}
	r := strings.TrimRight(string(b[len(delim):lineEnd(b, 0)]), " \t\r\n")
	return r == ""
}

// lineEnd returns the offset just after the line starting at pos (after its
// "\n"), or len(b).
func lineEnd(b []byte, pos int) int {
	if i := bytes.IndexByte(b[pos:], '\n'); i >= 0 {
		return pos + i + 1
	}
	return len(b)
}

var (
	yamlLineRe  = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)
	writtenDate = regexp.MustCompile(`^` + dateRe + `$`)
)

func yamlMeta(path string, src []byte, lineOff int) (*meta, error) {
	m := &meta{source: FromFrontMatter}
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		msg := err.Error()
		if sm := yamlLineRe.FindStringSubmatch(msg); sm != nil {
			n, _ := strconv.Atoi(sm[1])
			return nil, finding.Problem{Path: path, Line: n + lineOff, Col: 1, Message: "front matter: " + sm[2]}
		}
		return nil, finding.Problem{Path: path, Line: lineOff, Col: 1, Message: "front matter: " + strings.TrimPrefix(msg, "yaml: ")}
	}
	if len(doc.Content) == 0 {
		return m, nil // empty front matter
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, finding.Problem{Path: path, Line: root.Line + lineOff, Col: root.Column,
			Message: "front matter must be a mapping of keys to values"}
	}
	var date *yaml.Node
	var dateKey string
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		key := strings.ToLower(k.Value)
		switch key {
		case "title", "outlet", "url", "published", "date":
		default:
			continue // a CMS's other keys are none of our business
		}
		if v.Kind == yaml.AliasNode && v.Alias != nil {
			v = v.Alias
		}
		if v.Kind != yaml.ScalarNode {
			return nil, finding.Problem{Path: path, Line: v.Line + lineOff, Col: v.Column,
				Message: fmt.Sprintf("front matter: %s must be a single value", k.Value)}
		}
		if v.Tag == "!!null" || strings.TrimSpace(v.Value) == "" {
			continue // an empty field says nothing
		}
		switch key {
		case "title":
			m.title = strings.TrimSpace(v.Value)
		case "outlet":
			m.outlet = strings.TrimSpace(v.Value)
		case "url":
			m.url = strings.TrimSpace(v.Value)
		case "published":
			date, dateKey = v, key
		case "date":
			if date == nil || dateKey != "published" {
				date, dateKey = v, key
			}
		}
	}
	if date != nil {
		t, err := parseMetaDate(date.Value)
		if err != nil {
			return nil, finding.Problem{Path: path, Line: date.Line + lineOff, Col: date.Column,
				Message: fmt.Sprintf("front matter: %s: %v", dateKey, err)}
		}
		m.published, m.dated = t, true
	}
	return m, nil
}

// tomlMeta reads metadata from TOML front matter or a sidecar; lineOff is
// added to line numbers so they count from the start of the file.
func tomlMeta(path string, src []byte, lineOff int, source string) (*meta, error) {
	m := &meta{source: source}
	var raw map[string]any
	if _, err := toml.Decode(string(src), &raw); err != nil {
		p := tomlpos.ParseError(path, src, err)
		p.Line += lineOff
		p.Message = metaPrefix(source) + p.Message
		return nil, p
	}
	doc := tomlpos.Scan(src)
	at := func(key, format string, args ...any) error {
		line, col := keyPos(doc, "", key)
		if line > 0 {
			line += lineOff
		}
		return finding.Problem{Path: path, Line: line, Col: col, Message: metaPrefix(source) + fmt.Sprintf(format, args...)}
	}
	for _, key := range sortedKeys(raw) {
		v := raw[key]
		switch strings.ToLower(key) {
		case "title", "outlet", "url":
			s, ok := v.(string)
			if !ok {
				return nil, at(key, "%s must be a string", key)
			}
			switch strings.ToLower(key) {
			case "title":
				m.title = strings.TrimSpace(s)
			case "outlet":
				m.outlet = strings.TrimSpace(s)
			case "url":
				m.url = strings.TrimSpace(s)
			}
		}
	}
	for _, key := range []string{"published", "date"} {
		v, ok := raw[key]
		if !ok {
			continue
		}
		var t time.Time
		switch v := v.(type) {
		case time.Time:
			t = claim.Date(v)
		case string:
			if strings.TrimSpace(v) == "" {
				continue // an empty field says nothing
			}
			var err error
			if t, err = parseMetaDate(v); err != nil {
				return nil, at(key, "%s: %v", key, err)
			}
		default:
			return nil, at(key, "%s must be a date (YYYY-MM-DD or RFC 3339)", key)
		}
		m.published, m.dated = t, true
		break
	}
	return m, nil
}

func metaPrefix(source string) string {
	if source == FromFrontMatter {
		return "front matter: "
	}
	return ""
}

// parseMetaDate accepts YYYY-MM-DD and RFC 3339 times (plus the "date time"
// forms static site generators write). The calendar date is taken as
// written, in the time's own zone.
func parseMetaDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, ok := parseWrittenDate(writtenDate.FindStringSubmatch(s)); ok {
		return t, nil // "June 12, 2020", as some CMSs write it
	}
	for _, layout := range []string{
		claim.DateLayout, time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05Z07:00",
		"2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05 -0700 MST", "2006-01-02 15:04:05", "2006-01-02 15:04",
	} {
		if t, err := time.Parse(layout, s); err == nil {
			return claim.Date(t), nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a date (want YYYY-MM-DD or an RFC 3339 time)", s)
}

// readSidecarMeta parses a NAME.meta.toml sidecar.
func readSidecarMeta(path string, data []byte) (*meta, error) {
	if err := checkText(path, data, span.NewIndex(data)); err != nil {
		var p finding.Problem
		if errors.As(err, &p) && strings.HasPrefix(p.Message, "empty file") {
			return &meta{source: FromSidecar}, nil // an empty sidecar says nothing
		}
		return nil, err
	}
	return tomlMeta(path, data, 0, FromSidecar)
}
