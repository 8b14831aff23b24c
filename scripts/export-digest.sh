#!/usr/bin/env bash
# Ingests the bundled samples into a fresh database and prints a digest of the export, so a refactor can
# show that it changed no output: run it before and after, from the same folder, and compare the lines.
set -euo pipefail
cd "$(dirname "$0")/.."
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
node bin/gonghui.mjs ingest corpus --db "$dir/g.db" --archive "$dir/raw" >/dev/null 2>&1
node bin/gonghui.mjs export --db "$dir/g.db" --out "$dir/export" >/dev/null 2>&1
(cd "$dir/export" && sha256sum -- *)
