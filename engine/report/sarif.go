package report

import (
	"bytes"
	"encoding/json"
	"io"
	"net/url"
	"path"
	"strconv"
	"strings"
	"unicode"

	"github.com/claimcheck/claimcheck/engine/claim"
	"github.com/claimcheck/claimcheck/engine/finding"
)

// SARIF 2.1.0, as GitHub code scanning reads it. Each result sits at its
// primary claim's focus (region) inside its sentence (contextRegion); the
// other claims are relatedLocations, linked from the message. Columns count
// Unicode code points (columnKind "unicodeCodePoints"), endColumn is
// exclusive, as SARIF defines it.

const (
	sarifSchema     = "https://json.schemastore.org/sarif-2.1.0.json"
	informationURI  = "https://github.com/claimcheck/claimcheck"
	srcRoot         = "%SRCROOT%"
	fingerprintName = "claimcheck/v1"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool               sarifTool                   `json:"tool"`
	Invocations        []sarifInvocation           `json:"invocations"`
	OriginalURIBaseIDs map[string]sarifArtifactLoc `json:"originalUriBaseIds,omitempty"`
	Artifacts          []sarifArtifact             `json:"artifacts"`
	Results            []sarifResult               `json:"results"`
	ColumnKind         string                      `json:"columnKind"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifRule struct {
	ID                   string             `json:"id"`
	Name                 string             `json:"name"`
	ShortDescription     sarifText          `json:"shortDescription"`
	FullDescription      sarifText          `json:"fullDescription"`
	Help                 sarifText          `json:"help"`
	DefaultConfiguration sarifConfiguration `json:"defaultConfiguration"`
	Properties           sarifRuleProps     `json:"properties"`
}

type sarifConfiguration struct {
	Level string `json:"level"`
}

type sarifRuleProps struct {
	Category string   `json:"category,omitempty"`
	Tags     []string `json:"tags"`
	File     string   `json:"file,omitempty"`
	Line     int      `json:"line,omitempty"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ExitCode                   int                 `json:"exitCode"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
	// AssociatedRule is the rule a notice's limit stopped.
	AssociatedRule *sarifRuleRef     `json:"associatedRule,omitempty"`
	Properties     *sarifNoticeProps `json:"properties,omitempty"`
}

type sarifRuleRef struct {
	ID    string `json:"id"`
	Index *int   `json:"index,omitempty"`
}

// sarifNoticeProps names the limit a notice's work stopped at, the
// setting of .claimcheck.toml's [limits].
type sarifNoticeProps struct {
	Limit string `json:"limit"`
}

type sarifArtifact struct {
	Location sarifArtifactLoc `json:"location"`
	MimeType string           `json:"mimeType,omitempty"`
	Roles    []string         `json:"roles,omitempty"`
}

type sarifArtifactLoc struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
	Index     *int   `json:"index,omitempty"`
}

type sarifResult struct {
	RuleID              string             `json:"ruleId"`
	RuleIndex           int                `json:"ruleIndex"`
	Level               string             `json:"level"`
	Message             sarifText          `json:"message"`
	Locations           []sarifLocation    `json:"locations"`
	RelatedLocations    []sarifLocation    `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string  `json:"partialFingerprints,omitempty"`
	Suppressions        []sarifSuppression `json:"suppressions,omitempty"`
	Properties          *sarifResultProps  `json:"properties,omitempty"`
}

type sarifResultProps struct {
	Category string   `json:"category"`
	Claims   []string `json:"claims"`
}

type sarifSuppression struct {
	Kind          string `json:"kind"`
	Justification string `json:"justification,omitempty"`
}

