#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Tests of styr import-kolada and styr import. Run by meson like
# test_styr.py: STYR is the built tool, STYR_DATA the test data directory;
# name one test case (e.g. StyrImportTest.test_kolada) to run only that one.

import os
import re
import shutil
import subprocess
import tempfile
import unittest

STYR = os.environ['STYR']
DATA = os.environ['STYR_DATA']

# Ängelholm (1292): skatt and skatt-kf follow N00002, nojd U00405; egen is
# not from Kolada; one unit, skola. The same model as tests/test-import.c.
MODEL = os.path.join(DATA, 'import', 'angelholm.styr')

FINDING_RE = re.compile(r'^(.*): (fel|varning|information): ([a-z-]+): (.+)$')


def data(name):
    return os.path.join(DATA, 'import', name)


def styr(*args, cwd=None):
    return subprocess.run([STYR, *args], capture_output=True, cwd=cwd,
                          timeout=60)


class StyrImportTest(unittest.TestCase):

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix='styr-test-')
        self.model = os.path.join(self.tmp, 'plan.styr')
        shutil.copyfile(MODEL, self.model)

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def read(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def write(self, name, contents):
        path = os.path.join(self.tmp, name)
        with open(path, 'wb') as f:
            f.write(contents)
        return path

    def indicator(self, path, ident):
        """The lines of one indicator in a saved file."""
        text = self.read(path).decode('utf-8')
        m = re.search(r'(?ms)^  <indikator id="%s"[^\n]*?(?:/>|>\n.*?^  </indikator>)$'
                      % re.escape(ident), text)
        self.assertIsNotNone(m, ident)
        return m.group(0)

    def assert_failed_untouched(self, r, before):
        self.assertEqual(r.returncode, 2, r.stdout + r.stderr)
        self.assertEqual(r.stdout, b'')
        self.assertTrue(r.stderr.startswith(b'styr: '), r.stderr)
        self.assertEqual(self.read(self.model), before)
        # No temporary files left behind, no output written.
        self.assertNotIn('ut.styr', os.listdir(self.tmp))
        self.assertFalse([n for n in os.listdir(self.tmp) if n.startswith('.')])

    # import-kolada --------------------------------------------------------

    def test_kolada(self):
        json = data('kolada-v2.json')
        r = styr('import-kolada', self.model, json)
        # Three groups skipped: the country, a missing total, a KPI no
        # indicator follows. Still saved.
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertEqual(r.stderr, b'')
        lines = r.stdout.decode('utf-8').splitlines()
        self.assertEqual(lines[0], 'Importerade 4 värden och 7 jämförelsevärden '
                                   '(0 ersatta) från ' + json)
        codes = []
        for line in lines[1:]:
            m = FINDING_RE.match(line)
            self.assertIsNotNone(m, line)
            self.assertEqual(m.group(1), json)
            self.assertEqual(m.group(2), 'varning')
            codes.append(m.group(3))
        self.assertEqual(codes, ['import-okand-kommun', 'import-varde-saknas',
                                 'import-okant-nyckeltal'])

        # The file reloads with the values, in canonical form.
        self.assertEqual(styr('fmt', '--check', self.model).returncode, 0)
        for ident in ['skatt', 'skatt-kf']:
            block = self.indicator(self.model, ident)
            self.assertIn('<matvarde period="2024" varde="12.3" kvinnor="13.1" man="11.4"/>', block)
            self.assertIn('<matvarde period="2023" varde="12" kvinnor="12.8"/>', block)
            self.assertIn('<jamforelse kommun="1293" period="2024" varde="10"/>', block)
            self.assertIn('<jamforelse kommun="1277" period="2024" varde="14.2"/>', block)
            self.assertNotIn('kommun="0000"', block)
        nojd = self.indicator(self.model, 'nojd')
        self.assertIn('<jamforelse kommun="1293" period="2024" varde="55"/>', nojd)
        self.assertNotIn('<matvarde', nojd)
        self.assertNotIn('<matvarde', self.indicator(self.model, 'egen'))
        self.assertEqual(os.listdir(self.tmp), ['plan.styr'])

        # Again: everything replaced, nothing doubled.
        before = self.read(self.model)
        r = styr('import-kolada', self.model, json)
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertTrue(r.stdout.startswith(
            ('Importerade 4 värden och 7 jämförelsevärden (11 ersatta) från %s\n' % json).encode()))
        self.assertEqual(self.read(self.model), before)

    def test_kolada_without_findings(self):
        # Only what the model follows, for Ängelholm and one other.
        json = self.write('kolada.json', b'''{"values": [
  {"kpi": "N00002", "municipality": "1292", "period": 2025,
   "values": [{"gender": "T", "value": 12.5}]},
  {"kpi": "U00405", "municipality": "1293", "period": "2025",
   "values": [{"gender": "T", "value": 61}]}]}
''')
        r = styr('import-kolada', self.model, json)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertEqual(r.stderr, b'')
        self.assertEqual(r.stdout.decode('utf-8'),
                         'Importerade 2 värden och 1 jämförelsevärde (0 ersatta) från %s\n' % json)
        self.assertIn('<matvarde period="2025" varde="12.5"/>', self.indicator(self.model, 'skatt'))
        self.assertIn('<jamforelse kommun="1293" period="2025" varde="61"/>',
                      self.indicator(self.model, 'nojd'))

    def test_kolada_output(self):
        before = self.read(self.model)
        out = os.path.join(self.tmp, 'ut.styr')
        r = styr('import-kolada', '-o', out, self.model, data('kolada-v3.json'))
        # kolada-v3.json is one page of several.
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertIn(b': varning: import-fler-sidor: ', r.stdout)
        self.assertEqual(self.read(self.model), before)
        self.assertIn('<matvarde period="2025" varde="12.5" kvinnor="13" man="12"/>',
                      self.indicator(out, 'skatt'))
        self.assertIn('<matvarde period="2025" varde="61" kvinnor="60" man="62"/>',
                      self.indicator(out, 'nojd'))
        self.assertEqual(sorted(os.listdir(self.tmp)), ['plan.styr', 'ut.styr'])

    def test_kolada_broken(self):
        before = self.read(self.model)
        out = os.path.join(self.tmp, 'ut.styr')
        # The error is in the last entry: all or nothing.
        good = self.read(data('kolada-v2.json'))
        bad = good[:good.rindex(b'"T"')] + b'"X"' + good[good.rindex(b'"T"') + 3:]
        for contents in [b'{"values": [\n  {"kpi": ', bad]:
            json = self.write('trasig.json', contents)
            for args in [(), ('-o', out)]:
                r = styr('import-kolada', *args, self.model, json)
                self.assert_failed_untouched(r, before)
                self.assertIn(json.encode() + b':', r.stderr)
        os.remove(json)

    def test_kolada_errors(self):
        before = self.read(self.model)
        out = os.path.join(self.tmp, 'ut.styr')
        no_code = self.write('utan-kod.styr',
                             before.replace(b' kommunkod="1292"', b''))
        for args in [('import-kolada', self.model, os.path.join(self.tmp, 'finns-inte.json')),
                     ('import-kolada', '-o', out, os.path.join(self.tmp, 'finns-inte.styr'),
                      data('kolada-v2.json')),
                     ('import-kolada', '-o', out, no_code, data('kolada-v2.json')),
                     ('import-kolada', '-o', os.path.join(self.tmp, 'finns-inte', 'ut.styr'),
                      self.model, data('kolada-v2.json')),
                     ('import-kolada', self.model),
                     ('import-kolada', self.model, data('kolada-v2.json'), data('kolada-v3.json')),
                     ('import-kolada', '--no-such-option', self.model, data('kolada-v2.json'))]:
            r = styr(*args)
            self.assertEqual(r.returncode, 2, args)
            self.assertEqual(r.stdout, b'', args)
            self.assertTrue(r.stderr.startswith(b'styr: '), args)
            self.assertEqual(self.read(self.model), before, args)
            self.assertFalse(os.path.exists(out), args)
        self.assertEqual(sorted(os.listdir(self.tmp)), ['plan.styr', 'utan-kod.styr'])

    # import ---------------------------------------------------------------

    def test_import_csv_cp1252(self):
        csv = data('measures-cp1252.csv')
        r = styr('import', self.model, csv, '--format', 'csv')
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertEqual(r.stderr, b'')
        self.assertEqual(r.stdout.decode('utf-8'),
                         'Importerade 2 värden (0 ersatta) från %s\n' % csv)
        # Windows-1252 in, UTF-8 out.
        self.assertIn('<matvarde period="2025-T2" varde="1234.5">Målvärde nått</matvarde>',
                      self.indicator(self.model, 'skatt'))
        self.assertIn('<matvarde period="2025-08" varde="-3.25">Över förväntan</matvarde>',
                      self.indicator(self.model, 'nojd'))
        self.assertEqual(styr('fmt', '--check', self.model).returncode, 0)

        # Again, -f and -o: replaced, the input untouched.
        before = self.read(self.model)
        out = os.path.join(self.tmp, 'ut.styr')
        r = styr('import', '-f', 'csv', '-o', out, self.model, csv)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout.decode('utf-8'),
                         'Importerade 2 värden (2 ersatta) från %s\n' % csv)
        self.assertEqual(self.read(self.model), before)
        self.assertEqual(self.read(out), before)

    def test_import_tab(self):
        tsv = data('measures.tsv')
        out = os.path.join(self.tmp, 'ut.styr')
        before = self.read(self.model)
        r = styr('import', '--format', 'tab', '-o', out, self.model, tsv)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertEqual(r.stdout.decode('utf-8'),
                         'Importerade 3 värden (0 ersatta) från %s\n' % tsv)
        self.assertEqual(self.read(self.model), before)
        skatt = self.indicator(out, 'skatt')
        self.assertIn('<matvarde period="2025-04" varde="12.5"/>', skatt)
        self.assertIn('<matvarde period="2025-05" varde="12.75"/>', skatt)
        self.assertIn('<matvarde period="2025-T2" varde="1234.5"/>', self.indicator(out, 'nojd'))

        # In place, with a header line.
        r = styr('import', self.model, data('measures-header.tsv'), '--format', 'tab')
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn('<matvarde period="2025" varde="13"/>', self.indicator(self.model, 'skatt'))
        self.assertIn('<matvarde period="2025-Q3" varde="-0.5"/>', self.indicator(self.model, 'nojd'))

    def test_import_unknown_indicator(self):
        before = self.read(self.model)
        out = os.path.join(self.tmp, 'ut.styr')
        # Good rows first: nothing of them is saved either.
        csv = self.write('okand.csv', 'indikator;period;värde\nskatt;2025;1\nokand;2025;3\n'.encode())
        tsv = self.write('okand.tsv', b'\t2025\tskatt\t1\nbarnomsorg\t2025\tskatt\t2\n')
        for args in [('--format', 'csv', self.model, csv),
                     ('--format', 'csv', '-o', out, self.model, csv),
                     ('--format', 'tab', self.model, tsv)]:
            r = styr('import', *args)
            self.assert_failed_untouched(r, before)
        self.assertIn('okänd enhet'.encode(), r.stderr)
        r = styr('import', '--format', 'csv', self.model, csv)
        self.assertIn(('styr: %s:3: okänd indikator' % csv).encode(), r.stderr)

    def test_import_bad_format(self):
        before = self.read(self.model)
        out = os.path.join(self.tmp, 'ut.styr')
        for args in [('--format', 'xlsx', self.model, data('measures.tsv')),
                     ('--format', 'xlsx', '-o', out, self.model, data('measures.tsv')),
                     (self.model, data('measures.tsv')),
                     ('--format', 'csv', self.model),
                     ('--format', 'csv', self.model, data('measures.tsv')),
                     ('--format', 'tab', self.model, os.path.join(self.tmp, 'finns-inte.tsv'))]:
            r = styr('import', *args)
            self.assert_failed_untouched(r, before)
        r = styr('import', '--format', 'xlsx', self.model, data('measures.tsv'))
        self.assertIn('»xlsx«'.encode(), r.stderr)

    # --help ---------------------------------------------------------------

    def test_import_help(self):
        out = styr('--help').stdout.decode('utf-8')
        for command in ['import-kolada', 'import']:
            self.assertRegex(out, r'(?m)^  %s +\S' % re.escape(command))
        for command, options in [('import-kolada', ['--output']),
                                 ('import', ['--format', '--output'])]:
            r = styr(command, '--help')
            self.assertEqual(r.returncode, 0, command)
            out = r.stdout.decode('utf-8')
            self.assertIn('styr ' + command, out)
            self.assertIn('Slutstatus', out)
            for option in options:
                self.assertIn(option, out)


if __name__ == '__main__':
    unittest.main(verbosity=2)
