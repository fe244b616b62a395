#!/usr/bin/env bash
# Times `cbcf review` of the 2024 record from fresh processes with a user's rule file, with and without the cache of
# compiled rules, against the same review with the built-in rules only and against `java -version` (the floor), in
# one run. Each row: median, min and max wall seconds and median CPU seconds (user + system) of RUNS runs.
#
#   mvn -B -pl cbcf-cli -am package -DskipTests
#   cbcf-benchmarks/rule-cache.sh RULES.drl [RUNS]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
rules="$1"
runs="${2:-5}"
cbcf="$here/cbcf-cli/target/cbcf/bin/cbcf"
record="$here/cbcf-examples/records/cbcf-2024.yaml"
cache="$(mktemp -d)"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
"$cbcf" --version > /dev/null
times_of() {
  local TIMEFORMAT='%R %U %S' i
  for ((i = 0; i < runs; i++)); do
    { time "$@" > /dev/null 2>&1; } 2>&1 | awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }'
  done
}
row() {
  local label="$1" out wall cpu; shift
  out="$(times_of "$@")"
  wall="$(cut -d' ' -f1 <<< "$out" | sort -n | tr '\n' ' ')"
  cpu="$(cut -d' ' -f2 <<< "$out" | sort -n | tr '\n' ' ')"
  awk -v label="$label" -v wall="$wall" -v cpu="$cpu" 'BEGIN {
    n = split(wall, w, " "); split(cpu, c, " "); m = int((n + 1) / 2)
    printf "| %s | %.3f | %.3f | %.3f | %.3f |\n", label, w[m], w[1], w[n], c[m] }'
}
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "rules: $rules ($(grep -c '^rule' "$rules") rules)"
echo "| Command | median s | min s | max s | CPU s |"
echo "| --- | --- | --- | --- | --- |"
row "java -version (floor)" "$java" -version
row "review, built-in rules only" "$cbcf" review "$record" --format json
row "review --rules, --no-cache (compile every run)" "$cbcf" review "$record" --format json --rules "$rules" --no-cache
"$cbcf" review "$record" --format json --rules "$rules" --cache-dir "$cache" > /dev/null
row "review --rules, cache filled (load the compiled rules)" "$cbcf" review "$record" --format json --rules "$rules" --cache-dir "$cache"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$cache"
