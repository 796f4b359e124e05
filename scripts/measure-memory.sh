#!/usr/bin/env bash
# Peak memory (maximum resident set size, /usr/bin/time -v) of single audits at the default input
# limits: the shipped example, a ruleset near the node limit, an evidence pack near the file size
# limit, and texts at the length limit. Prints one Markdown table row per case for docs/reliability.md.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/SpmAudit.Cli -c Release -nologo -v q >/dev/null
cli=(dotnet src/SpmAudit.Cli/bin/Release/net10.0/spm-audit.dll)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import sys, os
w = sys.argv[1]
head = 'ruleset big "Big"\n  version "1.0.0"\n  levels standard > indicator\n\ngrades {\n  "A" >= 50\n  "B" >= 0\n}\n\n'
# Near the node limit (25,000): 24,750 indicators under 25 standards.
with open(os.path.join(w, "nodes.spm"), "w") as f:
    f.write(head + "evidence {\n  a : number\n}\n\n")
    for s in range(1, 26):
        f.write(f'standard S{s} "Standard {s}" {{\n')
        for i in range(1, 991):
            f.write(f'  indicator S{s}.{i} "Indicator {i}" {{ score {{ met when a >= {i % 3} }} }}\n')
        f.write("}\n")
with open(os.path.join(w, "nodes.yaml"), "w") as f:
    f.write("institution: { id: big, name: Big }\nassessment: external-audit\nevidence:\n  a: 1\n")
# Near the file size limit (16 MiB): a list of 100,000 records.
with open(os.path.join(w, "list.spm"), "w") as f:
    f.write(head + "evidence {\n  loans : list of { amount: number, officer: text, women: boolean }\n}\n\n")
    f.write('standard S1 "Loans" {\n  indicator S1.1 "Most to women" { score { met when share(loans, l => l.women) >= 50% } }\n  indicator S1.2 "Small loans" { score { met when avg(loans, l => l.amount) <= 1000 } }\n}\n')
with open(os.path.join(w, "list.yaml"), "w") as f:
    f.write("institution: { id: big, name: Big }\nassessment: external-audit\nevidence:\n  loans:\n")
    for i in range(100_000):
        f.write(f"    - {{ amount: {100 + i % 900}, officer: \"officer number {i % 250:04d} of the branch network\", women: {'true' if i % 3 else 'false'} }}\n")
# Texts at the length limit (65,536 characters): 200 of them as comments.
with open(os.path.join(w, "texts.spm"), "w") as f:
    f.write(head + "evidence {\n" + "".join(f"  t{i} : text\n" for i in range(200)) + "}\n\n")
    f.write('standard S1 "Texts" {\n' + "".join(f'  indicator S1.{i} "Text {i}" {{ score {{ met when t{i} == "x" }} }}\n' for i in range(200)) + "}\n")
with open(os.path.join(w, "texts.yaml"), "w") as f:
    f.write("institution: { id: big, name: Big }\nassessment: external-audit\nevidence:\n")
    for i in range(200):
        f.write(f"  t{i}: {{ value: \"x\", comment: \"{'c' * 65_536}\" }}\n")
PY

measure() {
  local name=$1; shift
  local log="$work/time.log"
  /usr/bin/time -v "${cli[@]}" audit "$@" --out "$work/out" 2> "$log" >/dev/null || true
  local rss secs code
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")
  code=$(awk -F': ' '/Exit status/ {print $2}' "$log")
  printf '| %s | %s + %s | %d MB | %s | %s |\n' "$name" "$(du -h "$2" | cut -f1)" "$(du -h "$4" | cut -f1)" $((rss / 1024)) "$secs" "$code"
}

echo "| case | ruleset + evidence | peak memory | wall time | exit |"
echo "|---|---|---|---|---|"
measure "shipped example, HTML report" --ruleset rulesets/universal-standards/universal-standards.spm --evidence rulesets/examples/credito-rapido.yaml --format html
measure "24,750 indicators, JSON" --ruleset "$work/nodes.spm" --evidence "$work/nodes.yaml" --format json
measure "24,750 indicators, Markdown" --ruleset "$work/nodes.spm" --evidence "$work/nodes.yaml" --format md
measure "24,750 indicators, HTML" --ruleset "$work/nodes.spm" --evidence "$work/nodes.yaml" --format html
measure "100,000 list records (15 MB pack), HTML" --ruleset "$work/list.spm" --evidence "$work/list.yaml" --format html
measure "200 comments of 65,536 characters, HTML" --ruleset "$work/texts.spm" --evidence "$work/texts.yaml" --format html
