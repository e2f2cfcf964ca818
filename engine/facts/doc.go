// Package facts loads claims that come from outside claimcheck's own
// extractor, so that the rules engine is not tied to it:
//
//   - verified facts (check --facts FILE): a newsroom's checked facts, kept
//     in TOML in the claim shape rule tests use, each with a source note.
//     They load as claims with Verified set; rules name them through
//     source(c) ("verified fact: Pentagon statement, 2020-01-03").
//   - claims (check --claims FILE): the JSON `claimcheck extract --format
//     json` prints (schema claimcheck/extract/v1), written by another
//     extractor, a model or a fact desk's tool. They load as an archive's
//     claims do.
//
// Both are data a person or a program wrote, so every error has a place:
// FILE:LINE:COL and the offending line, as rule files have. Unknown keys
// are errors, not silence; nothing here panics on bad input, and the files
// read are never written.
//
// # Fact files
//
//	# Facts the desk has checked. Fields are the claim JSON's.
//	[[fact]]
//	source = "US Department of Defense statement, 2 January 2020"  # required: who vouches for it
//	text = "A US drone strike killed Qassem Soleimani at Baghdad International Airport."  # optional, quoted in reports
//	kind = "event"                                # count, event, role or quote
//	action = "kill"
//	agent = "united-states"                       # lexicon ids: claimcheck lexicon find NAME
//	patient = "qassem-soleimani"
//	place = "baghdad-international-airport"
//	when = 2020-01-03                             # a date, "FROM..TO" or {from, to, grain}
//
//	[[fact]]
//	source = "Acting Defense Secretary Christopher Miller, 15 January 2021"
//	kind = "count"
//	holder = "united-states"
//	item = "troops"
//	place = "iraq"
//	value = 2500
//	as_of = 2021-01-15
//
// A fact needs, by kind: a count item, an amount (value, or low and high)
// and as_of; an event action and an agent or patient; a role person, title
// and as_of; a quote speaker and quote. Entity fields (holder, place, agent,
// patient, person, org, speaker), item and action must be ids the lexicon
// knows (add new ones with --lexicon): a misspelt id would match nothing
// and check nothing. kind, modality, qualifier and grain take the values
// the claim JSON does. modality defaults to current (past for events);
// published, when the fact was established, defaults to the last day of
// its as_of or when. Fields claimcheck sets itself (id, path, line, ...) are
// errors.
package facts
