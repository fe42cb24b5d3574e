#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# validate.sh SCHEMA PATH...
#
# Validates .styr files against the RELAX NG schema with xmllint. A PATH
# that is a directory stands for every *.styr directly in it (not in its
# subdirectories, so that deliberately broken fixtures can live in one).
# Exits 0 if every file validates, 1 if one does not, 77 (skipped, for
# meson) if there was no file to validate. XMLLINT overrides the program.

set -u

if [ $# -lt 2 ]; then
  echo "usage: $0 SCHEMA PATH..." >&2
  exit 2
fi

schema=$1
shift
xmllint=${XMLLINT:-xmllint}

n=0
failed=0
for path in "$@"; do
  if [ -d "$path" ]; then
    for f in "$path"/*.styr; do
      [ -e "$f" ] || continue
      n=$((n + 1))
      "$xmllint" --noout --relaxng "$schema" "$f" || failed=1
    done
  else
    n=$((n + 1))
    "$xmllint" --noout --relaxng "$schema" "$path" || failed=1
  fi
done

if [ "$n" -eq 0 ]; then
  echo "validate.sh: no .styr file to validate" >&2
  exit 77
fi
exit $failed
