package store

import (
	"bytes"
	"encoding/binary"
	"encoding/gob"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/claimcheck/claimcheck/engine/finding"
)

// Inside a namespace's bucket:
//
//	rec/KEY          the Record (gob)
//	info/KEY         the Info (a short \x00-separated line)
//	file/PATH        size, modification time and KEY of the file last read there
//	groups-RULES/G   the KEYs whose claims join key group G of rule set RULES
//
// file lets a warm run trust an unchanged file (same size and time) without
// reading it; info lists an archive's articles without decoding claims;
// groups finds the few records a draft's claims meet.
var (
	recB  = []byte("rec")
	infoB = []byte("info")
	fileB = []byte("file")
)

// indexed marks, in a groups index, a record whose claims it holds.
const indexed = "\xfe"

// Info is what a report lists of an article: metadata and counts.
type Info struct {
	ID, Title, Outlet, URL, DateSource string
	Published                          time.Time
	Dated                              bool
	Claims                             int
	Notices                            []finding.Notice
}

// FileStat is what identifies a file's bytes without reading them.
type FileStat struct {
	Size, ModTime int64 // bytes, Unix nanoseconds
	Key           string
}

// Batch is one write: records with their infos, file stats, and group
// index entries (index name -> group -> keys).
type Batch struct {
	Records map[string]*Record
	Infos   map[string]*Info
	Files   map[string]FileStat
	Groups  map[string]map[string][]string // (with the indexed marks)
}

// Reader is a read-only view of the store for one run's lookups.
type Reader struct {
	db *bolt.DB
	tx *bolt.Tx
	ns *bolt.Bucket
}

// Reader opens the store for reading; on an empty or missing store every
// lookup misses.
func (s *Store) Reader() (*Reader, error) {
	if _, err := os.Stat(s.path); errors.Is(err, os.ErrNotExist) {
		return &Reader{}, nil
	}
	db, err := bolt.Open(s.path, 0o644, &bolt.Options{ReadOnly: true, Timeout: LockTimeout})
	if err != nil {
		return &Reader{}, fmt.Errorf("cache %s: %w", s.path, err)
	}
	tx, err := db.Begin(false)
	if err != nil {
		db.Close()
		return &Reader{}, err
	}
	return &Reader{db: db, tx: tx, ns: tx.Bucket(s.ns)}, nil
}

// Close ends the read.
func (r *Reader) Close() {
	if r.db != nil {
		r.tx.Rollback()
		r.db.Close()
	}
}

func (r *Reader) get(bucket []byte, key string) []byte {
	if r.ns == nil {
		return nil
	}
	b := r.ns.Bucket(bucket)
	if b == nil {
		return nil
	}
	return b.Get([]byte(key))
}

// FileKey is the key of the bytes last read at path, if the file still has
// that size and modification time.
func (r *Reader) FileKey(path string, size, modTime int64) string {
	v := r.get(fileB, path)
	if len(v) < 16 || int64(binary.BigEndian.Uint64(v)) != size || int64(binary.BigEndian.Uint64(v[8:])) != modTime {
		return ""
	}
	return string(v[16:])
}

// Record returns the record under key, or nil.
func (r *Reader) Record(key string) *Record { return DecodeRecord(r.Raw(key)) }

// Raw is the encoded record under key, copied (to decode outside a lock).
func (r *Reader) Raw(key string) []byte {
	if v := r.get(recB, key); v != nil {
		return append([]byte(nil), v...)
	}
	return nil
}

// DecodeRecord decodes what Raw returns; nil for nil or a record this
// build cannot read.
func DecodeRecord(v []byte) *Record {
	if v == nil {
		return nil
	}
	var rec Record
	if gob.NewDecoder(bytes.NewReader(v)).Decode(&rec) != nil {
		return nil
	}
	return &rec
}

// Info returns the info under key, or nil.
func (r *Reader) Info(key string) *Info {
	return decodeInfo(r.get(infoB, key))
}

// Indexed reports whether a groups index holds the record under key.
func (r *Reader) Indexed(index, key string) bool { return r.get([]byte(index), indexed+key) != nil }

// Complete reports whether a groups index holds every record.
func (r *Reader) Complete(index string) bool {
	for _, k := range r.Keys() {
		if !r.Indexed(index, k) {
			return false
		}
	}
	return r.ns != nil
}

// Mark adds the indexed mark of a record's key to a batch's groups.
func Mark(groups map[string][]string, key string) { groups[indexed+key] = []string{""} }

// Group lists the keys whose claims join group g of index.
func (r *Reader) Group(index, g string) []string {
	v := r.get([]byte(index), g)
	if len(v) == 0 {
		return nil
	}
	return strings.Split(string(v), "\n")
}

