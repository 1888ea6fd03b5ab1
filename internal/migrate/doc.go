// Package migrate implements completelint migrate: it applies the
// analyzer's fixes to a whole codebase until nothing changes, formats the
// changed files, verifies that the affected packages still build and vet
// (restoring any package whose build breaks), writes the surviving files
// atomically, and reports every legacy call site.
//
// Nothing is written before verification: every round of analysis and
// verification works on an overlay of the changed contents (go/packages
// Overlay, go build -overlay), and verification builds to the null device,
// so it leaves nothing in the tree. Every output (the report, then each
// file) is checked before the first write; a run that stops while writing
// says how far it got, in its summary and in the report.
package migrate
