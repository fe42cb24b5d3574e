#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Tests of styr rapport on the Ratten example (examples/data/ratten.styr,
# the state at the delårsrapport per augusti 2025). Run by meson like
# test_styr.py: STYR is the built tool, STYR_DATA the test data directory;
# name one test case (e.g. StyrRapportTest.test_html) to run only that one.
#
# The report must say what the other commands say: the driftredovisning,
# the result and the balance requirement in the HTML are compared with
# what `styr ekonomi` prints, and every goal's status with what
# `styr status` prints — both read here from their text output, the page
# with xml.etree, the OpenDocument package with zipfile and the CSV files
# with the csv module.

import csv
import io
import os
import re
import shutil
import subprocess
import tempfile
import unittest
import xml.etree.ElementTree as ET
import zipfile

from test_styr_ekonomi import RATTEN, cell, parse_number, section, table_rows

STYR = os.environ['STYR']

NAMNDER = {'ks': 'Kommunstyrelsen', 'valfardsnamnd': 'Välfärdsnämnden',
           'myndighetsnamnd': 'Myndighetsnämnden', 'overformyndarnamnd': 'Överförmyndarnämnden'}

# The driftredovisning's columns in `styr ekonomi` (in its order) and the
# heading each has in the report.
EKONOMI_COLUMNS = ['budget', 'periodised', 'outcome', 'period_deviation', 'forecast',
                   'year_deviation', 'change', 'last_year', 'last_year_to_date']
REPORT_COLUMNS = {
    'Årsbudget': 'budget',
    'Periodiserad budget': 'periodised',
    'Utfall jan': 'outcome',
    'Avvikelse jan': 'period_deviation',
    'Helårsprognos': 'forecast',
    'Avvikelse helår': 'year_deviation',
    'Förändring mot föregående prognos': 'change',
    'Utfall 2024': 'last_year',
}

# A goal in `styr status`: "  Nämndmål Title (id)" and on the next line
# "Förslag: … · Bedömning: … · Prognos: … · Trend: …".
STATUS_GOAL_RE = re.compile(r'^ +(?:Inriktningsmål|Nämndmål|Verksamhetsmål|Enhetsmål) .* \(([^()]+)\)$')
STATUS_LINE_RE = re.compile(r'^ +Förslag: (.+?) · Bedömning: (.+?) · Prognos: (.+?) · Trend: .*$')


def styr(*args, cwd=None):
    return subprocess.run([STYR, *args], capture_output=True, cwd=cwd, timeout=120)


def text_of(element):
    """The text a reader sees: SVG titles (the shapes' tooltips) left out,
    spaces collapsed."""
    parts = []

    def walk(e):
        if e.tag.endswith('}svg'):
            if e.tail:
                parts.append(e.tail)
            return
        if e.text:
            parts.append(e.text)
        for child in e:
            walk(child)
        if e.tail and e is not element:
            parts.append(e.tail)

    walk(element)
    return ' '.join(''.join(parts).split())


def status_text(dd):
    """The level named in a status cell: the text of its span.status-text."""
    for e in dd.iter():
        if 'status-text' in e.get('class', '').split():
            return text_of(e)
    return None


def html_table(root, table_id):
    found = [t for t in root.iter('table') if t.get('data-table') == table_id]
    assert len(found) == 1, (table_id, len(found))
    return found[0]


def html_rows(table):
    """{row label or None for the total row: [cell texts]} and the column
    titles."""
    titles = [text_of(th) for th in table.find('thead').iter('th')]
    rows = {}
    for tr in table.find('tbody'):
        label = None if 'total' in tr.get('class', '').split() else text_of(tr[0])
        rows[label] = [text_of(c) for c in list(tr)[1:]]
    return titles, rows


def number(text):
    return None if text in ('', '–') else parse_number(re.sub(r'\s', '', text))