// Keys lists every record's key.
func (r *Reader) Keys() []string {
	var out []string
	if r.ns == nil || r.ns.Bucket(recB) == nil {
		return nil
	}
	r.ns.Bucket(recB).ForEach(func(k, _ []byte) error {
		out = append(out, string(k))
		return nil
	})
	return out
}

// Write stores a batch in one transaction, dropping other namespaces.
func (s *Store) Write(b *Batch) error {
	// The freelist is synced (bbolt's default): without it every open,
	// read-only ones included, rebuilds it by reading every page, which
	// was 40% of a warm draft check against a 100k archive.
	db, err := bolt.Open(s.path, 0o644, &bolt.Options{Timeout: LockTimeout})
	if err != nil {
		return fmt.Errorf("cache %s: %w", s.path, err)
	}
	defer db.Close()
	return db.Update(func(tx *bolt.Tx) error {
		if err := dropOthers(tx, s.ns); err != nil {
			return err
		}
		ns, err := tx.CreateBucketIfNotExists(s.ns)
		if err != nil {
			return err
		}
		return writeBatch(ns, b)
	})
}

func writeBatch(ns *bolt.Bucket, b *Batch) error {
	recs := map[string][]byte{}
	for k, r := range b.Records {
		var buf bytes.Buffer
		if err := gob.NewEncoder(&buf).Encode(r); err != nil {
			return err
		}
		recs[k] = buf.Bytes()
	}
	infos := map[string][]byte{}
	for k, in := range b.Infos {
		infos[k] = encodeInfo(in)
	}
	files := map[string][]byte{}
	for p, f := range b.Files {
		v := make([]byte, 16, 16+len(f.Key))
		binary.BigEndian.PutUint64(v, uint64(f.Size))
		binary.BigEndian.PutUint64(v[8:], uint64(f.ModTime))
		files[p] = append(v, f.Key...)
	}
	for name, kv := range map[string]map[string][]byte{"rec": recs, "info": infos, "file": files} {
		if err := putAll(ns, []byte(name), kv); err != nil {
			return err
		}
	}
	for index, groups := range b.Groups {
		if err := mergeGroups(ns, index, groups); err != nil {
			return err
		}
	}
	return nil
}

// putAll writes kv into a sub-bucket in key order (sequential inserts keep
// bbolt's pages full).
func putAll(ns *bolt.Bucket, name []byte, kv map[string][]byte) error {
	if len(kv) == 0 {
		return nil
	}
	b, err := ns.CreateBucketIfNotExists(name)
	if err != nil {
		return err
	}
	b.FillPercent = 0.9
	keys := make([]string, 0, len(kv))
	for k := range kv {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if err := b.Put([]byte(k), kv[k]); err != nil {
			return err
		}
	}
	return nil
}

// mergeGroups adds keys to each group's list, keeping it sorted and unique.
func mergeGroups(ns *bolt.Bucket, index string, groups map[string][]string) error {
	b, err := ns.CreateBucketIfNotExists([]byte(index))
	if err != nil {
		return err
	}
	kv := map[string][]byte{}
	for g, keys := range groups {
		set := map[string]bool{}
		if old := b.Get([]byte(g)); len(old) > 0 {
			for _, k := range strings.Split(string(old), "\n") {
				set[k] = true
			}
		}
		for _, k := range keys {
			set[k] = true
		}
		all := make([]string, 0, len(set))
		for k := range set {
			all = append(all, k)
		}
		sort.Strings(all)
		kv[g] = []byte(strings.Join(all, "\n"))
	}
	return putAll(ns, []byte(index), kv)
}

func encodeInfo(in *Info) []byte {
	notices := ""
	if len(in.Notices) > 0 {
		b, _ := json.Marshal(in.Notices)
		notices = string(b)
	}
	return []byte(strings.Join([]string{in.ID, in.Title, in.Outlet, in.URL, in.DateSource,
		strconv.FormatInt(in.Published.Unix(), 10), strconv.FormatBool(in.Dated), strconv.Itoa(in.Claims), notices}, "\x00"))
}

func decodeInfo(v []byte) *Info {
	f := strings.Split(string(v), "\x00")
	if len(f) != 9 {
		return nil
	}
	sec, err1 := strconv.ParseInt(f[5], 10, 64)
	n, err2 := strconv.Atoi(f[7])
	if err1 != nil || err2 != nil {
		return nil
	}
	in := &Info{ID: f[0], Title: f[1], Outlet: f[2], URL: f[3], DateSource: f[4],
		Published: time.Unix(sec, 0).UTC(), Dated: f[6] == "true", Claims: n}
	if f[8] != "" && json.Unmarshal([]byte(f[8]), &in.Notices) != nil {
		return nil
	}
	return in
}
