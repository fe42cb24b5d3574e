#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Forecasts from Python: the nämnd of a unit, forecasts per occasion with
# comments, proposals (budget remainder and linear trend, checked against
# exact fractions computed here), the operating statement as a list model,
# the municipal result with the balance requirement, and a financial goal
# whose indicator gets its value from the forecast and grades.
#
# Run by `meson test --suite python`. It fails (never skips) when gi or the
# typelib is missing.

import sys
import unittest
from fractions import Fraction

try:
    import gi

    gi.require_version("GLib", "2.0")
    gi.require_version("GObject", "2.0")
    gi.require_version("Styr", "1.0")
    from gi.repository import GLib, GObject, Styr  # noqa: E402, F401
except (ImportError, ValueError) as e:
    print(f"test_forecast.py: cannot load gi or the Styr-1.0 typelib: {e}\n"
          "Run it through `meson test` or `meson devenv -C _build/main`.",
          file=sys.stderr)
    sys.exit(1)

PERSONNEL = [900, 900, 900, 900, 900, 900, 200, 800, 900, 900, 900, 900]

# Monthly outcomes January–August, öre.
SKOLA = [100_000, 104_000, 98_000, 111_000, 105_000, 99_000, 30_000, 95_000]
HEM = [50_000, 50_000, 52_000, 49_000, 51_000, 50_000, 50_000, 50_000]


def half_away(q):
    """A Fraction rounded half away from zero."""
    n, d = abs(q.numerator), q.denominator
    whole, rest = divmod(n, d)
    if 2 * rest >= d:
        whole += 1
    return whole if q >= 0 else -whole


def trend_rest(months):
    """Σ of months m+1 … 12 on the least-squares line, by the normal
    equations solved with fractions (m = 1: the flat line)."""
    m = len(months)
    if m == 1:
        return 11 * months[0]
    ts = range(1, m + 1)
    n = Fraction(m)
    st = Fraction(sum(ts))
    stt = Fraction(sum(t * t for t in ts))
    sx = Fraction(sum(months))
    stx = Fraction(sum(t * x for t, x in zip(ts, months)))
    # [n st; st stt] [a; b] = [sx; stx], by Cramer's rule.
    det = n * stt - st * st
    a = (sx * stt - st * stx) / det
    b = (n * stx - st * sx) / det
    return half_away(sum(a + b * t for t in range(m + 1, 13)))


