#!/usr/bin/env bash
# Runs every benchmark with the settings BENCHMARKS.md reports, then prints the ratio tables.
#
#   mvn -B -pl cbcf-benchmarks -am package -DskipTests
#   cbcf-benchmarks/run-benchmarks.sh [OUTPUT_DIR] [GROUP...]
#
# GROUP is any of startup compile review batch batch-1m join rules (default: all). Results go to
# OUTPUT_DIR (default cbcf-benchmarks/target/results) as JMH JSON and logs. On a 2-core machine, other work
# skews the figures: before each group the script waits for the 1-minute load to drop below 1.5, up to
# QUIET_WAIT_SECONDS (default 600) in all, and records the load before and after each group in load.txt.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="${BENCHMARKS_JAR:-$here/target/benchmarks.jar}"
out="${1:-$here/target/results}"
shift || true
groups=("$@")
if [ ${#groups[@]} -eq 0 ]; then
  groups=(startup compile review batch batch-1m join rules)
fi
mkdir -p "$out"

load() { cut -d' ' -f1 /proc/loadavg; }

wait_budget="${QUIET_WAIT_SECONDS:-600}"
wait_for_quiet() {
  while ! awk -v l="$(load)" 'BEGIN { exit !(l < 1.5) }'; do
    if [ "$wait_budget" -le 0 ]; then
      echo "load $(load): the time allowed for waiting is spent; measuring anyway" >&2
      return
    fi
    sleep 10
    wait_budget=$((wait_budget - 10))
  done
}

run() {
  local name="$1"
  shift
  wait_for_quiet
  echo "$name: load before $(load)" | tee -a "$out/load.txt"
  java -jar "$jar" "$@" -rf json -rff "$out/$name.json" > "$out/$name.log" 2>&1
  echo "$name: load after $(load)" | tee -a "$out/load.txt"
}

for group in "${groups[@]}"; do
  case "$group" in
    # One call per fresh JVM; the forks are the samples.
    startup) run startup StartupBenchmark -f 10 ;;
    compile) run compile RuleCompileBenchmark -f 5 ;;
    review) run review ReviewBenchmark -f 3 -wi 30 -i 5 -w 1s -r 1s -prof gc ;;
    batch) run batch BatchBenchmark -p outcomes=1000,10000,100000 -f 3 -wi 30 -i 5 -w 1s -r 1s -gc true -prof gc ;;
    # A million outcomes: about 1 GB of records and 30 s a call, so fewer forks and iterations. A heap
    # of fixed size: one that may change size grows and shrinks under G1, and the kernel's zeroing of
    # the pages it takes back is charged to the benchmark (BENCHMARKS.md, "Eighth pass on speed").
    batch-1m) run batch-1m BatchBenchmark -p outcomes=1000000 -f 2 -wi 2 -i 3 -gc true -prof gc \
        -jvmArgsAppend "-Xms12g -Xmx12g" ;;
    join) run join JoinBenchmark -f 3 -wi 30 -i 5 -w 1s -r 1s -gc true -prof gc ;;
    rules) run rules RuleCountBenchmark -f 3 -wi 30 -i 5 -w 1s -r 1s -gc true -prof gc ;;
    *) echo "unknown group $group" >&2; exit 2 ;;
  esac
done

java -cp "$jar" io.github.cbcf.benchmarks.RatioTable "$out"/*.json | tee "$out/ratios.md"
