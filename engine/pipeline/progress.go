package pipeline

// Progress is how far a check has come, for a person watching a long run
// (the CLI prints it on a terminal): articles read, articles whose claims
// are extracted, rules run.
type Progress struct {
	Stage       string // StageRead, StageExtract or StageRules
	Done, Total int
}

// The stages of a check, in order.
const (
	StageRead    = "read"
	StageExtract = "extract"
	StageRules   = "rules"
)

// progress reports to Config.Progress, when set. Extraction reports from
// several goroutines at once, so Config.Progress must be safe for that.
func (e *Engine) progress(stage string, done, total int) {
	if e.cfg.Progress != nil {
		e.cfg.Progress(Progress{Stage: stage, Done: done, Total: total})
	}
}
