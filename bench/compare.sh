#!/usr/bin/env bash
# Benchmarks an earlier commit and this tree in one run, one after the other on the same machine, so that a change
# is judged against a baseline measured under the same conditions.
# Usage: bench/compare.sh BASE_REV [repetitions]   (from the project's top directory)
set -euo pipefail
cd "$(dirname "$0")/.."
base="${1:?usage: bench/compare.sh BASE_REV [repetitions]}"
reps="${2:-5}"
scratch="$(mktemp -d)"
git worktree add --detach "$scratch/base" "$base" >/dev/null
trap 'git worktree remove --force "$scratch/base"; rm -rf "$scratch"' EXIT

echo "##### base $(git rev-parse --short "$base"): $(git log -1 --format=%s "$base" | cut -c1-100)"
(cd "$scratch/base" && bench/run-benchmarks.sh "$reps")
echo
echo "##### this tree $(git rev-parse --short HEAD)$(git diff --quiet HEAD || echo ' with uncommitted changes')"
bench/run-benchmarks.sh "$reps"
