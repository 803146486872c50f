#!/usr/bin/env bash
# Configures and builds the fuzz targets with clang (libFuzzer + ASan + UBSan).
#   build-fuzzers.sh SOURCE_DIR BUILD_DIR [GENERATOR]
# Exits 125, which ctest reports as "skipped", when clang++ or its libFuzzer runtime is missing.
set -euo pipefail
source_dir=$1 build_dir=$2 generator=${3:-Ninja}

clang=$(command -v clang++ || command -v clang++-14 || true)
if [[ -z "$clang" ]]; then
    echo "SKIPPED: no clang++ on this machine, so no fuzzing (Debian: apt-get install clang libclang-rt-14-dev)"
    exit 125
fi
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
echo 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char *, unsigned long) { return 0; }' > "$probe/probe.cpp"
if ! "$clang" -fsanitize=fuzzer "$probe/probe.cpp" -o "$probe/probe" 2> "$probe/log"; then
    cat "$probe/log"
    echo "SKIPPED: $clang has no libFuzzer runtime, so no fuzzing (Debian: apt-get install libclang-rt-14-dev)"
    exit 125
fi

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$source_dir" -B "$build_dir" -G "$generator" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER="$clang" "${launcher[@]}"
cmake --build "$build_dir"
