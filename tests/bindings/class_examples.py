#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Runs the Python example of every class's doc comment against the API.

    class_examples.py SOURCE-ROOT

Every `/** StyrX: … */` block in libstyr/*.c and libstyr/*.h must hold at
least one ```python example (STYLE.md: a short usage example for each
class), and each example must run. The examples are fragments written
for a reader, so they use names the surrounding text implies (`model`,
`goal`, `kf`, `report`, …); this script provides them — a small model
built here for the examples that build, and the Ratten example
(examples/data/ratten.styr) with its follow-up and report at 2025-T2 for
the examples that read. File names in the examples are resolved in
examples/data. An example that raises fails the test, naming the class.
"""

import contextlib
import glob
import io
import os
import re
import sys

import gi

gi.require_version("Styr", "1.0")
from gi.repository import Gio, GLib, GObject, Styr  # noqa: E402

# Classes whose examples read a loaded municipality rather than build one.
READERS = ("StyrReport", "StyrOperating", "StyrMunicipal", "StyrFollowUp",
           "StyrGoalStatus", "StyrFinding", "StyrSieFile")


class Icon(GObject.Object):
    """Stands in for a GTK widget's `visible` in StyrGoalStatus's example."""
    visible = GObject.Property(type=bool, default=False)


def class_examples(root):
    examples = {}
    for path in sorted(glob.glob(os.path.join(root, "libstyr", "*.[ch]"))):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        header = path[:-2] + ".h"
        declarations = text
        if path.endswith(".c") and os.path.exists(header):
            with open(header, encoding="utf-8") as f:
                declarations += f.read()
        for match in re.finditer(r"/\*\*\n \* (Styr\w+):\n(.*?)\*/", text, re.S):
            name = match.group(1)
            if not re.search(rf"G_DECLARE_\w+\s*\({name},|G_DEFINE_BOXED_TYPE\s*\({name},",
                             declarations):
                continue  # an enum, a flags type or a callback
            body = "\n".join(line[3:] if line.startswith(" * ") else line.lstrip(" *")
                             for line in match.group(2).split("\n"))
            examples.setdefault(name, []).extend(re.findall(r"```python\n(.*?)```", body, re.S))
    return examples


def building_context(name):
    """A small model with the names the building examples use."""
    model = Styr.Model(name="Exempelkommun", kommunkod="9999")

    def add(entity):
        model.add(entity)
        return entity

    # An example that makes an entity with one of these ids gets the
    # name without the entity, so that its own `model.add` succeeds.
    taken = {"StyrOrgan": {"bun"}, "StyrUnit": {"sektor-bou"}}.get(name, set())

    def fresh(entity_id):
        return entity_id if entity_id not in taken else entity_id + "-exempel"

    kf = add(Styr.Organ(id="kf", kind=Styr.OrganKind.COUNCIL, name="Kommunfullmäktige"))
    ks = add(Styr.Organ(id="ks", kind=Styr.OrganKind.EXECUTIVE_BOARD, name="Kommunstyrelsen"))
    bun = add(Styr.Organ(id=fresh("bun"), kind=Styr.OrganKind.BOARD,
                         name="Barn- och utbildningsnämnden"))
    add(Styr.Unit(id=fresh("sektor-bou"), kind=Styr.UnitKind.ADMINISTRATION,
                  name="Sektor Barn och utbildning"))
    sektor = add(Styr.Unit(id="sektor", kind=Styr.UnitKind.ADMINISTRATION, name="Sektorn"))
    enhet = add(Styr.Unit(id="enhet", kind=Styr.UnitKind.UNIT, name="Enheten"))
    enhet.set_parent(sektor)
    skola = add(Styr.Unit(id="skola", kind=Styr.UnitKind.UNIT, name="Skolan"))
    skola.set_parent(sektor)
    im = add(Styr.Goal(id="im", level=Styr.GoalLevel.COUNCIL, title="Inriktningsmålet"))
    im.set_owner(kf)
    nm = add(Styr.Goal(id="nm", level=Styr.GoalLevel.BOARD, title="Nämndmålet"))
    nm.set_owner(bun)
    nm.add_parent(im)
    ind = add(Styr.Indicator(id="ind", name="Indikatorn"))
    arbetsplan = add(Styr.Document(id="arbetsplan", kind=Styr.DocumentKind.WORK_PLAN,
                                   title="Arbetsplan 2025", year=2025))
    calendar = Styr.Calendar.new_preset(Styr.CalendarPreset.TERTIAL, 2025)
    model.set_calendar(calendar)
    t1 = calendar.get_occasions()[0]
    return dict(model=model, kf=kf, ks=ks, bun=bun, sektor=sektor, enhet=enhet,
                skola=skola, im=im, nm=nm, goal=nm, ind=ind, arbetsplan=arbetsplan, t1=t1)


def reading_context(data):
    model = Styr.Model.new_from_path(os.path.join(data, "ratten.styr"))
    period = Styr.Period.parse("2025-T2")
    report = Styr.Report.new(model, period, None)
    return dict(model=model, report=report, section=report.get_sections()[0],
                follow_up=Styr.FollowUp.new(model, period), goal=model.get_goals()[0])


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: class_examples.py SOURCE-ROOT")
    root = sys.argv[1]
    data = os.path.join(root, "examples", "data")
    with open(os.path.join(data, "kolada-strandvik-2025.json"), "rb") as f:
        kolada = f.read()

    examples = class_examples(root)
    failed = []
    n = 0
    os.chdir(data)  # "strandvik-2025-08.se" and the like are examples/data's
    for name, codes in sorted(examples.items()):
        if not codes:
            failed.append(name)
            print(f"not ok - {name} has no ```python example")
            continue
        for i, code in enumerate(codes):
            n += 1
            names = {"Styr": Styr, "GLib": GLib, "Gio": Gio, "GObject": GObject,
                     "data": kolada, "warning_icon": Icon()}
            names.update(reading_context(data) if name.startswith(READERS)
                         else building_context(name))
            code = code.replace('"angelholm.styr"', '"ratten.styr"')
            try:
                with contextlib.redirect_stdout(io.StringIO()):
                    exec(compile(code, f"<{name} example {i + 1}>", "exec"), names)
            except Exception as e:  # noqa: BLE001 — report every failure
                failed.append(name)
                print(f"not ok - {name} example {i + 1}: {type(e).__name__}: {e}")
                continue
            print(f"ok - {name} example {i + 1}")
    print(f"{n} examples of {len(examples)} classes, {len(failed)} failed")
    sys.exit(1 if failed or not examples else 0)


if __name__ == "__main__":
    main()
