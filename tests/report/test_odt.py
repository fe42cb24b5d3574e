#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Structure tests of the OpenDocument report (styr_report_write_odt):
# the package is read with Python's zipfile, every XML part is parsed by
# libxml2 (xmllint) and by xml.etree, and what the document says is
# compared with what the model holds and with the example file itself:
#
#   - the package: `mimetype` first, stored, without extra field (the ODF
#     magic at byte 38); every CRC right; the manifest lists exactly the
#     files of the package, the pictures as image/svg+xml;
#   - every goal title of examples/data/ratten.styr is a heading and
#     every indicator its goals follow is in the document (read from the
#     example file with ElementTree, not through libstyr);
#   - the totals of the operating statement (driftredovisning) for
#     2025-T2, formatted here in tkr: the annual budget summed by hand
#     from the file's <ram> elements, the rest from Styr.OperatingStatement;
#   - every table of the report model, cell for cell, with a repeated
#     header row; numbers right-aligned; statuses as shape + name;
#   - headings with outline levels, a page break before each board;
#   - every chart as an SVG picture in a frame with a text alternative;
#   - styles (page layout, footer page number) and metadata.
#
# Fails — never skips — when gi or the typelib is missing.

import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET
import zipfile

import gi

gi.require_version("Styr", "1.0")
gi.require_version("Gio", "2.0")
from gi.repository import GLib, Gio, Styr  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.environ.get("STYR_EXAMPLES",
                          os.path.join(HERE, "..", "..", "examples", "data"))
RATTEN = os.path.join(EXAMPLES, "ratten.styr")
PERIOD = "2025-T2"
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}
STYR_NS = "{urn:libstyr:styr:1}"
SHAPES = "●▲■○"


def q(name):
    """'text:h' → '{urn:…:text:1.0}h'."""
    prefix, local = name.split(":")
    return "{%s}%s" % (NS[prefix], local)


def text_of(element):
    """The text of an ODF element as a reader sees it: text:s is spaces,
    text:tab a tab, text:line-break a line feed."""
    parts = []

    def walk(e):
        if e.tag == q("text:s"):
            parts.append(" " * int(e.get(q("text:c"), "1")))
        elif e.tag == q("text:tab"):
            parts.append("\t")
        elif e.tag == q("text:line-break"):
            parts.append("\n")
        elif e.text:
            parts.append(e.text)
        for child in e:
            walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(element)
    return "".join(parts)


def squash(text):
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def format_tkr(ore):
    """Öre as whole tkr the Swedish way, independently of libstyr:
    rounded half away from zero, groups of three with a no-break space,
    U+2212 for minus."""
    negative = ore < 0
    units, rest = divmod(abs(ore), 100000)
    if rest * 2 >= 100000:
        units += 1
    digits = str(units)
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    text = "\u00a0".join(groups)
    return ("\u2212" + text) if negative and units != 0 else text


def expected_goals_and_indicators():
    """Goal titles and the names of the indicators they follow, read from
    the example file with ElementTree (not through libstyr)."""
    root = ET.parse(RATTEN).getroot()
    names = {i.get("id"): i.get("namn") for i in root.iter(STYR_NS + "indikator")
             if i.get("id") is not None}
    goals, indicators = [], []
    for goal in root.iter(STYR_NS + "mal"):
        if goal.get("id") is None or goal.get("titel") is None:
            continue            # a reference (<mal ref="…"/>)
        goals.append(goal.get("titel"))
        for ref in goal.findall(STYR_NS + "indikator"):
            indicators.append(names[ref.get("ref")])
    return goals, indicators


def annual_budget_by_hand():
    root = ET.parse(RATTEN).getroot()
    return sum(int(r.get("belopp")) for r in root.iter(STYR_NS + "ram")
               if r.get("ar") == "2025")


