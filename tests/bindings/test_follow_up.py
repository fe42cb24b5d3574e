#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# The follow-up from Python: load the Ratten example, record measurements,
# assess goals, read the proposed and assessed status, trend, prognosis and
# each council goal's distribution at 2025-T2, and plug in a roll-up rule
# written in Python.
#
# Run by `meson test --suite python`; STYR_EXAMPLES names the folder of the
# example files. It fails (never skips) when gi or the typelib is missing.

import math
import os
import sys
import unittest

try:
    import gi

    gi.require_version("GLib", "2.0")
    gi.require_version("GObject", "2.0")
    gi.require_version("Styr", "1.0")
    from gi.repository import GLib, GObject, Styr  # noqa: E402
except (ImportError, ValueError) as e:
    print(f"test_follow_up.py: cannot load gi or the Styr-1.0 typelib: {e}\n"
          "Run it through `meson test` or `meson devenv -C _build/main`.",
          file=sys.stderr)
    sys.exit(1)

EXAMPLES = os.environ.get("STYR_EXAMPLES", "")


def items(list_model):
    return [list_model.get_item(i) for i in range(list_model.get_n_items())]


class FollowUpTest(unittest.TestCase):

    def setUp(self):
        self.model = Styr.Model.new_from_path(os.path.join(EXAMPLES, "ratten.styr"))
        self.period = Styr.Period.parse("2025-T2")
        self.fu = Styr.FollowUp.new(self.model, self.period)
        self.occasion = self.fu.props.occasion
        self.assertIsNotNone(self.occasion)
        self.assertEqual(self.occasion.props.id, "delar-2025")

    def board_goals(self):
        # Ratten's board goals are all assessed at the interim report
        # already; the test assesses them anew.
        return [g for g in self.model.get_goals_at_level(Styr.GoalLevel.BOARD)
                if g.get_indicators().get_n_items() > 0]

    def test_status_measure_and_assess(self):
        goals = self.board_goals()
        self.assertGreaterEqual(len(goals), 2)
        # A goal whose first indicator is not green yet.
        first = next(g for g in goals
                     if self.fu.get_indicator_grade(g.get_indicators().get_item(0))
                     not in (Styr.Grade.GREEN, Styr.Grade.NOT_ASSESSED))
        second = next(g for g in goals if g is not first)
        status = self.fu.get_status(first)
        self.assertIs(status.props.goal, first)
        in_file = first.lookup_assessment(self.occasion)
        self.assertEqual(status.props.assessed_level.props.id, in_file.props.level_id)

        # Record a measurement that reaches the target of the first
        # goal's first indicator, for the period.
        indicator = first.get_indicators().get_item(0)
        ok, low, high = indicator.lookup_target(2025)
        self.assertTrue(ok)
        value = low
        notified = []
        status.connect("notify::proposed-score", lambda s, p: notified.append(p.name))
        changed = []
        self.fu.connect("status-changed", lambda fu, goal: changed.append(goal.props.id))
        indicator.set_value(self.period, value)
        self.assertEqual(self.fu.get_indicator_grade(indicator), Styr.Grade.GREEN)
        self.assertIn(first.props.id, changed)

        # Assess both with analysis and prognosis.
        for goal, level, prognosis in [(first, "har-inte-uppnatts", "osakert"),
                                       (second, "uppnatt", "uppnatt")]:
            a = Styr.Assessment(goal=goal, occasion=self.occasion,
                                level_id=level, prognosis_id=prognosis,
                                analysis="Analys av " + goal.props.id,
                                measures="Åtgärder.")
            goal.set_assessment(a)
            s = self.fu.get_status(goal)
            self.assertEqual(s.props.assessed_level.props.id, level)
            self.assertEqual(s.props.prognosis_level.props.id, prognosis)
            proposed = s.props.proposed_level
            self.assertEqual(s.props.differs,
                             proposed is not None and proposed.props.id != level)
        self.assertTrue(self.fu.get_status(first).props.differs)

        # Every goal: proposed and assessed status, trend, prognosis.
        scale = self.model.props.scale
        ids = {lvl.props.id for lvl in items(scale.get_levels())}
        for goal in items(self.model.get_goals()):
            s = self.fu.get_status(goal)
            for level in (s.props.proposed_level, s.props.assessed_level,
                          s.props.prognosis_level):
                self.assertTrue(level is None or level.props.id in ids)
            score = s.props.proposed_score
            self.assertEqual(math.isnan(score), s.props.proposed_level is None)
            self.assertIsInstance(s.props.trend, Styr.Trend)

        # Each council goal's distribution.
        for goal in self.model.get_goals_at_level(Styr.GoalLevel.COUNCIL):
            counts, n_not_assessed = self.fu.get_distribution(goal)
            self.assertEqual(len(counts), scale.get_n_levels())
            text = self.fu.format_distribution(goal)
            if sum(counts) + n_not_assessed > 0:
                self.assertRegex(text, r"^%d av %d " % (counts[0], sum(counts) + n_not_assessed))
            else:
                self.assertEqual(text, "inga nämndmål")
        self.assertEqual(len(self.fu.get_uncovered_council_goals()), 0)

    def test_python_rule(self):
        calls = []

        # PyGObject 3.42 also passes n_scores: take extra arguments.
        def best(scores, *rest):
            calls.append(list(scores))
            return max(scores)

        goal = self.board_goals()[0]
        goal.props.rollup_rule = "basta"
        self.assertIsNone(self.fu.get_status(goal).props.proposed_level)
        self.assertTrue(self.fu.register_rule("basta", best))
        self.assertTrue(calls)
        self.assertTrue(all(isinstance(x, float) for x in calls[0]))
        s = self.fu.get_status(goal)
        self.assertAlmostEqual(s.props.proposed_score, max(calls[-1]))

        with self.assertRaises(GLib.Error) as cm:
            self.fu.register_rule("samsta", best)
        self.assertTrue(cm.exception.matches(Styr.error_quark(), Styr.Error.DUPLICATE_ID))

        # The model's rule switches every goal without one of its own.
        before = self.fu.get_n_computations()
        self.model.props.rollup_rule = "samsta"
        self.assertGreater(self.fu.get_n_computations(), before)


if __name__ == "__main__":
    unittest.main(verbosity=2)
