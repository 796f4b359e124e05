#!/usr/bin/env bash
# Cold-start time of one audit: publishes the CLI (Release) to a temporary folder, then runs
#   spm-audit audit --ruleset rulesets/universal-standards/universal-standards.spm
#                   --evidence rulesets/examples/sahel-solidarity-finance.yaml --format md
# as a fresh process RUNS times (default 10) and prints each time and the median in milliseconds.
# Every run pays process start, runtime start, JIT, compiling the ruleset and rendering: what a
# person waits for at the command line. Target: median < 1.5 s (docs/performance.md).
#
# Usage: scripts/cold-start.sh [runs]     extra publish options: PUBLISH_ARGS="-p:PublishReadyToRun=true -r linux-x64"
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
runs=${1:-10}
format=${FORMAT:-md}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

out=$(mktemp -d -t spm-audit-cold-XXXXXX)
trap 'rm -rf "$out"' EXIT
# shellcheck disable=SC2086 # PUBLISH_ARGS is a list of options on purpose
dotnet publish src/SpmAudit.Cli -c Release -o "$out" -nologo -v quiet ${PUBLISH_ARGS:-} >/dev/null

args=(audit --ruleset rulesets/universal-standards/universal-standards.spm
      --evidence rulesets/examples/sahel-solidarity-finance.yaml --format "$format")
# One untimed run checks that the command works, so a failure is not timed as a fast run.
"$out/spm-audit" "${args[@]}" >/dev/null

times=()
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  "$out/spm-audit" "${args[@]}" >/dev/null
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "run $i: ${ms} ms"
done

median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
echo "median of $runs cold audits (--format $format): ${median} ms"
