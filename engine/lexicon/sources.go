package lexicon

// EmbeddedDir is where the embedded data files sit in the repository: a
// Source of the default lexicon is named by its path there.
const EmbeddedDir = "engine/lexicon/"

// Source is where a lexicon entry is written: a file and the line of its
// table's id. Embedded is set for the data built into claimcheck, which a
// newsroom extends with --lexicon rather than edits.
type Source struct {
	Path     string `json:"path"`
	Line     int    `json:"line"`
	Embedded bool   `json:"embedded,omitempty"`
}

// EntitySources lists the [[entity]] tables that wrote entity id, in load
// order: the first defines it, the others add names or containers to it.
// Positions are worked out here, on demand: loading never scans a file
// that has no problem.
func (l *Lexicon) EntitySources(id string) []Source {
	var out []Source
	for _, w := range l.written[id] {
		out = append(out, w.source())
	}
	return out
}

func (c claim) source() Source {
	s := Source{Path: c.src.path, Line: c.src.position(c.src.at(c.table, c.n, c.key, c.form)).Line}
	if c.src.embedded {
		s.Path, s.Embedded = EmbeddedDir+s.Path, true
	}
	return s
}
