#!/usr/bin/env bash
# The web app's benchmarks of docs/benchmarks.md, each beside its baseline measured in the same run:
# serve's start (against a bare Spring Boot web + Axon + JPA app), a class's load on H2 and on PostgreSQL (against the
# health endpoint under the same load), the slider's quick sweep (against the full sweep on the same server) and the
# timeline view's first render in headless Chromium (against the server's Swagger UI page).
# Usage: bench/web-benchmarks.sh [clients] [seconds]   (from the project's top directory; needs chromium)
set -euo pipefail
cd "$(dirname "$0")/.."
clients="${1:-50}"
seconds="${2:-60}"

echo "== machine"
echo "date: $(date -u +%FT%TZ)"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs) x $(nproc)"
echo "memory: $(free -g | awk '/Mem:/{print $2}') GiB"
java -version 2>&1 | head -1

echo "== serve: launch to the first healthy answer"
bench/serve-start.sh 5 | tail -3

mvn -q -B -Dstyle.color=never -DskipTests test-compile
mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt >/dev/null
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
run() { java -Daxoniq.update-checker.disabled=true -cp "$cp" "$@" 2>&1 | grep -v -E " (WARN|INFO) " ; }

echo "== a class's load: $clients clients, $seconds s, 200 ms think time, each client beginning somewhere in its first loop"
run org.govsim.bench.ServeLoad h2 "$clients" "$seconds" 200 staggered
run org.govsim.bench.ServeLoad postgres "$clients" "$seconds" 200 staggered
echo "== the same with every client beginning at once: forks in bursts of one per client"
run org.govsim.bench.ServeLoad h2 "$clients" "$seconds" 200 together
run org.govsim.bench.ServeLoad postgres "$clients" "$seconds" 200 together

echo "== a class of 40 playing the board: as a class, then all in the same instant, on a fresh server"
run org.govsim.bench.PlayLoad 40 class
run org.govsim.bench.PlayLoad 40 together h2
run org.govsim.bench.PlayLoad 40 together postgres
echo "== the same instant on a server that has served 300 plays before (about 1,000 requests: the compiler done)"
run -Dwarmup=300 org.govsim.bench.PlayLoad 40 together h2
run -Dwarmup=300 org.govsim.bench.PlayLoad 40 together postgres

echo "== the slider's quick sweep"
run org.govsim.bench.QuickSweepBenchmark 10

echo "== first render of the timeline view"
run org.govsim.bench.FirstRenderBenchmark 10
