#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Grading from Python: an indicator graded against its target, its trend,
# the latest value as of a period, comparison municipalities (Kolada's
# jämförelsekommuner) and comparative grading, and the errors as
# GLib.Error.
#
# Run by `meson test --suite python`. It fails (never skips) when gi or
# the typelib is missing.

import math
import sys
import unittest

try:
    import gi

    gi.require_version("GLib", "2.0")
    gi.require_version("Styr", "1.0")
    from gi.repository import GLib, Styr  # noqa: E402
except (ImportError, ValueError) as e:
    print(f"test_grading.py: cannot load gi or the Styr-1.0 typelib: {e}\n"
          "Run it through `meson test` or `meson devenv -C _build/main`.",
          file=sys.stderr)
    sys.exit(1)


def period(text):
    return Styr.Period.parse(text)


class GradingTest(unittest.TestCase):
    def setUp(self):
        self.ind = Styr.Indicator(id="elever", name="Elever med godkända betyg",
                                  measure_unit="%",
                                  direction=Styr.IndicatorDirection.HIGHER,
                                  frequency=Styr.Frequency.YEARLY)

    def test_grade_against_target(self):
        ind = self.ind
        self.assertEqual(ind.grade(period("2025")), Styr.Grade.NOT_ASSESSED)

        ind.set_target(0, 80.0)
        ind.set_target(2025, 85.0)
        ind.set_yellow_threshold(2025, 82.0)
        ind.set_value(period("2023"), 78.0)
        ind.set_value(period("2024"), 80.5)
        ind.set_value(period("2025"), 83.0)

        self.assertEqual(ind.grade(period("2024")), Styr.Grade.GREEN)   # standing 80
        self.assertEqual(ind.grade(period("2025")), Styr.Grade.YELLOW)  # 82 ≤ 83 < 85
        ind.set_value(period("2025"), 81.0)
        self.assertEqual(ind.grade(period("2025")), Styr.Grade.RED)
        ind.clear_yellow_threshold(2025)
        self.assertEqual(ind.grade(period("2025")), Styr.Grade.YELLOW)  # 80.5 → 81

        self.assertEqual(Styr.Grade.GREEN.value_nick, "green")
        self.assertEqual(Styr.Grade.to_string(Styr.Grade.NOT_ASSESSED), "ej bedömd")
        self.assertEqual(Styr.Grade.to_string(Styr.Grade.YELLOW), "delvis uppfyllt")

        # Lower is better, and a range.
        ind.set_direction(Styr.IndicatorDirection.LOWER)
        self.assertEqual(ind.grade(period("2025")), Styr.Grade.GREEN)   # 81 ≤ 85
        ind.props.direction = Styr.IndicatorDirection.RANGE
        ind.set_target_range(2025, 82.0, 84.0)
        self.assertEqual(ind.grade(period("2025")), Styr.Grade.YELLOW)  # 1.5 → 1 from the range
        ind.set_value(period("2024"), 81.5)
        self.assertEqual(ind.grade(period("2025")), Styr.Grade.RED)     # 0.5 → 1
        ind.set_value(period("2025"), 83.0)
        self.assertEqual(ind.grade(period("2025")), Styr.Grade.GREEN)

    def test_latest_value_as_of(self):
        ind = self.ind
        ok, value, found = ind.lookup_latest(period("2025-T2"))
        self.assertFalse(ok)
        self.assertTrue(math.isnan(value))
        self.assertIsNone(found)

        ind.set_value(period("2023"), 70.0)
        ind.set_value(period("2024"), 75.0)
        ok, value, found = ind.lookup_latest(period("2025-T2"))
        self.assertTrue(ok)
        self.assertEqual(value, 75.0)
        self.assertEqual(found.to_string(), "2024")
        ok, value, found = ind.lookup_latest(period("2024-T2"))
        self.assertEqual(found.to_string(), "2023")

        ind.set_target(2025, 80.0)
        self.assertEqual(ind.grade(period("2025-T2")), Styr.Grade.YELLOW)
        self.assertEqual(ind.get_trend(period("2025-T2")), Styr.Trend.POSITIVE)

    def test_trend(self):
        ind = self.ind
        self.assertEqual(ind.get_trend(period("2025")), Styr.Trend.NO_DATA)
        ind.set_value(period("2025"), 50.0)
        self.assertEqual(ind.get_trend(period("2025")), Styr.Trend.NO_DATA)
        ind.props.baseline = 55.0
        self.assertEqual(ind.get_trend(period("2025")), Styr.Trend.NEGATIVE)
        ind.set_value(period("2024"), 50.0)
        self.assertEqual(ind.get_trend(period("2025")), Styr.Trend.UNCHANGED)
        ind.props.direction = Styr.IndicatorDirection.LOWER
        ind.set_value(period("2024"), 60.0)
        self.assertEqual(ind.get_trend(period("2025")), Styr.Trend.POSITIVE)
        self.assertEqual(Styr.Trend.to_string(Styr.Trend.POSITIVE), "positiv")

    def test_comparative(self):
        ind = self.ind
        changes = []
        ind.connect("comparison-values-changed", lambda i: changes.append(i))

        y2025 = period("2025")
        ind.set_value(y2025, 88.0)
        self.assertEqual(ind.grade_comparative(y2025), Styr.Grade.NOT_ASSESSED)

        # 290 municipalities with the values 1 … 290.
        for n in range(1, 291):
            ind.set_comparison_value(f"{n * 10:04d}", y2025, float(n))
        self.assertEqual(len(changes), 290)
        self.assertEqual(ind.get_n_comparison_values(), 290)
        codes = ind.dup_comparison_municipalities()
        self.assertEqual(len(codes), 290)
        self.assertEqual(codes[:2], ["0010", "0020"])
        self.assertEqual(codes, sorted(codes))
        ok, value = ind.lookup_comparison_value("0100", y2025)
        self.assertTrue(ok)
        self.assertEqual(value, 10.0)

        for own, higher, lower in [(250.0, Styr.Grade.GREEN, Styr.Grade.RED),
                                   (145.5, Styr.Grade.YELLOW, Styr.Grade.YELLOW),
                                   (30.0, Styr.Grade.RED, Styr.Grade.GREEN)]:
            ind.set_value(y2025, own)
            ind.props.direction = Styr.IndicatorDirection.HIGHER
            self.assertEqual(ind.grade_comparative(y2025), higher, own)
            ind.props.direction = Styr.IndicatorDirection.LOWER
            self.assertEqual(ind.grade_comparative(y2025), lower, own)
            ind.props.direction = Styr.IndicatorDirection.RANGE
            self.assertEqual(ind.grade_comparative(y2025), Styr.Grade.NOT_ASSESSED)

        # The measurements are untouched.
        self.assertEqual(ind.get_n_measurements(), 1)
        self.assertEqual(ind.dup_values(), [30.0])

        ind.clear_comparison_values()
        self.assertEqual(ind.get_n_comparison_values(), 0)
        self.assertEqual(ind.dup_comparison_municipalities(), [])
        ind.props.direction = Styr.IndicatorDirection.HIGHER
        self.assertEqual(ind.grade_comparative(y2025), Styr.Grade.NOT_ASSESSED)

    def test_comparison_errors(self):
        ind = self.ind
        for code in ["180", "01800", "01a0", ""]:
            with self.assertRaises(GLib.Error) as cm:
                ind.set_comparison_value(code, period("2025"), 1.0)
            self.assertTrue(cm.exception.matches(Styr.error_quark(),
                                                 Styr.Error.INVALID_ARGUMENT))
        with self.assertRaises(GLib.Error) as cm:
            ind.set_comparison_value("0180", period("2025"), math.inf)
        self.assertTrue(cm.exception.matches(Styr.error_quark(),
                                             Styr.Error.INVALID_ARGUMENT))
        self.assertEqual(ind.get_n_comparison_values(), 0)


if __name__ == "__main__":
    unittest.main(verbosity=2)
