#!/bin/sh
# format-sources.sh CLANG_FORMAT fix|check — run from the source directory.
# Every tracked-or-new .cpp/.h under src/ and tests/, except the architecture test's fixture
# (deliberately bad includes, kept as written) and npm's node_modules (tests/fhir).
set -eu
cf=$1
mode=$2
files=$(find src tests -name '*.cpp' -o -name '*.h' | grep -v -e '^tests/architecture/fixture/' -e '/node_modules/' | sort)
if [ "$mode" = fix ]; then
    # shellcheck disable=SC2086
    "$cf" -i $files
else
    # shellcheck disable=SC2086
    "$cf" --dry-run --Werror $files
fi
