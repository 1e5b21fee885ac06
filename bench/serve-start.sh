#!/usr/bin/env bash
# govsim serve's start, from process launch to its first healthy answer, beside the same for a bare Spring Boot web +
# Axon + JPA application (bench/baseline-app in serve mode), taking turns; medians of N.
# Usage: bench/serve-start.sh [N]   (from the project's top directory; builds what it needs)
set -euo pipefail
cd "$(dirname "$0")/.."
reps="${1:-5}"
tmp="$(mktemp -d)"
trap 'pkill -P $$ java 2>/dev/null || true; rm -rf "$tmp"' EXIT

mvn -q -B -Dstyle.color=never -DskipTests package
mvn -q -B -Dstyle.color=never -f bench/baseline-app/pom.xml package -DskipTests

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# seconds from launching "$@" until http://127.0.0.1:$port/actuator/health answers UP; then stops it
healthy_after() {
  local port="$1"; shift
  local s e pid
  s=$(date +%s.%N)
  "$@" >"$tmp/out.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q UP; do
    if ! kill -0 "$pid" 2>/dev/null; then cat "$tmp/out.log" >&2; return 1; fi
    sleep 0.02
  done
  e=$(date +%s.%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  awk -v s="$s" -v e="$e" 'BEGIN{printf "%.3f\n", e - s}'
}

: > "$tmp/base"; : > "$tmp/gov"
for i in $(seq "$reps"); do
  healthy_after 18081 java -jar bench/baseline-app/target/baseline-app.jar serve --server.port=18081 \
    --baseline.data="$tmp/b$i" >> "$tmp/base"
  healthy_after 18082 java -jar target/govsim.jar serve --port 18082 --data "$tmp/g$i" --log-level warn >> "$tmp/gov"
done
base=$(median < "$tmp/base"); gov=$(median < "$tmp/gov")
echo "baseline Spring Boot 3.5 web + Axon 4.13 + JPA/H2, launch to healthy: $base s (runs: $(tr '\n' ' ' < "$tmp/base"))"
echo "govsim serve (java -jar, new H2 store), launch to healthy:          $gov s (runs: $(tr '\n' ' ' < "$tmp/gov"))"
awk -v g="$gov" -v b="$base" 'BEGIN{printf "ratio govsim/baseline: %.2f (target <= 1)\n", g / b}'
