#!/usr/bin/env bash
# Benchmarks two commits in one run, taking turns (ROUNDS times, in alternating order) on the same machine, and prints the
# median of each figure for both with their ratio. A single run of a figure varies by about ±30% on two shared cores;
# taking turns and medians keeps that from passing for a change.
# Usage: bench/compare.sh BASE_REV [NEW_REV=HEAD] [ROUNDS=3] [REPS=5]   (from the project's top directory)
set -euo pipefail
cd "$(dirname "$0")/.."
base="${1:?usage: bench/compare.sh BASE_REV [NEW_REV] [ROUNDS] [REPS]}"
new="${2:-HEAD}"
rounds="${3:-3}"
reps="${4:-5}"
scratch="$(mktemp -d)"
git worktree add --detach "$scratch/base" "$base" >/dev/null
git worktree add --detach "$scratch/new" "$new" >/dev/null
trap 'git worktree remove --force "$scratch/base"; git worktree remove --force "$scratch/new"; rm -rf "$scratch"' EXIT

for round in $(seq "$rounds"); do
  # the order alternates, so that whatever the machine does between two runs weighs on both sides alike
  order="base new"; [ $((round % 2)) -eq 0 ] && order="new base"
  for side in $order; do
    echo "== round $round: $side" >&2
    (cd "$scratch/$side" && bench/run-benchmarks.sh "$reps") > "$scratch/$side-$round.txt" 2>&1
  done
done
head -6 "$scratch/new-1.txt" | grep -E "date|cpu|memory|openjdk"
echo "base $(git rev-parse --short "$base"): $(git log -1 --format=%s "$base" | cut -c1-90)"
echo "new  $(git rev-parse --short "$new"): $(git log -1 --format=%s "$new" | cut -c1-90)"
python3 bench/medians.py "$scratch"/base-*.txt -- "$scratch"/new-*.txt
