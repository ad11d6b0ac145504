#!/usr/bin/env bash
# The long fuzzing run (outside CI): a million mutated inputs for each loader, in release mode.
# Usage: scripts/fuzz.sh [ITERATIONS] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product tdkt-fuzz
.build/release/tdkt-fuzz "${1:-1000000}" "${2:-$RANDOM}"
