#!/usr/bin/env bash
# bench-scale.sh: how does completelint's cost grow with the size of a
# module? Measures, in one run:
#   (a) `completelint ./...` wall time and peak RSS on synthetic modules of N
#       packages (scripts/gen: one package in ten holds legacy call sites,
#       about 3 in 10 reach them through imports), with a warm build cache,
#       and the time per package;
#   (b) `completelint migrate -dry-run ./...` on the same modules (skipped,
#       with a message, while the migrate subcommand does not exist);
#   (c) the ratio of `completelint ./...` to a no-op analyzer under the same
#       driver on the golangci-lint v2.15.0 source (scripts/bench-ratio.sh).
# and prints a summary table. (a) also times the no-op analyzer of (c) on
# the synthetic modules: the floor set by loading and type-checking. Peak
# RSS is GNU time's maximum resident set size: that of the largest process
# (the analysis driver itself, not `go list`).
#
# Usage: scripts/bench-scale.sh
# Environment:
#   BENCH_SIZES  package counts (default "100 1000 3000"; e.g. "20 100" for a quick run)
#   BENCH_RUNS   measured runs per size and command, median reported (default 3)
#   RATIO_RUNS   runs of bench-ratio.sh (default 5; 0 skips (c))
#   BENCH_SEED   generator seed (default 1)
#   BENCH_KEEP   1 keeps the generated modules and prints where they are
set -euo pipefail
. "$(dirname "$0")/benchlib.sh"

sizes=${BENCH_SIZES:-100 1000 3000}
runs=${BENCH_RUNS:-3}
ratio_runs=${RATIO_RUNS:-5}
seed=${BENCH_SEED:-1}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/bench-scale.XXXXXX")
if [[ ${BENCH_KEEP:-0} == 1 ]]; then
	trap 'echo "kept $work" >&2' EXIT
else
	trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
fi
export GOWORK=off

(cd "$root" && go build -o "$work/completelint" ./cmd/completelint && go build -o "$work/noop" ./scripts/noop &&
	go build -o "$work/gen" ./scripts/gen)

# The migrate subcommand prints its usage for -h (exit 0, or 2 like the
# sarif subcommand); a binary without it loads "migrate" as a package and
# fails with exit 1.
have_migrate=0
mkdir "$work/empty"
code=0
(cd "$work/empty" && "$work/completelint" migrate -h >"$work/migrate-help" 2>&1) || code=$?
if [[ $code -eq 0 || ($code -eq 2 && $(grep -ci usage "$work/migrate-help") -gt 0) ]]; then
	have_migrate=1
else
	echo "completelint migrate is not available (\`completelint migrate -h\` exited $code): skipping (b)" >&2
fi

# measure NAME CMD...: run CMD once in the current directory, append
# "seconds peak-kB exit" to $work/NAME and keep its stdout/stderr in
# $work/last.{out,err}.
measure() {
	local name=$1 code=0
	shift
	/usr/bin/time -v -o "$work/time" "$@" >"$work/last.out" 2>"$work/last.err" || code=$?
	echo "$(time_report "$work/time") $code" >>"$work/$name"
}

# summary NAME: "median-seconds max-peak-kB last-exit" of the runs in $work/NAME.
summary() {
	echo "$(awk '{ print $1 }' "$work/$1" | median) $(awk '{ print $2 }' "$work/$1" | sort -g | tail -1) $(tail -1 "$work/$1" | awk '{ print $3 }')"
}