def write_report(organ_id=None, mutate=None):
    model = Styr.Model.new_from_path(RATTEN)
    if mutate is not None:
        mutate(model)
    organ = model.lookup(organ_id) if organ_id else None
    report = Styr.Report.new(model, Styr.Period.parse(PERIOD), organ)
    directory = tempfile.mkdtemp(prefix="styr-odt-")
    path = os.path.join(directory, "rapport.odt")
    report.write_odt_to_path(path)
    return model, report, directory, path


class Package:
    """An .odt read back: raw bytes, zip, parsed parts."""

    def __init__(self, path):
        with open(path, "rb") as f:
            self.raw = f.read()
        self.zip = zipfile.ZipFile(path)
        self.content = ET.fromstring(self.zip.read("content.xml"))
        self.styles = ET.fromstring(self.zip.read("styles.xml"))
        self.meta = ET.fromstring(self.zip.read("meta.xml"))
        self.manifest = ET.fromstring(self.zip.read("META-INF/manifest.xml"))
        self.body = self.content.find("office:body/office:text", NS)

    def all_styles(self):
        """Every paragraph, text and other style by name, automatic ones
        of content.xml included."""
        styles = {}
        for root in (self.styles, self.content):
            for e in root.iter(q("style:style")):
                styles[e.get(q("style:name"))] = e
        return styles

    def style_property(self, name, kind, attribute):
        """A property of a style, following its parents."""
        styles = self.all_styles()
        while name is not None and name in styles:
            e = styles[name]
            props = e.find("style:%s-properties" % kind, NS)
            if props is not None and props.get(attribute) is not None:
                return props.get(attribute)
            name = e.get(q("style:parent-style-name"))
        return None

    def tables(self):
        return {t.get(q("table:name")): t for t in self.body.iter(q("table:table"))}


class OdtStructureTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.model, cls.report, cls.directory, cls.path = write_report()
        cls.odt = Package(cls.path)
        cls.content_text = squash(text_of(cls.odt.body))

    @classmethod
    def tearDownClass(cls):
        cls.odt.zip.close()
        shutil.rmtree(cls.directory)

    # -- the package ------------------------------------------------------

    def test_mimetype_first_and_stored(self):
        first = self.odt.zip.infolist()[0]
        self.assertEqual(first.filename, "mimetype")
        self.assertEqual(first.compress_type, zipfile.ZIP_STORED)
        self.assertEqual(first.extra, b"")
        self.assertEqual(self.odt.zip.read("mimetype"), ODT_MIMETYPE)
        # The magic readers look for: the name at 30, the type at 38.
        self.assertEqual(self.odt.raw[:4], b"PK\x03\x04")
        self.assertEqual(self.odt.raw[30:38], b"mimetype")
        self.assertEqual(self.odt.raw[38:38 + len(ODT_MIMETYPE)], ODT_MIMETYPE)

    def test_zip_is_sound(self):
        self.assertIsNone(self.odt.zip.testzip())
        names = self.odt.zip.namelist()
        self.assertEqual(len(names), len(set(names)))
        for info in self.odt.zip.infolist()[1:]:
            self.assertEqual(info.compress_type, zipfile.ZIP_DEFLATED, info.filename)

    def test_manifest_lists_every_file(self):
        entries = {e.get(q("manifest:full-path")): e.get(q("manifest:media-type"))
                   for e in self.odt.manifest.findall("manifest:file-entry", NS)}
        self.assertEqual(entries.pop("/"), ODT_MIMETYPE.decode())
        in_zip = set(self.odt.zip.namelist()) - {"mimetype", "META-INF/manifest.xml"}
        self.assertEqual(set(entries), in_zip)
        for name, media_type in entries.items():
            if name.startswith("Pictures/"):
                self.assertTrue(name.endswith(".svg"), name)
                self.assertEqual(media_type, "image/svg+xml")
            else:
                self.assertEqual(media_type, "text/xml")
        for part in ("content.xml", "styles.xml", "meta.xml"):
            self.assertIn(part, entries)
        self.assertEqual(self.odt.manifest.get(q("manifest:version")), "1.3")

    def test_parts_parse_with_libxml2(self):
        xmllint = shutil.which("xmllint")
        self.assertIsNotNone(xmllint, "xmllint (libxml2-utils) is missing")
        parts = [n for n in self.odt.zip.namelist() if n.endswith((".xml", ".svg"))]
        self.assertGreater(len(parts), 5)
        for name in parts:
            result = subprocess.run([xmllint, "--noout", "--nonet", "-"],
                                    input=self.odt.zip.read(name),
                                    capture_output=True)
            self.assertEqual(result.returncode, 0, "%s: %s" % (name, result.stderr.decode()))
            self.assertEqual(result.stderr, b"", name)

    def test_document_version(self):
        for root in (self.odt.content, self.odt.styles, self.odt.meta):
            self.assertEqual(root.get(q("office:version")), "1.3")

    # -- what it says -----------------------------------------------------

    def test_every_goal_and_indicator(self):
        goals, indicators = expected_goals_and_indicators()
        self.assertEqual(len(goals), 60)
        headings = {squash(text_of(h)) for h in self.odt.body.iter(q("text:h"))}
        for title in goals:
            self.assertIn(squash(title), headings)
        cells = {squash(text_of(c)) for c in self.odt.body.iter(q("table:table-cell"))}
        self.assertGreater(len(indicators), 40)
        for name in indicators:
            self.assertIn(squash(name), cells)

    def test_operating_statement_totals(self):
        statement = Styr.OperatingStatement.new(self.model, Styr.Period.parse(PERIOD))
        total = statement.get_total()
        expected = [
            annual_budget_by_hand(),
            total.get_periodised_budget(),
            total.get_outcome(),
            total.get_period_deviation(),
            total.get_last_year_outcome(),
        ]
        # The example holds every nämnd's forecast at the delårsrapport.
        self.assertTrue(total.get_has_forecast())
        expected += [total.get_forecast(), total.get_year_deviation()]
        self.assertEqual(total.get_annual_budget(), expected[0])

        table = self.odt.tables()["driftredovisning"]
        rows = table.findall("table:table-row", NS)
        last = [text_of(c) for c in rows[-1].findall("table:table-cell", NS)]
        self.assertTrue(any(re.search("summa", c, re.I) for c in last), last)
        for ore in expected:
            self.assertIn(format_tkr(ore), last)
        # The annual budget by hand: 2 768 244 tkr.
        self.assertEqual(format_tkr(expected[0]), "2\u00a0768\u00a0244")

    def test_title_and_subtitle(self):
        paragraphs = self.odt.body.findall("text:p", NS)
        self.assertEqual(paragraphs[0].get(q("text:style-name")), "Title")
        self.assertEqual(text_of(paragraphs[0]), self.report.get_title())
        self.assertEqual(text_of(paragraphs[1]), self.report.get_subtitle())
        self.assertEqual(self.report.get_title(), "Delårsrapport januari–augusti 2025")

    def test_headings_and_page_breaks(self):
        level1 = [h for h in self.odt.body.iter(q("text:h"))
                  if h.get(q("text:outline-level")) == "1"]
        sections = list(self.report.get_sections())
        self.assertEqual([text_of(h) for h in level1], [s.get_title() for s in sections])
        for h, section in zip(level1, sections):
            bookmark = h.find("text:bookmark", NS)
            self.assertEqual(bookmark.get(q("text:name")), section.get_id())
            style = h.get(q("text:style-name"))
            brk = self.odt.style_property(style, "paragraph", q("fo:break-before"))
            if section.get_kind() == Styr.ReportSectionKind.BOARD:
                self.assertEqual(brk, "page", section.get_title())
            else:
                self.assertNotEqual(brk, "page", section.get_title())
        self.assertGreaterEqual(
            sum(1 for s in sections if s.get_kind() == Styr.ReportSectionKind.BOARD), 4)
        # Every heading has an outline level, and its style is a heading
        # style with that default level.
        for h in self.odt.body.iter(q("text:h")):
            level = int(h.get(q("text:outline-level")))
            self.assertTrue(1 <= level <= 10)
            styles = self.odt.all_styles()
            name = h.get(q("text:style-name"))
            while styles[name].get(q("style:default-outline-level")) is None:
                name = styles[name].get(q("style:parent-style-name"))
            self.assertEqual(styles[name].get(q("style:default-outline-level")), str(level))

    def test_tables_cell_for_cell(self):
        tables = self.odt.tables()
        model_tables = list(self.report.get_tables())
        self.assertEqual(list(tables), [t.get_id() for t in model_tables])
        styles = self.odt.all_styles()
        for mt in model_tables:
            t = tables[mt.get_id()]
            ncol = mt.get_n_columns()
            self.assertEqual(len(t.findall("table:table-column", NS)), ncol)
            header = t.findall("table:table-header-rows/table:table-row", NS)
            self.assertEqual(len(header), 1, mt.get_id())
            self.assertEqual([text_of(c) for c in header[0].findall("table:table-cell", NS)],
                             [mt.get_column_title(c) for c in range(ncol)])
            rows = t.findall("table:table-row", NS)
            self.assertEqual(len(rows), mt.get_n_rows(), mt.get_id())
            for r, row in enumerate(rows):
                cells = row.findall("table:table-cell", NS)
                self.assertEqual(len(cells), ncol)
                for c, cell in enumerate(cells):
                    kind = mt.get_column_kind(c)
                    want = mt.get_text(r, c)
                    got = text_of(cell)
                    p = cell.find("text:p", NS)
                    align = self.odt.style_property(p.get(q("text:style-name")),
                                                    "paragraph", q("fo:text-align"))
                    if kind in (Styr.ReportColumnKind.MONEY, Styr.ReportColumnKind.NUMBER,
                                Styr.ReportColumnKind.PERCENT):
                        self.assertEqual(align, "end", (mt.get_id(), r, c))
                    if kind == Styr.ReportColumnKind.STATUS and want:
                        self.assertEqual(got[0], Styr.ReportShape.get_symbol(
                            Styr.ReportShape.for_level(mt.get_level(r, c))))
                        self.assertEqual(got[1:].strip(), want)
                    else:
                        self.assertEqual(got, want, (mt.get_id(), r, c))
                if mt.get_row_is_total(r):
                    self.assertEqual(self.odt.style_property(
                        cells[0].find("text:p", NS).get(q("text:style-name")),
                        "text", q("fo:font-weight")), "bold")
            self.assertIn(t.get(q("table:style-name")), styles)

    def test_status_is_shape_colour_and_name(self):
        seen = 0
        styles = self.odt.all_styles()
        for mt in self.report.get_tables():
            for c in range(mt.get_n_columns()):
                if mt.get_column_kind(c) != Styr.ReportColumnKind.STATUS:
                    continue
                for r in range(mt.get_n_rows()):
                    level = mt.get_level(r, c)
                    if level is None:
                        continue
                    seen += 1
        self.assertGreater(seen, 50)
        # Each coloured symbol span: a shape, coloured as its level.
        colours = {lvl.get_colour().lower() for lvl in self.model.get_scale().get_levels()}
        spans = [s for s in self.odt.body.iter(q("text:span")) if (s.text or "") in SHAPES]
        self.assertGreater(len(spans), seen)
        for span in spans:
            props = styles[span.get(q("text:style-name"))].find("style:text-properties", NS)
            colour = props.get(q("fo:color"))
            self.assertTrue(colour in colours or colour == "#595959", colour)
            # Never colour alone: a name follows the shape.
            self.assertRegex(span.tail or "", r"^ \S")

    def test_goal_entries(self):
        facts = [p for p in self.odt.body.iter(q("text:p"))
                 if p.get(q("text:style-name")) == "Styr_20_Goal_20_Facts"
                 and text_of(p).startswith("Status:")]
        goal_blocks = 0
        for section in self.report.get_sections():
            for block in section.get_blocks():
                if block.get_kind() == Styr.ReportBlockKind.GOAL:
                    goal_blocks += 1
        self.assertEqual(len(facts), goal_blocks)
        for p in facts:
            self.assertRegex(text_of(p), r"^Status: [●▲■○] \S")
        self.assertIn("Observera: ", self.content_text)

    def test_charts_are_svg_pictures(self):
        charts = list(self.report.get_charts())
        self.assertGreater(len(charts), 5)
        frames = {f.get(q("draw:name")): f for f in self.odt.body.iter(q("draw:frame"))}
        kinds = set()
        for chart in charts:
            frame = frames[chart.get_id()]
            image = frame.find("draw:image", NS)
            href = image.get(q("xlink:href"))
            self.assertRegex(href, r"^Pictures/[a-z0-9.-]+\.svg$")
            self.assertIn(href, self.odt.zip.namelist())
            self.assertEqual(image.get(q("draw:mime-type")), "image/svg+xml")
            self.assertEqual(frame.find("svg:title", NS).text, chart.get_title())
            self.assertTrue(frame.find("svg:desc", NS).text.startswith(chart.get_title()))
            self.assertRegex(frame.get(q("svg:width")), r"^[0-9.]+cm$")
            self.assertRegex(frame.get(q("svg:height")), r"^[0-9.]+cm$")
            svg = ET.fromstring(self.odt.zip.read(href))
            self.assertEqual(svg.tag, "{http://www.w3.org/2000/svg}svg")
            self.assertRegex(svg.get("viewBox"), r"^0 0 [0-9.]+ [0-9.]+$")
            self.assertEqual(svg.find("{http://www.w3.org/2000/svg}title").text, chart.get_title())
            # The frame keeps the picture's proportions.
            w, h = (float(x) for x in svg.get("viewBox").split()[2:])
            fw = float(frame.get(q("svg:width"))[:-2])
            fh = float(frame.get(q("svg:height"))[:-2])
            self.assertAlmostEqual(fh / fw, h / w, places=2)
            kinds.add(chart.get_chart_kind())
        self.assertIn(Styr.ReportChartKind.DISTRIBUTION, kinds)
        self.assertIn(Styr.ReportChartKind.BUDGET_FORECAST, kinds)
        self.assertIn(Styr.ReportChartKind.INDICATOR_TREND, kinds)
        # Pictures are stored once: no two files alike, none unused.
        pictures = [n for n in self.odt.zip.namelist() if n.startswith("Pictures/")]
        contents = [self.odt.zip.read(n) for n in pictures]
        self.assertEqual(len(set(contents)), len(contents))
        used = {i.get(q("xlink:href")) for i in self.odt.body.iter(q("draw:image"))}
        self.assertEqual(used, set(pictures))

    def test_styles_and_page(self):
        styles = {e.get(q("style:name")): e for e in self.odt.styles.iter(q("style:style"))}
        for level in range(1, 5):
            h = styles["Heading_20_%d" % level]
            self.assertEqual(h.get(q("style:default-outline-level")), str(level))
        layout = self.odt.styles.find("office:automatic-styles/style:page-layout", NS)
        props = layout.find("style:page-layout-properties", NS)
        self.assertEqual(props.get(q("fo:page-width")), "21.001cm")
        for side in ("top", "bottom", "left", "right"):
            self.assertRegex(props.get(q("fo:margin-" + side)), r"^[0-9.]+cm$")
        footer = self.odt.styles.find("office:master-styles/style:master-page/style:footer", NS)
        self.assertIsNotNone(footer.find(".//text:page-number", NS))
        self.assertIsNotNone(footer.find(".//text:page-count", NS))
        self.assertIn("Sida", text_of(footer))
        default = self.odt.styles.find("office:styles/style:default-style/style:text-properties", NS)
        self.assertEqual(default.get(q("fo:language")), "sv")
        self.assertEqual(default.get(q("fo:country")), "SE")

    def test_meta(self):
        meta = self.odt.meta.find("office:meta", NS)
        self.assertEqual(meta.find("dc:title", NS).text, self.report.get_title())
        self.assertEqual(meta.find("dc:subject", NS).text, self.report.get_subtitle())
        self.assertTrue(meta.find("meta:generator", NS).text.startswith("libstyr/"))
        self.assertEqual(meta.find("dc:language", NS).text, "sv-SE")
        self.assertRegex(meta.find("dc:date", NS).text, r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$")

    # -- writing ------------------------------------------------------------

    def test_stream_and_path_agree(self):
        stream = Gio.MemoryOutputStream.new_resizable()
        self.assertTrue(self.report.write_odt(stream, None))
        stream.close(None)
        data = bytes(stream.steal_as_bytes().get_data())
        path = os.path.join(self.directory, "stream.odt")
        with open(path, "wb") as f:
            f.write(data)
        again = Package(path)
        self.assertEqual(again.zip.namelist(), self.odt.zip.namelist())
        for name in again.zip.namelist():
            if name != "meta.xml":       # holds the time of writing
                self.assertEqual(again.zip.read(name), self.odt.zip.read(name), name)
        again.zip.close()

    def test_to_path_replaces_and_fails_cleanly(self):
        path = os.path.join(self.directory, "ersatt.odt")
        with open(path, "wb") as f:
            f.write(b"old")
        self.report.write_odt_to_path(path)
        with open(path, "rb") as f:
            self.assertEqual(f.read(4), b"PK\x03\x04")
        leftovers = [n for n in os.listdir(self.directory) if n.startswith(".goutputstream")]
        self.assertEqual(leftovers, [])

        missing = os.path.join(self.directory, "finns-inte", "rapport.odt")
        with self.assertRaises(GLib.Error) as caught:
            self.report.write_odt_to_path(missing)
        self.assertTrue(caught.exception.matches(Gio.io_error_quark(), Gio.IOErrorEnum.NOT_FOUND))
        self.assertIn("finns-inte", caught.exception.message)
        self.assertFalse(os.path.exists(missing))

    def test_cancelled(self):
        cancellable = Gio.Cancellable()
        cancellable.cancel()
        stream = Gio.MemoryOutputStream.new_resizable()
        with self.assertRaises(GLib.Error) as caught:
            self.report.write_odt(stream, cancellable)
        self.assertTrue(caught.exception.matches(Gio.io_error_quark(), Gio.IOErrorEnum.CANCELLED))
        self.assertEqual(stream.get_data_size(), 0)


class OdtTextTest(unittest.TestCase):
    """Text that XML or ODF would mangle comes through as written."""

    def test_hostile_goal_title(self):
        title = 'Mål <&> "citat" \'apostrof\'  två  mellanslag\tflik\x01kontroll'

        def mutate(model):
            goal = model.lookup("vn-1")
            self.assertIsNotNone(goal)
            goal.set_title(title)

        _, _, directory, path = write_report("valfardsnamnd", mutate)
        try:
            odt = Package(path)
            headings = [text_of(h) for h in odt.body.iter(q("text:h"))]
            # The control character cannot be in XML and is dropped; the
            # rest, runs of spaces and the tab included, is kept.
            self.assertIn(title.replace("\x01", ""), headings)
            odt.zip.close()
        finally:
            shutil.rmtree(directory)

    def test_board_report(self):
        _, report, directory, path = write_report("valfardsnamnd")
        try:
            odt = Package(path)
            level1 = [text_of(h) for h in odt.body.iter(q("text:h"))
                      if h.get(q("text:outline-level")) == "1"]
            self.assertIn("Välfärdsnämnden", level1)
            self.assertEqual(list(odt.tables()), [t.get_id() for t in report.get_tables()])
            self.assertEqual(odt.zip.namelist()[0], "mimetype")
            odt.zip.close()
        finally:
            shutil.rmtree(directory)


if __name__ == "__main__":
    unittest.main(verbosity=2)
