// Package rule is claimcheck's rules engine: rules written in TOML, with CEL
// expressions over typed claims, loaded and checked once, then evaluated
// over every claim, every pair of claims that share a key, or every series
// of claims that share a key. An editor adds a check by editing a TOML file;
// no Go change, no rebuild.
//
// # Rule files
//
// A rule file holds [[rule]] tables. Unknown keys and tables are errors, as
// are duplicate ids (across all files loaded together) and bad enum values;
// every error is printed as FILE:LINE:COL: message, followed by the line and a
// caret under the column.
//
//	[[rule]]
//	id = "count-contradiction"      # unique: lower-case letters, digits, - _ .
//	category = "contradiction"      # contradiction | drift | stale | other
//	severity = "error"              # error | warning | info
//	summary = "Two sources give amounts that cannot both be true"
//	help = "Longer explanation."    # optional
//	url = "https://..."             # optional
//	scope = "pair"                  # claim | pair | series
//	match = 'c.kind == "count" && c.modality == "current"'   # optional, default true
//	key = 'c.holder + "/" + c.item'                          # pair and series only
//	order = 'days_between(c.when.from, c.when.to)'            # optional: sort key before time
//	agree = 'nested(a.place, b.place) && amounts_overlap(a, b)'  # optional, pair and series
//	pairs = "first"                 # optional, pair only: first | restated | all
//	when = '''
//	  nested(a.place, b.place) && overlaps(a.as_of, b.as_of) &&
//	  !amounts_overlap(a, b)'''
//	message = 'fmt_amount(a) + " (" + source(a) + ") vs " + fmt_amount(b) + " (" + source(b) + ")"'
//	claims = '...'                  # series only, optional
//
// Expressions are CEL (https://cel.dev), in any TOML string form: basic
// ("..."), literal ('...') and their triple-quoted multi-line forms. Literal
// strings need no escaping of CEL's own quotes and backslashes.
//
// # Scopes and variables
//
// match is evaluated once per claim, with the claim as c; only matching
// claims go further. Then, by scope:
//
//   - claim: when and message see c. One finding per claim for which when
//     is true.
//   - pair: key (over c) must be a string or a list of strings. Only claims
//     that share a key are ever paired, so cost grows with the size of each
//     key's group, not with the archive: choose keys that split the archive
//     finely (months(c.as_of) helps for dates). A claim with several keys
//     joins several groups; a pair that shares several keys is still looked
//     at once. when and message see a and b, a being the earlier of the two
//     in time order, and group, the whole key group in time order (for rules
//     that need a third claim, such as stale figures). One finding per pair.
//   - series: the same keys; when, claims and message see series, the key's
//     claims in time order. One finding per series. claims (a list of claims,
//     default the whole series) says which claims the finding involves, e.g.
//     only the change points; an empty list means no finding.
//
// # Order
//
// A key group is in time order (as_of, else when, else the publication
// date). order, a number per claim, sorts it first: with agree, the claims
// that come first stand for their side. The kill-date rules put the most
// precise dates first (order = 'days_between(c.when.from, c.when.to)'), so
// that a month holding both days of a disagreement backs one of them
// instead of standing for both.
//
// # Agreement: first claims
//
// A pair or series rule may say when a later claim b says the same as an
// earlier claim a of its group:
//
//	agree = 'nested(a.place, b.place) && amounts_overlap(a, b)'
//
// agree sees only a and b (no group, no variables). A claim no earlier claim
// of its group agrees with is "first"; firsts, in pair and series scopes, is
// the group's (or series') first claims in time order (every claim when
// there is no agree). With agree, a pair rule evaluates only some pairs,
// as pairs says:
//
//   - pairs = "first" (the default with agree): both a and b are first. One
//     wrong figure against ten sources that agree gives one finding, at the
//     earliest of them, and a group of g claims that mostly agree costs
//     about g evaluations of agree, not g² of when. This is what
//     group.filter(o, SAME(o, a))[0].id == a.id (and the same for b) inside
//     when used to say, at g³ cost.
//   - pairs = "restated": a is first and b is not: b restates something
//     said before (count-stale).
//   - pairs = "majority": as "first", but when one side is told by more
//     articles than any other, each other side is paired with it alone.
//     Two outliers are reported against the consensus, not against each
//     other as well (the kill-date rules).
//   - pairs = "all" (the default without agree): every pair.
//
// Each claim is tried against the latest first claims before the others,
// so the usual group (a few figures, many sources) is cheap; the result is
// exactly "no earlier claim agrees", whatever the order tried.
//
// # Limits
//
// Options.MaxGroupEvals bounds the evaluations of agree and when spent on
// one key group of one rule. A group that needs more (thousands of figures
// that all disagree) is left unfinished with a finding.Notice naming the
// rule, the key and the limit (max_group_evaluations); the other groups
// and rules are checked in full. Run returns the notices; Check drops
// them.
//
// An empty key ("" or []) leaves a claim out. Time order is as_of.from if
// known, else when.from, else the publication date; then publication date;
// then position.
//
// Types are checked when rules load: match and when must be bool, message a
// string, key a string or list(string), claims a list of claims. A field that
// does not exist (a.holdr) or a date compared with a string is an error at
// load, pointing into the TOML file.
//
// # The claim type
//
// Variables are claim.Claim values with their JSON field names: id, kind,
// article, path, outlet, published (timestamp), dated, draft, text, line,
// col, negated, modality, verified and source (a checked fact, see
// engine/facts); for counts holder, item, value, low, high,
// qualifier, as_of; for events action, agent, patient, instrument, when; for
// counts and events place; for roles person, title, org, as_of; for quotes
// speaker, quote; each entity with its *_text surface form. as_of and when are
// intervals with from and to (timestamps), grain, known, open, unresolved.
//
// # Functions
//
// Besides CEL's standard functions and cel-go's extensions (strings: format,
// join, split, lowerAscii, ...; lists: slice, flatten, sort, distinct,
// lists.range; math; sets: sets.contains, sets.intersects; cel.bind; two-
// variable comprehensions such as list.exists(i, x, ...) and
// list.transformList(i, x, filter, value); optional types), rules may call
// these (FunctionDocs lists them too):
//
//	amounts_overlap(a, b) bool    amount intervals (low..high, else value) of two counts meet
//	amount_within(a, b) bool      a's amount interval lies inside b's
//	overlaps(i, j) bool           two known intervals share a day (false if either is unknown)
//	during(i, j) bool             known interval i lies inside known interval j
//	before(i, j) bool             known interval i ends before j starts
//	within(inner, outer) bool     equal ids, or the lexicon puts inner inside outer
//	nested(p, q) bool             within(p, q) || within(q, p)
//	days_between(t1, t2) int      whole days from t1 to t2
//	months(i) list(string)        months a known interval touches, "2020-06" (for keys)
//	fmt_amount(c) string          "5,200", "about 5,000", "more than 2,000", "5,000-5,500"
//	fmt_interval(i) string        "3 January 2020", "1 to 19 September 2020", "June 2020", "2011", "the 2010s"
//	fmt_when(i) string            "on 3 January 2020", "in June 2020", "between 1 and 19 September 2020"
//	fmt_date(t) string            "12 June 2020"
//	source(c) string              "The National, 12 June 2020" (outlet or path; "undated");
//	                              "verified fact: Pentagon statement, 2020-01-03" for a fact
//	norm(s) string                lower case, letters and digits, single spaces
//	name(id) string               "the United States", "Qassem Soleimani", "prime minister"
//	name(id, text) string         name(id), or the article's words for an id the lexicon lacks
//	owner(id[, text]) string      before a noun: "US" troops, "coalition" troops, "France's" troops
//
// Messages speak names, not ids, and write dates one way (day month year
// in words, at the source's precision): "Qassem Soleimani killed by the
// United States (The National, 12 June 2020)", not "qassem-soleimani
// killed by united-states (The National, 2020-06-12)".
//
// Place (and organisation) containment comes from the Places given in
// Options, and names from it when it is also a Namer, so this package does
// not depend on the lexicon.
//
// # Cost
//
// Every expression's worst-case cost is estimated when it loads, assuming
// series and groups of up to Options.MaxSeries claims and strings of up to
// Options.MaxText characters; an expression over Options.MaxEstimatedCost
// (three loops nested over a series, say) is refused with a position. Each
// evaluation also runs under Options.CostLimit. An evaluation that fails at
// run time (division by zero, an index out of range, the cost limit) becomes
// a finding.Problem naming the rule, the expression's position and the
// claims; the run goes on.
//
// # Tests inside rule files
//
// A rule may carry [[rule.test]] tables, each with either claims or an
// article text, and the findings expected; no [[rule.test.expect]] means the
// rule must find nothing.
//
//	[[rule.test]]
//	name = "two figures for the same month"
//	[[rule.test.claim]]              # fields as in the claim JSON
//	id = "a#1"
//	kind = "count"
//	holder = "united-states"
//	item = "troops"
//	value = 5000
//	modality = "current"
//	as_of = { from = 2020-06-01, to = 2020-06-30, grain = "month" }  # or "2020-06-12", or "FROM..TO"
//	published = 2020-06-12           # a TOML date or "YYYY-MM-DD"
//	[[rule.test.claim]]
//	# ...
//	[[rule.test.expect]]
//	claims = ["a#1", "b#1"]          # the involved claims, any order (optional)
//	message = "exact message"        # optional
//	contains = ["5,000", "2,500"]    # substrings (optional)
//
//	[[rule.test]]
//	name = "from an article"
//	published = 2020-06-12
//	text = "About 5,000 US troops are in Iraq. ..."   # run through TestOptions.Extract
//
// Set.RunTests runs each rule's tests against that rule alone and counts,
// per rule, the expected findings found and missed, and the unexpected ones;
// PrintTests prints them as a table.
//
// # Output
//
// Set.Check returns findings sorted by the position of their primary claim
// (path, line, col), then rule, message and fingerprint, and problems sorted
// by position. Keys are evaluated in parallel; the output is byte-identical
// whatever the order of the claims or the number of workers. A finding's
// fingerprint hashes the rule id and its claims' content (kind, entities,
// values, dates, normalised sentence), not their paths or lines. With
// Options.OnlyDrafts (pre-publish checks) only findings involving a draft
// claim are kept, and pairs and series without a draft claim are skipped.
package rule
