#!/usr/bin/env bash
# Times the cbcf command line from fresh processes against the bare JVM (`java -version`, the floor), in one run,
# with and without each start-up lever, and counts the classes each command loads.
#
#   mvn -B -pl cbcf-cli -am package -DskipTests       # builds the distribution in cbcf-cli/target/cbcf
#   cbcf-benchmarks/cold-start.sh [RUNS]               # RUNS per command, default 10
#
# Levers: "model" builds the built-in KieBase from the executable model's generated classes (without it,
# -Dcbcf.rules.scanKmodule=true scans kmodule.xml as before); "c1" is -XX:TieredStopAtLevel=1 -XX:+UseSerialGC;
# "cds" maps the class-data archive lib/cbcf.jsa that bin/cbcf made. "bin/cbcf" is the launcher itself, all levers;
# the statement rows review and import the 2024 statement (.txt) rather than its record, with and without the archive.
# Prints one row per command: median, min and max wall seconds, median CPU seconds (user + system), and the
# median's ratio to the floor's. The load average is printed before and after, since other work on the machine
# skews every figure.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-10}"
dist="$here/cbcf-cli/target/cbcf"
record="$here/cbcf-examples/records/cbcf-2024.yaml"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if [ ! -x "$dist/bin/cbcf" ]; then
  echo "cold-start.sh: $dist/bin/cbcf is missing; build it with: mvn -B -pl cbcf-cli -am package -DskipTests" >&2
  exit 2
fi
# bin/cbcf makes its archive on first use; make sure it exists before timing anything.
"$dist/bin/cbcf" --version > /dev/null
classpath=$(for jar in "$dist"/lib/*.jar; do printf '%s:' "$jar"; done)
main=io.github.cbcf.cli.Cbcf
scan=-Dcbcf.rules.scanKmodule=true
c1="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
cds="-Xshare:auto -XX:SharedArchiveFile=$dist/lib/cbcf.jsa -Xlog:cds*=off"
review=(review "$record" --format json)
statement="$here/cbcf-examples/statements/cbcf-2024.txt"
statement_review=(review "$statement" --format json)

# one LABEL COMMAND...: prints "wall cpu" of RUNS runs, one line each
times_of() {
  local TIMEFORMAT='%R %U %S' i
  for ((i = 0; i < runs; i++)); do
    { time "$@" > /dev/null 2>&1; } 2>&1 | awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }'
  done
}

floor_median=
row() {
  local label=$1
  shift
  local samples
  samples=$(times_of "$@")
  local stats
  stats=$(sort -n <<< "$samples" | awk '{ w[NR] = $1 } END { m = (NR % 2) ? w[(NR + 1) / 2] : (w[NR / 2] + w[NR / 2 + 1]) / 2;
    printf "%.3f %.3f %.3f", m, w[1], w[NR] }')
  local cpu
  cpu=$(awk '{ print $2 }' <<< "$samples" | sort -n | awk '{ c[NR] = $1 } END {
    printf "%.3f", (NR % 2) ? c[(NR + 1) / 2] : (c[NR / 2] + c[NR / 2 + 1]) / 2 }')
  read -r median min max <<< "$stats"
  [ -z "$floor_median" ] && floor_median=$median
  printf '| %-44s | %6s | %6s | %6s | %6s | %6.1f |\n' "$label" "$median" "$min" "$max" "$cpu" \
    "$(awk -v m="$median" -v f="$floor_median" 'BEGIN { print m / f }')"
}

# classes JAVA_ARGS...: how many classes the JVM loads, and how many of them are the rule engine's
classes() {
  "$java" -Xlog:class+load "$@" 2> /dev/null | grep -c 'class,load' || true
}
engine_classes() {
  "$java" -Xlog:class+load "$@" 2> /dev/null | grep -cE 'class,load\] (org\.drools|org\.kie)\.' || true
}

echo "cold start, $runs runs each; $(nproc) CPUs; $("$java" -version 2>&1 | head -1); $(date -u +%FT%TZ)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| Command (levers) | median s | min s | max s | CPU s | × floor |"
echo "| --- | --- | --- | --- | --- | --- |"
# shellcheck disable=SC2086 # the lever variables are word lists on purpose
{
  row "java -version (floor)" "$java" -version
  row "bin/cbcf --version (all)" "$dist/bin/cbcf" --version
  row "bin/cbcf --help (all)" "$dist/bin/cbcf" --help
  row "review, no lever (kmodule scan, C2, G1)" "$java" $scan -cp "$classpath" $main "${review[@]}"
  row "review, model" "$java" -cp "$classpath" $main "${review[@]}"
  row "review, c1" "$java" $scan $c1 -cp "$classpath" $main "${review[@]}"
  row "review, cds" "$java" $scan $cds -cp "$classpath" $main "${review[@]}"
  row "review, model + c1" "$java" $c1 -cp "$classpath" $main "${review[@]}"
  row "review, model + cds" "$java" $cds -cp "$classpath" $main "${review[@]}"
  row "review, c1 + cds" "$java" $scan $c1 $cds -cp "$classpath" $main "${review[@]}"
  row "review, bin/cbcf (model + c1 + cds)" "$dist/bin/cbcf" "${review[@]}"
  row "review of the statement, no archive" env CBCF_CDS=off "$dist/bin/cbcf" "${statement_review[@]}"
  row "review of the statement, bin/cbcf" "$dist/bin/cbcf" "${statement_review[@]}"
  row "import of the statement, bin/cbcf" "$dist/bin/cbcf" import "$statement"
}
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| Command | classes loaded | of them org.drools / org.kie |"
echo "| --- | --- | --- |"
# shellcheck disable=SC2086
{
  echo "| --version | $(classes -cp "$classpath" $main --version) | $(engine_classes -cp "$classpath" $main --version) |"
  echo "| --help | $(classes -cp "$classpath" $main --help) | $(engine_classes -cp "$classpath" $main --help) |"
  echo "| review (model) | $(classes -cp "$classpath" $main "${review[@]}") | $(engine_classes -cp "$classpath" $main "${review[@]}") |"
  echo "| review (kmodule scan) | $(classes $scan -cp "$classpath" $main "${review[@]}") | $(engine_classes $scan -cp "$classpath" $main "${review[@]}") |"
}
