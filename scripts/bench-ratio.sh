#!/usr/bin/env bash
# bench-ratio.sh: how much slower is `completelint ./...` than a no-op
# analyzer under the same singlechecker driver, on a large real module with
# no Anthropic imports (the golangci-lint v2.15.0 source)?
#
# Runs the two binaries alternately RUNS times (default 5) after one warm-up
# each and prints the median wall time of each, the median of the per-pair
# ratios, and the peak RSS (GNU time, /usr/bin/time -v).
#
# Usage: scripts/bench-ratio.sh [RUNS]
set -euo pipefail
. "$(dirname "$0")/benchlib.sh"

runs=${1:-5}
module=github.com/golangci/golangci-lint/v2@v2.15.0
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
export GOWORK=off

(cd "$root" && go build -o "$work/completelint" ./cmd/completelint && go build -o "$work/noop" ./scripts/noop)

src=$(go mod download -json "$module" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
cp -R "$src" "$work/mod"
chmod -R u+w "$work/mod"
cd "$work/mod"
go mod download
# Warm the build cache so that both tools find export data ready.
go list -export -deps -test ./... >/dev/null

# measure TOOL: run it once on ./..., print "seconds peak-kB".
measure() {
	local code=0
	/usr/bin/time -v -o "$work/time" "$work/$1" ./... >/dev/null 2>"$work/stderr" || code=$?
	# 3 means diagnostics: there must be none on a module without Anthropic imports.
	if [[ $code -ne 0 ]]; then
		echo "$1 exited $code:" >&2
		head -20 "$work/stderr" >&2
		exit 1
	fi
	time_report "$work/time"
}

measure noop >/dev/null
measure completelint >/dev/null
for ((i = 1; i <= runs; i++)); do
	read -r ns nkb < <(measure noop)
	read -r cs ckb < <(measure completelint)
	echo "run $i: noop ${ns}s ${nkb}kB, completelint ${cs}s ${ckb}kB" >&2
	echo "$ns $nkb $cs $ckb" >>"$work/results"
done

echo "module:            $module ($(go list ./... | wc -l) packages), $runs alternating runs"
echo "noop median:       $(awk '{ print $1 }' "$work/results" | median)s"
echo "completelint:      $(awk '{ print $3 }' "$work/results" | median)s"
echo "median ratio:      $(awk '{ printf "%.3f\n", $3 / $1 }' "$work/results" | median)"
echo "peak RSS noop:     $(awk '{ print $2 }' "$work/results" | sort -g | tail -1) kB"
echo "peak RSS complete: $(awk '{ print $4 }' "$work/results" | sort -g | tail -1) kB"
