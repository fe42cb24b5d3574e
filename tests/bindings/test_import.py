#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Imports from Python: Kolada JSON (own values, comparison values, findings),
# the TAB and CSV measure files, errors as GLib.Error with their line, and
# all-or-nothing.
#
# Run by `meson test --suite python`; STYR_IMPORT_DATA names the folder of
# the fixtures. It fails (never skips) when gi or the typelib is missing.

import math
import os
import sys
import unittest

try:
    import gi

    gi.require_version("GLib", "2.0")
    gi.require_version("Gio", "2.0")
    gi.require_version("Styr", "1.0")
    from gi.repository import GLib, Gio, Styr  # noqa: E402
except (ImportError, ValueError) as e:
    print(f"test_import.py: cannot load gi or the Styr-1.0 typelib: {e}\n"
          "Run it through `meson test` or `meson devenv -C _build/main`.",
          file=sys.stderr)
    sys.exit(1)

DATA = os.environ.get("STYR_IMPORT_DATA", "")


def fixture(name):
    with open(os.path.join(DATA, name), "rb") as f:
        return GLib.Bytes.new(f.read())


def make_model():
    model = Styr.Model(kommunkod="1292")
    for ind_id, source, source_id in [("skatt", Styr.IndicatorSource.KOLADA, "N00002"),
                                      ("skatt-kf", Styr.IndicatorSource.KOLADA, "N00002"),
                                      ("nojd", Styr.IndicatorSource.KOLADA, "U00405")]:
        model.add(Styr.Indicator(id=ind_id, name=ind_id, source=source, source_id=source_id))
    return model


def total(model):
    return sum(i.get_n_measurements() + i.get_n_comparison_values()
               for i in model.get_indicators())


class TestKolada(unittest.TestCase):
    def test_v2(self):
        model = make_model()
        result = model.import_kolada_bytes(fixture("kolada-v2.json"), "kolada-v2.json")
        self.assertEqual(result.props.n_values, 4)
        self.assertEqual(result.props.n_comparison_values, 7)
        self.assertEqual(result.props.n_replaced, 0)
        codes = [f.props.code for f in result.props.findings]
        self.assertEqual(codes, ["import-okand-kommun", "import-varde-saknas",
                                 "import-okant-nyckeltal"])
        self.assertTrue(all(f.props.severity == Styr.Severity.WARNING
                            for f in result.get_findings()))

        skatt = model.lookup_indicator("skatt")
        ok, value, women, men, comment = skatt.lookup_measurement(Styr.Period.parse("2024"))
        self.assertTrue(ok)
        self.assertAlmostEqual(value, 12.3)
        self.assertAlmostEqual(women, 13.1)
        self.assertAlmostEqual(men, 11.4)
        ok, value = skatt.lookup_comparison_value("1293", Styr.Period.parse("2024"))
        self.assertTrue(ok)
        self.assertAlmostEqual(value, 10.0)

        again = model.import_kolada_bytes(fixture("kolada-v2.json"), None)
        self.assertEqual(again.props.n_replaced, 11)
        self.assertEqual(skatt.get_n_measurements(), 2)

    def test_v3_stream(self):
        model = make_model()
        stream = Gio.MemoryInputStream.new_from_bytes(fixture("kolada-v3.json"))
        result = model.import_kolada(stream, "kolada-v3.json", None)
        self.assertEqual(result.props.n_values, 3)
        self.assertEqual([f.props.code for f in result.props.findings],
                         [Styr.FINDING_IMPORT_FLER_SIDOR])

    def test_error(self):
        model = make_model()
        with self.assertRaises(GLib.Error) as cm:
            model.import_kolada_bytes(GLib.Bytes.new(b'{"values": [\n  {"kpi": 1}]}'), "k.json")
        self.assertTrue(cm.exception.matches(Styr.error_quark(), Styr.Error.PARSE))
        self.assertTrue(cm.exception.message.startswith("k.json:2:"), cm.exception.message)
        self.assertEqual(total(model), 0)


class TestMeasures(unittest.TestCase):
    def test_tab(self):
        model = make_model()
        result = model.import_measures_bytes(fixture("measures-header.tsv"), "m.tsv",
                                             Styr.ImportFormat.TAB)
        self.assertEqual(result.props.n_values, 2)
        self.assertEqual(len(result.props.findings), 0)
        ok, value = model.lookup_indicator("nojd").lookup_value(Styr.Period.parse("2025-Q3"))
        self.assertTrue(ok)
        self.assertEqual(value, -0.5)

    def test_csv_cp1252(self):
        model = make_model()
        result = model.import_measures_bytes(fixture("measures-cp1252.csv"), "m.csv",
                                             Styr.ImportFormat.CSV)
        self.assertEqual(result.props.n_values, 2)
        ok, value, women, men, comment = model.lookup_indicator("skatt").lookup_measurement(
            Styr.Period.parse("2025-T2"))
        self.assertEqual(value, 1234.5)
        self.assertTrue(math.isnan(women))
        self.assertEqual(comment, "Målvärde nått")

    def test_all_or_nothing(self):
        model = make_model()
        data = "indikator;period;värde\nskatt;2025;1\nnojd;2025;x\n".encode()
        with self.assertRaises(GLib.Error) as cm:
            model.import_measures_bytes(GLib.Bytes.new(data), "m.csv", Styr.ImportFormat.CSV)
        self.assertTrue(cm.exception.matches(Styr.error_quark(), Styr.Error.PARSE))
        self.assertTrue(cm.exception.message.startswith("m.csv:3: "), cm.exception.message)
        self.assertEqual(total(model), 0)

    def test_unknown_indicator(self):
        model = make_model()
        with self.assertRaises(GLib.Error) as cm:
            model.import_measures_bytes(GLib.Bytes.new(b"\t2025\tokand\t1\n"), "m.tsv",
                                        Styr.ImportFormat.TAB)
        self.assertTrue(cm.exception.matches(Styr.error_quark(), Styr.Error.NOT_FOUND))
        self.assertTrue(cm.exception.message.startswith("m.tsv:1: "))


if __name__ == "__main__":
    unittest.main(verbosity=2)
