package store

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/engine/claim"
)

func rec(title string) *Record {
	return &Record{Title: title, Published: time.Date(2021, 7, 26, 0, 0, 0, 0, time.UTC), Dated: true,
		Claims: []*claim.Claim{{ID: "a#1", Kind: claim.Count, Holder: "united-states", Value: 2500,
			AsOf: claim.DayOf(time.Date(2021, 7, 26, 0, 0, 0, 0, time.UTC))}}}
}

func TestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir, "ns1")
	require.NoError(t, err)
	got, err := s.Get([]string{"k1"})
	require.NoError(t, err)
	assert.Empty(t, got, "a store not yet written misses")
	require.NoError(t, s.Put(map[string]*Record{"k1": rec("one"), "k2": rec("two")}))
	got, err = s.Get([]string{"k1", "k3"})
	require.NoError(t, err)
	require.Len(t, got, 1)
	assert.Equal(t, rec("one"), got["k1"])
}

// TestNamespace: another namespace sees nothing, and its first write drops
// the old records.
func TestNamespace(t *testing.T) {
	dir := t.TempDir()
	old, _ := Open(dir, "old")
	require.NoError(t, old.Put(map[string]*Record{"k": rec("old")}))
	s, _ := Open(dir, "new")
	got, err := s.Get([]string{"k"})
	require.NoError(t, err)
	assert.Empty(t, got)
	require.NoError(t, s.Put(map[string]*Record{"k2": rec("new")}))
	got, err = old.Get([]string{"k"})
	require.NoError(t, err)
	assert.Empty(t, got, "the old namespace was dropped")
}

// TestSharedStore: runs writing and reading one store at once all succeed
// and see whole records.
func TestSharedStore(t *testing.T) {
	dir := t.TempDir()
	var wg sync.WaitGroup
	errs := make([]error, 8)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, _ := Open(dir, "ns")
			if i%2 == 0 {
				errs[i] = s.Put(map[string]*Record{fmt.Sprint("k", i): rec(fmt.Sprint(i))})
				return
			}
			got, err := s.Get([]string{"k0", "k2"})
			for _, r := range got {
				if len(r.Claims) != 1 {
					err = fmt.Errorf("a torn record: %+v", r)
				}
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	for _, err := range errs {
		require.NoError(t, err)
	}
	s, _ := Open(dir, "ns")
	got, err := s.Get([]string{"k0", "k2", "k4", "k6"})
	require.NoError(t, err)
	assert.Len(t, got, 4)
}