def ekonomi_figures(out):
    """What `styr ekonomi` prints: the driftredovisning {name: {column:
    number}}, the result {label: [budget, outcome, forecast, deviation]},
    the balance requirement {label: number}."""
    rows = table_rows(section(out, 'Driftredovisning per nämnd'), len(EKONOMI_COLUMNS))
    drift = {name: dict(zip(EKONOMI_COLUMNS, map(cell, cells))) for name, cells in rows.items()}
    result = {label: [cell(c) for c in cells] for label, cells in table_rows(
        section(out, 'Kommunens resultat (bidrag till resultatet: intäkter positiva)'), 4).items()}
    balance = {label: cell(cells[0]) for label, cells in table_rows(
        section(out, 'Balanskravet (bedömt på helårsprognosen)'), 1).items()}
    return drift, result, balance


def status_goals(out):
    """{goal id: (proposed, assessed or None, prognosis or None)} from
    `styr status`; a goal printed twice (below two goals) must say the
    same both times."""
    goals = {}
    lines = out.splitlines()
    for i, line in enumerate(lines):
        m = STATUS_GOAL_RE.match(line)
        if not m:
            continue
        s = STATUS_LINE_RE.match(lines[i + 1])
        assert s, lines[i + 1]
        proposed, assessed, prognosis = s.groups()
        assessed = re.sub(r' \(avviker från förslaget\)$', '', assessed)
        value = (proposed, None if assessed == '–' else assessed,
                 None if prognosis == '–' else prognosis)
        assert goals.setdefault(m.group(1), value) == value, (m.group(1), value)
    return goals


