#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Lista försenade aktiviteter per en dag.

Recept 4 i kokboken (docs/cookbook.md). En aktivitet är försenad när den
har status »försenad«, eller när slutdatumet har passerats utan att den
är klar eller avbruten (Activity.is_late). Receptet listar dem per enhet
med hur många dagar de är sena, vilka mål de skulle flytta och vem som
är ansvarig, och skriver listan som UT/sena-aktiviteter-DATUM.csv
(semikolon, UTF-8 med BOM, för Excel).

    meson devenv -C _build/main /usr/bin/python3 \\
        "$PWD/examples/cookbook/late-activities.py" --datum 2025-09-15

Standard: examples/data/ratten.styr, dagen 2025-09-15 (när delårsrapporten
skrivs; »idag« ger dagens datum) och den aktuella katalogen. --check
räknar fram listan direkt ur XML-filen och jämför.
"""

import argparse
import csv
import datetime
import os
import sys
import tempfile
import xml.etree.ElementTree as ET

import gi

gi.require_version("Styr", "1.0")
from gi.repository import GLib, Styr  # noqa: E402

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")

STATUS = {
    Styr.ActivityStatus.NOT_STARTED: "ej påbörjad",
    Styr.ActivityStatus.ONGOING: "pågår",
    Styr.ActivityStatus.DONE: "klar",
    Styr.ActivityStatus.LATE: "försenad",
    Styr.ActivityStatus.CANCELLED: "avbruten",
}


def to_date(gdate):
    if gdate is None or not gdate.valid():
        return None
    return datetime.date(gdate.get_year(), int(gdate.get_month()), gdate.get_day())


def late_activities(model, day):
    today = GLib.Date.new_dmy(day.day, GLib.DateMonth(day.month), day.year)
    late = []
    for activity in model.get_activities():
        if activity.is_late(today):
            end = to_date(activity.get_end_date())
            days = (day - end).days if end and end < day else None
            late.append((activity, end, days))
    return late


def report(model, day, late, output_dir):
    print(f"Försenade aktiviteter i {model.props.name} per {day.isoformat()}: {len(late)} "
          f"av {len(model.get_activities())}")
    by_unit = {}
    for row in late:
        unit = row[0].props.unit
        by_unit.setdefault(unit.props.name if unit else "(ingen enhet)", []).append(row)
    for unit, rows in by_unit.items():
        print(f"{unit}:")
        for activity, end, days in rows:
            late_text = f"{days} dagar efter slutdatum {end}" if days else "status försenad"
            print(f"  »{activity.props.title}« ({STATUS[activity.props.status]}, {late_text})")
    os.makedirs(output_dir, exist_ok=True)
    path = os.path.join(output_dir, f"sena-aktiviteter-{day.isoformat()}.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f, delimiter=";")
        out.writerow(["Aktivitet-id", "Aktivitet", "Enhet", "Ansvarig", "Status",
                      "Slutdatum", "Dagar sen", "Mål"])
        for activity, end, days in late:
            unit = activity.props.unit
            out.writerow([activity.props.id, activity.props.title,
                          unit.props.name if unit else "", activity.props.responsible or "",
                          STATUS[activity.props.status], end.isoformat() if end else "",
                          days if days is not None else "",
                          ", ".join(g.props.title for g in activity.get_goals())])
    print(f"Listan: {os.path.abspath(path)}")
    return path


def check(model_path, day, late, csv_path):
    """Samma regel direkt på XML-filen."""
    ns = {"s": "urn:libstyr:styr:1"}
    expected = []
    for a in ET.parse(model_path).getroot().iterfind("s:aktivitet", ns):
        status, end = a.get("status"), a.get("slut")
        if status == "forsenad" or (end and datetime.date.fromisoformat(end) < day
                                    and status not in ("klar", "avbruten")):
            expected.append(a.get("id"))
    got = [a.props.id for a, _, _ in late]
    with open(csv_path, encoding="utf-8-sig") as f:
        in_csv = [r[0] for r in list(csv.reader(f, delimiter=";"))[1:]]
    problems = []
    if got != expected:
        problems.append(f"hittade {got}, XML-filen ger {expected}")
    if in_csv != expected:
        problems.append(f"CSV-filen har {in_csv}")
    for p in problems:
        print(f"late-activities.py --check: {p}", file=sys.stderr)
    return 1 if problems else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modell", nargs="?", default=os.path.join(DATA, "ratten.styr"))
    parser.add_argument("--datum", default="2025-09-15",
                        help="dagen att bedöma, ÅÅÅÅ-MM-DD eller »idag« (standard 2025-09-15)")
    parser.add_argument("-o", "--output", metavar="KATALOG",
                        help="katalogen för CSV-filen (standard: den aktuella)")
    parser.add_argument("--check", action="store_true", help="kontrollera resultatet")
    args = parser.parse_args()
    day = datetime.date.today() if args.datum == "idag" else datetime.date.fromisoformat(args.datum)
    model = Styr.Model.new_from_path(args.modell)
    late = late_activities(model, day)
    with tempfile.TemporaryDirectory(prefix="sena-aktiviteter-") as tmp:
        output = args.output or (tmp if args.check else os.getcwd())
        path = report(model, day, late, output)
        return check(args.modell, day, late, path) if args.check else 0


if __name__ == "__main__":
    sys.exit(main())
