#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# The CSV tables of a report (styr-report-csv.c) from Python: the Ratten
# example's interim report for 2025-T2 written to a directory, every file
# read back with the csv module the way Swedish Excel reads it (UTF-8
# with BOM, semicolons, decimal comma), and every cell compared with the
# report model; the operating statement's amounts are also compared with
# StyrOperatingStatement directly, exactly, in öre.
#
# Run by `meson test --suite report`. It fails (never skips) when gi or
# the typelib is missing.

import csv
import io
import os
import sys
import tempfile
import unittest
from decimal import Decimal

try:
    import gi

    gi.require_version("GLib", "2.0")
    gi.require_version("Gio", "2.0")
    gi.require_version("Styr", "1.0")
    from gi.repository import Gio, GLib, Styr  # noqa: E402
except (ImportError, ValueError) as e:
    print(f"test_report_csv.py: cannot load gi or the Styr-1.0 typelib: {e}\n"
          "Run it through `meson test` or `meson devenv -C _build/main`.",
          file=sys.stderr)
    sys.exit(1)

EXAMPLES = os.environ.get("STYR_EXAMPLES", "")
BOM = b"\xef\xbb\xbf"
ORE_PER_UNIT = {Styr.MoneyUnit.KR: 100, Styr.MoneyUnit.TKR: 100_000,
                Styr.MoneyUnit.MNKR: 100_000_000}


def items(list_model):
    return [list_model.get_item(i) for i in range(list_model.get_n_items())]


def read_csv(path):
    with open(path, "rb") as f:
        data = f.read()
    return data, list(csv.reader(io.StringIO(data[len(BOM):].decode("utf-8"), newline=""),
                                 delimiter=";"))


def parse_decimal(field):
    """A Swedish spreadsheet number: optional '-', digits, decimal comma."""
    assert field.replace("-", "", 1).replace(",", "", 1).isdigit(), field
    return Decimal(field.replace(",", "."))


