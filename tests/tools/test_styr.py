#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Tests of the styr command. Run by meson with the path of the built tool
# in STYR and the test data directory in STYR_DATA; name one test case
# (e.g. StyrTest.test_validate_defects) to run only that one.

import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

STYR = os.environ['STYR']
DATA = os.environ['STYR_DATA']

# Every check of styr_model_validate(), in order. The loader refuses a
# kommunkod that is not four digits, so no file can carry that defect:
# defects.styr has all the others.
CODES = [
    'kommunkod-ogiltig',
    'vision-saknas',
    'mal-utan-overordnat',
    'kedja-bruten',
    'namndmal-ej-uppfoljningsbart',
    'aktivitet-utan-mal',
    'aktivitet-utan-forvantat-resultat',
    'inriktningsmal-utan-namndmal',
    'perspektiv-utan-mal',
    'bolag-utan-agardirektivmal',
    'indikator-utan-malvarde',
    'mal-utan-agare',
    'mal-utan-perspektiv',
    'styrdokument-ej-reviderat',
]


def data(name):
    return os.path.join(DATA, name)


def styr(*args, cwd=None):
    return subprocess.run([STYR, *args], capture_output=True, cwd=cwd,
                          timeout=60)


class StyrTest(unittest.TestCase):

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix='styr-test-')

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def read(self, path):
        with open(path, 'rb') as f:
            return f.read()

    # validate -------------------------------------------------------------

    def test_validate_defects(self):
        path = data('defects.styr')
        r = styr('validate', path)
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertEqual(r.stderr, b'')
        lines = r.stdout.decode('utf-8').splitlines()
        line_re = re.compile(r'^(.*): (fel|varning|information): ([a-z-]+): (.+)$')
        seen = []
        for line in lines:
            m = line_re.match(line)
            self.assertIsNotNone(m, line)
            self.assertEqual(m.group(1), path)
            seen.append(m.group(3))
        in_file = [c for c in CODES if c != 'kommunkod-ogiltig']
        for code in in_file:
            self.assertIn(code, seen, 'no finding ' + code)
        self.assertEqual(set(seen), set(in_file))
        # By check, in the documented order.
        order = [CODES.index(c) for c in seen]
        self.assertEqual(order, sorted(order))

    def test_validate_defects_objects(self):
        r = styr('validate', data('defects.styr'))
        out = r.stdout.decode('utf-8')
        for code, ident in [('mal-utan-overordnat', 'nm-lost'),
                            ('kedja-bruten', 'vm-1'),
                            ('namndmal-ej-uppfoljningsbart', 'nm-no-indicator'),
                            ('aktivitet-utan-mal', 'akt-no-goal'),
                            ('aktivitet-utan-forvantat-resultat', 'akt-no-result'),
                            ('inriktningsmal-utan-namndmal', 'im-3'),
                            ('perspektiv-utan-mal', 'medskapande-medarbetare'),
                            ('bolag-utan-agardirektivmal', 'vatten'),
                            ('bolag-utan-agardirektivmal', 'hem'),
                            ('indikator-utan-malvarde', 'sjukfranvaro'),
                            ('mal-utan-agare', 'nm-no-owner'),
                            ('mal-utan-perspektiv', 'nm-no-perspective'),
                            ('styrdokument-ej-reviderat', 'personalpolicy')]:
            self.assertRegex(out, r': %s: .*\(%s\)' % (re.escape(code), re.escape(ident)))

    def test_validate_clean(self):
        r = styr('validate', data('clean.styr'))
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertEqual(r.stdout, b'')
        self.assertEqual(r.stderr, b'')

    def test_validate_year_and_today(self):
        # clean.styr has standing targets only and reviews in 2099.
        r = styr('validate', '--year', '2031', '--today', '2099-12-31', data('clean.styr'))
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        r = styr('validate', '--today', '2100-01-01', data('clean.styr'))
        self.assertEqual(r.returncode, 1)
        self.assertIn(b': varning: styrdokument-ej-reviderat: ', r.stdout)
        r = styr('validate', '--today', '2025-13-01', data('clean.styr'))
        self.assertEqual(r.returncode, 2)
        self.assertIn('ogiltigt datum'.encode(), r.stderr)

    def test_validate_missing_file(self):
        path = os.path.join(self.tmp, 'finns-inte.styr')
        r = styr('validate', path)
        self.assertEqual(r.returncode, 2)
        self.assertEqual(r.stdout, b'')
        self.assertIn(b'finns-inte.styr', r.stderr)

    def test_validate_broken_file(self):
        path = os.path.join(self.tmp, 'trasig.styr')
        with open(path, 'w') as f:
            f.write('<styr xmlns="urn:libstyr:styr:1" format="1"><kommun>')
        r = styr('validate', path)
        self.assertEqual(r.returncode, 2)
        self.assertNotEqual(r.stderr, b'')

    def test_usage_errors(self):
        for args in [('validate',),
                     ('validate', data('clean.styr'), data('clean.styr')),
                     ('validate', '--no-such-option', data('clean.styr')),
                     ('nonsense', data('clean.styr')),
                     ('fmt', '--stdout', '-o', os.path.join(self.tmp, 'x'), data('clean.styr')),
                     ()]:
            r = styr(*args)
            self.assertEqual(r.returncode, 2, args)
            self.assertNotEqual(r.stderr, b'', args)

    # fmt ------------------------------------------------------------------

    def test_fmt_stdout(self):
        path = data('clean.styr')
        r = styr('fmt', '--stdout', path)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout, self.read(path))

    def test_fmt_check(self):
        self.assertEqual(styr('fmt', '--check', data('clean.styr')).returncode, 0)
        messy = os.path.join(self.tmp, 'messy.styr')
        with open(messy, 'wb') as f:
            f.write(self.read(data('clean.styr')).replace(b'\n  ', b'\n\t\t'))
        r = styr('fmt', '--check', messy)
        self.assertEqual(r.returncode, 1)
        self.assertIn(b'messy.styr', r.stderr)

    def test_fmt_in_place(self):
        canonical = self.read(data('clean.styr'))
        path = os.path.join(self.tmp, 'plan.styr')
        # Same model, other whitespace.
        with open(path, 'wb') as f:
            f.write(canonical.replace(b'\n  ', b'\n    \n\t '))
        r = styr('fmt', path)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout, b'')
        self.assertEqual(self.read(path), canonical)
        # No temporary files left behind.
        self.assertEqual(os.listdir(self.tmp), ['plan.styr'])

    def test_fmt_output(self):
        out = os.path.join(self.tmp, 'ut.styr')
        r = styr('fmt', '-o', out, data('defects.styr'))
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(self.read(out), self.read(data('defects.styr')))

    def test_fmt_missing_file(self):
        r = styr('fmt', os.path.join(self.tmp, 'finns-inte.styr'))
        self.assertEqual(r.returncode, 2)
        self.assertNotEqual(r.stderr, b'')
        self.assertEqual(os.listdir(self.tmp), [])

    # info -----------------------------------------------------------------

    def test_info(self):
        r = styr('info', data('clean.styr'))
        self.assertEqual(r.returncode, 0, r.stderr)
        out = r.stdout.decode('utf-8')
        for heading in ['Mål per nivå', 'Mål per perspektiv', 'Mål per ägare']:
            self.assertIn(heading + '\n', out)

        def count(label):
            m = re.search(r'^  %s: +(\d+)$' % re.escape(label), out, re.M)
            self.assertIsNotNone(m, label)
            return int(m.group(1))

        self.assertIn('Kommun: Ängelholm (1292)', out)
        self.assertEqual(count('Inriktningsmål'), 2)
        self.assertEqual(count('Nämndmål'), 3)
        self.assertEqual(count('Verksamhetsmål'), 0)
        self.assertEqual(count('Enhetsmål'), 0)
        self.assertEqual(count('Totalt'), 5)
        self.assertEqual(count('Medborgarfokus'), 3)
        self.assertEqual(count('Effektiva verksamheter'), 2)
        self.assertEqual(count('Kommunfullmäktige'), 2)
        self.assertEqual(count('Barn- och utbildningsnämnden'), 2)
        self.assertEqual(count('AB Ängelholmshem'), 1)
        self.assertEqual(count('Indikatorer'), 3)
        self.assertEqual(count('Aktiviteter'), 1)
        self.assertNotIn('Utan ägare', out)

    # status ---------------------------------------------------------------

    RATTEN = os.path.join(DATA, '..', '..', 'examples', 'data', 'ratten.styr')

    def test_status(self):
        r = styr('status', self.RATTEN, '--period', '2025-T2')
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, b'')
        out = r.stdout.decode('utf-8')
        lines = out.splitlines()
        self.assertEqual(lines[0], 'Måluppfyllelse per 2025-T2: Delårsrapport per augusti')
        self.assertEqual(lines[1], 'Skala: Jönköpings fem nivåer. Sammanvägning: viktat-medel.')
        # Perspectives in the model's order, council goals first.
        headings = [l for l in lines if l.startswith('Perspektiv: ')]
        self.assertEqual(headings, ['Perspektiv: Medborgarfokus',
                                    'Perspektiv: Effektiva verksamheter',
                                    'Perspektiv: Samhällsutveckling',
                                    'Perspektiv: Medskapande medarbetare'])
        i = lines.index('Perspektiv: Medborgarfokus')
        self.assertRegex(lines[i + 1], r'^  Inriktningsmål .+ \(im-1\)$')
        # Proposed and assessed side by side, prognosis and trend.
        self.assertRegex(lines[i + 2],
                         r'^    Förslag: [^·]+ · Bedömning: [^·]+ · Prognos: [^·]+ · '
                         r'Trend: (↑ positiv|→ oförändrad|↓ negativ|– underlag saknas)$')
        # The distribution of the board goals under each council goal.
        self.assertRegex(lines[i + 3], r'^    Nämndmålen: \d+ av \d+ (uppnått|uppnådda), ')
        self.assertIn('    Nämndmål Fler frågor löses vid första kontakten (ks-1)\n', out)
        self.assertIn('(avviker från förslaget)', out)
        # Values against targets, with a decimal comma.
        self.assertRegex(out, r'Indikator [^\n]+: \d+,\d %( \(avser \d{4}\))? \(mål \d+(,\d+)? %\) – ')
        self.assertIn('Indikator Ärenden som löses direkt i kontaktcenter: 70 % (mål 70 %) – uppfyllt', out)
        self.assertNotIn('.5 %', out)

    def test_status_owner(self):
        r = styr('status', self.RATTEN, '--period', '2025-T2', '--owner', 'ks')
        self.assertEqual(r.returncode, 0, r.stderr)
        out = r.stdout.decode('utf-8')
        self.assertIn('Ägare: Kommunstyrelsen\n', out)
        self.assertIn('  Nämndmål Fler frågor löses vid första kontakten (ks-1)\n', out)
        self.assertNotIn('Inriktningsmål', out)
        self.assertNotIn('(vn-1)', out)

    def test_status_errors(self):
        for args in [['status', self.RATTEN],
                     ['status', self.RATTEN, '--period', '2025-X'],
                     ['status', self.RATTEN, '--period', '2025-T2', '--owner', 'finns-inte'],
                     ['status', data('finns-inte.styr'), '--period', '2025-T2']]:
            r = styr(*args)
            self.assertEqual(r.returncode, 2, args)
            self.assertEqual(r.stdout, b'', args)
            self.assertTrue(r.stderr.startswith(b'styr: '), args)

    def test_info_without_owner_and_perspective(self):
        out = styr('info', data('defects.styr')).stdout.decode('utf-8')
        self.assertRegex(out, r'(?m)^  Utan perspektiv: +1$')
        self.assertRegex(out, r'(?m)^  Utan ägare: +1$')

    # --help, --version ----------------------------------------------------

    def test_help(self):
        r = styr('--help')
        self.assertEqual(r.returncode, 0)
        out = r.stdout.decode('utf-8')
        for command in ['validate', 'fmt', 'info']:
            self.assertRegex(out, r'(?m)^  %s +\S' % command)
        self.assertIn('Kommandon:', out)
        self.assertIn('--version', out)

    def test_command_help(self):
        for command, option in [('validate', '--year'), ('fmt', '--stdout'), ('info', None)]:
            r = styr(command, '--help')
            self.assertEqual(r.returncode, 0, command)
            out = r.stdout.decode('utf-8')
            self.assertIn('styr ' + command, out)
            if option:
                self.assertIn(option, out)

    def test_version(self):
        r = styr('--version')
        self.assertEqual(r.returncode, 0)
        self.assertEqual(r.stdout, b'styr 0.1.0\n')


if __name__ == '__main__':
    unittest.main(verbosity=2)
