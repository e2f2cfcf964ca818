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
	// target holds the prepositions that introduce what the action was
	// aimed at: its patient ("fired missiles at the base").
	target map[string]bool
	// measured: the action's numbers are tallies (it has a measure), so
	// it takes a patient.
	measured bool
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
	f.moves, f.symmetric, f.measured = lf.Moves, lf.Symmetric, a.Measure != nil
	if lf.Possessor != "" {
		f.poss = lf.Possessor
	}
	if lf.Of != "" {
		f.of = lf.Of
	}
	if lf.Subject != "" {
		f.subject = lf.Subject
	}
	if len(lf.Target) > 0 {
		f.target = map[string]bool{}
		for _, p := range lf.Target {
			f.target[p] = true
		}
	}
	return f
}

// placeTypes are entity types that can be an event's place.
var placeTypes = set("country city place region province facility airport base territory state capital area district town village building landmark")

// actorTypes can act as a modifier: "U.S. strikes", "Iraqi forces"; a
// place modifier ("Oval Office talks") only says where.
func actorType(typ string) bool { return typ == "country" || !placeTypes[typ] }
