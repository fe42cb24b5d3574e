#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Outcomes (utfall) from Python: the object and account maps, a SIE import
# of a hand-made type 3 file, the municipality's result items, unmapped
# rows and their findings, a re-import, and the Swedish CSV import with its
# errors. Money is int öre.
#
# Run by `meson test --suite python`. It fails (never skips) when gi or the
# typelib is missing.

import os
import sys
import unittest

try:
    import gi

    gi.require_version("GLib", "2.0")
    gi.require_version("Gio", "2.0")
    gi.require_version("Styr", "1.0")
    from gi.repository import Gio, GLib, Styr  # noqa: E402
except (ImportError, ValueError) as e:
    print(f"test_outcome.py: cannot load gi or the Styr-1.0 typelib: {e}\n"
          "Run it through `meson test` or `meson devenv -C _build/main`.",
          file=sys.stderr)
    sys.exit(1)

HAND = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                    os.pardir, "data", "sie", "hand")


class OutcomeTest(unittest.TestCase):
    def setUp(self):
        self.model = Styr.Model()
        self.norr = Styr.Unit(id="skola-norr", kind=Styr.UnitKind.UNIT,
                              name="Norrskolan")
        self.syd = Styr.Unit(id="skola-syd", kind=Styr.UnitKind.UNIT,
                             name="Sydskolan")
        self.vast = Styr.Unit(id="vast", kind=Styr.UnitKind.UNIT,
                              name="Västra området")
        for u in (self.norr, self.syd, self.vast):
            self.model.add(u)

    def map_objects(self):
        self.model.map_object("1", "100", self.norr)
        self.model.map_object("1", "200", self.syd)
        self.model.map_object("1", "Väst", self.vast)

    def assert_styr_error(self, code, func, *args):
        with self.assertRaises(GLib.Error) as cm:
            func(*args)
        self.assertTrue(cm.exception.matches(Styr.error_quark(), code),
                        cm.exception.message)
        return cm.exception

    def test_unit_outcomes(self):
        for month in range(1, 13):
            self.norr.set_outcome(2025, month, "4000-4999", month * 100)
        self.norr.set_outcome(2025, 5, "5010", -7)
        self.assertEqual(self.norr.lookup_outcome(2025, 5, "5010"), (True, -7))
        self.assertEqual(self.norr.lookup_outcome(2025, 5, "6010"), (False, 0))
        t2 = Styr.Period.parse("2025-T2")
        # January–August: 100 × (1 + … + 8) − 7
        self.assertEqual(self.norr.get_outcome_to_date(t2, None), 3600 - 7)
        self.assertEqual(self.norr.get_outcome_to_date(t2, "4000-4999"), 3600)
        # May–August alone
        self.assertEqual(self.norr.get_outcome(t2, None), 2600 - 7)
        rows = [self.norr.get_outcome_row(i)
                for i in range(self.norr.get_n_outcomes())]
        self.assertEqual(len(rows), 13)
        self.assertEqual(rows[4], (2025, 5, "4000-4999", 500))
        self.assertEqual(rows[5], (2025, 5, "5010", -7))
        self.assertTrue(self.norr.remove_outcome(2025, 5, "5010"))
        self.assert_styr_error(Styr.Error.INVALID_ARGUMENT,
                               self.norr.set_outcome, 2025, 13, "4010", 1)
        self.assert_styr_error(Styr.Error.INVALID_ARGUMENT,
                               self.norr.set_outcome, 2025, 5, "2440", 1)

    def test_maps(self):
        self.assertEqual(self.model.map_account("4010"), "4000-4999")
        self.assertIsNone(self.model.map_account("1930"))
        self.assertEqual(self.model.map_result_account("8010"),
                         (True, Styr.ResultItem.TAX_INCOME))
        self.assertEqual(self.model.map_result_account("8510"),
                         (True, Styr.ResultItem.FINANCIAL_NET))
        self.model.map_accounts("4000", "4499", "4000-4499")
        self.assertEqual(self.model.get_n_account_rules(), 1)
        self.assertEqual(self.model.get_account_rule(0),
                         ("4000", "4499", "4000-4499"))
        self.assertIsNone(self.model.map_account("4510"))
        self.assertTrue(self.model.unmap_accounts("4000", "4499"))

        self.map_objects()
        self.assertEqual(self.model.get_n_object_maps(), 3)
        self.assertIs(self.model.lookup_object_unit("1", "Väst"), self.vast)
        self.assertEqual(self.model.get_object_map(1), ("1", "200", self.syd))
        self.model.map_object("1", "200", None)
        self.assertIsNone(self.model.lookup_object_unit("1", "200"))

    def test_result_items(self):
        self.assertEqual(Styr.ResultItem.get_id(Styr.ResultItem.GENERAL_GRANTS),
                         "generella-statsbidrag")
        self.assertEqual(Styr.ResultItem.from_id("finansnetto"),
                         (True, Styr.ResultItem.FINANCIAL_NET))
        self.model.set_result_budget(2025, Styr.ResultItem.TAX_INCOME, 12_000_000_00)
        for month in range(1, 13):
            self.model.set_result_outcome(2025, month, Styr.ResultItem.TAX_INCOME,
                                          1_000_000_00)
        self.assertEqual(self.model.lookup_result_budget(2025, Styr.ResultItem.TAX_INCOME),
                         (True, 12_000_000_00))
        self.assertEqual(self.model.get_result_outcome_to_date(
            Styr.Period.parse("2025-T1"), Styr.ResultItem.TAX_INCOME), 4_000_000_00)
        self.assertEqual(self.model.get_n_result_rows(), 13)
        self.assertEqual(self.model.get_result_row(0),
                         (Styr.ResultRowKind.BUDGET, 2025, 0,
                          Styr.ResultItem.TAX_INCOME, 12_000_000_00))
        self.assertEqual(self.model.get_result_row(12)[:3],
                         (Styr.ResultRowKind.OUTCOME, 2025, 12))

    def test_sie_import(self):
        self.map_objects()
        path = os.path.join(HAND, "typ3-upprepning.se")
        result = self.model.import_sie_path(path, None)
        # The object rows of dimension 1, not the account-only rows on top.
        self.assertEqual(self.norr.lookup_outcome(2025, 1, "4000-4999"), (True, 100025))
        self.assertEqual(self.vast.lookup_outcome(2025, 1, "4000-4999"), (True, 70000))
        self.assertEqual(self.syd.lookup_outcome(2025, 1, "5000-5999"), (True, 1000000))
        # Class 8, negated to contributions to the result.
        self.assertEqual(self.model.lookup_result_outcome(
            2025, 1, Styr.ResultItem.TAX_INCOME), (True, 5000000))
        self.assertEqual(self.model.lookup_result_outcome(
            2025, 1, Styr.ResultItem.FINANCIAL_NET), (True, -25000))

        self.assertEqual(result.props.unmapped_amount, 30000 + 50025 + 4200)
        self.assertEqual(result.get_unmapped_amount(), 84225)
        self.assertEqual(result.props.n_balance_rows, 2)
        self.assertEqual(result.props.n_values, 13)
        codes = {f.props.code for f in result.props.findings}
        self.assertEqual(codes, {Styr.FINDING_UTFALL_OMAPPAT})
        self.assertEqual(len(result.props.findings), 3)
        rows = [self.model.get_unmapped_outcome(i)
                for i in range(self.model.get_n_unmapped_outcomes())]
        self.assertIn((2025, 1, "1", "9999", "4010", 30000), rows)
        self.assertIn((2025, 1, None, None, "4010", 50025), rows)

        again = self.model.import_sie_path(path, None)
        self.assertEqual(again.props.n_replaced, 13)
        self.assertEqual(self.norr.lookup_outcome(2025, 1, "4000-4999"), (True, 100025))

        with open(path, "rb") as f:
            sie = Styr.SieFile.new_from_bytes(GLib.Bytes(f.read()), "typ3-upprepning.se")
        feb = self.model.import_sie(sie, Styr.Period.parse("2025-02"))
        self.assertEqual(feb.props.n_values, 2)
        self.assertEqual(self.syd.get_outcome_to_date(Styr.Period.parse("2025-02"), None),
                         -20000 + 1000000 + 10000)

    def test_csv_import(self):
        self.map_objects()
        data = ("enhet;period;konto;belopp\n"
                "skola-norr;2025-05;4010;1 234,50\n"
                "200;2025-05;5010;-12\u00a0000\n").encode("utf-8")
        result = self.model.import_outcomes_bytes(GLib.Bytes(data), "utfall.csv")
        self.assertEqual(result.props.n_values, 2)
        self.assertEqual(self.norr.lookup_outcome(2025, 5, "4000-4999"), (True, 123450))
        self.assertEqual(self.syd.lookup_outcome(2025, 5, "5000-5999"), (True, -1200000))

        bad = ("enhet;period;konto;belopp\n"
               "skola-norr;2025-05;4010;999\n"
               "skola-norr;2025-05;4010;12,345\n").encode("windows-1252")
        e = self.assert_styr_error(Styr.Error.PARSE, self.model.import_outcomes_bytes,
                                   GLib.Bytes(bad), "fel.csv")
        self.assertTrue(e.message.startswith("fel.csv:3:25:"), e.message)
        # Nothing changed.
        self.assertEqual(self.norr.lookup_outcome(2025, 5, "4000-4999"), (True, 123450))

        path = os.path.join(GLib.get_tmp_dir(), f"utfall-{os.getpid()}.csv")
        with open(path, "wb") as f:
            f.write("enhet;period;kostnadsslag;belopp\nVäst;2025-06;6000-6999;5\n"
                    .encode("windows-1252"))
        try:
            self.model.import_outcomes(Gio.File.new_for_path(path))
        finally:
            os.unlink(path)
        self.assertEqual(self.vast.lookup_outcome(2025, 6, "6000-6999"), (True, 500))


if __name__ == "__main__":
    unittest.main(verbosity=2)
