#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# The <ekonomi> section of .styr files from Python: the economy fixture
# read into a model and written back byte for byte, economy data built
# through the API saved and loaded again, and bad economy input refused as
# GLib.Error with file:line:column. Money is int öre.
#
# Run by `meson test --suite python`. It fails (never skips) when gi or the
# typelib is missing.

import os
import sys
import tempfile
import unittest

try:
    import gi

    gi.require_version("GLib", "2.0")
    gi.require_version("GObject", "2.0")
    gi.require_version("Styr", "1.0")
    from gi.repository import GLib, GObject, Styr  # noqa: E402, F401
except (ImportError, ValueError) as e:
    print(f"test_economy_file.py: cannot load gi or the Styr-1.0 typelib: {e}\n"
          "Run it through `meson test` or `meson devenv -C _build/main`.",
          file=sys.stderr)
    sys.exit(1)

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURE = os.path.join(HERE, "..", "data", "economy.styr")

SKELETON = """<?xml version="1.0" encoding="UTF-8"?>
<styr xmlns="urn:libstyr:styr:1" format="1">
  <kommun namn="Ekby"/>
  <skala id="s"/>
  <kalender namn="Årshjul">
    <tillfalle id="t1" period="2025-T1" flaggor="ekonomi"/>
  </kalender>
  <organ id="bun" typ="namnd"/>
  <enhet id="skola" niva="enhet"/>
"""


def load_string(text):
    return Styr.Model.new_from_bytes(GLib.Bytes.new(text.encode("utf-8")))


def economy_part(data):
    text = data.decode("utf-8")
    start = text.find("  <ekonomi>\n")
    end = text.find("  </ekonomi>\n")
    if start < 0:
        return ""
    return text[start:end + len("  </ekonomi>\n")]


