#!/usr/bin/env bash
# Refreshes regexes.yaml and LICENSE-uap-core.txt from the npm package uap-core (the ua-parser project's data).
# The generator compiles regexes.yaml into user-agent matchers at build time (see UapRegexes.cs).
# Needs npm and node. Usage: useragents/Data/update-uap.sh
set -euo pipefail

PACKAGE="uap-core"
VERSION="0.18.0"
# Pinned so a rerun can only ever reproduce the same data.
INTEGRITY="sha512-Eh5pSzisem1e0wyG7b6qggehroFJNw+H6RdBkCX+4DjTfP9IbAw/zMiDfMZnCghyyRk1lkQZF8e6BRnRAQRr0w=="

OUT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

"$OUT_DIR/../../tools/npm-fetch.sh" "$PACKAGE" "$VERSION" "$INTEGRITY" "$WORK"

cp "$WORK/package/regexes.yaml" "$OUT_DIR/regexes.yaml"
cp "$WORK/package/LICENSE" "$OUT_DIR/LICENSE-uap-core.txt"
echo "wrote $OUT_DIR/regexes.yaml and $OUT_DIR/LICENSE-uap-core.txt"
