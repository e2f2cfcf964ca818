package extract

// This file is the declarative part of event extraction: how each action's
// words map the phrases around them to roles. The mechanism (events.go)
// reads the frame of a clause; these tables say what the frame means.

// frame says how an action's words take their participants: the
// lexicon's [action.frame] data, with the defaults filled in.
type frame struct {
	// poss is the role of a possessor that is not a counted item:
	// "Daesh's defeat" (patient), "Kadhimi's visit" (agent).
	poss string
	// moves marks actions whose patient is what moves or shrinks
	// (withdraw, deploy, reduce): a counted item in the object phrase is the
	// patient ("pull troops out", "reduce the size of its forces").
	moves bool
	// symmetric actions take "between X and Y" and "X met with Y".
	symmetric bool
	// of is the role of an "of" phrase after the noun; default patient
	// ("the killing of X"), agent for "the invitation of X".
	of string
	// subject is the role of the active subject: agent, or patient for an
	// unaccusative verb ("ten people died").
	subject string
}

const (
	agentRole   = "agent"
	patientRole = "patient"
)

// frameOf is the frame of an action id; an action the lexicon has no
// frame for takes the default (possessor and subject act).
func (x *Extractor) frameOf(action string) frame {
	f := frame{poss: agentRole, of: patientRole, subject: agentRole}
	a, ok := x.lex.ActionInfo(action)
	if !ok {
		return f
	}
	lf := a.Frame
	f.moves, f.symmetric = lf.Moves, lf.Symmetric
	if lf.Possessor != "" {
		f.poss = lf.Possessor
	}
	if lf.Of != "" {
		f.of = lf.Of
	}
	if lf.Subject != "" {
		f.subject = lf.Subject
	}
	return f
}

// reportVerbs carry their content as the claim: "announced the defeat of
// ISIS" is a defeat, whose agent defaults to the announcer.
// Verbs of saying take clauses, not event nouns, and are not listed.
var reportVerbs = set(`announce announced announces announcing declare declared declares confirm confirmed confirms
claim claimed claims carry carried carries conduct conducted conducts launch launched launches complete completed completes
order ordered orders stage staged stages mount mounted mounts`)

// supportVerbs only carry an event noun: "launched a missile attack on
// Kyiv" is an attack, not a launch.
var supportVerbs = set(`launch launched launches launching carry carried carries carrying conduct conducted conducts conducting
stage staged stages staging mount mounted mounts mounting`)

// reportOnly are actions that only carry their content: "announced the
// defeat of ISIS" yields the defeat, not an announcement.
var reportOnly = set("announce say state report declare confirm reveal")

// personHeads name people without naming them: "a senior US official said".
var personHeads = set("official officials spokesman spokeswoman spokesperson source sources diplomat diplomats aide aides analyst analysts commander commanders lawmaker lawmakers member members")

// causatives take an object that becomes the agent of the infinitive:
// "led the US to pull troops out".
var causatives = set("led lead leads forced force forces caused cause causes prompted prompt prompts ordered order orders allowed allow allows pushed push pushes")

// aspectuals join the gerund after them to their verb group: "would
// continue reducing forces".
var aspectuals = set("continue continues continued continuing keep keeps kept begin begins began start starts started stop stops stopped resume resumes resumed")

// instrumentHeads are nouns that name a weapon or a strike: a subject
// phrase headed by one is the instrument, and its nationality the agent.
var instrumentHeads = set("strike strikes airstrike airstrikes drone drones missile missiles rocket rockets bomb bombs raid raids shelling artillery")

// measureHeads are nouns whose "of" phrase is what is meant: "the number
// of American troops", "the size of its forces".
var measureHeads = set("number size presence footprint level levels strength contingent total bulk rest part half remnants remnant")

// hypothetical marks nominal events that are not asserted.
var hypothetical = set("potential possible eventual future proposed planned expected hypothetical alleged")

// hypotheticalVerbs govern nominal events that have not happened:
// "demanding the removal of foreign troops", "allowing for the
// redeployment", "talk of".
var hypotheticalVerbs = set("demand demands demanding demanded call calls calling called urge urges urging urged want wants wanting seek seeks seeking pressure allow allows allowing allowed discuss discusses discussing discussed consider considering considered oppose opposing opposed prevent preventing talk regarding about information")

// clauseOpeners are prepositions that also open a clause: "after an
// American drone strike killed ...".
var clauseOpeners = set("after before since until")

// placeTypes are entity types that can be an event's place.
var placeTypes = set("country city place region province facility airport base territory state capital area district town village building landmark")

// actorTypes can act as a modifier: "U.S. strikes", "Iraqi forces"; a
// place modifier ("Oval Office talks") only says where.
func actorType(typ string) bool { return typ == "country" || !placeTypes[typ] }