class StyrRapportTest(unittest.TestCase):

    maxDiff = None

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix='styr-rapport-')

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def rapport(self, *args, cwd=None):
        r = styr('rapport', *args, cwd=cwd)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, b'')
        return r.stdout.decode('utf-8')

    def html(self, *args):
        path = os.path.join(self.tmp, 'rapport.html')
        out = self.rapport(RATTEN, '--period', '2025-T2', '--format', 'html', '-o', path, *args)
        self.assertEqual(out, f'Skrev Delårsrapport januari–augusti 2025 till {path}\n')
        with open(path, 'rb') as f:
            data = f.read()
        self.assertTrue(data)
        return ET.fromstring(data)

    def ekonomi(self):
        r = styr('ekonomi', RATTEN, '--period', '2025-T2')
        self.assertEqual(r.returncode, 0, r.stderr)
        return ekonomi_figures(r.stdout.decode('utf-8'))

    def check_operating(self, table, drift, names):
        """Every cell of the report's driftredovisning against the same
        figure in `styr ekonomi`; @names maps a report row label (None:
        the total) to the row's name there."""
        titles, rows = html_rows(table)
        self.assertEqual(titles[0], 'Nämnd')
        columns = []
        for title in titles[1:]:
            keys = [k for prefix, k in REPORT_COLUMNS.items() if title.startswith(prefix)]
            self.assertEqual(len(keys), 1, title)
            columns.append(keys[0])
        self.assertEqual(set(rows), set(names))
        compared = 0
        for label, cells in rows.items():
            expected = drift[names[label]]
            for column, text in zip(columns, cells):
                self.assertEqual(number(text), expected[column], (label, column))
                self.assertIsNotNone(expected[column], (label, column))
                compared += 1
        self.assertEqual(compared, len(names) * len(columns))
        # At least budget, periodised budget, outcome and deviation to
        # date, forecast and deviation for the year.
        self.assertGreaterEqual(len(columns), 6)
        return columns

    # The page ---------------------------------------------------------------

    def test_html(self):
        root = self.html()
        self.assertEqual(root.tag, 'html')
        self.assertEqual(root.get('lang'), 'sv')
        self.assertIn('Delårsrapport januari–augusti 2025', text_of(root.find('head').find('title')))
        # Every part of a delårsrapport (DOMAIN.md §9), as headings.
        headings = [text_of(h) for h in root.iter() if re.fullmatch(r'h[1-3]', h.tag)]
        text = '\n'.join(headings)
        for part in ['Sammanfattning', 'God ekonomisk hushållning', 'Styrmodell',
                     'Driftredovisning', 'Investeringar', 'Aktiviteter', 'Balanskravet']:
            self.assertIn(part, text, part)
        for name in NAMNDER.values():
            self.assertIn(name, text, name)
        # Self-contained: nothing from the network.
        data = ET.tostring(root, encoding='unicode')
        self.assertNotRegex(data, r'(?:src|href)="(?:https?:)?//')

    def test_operating_agrees_with_ekonomi(self):
        drift, _, _ = self.ekonomi()
        root = self.html()
        names = {name: name for name in NAMNDER.values()}
        names[None] = 'Totalt'
        columns = self.check_operating(html_table(root, 'driftredovisning'), drift, names)
        self.assertEqual(sorted(columns), sorted(REPORT_COLUMNS.values()))
        # Each nämnd's own economy table in its section says the same.
        for nid, name in NAMNDER.items():
            self.check_operating(html_table(root, 'ekonomi-' + nid), drift, {name: name})

    def test_namnd_agrees_with_ekonomi(self):
        drift, _, _ = self.ekonomi()
        for nid, name in NAMNDER.items():
            with self.subTest(namnd=nid):
                path = os.path.join(self.tmp, nid + '.html')
                out = self.rapport(RATTEN, '--period', '2025-T2', '--namnd', nid, '-o', path)
                self.assertEqual(out, f'Skrev Delårsrapport januari–augusti 2025 till {path}\n')
                root = ET.parse(path).getroot()
                self.check_operating(html_table(root, 'driftredovisning'), drift, {name: name})
                # Only this nämnd: no other nämnd's economy, no balance
                # requirement (the municipality's).
                tables = {t.get('data-table') for t in root.iter('table')}
                for other in NAMNDER:
                    if other != nid:
                        self.assertNotIn('ekonomi-' + other, tables)
                self.assertNotIn('balanskrav', tables)

    def test_result_and_balance_agree_with_ekonomi(self):
        _, result, balance = self.ekonomi()
        root = self.html()
        # The balance requirement, assessed on the full-year forecast.
        titles, rows = html_rows(html_table(root, 'balanskrav'))
        self.assertEqual(set(rows), {'Årets resultat enligt prognos', 'Balanskravsjusteringar', None})
        self.assertEqual(number(rows['Årets resultat enligt prognos'][0]),
                         balance['Årets resultat enligt prognos'])
        self.assertEqual(number(rows['Balanskravsjusteringar'][0]), balance['Balanskravsjusteringar'])
        self.assertEqual(number(rows[None][0]), balance['Balanskravsresultat'])
        self.assertGreaterEqual(balance['Balanskravsresultat'], 0)
        # The income statement summary: budget, outcome, forecast, deviation.
        titles, rows = html_rows(html_table(root, 'resultat'))
        self.assertEqual(len(titles), 5, titles)
        for label, theirs in [('Skatteintäkter', 'Skatteintäkter'),
                              ('Generella statsbidrag och utjämning', 'Generella statsbidrag'),
                              ('Finansnetto', 'Finansnetto'),
                              ('Nämndernas nettokostnad', 'Nämndernas nettokostnad')]:
            self.assertEqual([number(t) for t in rows[label]], result[theirs], label)
        total = rows.get('Årets resultat') or rows[None]
        self.assertEqual([number(t) for t in total], result['Årets resultat'])

    def test_goals_agree_with_status(self):
        r = styr('status', RATTEN, '--period', '2025-T2')
        self.assertEqual(r.returncode, 0, r.stderr)
        goals = status_goals(r.stdout.decode('utf-8'))
        self.assertGreater(len(goals), 40)
        root = self.html()
        articles = [a for a in root.iter('article') if 'goal' in a.get('class', '').split()]
        shown = {}
        for a in articles:
            fields = {text_of(div.find('dt')): div.find('dd') for div in a.find('dl')}
            level = status_text(fields['Måluppfyllelse'])
            source = re.search(r'\((Bedömd|Beräknad|Ej bedömd)\)$', text_of(fields['Måluppfyllelse']))
            prognosis = status_text(fields['Prognos för helåret']) \
                if 'Prognos för helåret' in fields else None
            value = (level, source.group(1) if source else None, prognosis)
            self.assertEqual(shown.setdefault(a.get('data-goal'), value), value, a.get('data-goal'))
        # Every goal of the model, once in `styr status` and in the report.
        self.assertEqual(set(shown), set(goals))
        checked = 0
        for gid, (proposed, assessed, prognosis) in goals.items():
            level, source, their_prognosis = shown[gid]
            if assessed is not None:
                self.assertEqual((level, source), (assessed, 'Bedömd'), gid)
            elif proposed != '–':
                self.assertEqual((level, source), (proposed, 'Beräknad'), gid)
            else:
                self.assertEqual(source, 'Ej bedömd', gid)
            self.assertEqual(their_prognosis, prognosis, gid)
            checked += 1
        self.assertEqual(checked, len(goals))

    # Defaults and the other formats ---------------------------------------

    def test_default_output(self):
        out = self.rapport(RATTEN, '--period', '2025-T2', cwd=self.tmp)
        self.assertEqual(out, 'Skrev Delårsrapport januari–augusti 2025 till '
                              'tertialrapport-2025-T2.html\n')
        ET.parse(os.path.join(self.tmp, 'tertialrapport-2025-T2.html'))
        self.rapport(RATTEN, '--period', '2025-T1', '--namnd', 'ks', '--format', 'odt', cwd=self.tmp)
        self.rapport(RATTEN, '--period', '2025-T2', '--format', 'csv', cwd=self.tmp)
        self.assertEqual(sorted(os.listdir(self.tmp)),
                         ['tertialrapport-2025-T1-ks.odt', 'tertialrapport-2025-T2',
                          'tertialrapport-2025-T2.html'])
        self.assertTrue(os.path.isfile(os.path.join(self.tmp, 'tertialrapport-2025-T2',
                                                    'driftredovisning.csv')))

    def test_odt(self):
        path = os.path.join(self.tmp, 'rapport.odt')
        out = self.rapport(RATTEN, '--period', '2025-T2', '--format', 'odt', '-o', path)
        self.assertEqual(out, f'Skrev Delårsrapport januari–augusti 2025 till {path}\n')
        with zipfile.ZipFile(path) as z:
            self.assertIsNone(z.testzip())
            first = z.infolist()[0]
            self.assertEqual(first.filename, 'mimetype')
            self.assertEqual(first.compress_type, zipfile.ZIP_STORED)
            self.assertEqual(z.read('mimetype'), b'application/vnd.oasis.opendocument.text')
            content = ET.fromstring(z.read('content.xml'))
            ET.fromstring(z.read('META-INF/manifest.xml'))
        # The same operating statement as styr ekonomi: every nämnd's
        # forecast is in the document's text.
        text = ' '.join(content.itertext())
        drift, _, _ = self.ekonomi()
        for name in NAMNDER.values():
            self.assertIn(name, text)
            forecast = drift[name]['forecast']
            shown = '{:,}'.format(abs(int(forecast))).replace(',', '\u00a0')
            self.assertIn(('−' if forecast < 0 else '') + shown, text, name)

    def test_csv(self):
        directory = os.path.join(self.tmp, 'ny', 'katalog')
        out = self.rapport(RATTEN, '--period', '2025-T2', '--format', 'csv', '-o', directory)
        m = re.fullmatch(r'Skrev Delårsrapport januari–augusti 2025 som (\d+) CSV-filer i (.+)\n', out)
        self.assertIsNotNone(m, out)
        self.assertEqual(m.group(2), directory)
        files = sorted(os.listdir(directory))
        self.assertEqual(len(files), int(m.group(1)))
        self.assertTrue(all(f.endswith('.csv') for f in files), files)
        with open(os.path.join(directory, 'driftredovisning.csv'), 'rb') as f:
            data = f.read()
        self.assertTrue(data.startswith(b'\xef\xbb\xbf'))
        rows = list(csv.reader(io.StringIO(data[3:].decode('utf-8')), delimiter=';'))
        # Exact amounts in tkr with a decimal comma: the same as styr
        # ekonomi shows once rounded to whole tkr.
        drift, _, _ = self.ekonomi()
        header = rows[0]
        forecast = [i for i, t in enumerate(header) if t.startswith('Helårsprognos')][0]
        by_name = {r[0]: r for r in rows[1:]}
        for name in NAMNDER.values():
            value = parse_number(by_name[name][forecast])
            self.assertEqual(round(value), drift[name]['forecast'], name)
        # Into a directory that is there already: the same files again.
        self.rapport(RATTEN, '--period', '2025-T2', '--format', 'csv', '-o', directory)
        self.assertEqual(sorted(os.listdir(directory)), files)

    # Errors -----------------------------------------------------------------

    def assert_error(self, args, message, cwd=None):
        r = styr('rapport', *args, cwd=cwd)
        self.assertEqual(r.returncode, 2, (args, r.stdout, r.stderr))
        self.assertEqual(r.stdout, b'', args)
        err = r.stderr.decode('utf-8')
        self.assertTrue(err.startswith('styr: '), err)
        self.assertIn(message, err, args)

    def test_errors(self):
        out = os.path.join(self.tmp, 'ut.html')
        self.assert_error([RATTEN, '--period', '2025-T2', '--namnd', 'finns-inte', '-o', out],
                          'det finns ingen nämnd med id »finns-inte«')
        self.assert_error([RATTEN, '--period', '2025-X', '-o', out], '2025-X')
        self.assert_error([RATTEN, '-o', out], 'ange perioden med --period')
        self.assert_error([RATTEN, '--period', '2025-T2', '--format', 'pdf', '-o', out],
                          'okänt format »pdf«')
        # The council has no report of its own.
        r = styr('rapport', RATTEN, '--period', '2025-T2', '--namnd', 'kf', '-o', out)
        self.assertEqual(r.returncode, 2, r.stderr)
        self.assertTrue(r.stderr.startswith(b'styr: '), r.stderr)
        # Files that cannot be read or written.
        self.assert_error([os.path.join(self.tmp, 'finns-inte.styr'), '--period', '2025-T2',
                           '-o', out], 'finns-inte.styr')
        missing = os.path.join(self.tmp, 'saknas', 'ut.html')
        self.assert_error([RATTEN, '--period', '2025-T2', '-o', missing], 'saknas')
        blocker = os.path.join(self.tmp, 'en-fil')
        with open(blocker, 'w') as f:
            f.write('inte en katalog\n')
        self.assert_error([RATTEN, '--period', '2025-T2', '--format', 'csv', '-o', blocker],
                          'en-fil')
        self.assert_error([RATTEN, '--period', '2025-T2', '--format', 'odt', '-o',
                           os.path.join(blocker, 'ut.odt')], 'en-fil')
        self.assert_error([RATTEN, '--period', '2025-T2', 'extra'], 'för många argument')
        # Nothing was written.
        self.assertEqual(sorted(os.listdir(self.tmp)), ['en-fil'])

    def test_help(self):
        out = styr('--help').stdout.decode('utf-8')
        self.assertRegex(out, r'(?m)^  rapport +\S')
        r = styr('rapport', '--help')
        self.assertEqual(r.returncode, 0)
        text = r.stdout.decode('utf-8')
        self.assertIn('styr rapport', text)
        for option in ['--period', '--namnd', '--format', '--output', 'tertialrapport-PERIOD']:
            self.assertIn(option, text)


if __name__ == '__main__':
    unittest.main(verbosity=2)
