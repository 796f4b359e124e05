#!/usr/bin/env bash
# Regenerates the C# parser from grammar/SpmRules.g4 with the pinned antlr-ng.
# The output is committed; CI runs this script and fails when git sees a difference.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
[ -x node_modules/.bin/antlr-ng ] || npm ci --no-audit --no-fund >/dev/null
out=src/SpmAudit.Language/Parsing/Generated
rm -rf "$out"
mkdir -p "$out"
node_modules/.bin/antlr-ng -Dlanguage=CSharp --generate-listener false -p SpmAudit.Language.Parsing.Generated -o "$out" grammar/SpmRules.g4 >/dev/null
# antlr-ng mirrors the input path under the output folder; flatten it.
if [ -d "$out/grammar" ]; then mv "$out"/grammar/* "$out"/ && rmdir "$out/grammar"; fi
# Interpreter and token files are not used at run time.
rm -f "$out"/*.interp "$out"/*.tokens