class EconomyFileTest(unittest.TestCase):
    def assert_styr_error(self, code, location, func, *args):
        with self.assertRaises(GLib.Error) as cm:
            func(*args)
        self.assertTrue(cm.exception.matches(Styr.error_quark(), code),
                        cm.exception.message)
        self.assertTrue(cm.exception.message.startswith(location),
                        cm.exception.message)
        return cm.exception.message

    def test_round_trip(self):
        with open(FIXTURE, "rb") as f:
            original = f.read()
        model = Styr.Model.new_from_path(FIXTURE)
        self.assertEqual(model.to_bytes().get_data(), original)

    def test_fixture_values(self):
        model = Styr.Model.new_from_path(FIXTURE)
        bun = model.lookup_organ("bun")
        ks = model.lookup_organ("ks")
        norr = model.lookup_unit("skola-norr")
        kc = model.lookup_unit("kontaktcenter")

        # 120 000 000 kr and 1 224 000 000 öre … as the file writes them.
        self.assertEqual(bun.lookup_frame(2025), (True, 120_000_000_00))
        self.assertEqual(list(bun.dup_frame_years()), [2025, 2026])
        self.assertEqual(kc.get_explicit_budget_organ(), ks)
        self.assertIsNone(norr.get_explicit_budget_organ())
        self.assertEqual(model.lookup_indicator("resultatandel").get_financial_rule(),
                         Styr.FinancialRule.RESULT_SHARE)

        rfm = bun.get_allocation()
        self.assertEqual(rfm.dup_driver_ids(), ["elever", "fritids"])
        self.assertEqual(list(rfm.dup_years()), [2025, 2026])
        self.assertEqual(rfm.lookup_fixed(2025), (True, 20_000_000_00))
        self.assertEqual(rfm.lookup_fixed(2026)[0], False)
        self.assertEqual(rfm.get_index(2026), -50)

        self.assertEqual(norr.get_budget_key(2025, "5000-5999"), "skolar")
        self.assertEqual(norr.lookup_outcome(2025, 1, "5000-5999"), (True, 3_512_345_50))
        ok, ore, comment = bun.lookup_forecast("t1-2025")
        self.assertTrue(ok)
        self.assertEqual(ore, 121_500_000_00)
        self.assertIn("&", comment)
        self.assertEqual(model.lookup_result_budget(2025, Styr.ResultItem.FINANCIAL_NET),
                         (True, -1_200_000_00))

        investments = model.get_investments()
        self.assertEqual([i.get_id() for i in investments], ["inv-skola", "inv-gata"])
        skola = model.lookup_investment("inv-skola")
        self.assertEqual(skola.props.status, Styr.InvestmentStatus.ONGOING)
        self.assertEqual(skola.lookup_forecast("t2-2025"),
                         (True, 54_000_000_00, 117_500_000_00))

    def test_build_save_load(self):
        model = load_string(SKELETON + "</styr>\n")
        bun = model.lookup_organ("bun")
        skola = model.lookup_unit("skola")

        skola.set_budget_organ(bun)
        bun.set_frame(2025, 80_000_000_00)
        model.add_periodisation_key("sommar", [900] * 6 + [200, 800] + [900] * 4)
        skola.set_budget(2025, "5000-5999", 12_000_000_00)
        skola.set_budget_key(2025, "5000-5999", "sommar")
        # 720 000 rows is a city; a few months of a few categories will do.
        expected_sum = 0
        for month in range(1, 13):
            for category, ore in (("5000-5999", 1_000_000_00 + month),
                                  ("3000-3999", -20_000_00 - month)):
                skola.set_outcome(2025, month, category, ore)
                expected_sum += ore
        model.set_result_budget(2025, Styr.ResultItem.TAX_INCOME, 95_000_000_00)
        model.set_result_outcome(2025, 1, Styr.ResultItem.TAX_INCOME, 7_900_000_00)
        bun.set_forecast("t1", 81_000_000_00, "Högre kostnader för skolskjuts.")
        model.set_result_forecast("t1", Styr.ResultItem.TAX_INCOME, 94_500_000_00)
        investment = Styr.Investment(id="inv-1", name="Förskola Öst",
                                     status=Styr.InvestmentStatus.PLANNED,
                                     total_budget=30_000_000_00,
                                     start_year=2025, end_year=2026)
        model.add(investment)
        investment.set_organ(bun)
        investment.set_budget(2025, 10_000_000_00)
        investment.set_forecast("t1", 9_000_000_00, 29_000_000_00)

        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "ekby.styr")
            model.save_to_path(path, Styr.SaveFlags.NONE)
            with open(path, "rb") as f:
                saved = f.read()
            self.assertEqual(saved, model.to_bytes().get_data())

            reloaded = Styr.Model.new_from_path(path)
            self.assertEqual(reloaded.to_bytes().get_data(), saved)

        economy = economy_part(saved)
        self.assertTrue(economy.startswith(
            '  <ekonomi>\n'
            '    <nyckel id="sommar" vikter="900 900 900 900 900 900 200 800 900 900 900 900"/>\n'
            '    <ram organ="bun" ar="2025" belopp="8000000000"/>\n'
            '    <budget enhet="skola" ar="2025" kostnadsslag="5000-5999" belopp="1200000000" nyckel="sommar"/>\n'
            '    <utfall enhet="skola" period="2025-01" kostnadsslag="3000-3999" belopp="-2000001"/>\n'
            '    <utfall enhet="skola" period="2025-01" kostnadsslag="5000-5999" belopp="100000001"/>\n'),
            economy)
        self.assertIn('<enhet id="skola" niva="enhet" namnd="bun"/>', saved.decode("utf-8"))

        skola2 = reloaded.lookup_unit("skola")
        bun2 = reloaded.lookup_organ("bun")
        self.assertEqual(skola2.get_explicit_budget_organ(), bun2)
        self.assertEqual(skola2.get_n_outcomes(), 24)
        total = sum(skola2.get_outcome_row(i)[3] for i in range(skola2.get_n_outcomes()))
        self.assertEqual(total, expected_sum)
        self.assertEqual(bun2.lookup_forecast("t1"),
                         (True, 81_000_000_00, "Högre kostnader för skolskjuts."))
        self.assertEqual(reloaded.lookup_result_forecast("t1", Styr.ResultItem.TAX_INCOME),
                         (True, 94_500_000_00))
        inv = reloaded.lookup_investment("inv-1")
        self.assertEqual(inv.props.total_budget, 30_000_000_00)
        self.assertEqual(inv.get_organ(), bun2)

    def test_errors(self):
        def rows(text):
            return SKELETON + "  <ekonomi>\n" + text + "  </ekonomi>\n</styr>\n"

        # The rows begin on line 11.
        msg = self.assert_styr_error(
            Styr.Error.PARSE, "<data>:11:5: ", load_string,
            rows('    <ram organ="bun" ar="2025" belopp="12,5"/>\n'))
        self.assertIn("12,5", msg)
        self.assert_styr_error(
            Styr.Error.OVERFLOW, "<data>:11:5: ", load_string,
            rows('    <ram organ="bun" ar="2025" belopp="99999999999999999999"/>\n'))
        self.assert_styr_error(
            Styr.Error.NOT_FOUND, "<data>:12:5: ", load_string,
            rows('    <utfall enhet="skola" period="2025-01" kostnadsslag="5000" belopp="1"/>\n'
                 '    <utfall enhet="skolan" period="2025-01" kostnadsslag="5000" belopp="1"/>\n'))
        self.assert_styr_error(
            Styr.Error.PARSE, "<data>:11:5: ", load_string,
            rows('    <utfall enhet="skola" period="2025-13" kostnadsslag="5000" belopp="1"/>\n'))
        self.assert_styr_error(
            Styr.Error.PARSE, "<data>:12:5: ", load_string,
            rows('    <budget enhet="skola" ar="2025" kostnadsslag="5000" belopp="1"/>\n'
                 '    <budget enhet="skola" ar="2025" kostnadsslag="5000" belopp="2"/>\n'))
        self.assert_styr_error(
            Styr.Error.NOT_FOUND, "<data>:11:5: ", load_string,
            rows('    <prognos tillfalle="t9" organ="bun" belopp="1"/>\n'))


if __name__ == "__main__":
    unittest.main(verbosity=2)