class ForecastTest(unittest.TestCase):
    def setUp(self):
        m = self.model = Styr.Model()
        m.get_calendar().add_preset_year(Styr.CalendarPreset.TERTIAL, 2025)
        self.kf = Styr.Organ(id="kf", kind=Styr.OrganKind.COUNCIL, name="KF")
        self.bun = Styr.Organ(id="bun", kind=Styr.OrganKind.BOARD,
                              name="Barn- och utbildningsnämnden")
        self.son = Styr.Organ(id="son", kind=Styr.OrganKind.BOARD,
                              name="Socialnämnden")
        self.sektor = Styr.Unit(id="sektor", kind=Styr.UnitKind.ADMINISTRATION,
                                name="Sektor BoU")
        self.skola = Styr.Unit(id="skola", kind=Styr.UnitKind.UNIT, name="Skolan")
        self.hem = Styr.Unit(id="hem", kind=Styr.UnitKind.UNIT, name="Hemtjänsten")
        for e in (self.kf, self.bun, self.son, self.sektor, self.skola, self.hem):
            m.add(e)
        self.skola.set_parent(self.sektor)
        self.bun.set_sector(self.sektor)
        self.hem.set_budget_organ(self.son)

        self.skola.set_budget(2025, "5000-5999", 1_200_000)
        self.skola.set_budget_key(2025, "5000-5999", "personal")
        self.hem.set_budget(2025, "4000-4999", 600_000)   # linear
        self.bun.set_frame(2025, 1_300_000)
        for month, (s, h) in enumerate(zip(SKOLA, HEM), start=1):
            self.skola.set_outcome(2025, month, "5000-5999", s)
            self.hem.set_outcome(2025, month, "4000-4999", h)
        for month in range(1, 13):
            self.skola.set_outcome(2024, month, "5000-5999", 90_000)

    def assert_styr_error(self, code, func, *args):
        with self.assertRaises(GLib.Error) as cm:
            func(*args)
        self.assertTrue(cm.exception.matches(Styr.error_quark(), code),
                        cm.exception.message)

    def test_budget_organ(self):
        self.assertEqual(self.skola.get_budget_organ(), self.bun)
        self.assertEqual(self.sektor.get_budget_organ(), self.bun)
        self.assertIsNone(self.skola.get_explicit_budget_organ())
        self.assertEqual(self.hem.get_budget_organ(), self.son)
        self.assertEqual([u.props.id for u in self.bun.dup_budget_units()],
                         ["sektor", "skola"])
        self.assert_styr_error(Styr.Error.WRONG_OWNER,
                               self.skola.set_budget_organ, self.kf)
        self.assert_styr_error(Styr.Error.IN_USE, self.model.remove, self.son)
        self.hem.set_budget_organ(None)
        self.assertIsNone(self.hem.get_budget_organ())
        self.model.remove(self.son)

    def test_forecasts(self):
        self.bun.set_forecast("2025-t1", 1_350_000, "Fler elever")
        self.bun.set_forecast("2025-delar", 1_320_000, None)
        self.assertEqual(self.bun.lookup_forecast("2025-t1"),
                         (True, 1_350_000, "Fler elever"))
        self.assertEqual(self.bun.lookup_forecast("2025-ar")[0], False)
        self.assertEqual(self.bun.get_n_forecasts(), 2)
        self.assertEqual(self.bun.get_forecast(1), ("2025-delar", 1_320_000, None))
        self.assert_styr_error(Styr.Error.NOT_FOUND,
                               self.bun.set_forecast, "2025-t7", 1, None)
        self.assert_styr_error(Styr.Error.WRONG_OWNER,
                               self.kf.set_forecast, "2025-t1", 1, None)
        self.assertTrue(self.bun.remove_forecast("2025-t1"))
        self.assertEqual(self.bun.get_n_forecasts(), 1)

        self.skola.set_forecast("2025-t1", 1_250_000, "Vikarier")
        self.assertEqual(self.skola.get_forecast(0), ("2025-t1", 1_250_000, "Vikarier"))

    def test_propose_budget_remainder(self):
        # bun per T1: outcome Jan–Apr, plus the frame, minus the personnel
        # key's first four months of the line (exact: 1 200 000 × 9 %).
        to_date = sum(SKOLA[:4])
        periodised = sum(1_200_000 * w // 10_000 for w in PERSONNEL[:4])
        expected = to_date + 1_300_000 - periodised
        self.assertEqual(
            self.bun.propose_forecast("2025-t1", Styr.ForecastMethod.BUDGET_REMAINDER),
            expected)
        # son has no frame: its unit's line, linear 50 000 a month, per T2.
        expected = sum(HEM) + 600_000 - 8 * 50_000
        self.assertEqual(
            self.son.propose_forecast("2025-delar", Styr.ForecastMethod.BUDGET_REMAINDER),
            expected)

    def test_propose_trend(self):
        for occasion, months in (("2025-t1", 4), ("2025-delar", 8)):
            expected = sum(SKOLA[:months]) + trend_rest(SKOLA[:months])
            self.assertEqual(
                self.bun.propose_forecast(occasion, Styr.ForecastMethod.LINEAR_TREND),
                expected, occasion)
            self.assertEqual(
                self.skola.propose_forecast(occasion, Styr.ForecastMethod.LINEAR_TREND),
                expected, occasion)
        self.assertEqual(Styr.ForecastMethod.get_id(Styr.ForecastMethod.LINEAR_TREND),
                         "trend")

    def test_operating_statement(self):
        self.bun.set_forecast("2025-t1", 1_350_000, "Fler elever")
        self.bun.set_forecast("2025-delar", 1_320_000, "Lägre")
        t2 = Styr.Period.parse("2025-T2")
        st = Styr.OperatingStatement.new(self.model, t2)
        self.assertEqual(st.props.occasion_id, "2025-delar")
        self.assertEqual(st.props.previous_occasion_id, "2025-t1")
        rows = list(st)
        self.assertEqual([r.props.name for r in rows],
                         ["Barn- och utbildningsnämnden", "Socialnämnden"])
        bun, son = rows
        periodised = sum(1_200_000 * w // 10_000 for w in PERSONNEL[:8])
        self.assertEqual(bun.props.organ, self.bun)
        self.assertEqual(bun.props.annual_budget, 1_300_000)
        self.assertEqual(bun.props.periodised_budget, periodised)
        self.assertEqual(bun.props.outcome, sum(SKOLA))
        self.assertEqual(bun.props.period_deviation, periodised - sum(SKOLA))
        self.assertEqual(bun.props.forecast, 1_320_000)
        self.assertTrue(bun.props.has_forecast)
        self.assertEqual(bun.props.forecast_comment, "Lägre")
        self.assertEqual(bun.props.year_deviation, -20_000)
        self.assertEqual(bun.props.forecast_change, -30_000)
        self.assertTrue(bun.props.has_previous_forecast)
        self.assertEqual(bun.props.last_year_outcome, 12 * 90_000)
        self.assertEqual(bun.props.last_year_outcome_to_date, 8 * 90_000)
        self.assertFalse(son.props.has_forecast)
        self.assertEqual(son.props.forecast, 600_000)
        self.assertEqual(son.props.year_deviation, 0)
        total = st.get_total()
        self.assertIsNone(total.props.organ)
        self.assertEqual(total.props.annual_budget, 1_900_000)
        self.assertEqual(total.props.outcome, sum(SKOLA) + sum(HEM))
        self.assertEqual(total.props.forecast, 1_920_000)
        self.assertEqual(total.props.year_deviation, -20_000)

    def test_municipal_result_and_financial_goal(self):
        t2 = Styr.Period.parse("2025-T2")
        m = self.model
        m.set_result_budget(2025, Styr.ResultItem.TAX_INCOME, 1_700_000)
        m.set_result_budget(2025, Styr.ResultItem.GENERAL_GRANTS, 300_000)
        m.set_result_budget(2025, Styr.ResultItem.FINANCIAL_NET, -40_000)
        m.set_result_forecast("2025-delar", Styr.ResultItem.TAX_INCOME, 1_720_000)
        self.bun.set_forecast("2025-delar", 1_320_000, None)
        self.assertEqual(m.get_n_result_forecasts(), 1)
        self.assertEqual(m.get_result_forecast(0),
                         ("2025-delar", Styr.ResultItem.TAX_INCOME, 1_720_000))

        r = Styr.MunicipalResult.new(m, t2)
        # Net cost forecast: bun 1 320 000 + son's budget 600 000.
        self.assertEqual(r.props.net_cost_forecast, 1_920_000)
        self.assertEqual(r.props.result_budget, 1_700_000 + 300_000 - 40_000 - 1_900_000)
        self.assertEqual(r.props.result_forecast, 1_720_000 + 300_000 - 40_000 - 1_920_000)
        self.assertEqual(r.props.balance_result, 60_000)
        self.assertTrue(r.props.balance_requirement_met)
        self.assertTrue(r.get_item_has_forecast(Styr.ResultItem.TAX_INCOME))
        self.assertFalse(r.get_item_has_forecast(Styr.ResultItem.GENERAL_GRANTS))

        # A sale gain of 100 000 taken out: the requirement fails.
        m.set_result_forecast("2025-delar", Styr.ResultItem.BALANCE_ADJUSTMENTS, -100_000)
        r = Styr.MunicipalResult.new(m, t2)
        self.assertEqual(r.get_balance_result(), -40_000)
        self.assertFalse(r.get_balance_requirement_met())

        # Result ≥ 2 % of tax and grants: 60 000 / 2 020 000 = 2,97 %.
        goal = Styr.Indicator(id="resultat", name="Resultat av skatter och bidrag",
                              direction=Styr.IndicatorDirection.HIGHER)
        m.add(goal)
        goal.set_target(2025, 2.0)
        goal.set_financial_rule(Styr.FinancialRule.RESULT_SHARE)
        self.assertEqual(goal.get_financial_rule(), Styr.FinancialRule.RESULT_SHARE)
        self.assertEqual(m.evaluate_financial_rules(t2), 1)
        ok, value = goal.lookup_value(t2)
        self.assertTrue(ok)
        self.assertAlmostEqual(value, 60_000 / 2_020_000 * 100, places=9)
        self.assertEqual(goal.grade(t2), Styr.Grade.GREEN)
        ok, share = r.evaluate_rule(Styr.FinancialRule.RESULT_SHARE)
        self.assertTrue(ok)
        self.assertAlmostEqual(share, value, places=9)
        self.assertEqual(Styr.FinancialRule.get_id(Styr.FinancialRule.BALANCE_RESULT),
                         "balanskravsresultat")


if __name__ == "__main__":
    unittest.main(verbosity=2)
