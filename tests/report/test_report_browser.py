#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# The HTML report in a real browser: headless Chromium (Debian's
# `chromium`, which scripts/setup-deps installs) renders the Ratten
# example's interim report for 2025-T2 through the DevTools protocol
# (chromium_render.py). The screenshot (1200×3000) must not be blank and
# must show the scale's colours; the browser must log no console message,
# no exception and no error or warning of its own; the page must load
# nothing but itself; and printed to PDF (A4, the page's print style
# sheet) it must start every board (nämnd) on a new page.
#
# Run by `meson test --suite report`. It fails — never skips — when gi,
# the typelib or chromium is missing.

import os
import re
import sys
import tempfile
import unittest

try:
    import gi

    gi.require_version("Styr", "1.0")
    from gi.repository import Styr  # noqa: E402
except (ImportError, ValueError) as e:
    print(f"test_report_browser.py: cannot load gi or the Styr-1.0 typelib: {e}\n"
          "Run it through `meson test` or `meson devenv -C _build/main`.",
          file=sys.stderr)
    sys.exit(1)

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import chromium_render  # noqa: E402
import png_pixels  # noqa: E402

EXAMPLES = os.environ.get("STYR_EXAMPLES", "")
WIDTH, HEIGHT = 1200, 3000


def hex_rgb(colour):
    return bytes(int(colour[i:i + 2], 16) for i in (1, 3, 5))


def has_colour(rows, channels, rgb, tolerance=6):
    for row in rows:
        for x in range(0, len(row), channels):
            if all(abs(row[x + k] - rgb[k]) <= tolerance for k in range(3)):
                return True
    return False


def pdf_pages(data):
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))


class BrowserMixin:
    organ_id = None

    @classmethod
    def setUpClass(cls):
        if chromium_render.find_chromium() is None:
            raise AssertionError("chromium is not installed: run scripts/setup-deps "
                                 "(apt-get install chromium)")
        cls.tmp = tempfile.TemporaryDirectory(prefix="styr-report-browser-")
        cls.model = Styr.Model.new_from_path(os.path.join(EXAMPLES, "ratten.styr"))
        period = Styr.Period.parse("2025-T2")
        organ = cls.model.lookup_organ(cls.organ_id) if cls.organ_id else None
        cls.report = Styr.Report.new(cls.model, period, organ)
        cls.html = os.path.join(cls.tmp.name, "rapport.html")
        cls.png = os.path.join(cls.tmp.name, "rapport.png")
        cls.pdf = os.path.join(cls.tmp.name, "rapport.pdf")
        cls.report.write_html_to_path(cls.html)
        cls.result = chromium_render.render(
            cls.html, cls.png, cls.pdf, width=WIDTH, height=HEIGHT,
            print_expressions={
                "boards": "Array.from(document.querySelectorAll('section'))"
                          ".map(s => [s.id, getComputedStyle(s).breakBefore])",
                "toc": "getComputedStyle(document.querySelector('nav')).breakAfter",
            })

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_no_console_messages_or_errors(self):
        self.assertEqual(self.result["console"], [])
        self.assertEqual(self.result["exceptions"], [])
        complaints = [e for e in self.result["log"]
                      if e["level"] in ("error", "warning")]
        self.assertEqual(complaints, [])

    def test_loads_nothing_but_itself(self):
        url = "file://" + os.path.abspath(self.html)
        self.assertEqual(self.result["requests"], [url])

    def test_screenshot_not_blank(self):
        with open(self.png, "rb") as f:
            width, height, channels, rows = png_pixels.read_png(f.read())
        self.assertEqual((width, height), (WIDTH, HEIGHT))
        ink = png_pixels.count_non_white(rows, channels)
        # Text, rules, tables and charts: well over one per cent of the
        # pixels, but the page is not one block of colour either.
        self.assertGreater(ink, width * height // 100)
        self.assertLess(ink, width * height // 2)
        self.assertGreater(png_pixels.distinct_colours(rows, channels), 20)
        # The accent of the headings and at least one level's colour of
        # the scale (the status shapes) are on screen.
        self.assertTrue(has_colour(rows, channels, hex_rgb("#1f4e79")))
        levels = [lv.props.colour for lv in self.model.get_scale().get_levels()]
        self.assertTrue(any(has_colour(rows, channels, hex_rgb(c)) for c in levels),
                        levels)

    def test_printed_boards_start_new_pages(self):
        boards = [s.get_id() for s in self.report.get_sections()
                  if s.get_kind() == Styr.ReportSectionKind.BOARD]
        self.assertGreaterEqual(len(boards), 1)
        # In print, every board's section and nothing else breaks before.
        breaks = dict(self.result["print"]["boards"])
        self.assertEqual(sorted(breaks), sorted(s.get_id() for s in self.report.get_sections()))
        self.assertEqual(sorted(i for i, b in breaks.items() if b == "page"), sorted(boards))
        self.assertEqual(self.result["print"]["toc"], "page")
        with open(self.pdf, "rb") as f:
            data = f.read()
        self.assertTrue(data.startswith(b"%PDF-"))
        # The title and contents on a page, every board on pages of its own.
        self.assertGreaterEqual(pdf_pages(data), 1 + len(boards) + 1)


class MunicipalityBrowserTest(BrowserMixin, unittest.TestCase):
    organ_id = None


class BoardBrowserTest(BrowserMixin, unittest.TestCase):
    organ_id = "valfardsnamnd"


if __name__ == "__main__":
    unittest.main(verbosity=2)
