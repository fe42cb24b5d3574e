#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# The follow-up calendar (årshjul) from Python: presets, occasions with
# their periods, flags and deadlines, edits, and errors as GLib.Error.
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
    print(f"test_calendar.py: cannot load gi or the Styr-1.0 typelib: {e}\n"
          "Run it through `meson test` or `meson devenv -C _build/main`.",
          file=sys.stderr)
    sys.exit(1)

F = Styr.OccasionFlags


def deadline_of(occasion):
    d = occasion.get_deadline()
    if d is None:
        return None
    return f"{d.get_year():04d}-{int(d.get_month()):02d}-{d.get_day():02d}"


def describe(calendar):
    return [(o.get_id(), o.props.name, o.get_period().to_string(),
             o.get_flags(), deadline_of(o))
            for o in calendar.get_occasions()]


class CalendarTest(unittest.TestCase):
    def test_tertial_preset(self):
        calendar = Styr.Calendar.new_preset(Styr.CalendarPreset.TERTIAL, 2025)
        self.assertEqual(len(calendar.get_occasions()), 3)
        self.assertEqual(describe(calendar), [
            ("2025-t1", "Tertialrapport 1", "2025-T1",
             F.GOALS | F.ECONOMY, None),
            ("2025-delar", "Delårsrapport", "2025-T2",
             F.GOALS | F.ECONOMY | F.INTERIM_REPORT, "2025-10-31"),
            ("2025-ar", "Årsredovisning", "2025",
             F.GOALS | F.ECONOMY | F.ANNUAL_REPORT, None),
        ])
        for occasion in calendar.get_occasions():
            self.assertIsInstance(occasion, Styr.Occasion)
            self.assertTrue(occasion.props.flags & F.GOALS)
            self.assertEqual(occasion.get_start_period().to_string(), "2025-01")

        delar = calendar.lookup_occasion("2025-delar")
        self.assertTrue(delar.covers_month(2025, 1))
        self.assertTrue(delar.covers_month(2025, 8))
        self.assertFalse(delar.covers_month(2025, 9))
        self.assertEqual(calendar.find_occasion(Styr.Period.parse("2025-T2")), delar)
        self.assertIsNone(calendar.find_occasion(Styr.Period.parse("2025-T3")))

    def test_angelholm_and_quarterly(self):
        calendar = Styr.Calendar.new_preset(Styr.CalendarPreset.ANGELHOLM, 2025)
        self.assertEqual([o.get_period().to_string() for o in calendar.get_occasions()],
                         ["2025-02", "2025-T1", "2025-06", "2025-T2", "2025-10", "2025"])
        self.assertEqual(calendar.lookup_occasion("2025-ek-02").props.flags, F.ECONOMY)

        calendar = Styr.Calendar.new_preset(Styr.CalendarPreset.QUARTERLY, 2025)
        self.assertEqual([o.get_id() for o in calendar.get_occasions()],
                         ["2025-q1", "2025-delar", "2025-q3", "2025-ar"])
        self.assertEqual(deadline_of(calendar.lookup_occasion("2025-delar")), "2025-08-31")

    def test_custom_and_errors(self):
        calendar = Styr.Calendar(name="Årshjul")
        march = Styr.Occasion(id="mars", name="Ekonomirapport mars",
                              period=Styr.Period.parse("2025-03"), flags=F.ECONOMY)
        calendar.add_occasion(march)
        calendar.add_preset_year(Styr.CalendarPreset.TERTIAL, 2025)
        self.assertEqual([o.get_id() for o in calendar.get_occasions()],
                         ["mars", "2025-t1", "2025-delar", "2025-ar"])

        with self.assertRaises(GLib.Error) as cm:
            calendar.add_preset_year(Styr.CalendarPreset.ANGELHOLM, 2025)
        self.assertTrue(cm.exception.matches(Styr.error_quark(), Styr.Error.DUPLICATE_ID))
        self.assertEqual(len(calendar.get_occasions()), 4)

        with self.assertRaises(GLib.Error) as cm:
            calendar.add_occasion(Styr.Occasion(id="inte ok",
                                                period=Styr.Period.parse("2025-05")))
        self.assertTrue(cm.exception.matches(Styr.error_quark(), Styr.Error.INVALID_ID))

        calendar.remove_occasion(march)
        with self.assertRaises(GLib.Error) as cm:
            calendar.remove_occasion(march)
        self.assertTrue(cm.exception.matches(Styr.error_quark(), Styr.Error.NOT_FOUND))

        calendar.add_preset_year(Styr.CalendarPreset.TERTIAL, 2026)
        self.assertEqual(len(calendar.get_occasions_in_year(2026)), 3)
        self.assertEqual(len(calendar.get_occasions()), 6)

    def test_edit_and_notify(self):
        occasion = Styr.Calendar.new_preset(Styr.CalendarPreset.TERTIAL, 2025) \
            .lookup_occasion("2025-t1")
        seen = []
        occasion.connect("notify", lambda obj, pspec: seen.append(pspec.name))
        occasion.props.name = "Uppföljning per april"
        occasion.set_flags(F.ECONOMY)
        occasion.set_deadline(GLib.Date.new_dmy(31, GLib.DateMonth.MAY, 2025))
        self.assertEqual(seen, ["name", "flags", "deadline"])
        self.assertEqual(deadline_of(occasion), "2025-05-31")
        occasion.set_deadline(None)
        self.assertIsNone(occasion.get_deadline())

    def test_model_calendar(self):
        model = Styr.Model()
        self.assertEqual(model.props.calendar.props.name, "Årshjul")
        self.assertEqual(len(model.get_calendar().get_occasions()), 0)

        seen = []
        model.connect("notify::calendar", lambda obj, pspec: seen.append(pspec.name))
        model.props.calendar = Styr.Calendar.new_preset(Styr.CalendarPreset.ANGELHOLM, 2025)
        self.assertEqual(seen, ["calendar"])
        self.assertEqual(len(model.get_calendar().get_occasions()), 6)


if __name__ == "__main__":
    unittest.main(verbosity=2)
