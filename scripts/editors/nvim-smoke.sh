#!/usr/bin/env bash
# nvim-smoke.sh: run `completelint lsp` inside a real, headless Neovim on a
# copy of the bundled example (summarize.go): diagnostics, edits followed,
# the legacy-api quick fix applied by Neovim (the result must be gofmt-clean
# and build), a type error shown, a clean stop. Needs nvim on PATH.
#
# Usage: scripts/editors/nvim-smoke.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GOWORK=off GOFLAGS=-mod=readonly

(cd "$root" && go build -o "$work/completelint" ./cmd/completelint)
cp -R "$root/examples/legacy" "$work/mod"
cd "$work/mod"
status=0
TARGET="$work/mod/summarize.go" SERVER="$work/completelint" LOG="$work/log" \
	nvim --headless -u NONE -i NONE -n -c "luafile $root/scripts/editors/nvim-smoke.lua" >/dev/null 2>&1 || status=$?
cat "$work/log"
[[ $status -eq 0 ]] || { echo "nvim exited $status" >&2; exit 1; }
unformatted=$(gofmt -l .)
[[ -z $unformatted ]] || { echo "not gofmt-clean after the quick fix: $unformatted" >&2; exit 1; }
go build ./... && go vet ./... && echo "the fixed example builds and vets"
