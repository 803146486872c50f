#!/usr/bin/env bash
# Runs tst_translations on the .ts files as they would be after refreshing them from today's sources
# (lupdate into a scratch copy): a string added to the code without its translations fails the suite
# at once, even before anybody runs the update_translations target.
#
#   translations-current.sh LUPDATE PROJECT_CMAKE GENERATOR_SCRIPT TS_DIR TEST_BINARY
set -euo pipefail
lupdate=$1 project_cmake=$2 generator=$3 ts_dir=$4 test_binary=$5
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp "$ts_dir"/*.ts "$scratch"/
cmake -DIN_FILE="$project_cmake" -DOUT_FILE="$scratch/project.json" -P "$generator" >/dev/null
"$lupdate" -silent -project "$scratch/project.json" -ts "$scratch"/*.ts -no-obsolete -locations none
ZOHO_TRANSLATIONS_DIR="$scratch" exec "$test_binary"
