package article

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/claimcheck/claimcheck/engine/finding"
)

// Extensions are the file extensions Read picks up in folders.
var Extensions = []string{".txt", ".md", ".markdown", ".html", ".htm"}

// SidecarSuffix names the metadata file beside NAME.txt: NAME.meta.toml.
const SidecarSuffix = ".meta.toml"

// Read reads articles from files, folders (recursively, in sorted order,
// files with one of Extensions) and "-" (opts.Stdin). A path that cannot be
// read gives an error and the others are still read; errors are
// finding.Problem values. Articles and errors come back in argument order,
// whatever the number of cores the files are parsed on.
func Read(paths []string, opts Options) ([]*Article, []error) {
	type job struct {
		path string
		err  error // from expanding the argument; no file to read
		art  *Article
		errs []error
	}
	var jobs []*job
	seen := map[string]bool{}
	for _, p := range paths {
		files, errs := expand(p)
		for _, err := range errs {
			jobs = append(jobs, &job{err: err})
		}
		for _, f := range files {
			key := f
			if f != "-" {
				if abs, err := filepath.Abs(f); err == nil {
					key = abs
				}
			}
			if seen[key] {
				continue // the same file named twice is read once
			}
			seen[key] = true
			jobs = append(jobs, &job{path: f})
		}
	}
	work := make(chan *job)
	var wg sync.WaitGroup
	var done atomic.Int64
	for range min(runtime.GOMAXPROCS(0), len(jobs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range work {
				j.art, j.errs = readOne(j.path, opts)
				if opts.OnRead != nil {
					opts.OnRead(int(done.Add(1)), len(jobs))
				}
			}
		}()
	}
	for _, j := range jobs {
		if j.err == nil {
			work <- j
		}
	}
	close(work)
	wg.Wait()
	var arts []*Article
	var errs []error
	for _, j := range jobs {
		if j.err != nil {
			errs = append(errs, j.err)
			continue
		}
		errs = append(errs, j.errs...)
		if j.art != nil {
			arts = append(arts, j.art)
		}
	}
	if err := oneFlagDate(arts); err != nil {
		errs = append(errs, err)
	}
	return arts, errs
}

// oneFlagDate holds --published to what it says: the date of one undated
// input. When several inputs have no date of their own, giving them all one
// date would resolve each one's "on Sunday" against a day it may not have
// been written on, so none is dated by the flag and the run says why.
func oneFlagDate(arts []*Article) error {
	var flagged []string
	for _, a := range arts {
		if a.DateSource == FromFlag {
			flagged = append(flagged, a.Path)
		}
	}
	if len(flagged) < 2 {
		return nil
	}
	for _, a := range arts {
		if a.DateSource == FromFlag {
			a.Published, a.Dated, a.DateSource = time.Time{}, false, ""
		}
	}
	names := flagged
	if len(names) > 5 {
		names = append(names[:5:5], fmt.Sprintf("and %d more", len(flagged)-5))
	}
	return finding.Problem{Path: "--published", Message: fmt.Sprintf(
		"dates one undated input, but %d inputs have no date of their own (%s); date each in front matter, the page's metadata or a NAME.meta.toml sidecar",
		len(flagged), strings.Join(names, ", "))}
}

// expand turns one argument into the files it names. An unreadable entry
// inside a folder is an error; the rest of the folder is still read.
func expand(p string) ([]string, []error) {
	if p == "-" {
		return []string{p}, nil
	}
	info, err := os.Stat(p)
	if err != nil {
		return nil, []error{finding.Problem{Path: p, Message: unwrapPathError(err)}}
	}
	if !info.IsDir() {
		return []string{p}, nil
	}
	var files []string
	var errs []error
	_ = filepath.WalkDir(p, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			errs = append(errs, finding.Problem{Path: path, Message: unwrapPathError(err)})
			if e != nil && e.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		name := e.Name()
		if path != p && strings.HasPrefix(name, ".") {
			if e.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !e.IsDir() && hasArticleExt(name) {
			files = append(files, path)
		}
		return nil
	})
	if len(files) == 0 && len(errs) == 0 {
		errs = append(errs, finding.Problem{Path: p, Message: "folder has no articles (" + strings.Join(Extensions, ", ") + " files)"})
	}
	sort.Strings(files)
	return files, errs
}

func hasArticleExt(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range Extensions {
		if ext == e {
			return true
		}
	}
	return false
}

// readOne reads and parses one file with its sidecar, if any.
func readOne(path string, opts Options) (*Article, []error) {
	data, err := readInput(path, opts.Stdin)
	if err != nil {
		return nil, []error{err}
	}
	var errs []error
	var side *meta
	if path != "-" {
		sp := strings.TrimSuffix(path, filepath.Ext(path)) + SidecarSuffix
		if sdata, err := readFileRO(sp); err == nil {
			if side, err = readSidecarMeta(sp, sdata); err != nil {
				errs = append(errs, err) // the article is still read, undated by its sidecar
			}
		} else if !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, finding.Problem{Path: sp, Message: unwrapPathError(err)})
		}
	}
	a, err := parse(path, data, opts, side)
	if err != nil {
		errs = append(errs, err)
	}
	return a, errs
}

func readInput(path string, stdin io.Reader) ([]byte, error) {
	if path == "-" {
		if stdin == nil {
			stdin = os.Stdin
		}
		data, err := io.ReadAll(io.LimitReader(stdin, MaxSize+1))
		if err != nil {
			return nil, finding.Problem{Path: path, Message: "cannot read standard input: " + err.Error()}
		}
		return data, nil
	}
	data, err := readFileRO(path)
	if err != nil {
		return nil, finding.Problem{Path: path, Message: unwrapPathError(err)}
	}
	return data, nil
}

// readFileRO reads a regular file opened read-only, refusing anything
// larger than MaxSize before reading it.
func readFileRO(path string) ([]byte, error) {
	f, err := os.OpenFile(path, os.O_RDONLY, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return nil, errors.New("is a folder")
	}
	if !info.Mode().IsRegular() && info.Mode()&fs.ModeNamedPipe == 0 && info.Mode()&fs.ModeCharDevice == 0 {
		return nil, fmt.Errorf("not a regular file")
	}
	if info.Size() > MaxSize {
		return nil, fmt.Errorf("file is %d bytes, larger than the %d bytes claimcheck reads", info.Size(), MaxSize)
	}
	return io.ReadAll(io.LimitReader(f, MaxSize+1))
}

// unwrapPathError drops the "open PATH:" prefix, since a Problem already
// names the path.
func unwrapPathError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or folder"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	return err.Error()
}
