#!/usr/bin/env bash
# Fails when a C++ file in the tree differs from what .clang-format asks for.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
files=$(git ls-files '*.cpp' '*.h')
[ -z "$files" ] && exit 0
# shellcheck disable=SC2086
if ! clang-format --dry-run --Werror $files; then
    echo "clang-format: the files above need 'clang-format -i'." >&2
    exit 1
fi
echo "clang-format: $(echo "$files" | wc -l) files clean"
