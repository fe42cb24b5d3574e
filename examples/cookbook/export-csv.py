#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Exportera en tabell ur tertialrapporten till CSV för Excel.

Recept 6 i kokboken (docs/cookbook.md). Tertialrapporten är först data
(Styr.Report) och sedan HTML, OpenDocument och CSV. Receptet tar en
tabell ur rapporten (standard: driftredovisningen) och skriver den så
att Excel med svenska inställningar öppnar den direkt: semikolon,
UTF-8 med BOM, belopp som tal med decimalkomma och utan
tusentalsavgränsare, i den enhet man väljer (kr med öre, tkr eller
mnkr, avrundat bort från noll). Utan --tabell skrivs driftredovisningen;
--lista visar vilka tabeller rapporten har.

    meson devenv -C _build/main /usr/bin/python3 "$PWD/examples/cookbook/export-csv.py" \\
        --tabell driftredovisning --enhet tkr

Standard: examples/data/ratten.styr, perioden 2025-T2, hela kommunen
(--namnd ID för en nämnd), enheten kr och den aktuella katalogen; filen
heter TABELL-PERIOD.csv. --check läser tillbaka CSV-filen och jämför
summaraden med summan av raderna och, för driftredovisningen, utfallet
med enheternas utfallsrader i XML-filen.
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

# Öre per visningsenhet och antal decimaler i CSV-filen.
UNITS = {"kr": (100, 2), "tkr": (100_000, 0), "mnkr": (100_000_000, 1)}


def amount(ore, unit):
    """Öre som tal för Excel: avrundat bort från noll, decimalkomma."""
    per, decimals = UNITS[unit]
    step = per // 10 ** decimals              # öre per sista siffra
    units, rest = divmod(abs(ore), step)
    if 2 * rest >= step:
        units += 1
    text = str(units).rjust(decimals + 1, "0")
    if decimals:
        text = text[:-decimals] + "," + text[-decimals:]
    return ("-" if ore < 0 and units else "") + text


def cell(table, row, column, unit):
    kind = table.get_column_kind(column)
    if kind == Styr.ReportColumnKind.MONEY:
        ok, ore = table.get_money(row, column)
        return amount(ore, unit) if ok else ""
    if kind in (Styr.ReportColumnKind.PERCENT, Styr.ReportColumnKind.NUMBER):
        ok, value = table.get_number(row, column)
        return f"{value:.1f}".replace(".", ",") if ok else ""
    return table.get_text(row, column) or ""


def title(table, column, unit):
    text = table.get_column_title(column)
    if table.get_column_kind(column) == Styr.ReportColumnKind.MONEY:
        # Rubriken säger rapportens enhet (»…, tkr«); byt till den valda.
        text = text.rsplit(", ", 1)[0] + f", {unit}"
    return text


def export(report, table_id, unit, output_dir):
    table = report.lookup_table(table_id)
    if table is None:
        sys.exit(f"export-csv.py: rapporten har ingen tabell »{table_id}«; se --lista")
    os.makedirs(output_dir, exist_ok=True)
    path = os.path.join(output_dir, f"{table_id}-{report.get_period().to_string()}.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f, delimiter=";")
        out.writerow([title(table, c, unit) for c in range(table.get_n_columns())])
        for row in range(table.get_n_rows()):
            out.writerow([cell(table, row, c, unit) for c in range(table.get_n_columns())])
    print(f"{table.get_caption()}: {table.get_n_rows()} rader, belopp i {unit}")
    print(f"CSV-filen: {os.path.abspath(path)}")
    return table, path


# --check -------------------------------------------------------------------

def to_ore(text):
    """Tillbaka till öre ur en kr-cell (bara med --enhet kr är det exakt)."""
    sign = -1 if text.startswith("-") else 1
    whole, _, frac = text.lstrip("-").partition(",")
    return sign * (int(whole) * 100 + int((frac + "00")[:2]))


def check(model_path, report, table, path, unit):
    problems = []
    with open(path, encoding="utf-8-sig") as f:
        rows = list(csv.reader(f, delimiter=";"))
    if len(rows) != table.get_n_rows() + 1 or rows[0][0] != table.get_column_title(0):
        problems.append(f"{len(rows)} rader i CSV-filen, tabellen har {table.get_n_rows()} + rubrik")
    money = [c for c in range(table.get_n_columns())
             if table.get_column_kind(c) == Styr.ReportColumnKind.MONEY]
    totals = [r for r in range(table.get_n_rows()) if table.get_row_is_total(r)]
    if unit == "kr" and money and totals:
        body = [r for r in range(table.get_n_rows()) if not table.get_row_is_total(r)]
        for c in money:
            if any(rows[r + 1][c] == "" for r in body):
                continue      # en kolumn med tomma celler summeras inte
            if sum(to_ore(rows[r + 1][c]) for r in body) != to_ore(rows[totals[-1] + 1][c]):
                problems.append(f"kolumnen »{rows[0][c]}«: raderna summerar inte till summaraden")
    if table.get_id() == "driftredovisning" and unit == "kr" and totals:
        period = report.get_period()
        ns = "{urn:libstyr:styr:1}"
        xml_total = 0
        for u in ET.parse(model_path).getroot().iter(ns + "utfall"):
            year, _, month = u.get("period", "").partition("-")
            if u.get("enhet") and int(year) == period.get_year() and \
                    int(month) <= period.get_last_month():
                xml_total += int(u.get("belopp"))
        column = next(c for c in money if table.get_column_title(c).startswith("Utfall"))
        got = to_ore(rows[totals[-1] + 1][column])
        if got != xml_total:
            problems.append(f"utfall totalt {got} öre, XML-filens utfallsrader {xml_total} öre")
    for p in problems:
        print(f"export-csv.py --check: {p}", file=sys.stderr)
    return 1 if problems else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modell", nargs="?", default=os.path.join(DATA, "ratten.styr"))
    parser.add_argument("--period", default="2025-T2", help="perioden, t.ex. 2025-T2")
    parser.add_argument("--namnd", metavar="ID", help="rapporten för nämnden ID")
    parser.add_argument("--tabell", default="driftredovisning", help="tabellens id")
    parser.add_argument("--enhet", choices=UNITS, default="kr", help="beloppens enhet")
    parser.add_argument("--lista", action="store_true", help="lista rapportens tabeller")
    parser.add_argument("-o", "--output", metavar="KATALOG",
                        help="katalogen för CSV-filen (standard: den aktuella)")
    parser.add_argument("--check", action="store_true", help="kontrollera resultatet")
    args = parser.parse_args()
    model = Styr.Model.new_from_path(args.modell)
    organ = model.lookup_organ(args.namnd) if args.namnd else None
    if args.namnd and organ is None:
        sys.exit(f"export-csv.py: ingen nämnd med id »{args.namnd}«")
    report = Styr.Report.new(model, Styr.Period.parse(args.period), organ)
    if args.lista:
        for table in report.get_tables():
            print(f"{table.get_id():40} {table.get_caption()}")
        return 0
    with tempfile.TemporaryDirectory(prefix="export-csv-") as tmp:
        output = args.output or (tmp if args.check else os.getcwd())
        table, path = export(report, args.tabell, args.enhet, output)
        return check(args.modell, report, table, path, args.enhet) if args.check else 0


if __name__ == "__main__":
    sys.exit(main())
