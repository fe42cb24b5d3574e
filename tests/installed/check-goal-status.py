#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Runs examples/c/goal-status on a .styr file and checks what it prints.

    check-goal-status.py PROGRAM STYR-FILE PERIOD [LIBDIR]

The expected lines are read from the file itself with ElementTree, not
through libstyr: the municipality's name, the follow-up occasion of the
period and the scale's name in the header; every inriktningsmål's title,
in file order, with the label of the level the board assessed it at on
that occasion (the scale's not-assessed label when there is none); the
proposed level is computed, so it is only checked to be a label of the
scale; the count on the last line; and the exit status of a missing file
(1) and of a malformed period (2).

With LIBDIR, it also checks with ldd that PROGRAM loads libstyr-1.0.so
from LIBDIR (the installed library, not the build tree's).
"""

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

NS = {"s": "urn:libstyr:styr:1"}


def fail(message):
    sys.exit(f"check-goal-status: {message}")


def expected(path, period):
    root = ET.parse(path).getroot()
    kommun = root.find("s:kommun", NS).get("namn")
    scale = root.find("s:skala", NS)
    labels = {level.get("id"): level.get("namn") for level in scale.findall("s:niva", NS)}
    not_assessed = scale.get("ej-bedomd")
    occasion = None
    for tillfalle in root.iter(f"{{{NS['s']}}}tillfalle"):
        if tillfalle.get("period") == period:
            occasion = tillfalle
            break
    goals = []
    for mal in root.findall("s:mal", NS):
        if mal.get("niva") != "inriktningsmal":
            continue
        assessed = not_assessed
        if occasion is not None:
            for bedomning in mal.findall("s:bedomning", NS):
                if bedomning.get("tillfalle") == occasion.get("id") and bedomning.get("niva"):
                    assessed = labels[bedomning.get("niva")]
        goals.append((mal.get("titel"), assessed))
    return (kommun, occasion.get("namn") if occasion is not None else None,
            scale.get("namn"), goals, set(labels.values()) | {not_assessed})


def check_library(program, libdir):
    out = subprocess.run(["ldd", program], check=True, capture_output=True,
                         text=True).stdout
    match = re.search(r"^\s*libstyr-1\.0\.so\.0 => (\S+)", out, re.M)
    if match is None:
        fail(f"ldd does not list libstyr-1.0.so.0 for {program}:\n{out}")
    found = os.path.realpath(match.group(1))
    if os.path.dirname(found) != os.path.realpath(libdir):
        fail(f"{program} loads {found}, not the library in {libdir}")
    print(f"libstyr: {found}")


def main():
    if len(sys.argv) not in (4, 5):
        fail("usage: check-goal-status.py PROGRAM STYR-FILE PERIOD [LIBDIR]")
    program, path, period = sys.argv[1:4]
    if len(sys.argv) == 5:
        check_library(program, sys.argv[4])

    kommun, occasion, scale, goals, labels = expected(path, period)
    if not goals:
        fail(f"{path} has no inriktningsmål to check against")

    run = subprocess.run([program, path, period], capture_output=True, text=True)
    if run.returncode != 0:
        fail(f"{program} exited with {run.returncode}:\n{run.stderr}")
    lines = run.stdout.splitlines()
    print(run.stdout, end="")

    if len(lines) < 3:
        fail(f"{program} printed too little:\n{run.stdout}")
    header = f"{kommun}, per {period}" + (f" ({occasion})" if occasion else "")
    if lines[0] != header:
        fail(f"first line {lines[0]!r}, expected {header!r}")
    if lines[1] != f"Skala: {scale}":
        fail(f"second line {lines[1]!r}, expected 'Skala: {scale}'")

    printed = []
    for i, line in enumerate(lines):
        if line.startswith("Inriktningsmål: "):
            following = lines[i + 1] if i + 1 < len(lines) else ""
            status = re.fullmatch(r"  Förslag: (.*) · Bedömning: (.*)", following)
            if status is None:
                fail(f"no status line after {line!r}: {following!r}")
            if status.group(1) not in labels:
                fail(f"proposed level {status.group(1)!r} is not a level of the scale")
            printed.append((line[len("Inriktningsmål: "):], status.group(2)))
    if printed != goals:
        fail("goals and assessed levels differ from the file:\n"
             f"  printed:  {printed}\n  expected: {goals}")
    if lines[-1] != f"{len(goals)} inriktningsmål":
        fail(f"last line {lines[-1]!r}, expected '{len(goals)} inriktningsmål'")

    # A file that does not exist fails with status 1 and a message.
    run = subprocess.run([program, path + ".finns-inte", period],
                         capture_output=True, text=True)
    if run.returncode != 1 or "finns-inte" not in run.stderr:
        fail(f"a missing file gave status {run.returncode}, stderr {run.stderr!r}")
    # A malformed period is a usage error, status 2.
    run = subprocess.run([program, path, "2025-T9"], capture_output=True, text=True)
    if run.returncode != 2 or not run.stderr:
        fail(f"a malformed period gave status {run.returncode}, stderr {run.stderr!r}")

    print(f"ok: {len(goals)} inriktningsmål as in {os.path.basename(path)}")


if __name__ == "__main__":
    main()
