#!/usr/bin/env bash
# Downloads and unpacks one npm package version into a directory, refusing it unless its integrity matches the pin.
# npm pack only downloads the tarball; no install scripts run. Needs npm and node.
# Usage: tools/npm-fetch.sh <package> <version> <sha512 integrity> <directory>  (the package lands in <directory>/package)
set -euo pipefail

PACKAGE="$1"
VERSION="$2"
INTEGRITY="$3"
WORK="$4"

cd "$WORK"
npm pack --silent --json "$PACKAGE@$VERSION" > pack.json
node -e '
  const info = require(process.argv[1])[0];
  if (info.integrity !== process.argv[2]) {
    console.error(`integrity mismatch: got ${info.integrity}`);
    process.exit(1);
  }
  console.log(info.filename);
' "$WORK/pack.json" "$INTEGRITY" > tarball.txt
tar -xzf "$(cat tarball.txt)"
