package main

// claimcheck lexicon find NAME: what the lexicon makes of a name, so that a
// newsroom writing lexicon and rule data sees the id to use without reading
// the lexicon's TOML or claims JSON.

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/claimcheck/claimcheck/engine/lexicon"
)

func newLexicon(stdout, stderr io.Writer) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "lexicon",
		Short: "Look names up in the lexicon",
	}
	o := &options{}
	find := &cobra.Command{
		Use:   "find NAME...",
		Short: "Show the entity a name stands for: id, kind, names, containing places",
		Long: `Show what the lexicon (the default, with --lexicon files and the
configuration's on top) makes of each NAME: the entity's id (what rules and
claims use), its kind, how the name matched (name, alias, demonym, metonym),
its other names, the places and bodies that contain it, nearest first,
whom it acts for, and the file and line that define it (and any that add to
it), so you know which TOML to edit. A NAME may also be an id. Exit status 1 when a name is
not in the lexicon.`,
		Example: `  claimcheck lexicon find "U.S." Daesh Erbil
  claimcheck lexicon find --lexicon newsroom.toml "Wagner Group"`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runLexiconFind(cmd, o, args, stdout)
		},
	}
	f := find.Flags()
	f.StringVar(&o.config, "config", "", "configuration file (default: .claimcheck.toml found by walking up)")
	f.StringArrayVar(&o.lexicons, "lexicon", nil, "lexicon TOML file merged over the default (repeatable)")
	f.StringVarP(&o.format, "format", "f", "text", "output format: text or json")
	cmd.AddCommand(find)
	return cmd
}

// lexEntry is one name looked up.
type lexEntry struct {
	Name      string   `json:"name"`
	Found     bool     `json:"found"`
	ID        string   `json:"id,omitempty"`
	Kind      string   `json:"kind,omitempty"`
	MatchedAs string   `json:"matched_as,omitempty"` // name, alias, demonym, metonym or id
	Canonical string   `json:"canonical,omitempty"`
	Aliases   []string `json:"aliases,omitempty"`
	Demonyms  []string `json:"demonyms,omitempty"`
	Metonyms  []string `json:"metonyms,omitempty"`
	Within    []string `json:"within,omitempty"` // nearest first, transitively
	CapitalOf string   `json:"capital_of,omitempty"`
	ActsFor   string   `json:"acts_for,omitempty"`
	Mentions  []string `json:"mentions,omitempty"` // for a name not found whole: the entities inside it
	// Sources are the files and lines that write the entity: the first
	// defines it, the others add to it.
	Sources []lexicon.Source `json:"sources,omitempty"`
}

func runLexiconFind(cmd *cobra.Command, o *options, names []string, stdout io.Writer) error {
	if o.format != "text" && o.format != "json" {
		return usageErr("lexicon find --format %q: want text or json", o.format)
	}
	cfg, err := settings(cmd, o)
	if err != nil {
		return err
	}
	lex, err := lexicon.Load(lexicon.Default(), cfg.Lexicon...)
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	var entries []lexEntry
	missing := 0
	for _, n := range names {
		e := lookUp(lex, n)
		if !e.Found {
			missing++
		}
		entries = append(entries, e)
	}
	if o.format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(map[string]any{"schema": "claimcheck/lexicon-find/v1", "entries": entries}); err != nil {
			return err
		}
	} else {
		for _, e := range entries {
			writeLexEntry(stdout, e)
		}
	}
	if missing > 0 {
		return &exitError{code: 1}
	}
	return nil
}

// lookUp finds the entity name names: as a whole phrase, else as an id.
func lookUp(lex *lexicon.Lexicon, name string) lexEntry {
	out := lexEntry{Name: name}
	id, via := "", ""
	if m, ok := lex.Lookup(name); ok {
		id, via = m.ID, m.Via
	} else if _, ok := lex.Entity(name); ok {
		id, via = name, "id"
	}
	ent, ok := lex.Entity(id)
	if !ok {
		for _, m := range lex.Find(name) {
			out.Mentions = append(out.Mentions, fmt.Sprintf("%q -> %s", m.Text, m.ID))
		}
		return out
	}
	out.Found, out.ID, out.Kind, out.MatchedAs, out.Canonical = true, ent.ID, ent.Type, via, ent.Name
	out.Aliases, out.Demonyms, out.Metonyms = ent.Aliases, ent.Demonyms, ent.Metonyms
	out.Within, out.CapitalOf, out.ActsFor = lex.Containers(ent.ID), ent.CapitalOf, ent.ActsFor
	out.Sources = lex.EntitySources(ent.ID)
	return out
}

func writeLexEntry(w io.Writer, e lexEntry) {
	if !e.Found {
		fmt.Fprintf(w, "%q: not in the lexicon", e.Name)
		if len(e.Mentions) > 0 {
			fmt.Fprintf(w, "; inside it: %s", strings.Join(e.Mentions, ", "))
		}
		fmt.Fprintln(w)
		return
	}
	fmt.Fprintf(w, "%q -> %s (%s), matched as its %s\n", e.Name, e.ID, e.Kind, e.MatchedAs)
	row := func(k string, vs ...string) {
		var kept []string
		for _, v := range vs {
			if v != "" {
				kept = append(kept, v)
			}
		}
		if len(kept) > 0 {
			fmt.Fprintf(w, "    %-10s %s\n", k, strings.Join(kept, ", "))
		}
	}
	row("name", e.Canonical)
	row("aliases", e.Aliases...)
	row("demonyms", e.Demonyms...)
	row("metonyms", e.Metonyms...)
	row("within", e.Within...)
	row("capital of", e.CapitalOf)
	row("acts for", e.ActsFor)
	for i, src := range e.Sources {
		where := fmt.Sprintf("%s:%d", src.Path, src.Line)
		if src.Embedded {
			where += " (built in)"
		}
		row(map[bool]string{true: "defined", false: "added to"}[i == 0], where)
	}
}
