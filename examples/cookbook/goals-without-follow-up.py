#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Hitta mål som inte kan följas upp.

Recept 3 i kokboken (docs/cookbook.md). Ett mål kan följas upp när det
finns något att bedöma det på: indikatorer med utfall och målvärde,
aktiviteter eller mål under det. Receptet listar per ägare

  * nämndmål utan indikator – valideringens fel
    »namndmal-ej-uppfoljningsbart« (ett nämndmål ska ha minst en
    indikator, hur många aktiviteter det än har);
  * mål på alla nivåer som varken har indikator, aktivitet eller mål
    under sig: det finns inget underlag alls;
  * mål vars indikatorer inte går att bedöma per perioden (inget utfall
    känt vid periodens slut, eller inget målvärde för året) och som inte
    har mål under sig: förslaget blir »ej bedömd«.

och skriver listan som UT/mal-utan-uppfoljning-PERIOD.csv (semikolon,
UTF-8 med BOM, öppnas direkt i Excel).

    meson devenv -C _build/main /usr/bin/python3 \\
        "$PWD/examples/cookbook/goals-without-follow-up.py" "$PWD/tests/data/defects.styr"

Standard: examples/data/ratten.styr (där alla mål kan följas upp),
perioden 2025-T2 och den aktuella katalogen. --check räknar fram samma
lista direkt ur XML-filen och jämför.
"""

import argparse
import csv
import os
import sys
import tempfile
import xml.etree.ElementTree as ET

import gi

gi.require_version("Styr", "1.0")
from gi.repository import Styr  # noqa: E402

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")

LEVELS = {
    Styr.GoalLevel.COUNCIL: "inriktningsmål",
    Styr.GoalLevel.BOARD: "nämndmål",
    Styr.GoalLevel.OPERATIONAL: "verksamhetsmål",
    Styr.GoalLevel.UNIT: "enhetsmål",
}
REASONS = {
    "ingen-indikator": "nämndmålet har ingen indikator",
    "inget-underlag": "varken indikator, aktivitet eller mål under sig",
    "ej-bedombart": "ingen indikator kan bedömas per perioden",
}


def find(model, period):
    """[(goal, reason)] i modellens ordning, ett skäl per mål."""
    no_indicator = set()
    for finding in model.validate(period.get_year(), None):
        if finding.get_code() == Styr.FINDING_NAMNDMAL_EJ_UPPFOLJNINGSBART:
            no_indicator.update(o.props.id for o in finding.get_objects()
                                if isinstance(o, Styr.Goal))
    found = []
    for goal in model.get_goals():
        indicators = list(goal.get_indicators())
        has_children = len(goal.get_children()) > 0
        if goal.props.id in no_indicator:
            found.append((goal, "ingen-indikator"))
        elif not indicators and not has_children and len(goal.get_activities()) == 0:
            found.append((goal, "inget-underlag"))
        elif indicators and not has_children and all(
                i.grade(period) == Styr.Grade.NOT_ASSESSED for i in indicators):
            found.append((goal, "ej-bedombart"))
    return found


def report(model, period, found, output_dir):
    text = period.to_string()
    if not found:
        print(f"Alla {len(model.get_goals())} mål i {model.props.name} kan följas upp per {text}.")
    by_owner = {}
    for goal, reason in found:
        owner = goal.props.owner.props.name if goal.props.owner else "(ingen ägare)"
        by_owner.setdefault(owner, []).append((goal, reason))
    for owner, goals in by_owner.items():
        print(f"{owner}:")
        for goal, reason in goals:
            print(f"  {LEVELS[goal.props.level]} »{goal.props.title}« ({goal.props.id}): "
                  f"{REASONS[reason]}")
    os.makedirs(output_dir, exist_ok=True)
    path = os.path.join(output_dir, f"mal-utan-uppfoljning-{text}.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f, delimiter=";")
        out.writerow(["Mål-id", "Mål", "Nivå", "Ägare", "Skäl"])
        for goal, reason in found:
            owner = goal.props.owner.props.name if goal.props.owner else ""
            out.writerow([goal.props.id, goal.props.title, LEVELS[goal.props.level],
                          owner, REASONS[reason]])
    print(f"{len(found)} mål kan inte följas upp: {os.path.abspath(path)}")
    return path


# --check: samma lista ur XML-filen, utan biblioteket.
NS = "{urn:libstyr:styr:1}"


def period_end(text):
    """(år, sista månad) för 2025, 2025-T2, 2025-Q3, 2025-05."""
    year, _, rest = text.partition("-")
    if not rest:
        return int(year), 12
    if rest[0] == "T":
        return int(year), 4 * int(rest[1:])
    if rest[0] == "Q":
        return int(year), 3 * int(rest[1:])
    return int(year), int(rest)


def expected_from_xml(path, period_text):
    root = ET.parse(path).getroot()
    end = period_end(period_text)
    year = end[0]
    gradable = {}
    for ind in root.iter(NS + "indikator"):
        if ind.get("id") is None:
            continue
        target = any(t.get("ar") in (str(year), "0") for t in ind.iter(NS + "malvarde"))
        value = any(period_end(m.get("period")) <= end for m in ind.iter(NS + "matvarde"))
        gradable[ind.get("id")] = target and value
    goals = [g for g in root.iter(NS + "mal") if g.get("id")]
    parents = {b.get("mal") for g in goals for b in g.iter(NS + "bidrar-till")}
    with_activity = {r.get("ref") for a in root.iter(NS + "aktivitet")
                     for r in a.iter(NS + "mal")}
    expected = []
    for g in goals:
        refs = [i.get("ref") for i in g.iter(NS + "indikator")]
        gid = g.get("id")
        if g.get("niva") == "namndmal" and not refs:
            expected.append((gid, "ingen-indikator"))
        elif not refs and gid not in parents and gid not in with_activity:
            expected.append((gid, "inget-underlag"))
        elif refs and gid not in parents and not any(gradable[r] for r in refs):
            expected.append((gid, "ej-bedombart"))
    return expected


def check(model_path, period_text, found, csv_path):
    expected = expected_from_xml(model_path, period_text)
    got = [(g.props.id, r) for g, r in found]
    with open(csv_path, encoding="utf-8-sig") as f:
        rows = list(csv.reader(f, delimiter=";"))[1:]
    problems = []
    if got != expected:
        problems.append(f"hittade {got}, XML-filen ger {expected}")
    if [r[0] for r in rows] != [g for g, _ in expected]:
        problems.append(f"CSV-filen har {[r[0] for r in rows]}")
    for p in problems:
        print(f"goals-without-follow-up.py --check: {p}", file=sys.stderr)
    return 1 if problems else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modell", nargs="?", default=os.path.join(DATA, "ratten.styr"))
    parser.add_argument("--period", default="2025-T2", help="perioden, t.ex. 2025-T2")
    parser.add_argument("-o", "--output", metavar="KATALOG",
                        help="katalogen för CSV-filen (standard: den aktuella)")
    parser.add_argument("--check", action="store_true", help="kontrollera resultatet")
    args = parser.parse_args()
    model = Styr.Model.new_from_path(args.modell)
    period = Styr.Period.parse(args.period)
    found = find(model, period)
    with tempfile.TemporaryDirectory(prefix="mal-utan-uppfoljning-") as tmp:
        output = args.output or (tmp if args.check else os.getcwd())
        path = report(model, period, found, output)
        return check(args.modell, args.period, found, path) if args.check else 0


if __name__ == "__main__":
    sys.exit(main())
