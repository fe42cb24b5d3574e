#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# The report model from Python: the Ratten example per 2025-T2 walked
# through GObject Introspection — sections in order, blocks by kind,
# every goal entry with its indicators and targets, the operating table
# against the operating statement, tables' exact öre beside their Swedish
# text, charts as data, and a nämnd's report.
#
# Run by `meson test --suite python`. It fails (never skips) when gi or the
# typelib is missing.

import os
import re
import sys
import unittest

try:
    import gi

    gi.require_version("GLib", "2.0")
    gi.require_version("Gio", "2.0")
    gi.require_version("Styr", "1.0")
    from gi.repository import GLib, Gio, Styr  # noqa: E402
except (ImportError, ValueError) as e:
    print(f"test_report.py: cannot load gi or the Styr-1.0 typelib: {e}\n"
          "Run it through `meson test` or `meson devenv -C _build/main`.",
          file=sys.stderr)
    sys.exit(1)

EXAMPLES = os.environ.get("STYR_EXAMPLES",
                          os.path.join(os.path.dirname(__file__), "..", "..",
                                       "examples", "data"))

K = Styr.ReportSectionKind
B = Styr.ReportBlockKind


def load_ratten():
    path = os.path.join(EXAMPLES, "ratten.styr")
    return Styr.Loader.new().load_file(Gio.File.new_for_path(path), None)


def block_kind(block):
    return block.get_kind()


def goal_entries(report):
    for section in report.get_sections():
        for block in section.get_blocks():
            if block_kind(block) == B.GOAL:
                yield block


def tkr_text(ore):
    """Öre in whole tkr, half away from zero, grouped the Swedish way:
    computed here with integers, not by the library."""
    sign = -1 if ore < 0 else 1
    whole, rest = divmod(abs(ore), 100_000)
    if 2 * rest >= 100_000:
        whole += 1
    if whole == 0:
        return "0"
    digits = f"{whole:,}".replace(",", "\u00a0")
    return ("\u2212" if sign < 0 else "") + digits


class ReportTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.model = load_ratten()
        cls.period = Styr.Period.parse("2025-T2")
        cls.report = Styr.Report.new(cls.model, cls.period, None)

    def test_title_and_sections(self):
        report = self.report
        self.assertEqual(report.get_title(), "Delårsrapport januari–augusti 2025")
        self.assertEqual(report.props.title, report.get_title())
        self.assertEqual(report.get_kind(), Styr.ReportKind.INTERIM)
        kinds = [s.get_kind() for s in report.get_sections()]
        self.assertEqual(kinds, [K.SUMMARY, K.GOOD_ECONOMY, K.STEERING_MODEL,
                                 K.COUNCIL_GOALS, K.BOARD, K.BOARD, K.BOARD,
                                 K.BOARD, K.ECONOMIC_ANALYSIS, K.OPERATING,
                                 K.INVESTMENTS, K.COMPANIES, K.ACTIVITIES])
        # The enum order is the order of the report.
        self.assertEqual(sorted(kinds, key=int), kinds)
        boards = [s.get_organ().props.id for s in report.get_sections()
                  if s.get_kind() == K.BOARD]
        self.assertEqual(boards, ["ks", "valfardsnamnd", "myndighetsnamnd",
                                  "overformyndarnamnd"])
        ids = [s.props.id for s in report.get_sections()]
        self.assertEqual(len(ids), len(set(ids)))
        for i in ids:
            self.assertRegex(i, r"^[a-z0-9-]+$")

    def test_blocks_by_kind(self):
        seen = set()
        for section in self.report.get_sections():
            for block in section.get_blocks():
                kind = block_kind(block)
                self.assertEqual(block.props.kind, kind)
                seen.add(kind)
                if kind == B.HEADING:
                    self.assertIn(block.get_level(), (2, 3, 4))
                    self.assertTrue(block.get_text())
                elif kind == B.PARAGRAPH:
                    self.assertIsInstance(block.get_emphasis(), Styr.ReportEmphasis)
                    self.assertTrue(block.get_text())
                elif kind == B.TABLE:
                    self.assertIsInstance(block, Styr.ReportTable)
                elif kind == B.CHART:
                    self.assertIsInstance(block, Styr.ReportChart)
                    self.assertIsInstance(block.get_chart_kind(), Styr.ReportChartKind)
                    self.assertEqual(block.get_kind(), B.CHART)
                elif kind == B.GOAL:
                    self.assertIsInstance(block, Styr.ReportGoal)
        self.assertEqual(seen, {B.HEADING, B.PARAGRAPH, B.TABLE, B.CHART, B.GOAL})

    def test_every_goal_with_indicators_and_targets(self):
        seen = {}
        for entry in goal_entries(self.report):
            goal = entry.get_goal()
            self.assertNotIn(goal.props.id, seen)
            seen[goal.props.id] = entry
            table = entry.get_indicator_table()
            columns = [table.get_column_title(c) for c in range(table.get_n_columns())]
            self.assertEqual(columns, ["Indikator", "Enhet", "Målvärde", "Utfall",
                                       "Period", "Bedömning", "Trend"])
            indicators = list(goal.get_indicators())
            self.assertEqual(table.get_n_rows(), len(indicators))
            for row, indicator in enumerate(indicators):
                self.assertEqual(table.get_text(row, 0), indicator.props.name)
                found, low, high = indicator.lookup_target(2025)
                has, target = table.get_number(row, 2)
                self.assertEqual(has, found)
                if found:
                    self.assertEqual(target, low)
                    self.assertNotEqual(table.get_text(row, 2), "")
            if entry.get_unmet():
                notes = [n.get_text() for n in entry.get_notes()
                         if n.get_emphasis() == Styr.ReportEmphasis.WARNING]
                self.assertTrue(entry.get_analysis() is not None
                                or any(t.startswith("Analys saknas") for t in notes))
        all_ids = {g.props.id for g in self.model.get_goals()}
        self.assertEqual(set(seen), all_ids)
        # A council goal carries the distribution of the board goals.
        self.assertIn("av", seen["im-2"].get_distribution_text())

    def test_operating_table_equals_statement(self):
        statement = Styr.OperatingStatement.new(self.model, self.period)
        table = self.report.lookup_table("driftredovisning")
        self.assertIsNotNone(table)
        self.assertEqual(table.get_money_unit(), Styr.MoneyUnit.TKR)
        titles = [table.get_column_title(c) for c in range(table.get_n_columns())]
        budget = titles.index("Årsbudget, tkr")
        outcome = titles.index("Utfall jan–aug, tkr")
        rows = list(statement) + [statement.get_total()]
        self.assertEqual(table.get_n_rows(), len(rows))
        for r, row in enumerate(rows):
            self.assertEqual(table.get_text(r, 0), row.props.name)
            self.assertEqual(table.get_row_is_total(r), r == len(rows) - 1)
            has, ore = table.get_money(r, budget)
            self.assertTrue(has)
            self.assertEqual(ore, row.props.annual_budget)
            self.assertEqual(table.get_text(r, budget), tkr_text(ore))
            has, ore = table.get_money(r, outcome)
            self.assertTrue(has)
            self.assertEqual(ore, row.props.outcome)
            self.assertEqual(table.get_text(r, outcome), tkr_text(ore))
        # The sum row is the sum of the nämnder, in öre.
        total = sum(table.get_money(r, budget)[1] for r in range(len(rows) - 1))
        self.assertEqual(table.get_money(len(rows) - 1, budget)[1], total)
        # The full-year forecast is the one each nämnd gave at the
        # delårsrapport (delar-2025 in the file), summed in the last row.
        forecast = titles.index("Helårsprognos, tkr")
        given = 0
        for r, row in enumerate(rows[:-1]):
            found, ore, comment = row.props.organ.lookup_forecast("delar-2025")
            self.assertTrue(found and comment, row.props.name)
            self.assertEqual(table.get_money(r, forecast), (True, ore), row.props.name)
            given += ore
        self.assertEqual(table.get_money(len(rows) - 1, forecast), (True, given))

    def test_tables_listed_once(self):
        tables = list(self.report.get_tables())
        ids = [t.get_id() for t in tables]
        self.assertEqual(len(ids), len(set(ids)))
        for table_id in ids:
            self.assertRegex(table_id, r"^[a-z0-9-]+$")
        for needed in ("maluppfyllelse", "finansiella-mal", "balanskrav",
                       "inriktningsmal", "resultat", "driftredovisning",
                       "investeringar", "aktiviteter-per-mal",
                       "mal-utan-aktiviteter", "forsenade-aktiviteter"):
            self.assertIn(needed, ids)
        # Status cells: a level with a label, or the not-assessed text.
        table = self.report.lookup_table("maluppfyllelse")
        self.assertEqual(table.get_column_kind(0), Styr.ReportColumnKind.STATUS)
        labels = [table.get_text(r, 0) for r in range(table.get_n_rows())]
        self.assertIn("Ej bedömd", labels)
        level = table.get_level(0, 0)
        self.assertEqual(level.props.label, labels[0])
        self.assertEqual(Styr.report_shape_for_level(level), Styr.ReportShape.CIRCLE)
        counts = [table.get_number(r, 1)[1] for r in range(table.get_n_rows())
                  if not table.get_row_is_total(r)]
        self.assertEqual(sum(counts), 30)

    def test_charts(self):
        charts = list(self.report.get_charts())
        kinds = {c.get_chart_kind() for c in charts}
        self.assertEqual(kinds, set(Styr.ReportChartKind.__enum_values__.values()))
        for chart in charts:
            self.assertRegex(chart.get_id(), r"^[a-z0-9-]+$")
            if chart.get_chart_kind() == Styr.ReportChartKind.INDICATOR_TREND:
                names = [chart.get_series_name(s) for s in range(chart.get_n_series())]
                self.assertEqual(names[0], "Utfall")
                self.assertTrue(chart.get_series_is_target(1))
                values = [chart.get_value(0, c) for c in range(chart.get_n_categories())]
                self.assertTrue(any(has for has, _ in values))

    def test_yearly_trend_ends_with_the_report_year_target(self):
        # behoriga-gymnasiet is yearly, measured up to 2024, with a target
        # for 2025: its chart ends with 2025 and that target, no value.
        indicator = self.model.lookup_indicator("behoriga-gymnasiet")
        ok, low, _high = indicator.lookup_target(2025)
        self.assertTrue(ok)
        charts = [c for c in self.report.get_charts()
                  if c.get_chart_kind() == Styr.ReportChartKind.INDICATOR_TREND
                  and c.get_id().endswith("-behoriga-gymnasiet")]
        self.assertTrue(charts)
        for chart in charts:
            last = chart.get_n_categories() - 1
            self.assertEqual(chart.get_category_label(last), "2025")
            self.assertEqual(chart.get_value(0, last), (False, 0.0))
            self.assertEqual(chart.get_value(1, last), (True, low))

    def test_unmapped_outcome_is_named(self):
        # The example holds August's rows on ansvar 2390, which no unit
        # takes: the municipality's operating section must say how much.
        rows = [self.model.get_unmapped_outcome(i)
                for i in range(self.model.get_n_unmapped_outcomes())]
        rows = [r for r in rows if r[0] == 2025 and r[1] <= 8]
        self.assertTrue(rows)
        total = sum(r[-1] for r in rows)
        tkr = round(total / 100000)          # half-way cases do not occur here
        section = self.report.lookup_section("driftredovisning")
        warnings = [b.get_text() for b in section.get_blocks()
                    if block_kind(b) == B.PARAGRAPH
                    and b.get_emphasis() == Styr.ReportEmphasis.WARNING]
        self.assertEqual(len(warnings), 1)
        self.assertIn("%d\u00a0tkr" % tkr, warnings[0])
        self.assertIn("(%d rader)" % len(rows), warnings[0])
        # Not in a nämnd's own report: the rows belong to no nämnd.
        organ = self.model.lookup_organ("valfardsnamnd")
        report = Styr.Report.new(self.model, self.period, organ)
        section = report.lookup_section("driftredovisning")
        self.assertFalse([b for b in section.get_blocks()
                          if block_kind(b) == B.PARAGRAPH
                          and b.get_emphasis() == Styr.ReportEmphasis.WARNING])

    def test_interim_balance_sheet_named(self):
        section = self.report.lookup_section("ekonomisk-analys")
        texts = [b.get_text() for b in section.get_blocks()
                 if block_kind(b) == B.PARAGRAPH
                 and b.get_emphasis() == Styr.ReportEmphasis.NOTE]
        self.assertTrue(any("balansposter" in t for t in texts))

    def test_namnd_report(self):
        organ = self.model.lookup_organ("myndighetsnamnd")
        report = Styr.Report.new(self.model, self.period, organ)
        self.assertEqual(report.get_organ(), organ)
        self.assertEqual([s.get_kind() for s in report.get_sections()],
                         [K.SUMMARY, K.BOARD, K.OPERATING, K.INVESTMENTS, K.ACTIVITIES])
        for entry in goal_entries(report):
            goal = entry.get_goal()
            owners = [goal.get_owner()] + [a.get_owner() for a in goal.get_ancestors()]
            self.assertIn(organ, owners, goal.props.id)
        table = report.lookup_table("driftredovisning")
        self.assertEqual(table.get_n_rows(), 1)
        self.assertEqual(table.get_text(0, 0), "Myndighetsnämnden")

    def test_errors(self):
        with self.assertRaises(GLib.Error) as cm:
            Styr.Report.new(self.model, self.period, self.model.lookup_organ("kf"))
        self.assertTrue(cm.exception.matches(Styr.error_quark(),
                                             Styr.Error.INVALID_ARGUMENT))


if __name__ == "__main__":
    unittest.main(verbosity=2)
