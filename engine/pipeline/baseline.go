package pipeline

import (
	"github.com/claimcheck/claimcheck/engine/baseline"
	"github.com/claimcheck/claimcheck/engine/report"
)

// WriteBaseline records the report's findings as accepted.
func WriteBaseline(path string, rep *report.Report) error {
	return baseline.New(rep.Findings).Write(path)
}

// ApplyBaseline drops the findings recorded in the baseline at path.
func ApplyBaseline(path string, rep *report.Report) error {
	b, err := baseline.Load(path)
	if err != nil {
		return err
	}
	rep.Findings, _ = b.Filter(rep.Findings)
	return nil
}
