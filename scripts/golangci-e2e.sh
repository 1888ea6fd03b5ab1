#!/usr/bin/env bash
# golangci-e2e.sh builds a custom golangci-lint v2 with the completelint module
# plugin, offline, and checks it on testdata/integration/golangci:
#   - the issues equal what `completelint -json` reports with the same settings,
#     minus the statement under //nolint:completelint;
#   - the settings of .golangci.yml take effect (disabled prompt-advice is absent),
#     and with issues.uniq-by-line: false two findings on one line are both kept;
#   - the plugin builds from a path: relative to where `golangci-lint custom` runs,
#     as the README shows (its .golangci.yml is the fixture's, TestREADME checks);
#   - `golangci-lint run --fix` writes the same files as `completelint -fix`.
#
# Only the Go module proxy (or a warm module cache) is needed: golangci-lint's
# source is served to `golangci-lint custom` from a local git repository.
# Cache: $COMPLETELINT_E2E_CACHE (default ${XDG_CACHE_HOME:-~/.cache}/completelint-e2e).
# The custom binary is rebuilt only when the plugin's Go sources change.
set -euo pipefail

GCL_VERSION=v2.15.0
ROOT=$(cd "$(dirname "$0")/.." && pwd)
FIXTURE=$ROOT/testdata/integration/golangci
CACHE=${COMPLETELINT_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/completelint-e2e}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$CACHE/bin"

# The same settings as the fixture's .golangci.yml, as completelint flags.
SETTINGS_FLAGS=(-today=2026-01-15 -disable=prompt-advice -model-map=claude-2.1=claude-sonnet-4-6)

log() { printf '== %s\n' "$*" >&2; }
fail() {
	printf 'FAIL: %s\n' "$*" >&2
	exit 1
}

# 1. A stock golangci-lint, which provides `golangci-lint custom`.
GCL=$CACHE/bin/golangci-lint
if ! "$GCL" version 2>/dev/null | grep -q "version ${GCL_VERSION#v}"; then
	log "installing golangci-lint $GCL_VERSION"
	GOBIN=$CACHE/bin go install "github.com/golangci/golangci-lint/v2/cmd/golangci-lint@$GCL_VERSION"
fi

# 2. golangci-lint's source as a local git repository tagged $GCL_VERSION.
GCL_REPO=$CACHE/golangci-lint-$GCL_VERSION.git
if ! git -C "$GCL_REPO" rev-parse -q --verify "refs/tags/$GCL_VERSION" >/dev/null 2>&1; then
	log "preparing local golangci-lint repository"
	go mod download "github.com/golangci/golangci-lint/v2@$GCL_VERSION"
	rm -rf "$GCL_REPO"
	cp -r "$(go env GOMODCACHE)/github.com/golangci/golangci-lint/v2@$GCL_VERSION" "$GCL_REPO"
	chmod -R u+w "$GCL_REPO"
	git -C "$GCL_REPO" init -q
	git -C "$GCL_REPO" add -A
	git -C "$GCL_REPO" -c user.name=e2e -c user.email=e2e@localhost commit -q -m "golangci-lint $GCL_VERSION"
	git -C "$GCL_REPO" tag "$GCL_VERSION"
fi

# 3. The custom binary, rebuilt when the plugin's sources change.
CUSTOM=$CACHE/bin/custom-gcl
plugin_hash() {
	(cd "$ROOT" && find . -path ./testdata -prune -o -path ./.git -prune -o \
		\( -name '*.go' -o -name go.mod -o -name go.sum \) -type f -print |
		LC_ALL=C sort | xargs sha256sum | sha256sum | cut -d' ' -f1)
}
HASH=$(plugin_hash)
if [[ ! -x $CUSTOM || "$(cat "$CACHE/custom-gcl.hash" 2>/dev/null)" != "$HASH" ]]; then
	log "building custom golangci-lint with the completelint plugin"
	cat >"$WORK/.custom-gcl.yml" <<EOF
version: $GCL_VERSION
name: custom-gcl
destination: $CACHE/bin
plugins:
  - module: github.com/completelint/completelint
    import: github.com/completelint/completelint/plugin
    path: $(realpath --relative-to="$WORK" "$ROOT")
EOF
	start=$(date +%s)
	(cd "$WORK" && GIT_CONFIG_COUNT=1 \
		GIT_CONFIG_KEY_0="url.file://$GCL_REPO.insteadOf" \
		GIT_CONFIG_VALUE_0=https://github.com/golangci/golangci-lint.git \
		"$GCL" custom)
	log "plugin build took $(($(date +%s) - start))s"
	echo "$HASH" >"$CACHE/custom-gcl.hash"
else
	log "custom golangci-lint is up to date"
