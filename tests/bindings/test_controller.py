#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# A controller's follow-up from Python, end to end (issue 4's "done
# when"): load the Ratten example, import a Kolada file for the
# municipality and three comparison municipalities, record a measurement,
# assess two goals with analysis and prognosis, read for 2025-T2 every
# goal's proposed and assessed status, trend and prognosis and each
# council goal's distribution — and check that `styr status` shows the
# same. Then switch the scale and the roll-up rule and check the results
# change as documented and nothing else does.
#
# Needs STYR_EXAMPLES (examples/data) and STYR_TOOL (the built styr).

import os
import subprocess
import sys
import tempfile
import unittest

try:
    import gi

    gi.require_version("GLib", "2.0")
    gi.require_version("Styr", "1.0")
    from gi.repository import GLib, Styr  # noqa: E402
except (ImportError, ValueError) as e:
    print(f"test_controller.py: cannot load gi or the Styr-1.0 typelib: {e}", file=sys.stderr)
    sys.exit(1)

EXAMPLES = os.environ.get("STYR_EXAMPLES", "")
STYR_TOOL = os.environ.get("STYR_TOOL", "")
T2 = Styr.Period.parse("2025-T2")
GRADE_SCORE = {Styr.Grade.GREEN: 1.0, Styr.Grade.YELLOW: 0.5, Styr.Grade.RED: 0.0}


def label(level):
    return level.props.label if level is not None else "–"


def status_lines(path):
    """styr status: goal id → its 'Förslag: … · Bedömning: …' line, and
    council goal id → its distribution text."""
    out = subprocess.run([STYR_TOOL, "status", path, "--period", "2025-T2"],
                         check=True, capture_output=True, text=True).stdout.splitlines()
    statuses, distributions = {}, {}
    for i, line in enumerate(out):
        text = line.strip()
        if text.endswith(")") and "(" in text and i + 1 < len(out) and \
                out[i + 1].strip().startswith("Förslag:"):
            goal_id = text[text.rindex("(") + 1:-1]
            statuses[goal_id] = out[i + 1].strip()
            if i + 2 < len(out) and out[i + 2].strip().startswith("Nämndmålen:"):
                distributions[goal_id] = out[i + 2].strip()[len("Nämndmålen: "):]
    return statuses, distributions


