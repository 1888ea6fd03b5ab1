#!/usr/bin/env bash
# install-bazel.sh: installs what internal/nogotest's TestNogo builds with:
# Debian's Bazel 4.2.3 (bazel-bootstrap) and the Bazel libraries that its
# own rules load (bazel-skylib, bazel-platforms, bazel-rules-java), about
# 40 MB. Does nothing when they are installed; without apt-get (not Debian,
# or not root) it says so and exits 0, and TestNogo is skipped.
#
# Usage: scripts/install-bazel.sh
set -euo pipefail

pkgs=(bazel-bootstrap bazel-skylib bazel-platforms bazel-rules-java)
missing=()
for p in "${pkgs[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [[ ${#missing[@]} -eq 0 ]]; then
	echo "Bazel for the nogo test: bazel-bootstrap $(dpkg-query -W -f='${Version}' bazel-bootstrap) installed"
	exit 0
fi
if ! command -v apt-get >/dev/null || [[ $(id -u) -ne 0 ]]; then
	echo "Bazel for the nogo test: not installed (needs root and apt-get); TestNogo will be skipped" >&2
	exit 0
fi
export DEBIAN_FRONTEND=noninteractive
# An image's package lists may be missing or stale: update before installing.
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "Bazel for the nogo test: installed ${missing[*]}"
