#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# The HTML report (styr-report-html.c) from Python: the Ratten example's
# interim report for 2025-T2, for the whole municipality and for one
# nämnd, written through GObject-Introspection and read back with an XML
# parser (the page is HTML5 that is also well-formed XML, and this test
# asserts that too).
#
# What is checked against the model itself, computed here by other means
# than the report: every goal is there with its title, its status (the
# follow-up's assessed level, else the computed one) as text and shape,
# and every indicator with its target for the year and its latest value;
# every amount of the operating statement (driftredovisning) equals what
# StyrOperatingStatement computes, in öre and as rounded tkr text. What is
# checked against the report model: every cell of every table, every
# chart drawn, the table of contents, headings in order, unique ids, no
# network, print rules, escaping, atomic writing.
#
# Run by `meson test --suite report`. It fails (never skips) when gi or
# the typelib is missing.

import os
import re
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET
from decimal import Decimal, ROUND_HALF_UP

try:
    import gi

    gi.require_version("GLib", "2.0")
    gi.require_version("Gio", "2.0")
    gi.require_version("Styr", "1.0")
    from gi.repository import Gio, GLib, Styr  # noqa: E402
except (ImportError, ValueError) as e:
    print(f"test_report_html.py: cannot load gi or the Styr-1.0 typelib: {e}\n"
          "Run it through `meson test` or `meson devenv -C _build/main`.",
          file=sys.stderr)
    sys.exit(1)

EXAMPLES = os.environ.get("STYR_EXAMPLES", "")
SVG = "{http://www.w3.org/2000/svg}"
NBSP = "\u00a0"
MINUS = "\u2212"
ORE_PER_TKR = 100_000
YEAR = 2025


# --- Swedish formatting, written here independently of the library ---

def group(digits):
    out = []
    while len(digits) > 3:
        out.insert(0, digits[-3:])
        digits = digits[:-3]
    out.insert(0, digits)
    return NBSP.join(out)


def tkr_text(ore):
    """Whole tkr, rounded half away from zero, grouped, U+2212 minus."""
    q = (Decimal(ore) / ORE_PER_TKR).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    n = int(q)
    return (MINUS if n < 0 else "") + group(str(abs(n)))


