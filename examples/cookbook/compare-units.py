#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Jämför enheterna: budgetförbrukning och spridning.

Recept 5 i kokboken (docs/cookbook.md). Utvärderarna vill se
spridningen mellan enheter av samma slag. Receptet tar alla enheter på
en nivå (standard: enhet) och ställer för perioden det periodiserade
budgetbeloppet mot utfallet till och med periodens slut, båda
nettokostnader. Förbrukningen är utfall / periodiserad budget; 100 % är
precis enligt plan. Sedan lägsta, högsta, median och spridning (högsta
minus lägsta) över enheterna, och vilka enheter som ligger längst från
medianen. Tabellen skrivs som UT/jamforelse-enheter-PERIOD.csv.

    meson devenv -C _build/main /usr/bin/python3 "$PWD/examples/cookbook/compare-units.py"

Standard: examples/data/ratten.styr, perioden 2025-T2, nivån enhet och
den aktuella katalogen. --check summerar utfallet direkt ur XML-filen,
jämför budgeten för helåret med budgetraderna och räknar om
statistiken för sig.
"""

import argparse
import csv
import os
import statistics
import sys
import tempfile
import xml.etree.ElementTree as ET

import gi

gi.require_version("Styr", "1.0")
from gi.repository import Styr  # noqa: E402

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")

KINDS = {
    "forvaltning": Styr.UnitKind.ADMINISTRATION,
    "verksamhet": Styr.UnitKind.OPERATION,
    "enhet": Styr.UnitKind.UNIT,
}


def tkr(ore):
    return Styr.money_format(ore, Styr.MoneyUnit.TKR, 0)


def percent(x):
    return f"{x:.1f} %".replace(".", ",")


def compare(model, period, kind):
    """[(enhet, helårsbudget, periodiserad budget, utfall, förbrukning)]
    för enheterna med budget, i modellens ordning."""
    rows = []
    for unit in model.get_units():
        if unit.props.kind != kind:
            continue
        annual = unit.get_periodised_budget(Styr.Period.new_year(period.get_year()), None)
        budget = unit.get_periodised_budget(period, None)
        outcome = unit.get_outcome_to_date(period, None)
        if budget <= 0:
            continue      # ingen nettokostnadsbudget att jämföra med
        rows.append((unit, annual, budget, outcome, 100.0 * outcome / budget))
    return rows


def spread(rates):
    return {
        "lägsta": min(rates),
        "högsta": max(rates),
        "median": statistics.median(rates),
        "spridning": max(rates) - min(rates),
    }


def report(model, period, level, rows, output_dir):
    text = period.to_string()
    print(f"Budgetförbrukning per {text}, nivå {level}, {model.props.name}")
    print(f"{'Enhet':40} {'Periodiserad budget':>20} {'Utfall':>14} {'Förbrukning':>12}")
    for unit, annual, budget, outcome, rate in rows:
        print(f"{unit.props.name[:40]:40} {tkr(budget):>20} {tkr(outcome):>14} {percent(rate):>12}")
    stats = spread([r[4] for r in rows])
    print("  ".join(f"{k}: {percent(v)}" for k, v in stats.items()))
    median = stats["median"]
    furthest = sorted(rows, key=lambda r: abs(r[4] - median), reverse=True)[:3]
    print("Längst från medianen: " + ", ".join(
        f"{r[0].props.name} ({r[4] - median:+.1f} procentenheter)".replace(".", ",") for r in furthest))

    os.makedirs(output_dir, exist_ok=True)
    path = os.path.join(output_dir, f"jamforelse-enheter-{text}.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f, delimiter=";")
        out.writerow(["Enhet-id", "Enhet", "Budget helår (kr)", "Periodiserad budget (kr)",
                      "Utfall (kr)", "Förbrukning (%)"])
        for unit, annual, budget, outcome, rate in rows:
            # Kronor med decimalkomma: Excel med svenska inställningar läser dem som tal.
            out.writerow([unit.props.id, unit.props.name, kr_plain(annual), kr_plain(budget),
                          kr_plain(outcome), f"{rate:.1f}".replace(".", ",")])
        for k, v in stats.items():
            out.writerow(["", k, "", "", "", f"{v:.1f}".replace(".", ",")])
    print(f"Tabellen: {os.path.abspath(path)}")
    return stats


def kr_plain(ore):
    sign = "-" if ore < 0 else ""
    return f"{sign}{abs(ore) // 100},{abs(ore) % 100:02d}"


def check(model_path, period, level, rows, stats):
    ns = "{urn:libstyr:styr:1}"
    root = ET.parse(model_path).getroot()
    year, last = period.get_year(), period.get_last_month()
    ids = [e.get("id") for e in root.iter(ns + "enhet")
           if e.get("niva") == level and e.get("id")]
    outcome = {i: 0 for i in ids}
    annual = {i: 0 for i in ids}
    for u in root.iter(ns + "utfall"):
        y, m = map(int, u.get("period", "0-0").split("-"))
        if u.get("enhet") in outcome and y == year and m <= last:
            outcome[u.get("enhet")] += int(u.get("belopp"))
    for b in root.iter(ns + "budget"):
        if b.get("enhet") in annual and int(b.get("ar")) == year:
            annual[b.get("enhet")] += int(b.get("belopp"))
    problems = []
    listed = [r[0].props.id for r in rows]
    if listed != [i for i in ids if annual[i] > 0]:
        problems.append(f"enheterna {listed}, XML-filen har budget för "
                        f"{[i for i in ids if annual[i] > 0]}")
    for unit, a, budget, o, rate in rows:
        i = unit.props.id
        if o != outcome[i] or a != annual[i] or not 0 < budget <= a:
            problems.append(f"{i}: utfall {o} ≠ {outcome[i]} eller budget {a} ≠ {annual[i]}")
    rates = sorted(100.0 * outcome[i] / r[2] for i, r in zip(listed, rows))
    mid = len(rates) // 2
    median = rates[mid] if len(rates) % 2 else (rates[mid - 1] + rates[mid]) / 2
    want = {"lägsta": rates[0], "högsta": rates[-1], "median": median,
            "spridning": rates[-1] - rates[0]}
    if any(abs(want[k] - stats[k]) > 1e-9 for k in want):
        problems.append(f"statistiken {stats} ≠ {want}")
    if len(rows) < 2:
        problems.append("färre än två enheter att jämföra")
    for p in problems:
        print(f"compare-units.py --check: {p}", file=sys.stderr)
    return 1 if problems else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modell", nargs="?", default=os.path.join(DATA, "ratten.styr"))
    parser.add_argument("--period", default="2025-T2", help="perioden, t.ex. 2025-T2")
    parser.add_argument("--niva", choices=KINDS, default="enhet",
                        help="vilka enheter som jämförs (standard: enhet)")
    parser.add_argument("-o", "--output", metavar="KATALOG",
                        help="katalogen för CSV-filen (standard: den aktuella)")
    parser.add_argument("--check", action="store_true", help="kontrollera resultatet")
    args = parser.parse_args()
    model = Styr.Model.new_from_path(args.modell)
    period = Styr.Period.parse(args.period)
    rows = compare(model, period, KINDS[args.niva])
    with tempfile.TemporaryDirectory(prefix="jamforelse-") as tmp:
        output = args.output or (tmp if args.check else os.getcwd())
        stats = report(model, period, args.niva, rows, output)
        return check(args.modell, period, args.niva, rows, stats) if args.check else 0


if __name__ == "__main__":
    sys.exit(main())
