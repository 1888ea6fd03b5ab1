#!/usr/bin/env bash
# bench-vet-facts.sh: where are -wrappers facts cheaper, under go vet (which
# keeps each package's facts in the build cache, as nogo keeps them in Bazel's
# action cache) or under the standalone driver (which loads and analyses
# every dependency from source on every run)? On the golangci-lint v2.15.0
# source, each round times:
#   vet cold     go vet -vettool=completelint -wrappers ./... with a completelint
#                binary new to the build cache (built with an -X flag unique
#                to the round, so that its tool ID matches no cached facts or
#                results, also of earlier runs of this script), the compiled
#                packages' export data already cached;
#   vet comment  the same again after appending a comment to one file
#                ($BENCH_FILE): that package is analysed again, and go vet
#                always analyses the packages named on its command line;
#   vet api      the same again after adding an exported function to that
#                file: its importers are compiled and analysed again too;
#   standalone   completelint -wrappers ./...;
# and, for scale, go vet (cold again: other flags, other cache entries) and
# the standalone driver without -wrappers.
# Prints the median of each over the rounds and the machine's load before
# and after.
#
# Usage: scripts/bench-vet-facts.sh [ROUNDS]   (default 3)
# Environment:
#   BENCH_FILE  file changed by the one-file rounds, relative to the module
#               (default pkg/logutils/logutils.go: imported by most packages)
set -euo pipefail
. "$(dirname "$0")/benchlib.sh"

rounds=${1:-3}
module=github.com/golangci/golangci-lint/v2@v2.15.0
file=${BENCH_FILE:-pkg/logutils/logutils.go}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
export GOWORK=off

echo "load before: $(uptime)" >&2
(cd "$root" && go build -o "$work/completelint" ./cmd/completelint)
src=$(go mod download -json "$module" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
cp -R "$src" "$work/mod"
chmod -R u+w "$work/mod"
cd "$work/mod"
go mod download
cp "$file" "$work/pristine.go"
# Warm the build cache: export data of every package (also of the test
# variants, which the standalone driver loads), and go vet's own run.
go list -export -deps -test ./... >/dev/null
go vet ./... >/dev/null 2>&1 || true

# measure NAME CMD...: run CMD once in the module; print "seconds peak-kB".
measure() {
	local name=$1 code=0
	shift
	/usr/bin/time -v -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || code=$?
	if [[ $code -ne 0 ]]; then
		echo "$name ($*) exited $code:" >&2
		head -20 "$work/stderr" >&2
		exit 1
	fi
	time_report "$work/time"
}

for ((i = 1; i <= rounds; i++)); do
	tool=$work/completelint-$i
	nonce=$(date +%s%N)
	(cd "$root" && go build -ldflags="-X=main.benchRound=$nonce" -o "$tool" ./cmd/completelint)
	cp "$work/pristine.go" "$file"
	read -r cold _ < <(measure "vet cold" go vet -vettool="$tool" -wrappers ./...)
	printf '\n// bench-vet-facts round %s\n' "$nonce" >>"$file"
	read -r comment _ < <(measure "vet comment" go vet -vettool="$tool" -wrappers ./...)
	printf '\n// BenchVetFacts%s is new API.\nfunc BenchVetFacts%s() {}\n' "$nonce" "$nonce" >>"$file"
	read -r api _ < <(measure "vet api" go vet -vettool="$tool" -wrappers ./...)
	cp "$work/pristine.go" "$file"
	read -r alone akb < <(measure standalone "$work/completelint" -wrappers ./...)
	read -r vetplain _ < <(measure "vet plain" go vet -vettool="$tool" ./...)
	read -r plain _ < <(measure "standalone plain" "$work/completelint" ./...)
	echo "round $i: vet cold ${cold}s, comment ${comment}s, api ${api}s; standalone ${alone}s (${akb}kB); without -wrappers: vet ${vetplain}s, standalone ${plain}s" >&2
	echo "$cold $comment $api $alone $vetplain $plain" >>"$work/results"
done

col() { awk -v c="$1" '{ print $c }' "$work/results" | median; }
echo "module: $module ($(go list ./... | wc -l) packages), $rounds rounds, changed file $file"
echo "-wrappers, go vet, cold facts:          $(col 1)s"
echo "-wrappers, go vet, one comment added:   $(col 2)s"
echo "-wrappers, go vet, one function added:  $(col 3)s"
echo "-wrappers, standalone driver:           $(col 4)s"
echo "no -wrappers, go vet, cold:             $(col 5)s"
echo "no -wrappers, standalone driver:        $(col 6)s"
echo "load after: $(uptime)"
