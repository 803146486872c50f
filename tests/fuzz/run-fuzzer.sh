#!/usr/bin/env bash
# Runs one fuzz target from its committed seeds:
#   run-fuzzer.sh FUZZER SEED_DIR WORK_DIR [LIBFUZZER OPTIONS...]
# New inputs go to WORK_DIR (in the build), never into the committed seeds; a crash's input is
# written to WORK_DIR/crash-* and the fuzzer exits non-zero, so the test fails.
set -euo pipefail
fuzzer=$1 seeds=$2 work=$3
shift 3
if [[ ! -x "$fuzzer" ]]; then
    echo "SKIPPED: $fuzzer was not built (see the fuzz_build test: clang or libFuzzer missing)"
    exit 125
fi
mkdir -p "$work"
exec "$fuzzer" -artifact_prefix="$work/" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048 "$@" "$work" "$seeds"
