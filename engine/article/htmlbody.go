package article

// This file finds which of a page's text tokens are the article: readability
// picks the body on a parsed DOM, which has no positions, so its text nodes
// are matched back to the tokens they came from, in order.

import (
	"bytes"
	"io"
	"log/slog"
	"sort"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"

	"github.com/claimcheck/claimcheck/internal/fold"
)

// maxScan bounds the tokens searched for one text node that is not where it
// was expected (the parser moved it), so a hostile page stays linear.
const maxScan = 4096

// readable runs readability on the page and returns its text nodes in
// document order, with the title it found; nil when it found no body.
func readable(data []byte) ([]string, string) {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, ""
	}
	p := readability.NewParser()
	p.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	art, err := p.ParseAndMutate(doc, nil)
	if err != nil || art.Node == nil {
		return nil, art.Title()
	}
	var out []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode && strings.TrimSpace(n.Data) != "" {
			out = append(out, n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(art.Node)
	return out, art.Title()
}

// keep marks the page's text tokens that make up the nodes, in order. A
// node is one token's text or several consecutive tokens' (the parser
// joins text across a tag it drops). A node not found after the last match
// is looked for from the top, for text the parser moved (out of a table).
func keep(texts []htext, nodes []string) []bool {
	kept := make([]bool, len(texts))
	exact := map[string][]int{}
	for i, t := range texts {
		if t.skip == "" && strings.TrimSpace(t.dec) != "" {
			exact[t.dec] = append(exact[t.dec], i)
		}
	}
	cursor := 0
	for _, n := range nodes {
		from, to := find(texts, kept, exact, n, cursor)
		if from < 0 {
			from, to = find(texts, kept, exact, n, 0)
		}
		if from < 0 {
			continue
		}
		for i := from; i < to; i++ {
			kept[i] = texts[i].skip == ""
		}
		cursor = to
	}
	return kept
}

// find returns the tokens [from, to) at or after cursor whose texts make up
// node, or -1.
func find(texts []htext, kept []bool, exact map[string][]int, node string, cursor int) (int, int) {
	ids := exact[node]
	for k := sort.SearchInts(ids, cursor); k < len(ids); k++ {
		if !kept[ids[k]] {
			return ids[k], ids[k] + 1
		}
	}
	for i := cursor; i < len(texts) && i < cursor+maxScan; i++ {
		if kept[i] || texts[i].skip != "" {
			continue
		}
		if to := spans(texts, i, node); to > 0 {
			return i, to
		}
	}
	return -1, -1
}

// spans returns the end of the run of tokens from i whose texts concatenate
// to node, or 0. The parser drops a newline right after <pre>, so the first
// token may have one more.
func spans(texts []htext, i int, node string) int {
	rest := node
	for j := i; j < len(texts) && j < i+64; j++ {
		d := texts[j].dec
		if j == i && !strings.HasPrefix(rest, d) {
			d = strings.TrimPrefix(d, "\n")
		}
		if !strings.HasPrefix(rest, d) || d == "" && j == i {
			return 0
		}
		rest = rest[len(d):]
		if rest == "" {
			return j + 1
		}
	}
	return 0
}

// keepHeadline adds the article's headline: readability leaves out a
// heading that repeats the title, but a headline is the article's first
// sentence to a reader and may state a claim. It is the first heading
// outside page furniture (a <header> aside) whose words are the title's.
func keepHeadline(texts []htext, kept []bool, title string) bool {
	want := fold.Words(title)
	if want == "" {
		return false
	}
	var words strings.Builder
	for i := 0; i < len(texts); {
		t := texts[i]
		j := i + 1
		for j < len(texts) && texts[j].block == t.block {
			j++
		}
		if t.heading && t.skip == "" && (t.in == "" || t.in == "header") {
			words.Reset()
			for _, u := range texts[i:j] {
				words.WriteString(u.dec)
			}
			if fold.Words(words.String()) == want {
				for k := i; k < j; k++ {
					kept[k] = true
				}
				return true
			}
		}
		i = j
	}
	return false
}

// keepAll is the fallback when readability finds no body: every text token
// outside page furniture that readability's own heuristics would never
// keep (script, style, the head).
func keepAll(texts []htext) []bool {
	kept := make([]bool, len(texts))
	for i, t := range texts {
		kept[i] = t.skip == "" && strings.TrimSpace(t.dec) != ""
	}
	return kept
}
