#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Budget steering from Python: frames per nämnd, the resource allocation
# model with a what-if copy, budget lines periodised by keys, and errors
# as GLib.Error. Money is int öre, percentages are int basis points.
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
    print(f"test_budget.py: cannot load gi or the Styr-1.0 typelib: {e}\n"
          "Run it through `meson test` or `meson devenv -C _build/main`.",
          file=sys.stderr)
    sys.exit(1)


def half_away(num, den):
    q, r = divmod(abs(num), den)
    if 2 * r >= den:
        q += 1
    return q if num >= 0 else -q


class BudgetTest(unittest.TestCase):
    def setUp(self):
        self.model = Styr.Model()
        self.bun = Styr.Organ(id="bun", kind=Styr.OrganKind.BOARD,
                              name="Barn- och utbildningsnämnden")
        self.kf = Styr.Organ(id="kf", kind=Styr.OrganKind.COUNCIL,
                             name="Kommunfullmäktige")
        self.school = Styr.Unit(id="skola", kind=Styr.UnitKind.UNIT,
                                name="Norrskolan")
        for e in (self.bun, self.kf, self.school):
            self.model.add(e)

    def assert_styr_error(self, code, func, *args):
        with self.assertRaises(GLib.Error) as cm:
            func(*args)
        self.assertTrue(cm.exception.matches(Styr.error_quark(), code),
                        cm.exception.message)

    def test_frames(self):
        for year, ore in ((2025, 125_000_000_000), (2026, 128_000_000_000),
                          (2027, 131_000_000_000)):
            self.bun.set_frame(year, ore)
        self.assertEqual(list(self.bun.dup_frame_years()), [2025, 2026, 2027])
        self.assertEqual(self.bun.lookup_frame(2026), (True, 128_000_000_000))
        self.assertEqual(self.bun.lookup_frame(2030)[0], False)
        self.assertEqual(self.model.sum_frames(2025), 125_000_000_000)
        self.assert_styr_error(Styr.Error.WRONG_OWNER,
                               self.kf.set_frame, 2025, 1)

    def test_frames_overflow(self):
        son = Styr.Organ(id="son", kind=Styr.OrganKind.BOARD)
        self.model.add(son)
        self.bun.set_frame(2025, GLib.MAXINT64)
        son.set_frame(2025, 1)
        self.assert_styr_error(Styr.Error.OVERFLOW,
                               self.model.sum_frames, 2025)

    def test_allocation(self):
        rfm = Styr.Allocation()
        changes = []
        rfm.connect("changed", lambda a: changes.append(a))
        rfm.add_driver("elever", "Elever i grundskolan", "elever")
        rfm.set_fixed(2025, 4_000_000_000)
        rfm.set_volume("elever", 2025, 4_200)
        rfm.set_price("elever", 2025, 10_500_000)
        rfm.set_index(2025, 280)
        rfm.set_efficiency(2025, 150)
        self.assertEqual(len(changes), 6)
        self.assertEqual(list(rfm.dup_driver_ids()), ["elever"])

        base = 4_000_000_000 + 4_200 * 10_500_000
        expected = half_away(half_away(base * 10_280, 10_000) * 9_850, 10_000)
        self.assertEqual(rfm.compute_frame(2025), expected)
        self.assertEqual(expected, 48_705_098_000)

        self.bun.set_allocation(rfm)
        self.assertIs(self.bun.get_allocation(), rfm)
        rfm.apply(self.bun, 2025)
        self.assertEqual(self.bun.lookup_frame(2025), (True, expected))

        what_if = rfm.copy()
        what_if.set_volume("elever", 2025, 4_500)
        self.assertGreater(what_if.compute_frame(2025), expected)
        self.assertEqual(rfm.compute_frame(2025), expected)
        self.assertEqual(rfm.get_cost_per_unit("elever", 2025), 10_632_090)

        self.assert_styr_error(Styr.Error.NOT_FOUND,
                               rfm.set_volume, "saknas", 2025, 1)
        self.assert_styr_error(Styr.Error.WRONG_OWNER,
                               self.kf.set_allocation, rfm)

    def test_periodisation(self):
        weights = Styr.PeriodisationKey.get_weights(
            Styr.PeriodisationKey.PERSONNEL)
        self.assertEqual(sum(weights), Styr.BASIS_POINTS_WHOLE)
        self.assertEqual(weights[6], 200)
        months = Styr.budget_periodise(100_000_001, list(
            Styr.PeriodisationKey.get_weights(Styr.PeriodisationKey.LINEAR)))
        self.assertEqual(sum(months), 100_000_001)
        self.assertEqual(months[:6], [8_333_334] * 5 + [8_333_333])

        self.model.add_periodisation_key("skolar", [900] * 5 + [700, 100, 700]
                                         + [1000] * 4)
        self.assertIn("skolar", self.model.dup_periodisation_key_ids())
        self.assert_styr_error(Styr.Error.INVALID_ARGUMENT,
                               self.model.add_periodisation_key, "fel",
                               [833] * 12)
        self.assert_styr_error(Styr.Error.INVALID_ARGUMENT,
                               self.model.add_periodisation_key, "fel",
                               [-100, 1100] + [900] * 10)

        self.school.set_budget(2025, "5000-5999", 12_000_000)
        self.school.set_budget_key(2025, "5000-5999", "personal")
        self.school.set_budget(2025, "4000-4999", 100_000_001)
        self.school.set_budget_key(2025, "4000-4999", "linjar")
        self.assertEqual(self.school.get_n_budget_lines(), 2)
        self.assertEqual(self.school.get_budget_line(0),
                         (2025, "5000-5999", 12_000_000, "personal"))

        t2 = Styr.Period.parse("2025-T2")
        self.assertEqual(
            self.school.get_periodised_budget(t2, "5000-5999"), 7_680_000)
        self.assertEqual(self.school.get_periodised_budget(
            Styr.Period.new_year(2025), None), 112_000_001)
        monthly = self.school.dup_monthly_budget(2025, None)
        self.assertEqual(sum(monthly), 112_000_001)
        self.assert_styr_error(Styr.Error.INVALID_ARGUMENT,
                               self.school.set_budget, 2025, "2000", 1)


if __name__ == "__main__":
    unittest.main(verbosity=2)
