#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Läs in en månads utfall från ekonomisystemets SIE-fil.

Recept 1 i kokboken (docs/cookbook.md). Läser modellen, läser in en
månad ur SIE-filen (en ny inläsning av samma månad ersätter den, så inget
räknas två gånger), skriver vad som inte kunde mappas till en enhet eller
ett kostnadsslag och sparar modellen med utfallet som UT/MODELL.styr.

    meson devenv -C _build/main /usr/bin/python3 "$PWD/examples/cookbook/import-sie.py" \\
        --output "$PWD/ut"

Standard: examples/data/ratten.styr, examples/data/strandvik-2025-08.se,
månaden 2025-08 och utkatalogen den aktuella katalogen. --check räknar om
summan direkt ur SIE-filens #PSALDO-rader och jämför med det sparade
utfallet (och skriver då i en tillfällig katalog om --output saknas).
"""

import argparse
import os
import re
import sys
import tempfile
import xml.etree.ElementTree as ET

import gi

gi.require_version("Styr", "1.0")
from gi.repository import GLib, Styr  # noqa: E402

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")


def kr(ore):
    return Styr.money_format(ore, Styr.MoneyUnit.KR, 2)


def import_month(model_path, sie_path, month, output_dir):
    model = Styr.Model.new_from_path(model_path)
    period = Styr.Period.parse(month)

    # Filen kan läsas för sig först: vem som skrev den och för vilket år.
    with open(sie_path, "rb") as f:
        sie = Styr.SieFile.new_from_bytes(GLib.Bytes.new(f.read()), os.path.basename(sie_path))
    print(f"{os.path.basename(sie_path)}: SIE typ {sie.get_sie_type()} från "
          f"»{sie.get_program()}«, {sie.get_company_name()}, "
          f"{sie.get_n_period_rows()} periodsaldon")

    # Inläsningen: allt eller inget. Omappat sparas och rapporteras.
    result = model.import_sie(sie, period)
    print(f"Inläst {month}: {result.get_n_values()} utfallsrader, "
          f"varav {result.get_n_replaced()} ersatte befintliga")
    print(f"Omappat belopp: {kr(result.get_unmapped_amount())}")
    for finding in result.get_findings():
        print(f"  varning: {finding.get_code()}: {finding.get_message()}")

    os.makedirs(output_dir, exist_ok=True)
    out = os.path.join(output_dir, os.path.basename(model_path))
    model.save_to_path(out, Styr.SaveFlags.NONE)
    print(f"Sparade modellen med utfallet: {os.path.abspath(out)}")
    return out


# --check: summan av SIE-filens periodsaldon per objekt på kontoklass 3–7
# ska vara summan av enheternas utfall plus det omappade för månaden.
PSALDO = re.compile(rb'^#PSALDO\s+0\s+(\d{6})\s+(\d+)\s+\{\s*1\s+"([^"]*)"\s*\}\s+(-?\d+(?:\.\d+)?)')


def ore(text):
    sign = -1 if text.startswith("-") else 1
    whole, _, frac = text.lstrip("-").partition(".")
    return sign * (int(whole) * 100 + int((frac + "00")[:2]))


def check(sie_path, saved_path, month):
    yyyymm = month.replace("-", "").encode()
    expected = 0
    with open(sie_path, "rb") as f:
        for line in f:
            m = PSALDO.match(line.strip())
            if m and m.group(1) == yyyymm and m.group(2)[:1] in b"34567":
                expected += ore(m.group(4).decode())
    ns = {"s": "urn:libstyr:styr:1"}
    root = ET.parse(saved_path).getroot()
    booked = sum(int(e.get("belopp")) for e in root.iterfind(".//s:ekonomi/s:utfall", ns)
                 if e.get("period") == month)
    unmapped = sum(int(e.get("belopp")) for e in root.iterfind(".//s:ekonomi/s:omappat", ns)
                   if e.get("period") == month and e.get("konto")[:1] in "34567")
    if expected == 0 or booked + unmapped != expected:
        print(f"import-sie.py --check: SIE-filen {expected} öre, modellen "
              f"{booked} + omappat {unmapped} öre", file=sys.stderr)
        return 1
    print(f"Kontroll: {kr(expected)} i SIE-filen = {kr(booked)} på enheter "
          f"+ {kr(unmapped)} omappat")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modell", nargs="?", default=os.path.join(DATA, "ratten.styr"))
    parser.add_argument("sie", nargs="?", default=os.path.join(DATA, "strandvik-2025-08.se"))
    parser.add_argument("--manad", default="2025-08", help="månaden, t.ex. 2025-08")
    parser.add_argument("-o", "--output", metavar="KATALOG",
                        help="katalogen för den sparade modellen (standard: den aktuella)")
    parser.add_argument("--check", action="store_true", help="kontrollera resultatet")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="import-sie-") as tmp:
        output = args.output or (tmp if args.check else os.getcwd())
        saved = import_month(args.modell, args.sie, args.manad, output)
        return check(args.sie, saved, args.manad) if args.check else 0


if __name__ == "__main__":
    sys.exit(main())
