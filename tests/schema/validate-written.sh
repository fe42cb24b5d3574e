#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# validate-written.sh SCHEMA PROGRAM [ARG...]
#
# Runs PROGRAM, which writes .styr files, in a fresh temporary directory
# and validates everything it wrote there against the RELAX NG schema.
# Every argument equal to @OUTDIR@ (or containing it, as in
# @OUTDIR@/plan.styr) is replaced by that directory; without any, the
# directory is passed as the last argument. PROGRAM runs in the current
# directory. For example:
#
#   validate-written.sh data/styr-1.rng styr fmt -o @OUTDIR@/borlange.styr examples/data/borlange.styr
#   validate-written.sh data/styr-1.rng python3 tests/write-models.py
#
# Exits 1 if PROGRAM fails or a file does not validate, 77 (skipped) if
# PROGRAM wrote no .styr file. The directory is removed afterwards, unless
# KEEP_OUTDIR is set. XMLLINT overrides the validating program.

set -u

if [ $# -lt 2 ]; then
  echo "usage: $0 SCHEMA PROGRAM [ARG...]" >&2
  exit 2
fi

here=$(cd "$(dirname "$0")" && pwd)
schema=$1
shift
case $schema in
  /*) ;;
  *) schema=$(pwd)/$schema ;;
esac

outdir=$(mktemp -d "${TMPDIR:-/tmp}/styr-written.XXXXXX") || exit 1
if [ -z "${KEEP_OUTDIR:-}" ]; then
  trap 'rm -rf "$outdir"' EXIT
else
  echo "validate-written.sh: output kept in $outdir" >&2
fi

# Rebuild the argument list with @OUTDIR@ substituted.
program=$1
shift
substituted=0
n=$#
i=0
while [ $i -lt $n ]; do
  arg=$1
  shift
  case $arg in
    *@OUTDIR@*)
      arg=$(printf '%s' "$arg" | sed "s|@OUTDIR@|$outdir|g")
      substituted=1
      ;;
  esac
  set -- "$@" "$arg"
  i=$((i + 1))
done
if [ $substituted -eq 0 ]; then
  set -- "$@" "$outdir"
fi

"$program" "$@" || {
  echo "validate-written.sh: $program failed" >&2
  exit 1
}

exec "$here/validate.sh" "$schema" "$outdir"
