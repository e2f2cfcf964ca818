package lexicon

import "testing"

// TestEmbeddedData guards Default's panic: the embedded files load without
// problems. It sorts first among the tests, so broken data is reported
// here with its positions rather than as a panic in another test.
func TestEmbeddedData(t *testing.T) {
	l, err := loadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	s := l.Size()
	if s != Default().Size() || s.Entities < 2500 || s.Items < 10 || s.Actions < 15 || s.Titles < 30 {
		t.Errorf("size %+v", s)
	}
	t.Logf("default lexicon: %+v", s)
}
