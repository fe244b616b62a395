#!/usr/bin/env bash
# Reviews JSON Lines batches of generated meetings with the command line in a 512 MB heap, writing JSON Lines as it
# goes (the generated meetings state safeguards without a place in the text, so --allow-unlocated-safeguards), and reports for each size the wall time, the time per outcome, the peak resident memory and the largest heap
# left live after a collection. Memory that stays flat as the batch grows is what streaming promises.
#
#   mvn -B -pl cbcf-benchmarks,cbcf-cli -am package -DskipTests
#   cbcf-benchmarks/streaming.sh [OUTCOMES...]        # default: 100000 1000000
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
dist="$here/cbcf-cli/target/cbcf"
work="${TMPDIR:-/tmp}/cbcf-streaming"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
mkdir -p "$work"
classpath=$(for jar in "$dist"/lib/*.jar; do printf '%s:' "$jar"; done)
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100000 1000000)
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| outcomes | input MB | wall s | µs per outcome | peak RSS MB | max live heap after GC MB | exit |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
for n in "${sizes[@]}"; do
  input="$work/batch-$n.jsonl"
  [ -s "$input" ] || "$java" -cp "$here/cbcf-benchmarks/target/benchmarks.jar" \
    io.github.cbcf.benchmarks.JsonLinesBatch "$n" "$input" > /dev/null
  start=$(date +%s.%N)
  set +e
  /usr/bin/time -f '%M' -o "$work/rss-$n" "$java" -Xmx512m -XX:+UseSerialGC -Xlog:gc:file="$work/gc-$n.log" \
    -cp "$classpath" io.github.cbcf.cli.Cbcf review --allow-unlocated-safeguards --format jsonl -o "$work/out-$n.jsonl" "$input" \
    2> "$work/err-$n.txt"
  code=$?
  set -e
  end=$(date +%s.%N)
  live=$(grep -o '[0-9]*M->[0-9]*M' "$work/gc-$n.log" | sed 's/.*->\([0-9]*\)M/\1/' | sort -n | tail -1)
  awk -v n="$n" -v s="$start" -v e="$end" -v rss="$(tail -1 "$work/rss-$n")" -v live="${live:-0}" \
    -v size="$(stat -c %s "$input")" -v code="$code" 'BEGIN {
      printf "| %d | %.0f | %.1f | %.1f | %.0f | %s | %d |\n", n, size / 1e6, e - s, (e - s) * 1e6 / n, rss / 1024, live, code }'
  echo "  records written: $(wc -l < "$work/out-$n.jsonl"); problems on stderr: $(grep -vc '^\[' "$work/err-$n.txt" || true)" >&2
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
