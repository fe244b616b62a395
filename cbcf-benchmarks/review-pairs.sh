#!/usr/bin/env bash
# The warm review of the 2024 record, engine against the plainJava baseline, as PAIRS pairs of JMH forks run one
# after the other (engine, then plainJava, then engine...), so that a change in the machine's load between the two
# benchmarks shows up in one pair rather than in every ratio. Prints each pair's means and ratio, then the median
# ratio. Wall time with GC, sample mode, as ReviewBenchmark.
#
#   mvn -B -pl cbcf-benchmarks -am package -DskipTests
#   cbcf-benchmarks/review-pairs.sh [PAIRS [WARMUP_SECONDS]]
#
# On two cores the JIT needs 20 to 30 s of a review loop before the engine's hot methods leave C1 (see
# BENCHMARKS.md, "Third pass"), so the default warm-up is 30 one-second iterations, not ReviewBenchmark's 3.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="${BENCHMARKS_JAR:-$here/target/benchmarks.jar}"
pairs="${1:-5}"
warmup="${2:-30}"
out="$(mktemp -d)"
mean_of() {
  java -jar "$jar" "ReviewBenchmark.$1\$" -f 1 -wi "$warmup" -i 5 -w 1s -r 1s -rf json -rff "$out/$1.json" > /dev/null 2>&1
  python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[0]["primaryMetric"]["score"])' "$out/$1.json"
}
echo "warm-up: $warmup s a fork; machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| Pair | engine µs | plainJava µs | × plainJava |"
echo "| --- | --- | --- | --- |"
ratios=()
for ((i = 1; i <= pairs; i++)); do
  engine="$(mean_of engine)"
  plain="$(mean_of plainJava)"
  ratio="$(awk -v e="$engine" -v p="$plain" 'BEGIN { printf "%.2f", e / p }')"
  ratios+=("$ratio")
  printf '| %d | %.1f | %.1f | %s |\n' "$i" "$engine" "$plain" "$ratio"
done
median="$(printf '%s\n' "${ratios[@]}" | sort -n \
  | awk '{ r[NR] = $1 } END { printf "%.2f", NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2 }')"
echo "median ratio: $median; load after: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$out"