class ControllerTest(unittest.TestCase):
    def setUp(self):
        self.assertTrue(os.path.isfile(STYR_TOOL), f"STYR_TOOL={STYR_TOOL!r}")
        self.model = Styr.Model.new_from_path(os.path.join(EXAMPLES, "ratten.styr"))

    def test_follow_up_as_a_controller(self):
        model = self.model

        # Kolada: the municipality (1299) and three comparison municipalities.
        with open(os.path.join(EXAMPLES, "kolada-strandvik-2025.json"), "rb") as f:
            result = model.import_kolada_bytes(GLib.Bytes.new(f.read()), "kolada-strandvik-2025.json")
        self.assertEqual(result.props.n_values, 2)
        self.assertEqual(result.props.n_comparison_values, 6)
        epost = model.lookup_indicator("svar-epost")
        self.assertEqual(epost.lookup_value(Styr.Period.parse("2025")), (True, 86.0))
        self.assertEqual(epost.lookup_comparison_value("1283", Styr.Period.parse("2025")), (True, 88.0))
        behoriga = model.lookup_indicator("behoriga-gymnasiet")
        found, value, women, men, comment = behoriga.lookup_measurement(Styr.Period.parse("2025"))
        self.assertEqual((value, women, men), (87.4, 89.9, 85.0))
        # Two better, one worse of three: the middle half, yellow.
        self.assertEqual(epost.grade_comparative(Styr.Period.parse("2025")), Styr.Grade.YELLOW)

        # A measurement recorded by hand.
        unga = model.lookup_indicator("unga-arbetslosa")
        unga.set_value(Styr.Period.parse("2025-08"), 7.9)

        # Two assessments with analysis and prognosis at the delårsrapport.
        occasion = model.get_calendar().find_occasion(T2)
        self.assertIsNotNone(occasion)
        board = [g for g in model.get_goals() if g.props.level == Styr.GoalLevel.BOARD]
        for goal, level, prognosis in ((board[0], "osakert", "bedoms-inte-kunna-uppnas"),
                                       (board[1], "uppnatt", "uppnatt")):
            a = Styr.Assessment.new(goal, occasion)
            a.props.level_id = level
            a.props.prognosis_id = prognosis
            a.props.analysis = "Analys från controllern."
            a.props.measures = "Åtgärder beslutade i nämnden."
            goal.set_assessment(a)

        fu = Styr.FollowUp.new(model, T2)
        self.assertIs(fu.get_occasion(), occasion)
        s0 = fu.get_status(board[0])
        self.assertEqual(s0.props.assessed_level.props.id, "osakert")
        self.assertEqual(s0.props.prognosis_level.props.id, "bedoms-inte-kunna-uppnas")

        # Every goal: proposed, assessed, trend, prognosis — and the same in styr status.
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "strandvik.styr")
            model.save_to_path(path, Styr.SaveFlags.NONE)
            statuses, distributions = status_lines(path)
        for goal in model.get_goals():
            s = fu.get_status(goal)
            self.assertIsInstance(s.props.trend, Styr.Trend)
            line = statuses[goal.get_id()]
            self.assertTrue(line.startswith(f"Förslag: {label(s.props.proposed_level)} · "
                                            f"Bedömning: {label(s.props.assessed_level)}"),
                            f"{goal.get_id()}: {line}")
            self.assertIn(f"Prognos: {label(s.props.prognosis_level)}", line)
        council = [g for g in model.get_goals() if g.props.level == Styr.GoalLevel.COUNCIL]
        self.assertTrue(council)
        for goal in council:
            text = fu.format_distribution(goal)
            counts, not_assessed = fu.get_distribution(goal)
            self.assertEqual(len(counts), model.props.scale.get_n_levels())
            self.assertIn(f"av {sum(counts) + not_assessed}", text)
            self.assertEqual(distributions[goal.get_id()], text)

    def leaf_goals_with_indicators(self, fu, model):
        for goal in model.get_goals():
            if len(goal.get_children()) == 0 and len(goal.get_indicators()) > 0:
                scores = [GRADE_SCORE[g] for g in
                          (fu.get_indicator_grade(i) for i in goal.get_indicators())
                          if g in GRADE_SCORE]
                if scores:
                    yield goal, scores

    def test_switching_scale_and_rule(self):
        model = Styr.Model.new_from_path(os.path.join(EXAMPLES, "borlange.styr"))
        fu = Styr.FollowUp.new(model, T2)
        leaves = list(self.leaf_goals_with_indicators(fu, model))
        self.assertGreater(len(leaves), 5)
        before = {g.get_id(): fu.get_status(g).props.proposed_score for g in model.get_goals()}

        # Weighted mean on three levels: ≥ 0.75 fulfilled, ≥ 0.25 partly.
        for goal, scores in leaves:
            s = fu.get_status(goal)
            self.assertAlmostEqual(s.props.proposed_score, sum(scores) / len(scores))
            score = s.props.proposed_score
            expected = "uppfyllt" if score >= 0.75 else "delvis-uppfyllt" if score >= 0.25 else "ej-uppfyllt"
            self.assertEqual(s.props.proposed_level.props.id, expected)

        # Five levels: the same scores, the nearest of 1, .75, .5, .25, 0.
        model.props.scale = Styr.Scale.new_preset(Styr.ScalePreset.JONKOPING)
        ids = ["uppnatt", "bedoms-kunna-uppnas", "osakert", "bedoms-inte-kunna-uppnas", "har-inte-uppnatts"]
        for goal, scores in leaves:
            s = fu.get_status(goal)
            self.assertEqual(s.props.proposed_score, before[goal.get_id()])
            score = s.props.proposed_score
            nearest = min(range(5), key=lambda k: (abs((1 - k / 4) - score), k))
            self.assertEqual(s.props.proposed_level.props.id, ids[nearest], f"{goal.get_id()} {score}")

        # Worst-of: the lowest input, for every goal that has inputs.
        model.props.rollup_rule = "samsta"
        for goal, scores in leaves:
            self.assertEqual(fu.get_status(goal).props.proposed_score, min(scores))
        # Nothing else changed: the measurements and assessments are as loaded.
        again = Styr.Model.new_from_path(os.path.join(EXAMPLES, "borlange.styr"))
        again.props.scale = Styr.Scale.new_preset(Styr.ScalePreset.JONKOPING)
        again.props.rollup_rule = "samsta"
        self.assertEqual(model.to_bytes().get_data(), again.to_bytes().get_data())


if __name__ == "__main__":
    unittest.main(verbosity=2)
