#!/usr/bin/env bash
# bench-lsp.sh: how fast does `completelint lsp` answer, next to the command
# line on the same package?
#
# On a copy of the bundled example (examples/legacy, real SDK v1.84.0 from the
# module proxy) it alternates, RUNS times (default 3) after one warm-up each:
#   - `completelint ./...` (wall time and peak RSS, GNU time)
#   - a scripted editor session (scripts/lspbench) on summarize.go: first
#     open -> diagnostics, the median and p90 of 25 edits -> diagnostics, a
#     burst of 10 keystrokes 30 ms apart, saving an unchanged file, and the
#     server's peak RSS.
# It prints the medians over the runs and the machine's load before and after:
# other work on the machine shows in the figures.
#
# Usage: scripts/bench-lsp.sh [RUNS]
set -euo pipefail
. "$(dirname "$0")/benchlib.sh"

runs=${1:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GOWORK=off GOFLAGS=-mod=readonly

(cd "$root" && go build -o "$work/completelint" ./cmd/completelint && go build -o "$work/lspbench" ./scripts/lspbench)
cp -R "$root/examples/legacy" "$work/mod"
cd "$work/mod"
go mod download
# Warm the build cache so that both find export data ready.
go list -export -deps ./... >/dev/null

# 3: the example has findings.
cli() { time_tool 3 "$work" "$work/completelint" ./...; }
session() { "$work/lspbench" -server "$work/completelint" summarize.go 2>>"$work/sessions"; }

echo "load before: $(uptime | sed 's/.*load average: //')"
cli >/dev/null
session >/dev/null
for ((i = 1; i <= runs; i++)); do
	read -r cs ckb < <(cli)
	figures=$(session)
	echo "run $i: cli ${cs}s ${ckb}kB; lsp $figures" >&2
	echo "cli=$cs cli_kb=$ckb $figures" >>"$work/results"
done
echo "load after:  $(uptime | sed 's/.*load average: //')"

# field NAME: the values of NAME=... in the results, one a line.
field() { grep -o "\b$1=[^ ]*" "$work/results" | cut -d= -f2; }
cli_s=$(field cli | median)
edit_s=$(field edit_median | median)
echo "package:                     examples/legacy (SDK v1.84.0), $runs alternating runs, medians"
echo "completelint ./...:          ${cli_s}s, peak RSS $(field cli_kb | sort -g | tail -1) kB"
echo "lsp first open:              $(field first_open | median)s"
echo "lsp edit -> diagnostics:     ${edit_s}s (p90 $(field edit_p90 | median)s, $(field edits | head -1) edits a run)"
echo "lsp burst, after last key:   $(field burst_last | median)s ($(field burst_analysed | median) of $(field burst | head -1) versions analysed)"
echo "lsp unchanged save:          $(field save_unchanged | median)s"
echo "lsp peak RSS:                $(field peak_rss_kb | sort -g | tail -1) kB"
echo "edit / CLI:                  $(awk -v e="$edit_s" -v c="$cli_s" 'BEGIN { printf "%.2f\n", e / c }')"
