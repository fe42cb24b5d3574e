#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Money from Python: amounts are int öre (a gint64); checked arithmetic
# raises GLib.Error with Styr.Error.OVERFLOW instead of wrapping, scaling
# rounds half away from zero, and formatting and parsing are Swedish.
#
# Run by `meson test --suite python`. It fails (never skips) when gi or
# the typelib is missing.

import sys
import unittest

try:
    import gi

    gi.require_version("GLib", "2.0")
    gi.require_version("Styr", "1.0")
    from gi.repository import GLib, Styr  # noqa: E402
except (ImportError, ValueError) as e:
    print(f"test_money.py: cannot load gi or the Styr-1.0 typelib: {e}\n"
          "Run it through `meson test` or `meson devenv -C _build/main`.",
          file=sys.stderr)
    sys.exit(1)

MAX = 2**63 - 1
MIN = -2**63
NBSP = "\u00a0"
MINUS = "\u2212"


class MoneyTest(unittest.TestCase):
    def assert_error(self, code, func, *args):
        with self.assertRaises(GLib.Error) as cm:
            func(*args)
        self.assertTrue(cm.exception.matches(Styr.error_quark(), code),
                        cm.exception.message)
        return cm.exception

    def test_arithmetic(self):
        self.assertEqual(Styr.money_add(150_000, 99_950), 249_950)
        self.assertEqual(Styr.money_subtract(100, 250), -150)
        self.assertEqual(Styr.money_multiply(11_250_000, 412), 4_635_000_000)
        self.assertEqual(Styr.money_add(MAX, MIN), -1)
        self.assertEqual(Styr.money_sum([40_000, 40_000, 40_000]), 120_000)
        self.assertEqual(Styr.money_sum([]), 0)
        self.assertEqual(Styr.money_sum([MAX, 1, -1]), MAX)

    def test_overflow(self):
        overflow = Styr.Error.OVERFLOW
        self.assert_error(overflow, Styr.money_add, MAX, 1)
        self.assert_error(overflow, Styr.money_add, MIN, -1)
        self.assert_error(overflow, Styr.money_subtract, MIN, 1)
        self.assert_error(overflow, Styr.money_multiply, MIN, -1)
        self.assert_error(overflow, Styr.money_scale, MAX, 2, 1)
        self.assert_error(overflow, Styr.money_sum, [MAX, 1])
        self.assert_error(overflow, Styr.money_parse, "92 233 720 368 547 758,08")
        self.assert_error(Styr.Error.INVALID_ARGUMENT, Styr.money_scale, 100, 1, 0)
        self.assertEqual(Styr.Error.OVERFLOW.value_nick, "overflow")

    def test_scale(self):
        self.assertEqual(Styr.money_scale(5, 1, 2), 3)
        self.assertEqual(Styr.money_scale(-5, 1, 2), -3)
        self.assertEqual(Styr.money_scale(1, 1, 3), 0)
        self.assertEqual(Styr.money_scale(1_000_000_000, 1025, 1000), 1_025_000_000)
        self.assertEqual(Styr.money_scale(MAX, 1000, 1000), MAX)

    def test_format(self):
        kr, tkr, mnkr = Styr.MoneyUnit.KR, Styr.MoneyUnit.TKR, Styr.MoneyUnit.MNKR
        table = [
            (123_456_789, tkr, 0, "1 235 tkr"),
            (123_456_789, mnkr, 1, "1,2 mnkr"),
            (123_456_789, kr, 2, "1 234 567,89 kr"),
            (-50, kr, 0, "−1 kr"),
            (-49, kr, 0, "0 kr"),
            (0, tkr, 1, "0,0 tkr"),
            (99_900, kr, 0, "999 kr"),
            (100_000, kr, 0, "1 000 kr"),
            (100_000_000, kr, 0, "1 000 000 kr"),
        ]
        for ore, unit, decimals, text in table:
            expected = text.replace(" ", NBSP).replace("-", MINUS)
            self.assertEqual(Styr.money_format(ore, unit, decimals), expected)
            self.assertEqual(Styr.money_format_plain(ore, unit, decimals),
                             expected.rsplit(NBSP, 1)[0])
        self.assertEqual(Styr.money_round(123_456_789, tkr, 0), 1235)
        self.assertEqual(Styr.MoneyUnit.MNKR.value_nick, "mnkr")

    def test_total(self):
        amounts = [40_000, 40_000, 40_000]
        for ore in amounts:
            self.assertEqual(Styr.money_format(ore, Styr.MoneyUnit.TKR, 0), "0\u00a0tkr")
        total = Styr.money_sum(amounts)
        self.assertEqual(Styr.money_format(total, Styr.MoneyUnit.TKR, 0), "1\u00a0tkr")

    def test_parse(self):
        self.assertEqual(Styr.money_parse("1 234,50"), 123_450)
        self.assertEqual(Styr.money_parse("-1234"), -123_400)
        self.assertEqual(Styr.money_parse("1234.5"), 123_450)
        self.assertEqual(Styr.money_parse(f"{MINUS}1{NBSP}234 kr"), -123_400)
        for ore in (0, 1, -50, 123_456_789, MAX, MIN):
            text = Styr.money_format(ore, Styr.MoneyUnit.KR, 2)
            self.assertEqual(Styr.money_parse(text), ore)
        for text in ("12,345", "1,2345", "12 34", "", "tolv"):
            error = self.assert_error(Styr.Error.PARSE, Styr.money_parse, text)
            self.assertIn(f"»{text}«", error.message)


if __name__ == "__main__":
    unittest.main(verbosity=2)