type sarifLocation struct {
	ID               *int                  `json:"id,omitempty"`
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
	Message          *sarifText            `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLoc `json:"artifactLocation"`
	Region           *sarifRegion     `json:"region,omitempty"`
	ContextRegion    *sarifRegion     `json:"contextRegion,omitempty"`
}

type sarifRegion struct {
	StartLine   int        `json:"startLine"`
	StartColumn int        `json:"startColumn,omitempty"`
	EndLine     int        `json:"endLine,omitempty"`
	EndColumn   int        `json:"endColumn,omitempty"`
	CharOffset  *int       `json:"charOffset,omitempty"`
	Snippet     *sarifText `json:"snippet,omitempty"`
}

func writeSARIF(w io.Writer, r *Report, opt Options) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(buildSARIF(r, opt)); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// sarifBuilder keeps the artifact table while results are built.
type sarifBuilder struct {
	pl        *placer
	artifacts []sarifArtifact
	index     map[string]int // path -> artifacts index
}

func buildSARIF(r *Report, opt Options) sarifLog {
	b := &sarifBuilder{pl: newPlacer(r), index: map[string]int{}}
	for _, a := range r.Articles {
		b.artifact(a.Path)
	}

	rules := r.ruleList()
	ruleIdx := make(map[string]int, len(rules))
	driver := sarifDriver{Name: "claimcheck", Version: opt.ToolVersion, InformationURI: informationURI, Rules: []sarifRule{}}
	for i, ru := range rules {
		ruleIdx[ru.ID] = i
		driver.Rules = append(driver.Rules, sarifRuleOf(ru))
	}

	run := sarifRun{Tool: sarifTool{Driver: driver}, Results: []sarifResult{}, ColumnKind: "unicodeCodePoints"}
	for i := range r.Findings {
		f := &r.Findings[i]
		if res, ok := b.result(f, ruleIdx[f.Rule]); ok {
			run.Results = append(run.Results, res)
		}
	}

	inv := sarifInvocation{ExecutionSuccessful: len(r.Problems) == 0, ExitCode: r.ExitCode()}
	for _, p := range r.Problems {
		n := sarifNotification{Level: "error", Message: sarifText{Text: problemText(p)}}
		if p.Path != "" {
			loc := sarifLocation{PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: b.artifactLoc(p.Path)}}
			if p.Line > 0 {
				loc.PhysicalLocation.Region = &sarifRegion{StartLine: p.Line, StartColumn: p.Col}
			}
			n.Locations = []sarifLocation{loc}
		}
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, n)
	}
	for _, n := range r.Notices {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, b.notice(n, ruleIdx))
	}
	for _, a := range r.undated() {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarifNotification{
			Level: "note", Message: sarifText{Text: undatedNote},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: b.artifactLoc(a.Path)}}},
		})
	}
	run.Invocations = []sarifInvocation{inv}
	run.Artifacts = b.artifacts
	if run.Artifacts == nil {
		run.Artifacts = []sarifArtifact{}
	}
	if opt.BaseURI != "" {
		base := opt.BaseURI
		if !strings.HasSuffix(base, "/") {
			base += "/"
		}
		run.OriginalURIBaseIDs = map[string]sarifArtifactLoc{srcRoot: {URI: base}}
	}
	return sarifLog{Schema: sarifSchema, Version: "2.1.0", Runs: []sarifRun{run}}
}

// notice is a finding.Notice as a SARIF notification: a warning, since
// the run left work undone, with every field of the notice kept.
func (b *sarifBuilder) notice(n finding.Notice, ruleIdx map[string]int) sarifNotification {
	out := sarifNotification{Level: "warning", Message: sarifText{Text: noticeText(n)}}
	if n.Path != "" {
		loc := sarifLocation{PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: b.artifactLoc(n.Path)}}
		if n.Line > 0 {
			loc.PhysicalLocation.Region = &sarifRegion{StartLine: n.Line}
		}
		out.Locations = []sarifLocation{loc}
	}
	if n.Rule != "" {
		out.AssociatedRule = &sarifRuleRef{ID: n.Rule}
		if i, ok := ruleIdx[n.Rule]; ok {
			out.AssociatedRule.Index = &i
		}
	}
	if n.Limit != "" {
		out.Properties = &sarifNoticeProps{Limit: n.Limit}
	}
	return out
}

// noticeText is a notice without its place: "rule R: message (limit L)".
func noticeText(n finding.Notice) string {
	s := n.Message
	if n.Rule != "" {
		s = "rule " + n.Rule + ": " + s
	}
	if n.Limit != "" {
		s += " (limit " + n.Limit + ")"
	}
	return s
}

func problemText(p finding.Problem) string {
	if p.Rule != "" {
		return "rule " + p.Rule + ": " + p.Message
	}
	return p.Message
}

func sarifRuleOf(ru RuleInfo) sarifRule {
	lvl, _ := level(ru.Severity)
	short := firstOf(ru.Summary, ru.ID)
	full := short
	if ru.Help != "" {
		full = strings.TrimSpace(ru.Help)
	}
	helpText := short
	if ru.Help != "" {
		helpText = short + "\n\n" + strings.TrimSpace(ru.Help)
	}
	tags := []string{"claimcheck"}
	if ru.Category != "" {
		tags = append(tags, string(ru.Category))
	}
	return sarifRule{
		ID: ru.ID, Name: ruleName(ru.ID),
		ShortDescription:     sarifText{Text: short},
		FullDescription:      sarifText{Text: full},
		Help:                 sarifText{Text: helpText, Markdown: helpText},
		DefaultConfiguration: sarifConfiguration{Level: lvl},
		Properties:           sarifRuleProps{Category: string(ru.Category), Tags: tags, File: ru.File, Line: ru.Line},
	}
}

// ruleName turns "count-contradiction" into "CountContradiction", the
// identifier-like name SARIF viewers show beside the id.
func ruleName(id string) string {
	var b strings.Builder
	up := true
	for _, r := range id {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			up = true
			continue
		}
		if up {
			r = unicode.ToUpper(r)
			up = false
		}
		b.WriteRune(r)
	}
	if b.Len() == 0 {
		return "Rule"
	}
	return b.String()
}

func (b *sarifBuilder) result(f *finding.Finding, ruleIndex int) (sarifResult, bool) {
	cs := claims(f)
	main := primary(cs)
	if main == nil {
		return sarifResult{}, false
	}
	sl, _ := level(f.Severity)
	res := sarifResult{
		RuleID: f.Rule, RuleIndex: ruleIndex, Level: sl,
		Locations:  []sarifLocation{b.location(main)},
		Properties: &sarifResultProps{Category: string(f.Category), Claims: []string{}},
	}
	msg := f.Message
	var links []string
	for _, c := range cs {
		res.Properties.Claims = append(res.Properties.Claims, c.ID)
		if c == main {
			continue
		}
		id := len(res.RelatedLocations) + 1
		loc := b.location(c)
		loc.ID = &id
		loc.Message = &sarifText{Text: c.ID + ": " + byline(c) + ": " + oneLine(b.pl.of(c).Sentence.Text)}
		res.RelatedLocations = append(res.RelatedLocations, loc)
		links = append(links, "["+sarifLinkText(byline(c))+"]("+strconv.Itoa(id)+")")
	}
	if len(links) > 0 {
		msg += " (see " + strings.Join(links, ", ") + ")"
	}
	res.Message = sarifText{Text: msg}
	if f.Fingerprint != "" {
		res.PartialFingerprints = map[string]string{fingerprintName: f.Fingerprint}
	}
	if f.Suppressed != "" {
		res.Suppressions = []sarifSuppression{{Kind: "inSource", Justification: f.Suppressed}}
	}
	return res, true
}

// sarifLinkText escapes what would end an embedded link's text early.
func sarifLinkText(s string) string { return linkEscaper.Replace(s) }

var linkEscaper = strings.NewReplacer(`\`, `\\`, `[`, `\[`, `]`, `\]`)

func (b *sarifBuilder) location(c *claim.Claim) sarifLocation {
	pl := b.pl.of(c)
	f, s := pl.Focus, pl.Sentence
	return sarifLocation{PhysicalLocation: sarifPhysicalLocation{
		ArtifactLocation: b.artifactLoc(c.Path),
		Region: &sarifRegion{StartLine: f.Line, StartColumn: f.Col, EndLine: f.EndLine, EndColumn: f.EndCol,
			Snippet: &sarifText{Text: f.Text}},
		ContextRegion: &sarifRegion{StartLine: s.Line, StartColumn: s.Col, EndLine: s.EndLine, EndColumn: s.EndCol,
			Snippet: &sarifText{Text: s.Text}},
	}}
}

func (b *sarifBuilder) artifact(p string) int {
	if i, ok := b.index[p]; ok {
		return i
	}
	i := len(b.artifacts)
	b.index[p] = i
	loc := fileURI(p)
	loc.Index = nil
	a := sarifArtifact{Location: loc, MimeType: mimeType(p)}
	b.artifacts = append(b.artifacts, a)
	return i
}

func (b *sarifBuilder) artifactLoc(p string) sarifArtifactLoc {
	i := b.artifact(p)
	loc := fileURI(p)
	loc.Index = &i
	return loc
}

func mimeType(p string) string {
	switch strings.ToLower(path.Ext(filepathSlash(p))) {
	case ".md", ".markdown":
		return "text/markdown"
	case ".txt":
		return "text/plain"
	case ".html", ".htm":
		return "text/html"
	case ".toml":
		return "application/toml"
	}
	return ""
}

// fileURI writes a path as SARIF wants it: relative paths stay relative
// (against %SRCROOT%), with forward slashes and percent-encoding; absolute
// paths become file:// URIs.
func fileURI(p string) sarifArtifactLoc {
	s := filepathSlash(p)
	abs := strings.HasPrefix(s, "/")
	if len(s) >= 3 && s[1] == ':' && s[2] == '/' && unicode.IsLetter(rune(s[0])) { // a Windows drive: C:/x
		abs, s = true, "/"+s
	}
	s = strings.TrimPrefix(path.Clean(s), "./")
	if s == "-" {
		s = "stdin"
	}
	u := (&url.URL{Path: s}).EscapedPath()
	if abs {
		return sarifArtifactLoc{URI: "file://" + u}
	}
	// A relative path whose first segment holds a colon would read as a
	// scheme: EscapedPath leaves ':' alone, so prefix "./".
	if first, _, _ := strings.Cut(u, "/"); strings.Contains(first, ":") {
		u = "./" + u
	}
	return sarifArtifactLoc{URI: u, URIBaseID: srcRoot}
}

func filepathSlash(p string) string { return strings.ReplaceAll(p, `\`, "/") }
