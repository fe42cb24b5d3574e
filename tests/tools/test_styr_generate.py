#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Tests of styr generate (tools/styr-generate.c) on the small profile.
# Run by meson with the built tool in STYR, the schema in STYR_SCHEMA and
# xmllint in XMLLINT; name one case (e.g.
# StyrGenerateTest.test_deterministic) to run only that one.
#
# The expected counts are worked out by hand from what the small profile
# promises (styr generate --help): 4 nämnder (kommunstyrelsen and three
# more) with a förvaltning each, 8 verksamheter, 28 enheter; 6 + 16 + 16 +
# 48 goals; 150 indicators, 60 monthly, 30 tertial, 60 yearly, over the
# five years 2021–2025; 300 activities; 4 cost categories.

import collections
import os
import shutil
import subprocess
import tempfile
import unittest
import xml.etree.ElementTree as ET

STYR = os.environ['STYR']
HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMA = os.environ.get('STYR_SCHEMA',
                        os.path.join(HERE, '..', '..', 'data', 'styr-1.rng'))
XMLLINT = os.environ.get('XMLLINT') or shutil.which('xmllint')

NS = '{urn:libstyr:styr:1}'

YEARS = 5
N_UNITS = 28          # enheter, the ones with budget and outcomes
N_CATEGORIES = 4
N_BOARDS = 4
N_GOALS = {'inriktningsmal': 6, 'namndmal': 16, 'verksamhetsmal': 16, 'enhetsmal': 48}
N_OCCASIONS = 3 * YEARS   # t1, delår, år per year, all with goals and economy


def styr(*args, timeout=120):
    return subprocess.run([STYR, *args], capture_output=True, timeout=timeout)


def children(root, tag):
    return root.findall(NS + tag)


class StyrGenerateTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix='styr-generate-test-')
        cls.path = os.path.join(cls.tmp, 'small.styr')
        r = styr('generate', '--profile', 'small', '--seed', '1', '-o', cls.path)
        if r.returncode != 0:
            raise AssertionError(r.stderr.decode('utf-8', 'replace'))
        with open(cls.path, 'rb') as f:
            cls.bytes = f.read()
        cls.root = ET.fromstring(cls.bytes)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def generate(self, *args):
        path = os.path.join(self.tmp, 'out-%d.styr' % len(os.listdir(self.tmp)))
        r = styr('generate', *args, '-o', path)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout, b'')
        with open(path, 'rb') as f:
            return f.read()

    # Determinism -----------------------------------------------------------

    def test_deterministic(self):
        self.assertEqual(self.generate('--profile', 'small', '--seed', '1'), self.bytes)
        # small is the default profile, 1 the default seed.
        self.assertEqual(self.generate(), self.bytes)

    def test_seed_matters(self):
        other = self.generate('--profile', 'small', '--seed', '2')
        self.assertNotEqual(other, self.bytes)
        self.assertEqual(self.generate('--seed', '2'), other)
        # Another seed, the same shape.
        root = ET.fromstring(other)
        self.assertEqual(len(children(root, 'mal')), sum(N_GOALS.values()))
        self.assertEqual(len(children(root, 'indikator')), 150)

    # Counts ----------------------------------------------------------------

    def test_organisation(self):
        organs = collections.Counter(o.get('typ') for o in children(self.root, 'organ'))
        self.assertEqual(organs, {'kf': 1, 'ks': 1, 'namnd': 3})
        units = collections.Counter(u.get('niva') for u in children(self.root, 'enhet'))
        self.assertEqual(units, {'forvaltning': 4, 'verksamhet': 8, 'enhet': N_UNITS})
        # Every nämnd runs its own förvaltning; every verksamhet and enhet
        # hangs under one.
        sectors = [o.get('sektor') for o in children(self.root, 'organ')
                   if o.get('typ') in ('ks', 'namnd')]
        self.assertEqual(len(set(sectors)), N_BOARDS)
        by_id = {u.get('id'): u for u in children(self.root, 'enhet')}
        for u in by_id.values():
            if u.get('niva') == 'forvaltning':
                self.assertIn(u.get('id'), sectors)
            else:
                self.assertIn(u.get('overordnad'), by_id)

    def test_goals(self):
        goals = children(self.root, 'mal')
        levels = collections.Counter(g.get('niva') for g in goals)
        self.assertEqual(levels, N_GOALS)
        by_id = {g.get('id'): g for g in goals}
        above = {'namndmal': 'inriktningsmal', 'verksamhetsmal': 'namndmal',
                 'enhetsmal': 'verksamhetsmal'}
        perspectives = {p.get('id') for p in children(self.root, 'perspektiv')}
        has_child = set()
        for g in goals:
            self.assertIn(g.get('perspektiv'), perspectives)
            self.assertIsNotNone(g.get('agare'))
            parents = [p.get('mal') for p in children(g, 'bidrar-till')]
            if g.get('niva') == 'inriktningsmal':
                self.assertEqual(parents, [])
                self.assertEqual(g.get('agare'), 'kf')
                continue
            self.assertGreaterEqual(len(parents), 1, g.get('id'))
            for p in parents:
                self.assertEqual(by_id[p].get('niva'), above[g.get('niva')])
                has_child.add(p)
        # Every inriktningsmål has a nämndmål under it.
        for g in goals:
            if g.get('niva') == 'inriktningsmal':
                self.assertIn(g.get('id'), has_child)
        # Every goal is assessed at every follow-up occasion.
        assessments = sum(len(children(g, 'bedomning')) for g in goals)
        self.assertEqual(assessments, sum(N_GOALS.values()) * N_OCCASIONS)

    def test_indicators(self):
        indicators = children(self.root, 'indikator')
        self.assertEqual(len(indicators), 150)
        frequencies = collections.Counter(i.get('frekvens') for i in indicators)
        self.assertEqual(frequencies, {'manad': 60, 'tertial': 30, 'ar': 60})
        per_frequency = {'manad': 12 * YEARS, 'tertial': 3 * YEARS, 'ar': YEARS}
        total = 0
        for i in indicators:
            n = len(children(i, 'matvarde'))
            self.assertEqual(n, per_frequency[i.get('frekvens')], i.get('id'))
            self.assertEqual(len(children(i, 'malvarde')), YEARS)
            total += n
        # 60 × 60 + 30 × 15 + 60 × 5
        self.assertEqual(total, 4350)
        # The first 20 yearly ones come from Kolada with five comparison
        # municipalities for each year.
        compared = [i for i in indicators if children(i, 'jamforelse')]
        self.assertEqual(len(compared), 20)
        for i in compared:
            self.assertEqual(i.get('kalla'), 'kolada')
            self.assertEqual(len(children(i, 'jamforelse')), 5 * YEARS)
            self.assertNotIn(self.root.find(NS + 'kommun').get('kommunkod'),
                             {j.get('kommun') for j in children(i, 'jamforelse')})
        # Every indicator follows a goal.
        followed = {r.get('ref') for g in children(self.root, 'mal')
                    for r in children(g, 'indikator')}
        self.assertEqual(followed, {i.get('id') for i in indicators})
        # One financial goal with a rule.
        self.assertEqual([i.get('regel') for i in indicators if i.get('regel')],
                         ['resultat-andel'])

    def test_activities(self):
        activities = children(self.root, 'aktivitet')
        self.assertEqual(len(activities), 300)
        goals = {g.get('id'): g for g in children(self.root, 'mal')}
        for a in activities:
            refs = [m.get('ref') for m in children(a, 'mal')]
            self.assertEqual(len(refs), 1)
            goal = goals[refs[0]]
            self.assertEqual(goal.get('niva'), 'enhetsmal')
            self.assertEqual(goal.get('agare'), a.get('enhet'))
            self.assertLessEqual(a.get('start'), a.get('slut'))

    def test_economy(self):
        eko = self.root.find(NS + 'ekonomi')
        self.assertIsNotNone(eko)
        budget = children(eko, 'budget')
        outcomes = children(eko, 'utfall')
        self.assertEqual(len(budget), N_UNITS * YEARS * N_CATEGORIES)
        self.assertEqual(len(outcomes), N_UNITS * YEARS * 12 * N_CATEGORIES)
        self.assertEqual(len(children(eko, 'objekt')), N_UNITS)
        self.assertEqual(len(children(eko, 'konto')), N_CATEGORIES)
        self.assertEqual(len(children(eko, 'ram')), N_BOARDS * YEARS)
        forecasts = children(eko, 'prognos')
        self.assertEqual(len([f for f in forecasts if f.get('organ')]), N_BOARDS * N_OCCASIONS)
        # Four result items, each with a budget per year and an outcome
        # per month.
        results = children(eko, 'resultat')
        self.assertEqual(len([r for r in results if r.get('budget')]), 4 * YEARS)
        self.assertEqual(len([r for r in results if r.get('utfall')]), 4 * YEARS * 12)

        # Each frame is the sum of the budget lines of its nämnd's enheter,
        # found by walking up to the förvaltning the nämnd runs.
        units = {u.get('id'): u for u in children(self.root, 'enhet')}
        board_of = {o.get('sektor'): o.get('id') for o in children(self.root, 'organ')
                    if o.get('sektor')}

        def board(unit_id):
            while unit_id not in board_of:
                unit_id = units[unit_id].get('overordnad')
            return board_of[unit_id]

        sums = collections.Counter()
        for b in budget:
            sums[(board(b.get('enhet')), b.get('ar'))] += int(b.get('belopp'))
        frames = {(r.get('organ'), r.get('ar')): int(r.get('belopp'))
                  for r in children(eko, 'ram')}
        self.assertEqual(frames, dict(sums))

        # The outcome of a year is near its budget (within 10 %), per enhet.
        budget_of = collections.Counter()
        outcome_of = collections.Counter()
        for b in budget:
            budget_of[(b.get('enhet'), b.get('ar'))] += int(b.get('belopp'))
        for o in outcomes:
            outcome_of[(o.get('enhet'), o.get('period')[:4])] += int(o.get('belopp'))
        self.assertEqual(set(budget_of), set(outcome_of))
        for key, amount in budget_of.items():
            self.assertLess(abs(outcome_of[key] - amount), abs(amount) / 10, key)

    # The file --------------------------------------------------------------

    @unittest.skipIf(XMLLINT is None, 'xmllint is not installed')
    def test_schema(self):
        r = subprocess.run([XMLLINT, '--noout', '--relaxng', SCHEMA, self.path],
                           capture_output=True, timeout=120)
        self.assertEqual(r.returncode, 0, r.stderr)

    def test_loads_back(self):
        # Loads, and saves to the same bytes: the generator wrote through
        # the library's writer, so the file is canonical.
        r = styr('fmt', '--check', self.path)
        self.assertEqual(r.returncode, 0, r.stderr)
        # Loads, and the chain is whole: no findings for the last year.
        r = styr('validate', '--year', '2025', '--today', '2026-01-10', self.path)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertEqual(r.stdout, b'')
        r = styr('info', self.path)
        self.assertEqual(r.returncode, 0, r.stderr)
        out = r.stdout.decode('utf-8')
        self.assertIn('Småviks kommun (1299)', out)
        self.assertRegex(out, r'Totalt:\s+86\n')
        # The economy reads back: the delårsrapport's statement has a row
        # per nämnd.
        r = styr('ekonomi', self.path, '--period', '2025-T2')
        self.assertEqual(r.returncode, 0, r.stderr)
        out = r.stdout.decode('utf-8')
        for o in children(self.root, 'organ'):
            if o.get('typ') in ('ks', 'namnd'):
                self.assertIn(o.get('namn'), out)

    # Usage -----------------------------------------------------------------

    def test_errors(self):
        out = os.path.join(self.tmp, 'never.styr')
        for args in (['--profile', 'huge', '-o', out],
                     ['--seed', '-1', '-o', out],
                     ['--seed', '4294967296', '-o', out],
                     ['--seed', 'x', '-o', out],
                     ['-o', out, 'extra'],
                     []):
            r = styr('generate', *args)
            self.assertEqual(r.returncode, 2, args)
            self.assertTrue(r.stderr.startswith(b'styr'), r.stderr)
            self.assertEqual(r.stdout, b'')
            self.assertFalse(os.path.exists(out), args)
        r = styr('generate', '-o', os.path.join(self.tmp, 'no', 'such', 'dir.styr'))
        self.assertEqual(r.returncode, 2)
        self.assertNotEqual(r.stderr, b'')

    def test_help(self):
        r = styr('generate', '--help')
        self.assertEqual(r.returncode, 0, r.stderr)
        out = r.stdout.decode('utf-8')
        for word in ('--profile', '--seed', '--output', 'small', 'large', 'national'):
            self.assertIn(word, out)
        r = styr('--help')
        self.assertIn('generate', r.stdout.decode('utf-8') + r.stderr.decode('utf-8'))


if __name__ == '__main__':
    unittest.main()