def excel_text(text):
    """What the writer does to a text that would read as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


class CsvReportTest(unittest.TestCase):
    organ_id = None

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="styr-report-csv-")
        cls.model = Styr.Model.new_from_path(os.path.join(EXAMPLES, "ratten.styr"))
        cls.period = Styr.Period.parse("2025-T2")
        organ = cls.model.lookup_organ(cls.organ_id) if cls.organ_id else None
        cls.report = Styr.Report.new(cls.model, cls.period, organ)
        cls.dir = os.path.join(cls.tmp.name, "tabeller")
        os.mkdir(cls.dir)
        cls.report.write_csv(Gio.File.new_for_path(cls.dir))

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_one_file_per_table(self):
        tables = items(self.report.get_tables())
        self.assertGreater(len(tables), 10)
        self.assertEqual(sorted(os.listdir(self.dir)),
                         sorted(t.get_id() + ".csv" for t in tables))

    def test_every_cell(self):
        for t in items(self.report.get_tables()):
            data, rows = read_csv(os.path.join(self.dir, t.get_id() + ".csv"))
            self.assertTrue(data.startswith(BOM), t.get_id())
            # CRLF line ends, and no bare line feed outside quotes.
            self.assertTrue(data.endswith(b"\r\n"))
            self.assertEqual(len(rows), 1 + t.get_n_rows(), t.get_id())
            self.assertEqual(rows[0], [excel_text(t.get_column_title(c))
                                       for c in range(t.get_n_columns())])
            for r in range(t.get_n_rows()):
                self.assertEqual(len(rows[r + 1]), t.get_n_columns())
                for c in range(t.get_n_columns()):
                    self.check_cell(t, r, c, rows[r + 1][c])

    def check_cell(self, t, r, c, field):
        kind = t.get_column_kind(c)
        text = t.get_text(r, c)
        where = (t.get_id(), r, c, field)
        if kind == Styr.ReportColumnKind.MONEY:
            has, ore = t.get_money(r, c)
            if not has:
                self.assertEqual(field, excel_text(text), where)
                return
            # Exact: the öre in the table's unit, nothing rounded away.
            value = parse_decimal(field)
            self.assertEqual(value * ORE_PER_UNIT[t.get_money_unit()], ore, where)
            self.assertFalse(field.endswith("0") and "," in field, where)
        elif kind in (Styr.ReportColumnKind.NUMBER, Styr.ReportColumnKind.PERCENT):
            has, number = t.get_number(r, c)
            plain = all(ch in "0123456789,.% \u00a0\u202f\u2212-+" for ch in text)
            if has and plain:
                if kind == Styr.ReportColumnKind.PERCENT:
                    self.assertTrue(field.endswith("%"), where)
                    field = field[:-1]
                self.assertEqual(float(parse_decimal(field)), number, where)
            else:
                self.assertEqual(field, excel_text(text), where)
        elif kind == Styr.ReportColumnKind.DATE:
            date = t.get_date(r, c)
            if date is not None:
                self.assertEqual(field, "%04d-%02d-%02d" % (
                    date.get_year(), date.get_month(), date.get_day()), where)
            else:
                self.assertEqual(field, "", where)
        else:
            self.assertEqual(field, excel_text(text), where)

    def test_operating_statement_exact(self):
        statement = Styr.OperatingStatement.new(self.model, self.period)
        _, rows = read_csv(os.path.join(self.dir, "driftredovisning.csv"))
        header = rows[0]
        self.assertEqual(header[1], "Årsbudget, tkr")
        by_name = {row[0]: row for row in rows[1:]}
        checked = 0
        for row in items(statement):
            if self.organ_id and row.props.organ.props.id != self.organ_id:
                self.assertNotIn(row.props.name, by_name)
                continue
            fields = by_name[row.props.name]
            for title, prop in (("Årsbudget, tkr", "annual-budget"),
                                ("Utfall 2024, tkr", "last-year-outcome")):
                field = fields[header.index(title)]
                self.assertEqual(parse_decimal(field) * 100_000,
                                 row.get_property(prop), (row.props.name, title))
                checked += 1
            for title, prop in (("Periodiserad budget", "periodised-budget"),
                                ("Utfall jan", "outcome"),
                                ("Avvikelse jan", "period-deviation")):
                index = next(i for i, h in enumerate(header) if h.startswith(title))
                self.assertEqual(parse_decimal(fields[index]) * 100_000,
                                 row.get_property(prop), (row.props.name, title))
                checked += 1
        self.assertGreaterEqual(checked, 5)


class BoardCsvTest(CsvReportTest):
    organ_id = "valfardsnamnd"


class CsvWriterTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="styr-report-csv-")
        self.model = Styr.Model.new_from_path(os.path.join(EXAMPLES, "ratten.styr"))
        self.period = Styr.Period.parse("2025-T2")

    def tearDown(self):
        self.tmp.cleanup()

    def test_quoting_and_formulas(self):
        goal = self.model.lookup_goal("vm-vf-1")
        goal.props.title = "=SUMMA(A1); \"citat\"\nrad två "
        report = Styr.Report.new(self.model, self.period, None)
        report.write_csv(Gio.File.new_for_path(self.tmp.name))
        found = False
        for name in os.listdir(self.tmp.name):
            data, rows = read_csv(os.path.join(self.tmp.name, name))
            for row in rows:
                if "'=SUMMA(A1); \"citat\"\nrad två " in row:
                    found = True
            self.assertNotIn(b";=SUMMA", data)
        self.assertTrue(found)

    def test_replaces_files_and_leaves_others(self):
        report = Styr.Report.new(self.model, self.period, None)
        other = os.path.join(self.tmp.name, "egen-fil.txt")
        with open(other, "w") as f:
            f.write("orörd")
        with open(os.path.join(self.tmp.name, "driftredovisning.csv"), "w") as f:
            f.write("gammalt\n" * 10000)
        report.write_csv(Gio.File.new_for_path(self.tmp.name))
        with open(other) as f:
            self.assertEqual(f.read(), "orörd")
        data, rows = read_csv(os.path.join(self.tmp.name, "driftredovisning.csv"))
        self.assertNotIn(b"gammalt", data)
        self.assertEqual(rows[0][0], "Nämnd")
        self.assertEqual(len(os.listdir(self.tmp.name)),
                         len(items(report.get_tables())) + 1)

    def test_missing_directory(self):
        report = Styr.Report.new(self.model, self.period, None)
        missing = Gio.File.new_for_path(os.path.join(self.tmp.name, "saknas"))
        with self.assertRaises(GLib.Error) as cm:
            report.write_csv(missing)
        self.assertTrue(cm.exception.matches(Gio.io_error_quark(), Gio.IOErrorEnum.NOT_FOUND))
        self.assertEqual(os.listdir(self.tmp.name), [])

    def test_not_a_directory(self):
        report = Styr.Report.new(self.model, self.period, None)
        path = os.path.join(self.tmp.name, "fil")
        with open(path, "w") as f:
            f.write("x")
        with self.assertRaises(GLib.Error) as cm:
            report.write_csv(Gio.File.new_for_path(path))
        self.assertTrue(cm.exception.matches(Gio.io_error_quark(),
                                             Gio.IOErrorEnum.NOT_DIRECTORY))
        self.assertEqual(os.listdir(self.tmp.name), ["fil"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