for n in $sizes; do
	mod=$work/synth-$n
	echo "== N=$n: generating" >&2
	"$work/gen" -n "$n" -seed "$seed" -o "$mod" >&2
	cd "$mod"
	echo "== N=$n: go build ./... (warms the build cache)" >&2
	go build ./...
	go list -export -deps ./... >/dev/null
	expected=$(awk -F': ' '/"diagnostics"/ { on = 1; next } on && /}/ { on = 0 } on { sum += $2 } END { print sum + 0 }' manifest.json)
	sites=$(awk -F': ' '/"sites"/ { on = 1; next } on && /}/ { on = 0 } on { sum += $2 } END { print sum + 0 }' manifest.json)
	reach=$(sed -n 's/.*"reaching_legacy": \([0-9]*\).*/\1/p' manifest.json)
	echo "$sites $expected $reach" >"$work/manifest-$n"

	# The no-op analyzer under the same driver is the floor: loading and
	# type-checking. The two alternate so that load from other processes
	# hits both alike.
	measure warmup "$work/noop" ./... # also warms go list's own cache
	measure warmup "$work/completelint" ./...
	for ((i = 1; i <= runs; i++)); do
		measure "noop-$n" "$work/noop" ./...
		measure "lint-$n" "$work/completelint" ./...
		echo "N=$n run $i: completelint $(tail -1 "$work/lint-$n" | awk '{ print $1 "s " $2 "kB exit " $3 }'), no-op $(tail -1 "$work/noop-$n" | awk '{ print $1 "s" }')" >&2
	done
	# Exit 3 means findings; each finding is one "file:line:col: message" line.
	found=$(grep -cE '^[^ ]+\.go:[0-9]+:[0-9]+: ' "$work/last.err" || true)
	echo "$found" >"$work/found-$n"
	if [[ $(tail -1 "$work/lint-$n" | awk '{ print $3 }') -ne 3 || $found -ne $expected ]]; then
		echo "N=$n: completelint reported $found findings (want $expected, exit 3):" >&2
		head -20 "$work/last.err" >&2
	fi

	if [[ $have_migrate == 1 ]]; then
		measure warmup "$work/completelint" migrate -dry-run ./...
		for ((i = 1; i <= runs; i++)); do
			measure "migrate-$n" "$work/completelint" migrate -dry-run ./...
			echo "N=$n run $i: migrate -dry-run $(tail -1 "$work/migrate-$n" | awk '{ print $1 "s " $2 "kB exit " $3 }')" >&2
		done
		grep -c '^+++ ' "$work/last.out" >"$work/diffs-$n" || true
		# 0: all migrated or suppressed; 4: some sites need manual work.
		mcode=$(tail -1 "$work/migrate-$n" | awk '{ print $3 }')
		if [[ $mcode -ne 0 && $mcode -ne 4 ]]; then
			echo "N=$n: migrate -dry-run failed:" >&2
			head -20 "$work/last.err" >&2
		fi
	fi
	cd "$root"
done

if [[ $ratio_runs -gt 0 ]]; then
	echo "== (c) scripts/bench-ratio.sh $ratio_runs" >&2
	"$root/scripts/bench-ratio.sh" "$ratio_runs" >"$work/ratio"
fi

echo
echo "machine: $(nproc) cores ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)), $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) RAM, $(go version | cut -d' ' -f3-), $(date +%F)"
echo "median of $runs runs after a warm-up run, warm build cache; generator seed $seed"
echo
echo "(a) completelint ./..."
echo "| N | reaching legacy code | legacy sites | findings (want) | wall s | no-op s | ms/package | ms/package vs N=$(set -- $sizes; echo "$1") | peak RSS MB |"
echo "|---|---|---|---|---|---|---|---|---|"
base=
for n in $sizes; do
	read -r s kb _ < <(summary "lint-$n")
	read -r sites expected reach <"$work/manifest-$n"
	per=$(awk -v s="$s" -v n="$n" 'BEGIN { printf "%.1f", s * 1000 / n }')
	base=${base:-$per}
	read -r noop _ < <(summary "noop-$n")
	echo "| $n | $reach | $sites | $(cat "$work/found-$n") ($expected) | $s | $noop | $per | $(awk -v p="$per" -v b="$base" 'BEGIN { printf "%.2f", p / b }') | $((kb / 1024)) |"
done
echo
echo "(b) completelint migrate -dry-run ./..."
if [[ $have_migrate == 1 ]]; then
	echo "| N | files in diff | wall s | ms/package | peak RSS MB | exit |"
	echo "|---|---|---|---|---|---|"
	for n in $sizes; do
		read -r s kb code < <(summary "migrate-$n")
		echo "| $n | $(cat "$work/diffs-$n") | $s | $(awk -v s="$s" -v n="$n" 'BEGIN { printf "%.1f", s * 1000 / n }') | $((kb / 1024)) | $code |"
	done
else
	echo "skipped: completelint migrate is not available"
fi
echo
echo "(c) completelint vs no-op analyzer, golangci-lint v2.15.0 source"
if [[ $ratio_runs -gt 0 ]]; then
	cat "$work/ratio"
else
	echo "skipped (RATIO_RUNS=0)"
fi