fi

# 4. Our own binary, the reference.
go build -C "$ROOT" -o "$WORK/completelint" ./cmd/completelint

copy_fixture() {
	cp -r "$FIXTURE" "$WORK/$1"
	rm -f "$WORK/$1/want.txt"
}
copy_fixture orig
copy_fixture gcl
copy_fixture ref
copy_fixture fixed

# issues_of_gcl / issues_of_ref print "file:line: message", sorted.
issues_of_gcl() {
	jq -r '.Issues[] | select(.FromLinter == "completelint")
		| "\(.Pos.Filename | split("/") | last):\(.Pos.Line): \(.Text)"' "$1" | LC_ALL=C sort
}
issues_of_ref() {
	jq -r '.[] | .completelint // [] | arrays | .[]
		| "\(.posn | split("/") | last | split(":")[0:2] | join(":")): \(.message)"' "$1" | LC_ALL=C sort
}
# run_ref DIR FLAGS... runs completelint -json in a fixture copy.
run_ref() {
	local dir=$1 rc=0
	shift
	(cd "$WORK/$dir" && "$WORK/completelint" -json "$@" ./...) || rc=$?
	[[ $rc -eq 0 || $rc -eq 3 ]] || fail "completelint -json exited $rc"
}

log "running custom golangci-lint"
export GOLANGCI_LINT_CACHE=$CACHE/lint-cache
rc=0
(cd "$WORK/gcl" && "$CUSTOM" run --output.json.path="$WORK/gcl.json" --output.text.path=stderr ./...) || rc=$?
[[ $rc -le 1 ]] || fail "golangci-lint run exited $rc"
[[ -s $WORK/gcl.json ]] || fail "golangci-lint wrote no JSON report"
issues_of_gcl "$WORK/gcl.json" >"$WORK/gcl.txt"

log "running completelint -json with the same settings"
run_ref ref "${SETTINGS_FLAGS[@]}" >"$WORK/ref.json"
issues_of_ref "$WORK/ref.json" >"$WORK/ref-all.txt"
grep -v '^nolint\.go:' "$WORK/ref-all.txt" >"$WORK/ref.txt" || true

grep -q '^nolint\.go:' "$WORK/ref-all.txt" ||
	fail "completelint reports nothing in nolint.go, so the nolint check proves nothing"
if ! diff -u "$WORK/ref.txt" "$WORK/gcl.txt"; then
	fail "golangci-lint issues (+) differ from completelint -json minus nolint.go (-)"
fi

# Lines that must be reported, independent of the reference run.
while read -r want; do
	[[ -z $want || $want == \#* ]] && continue
	grep -q "^$want: " "$WORK/gcl.txt" || fail "golangci-lint did not report $want"
done <"$FIXTURE/want.txt"
grep -q '^nolint\.go:' "$WORK/gcl.txt" && fail "//nolint:completelint did not suppress nolint.go"

# Settings take effect: without -disable, completelint reports prompt-advice
# in advice.go; golangci-lint, configured to disable it, does not.
run_ref ref -today=2026-01-15 >"$WORK/ref-advice.json"
jq -r '.[] | .completelint // [] | arrays | .[] | select(.category == "prompt-advice")
	| "\(.posn | split("/") | last | split(":")[0:2] | join(":")): \(.message)"' \
	"$WORK/ref-advice.json" >"$WORK/advice.txt"
[[ -s $WORK/advice.txt ]] || fail "completelint reports no prompt-advice without -disable"
while read -r line; do
	grep -qxF "$line" "$WORK/gcl.txt" && fail "disabled category reported by golangci-lint: $line"
done <"$WORK/advice.txt"

log "comparing golangci-lint --fix with completelint -fix"
(cd "$WORK/gcl" && "$CUSTOM" run --fix --output.text.path=stderr ./... >/dev/null 2>&1) || true
(cd "$WORK/fixed" && "$WORK/completelint" -fix "${SETTINGS_FLAGS[@]}" ./... >/dev/null 2>&1) || true
cmp -s "$WORK/orig/nolint.go" "$WORK/gcl/nolint.go" || fail "golangci-lint --fix changed nolint.go"
# completelint does not read //nolint: compare everything else.
cp "$WORK/orig/nolint.go" "$WORK/fixed/nolint.go"
diff -r -u "$WORK/orig" "$WORK/gcl" >/dev/null && fail "golangci-lint --fix changed nothing"
if ! diff -r -u "$WORK/fixed" "$WORK/gcl"; then
	fail "golangci-lint --fix (+) differs from completelint -fix (-)"
fi

log "ok: $(wc -l <"$WORK/gcl.txt") issues match, nolint and settings honoured, --fix matches"
