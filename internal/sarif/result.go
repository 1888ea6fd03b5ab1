package sarif

import (
	"fmt"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/owenrumney/go-sarif/v2/sarif"
)

type builder struct {
	in      Input
	indexes map[string]*textIndex
}

func (b *builder) index(file string) (*textIndex, error) {
	if idx, ok := b.indexes[file]; ok {
		return idx, nil
	}
	content, err := b.in.ReadFile(file)
	if err != nil {
		return nil, err
	}
	idx := newTextIndex(content)
	b.indexes[file] = idx
	return idx, nil
}

func (b *builder) result(f Finding, ruleID string, ruleIndex int) (*sarif.Result, error) {
	region, err := b.region(f.File, f.Start, f.End)
	if err != nil {
		return nil, err
	}
	result := sarif.NewRuleResult(ruleID).
		WithRuleIndex(ruleIndex).
		WithLevel("warning").
		WithMessage(sarif.NewTextMessage(f.Message)).
		WithLocations([]*sarif.Location{sarif.NewLocationWithPhysicalLocation(
			sarif.NewPhysicalLocation().
				WithArtifactLocation(b.artifact(f.File)).
				WithRegion(region))})
	for i, r := range f.Related {
		region, err := b.region(r.File, r.Start, r.End)
		if err != nil {
			return nil, err
		}
		// ids are 1-based in the order listed, so that the message of the
		// result could link them as [text](id).
		result.AddRelatedLocation(sarif.NewLocationWithPhysicalLocation(
			sarif.NewPhysicalLocation().
				WithArtifactLocation(b.artifact(r.File)).
				WithRegion(region)).
			WithId(i + 1).
			WithMessage(sarif.NewTextMessage(r.Message)))
	}
	for _, fix := range f.Fixes {
		sf, err := b.fix(fix)
		if err != nil {
			return nil, err
		}
		result.AddFix(sf)
	}
	return result, nil
}

// fix groups the edits of fix by file, in the order files first appear.
func (b *builder) fix(fix Fix) (*sarif.Fix, error) {
	out := sarif.NewFix().WithDescriptionText(fix.Message)
	changes := make(map[string]*sarif.ArtifactChange)
	for _, e := range fix.Edits {
		region, err := b.region(e.File, e.Start, e.End)
		if err != nil {
			return nil, err
		}
		ch, ok := changes[e.File]
		if !ok {
			ch = sarif.NewArtifactChange(b.artifact(e.File))
			changes[e.File] = ch
			out.AddArtifactChanges(ch)
		}
		ch.WithReplacement(sarif.NewReplacement(region).
			WithInsertedContent(sarif.NewArtifactContent().WithText(e.NewText)))
	}
	return out, nil
}

// region is the text region [start, end) of file. An empty region is an
// insertion point: endColumn equals startColumn.
func (b *builder) region(file string, start, end int) (*sarif.Region, error) {
	if start < 0 || end < start {
		return nil, fmt.Errorf("%s: invalid range [%d, %d)", file, start, end)
	}
	idx, err := b.index(file)
	if err != nil {
		return nil, err
	}
	if end > len(idx.content) {
		return nil, fmt.Errorf("%s: range [%d, %d) beyond the end of the file (%d bytes)", file, start, end, len(idx.content))
	}
	startLine, startCol := idx.position(start)
	endLine, endCol := idx.position(end)
	return sarif.NewRegion().
		WithStartLine(startLine).WithStartColumn(startCol).
		WithEndLine(endLine).WithEndColumn(endCol), nil
}

// artifact locates file relative to the source root when it lies below it,
// and by absolute file URI otherwise.
func (b *builder) artifact(file string) *sarif.ArtifactLocation {
	if rel, err := filepath.Rel(b.in.Root, file); err == nil && b.in.Root != "" && filepath.IsLocal(rel) {
		return sarif.NewSimpleArtifactLocation(relativeURI(rel)).WithUriBaseId(SrcRoot)
	}
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(file)}
	return sarif.NewSimpleArtifactLocation(u.String())
}

// relativeURI escapes each path segment of rel.
func relativeURI(rel string) string {
	segs := strings.Split(filepath.ToSlash(rel), "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	return strings.Join(segs, "/")
}
