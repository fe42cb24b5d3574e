#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Assessments (bedömningar) from Python: a board assesses two goals at the
# first tertial report with analysis, measures and prognosis, reads them
# back through the goal and the scale, and the controller watches the
# reporting status (rapporteringsstatus) and the findings.
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
    print(f"test_assessment.py: cannot load gi or the Styr-1.0 typelib: {e}\n"
          "Run it through `meson test` or `meson devenv -C _build/main`.",
          file=sys.stderr)
    sys.exit(1)


def ids(entities):
    return [e.get_id() for e in entities]


class AssessmentTest(unittest.TestCase):
    def setUp(self):
        model = Styr.Model(name="Ängelholm", kommunkod="1292")
        model.get_calendar().add_preset_year(Styr.CalendarPreset.TERTIAL, 2025)
        self.kf = Styr.Organ(id="kf", kind=Styr.OrganKind.COUNCIL, name="Kommunfullmäktige")
        self.bun = Styr.Organ(id="bun", kind=Styr.OrganKind.BOARD,
                              name="Barn- och utbildningsnämnden")
        self.son = Styr.Organ(id="son", kind=Styr.OrganKind.BOARD, name="Socialnämnden")
        for organ in (self.kf, self.bun, self.son):
            model.add(organ)
        self.im = Styr.Goal(id="im-1", level=Styr.GoalLevel.COUNCIL, title="Nöjda medborgare")
        self.nm1 = Styr.Goal(id="nm-1", level=Styr.GoalLevel.BOARD, title="Fler elever når målen")
        self.nm2 = Styr.Goal(id="nm-2", level=Styr.GoalLevel.BOARD, title="Trygg skolmiljö")
        self.nm3 = Styr.Goal(id="nm-3", level=Styr.GoalLevel.BOARD, title="Fler i egen försörjning")
        for goal in (self.im, self.nm1, self.nm2, self.nm3):
            model.add(goal)
        self.im.set_owner(self.kf)
        for goal, owner in ((self.nm1, self.bun), (self.nm2, self.bun), (self.nm3, self.son)):
            goal.set_owner(owner)
            goal.add_parent(self.im)
        self.model = model
        self.t1 = model.get_calendar().lookup_occasion("2025-t1")
        self.delar = model.get_calendar().lookup_occasion("2025-delar")
        self.assertIsNotNone(self.t1)
        self.assertIsNotNone(self.delar)

    def test_assess_and_read_back(self):
        changed = []
        self.nm1.connect("assessment-changed", lambda goal, occasion: changed.append(occasion.get_id()))

        a1 = Styr.Assessment(goal=self.nm1, occasion=self.t1,
                             level_id="delvis-uppfyllt", prognosis_id="uppfyllt",
                             analysis="Läsresultaten i åk 3 har förbättrats men når inte målet.",
                             measures="Läsfrämjande insatser i alla F–3-klasser.",
                             assessed_by="Barn- och utbildningsnämnden",
                             assessed_on=GLib.Date.new_dmy(20, GLib.DateMonth.MAY, 2025))
        self.nm1.set_assessment(a1)
        a2 = Styr.Assessment.new(self.nm2, self.t1)
        a2.props.level_id = "uppfyllt"
        a2.props.prognosis_id = "uppfyllt"
        a2.props.analysis = "Trygghetsenkäten visar förbättring på alla skolor."
        self.nm2.set_assessment(a2)
        self.assertEqual(changed, ["2025-t1"])

        got = self.nm1.lookup_assessment(self.t1)
        self.assertIs(got, a1)
        self.assertIs(got.get_goal(), self.nm1)
        self.assertIs(got.props.occasion, self.t1)
        self.assertEqual(got.get_level().props.label, "Delvis uppfyllt")
        self.assertEqual(got.get_level().props.score, 0.5)
        self.assertEqual(got.get_prognosis().get_id(), "uppfyllt")
        self.assertEqual(got.props.measures, "Läsfrämjande insatser i alla F–3-klasser.")
        self.assertEqual(got.props.assessed_by, "Barn- och utbildningsnämnden")
        self.assertEqual(got.props.assessed_on.get_day(), 20)
        self.assertEqual(self.nm2.lookup_assessment(self.t1).get_level().props.label, "Uppfyllt")
        self.assertIsNone(self.nm1.lookup_assessment(self.delar))

        # A change of a stored assessment is announced by the goal.
        a1.props.level_id = "uppfyllt"
        self.assertEqual(changed, ["2025-t1", "2025-t1"])

        # The list follows the calendar's order and later changes.
        later = Styr.Assessment(goal=self.nm1, occasion=self.delar, level_id="uppfyllt")
        self.nm1.set_assessment(later)
        assessments = self.nm1.get_assessments()
        self.assertEqual([a.props.occasion.get_id() for a in assessments],
                         ["2025-t1", "2025-delar"])
        self.nm1.remove_assessment(self.delar)
        self.assertEqual(len(assessments), 1)
        self.assertEqual(changed, ["2025-t1", "2025-t1", "2025-delar", "2025-delar"])

    def test_errors(self):
        with self.assertRaises(GLib.Error) as cm:
            self.nm1.set_assessment(Styr.Assessment(goal=self.nm2, occasion=self.t1))
        self.assertTrue(cm.exception.matches(Styr.error_quark(), Styr.Error.INVALID_ARGUMENT))
        with self.assertRaises(GLib.Error) as cm:
            self.nm1.set_assessment(Styr.Assessment(goal=self.nm1, occasion=self.t1,
                                                    level_id="grönt"))
        self.assertTrue(cm.exception.matches(Styr.error_quark(), Styr.Error.NOT_FOUND))
        with self.assertRaises(GLib.Error) as cm:
            self.nm1.remove_assessment(self.t1)
        self.assertTrue(cm.exception.matches(Styr.error_quark(), Styr.Error.NOT_FOUND))

    def test_reporting_status(self):
        self.assertEqual(ids(self.model.get_unassessed_goals(self.t1, None)),
                         ["im-1", "nm-1", "nm-2", "nm-3"])
        self.assertEqual(ids(self.model.get_owners_not_ready(self.t1)), ["kf", "bun", "son"])

        for goal in (self.nm1, self.nm2):
            goal.set_assessment(Styr.Assessment(goal=goal, occasion=self.t1,
                                                level_id="uppfyllt", prognosis_id="uppfyllt",
                                                analysis="Målet nås."))
        self.assertEqual(ids(self.model.get_unassessed_goals(self.t1, None)), ["im-1", "nm-3"])
        self.assertEqual(ids(self.model.get_unassessed_goals(self.t1, self.bun)), [])
        self.assertEqual(ids(self.model.get_unassessed_goals(self.t1, self.son)), ["nm-3"])
        self.assertEqual(ids(self.model.get_owners_not_ready(self.t1)), ["kf", "son"])
        self.assertEqual(ids(self.model.get_owners_not_ready(self.delar)), ["kf", "bun", "son"])

    def test_findings(self):
        self.nm1.set_assessment(Styr.Assessment(goal=self.nm1, occasion=self.t1,
                                                level_id="ej-uppfyllt"))
        today = GLib.Date.new_dmy(15, GLib.DateMonth.MAY, 2025)

        def about(code):
            return [f.get_objects()[0].get_id()
                    for f in self.model.validate(2025, today) if f.props.code == code]

        self.assertEqual(about(Styr.FINDING_BEDOMNING_UTAN_ANALYS), ["nm-1"])
        self.assertEqual(about(Styr.FINDING_MAL_EJ_BEDOMT), ["im-1", "nm-2", "nm-3"])
        self.assertEqual(about(Styr.FINDING_BEDOMNING_OKAND_NIVA), [])

        # Another scale: the stored id no longer resolves.
        self.model.props.scale = Styr.Scale.new_preset(Styr.ScalePreset.JONKOPING)
        self.assertIsNone(self.nm1.lookup_assessment(self.t1).get_level())
        self.assertEqual(about(Styr.FINDING_BEDOMNING_OKAND_NIVA), ["nm-1"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
