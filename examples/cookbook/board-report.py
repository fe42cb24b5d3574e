#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Skriv tertialrapporten för en nämnd.

Recept 7 i kokboken (docs/cookbook.md). Skriver nämndens rapport per
perioden – sammanfattning, nämndens mål per perspektiv med bedömning,
förslag, prognos, indikatorernas målvärden och utfall, analys och
åtgärder, nämndens ekonomi och aktiviteter – som en fristående
HTML-sida, ett OpenDocument-dokument (LibreOffice och Word; PDF
därifrån) och en CSV-fil per tabell. Rapportens titel och avsnitt
skrivs ut, så att man ser vad den innehåller utan att öppna den.

    meson devenv -C _build/main /usr/bin/python3 \\
        "$PWD/examples/cookbook/board-report.py" --namnd valfardsnamnd --output "$PWD/ut"

Standard: examples/data/ratten.styr, nämnden valfardsnamnd, perioden
2025-T2 och den aktuella katalogen; filerna heter
tertialrapport-PERIOD-NÄMND.html, .odt och katalogen …-tabeller.
--check läser nämndens mål direkt ur XML-filen och kontrollerar att
varje måls titel står i HTML-sidan och i OpenDocument-dokumentet.
"""

import argparse
import os
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

import gi

gi.require_version("Styr", "1.0")
from gi.repository import Gio, Styr  # noqa: E402

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")


def write_board_report(model, organ, period, output_dir):
    report = Styr.Report.new(model, period, organ)
    print(f"{report.get_title()}")
    if report.get_subtitle():
        print(f"{report.get_subtitle()}")
    for section in report.get_sections():
        print(f"  {section.get_title()}")

    os.makedirs(output_dir, exist_ok=True)
    stem = os.path.join(output_dir, f"tertialrapport-{period.to_string()}-{organ.props.id}")
    report.write_html_to_path(stem + ".html")
    report.write_odt_to_path(stem + ".odt")
    os.makedirs(stem + "-tabeller", exist_ok=True)
    report.write_csv(Gio.File.new_for_path(stem + "-tabeller"))
    print(f"HTML: {os.path.abspath(stem)}.html")
    print(f"OpenDocument: {os.path.abspath(stem)}.odt")
    print(f"Tabeller (CSV): {os.path.abspath(stem)}-tabeller/")
    return stem


def check(model_path, organ_id, stem):
    ns = "{urn:libstyr:styr:1}"
    titles = [g.get("titel") for g in ET.parse(model_path).getroot().iter(ns + "mal")
              if g.get("agare") == organ_id and g.get("titel")]
    problems = [] if titles else [f"XML-filen har inga mål som ägs av {organ_id}"]
    html = ET.parse(stem + ".html").getroot()
    html_text = " ".join(" ".join(html.itertext()).split())
    with zipfile.ZipFile(stem + ".odt") as z:
        odt_text = " ".join(" ".join(ET.fromstring(z.read("content.xml")).itertext()).split())
    for t in titles:
        if t not in html_text:
            problems.append(f"HTML-sidan saknar »{t}«")
        if t not in odt_text:
            problems.append(f"OpenDocument-dokumentet saknar »{t}«")
    if not any(f.endswith(".csv") for f in os.listdir(stem + "-tabeller")):
        problems.append("inga CSV-tabeller")
    for p in problems:
        print(f"board-report.py --check: {p}", file=sys.stderr)
    if not problems:
        print(f"Kontroll: alla {len(titles)} mål som {organ_id} äger står i rapporten")
    return 1 if problems else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modell", nargs="?", default=os.path.join(DATA, "ratten.styr"))
    parser.add_argument("--namnd", metavar="ID", default="valfardsnamnd",
                        help="nämndens id (standard: valfardsnamnd)")
    parser.add_argument("--period", default="2025-T2", help="perioden, t.ex. 2025-T2")
    parser.add_argument("-o", "--output", metavar="KATALOG",
                        help="katalogen för rapporten (standard: den aktuella)")
    parser.add_argument("--check", action="store_true", help="kontrollera resultatet")
    args = parser.parse_args()
    model = Styr.Model.new_from_path(args.modell)
    organ = model.lookup_organ(args.namnd)
    if organ is None:
        names = ", ".join(o.props.id for o in model.get_organs())
        sys.exit(f"board-report.py: ingen nämnd med id »{args.namnd}« (finns: {names})")
    with tempfile.TemporaryDirectory(prefix="nämndrapport-") as tmp:
        output = args.output or (tmp if args.check else os.getcwd())
        stem = write_board_report(model, organ, Styr.Period.parse(args.period), output)
        return check(args.modell, args.namnd, stem) if args.check else 0


if __name__ == "__main__":
    sys.exit(main())
