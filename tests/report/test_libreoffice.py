#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# The OpenDocument report in LibreOffice: examples/data/ratten.styr's
# 2025-T2 report (styr_report_write_odt) converted headless to PDF and to
# DOCX (`soffice --headless --convert-to`) in a throwaway HOME and user
# profile. Each conversion must exit 0, write its file and say nothing on
# stderr but the one line LibreOffice prints on every machine without
# Java. In the PDF, pdftotext finds the report's title, every goal title
# and the totals of the operating statement; the charts (SVG pictures)
# are drawn into it — their text is in the PDF's text and the bars'
# colour on the rendered page. The DOCX holds the goal titles too, and
# the charts as pictures.
#
# Fails — never skips — when soffice, pdftotext or pdftoppm is missing
# (scripts/setup-deps installs libreoffice-writer-nogui and poppler-utils).

import os
import re
import shutil
import subprocess
import tempfile
import unittest
import xml.etree.ElementTree as ET
import zipfile

import gi

gi.require_version("Styr", "1.0")
from gi.repository import Styr  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.environ.get("STYR_EXAMPLES",
                          os.path.join(HERE, "..", "..", "examples", "data"))
RATTEN = os.path.join(EXAMPLES, "ratten.styr")
PERIOD = "2025-T2"
STYR_NS = "{urn:libstyr:styr:1}"

# Printed by soffice on any machine without a Java runtime; it says
# nothing about the document.
HARMLESS_STDERR = [
    re.compile(r"^Warning: failed to launch javaldx - java may not function correctly$"),
]

# The colour of the budget bars in the budget chart (styr-report-odt.c).
BUDGET_BAR = (0x2b, 0x5c, 0x8a)


def tool(name):
    path = shutil.which(name)
    if path is None:
        raise AssertionError("%s is missing: run scripts/setup-deps "
                             "(libreoffice-writer-nogui, poppler-utils)" % name)
    return path


def squash(text):
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " ")).strip()


def goal_titles():
    root = ET.parse(RATTEN).getroot()
    return [g.get("titel") for g in root.iter(STYR_NS + "mal")
            if g.get("id") is not None and g.get("titel") is not None]


def format_tkr(ore):
    """Whole tkr, rounded half away from zero, groups of three (with a
    plain space: pdftotext's text is squashed), U+2212 for minus."""
    negative = ore < 0
    units, rest = divmod(abs(ore), 100000)
    if rest * 2 >= 100000:
        units += 1
    text = "{:,}".format(units).replace(",", " ")
    return ("\u2212" + text) if negative and units != 0 else text


def convert(odt, fmt, workdir):
    """soffice --convert-to @fmt in its own HOME and profile; returns
    (path of the output, stderr lines that are not harmless)."""
    home = os.path.join(workdir, "home-" + fmt)
    profile = os.path.join(workdir, "profile-" + fmt)
    outdir = os.path.join(workdir, "out-" + fmt)
    for d in (home, outdir):
        os.makedirs(d, exist_ok=True)
    env = dict(os.environ, HOME=home, LC_ALL="C.UTF-8")
    env.pop("DISPLAY", None)
    result = subprocess.run(
        [tool("soffice"), "-env:UserInstallation=file://" + profile,
         "--headless", "--norestore", "--nolockcheck", "--nodefault",
         "--convert-to", fmt, "--outdir", outdir, odt],
        env=env, capture_output=True, text=True, timeout=300)
    complaints = [line for line in result.stderr.splitlines()
                  if line.strip() and not any(p.match(line) for p in HARMLESS_STDERR)]
    if result.returncode != 0:
        raise AssertionError("soffice --convert-to %s exited %d:\n%s\n%s"
                             % (fmt, result.returncode, result.stdout, result.stderr))
    out = os.path.join(outdir, os.path.splitext(os.path.basename(odt))[0] + "." + fmt)
    return out, result.stdout, complaints


def read_ppm(path):
    """(width, height, bytes) of a binary PPM (P6, maxval 255)."""
    with open(path, "rb") as f:
        data = f.read()
    fields = []
    pos = 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        if data[pos:pos + 1] == b"#":
            pos = data.index(b"\n", pos) + 1
            continue
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    assert fields[0] == b"P6" and fields[3] == b"255", fields
    return int(fields[1]), int(fields[2]), data[pos + 1:]


class LibreOfficeTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.workdir = tempfile.mkdtemp(prefix="styr-libreoffice-")
        cls.model = Styr.Model.new_from_path(RATTEN)
        cls.report = Styr.Report.new(cls.model, Styr.Period.parse(PERIOD), None)
        cls.odt = os.path.join(cls.workdir, "delarsrapport.odt")
        cls.report.write_odt_to_path(cls.odt)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.workdir)

    def pdf(self):
        if not hasattr(type(self), "_pdf"):
            out, stdout, complaints = convert(self.odt, "pdf", self.workdir)
            type(self)._pdf = (out, stdout, complaints)
        return type(self)._pdf

    def test_pdf_converts_cleanly(self):
        out, stdout, complaints = self.pdf()
        self.assertEqual(complaints, [], "soffice said on stderr")
        self.assertIn("writer_pdf_Export", stdout)
        self.assertTrue(os.path.isfile(out), out)
        with open(out, "rb") as f:
            self.assertEqual(f.read(5), b"%PDF-")
        info = subprocess.run([tool("pdfinfo"), out], capture_output=True, text=True, check=True)
        pages = int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))
        self.assertGreater(pages, 10)
        self.assertRegex(info.stdout, r"(?m)^Title:\s+Delårsrapport januari–augusti 2025$")
        self.assertRegex(info.stdout, r"(?m)^Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)")

    def test_pdf_text(self):
        out, _, _ = self.pdf()
        text = squash(subprocess.run([tool("pdftotext"), "-enc", "UTF-8", out, "-"],
                                     capture_output=True, text=True, check=True).stdout)
        self.assertIn(self.report.get_title(), text)
        titles = goal_titles()
        self.assertEqual(len(titles), 60)
        for title in titles:
            self.assertIn(squash(title), text)

        statement = Styr.OperatingStatement.new(self.model, Styr.Period.parse(PERIOD))
        total = statement.get_total()
        amounts = [total.get_annual_budget(), total.get_periodised_budget(),
                   total.get_outcome(), total.get_period_deviation(),
                   total.get_last_year_outcome()]
        # The example holds every nämnd's forecast at the delårsrapport.
        self.assertTrue(total.get_has_forecast())
        amounts += [total.get_forecast(), total.get_year_deviation()]
        for ore in amounts:
            self.assertIn(format_tkr(ore), text)
        self.assertIn("2 768 244", text)           # the annual budget, by hand
        # The forecast, by hand: the four nämnder's forecasts at delar-2025
        # in the file, 308 022 595,67 + 2 313 830 588,74 + 156 342 079,51 +
        # 7 979 910,15 kr.
        self.assertIn("2 786 175", text)
        # The page number in the footer.
        self.assertRegex(text, r"Sida 1 av \d+")

    def test_pdf_has_the_charts(self):
        out, _, _ = self.pdf()
        budget = [c for c in self.report.get_charts()
                  if c.get_chart_kind() == Styr.ReportChartKind.BUDGET_FORECAST]
        self.assertEqual(len(budget), 1)
        title = budget[0].get_title()
        # The page that has the chart's caption.
        info = subprocess.run([tool("pdfinfo"), out], capture_output=True, text=True, check=True)
        pages = int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))
        page = None
        for p in range(1, pages + 1):
            text = subprocess.run([tool("pdftotext"), "-f", str(p), "-l", str(p), out, "-"],
                                  capture_output=True, text=True, check=True).stdout
            if title in squash(text):
                page = p
                page_text = squash(text)
                break
        self.assertIsNotNone(page, title)
        # Text drawn in the SVG (the legend) is real text in the PDF.
        for k in range(budget[0].get_n_series()):
            self.assertIn(budget[0].get_series_name(k), page_text)
        # The bars are drawn: pixels of the budget bars' colour.
        prefix = os.path.join(self.workdir, "page")
        subprocess.run([tool("pdftoppm"), "-r", "40", "-f", str(page), "-l", str(page),
                        out, prefix], check=True)
        ppm = [f for f in os.listdir(self.workdir) if f.startswith("page") and f.endswith(".ppm")]
        self.assertEqual(len(ppm), 1)
        width, height, pixels = read_ppm(os.path.join(self.workdir, ppm[0]))
        bar = 0
        for i in range(0, width * height * 3, 3):
            r, g, b = pixels[i], pixels[i + 1], pixels[i + 2]
            if abs(r - BUDGET_BAR[0]) < 12 and abs(g - BUDGET_BAR[1]) < 12 and abs(b - BUDGET_BAR[2]) < 12:
                bar += 1
        self.assertGreater(bar, 100)

    def test_docx_converts_cleanly(self):
        out, stdout, complaints = convert(self.odt, "docx", self.workdir)
        self.assertEqual(complaints, [], "soffice said on stderr")
        self.assertIn("Office Open XML Text", stdout)
        self.assertTrue(zipfile.is_zipfile(out), out)
        w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        with zipfile.ZipFile(out) as docx:
            self.assertIsNone(docx.testzip())
            document = ET.fromstring(docx.read("word/document.xml"))
            media = [n for n in docx.namelist() if n.startswith("word/media/")]
        paragraphs = {squash("".join(t.text or "" for t in p.iter(w + "t")))
                      for p in document.iter(w + "p")}
        for title in goal_titles():
            self.assertIn(squash(title), paragraphs)
        # Every picture of the package made it (as PNG).
        with zipfile.ZipFile(self.odt) as odt:
            pictures = [n for n in odt.namelist() if n.startswith("Pictures/")]
        self.assertGreater(len(pictures), 10)
        self.assertGreaterEqual(len(media), len(pictures))


if __name__ == "__main__":
    unittest.main(verbosity=2)
