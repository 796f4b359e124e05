#!/usr/bin/env bash
# Wall time and peak memory (maximum resident set size, /usr/bin/time -v) of one whole audit of the
# data-outreach ruleset over a folder of client and loan files, next to a baseline in the same run:
# the audit of a shipped example without data files (start-up, compile, report). One Markdown row each.
#
#   scripts/generate-loan-data.py --loans 1000000 --seed 7 --out /tmp/loans-1m
#   scripts/measure-data.sh /tmp/loans-1m            # clients.csv.gz and loans.csv.gz
#   scripts/measure-data.sh /tmp/loans-1m parquet    # clients.parquet and loans.parquet
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(cd "$1" && pwd)
ext=${2:-csv.gz}
dotnet build src/SpmAudit.Cli -c Release -nologo -v q >/dev/null
cli=(dotnet src/SpmAudit.Cli/bin/Release/net10.0/spm-audit.dll)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/pack.yaml" <<PACK
institution: { id: measured, name: Measured institution }
period: 2025
date: 2026-02-15
assessment: external-audit
data:
  period: { from: 2025-01-01, to: 2025-12-31 }
  tables:
    clients: $data/clients.$ext
    loans: $data/loans.$ext
PACK

measure() {
  local name=$1 files=$2; shift 2
  local log="$work/time.log"
  /usr/bin/time -v "${cli[@]}" audit "$@" --format json --out "$work/report.json" 2> "$log" >/dev/null || true
  local rss secs code
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")
  code=$(awk -F': ' '/Exit status/ {print $2}' "$log")
  printf '| %s | %s | %d MB | %s | %s |\n' "$name" "$files" $((rss / 1024)) "$secs" "$code"
}

echo "| case | data files | peak memory | wall time | exit |"
echo "|---|---|---|---|---|"
measure "baseline: shipped example without data files" "none" --ruleset rulesets/universal-standards/universal-standards.spm --evidence rulesets/examples/credito-rapido.yaml
measure "data-outreach over $(basename "$data") ($ext)" "$(du -ch "$data"/*."$ext" | tail -1 | cut -f1)" --ruleset rulesets/data-outreach/data-outreach.spm --evidence "$work/pack.yaml"
