#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""The controller's delårsrapport per augusti in Strandvik, the Ratten example.

What a municipal controller does when the August books are closed and the
nämnder have given their forecasts:

1. load the model, examples/data/ratten.styr — the goals, the budget, the
   outcomes January–August and the forecasts at the delårsrapport;
2. import the month from the finance system's SIE file,
   examples/data/strandvik-2025-08.se (a re-import replaces the month, so
   nothing is counted twice), and this year's values from Kolada,
   examples/data/kolada-strandvik-2025.json (the municipality's own and
   three comparison municipalities');
3. validate the model and print what is loose (an ansvar nobody has
   mapped, a goal not assessed);
4. write the report for 2025-T2 — for the municipality and for each
   nämnd — as HTML (for the web and for print), OpenDocument text (for
   LibreOffice and Word, and PDF from there) and CSV (one file per table,
   for Excel), and print where each is.

Run it against an uninstalled build with

    scripts/run-example
or
    meson devenv -C _build/main /usr/bin/python3 "$PWD/examples/tertialrapport.py"

The reports go to tertialrapport-2025-T2/ in the current directory, or to
the directory given with -o: kommunen.html, kommunen.odt and the tables in
kommunen-tabeller/, and the same for each nämnd by its id (ks.html, …).
With --check the script also verifies that every file is there, is not
empty, that the HTML parses and the OpenDocument package holds its
content, and exits non-zero if not (this is how `meson test` runs it);
without -o it then writes into a temporary directory and removes it.
"""

import argparse
import datetime
import os
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

try:
    import gi

    gi.require_version("Styr", "1.0")
    from gi.repository import Gio, GLib, Styr
except (ImportError, ValueError) as e:
    sys.exit(
        f"tertialrapport.py: cannot load libstyr's Python bindings ({e}).\n"
        "It needs Debian's /usr/bin/python3 with python3-gi and the Styr-1.0 "
        "typelib on GI_TYPELIB_PATH. Run it through scripts/run-example, or "
        "build first and use\n"
        '  meson devenv -C _build/main /usr/bin/python3 "$PWD/examples/tertialrapport.py"'
    )

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
MODEL = os.path.join(DATA, "ratten.styr")
SIE = os.path.join(DATA, "strandvik-2025-08.se")
KOLADA = os.path.join(DATA, "kolada-strandvik-2025.json")

PERIOD = "2025-T2"
SIE_MONTH = "2025-08"
# The day the controller runs it: the books for August are closed, the
# delårsrapport is due at the end of September.
TODAY = datetime.date(2025, 9, 15)

SEVERITY = {
    Styr.Severity.ERROR: "fel",
    Styr.Severity.WARNING: "varning",
    Styr.Severity.INFO: "information",
}

NAMND_KINDS = (Styr.OrganKind.BOARD, Styr.OrganKind.EXECUTIVE_BOARD)


def load_and_import():
    """Steps 1 and 2: the model with August and Kolada's values."""
    model = Styr.Model.new_from_path(MODEL)
    lines = [f"Läste {os.path.relpath(MODEL, os.path.dirname(HERE))}: {model.props.name}"]

    sie = model.import_sie_path(SIE, Styr.Period.parse(SIE_MONTH))
    unmapped = Styr.money_format(sie.get_unmapped_amount(), Styr.MoneyUnit.KR, 2)
    lines.append(f"Importerade {sie.get_n_values()} utfallsrader för {SIE_MONTH} "
                 f"({sie.get_n_replaced()} ersatta) från {os.path.basename(SIE)}; "
                 f"omappat {unmapped}")

    with open(KOLADA, "rb") as f:
        kolada = model.import_kolada_bytes(GLib.Bytes.new(f.read()), os.path.basename(KOLADA))
    lines.append(f"Importerade {kolada.props.n_values} egna värden och "
                 f"{kolada.props.n_comparison_values} jämförelsevärden från "
                 f"{os.path.basename(KOLADA)}")
    for result in (sie, kolada):
        for finding in result.get_findings():
            lines.append(f"  {SEVERITY[finding.get_severity()]}: {finding.get_code()}: "
                         f"{finding.get_message()}")
    return model, lines


def validate(model, period):
    """Step 3: what validation finds for the year, as of TODAY."""
    today = GLib.Date.new_dmy(TODAY.day, GLib.DateMonth(TODAY.month), TODAY.year)
    findings = list(model.validate(period.get_year(), today))
    lines = [f"Validering per {TODAY.isoformat()}: "
             f"{len(findings)} {'anmärkning' if len(findings) == 1 else 'anmärkningar'}"]
    for finding in findings:
        lines.append(f"  {SEVERITY[finding.get_severity()]}: {finding.get_code()}: "
                     f"{finding.get_message()}")
    return findings, lines


def reports_to_write(model):
    """(file stem, organ or None, label): the municipality, then each nämnd
    in the model's order."""
    out = [("kommunen", None, model.props.name)]
    for organ in model.get_organs():
        if organ.props.kind in NAMND_KINDS:
            out.append((organ.props.id, organ, organ.props.name))
    return out


def write_reports(model, period, directory):
    """Step 4: every report in every format. Returns [(label, format,
    path)] in the order written."""
    os.makedirs(directory, exist_ok=True)
    written = []
    title = None
    for stem, organ, label in reports_to_write(model):
        report = Styr.Report.new(model, period, organ)
        title = title or report.get_title()
        html = os.path.join(directory, stem + ".html")
        report.write_html_to_path(html)
        written.append((label, "html", html))
        odt = os.path.join(directory, stem + ".odt")
        report.write_odt_to_path(odt)
        written.append((label, "odt", odt))
        tables = os.path.join(directory, stem + "-tabeller")
        os.makedirs(tables, exist_ok=True)
        report.write_csv(Gio.File.new_for_path(tables))
        written.append((label, "csv", tables))
    return title, written


FORMAT_NAMES = {"html": "HTML", "odt": "OpenDocument", "csv": "CSV"}


def render(title, written):
    lines = [f"{title}:"]
    for label, fmt, path in written:
        suffix = "/" if fmt == "csv" else ""
        lines.append(f"  {label}, {FORMAT_NAMES[fmt]}: {os.path.abspath(path)}{suffix}")
    return lines


# ---------------------------------------------------------------------------
# --check


def check(model, findings, written):
    problems = []
    expected = {(label, fmt) for _, _, label in reports_to_write(model)
                for fmt in ("html", "odt", "csv")}
    if {(label, fmt) for label, fmt, _ in written} != expected:
        problems.append(f"reports written: {sorted(written)}, expected {sorted(expected)}")
    if len(expected) < 3 * 5:
        problems.append("fewer than four nämnder")
    for label, fmt, path in written:
        if fmt == "csv":
            files = [f for f in os.listdir(path) if f.endswith(".csv")] if os.path.isdir(path) else []
            if not files:
                problems.append(f"{path}: no CSV files")
            elif "driftredovisning.csv" not in files:
                problems.append(f"{path}: no driftredovisning.csv")
            for f in files:
                if os.path.getsize(os.path.join(path, f)) == 0:
                    problems.append(f"{path}/{f}: empty")
            continue
        if not os.path.isfile(path) or os.path.getsize(path) == 0:
            problems.append(f"{path}: missing or empty")
            continue
        if fmt == "html":
            try:
                root = ET.parse(path).getroot()
            except ET.ParseError as e:
                problems.append(f"{path}: does not parse: {e}")
                continue
            if root.get("lang") != "sv":
                problems.append(f"{path}: not lang=sv")
            if not any(t.get("data-table") == "driftredovisning" for t in root.iter("table")):
                problems.append(f"{path}: no driftredovisning")
        else:
            try:
                with zipfile.ZipFile(path) as z:
                    if z.infolist()[0].filename != "mimetype" or \
                            z.read("mimetype") != b"application/vnd.oasis.opendocument.text":
                        problems.append(f"{path}: not an OpenDocument text")
                    ET.fromstring(z.read("content.xml"))
            except (zipfile.BadZipFile, KeyError, ET.ParseError) as e:
                problems.append(f"{path}: {e}")
    # The one loose end of the example: August's unmapped ansvar.
    codes = sorted({f.get_code() for f in findings})
    if "utfall-omappat" not in codes:
        problems.append(f"validation: no utfall-omappat among {codes}")
    return problems


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", metavar="DIR",
                        help="write the reports to DIR (default: tertialrapport-2025-T2 "
                             "in the current directory; with --check a temporary directory)")
    parser.add_argument("--check", action="store_true",
                        help="verify every file and exit non-zero if one is missing or broken")
    args = parser.parse_args(argv)
    if args.output is None and args.check:
        with tempfile.TemporaryDirectory(prefix="tertialrapport-") as tmp:
            return run(os.path.join(tmp, "tertialrapport-" + PERIOD), True)
    return run(args.output or "tertialrapport-" + PERIOD, args.check)


def run(output, checking):
    period = Styr.Period.parse(PERIOD)
    model, lines = load_and_import()
    print("\n".join(lines))
    findings, lines = validate(model, period)
    print()
    print("\n".join(lines))
    title, written = write_reports(model, period, output)
    print()
    print("\n".join(render(title, written)))
    municipality = [path for label, fmt, path in written if fmt in ("html", "odt")][:2]
    print()
    print(f"Kommunens delårsrapport: {os.path.abspath(municipality[0])}")
    print(f"  (öppna den i en webbläsare; för LibreOffice och Word: "
          f"{os.path.abspath(municipality[1])})")
    if checking:
        problems = check(model, findings, written)
        for p in problems:
            print(f"tertialrapport.py --check: {p}", file=sys.stderr)
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
