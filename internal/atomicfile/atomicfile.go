// Package atomicfile writes a file whole or not at all: the bytes go to a
// new file beside the target, which replaces the target by a rename only
// once everything is written, so an interrupted run never leaves half a
// report or baseline for CI to read.
//
// The new file is created with mode 0666 less the process umask, as the
// shell's > and os.Create do (0644 under the usual umask 022), not 0600 as
// os.CreateTemp makes it: a report or baseline is for others to read.
package atomicfile

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// File is a file being written; Commit puts it in place, Abort drops it.
type File struct {
	*os.File
	target string
	done   bool
}

// Create starts writing path.
func Create(path string) (*File, error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	for range 10 {
		var r [6]byte
		if _, err := rand.Read(r[:]); err != nil {
			return nil, err
		}
		tmp := filepath.Join(dir, "."+base+".tmp-"+hex.EncodeToString(r[:]))
		f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		return &File{File: f, target: path}, nil
	}
	return nil, errors.New("atomicfile: cannot make a temporary file name in " + dir)
}

// Commit closes the file and renames it over the target.
func (f *File) Commit() error {
	if f.done {
		return errors.New("atomicfile: already committed or aborted")
	}
	f.done = true
	if err := f.Close(); err != nil {
		os.Remove(f.Name())
		return err
	}
	if err := os.Rename(f.Name(), f.target); err != nil {
		os.Remove(f.Name())
		return err
	}
	return nil
}

// Abort closes and removes the file; the target is untouched. It does
// nothing after Commit.
func (f *File) Abort() {
	if !f.done {
		f.done = true
		f.Close()
		os.Remove(f.Name())
	}
}

// WriteFile writes data to path atomically.
func WriteFile(path string, data []byte) error {
	f, err := Create(path)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Abort()
		return err
	}
	return f.Commit()
}
