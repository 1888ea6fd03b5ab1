package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// pkg is one generated package: a record type with a store and an HTTP
// handler, a few imports of earlier packages, and for legacy packages the
// files of its call sites.
type pkg struct {
	Name   string // package name and directory, e.g. invoice0042
	Type   string // record type, e.g. Invoice
	Lower  string // e.g. invoice
	Fields []field
	Deps   []string // earlier packages this one imports
	Module string
	sites  []siteKind
	// reachesLegacy: this package or a dependency holds legacy call sites.
	reachesLegacy bool
}

type field struct {
	Name, Type, JSON string
}

var nouns = []string{
	"account", "invoice", "order", "customer", "shipment", "ticket", "report", "article",
	"payment", "session", "device", "profile", "review", "booking", "message", "project",
}

var fieldPool = []field{
	{"Title", "string", "title"}, {"Amount", "float64", "amount"}, {"Quantity", "int", "quantity"},
	{"Tags", "[]string", "tags"}, {"Active", "bool", "active"}, {"Email", "string", "email"},
	{"Notes", "string", "notes"}, {"Priority", "int", "priority"}, {"Score", "float64", "score"},
	{"Owner", "string", "owner"}, {"Region", "string", "region"}, {"Retries", "int", "retries"},
	{"Labels", "map[string]string", "labels"}, {"Archived", "bool", "archived"},
}

// maxDeps bounds the imports of earlier packages; depWindow keeps them
// close so that the graph has depth rather than one hub.
const (
	maxDeps   = 3
	depWindow = 50
)

// earlierPkg is a package a later one may import.
type earlierPkg struct {
	name          string
	reachesLegacy bool // it or one of its dependencies holds legacy call sites
}

// newPackage draws package i from rng; earlier holds packages 0..i-1. A
// package that reaches legacy code is imported only with probability
// legacyImportPct percent, which bounds how far legacy code spreads through the
// import graph.
func newPackage(rng *rand.Rand, i int, earlier []earlierPkg, legacyImportPct int) *pkg {
	noun := nouns[rng.IntN(len(nouns))]
	p := &pkg{
		Name:   fmt.Sprintf("%s%04d", noun, i),
		Type:   strings.ToUpper(noun[:1]) + noun[1:],
		Lower:  noun,
		Module: modulePath,
	}
	for _, j := range rng.Perm(len(fieldPool))[:3+rng.IntN(5)] {
		p.Fields = append(p.Fields, fieldPool[j])
	}
	if len(earlier) > 0 {
		lo := max(0, len(earlier)-depWindow)
		seen := map[string]bool{}
		for range rng.IntN(maxDeps + 1) {
			d := earlier[lo+rng.IntN(len(earlier)-lo)]
			if seen[d.name] || d.reachesLegacy && rng.IntN(100) >= legacyImportPct {
				continue
			}
			seen[d.name] = true
			p.Deps = append(p.Deps, d.name)
			p.reachesLegacy = p.reachesLegacy || d.reachesLegacy
		}
	}
	return p
}
