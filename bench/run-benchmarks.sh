#!/usr/bin/env bash
# Reruns every benchmark of docs/benchmarks.md and prints the figures with the machine they ran on.
# Usage: bench/run-benchmarks.sh [repetitions]   (from the project's top directory)
set -euo pipefail
cd "$(dirname "$0")/.."
reps="${1:-5}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "== machine"
echo "date: $(date -u +%FT%TZ)"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs) x $(nproc)"
echo "memory: $(free -g | awk '/Mem:/{print $2}') GiB"
java -version 2>&1 | head -1

echo "== build (not timed)"
mvn -q -B -Dstyle.color=never -DskipTests test-compile
mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt >/dev/null
mvn -q -B -Dstyle.color=never -f bench/baseline-app/pom.xml package -DskipTests
./govsim validate scenarios/openai-2023-board-crisis.yaml >/dev/null   # builds the launcher's jar and class-data archive
./govsim replay scenarios/openai-2023-board-crisis.yaml --data "$tmp/warm" >/dev/null

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); awk -v s="$s" -v e="$e" "BEGIN{print e - s}"; }

echo "== cold start: process start to exit, median of $reps"
base=$(for i in $(seq "$reps"); do seconds java -jar bench/baseline-app/target/baseline-app.jar start --baseline.data="$tmp/base-$i"; done | median)
gov=$(for i in $(seq "$reps"); do seconds ./govsim replay scenarios/openai-2023-board-crisis.yaml --data "$tmp/gov-$i"; done | median)
printf 'baseline Spring Boot 3.5 + Axon 4.13 + JPA/H2 start: %.2f s\n' "$base"
printf 'govsim replay (cold, whole historical scenario, stored): %.2f s\n' "$gov"
awk -v g="$gov" -v b="$base" "BEGIN{printf \"ratio replay/baseline: %.2f (target <= 0.50)\\n\", g / b}"

echo "== storing events"
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
java -Daxoniq.update-checker.disabled=true -cp "$cp" org.govsim.bench.StoreBenchmark h2 300
java -Daxoniq.update-checker.disabled=true -cp "$cp" org.govsim.bench.StoreBenchmark postgres 300
java -jar bench/baseline-app/target/baseline-app.jar append 3000 3000 --baseline.data="$tmp/append"

echo "== forks and time travel (issue: fork cost, state --at, dry-run what-if)"
java -Daxoniq.update-checker.disabled=true -cp "$cp" org.govsim.bench.ForkBenchmark "$tmp/forks"

echo "== sweeps: runs per second, and the plain-Java limit"
java -Daxoniq.update-checker.disabled=true -cp "$cp" org.govsim.bench.SweepBenchmark 20000

echo "== sweeps: 100,000 runs within a 512 MiB heap"
cat > "$tmp/hundred-thousand.yaml" <<YAML
experiment: hundred-thousand
title: 100,000 runs of the historical scenario
scenario: $PWD/scenarios/openai-2023-board-crisis.yaml
vary:
  workforce.thresholdShift: [0, 0.05, 0.1, 0.12, 0.13]
repetitions: 20000
seeds: {base: 1}
metrics: [ceoReinstated, hoursToReturn, daysWithoutCeo, peakSignatures, employeesLost, directorsRemaining, finalChair, finalCeo]
YAML
GOVSIM_JAVA_OPTS="-Xmx512m" /usr/bin/time -f "elapsed %e s, max resident %M KiB" \
  ./govsim sweep "$tmp/hundred-thousand.yaml" --out "$tmp/hundred-thousand" 2>&1 | grep -E "done:|elapsed|Error|error" || true
wc -l < "$tmp/hundred-thousand/runs.csv" | awk '{print "runs.csv rows (with header): " $1}'