def sv_number(value):
    """At most two decimals, trailing zeros dropped, decimal comma."""
    q = Decimal(repr(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    sign = MINUS if q < 0 else ""
    whole, _, frac = f"{abs(q):f}".partition(".")
    frac = frac.rstrip("0")
    return sign + group(whole) + ("," + frac if frac else "")


def text_of(element):
    return "".join(element.itertext())


def norm(text):
    return " ".join(text.split())


def items(list_model):
    return [list_model.get_item(i) for i in range(list_model.get_n_items())]


def goal_entries(report):
    for section in report.get_sections():
        for block in section.get_blocks():
            if isinstance(block, Styr.ReportGoal):
                yield section, block


class ReportPage:
    """A report, its page written to a file and parsed."""

    def __init__(self, model, period, organ, directory):
        self.model = model
        self.period = period
        self.report = Styr.Report.new(model, period, organ)
        self.path = os.path.join(directory,
                                 (organ.props.id if organ else "kommun") + ".html")
        self.report.write_html_to_path(self.path)
        with open(self.path, "rb") as f:
            self.data = f.read()
        # Well-formed XML: ElementTree raises on anything else.
        self.root = ET.fromstring(self.data)
        self.parent = {c: p for p in self.root.iter() for c in p}
        self.by_id = {}
        for e in self.root.iter():
            if "id" in e.attrib:
                self.by_id.setdefault(e.attrib["id"], []).append(e)

    def find_all(self, tag):
        return list(self.root.iter(tag))

    def table(self, table_id):
        found = [t for t in self.root.iter("table")
                 if t.get("data-table") == table_id]
        return found[0] if len(found) == 1 else None

    def articles(self):
        return [a for a in self.root.iter("article") if "goal" in a.get("class", "")]


class HtmlReportMixin:
    organ_id = None

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="styr-report-html-")
        cls.model = Styr.Model.new_from_path(os.path.join(EXAMPLES, "ratten.styr"))
        cls.period = Styr.Period.parse("2025-T2")
        cls.organ = cls.model.lookup_organ(cls.organ_id) if cls.organ_id else None
        cls.page = ReportPage(cls.model, cls.period, cls.organ, cls.tmp.name)
        cls.follow_up = Styr.FollowUp.new(cls.model, cls.period)
        cls.scale = cls.model.get_scale()

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    # --- the expected goals, from the model's goal chain ---

    def expected_goals(self):
        goals = items(self.model.get_goals())
        if self.organ is None:
            return goals
        top = [g for g in goals if g.get_owner() == self.organ
               and g.props.level == Styr.GoalLevel.BOARD]
        result = {g.props.id: g for g in top}
        for g in top:
            for d in items(g.get_descendants()):
                result[d.props.id] = d
        return list(result.values())

    def shown_level(self, goal):
        status = self.follow_up.get_status(goal)
        return status.props.assessed_level or status.props.proposed_level

    def level_text(self, level):
        return level.props.label if level else self.scale.props.not_assessed_label

    # --- the page as a document ---

    def test_language_title_and_charset(self):
        root = self.page.root
        self.assertEqual(root.tag, "html")
        self.assertEqual(root.get("lang"), "sv")
        self.assertTrue(self.page.data.startswith(b"<!DOCTYPE html>\n"))
        head = root.find("head")
        self.assertEqual(head.find("meta").get("charset"), "utf-8")
        title = head.find("title").text
        self.assertTrue(title.startswith(self.page.report.get_title()))
        self.assertIn(self.page.report.get_subtitle(), title)
        h1 = self.page.find_all("h1")
        self.assertEqual(len(h1), 1)
        self.assertEqual(text_of(h1[0]), self.page.report.get_title())
        self.assertEqual(self.page.report.get_title(),
                         "Delårsrapport januari–augusti 2025")
        period = [p for p in root.iter("p") if p.get("class") == "period"]
        self.assertEqual(len(period), 1)
        self.assertIn("2025-08-31", text_of(period[0]))

    def test_self_contained(self):
        for tag in ("script", "link", "img", "iframe", "object", "embed",
                    "base", "audio", "video", "source"):
            self.assertEqual(self.page.find_all(tag), [], tag)
        for e in self.page.root.iter():
            for name, value in e.attrib.items():
                if name in ("href", "src", "action", "xlink:href") or name.endswith("}href"):
                    self.assertTrue(value.startswith("#"), (e.tag, name, value))
                self.assertNotRegex(value, r"(?i)\b(https?:|//[a-z0-9.-]+/)", (e.tag, name))
        style = "".join(text_of(s) for s in self.page.find_all("style"))
        self.assertNotIn("@import", style)
        self.assertNotRegex(style, r"url\((?!#)")
        self.assertNotRegex(self.page.data.decode(), r"(?i)https?://(?!www\.w3\.org/2000/svg)")

    def test_headings_in_order(self):
        levels = [int(e.tag[1]) for e in self.page.root.iter()
                  if isinstance(e.tag, str) and re.fullmatch(r"h[1-6]", e.tag)]
        self.assertEqual(levels[0], 1)
        for before, after in zip(levels, levels[1:]):
            self.assertLessEqual(after, before + 1, levels)
        for e in self.page.root.iter():
            if isinstance(e.tag, str) and re.fullmatch(r"h[1-6]", e.tag):
                self.assertNotEqual(norm(text_of(e)), "", e.tag)

    def test_table_of_contents(self):
        navs = self.page.find_all("nav")
        self.assertEqual(len(navs), 1)
        links = list(navs[0].iter("a"))
        sections = items(self.page.report.get_sections())
        self.assertEqual([text_of(a) for a in links],
                         [s.get_title() for s in sections])
        for a, s in zip(links, sections):
            target = a.get("href")[1:]
            self.assertEqual(target, s.get_id())
            found = self.page.by_id[target]
            self.assertEqual(len(found), 1)
            self.assertEqual(found[0].tag, "section")
            self.assertEqual(text_of(found[0].find("h2")), s.get_title())

    def test_ids_unique_and_references_resolve(self):
        for element_id, elements in self.page.by_id.items():
            self.assertEqual(len(elements), 1, element_id)
        for e in self.page.root.iter():
            for ref in e.get("aria-labelledby", "").split():
                self.assertIn(ref, self.page.by_id, ref)

    def test_print_rules(self):
        style = "".join(text_of(s) for s in self.page.find_all("style"))
        self.assertIn("@media print", style)
        self.assertRegex(style, r"section\.board\s*\{\s*break-before:\s*page")
        self.assertIn("@page", style)
        boards = [s for s in self.page.find_all("section")
                  if "board" in s.get("class", "").split()]
        expected = [s for s in self.page.report.get_sections()
                    if s.get_kind() == Styr.ReportSectionKind.BOARD]
        self.assertEqual(len(boards), len(expected))
        self.assertGreaterEqual(len(boards), 1)

    # --- tables: every cell as the report model has it ---

    def test_every_table_cell(self):
        tables = items(self.page.report.get_tables())
        self.assertGreater(len(tables), 10)
        for t in tables:
            html = self.page.table(t.get_id())
            if t.get_n_rows() == 0:
                # An empty indicator table is said in words instead.
                continue
            self.assertIsNotNone(html, t.get_id())
            self.assertEqual(text_of(html.find("caption")), t.get_caption())
            heads = html.find("thead").findall("tr/th")
            self.assertEqual([text_of(h) for h in heads],
                             [t.get_column_title(c) for c in range(t.get_n_columns())])
            for h in heads:
                self.assertEqual(h.get("scope"), "col")
            rows = html.find("tbody").findall("tr")
            self.assertEqual(len(rows), t.get_n_rows(), t.get_id())
            for r, tr in enumerate(rows):
                self.assertEqual("total" in tr.get("class", ""), t.get_row_is_total(r))
                cells = list(tr)
                self.assertEqual(len(cells), t.get_n_columns())
                for c, cell in enumerate(cells):
                    self.check_cell(t, r, c, cell)

    def check_cell(self, t, r, c, cell):
        kind = t.get_column_kind(c)
        text = t.get_text(r, c)
        shown = text_of(cell)
        where = (t.get_id(), r, c)
        if kind == Styr.ReportColumnKind.STATUS:
            level = t.get_level(r, c)
            if level is not None:
                self.assertEqual(cell.get("data-level"), level.props.id, where)
                self.assert_status(cell, level.props.label)
            else:
                self.assertIn(text, shown, where)
            return
        self.assertEqual(shown, text, where)
        if kind == Styr.ReportColumnKind.MONEY:
            has, ore = t.get_money(r, c)
            if has:
                self.assertEqual(int(cell.get("data-ore")), ore, where)
                self.assertEqual(t.get_money_unit(), Styr.MoneyUnit.TKR)
                self.assertEqual(shown, tkr_text(ore), where)
                self.assertIn("num", cell.get("class").split())
            else:
                self.assertIsNone(cell.get("data-ore"))
        if c == 0 and t.get_n_columns() > 1 and kind == Styr.ReportColumnKind.TEXT:
            self.assertEqual(cell.tag, "th", where)
            self.assertEqual(cell.get("scope"), "row", where)

    def status_shape(self, svg):
        """The shape of a status's <svg>: a <use> of a shape drawn once
        (in the first status of its level), never colour alone."""
        self.assertEqual(svg.get("aria-hidden"), "true")
        uses = [e for e in svg if e.tag == SVG + "use"]
        self.assertEqual(len(uses), 1)
        href = uses[0].get("href")
        self.assertTrue(href.startswith("#"), href)
        defs = self.page.by_id[href[1:]]
        self.assertEqual(len(defs), 1, href)
        self.assertEqual(self.page.parent[defs[0]].tag, SVG + "defs")
        shapes = [e for e in defs[0] if e.tag in (SVG + "circle", SVG + "path", SVG + "rect")]
        self.assertEqual(len(shapes), 1, href)
        self.assertTrue(shapes[0].get("fill"), href)
        return shapes[0]

    def assert_status(self, element, label):
        """A status is a shape and the label as text."""
        status = [e for e in element.iter("span")
                  if "status" in e.get("class", "").split()]
        self.assertEqual(len(status), 1, text_of(element))
        svg = status[0].find(SVG + "svg")
        self.assertIsNotNone(svg)
        self.status_shape(svg)
        texts = [e for e in status[0].iter("span")
                 if e.get("class") == "status-text"]
        self.assertEqual(text_of(texts[0]), label)

    # --- goals, checked against the goal chain and the follow-up ---

    def test_every_goal_with_status(self):
        expected = self.expected_goals()
        self.assertGreater(len(expected), 5)
        articles = self.page.articles()
        by_goal = {}
        for a in articles:
            by_goal.setdefault(a.get("data-goal"), []).append(a)
        self.assertEqual(set(by_goal), {g.props.id for g in expected})
        for goal in expected:
            level = self.shown_level(goal)
            for a in by_goal[goal.props.id]:
                heading = [e for e in a if re.fullmatch(r"h[2-6]", e.tag)][0]
                self.assertEqual(text_of(heading), goal.props.title)
                dl = a.find("dl")
                first = dl.find("div")
                self.assertEqual(text_of(first.find("dt")), "Måluppfyllelse")
                self.assert_status(first.find("dd"), self.level_text(level))
                source = "Bedömd" if self.follow_up.get_status(goal).props.assessed_level \
                    else ("Beräknad" if level else "Ej bedömd")
                self.assertIn(f"({source})", text_of(first.find("dd")))

    def test_every_indicator_with_target_and_value(self):
        period_end = self.period.get_end_date()
        checked = 0
        for goal in self.expected_goals():
            indicators = items(goal.get_indicators())
            for a in self.page.articles():
                if a.get("data-goal") != goal.props.id:
                    continue
                tables = [t for t in a.iter("table")
                          if t.get("data-table", "").startswith("indikatorer-")]
                if not indicators:
                    self.assertEqual(tables, [])
                    self.assertIn("Målet har inga indikatorer.", norm(text_of(a)))
                    continue
                self.assertEqual(len(tables), 1, goal.props.id)
                titles = [text_of(th) for th in tables[0].find("thead").iter("th")]
                rows = {text_of(tr[0]): tr for tr in tables[0].find("tbody")}
                self.assertEqual(set(rows), {i.props.name for i in indicators})
                for indicator in indicators:
                    tr = rows[indicator.props.name]
                    cell = dict(zip(titles, tr))
                    has, low, high = indicator.lookup_target(YEAR)
                    if has:
                        target = sv_number(low) if high != high else \
                            f"{sv_number(low)}–{sv_number(high)}"
                    else:
                        target = ""
                    self.assertEqual(text_of(cell["Målvärde"]), target, indicator.props.id)
                    self.assertEqual(text_of(cell["Enhet"]),
                                     indicator.props.measure_unit or "")
                    latest = self.latest_value(indicator, period_end)
                    self.assertEqual(text_of(cell["Utfall"]),
                                     sv_number(latest) if latest is not None else "",
                                     indicator.props.id)
                    # The grade: a level of the scale as shape and text.
                    texts = [e for e in cell["Bedömning"].iter("span")
                             if e.get("class") == "status-text"]
                    status = text_of(texts[0]) if texts else text_of(cell["Bedömning"])
                    labels = [lv.props.label for lv in items(self.scale.get_levels())]
                    self.assertIn(status, labels + [self.scale.props.not_assessed_label])
                    if status in labels:
                        self.assert_status(cell["Bedömning"], status)
                    checked += 1
        self.assertGreater(checked, 5)

    def latest_value(self, indicator, period_end):
        best = None
        for i in range(indicator.get_n_measurements()):
            p = indicator.get_measurement_period(i)
            end = p.get_end_date()
            if end.compare(period_end) > 0:
                continue
            if best is None or end.compare(best[0]) > 0:
                best = (end, indicator.get_measurement_value(i))
        return best[1] if best else None

    # --- amounts, checked against the operating statement ---

    COLUMNS = {
        "Årsbudget": "annual_budget",
        "Periodiserad budget": "periodised_budget",
        "Utfall jan": "outcome",
        "Avvikelse jan": "period_deviation",
        "Helårsprognos": "forecast",
        "Avvikelse helår": "year_deviation",
        "Förändring mot föregående prognos": "forecast_change",
        "Utfall 2024": "last_year_outcome",
    }

    def property_for(self, title):
        for prefix, prop in self.COLUMNS.items():
            if title.startswith(prefix):
                return prop
        self.fail(f"unknown column {title!r}")

    def check_operating_table(self, html, rows, total):
        titles = [text_of(th) for th in html.find("thead").iter("th")]
        self.assertEqual(titles[0], "Nämnd")
        by_name = {}
        for tr in html.find("tbody"):
            if "total" in tr.get("class", ""):
                by_name[None] = tr
            else:
                by_name[text_of(tr[0])] = tr
        expected = {r.props.name: r for r in rows}
        if total is not None:
            expected[None] = total
        self.assertEqual(set(by_name), set(expected))
        n = 0
        for name, row in expected.items():
            for title, cell in zip(titles[1:], list(by_name[name])[1:]):
                prop = self.property_for(title)
                value = row.get_property(prop.replace("_", "-"))
                no_forecast = prop in ("forecast", "year_deviation") and not row.props.has_forecast
                no_change = prop == "forecast_change" and not (
                    row.props.has_forecast and row.props.has_previous_forecast)
                if no_forecast or no_change:
                    self.assertEqual(text_of(cell), "", (name, title))
                    continue
                self.assertEqual(int(cell.get("data-ore")), value, (name, title))
                self.assertEqual(text_of(cell), tkr_text(value), (name, title))
                n += 1
        return n

    def test_operating_statement_amounts(self):
        statement = Styr.OperatingStatement.new(self.model, self.period)
        rows = items(statement)
        if self.organ is not None:
            rows = [r for r in rows if r.props.organ == self.organ]
            total = None
        else:
            total = statement.get_total()
        # The example holds every nämnd's forecast at the delårsrapport
        # and the one at tertial 1 before it.
        for row in rows + ([total] if total else []):
            self.assertTrue(row.props.has_forecast and row.props.has_previous_forecast, row.props.name)
        html = self.page.table("driftredovisning")
        self.assertIsNotNone(html)
        n = self.check_operating_table(html, rows, total)
        self.assertGreaterEqual(n, 5 * (len(rows) + (1 if total else 0)))
        # Each board's own economy table says the same.
        for row in rows:
            if row.props.organ is None:
                continue
            own = self.page.table("ekonomi-" + row.props.organ.props.id)
            if own is not None:
                self.check_operating_table(own, [row], None)

    def test_investment_amounts(self):
        html = self.page.table("investeringar")
        self.assertIsNotNone(html)
        titles = [text_of(th) for th in html.find("thead").iter("th")]
        rows = {text_of(tr[0]): dict(zip(titles, tr)) for tr in html.find("tbody")
                if "total" not in tr.get("class", "")}
        expected = [i for i in items(self.model.get_investments())
                    if self.organ is None or i.props.organ == self.organ]
        self.assertGreater(len(expected), 0)
        self.assertEqual(set(rows), {i.props.name for i in expected})
        for inv in expected:
            row = rows[inv.props.name]
            ok, budget = inv.lookup_budget(YEAR)
            self.assertTrue(ok)
            outcome = inv.get_outcome_to_date(self.period)   # raises on error
            for title, value in ((f"Budget {YEAR}, tkr", budget),
                                 ("Utfall jan–aug, tkr", outcome),
                                 ("Total budget, tkr", inv.props.total_budget)):
                self.assertEqual(int(row[title].get("data-ore")), value, (inv.props.id, title))
                self.assertEqual(text_of(row[title]), tkr_text(value), (inv.props.id, title))

    def test_balance_requirement_amounts(self):
        if self.organ is not None:
            self.assertIsNone(self.page.table("balanskrav"))
            return
        result = Styr.MunicipalResult.new(self.model, self.period)
        html = self.page.table("balanskrav")
        rows = {text_of(tr[0]): tr for tr in html.find("tbody")}
        self.assertEqual(int(rows["Årets resultat enligt prognos"][1].get("data-ore")),
                         result.get_result_forecast())
        self.assertEqual(int(rows["Balanskravsresultat"][1].get("data-ore")),
                         result.get_balance_result())
        self.assertEqual(text_of(rows["Balanskravsresultat"][1]),
                         tkr_text(result.get_balance_result()))

    # --- charts ---

    def test_charts_drawn(self):
        charts = items(self.page.report.get_charts())
        self.assertGreater(len(charts), 3)
        kinds = set()
        for chart in charts:
            kinds.add(chart.get_chart_kind())
            figure = self.page.by_id["diagram-" + chart.get_id()][0]
            self.assertEqual(figure.tag, "figure")
            self.assertEqual(text_of(figure.find("figcaption")), chart.get_title())
            n_cat = chart.get_n_categories()
            if chart.get_chart_kind() == Styr.ReportChartKind.STATUS_LIGHTS:
                lis = list(figure.iter("li"))
                self.assertEqual(len(lis), n_cat)
                for i, li in enumerate(lis):
                    level = chart.get_category_level(i)
                    label = self.level_text(level)
                    self.assertEqual(li.find(SVG + "svg")[0].find(SVG + "title").text, label)
                    self.assertIn(chart.get_category_label(i), text_of(li))
                    self.assertIn(label, text_of(li))
                continue
            svg = figure.find(SVG + "svg")
            self.assertEqual(svg.get("role"), "img")
            self.assertEqual(svg.find(SVG + "title").text, chart.get_title())
            self.assertTrue(svg.find(SVG + "desc").text.strip())
            values = [(s, i) for s in range(chart.get_n_series())
                      for i in range(n_cat) if chart.get_value(s, i)[0]]
            tips = [t.text for t in svg.iter(SVG + "title")][1:]
            if chart.get_chart_kind() == Styr.ReportChartKind.DISTRIBUTION:
                values = [(s, i) for s, i in values if chart.get_value(s, i)[1] > 0]
            if chart.get_chart_kind() == Styr.ReportChartKind.INDICATOR_TREND:
                # The outcome's values stand as text beside their points
                # (and are in the <desc>): only the targets have tooltips.
                labels = [t for g in svg.iter(SVG + "g") if g.get("class") == "values"
                          for t in g.iter(SVG + "text")]
                outcome = [(s, i) for s, i in values if not chart.get_series_is_target(s)]
                self.assertEqual(len(labels), len(outcome), chart.get_id())
                # A target's tooltip is on its whole series: its values,
                # consecutive periods with one value as a run.
                expected = [self.target_tip(chart, s) for s in range(chart.get_n_series())
                            if chart.get_series_is_target(s)
                            and any(chart.get_value(s, i)[0] for i in range(n_cat))]
                self.assertEqual(tips, expected, chart.get_id())
                continue
            self.assertEqual(len(tips), len(values), chart.get_id())
            for s, i in values:
                name = chart.get_series_name(s)
                self.assertTrue(any(name in tip for tip in tips), (chart.get_id(), name))
        if self.organ is None:
            self.assertEqual(kinds, {Styr.ReportChartKind.STATUS_LIGHTS,
                                     Styr.ReportChartKind.DISTRIBUTION,
                                     Styr.ReportChartKind.BUDGET_FORECAST,
                                     Styr.ReportChartKind.INDICATOR_TREND})

    def target_tip(self, chart, s):
        unit = chart.get_unit()
        runs = []
        for i in range(chart.get_n_categories()):
            has, value = chart.get_value(s, i)
            if not has:
                runs.append(None)
                continue
            label = chart.get_category_label(i)
            if runs and runs[-1] is not None and runs[-1][2] == value:
                runs[-1][1] = label
            else:
                runs.append([label, label, value])
        parts = []
        for run in runs:
            if run is None:
                continue
            first, last, value = run
            text = first if first == last else f"{first}–{last}"
            parts.append(f"{text} {sv_number(value)}" + (NBSP + unit if unit else ""))
        return f"{chart.get_series_name(s)}: " + ", ".join(parts)

    def test_status_never_colour_only(self):
        n = 0
        for span in self.page.root.iter("span"):
            if "status" not in span.get("class", "").split():
                continue
            svg = span.find(SVG + "svg")
            self.status_shape(svg)
            self.assertTrue(text_of(span).strip())
            n += 1
        self.assertGreater(n, 20)
        # Warnings and notes carry a text marker.
        for div in self.page.root.iter("div"):
            classes = div.get("class", "").split()
            if "warning" in classes:
                self.assertIn("Observera:", text_of(div))
            if "note" in classes and "callout" in classes:
                self.assertIn("Notera:", text_of(div))

    def test_stream_writes_the_same_page(self):
        stream = Gio.MemoryOutputStream.new_resizable()
        self.assertTrue(self.page.report.write_html(stream, None))
        stream.close(None)
        self.assertEqual(bytes(stream.steal_as_bytes().get_data()), self.page.data)


class MunicipalityHtmlTest(HtmlReportMixin, unittest.TestCase):
    organ_id = None


class BoardHtmlTest(HtmlReportMixin, unittest.TestCase):
    organ_id = "valfardsnamnd"

    def test_only_this_board(self):
        boards = [s for s in self.page.find_all("section")
                  if "board" in s.get("class", "").split()]
        self.assertEqual([s.get("id") for s in boards], ["namnd-valfardsnamnd"])
        self.assertIn("Välfärdsnämnden", self.page.report.get_subtitle())


class HtmlWriterTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="styr-report-html-")
        self.model = Styr.Model.new_from_path(os.path.join(EXAMPLES, "ratten.styr"))
        self.period = Styr.Period.parse("2025-T2")

    def tearDown(self):
        self.tmp.cleanup()

    def test_escaping(self):
        goal = self.model.lookup_goal("im-1")
        hostile = "<script>alert(\"x\")</script> & 'q' \x01 ]]> --> \u0085 slut"
        goal.props.title = hostile
        organ = self.model.lookup_organ("valfardsnamnd")
        organ.props.name = "Välfärd <b>&amp;</b> \"nämnd\""
        page = ReportPage(self.model, self.period, None, self.tmp.name)
        self.assertEqual(page.find_all("script"), [])
        self.assertEqual(page.find_all("b"), [])
        cleaned = hostile.replace("\x01", "\ufffd").replace("\u0085", "\ufffd")
        headings = [text_of(e) for a in page.articles() if a.get("data-goal") == "im-1"
                    for e in a if re.fullmatch(r"h[2-6]", e.tag)]
        self.assertEqual(headings, [cleaned])
        self.assertIn("Välfärd <b>&amp;</b> \"nämnd\"",
                      [text_of(a) for a in page.root.iter("a")])

    def test_replaces_a_file_atomically(self):
        path = os.path.join(self.tmp.name, "rapport.html")
        with open(path, "w") as f:
            f.write("gammalt innehåll " * 100000)
        report = Styr.Report.new(self.model, self.period, None)
        report.write_html_to_path(path)
        with open(path, "rb") as f:
            data = f.read()
        self.assertTrue(data.startswith(b"<!DOCTYPE html>"))
        self.assertNotIn(b"gammalt", data)
        self.assertEqual(sorted(os.listdir(self.tmp.name)), ["rapport.html"])

    def test_unwritable_path(self):
        report = Styr.Report.new(self.model, self.period, None)
        path = os.path.join(self.tmp.name, "finns-inte", "rapport.html")
        with self.assertRaises(GLib.Error) as cm:
            report.write_html_to_path(path)
        self.assertTrue(cm.exception.matches(Gio.io_error_quark(), Gio.IOErrorEnum.NOT_FOUND),
                        cm.exception.message)
        self.assertIn("rapport.html", cm.exception.message)
        self.assertEqual(os.listdir(self.tmp.name), [])

    def test_cancelled(self):
        report = Styr.Report.new(self.model, self.period, None)
        cancellable = Gio.Cancellable()
        cancellable.cancel()
        stream = Gio.MemoryOutputStream.new_resizable()
        with self.assertRaises(GLib.Error) as cm:
            report.write_html(stream, cancellable)
        self.assertTrue(cm.exception.matches(Gio.io_error_quark(), Gio.IOErrorEnum.CANCELLED))


if __name__ == "__main__":
    unittest.main(verbosity=2)
