#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Läs in årets värden från Kolada och jämför med jämförelsekommunerna.

Recept 2 i kokboken (docs/cookbook.md). Läser ett svar från Koladas API
(JSON, hämtat i förväg: biblioteket går aldrig ut på nätet) i modellens
indikatorer med kalla="kolada". Kommunens egna värden blir utfall, andra
kommuners blir jämförelsevärden. Receptet skriver för varje sådan
indikator kommunens värde, jämförelsekommunernas och färgen enligt
Kommunens Kvalitet i Korthet (kvartil bland kommunerna), och sparar
modellen som UT/MODELL.styr.

    meson devenv -C _build/main /usr/bin/python3 "$PWD/examples/cookbook/import-kolada.py" \\
        --output "$PWD/ut"

Standard: examples/data/ratten.styr, examples/data/kolada-strandvik-2025.json,
året 2025 och den aktuella katalogen. --check läser JSON-filen och den
sparade modellen utan biblioteket och jämför värde för värde.
"""

import argparse
import json
import math
import os
import sys
import tempfile
import xml.etree.ElementTree as ET

import gi

gi.require_version("Styr", "1.0")
from gi.repository import GLib, Styr  # noqa: E402

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")


def fmt(value):
    return "–" if value is None or math.isnan(value) else f"{value:.1f}".replace(".", ",")


def import_kolada(model_path, json_path, year, output_dir):
    model = Styr.Model.new_from_path(model_path)
    with open(json_path, "rb") as f:
        result = model.import_kolada_bytes(GLib.Bytes.new(f.read()), os.path.basename(json_path))
    print(f"{os.path.basename(json_path)}: {result.props.n_values} egna värden, "
          f"{result.props.n_comparison_values} jämförelsevärden")
    for finding in result.get_findings():
        print(f"  varning: {finding.get_code()}: {finding.get_message()}")

    period = Styr.Period.new_year(year)
    own_code = model.props.kommunkod
    for indicator in model.get_indicators():
        if indicator.props.source != Styr.IndicatorSource.KOLADA:
            continue
        found, own = indicator.lookup_value(period)
        others = []
        for code in indicator.dup_comparison_municipalities():
            ok, value = indicator.lookup_comparison_value(code, period)
            if ok and code != own_code:
                others.append((code, value))
        if not found and not others:
            continue
        grade = indicator.grade_comparative(period)
        print(f"\n{indicator.props.name} ({indicator.props.source_id}), {year}")
        print(f"  {model.props.name} ({own_code}): {fmt(own if found else None)} "
              f"{indicator.props.measure_unit or ''} – jämfört: {Styr.grade_to_string(grade)}")
        for code, value in sorted(others):
            print(f"  {code}: {fmt(value)}")

    os.makedirs(output_dir, exist_ok=True)
    out = os.path.join(output_dir, os.path.basename(model_path))
    model.save_to_path(out, Styr.SaveFlags.NONE)
    print(f"\nSparade modellen med värdena: {os.path.abspath(out)}")
    return out


def check(json_path, saved_path, year):
    """Varje totalvärde i JSON-filen ska finnas i den sparade filen: som
    matvarde för kommunen själv, som jamforelse för de andra."""
    with open(json_path, encoding="utf-8") as f:
        rows = json.load(f)["values"]
    ns = {"s": "urn:libstyr:styr:1"}
    root = ET.parse(saved_path).getroot()
    own_code = root.find("s:kommun", ns).get("kommunkod")
    by_kpi = {i.get("kalla-id"): i for i in root.iterfind("s:indikator", ns)
              if i.get("kalla") == "kolada"}
    problems, n = [], 0
    for row in rows:
        total = [v["value"] for v in row["values"] if v["gender"] == "T"]
        ind = by_kpi.get(row["kpi"])
        if ind is None or not total or row["period"] != year:
            continue
        n += 1
        if row["municipality"] == own_code:
            got = [float(m.get("varde")) for m in ind.iterfind("s:matvarde", ns)
                   if m.get("period") == str(year)]
        else:
            got = [float(c.get("varde")) for c in ind.iterfind("s:jamforelse", ns)
                   if c.get("period") == str(year) and c.get("kommun") == row["municipality"]]
        if got != total:
            problems.append(f"{row['kpi']} {row['municipality']}: {got} ≠ {total}")
    if n == 0:
        problems.append("inga värden att kontrollera")
    for p in problems:
        print(f"import-kolada.py --check: {p}", file=sys.stderr)
    if not problems:
        print(f"Kontroll: alla {n} värden i {os.path.basename(json_path)} finns i modellen")
    return 1 if problems else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modell", nargs="?", default=os.path.join(DATA, "ratten.styr"))
    parser.add_argument("kolada", nargs="?", default=os.path.join(DATA, "kolada-strandvik-2025.json"))
    parser.add_argument("--ar", type=int, default=2025, help="året att visa (standard 2025)")
    parser.add_argument("-o", "--output", metavar="KATALOG",
                        help="katalogen för den sparade modellen (standard: den aktuella)")
    parser.add_argument("--check", action="store_true", help="kontrollera resultatet")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="import-kolada-") as tmp:
        output = args.output or (tmp if args.check else os.getcwd())
        saved = import_kolada(args.modell, args.kolada, args.ar, output)
        return check(args.kolada, saved, args.ar) if args.check else 0


if __name__ == "__main__":
    sys.exit(main())
