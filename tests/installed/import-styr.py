#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Imports Styr from an installed libstyr and loads a .styr file with it.

    import-styr.py LIBDIR STYR-FILE

Checks that the Styr typelib came from LIBDIR/girepository-1.0 and that
the process mapped LIBDIR/libstyr-1.0.so.0 (so the build tree was not
used), then loads STYR-FILE and compares the number of goals on each
level and the municipality's name with what ElementTree reads from the
file itself.
"""

import os
import sys
import xml.etree.ElementTree as ET

import gi

gi.require_version("GIRepository", "2.0")
gi.require_version("Styr", "1.0")
from gi.repository import GIRepository, Styr  # noqa: E402

NS = {"s": "urn:libstyr:styr:1"}
LEVELS = {
    "inriktningsmal": Styr.GoalLevel.COUNCIL,
    "namndmal": Styr.GoalLevel.BOARD,
    "verksamhetsmal": Styr.GoalLevel.OPERATIONAL,
    "enhetsmal": Styr.GoalLevel.UNIT,
}


def fail(message):
    sys.exit(f"import-styr.py: {message}")


def main():
    if len(sys.argv) != 3:
        fail("usage: import-styr.py LIBDIR STYR-FILE")
    libdir = os.path.realpath(sys.argv[1])
    path = sys.argv[2]

    # Loading a file makes sure the shared library is mapped.
    model = Styr.Model.new_from_path(path)

    typelib = GIRepository.Repository.get_default().get_typelib_path("Styr")
    expected_typelib = os.path.join(libdir, "girepository-1.0", "Styr-1.0.typelib")
    if typelib is None or os.path.realpath(typelib) != os.path.realpath(expected_typelib):
        fail(f"the Styr typelib came from {typelib}, not {expected_typelib}")

    with open("/proc/self/maps", encoding="utf-8") as f:
        mapped = {os.path.realpath(line.split()[-1]) for line in f
                  if "libstyr-1.0.so" in line}
    if not mapped or any(os.path.dirname(p) != libdir for p in mapped):
        fail(f"libstyr was mapped from {sorted(mapped)}, not from {libdir}")
    print(f"typelib: {typelib}\nlibrary: {', '.join(sorted(mapped))}")

    root = ET.parse(path).getroot()
    name = root.find("s:kommun", NS).get("namn")
    if model.props.name != name:
        fail(f"name {model.props.name!r}, the file says {name!r}")
    goals = root.findall("s:mal", NS)
    if len(model.get_goals()) != len(goals):
        fail(f"{len(model.get_goals())} goals, the file has {len(goals)}")
    for niva, level in LEVELS.items():
        in_file = sum(1 for g in goals if g.get("niva") == niva)
        loaded = len(model.get_goals_at_level(level))
        if loaded != in_file:
            fail(f"{loaded} goals at level {niva}, the file has {in_file}")
        print(f"{niva}: {loaded}")
    council = [g.get("titel") for g in goals if g.get("niva") == "inriktningsmal"]
    if [g.props.title for g in model.get_goals_at_level(Styr.GoalLevel.COUNCIL)] != council:
        fail("the inriktningsmål's titles differ from the file's")

    print(f"ok: {name}, {len(goals)} goals")


if __name__ == "__main__":
    main()
