#!/usr/bin/env bash
# Cold-start time of one audit with the tool as users install it: packs src/SpmAudit.Cli (Release),
# installs the package into a temporary tool folder (on linux-x64 the ReadyToRun package, elsewhere
# the portable one), then runs
#   spm-audit audit --ruleset rulesets/universal-standards/universal-standards.spm
#                   --evidence rulesets/examples/sahel-solidarity-finance.yaml --format md
# as a fresh process RUNS times (default 10) and prints each time, the median and the spread in
# milliseconds. Every run pays process start, runtime start, JIT, compiling the ruleset and
# rendering: what a person waits for at the command line. Target: median < 300 ms for --format html
# (docs/performance.md).
#
# Usage: scripts/cold-start.sh [runs]     FORMAT=html scripts/cold-start.sh 10
#        TOOL=path/to/spm-audit scripts/cold-start.sh   times an already installed or published tool instead
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
runs=${1:-10}
format=${FORMAT:-md}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

tool=${TOOL:-}
if [ -z "$tool" ]; then
  out=$(mktemp -d -t spm-audit-cold-XXXXXX)
  trap 'rm -rf "$out"' EXIT
  version=$(dotnet msbuild src/SpmAudit.Cli -getProperty:Version -nologo)
  dotnet pack src/SpmAudit.Cli -c Release -nologo -v quiet -o "$out/packages" >/dev/null
  # Only the freshly packed packages: no feed, no cache from an earlier run.
  printf '<configuration><packageSources><clear /></packageSources></configuration>\n' > "$out/nuget.config"
  NUGET_PACKAGES="$out/cache" dotnet tool install --tool-path "$out/bin" --configfile "$out/nuget.config" \
    --add-source "$out/packages" SpmAudit.Cli --version "$version" >/dev/null
  tool="$out/bin/spm-audit"
fi

args=(audit --ruleset rulesets/universal-standards/universal-standards.spm
      --evidence rulesets/examples/sahel-solidarity-finance.yaml --format "$format")
# One untimed run checks that the command works, so a failure is not timed as a fast run.
"$tool" "${args[@]}" >/dev/null

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
times=()
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  "$tool" "${args[@]}" >/dev/null
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "run $i: ${ms} ms"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

printf '%s\n' "${times[@]}" | sort -n | awk -v runs="$runs" -v format="$format" '
  { v[NR] = $1 }
  END {
    median = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "median of %d cold audits (--format %s): %s ms (min %d, max %d)\n", runs, format, median, v[1], v[NR]
  }'
