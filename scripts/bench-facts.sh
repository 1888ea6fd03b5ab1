#!/usr/bin/env bash
# bench-facts.sh: what do cross-package wrapper facts cost? Times
# `completelint ./...` without and with -wrappers (which sets the analyzer's
# FactTypes, so singlechecker loads and analyses every dependency from
# source), the no-op analyzer, and the no-op analyzer declaring a fact type
# (the driver's share of the cost), on the golangci-lint v2.15.0 source (a
# large module with no Anthropic imports).
#
# Runs the four alternately RUNS times (default 5) after one warm-up each
# and prints the median wall time of each, the median of the per-round
# ratios, and the peak RSS (GNU time, /usr/bin/time -v).
#
# Usage: scripts/bench-facts.sh [RUNS]
set -euo pipefail
. "$(dirname "$0")/benchlib.sh"

runs=${1:-5}
module=github.com/golangci/golangci-lint/v2@v2.15.0
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
export GOWORK=off

# The fact-declaring no-op is scripts/noop plus one file, added through an
# overlay so that the repository is not touched.
cat >"$work/facts.go" <<'GO'
package main

type noopFact struct{}

func (*noopFact) AFact() {}

func init() { analyzer.FactTypes = append(analyzer.FactTypes, new(noopFact)) }
GO
printf '{"Replace": {"%s": "%s"}}\n' "$root/scripts/noop/facts.go" "$work/facts.go" >"$work/overlay.json"
(cd "$root" && go build -o "$work/completelint" ./cmd/completelint && go build -o "$work/noop" ./scripts/noop &&
	go build -overlay "$work/overlay.json" -o "$work/noopfacts" ./scripts/noop)

src=$(go mod download -json "$module" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
cp -R "$src" "$work/mod"
chmod -R u+w "$work/mod"
cd "$work/mod"
go mod download
# Warm the build cache so that every variant finds export data ready.
go list -export -deps -test ./... >/dev/null

# measure TOOL [FLAGS...]: run it once on ./..., print "seconds peak-kB".
measure() {
	local tool=$1 code=0
	shift
	/usr/bin/time -v -o "$work/time" "$work/$tool" "$@" ./... >/dev/null 2>"$work/stderr" || code=$?
	# 3 means diagnostics: there must be none on a module without Anthropic imports.
	if [[ $code -ne 0 ]]; then
		echo "$tool $* exited $code:" >&2
		head -20 "$work/stderr" >&2
		exit 1
	fi
	time_report "$work/time"
}

measure noop >/dev/null
measure completelint >/dev/null
measure completelint -wrappers >/dev/null
measure noopfacts >/dev/null
for ((i = 1; i <= runs; i++)); do
	read -r ns nkb < <(measure noop)
	read -r cs ckb < <(measure completelint)
	read -r ws wkb < <(measure completelint -wrappers)
	read -r fs fkb < <(measure noopfacts)
	echo "run $i: noop ${ns}s ${nkb}kB, completelint ${cs}s ${ckb}kB, -wrappers ${ws}s ${wkb}kB, noop+facts ${fs}s ${fkb}kB" >&2
	echo "$ns $nkb $cs $ckb $ws $wkb $fs $fkb" >>"$work/results"
done

echo "module:                $module ($(go list ./... | wc -l) packages), $runs alternating runs"
echo "noop median:           $(awk '{ print $1 }' "$work/results" | median)s"
echo "completelint:          $(awk '{ print $3 }' "$work/results" | median)s"
echo "completelint -wrappers: $(awk '{ print $5 }' "$work/results" | median)s"
echo "noop with a fact type: $(awk '{ print $7 }' "$work/results" | median)s"
echo "ratio plain/noop:      $(awk '{ printf "%.3f\n", $3 / $1 }' "$work/results" | median)"
echo "ratio wrappers/plain:  $(awk '{ printf "%.3f\n", $5 / $3 }' "$work/results" | median)"
echo "ratio wrappers/noop+facts: $(awk '{ printf "%.3f\n", $5 / $7 }' "$work/results" | median)"
echo "peak RSS noop:         $(awk '{ print $2 }' "$work/results" | sort -g | tail -1) kB"
echo "peak RSS plain:        $(awk '{ print $4 }' "$work/results" | sort -g | tail -1) kB"
echo "peak RSS -wrappers:    $(awk '{ print $6 }' "$work/results" | sort -g | tail -1) kB"
echo "peak RSS noop+facts:   $(awk '{ print $8 }' "$work/results" | sort -g | tail -1) kB"
