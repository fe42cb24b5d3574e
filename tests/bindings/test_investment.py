#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Investment projects (investeringsprojekt) from Python: properties and
# the model's list, the responsible nämnd, yearly budgets, monthly
# outcomes summed to date, forecasts per follow-up occasion and their
# deviations, and the economic findings of validation. Money is int öre.
#
# Run by `meson test --suite python`. It fails (never skips) when gi or the
# typelib is missing.

import sys
import unittest

try:
    import gi

    gi.require_version("GLib", "2.0")
    gi.require_version("GObject", "2.0")
    gi.require_version("Styr", "1.0")
    from gi.repository import GLib, GObject, Styr  # noqa: E402, F401
except (ImportError, ValueError) as e:
    print(f"test_investment.py: cannot load gi or the Styr-1.0 typelib: {e}\n"
          "Run it through `meson test` or `meson devenv -C _build/main`.",
          file=sys.stderr)
    sys.exit(1)


MNKR = 100_000_000   # öre in a million kronor


class InvestmentTest(unittest.TestCase):
    def setUp(self):
        self.model = Styr.Model()
        self.bun = Styr.Organ(id="bun", kind=Styr.OrganKind.BOARD,
                              name="Barn- och utbildningsnämnden")
        self.kf = Styr.Organ(id="kf", kind=Styr.OrganKind.COUNCIL,
                             name="Kommunfullmäktige")
        self.school = Styr.Investment(id="inv-skola",
                                      name="Ny F–6-skola i Norr",
                                      status=Styr.InvestmentStatus.ONGOING,
                                      total_budget=120 * MNKR,
                                      start_year=2024, end_year=2026)
        for e in (self.bun, self.kf, self.school):
            self.model.add(e)
        self.model.props.calendar.add_preset_year(
            Styr.CalendarPreset.TERTIAL, 2025)

    def assert_styr_error(self, code, func, *args):
        with self.assertRaises(GLib.Error) as cm:
            func(*args)
        self.assertTrue(cm.exception.matches(Styr.error_quark(), code),
                        cm.exception.message)

    def test_properties(self):
        s = self.school
        self.assertEqual(s.props.name, "Ny F–6-skola i Norr")
        self.assertEqual(s.props.status, Styr.InvestmentStatus.ONGOING)
        self.assertEqual(s.props.total_budget, 12_000_000_000)
        self.assertEqual((s.props.start_year, s.props.end_year), (2024, 2026))
        self.assertIsNone(s.props.organ)

        seen = []
        s.connect("notify::status", lambda o, p: seen.append(o.props.status))
        s.props.status = Styr.InvestmentStatus.POSTPONED
        s.props.status = Styr.InvestmentStatus.POSTPONED
        self.assertEqual(seen, [Styr.InvestmentStatus.POSTPONED])

        ids = [Styr.InvestmentStatus.get_id(v) for v in (
            Styr.InvestmentStatus.PLANNED, Styr.InvestmentStatus.ONGOING,
            Styr.InvestmentStatus.COMPLETED, Styr.InvestmentStatus.POSTPONED)]
        self.assertEqual(ids, ["planerad", "pagar", "avslutad", "uppskjuten"])
        self.assertEqual(Styr.InvestmentStatus.from_id("avslutad"),
                         (True, Styr.InvestmentStatus.COMPLETED))
        self.assertFalse(Styr.InvestmentStatus.from_id("klar")[0])

    def test_model(self):
        self.assertEqual([i.props.id for i in self.model.get_investments()],
                         ["inv-skola"])
        self.assertIs(self.model.lookup_investment("inv-skola"), self.school)
        self.assertIsNone(self.model.lookup_investment("bun"))
        road = Styr.Investment.new("inv-gata", "Storgatan")
        self.model.add(road)
        self.assertEqual(len(self.model.get_investments()), 2)
        self.assert_styr_error(Styr.Error.DUPLICATE_ID, self.model.add,
                               Styr.Investment(id="bun"))

    def test_organ(self):
        self.school.set_organ(self.bun)
        self.assertIs(self.school.props.organ, self.bun)
        self.assert_styr_error(Styr.Error.WRONG_OWNER,
                               self.school.set_organ, self.kf)
        self.assertIs(self.school.get_organ(), self.bun)
        self.assert_styr_error(Styr.Error.IN_USE, self.model.remove, self.bun)
        self.model.remove(self.school)
        self.assertIsNone(self.school.props.organ)
        self.model.remove(self.bun)

    def test_budgets_and_outcomes(self):
        s = self.school
        s.set_budget(2026, 40 * MNKR)
        s.set_budget(2025, 60 * MNKR)
        s.set_budget(2024, 20 * MNKR)
        self.assertEqual([s.get_budget(i) for i in range(s.get_n_budgets())],
                         [(2024, 20 * MNKR), (2025, 60 * MNKR),
                          (2026, 40 * MNKR)])
        self.assertEqual(s.lookup_budget(2025), (True, 60 * MNKR))
        self.assertEqual(s.lookup_budget(2030), (False, 0))
        self.assert_styr_error(Styr.Error.INVALID_ARGUMENT,
                               s.set_budget, 0, 1)

        # 2024: 2 mnkr a month from September; 2025: 5 mnkr a month.
        months = [(2024, m, 2 * MNKR) for m in range(9, 13)]
        months += [(2025, m, 5 * MNKR) for m in range(1, 13)]
        for year, month, ore in reversed(months):
            s.set_outcome(year, month, ore)
        rows = [s.get_outcome_row(i) for i in range(s.get_n_outcomes())]
        self.assertEqual(rows, months)
        self.assert_styr_error(Styr.Error.INVALID_ARGUMENT,
                               s.set_outcome, 2025, 13, 1)

        t2 = Styr.Period.parse("2025-T2")
        self.assertEqual(s.get_outcome_to_date(t2), 8 * 5 * MNKR)
        self.assertEqual(s.get_total_outcome_to_date(t2),
                         4 * 2 * MNKR + 8 * 5 * MNKR)
        self.assertEqual(s.get_outcome_to_date(Styr.Period.parse("2024")),
                         8 * MNKR)

    def test_forecasts(self):
        s = self.school
        s.set_budget(2025, 60 * MNKR)
        s.set_forecast("2025-t1", 58 * MNKR, 119 * MNKR)
        s.set_forecast("2025-delar", 63 * MNKR, 124 * MNKR)
        self.assertEqual(s.lookup_forecast("2025-t1"),
                         (True, 58 * MNKR, 119 * MNKR))
        self.assertEqual([s.get_forecast(i)[0]
                          for i in range(s.get_n_forecasts())],
                         ["2025-t1", "2025-delar"])
        # budget − forecast: positive is money left.
        self.assertEqual(s.get_year_deviation("2025-t1"), 2 * MNKR)
        self.assertEqual(s.get_total_deviation("2025-t1"), 1 * MNKR)
        self.assertEqual(s.get_year_deviation("2025-delar"), -3 * MNKR)
        self.assertEqual(s.get_total_deviation("2025-delar"), -4 * MNKR)
        self.assert_styr_error(Styr.Error.NOT_FOUND, s.set_forecast,
                               "2030-t1", 1, 1)
        self.assert_styr_error(Styr.Error.NOT_FOUND, s.get_year_deviation,
                               "2025-ar")
        self.assertTrue(s.remove_forecast("2025-t1"))
        self.assertEqual(s.get_n_forecasts(), 1)

    def test_budgeted_result_and_findings(self):
        self.bun.set_frame(2025, 300 * MNKR)
        # The first tertial was due by May: the nämnd has its forecast.
        self.bun.set_forecast("2025-t1", 300 * MNKR, None)
        self.model.set_result_budget(2025, Styr.ResultItem.TAX_INCOME,
                                     310 * MNKR)
        self.model.set_budgeted_result(2025, 8 * MNKR)
        self.assertEqual(self.model.lookup_budgeted_result(2025),
                         (True, 8 * MNKR))
        self.assertEqual(self.model.get_n_budgeted_results(), 1)
        self.assertEqual(self.model.get_budgeted_result(0), (2025, 8 * MNKR))

        def codes():
            return [f.props.code for f in self.model.validate(
                2025, GLib.Date.new_dmy(1, GLib.DateMonth.MAY, 2025))]

        # 310 − 300 = 10 mnkr, not the 8 budgeted.
        self.assertEqual(codes(), ["ramar-summerar-inte"])
        self.model.set_budgeted_result(2025, 10 * MNKR)
        self.assertEqual(codes(), [])

        unit = Styr.Unit(id="skola", kind=Styr.UnitKind.UNIT,
                         name="Norrskolan")
        self.model.add(unit)
        unit.set_budget(2025, "5000-5999", 300 * MNKR)
        self.assertEqual(codes(), ["enhet-utan-namnd"])
        unit.set_budget_organ(self.bun)
        self.assertEqual(codes(), [])
        self.assertEqual(Styr.FINDING_ENHET_UTAN_NAMND, "enhet-utan-namnd")


if __name__ == "__main__":
    unittest.main(verbosity=2)
