#!/usr/bin/env bash
# Regenerates ecs_fields.tsv, LICENSE-ecs.txt and NOTICE-ecs.txt from the npm package @elastic/ecs.
# The generator embeds the TSV so it knows every ECS field and its type at build time.
# Needs npm and node. Usage: generator/Schema/update-ecs.sh
set -euo pipefail

PACKAGE="@elastic/ecs"
VERSION="9.4.0"
# Pinned so a rerun can only ever reproduce the same data.
INTEGRITY="sha512-znk6Jr38KNRsyUKstormNX4QKtqnwQY1EWqrMCWIg/nY6dC1imSxzrdR6xuljxnY6JHj+/9NdTiRohVbeUEA/Q=="

OUT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

"$OUT_DIR/../../tools/npm-fetch.sh" "$PACKAGE" "$VERSION" "$INTEGRITY" "$WORK"

# The package ships ecs_flat only as compiled JS (no yml/json), so load it with node.
node - "$WORK/package" "$PACKAGE" "$VERSION" "$WORK/ecs_fields.tsv" <<'JS'
const fs = require('fs');
const [pkgDir, pkgName, version, outFile] = process.argv.slice(2);

const pkgVersion = require(`${pkgDir}/package.json`).version;
if (pkgVersion !== version) throw new Error(`expected ${version}, package says ${pkgVersion}`);

const flat = require(`${pkgDir}/build/commonjs/ecs_flat.js`).EcsFlat;
const oneLine = s => String(s ?? '').replace(/[\t\r\n]+/g, ' ').trim();

// Default sort compares UTF-16 code units, matching the C# side's ordinal comparer.
const names = Object.keys(flat).sort();
const lines = [`# ${pkgName}@${version} generated/ecs_flat (Apache-2.0, see LICENSE-ecs.txt); regenerate with update-ecs.sh`];
for (const name of names) {
  const f = flat[name];
  if (!f.type) throw new Error(`${name} has no type`);
  const flags = (f.normalize || []).includes('array') ? 'array' : '';
  lines.push([name, f.type, flags, oneLine(f.short)].join('\t'));
}
fs.writeFileSync(outFile, lines.join('\n') + '\n', 'utf8');
console.log(`${names.length} fields`);
JS

mv "$WORK/ecs_fields.tsv" "$OUT_DIR/ecs_fields.tsv"
cp "$WORK/package/LICENSE" "$OUT_DIR/LICENSE-ecs.txt"
# Apache-2.0 asks for the NOTICE to travel with redistributed data.
cp "$WORK/package/NOTICE.txt" "$OUT_DIR/NOTICE-ecs.txt"
echo "wrote $OUT_DIR/ecs_fields.tsv, $OUT_DIR/LICENSE-ecs.txt and $OUT_DIR/NOTICE-ecs.txt"
