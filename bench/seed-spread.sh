#!/usr/bin/env bash
# How the historical scenario's runs spread over random seeds: each reported count beside the runs' 10-90% band at
# its hour, the final counts, the return times, and the seed nearest the median (the one the scenario ships).
# Usage: bench/seed-spread.sh [seeds] [first seed]   (from the project's top directory; docs/model.md, "Across seeds")
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -Dstyle.color=never -DskipTests test-compile
mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.govsim.bench.SeedSpreadReport \
    scenarios/openai-2023-board-crisis.yaml "${1:-200}" "${2:-20231117}"
