#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# strandvik-ekonomi.py — makes the economy of Strandvik, the municipality
# of the Ratten example, from one set of parameters, so that the two files
# that carry it agree with each other:
#
#   sie   writes strandvik-2025-08.se: the finance system's SIE 4 export
#         for August 2025 (#PSALDO per ansvar and account, the month's
#         vouchers, in code page 437 as #FORMAT PC8 says). Pure Python.
#
#   styr  adds the economy to ratten.styr through libstyr's Python API and
#         saves it in canonical form, as it stands when the delårsrapport
#         per augusti is written: frames 2025-2027, the allocation model of
#         Välfärdsnämnden, budget lines per unit and cost category,
#         outcomes for 2024 and January-July 2025, August imported from
#         strandvik-2025-08.se (with the rows of the ansvar nobody has
#         mapped yet), the map of ansvar objects, forecasts at tertial 1
#         and at the delårsrapport (delar-2025: libstyr's proposal, outcome
#         to date plus the rest of the budget, with the nämnd's override
#         and comment), the result items with their forecasts, the
#         investments with August's outcome and their forecasts, and the
#         rule of the financial goal. Needs the built typelib (meson
#         devenv), like the examples, and the SIE file (run `sie` first
#         when the parameters change).
#
# Run from the source tree:
#
#   /usr/bin/python3 examples/data/strandvik-ekonomi.py sie
#   meson devenv -C _build/main /usr/bin/python3 \
#       "$PWD/examples/data/strandvik-ekonomi.py" styr
#
# Both are deterministic: the "random" spread of the monthly outcomes
# comes from SHA-256 of the row's key, so the same script writes the same
# bytes every time. Amounts are integer öre throughout, never floats: the
# fractions below are exact (fractions.Fraction) and rounded once, half
# away from zero, as libstyr rounds.
#
# The numbers hang together the way a budget does:
#   * each nämnd's frame 2025 = the sum of its units' budget lines;
#   * Välfärdsnämnden's frames come from its allocation model (pupils and
#     users of home care: volumes rise 2025 -> 2027 and the cost per unit
#     falls, "grow without growing");
#   * the sum of the frames + the budgeted result = the sum of the
#     result items' budgets (tax income, general state grants, financial
#     net);
#   * the outcomes follow the budget's periodisation (the personnel key on
#     5000-5999) with each unit's deviation and a small spread; 2024's
#     result comes out at 2,4 % of tax income and grants, as the
#     indicator finansiellt-resultat in ratten.styr says;
#   * the SIE file's August rows are the same outcomes split over
#     accounts, and its vouchers sum to exactly its #PSALDO rows.

"""Makes the economy of Strandvik (the Ratten example): the SIE file of
August 2025 and the economy in ratten.styr, from one set of parameters."""

import argparse
import hashlib
import os
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# Money: integer öre, rounding half away from zero (styr_money_scale).


def kr(amount):
    """Kronor (int, str or Fraction) to öre."""
    return round_half_away(Fraction(amount) * 100)


def mnkr(amount):
    """Millions of kronor (a decimal string or number) to öre."""
    return round_half_away(Fraction(str(amount)) * 100_000_000)


def round_half_away(value):
    value = Fraction(value)
    if value >= 0:
        return int((value + Fraction(1, 2)) // 1)
    return -int((-value + Fraction(1, 2)) // 1)


def scale(amount, numerator, denominator):
    return round_half_away(Fraction(amount) * numerator / denominator)


# ---------------------------------------------------------------------------
# The organisation's economy.

YEAR = 2025
PLAN_YEARS = (2025, 2026, 2027)
LAST_YEAR = 2024
SIE_MONTH = 8            # the SIE file holds August 2025
OUTCOME_MONTHS = 7       # set directly for January-July 2025; August is imported
INTERIM = 'delar-2025'   # the delårsrapport per augusti (the calendar's occasion)

CATEGORIES = ['3000-3999', '4000-4999', '5000-5999', '6000-6999', '7000-7999']
PERSONNEL = '5000-5999'

# libstyr's built-in keys (styr-budget.h): basis points per month.
KEY_PERSONNEL = [900, 900, 900, 900, 900, 900, 200, 800, 900, 900, 900, 900]

# Units that carry budget and outcomes: id, ansvar (SIE object), nämnd,
# and the budget 2025 per category in mnkr (net cost: income negative).
# The förvaltning and verksamhet levels hold the rest of their
# operations (the schools, homes and offices the example does not name).
UNITS = [
    # Kommunstyrelsen
    ('forv-kommunledning', '1000', 'Kommunledningsförvaltningen', 'ks',
     ['-28.0', '96.0', '118.0', '42.0', '36.0']),
    ('vh-medborgarservice', '1100', 'Medborgarservice', 'ks',
     ['-1.2', '1.1', '9.8', '1.6', '2.4']),
    ('enh-kontaktcenter', '1110', 'Kontaktcenter', 'ks',
     ['-0.4', '0.3', '14.2', '1.5', '2.1']),
    ('vh-hr', '1200', 'HR och arbetsmiljö', 'ks',
     ['-2.1', '0.8', '16.4', '1.2', '2.7']),
    # Överförmyndarnämnden (its office sits in Kommunledningsförvaltningen)
    ('enh-overformyndare', '1500', 'Överförmyndarenheten', 'overformyndarnamnd',
     ['-0.6', '0.2', '6.4', '0.7', '0.9']),
    # Välfärdsnämnden
    ('forv-valfard', '2000', 'Välfärdsförvaltningen', 'valfardsnamnd',
     ['-95.0', '310.0', '290.0', '45.0', '42.0']),
    ('vh-skola', '2100', 'Förskola och grundskola', 'valfardsnamnd',
     ['-62.0', '118.0', '575.0', '120.0', '35.0']),
    ('enh-havsbadsskolan', '2110', 'Havsbadsskolan', 'valfardsnamnd',
     ['-2.1', '4.2', '44.0', '9.8', '2.6']),
    ('enh-kungsgarden', '2120', 'Kungsgårdens förskola', 'valfardsnamnd',
     ['-2.9', '1.6', '19.8', '3.4', '0.8']),
    ('vh-omsorg', '2200', 'Vård och omsorg', 'valfardsnamnd',
     ['-48.0', '52.0', '318.0', '64.0', '21.0']),
    ('enh-hemtjanst-norr', '2210', 'Hemtjänst Norr', 'valfardsnamnd',
     ['-3.2', '1.4', '56.0', '1.8', '6.2']),
    ('enh-ronnbacken', '2220', 'Rönnbackens vård- och omsorgsboende', 'valfardsnamnd',
     ['-9.8', '5.6', '54.5', '11.2', '1.9']),
    ('vh-socialtjanst', '2300', 'Socialtjänst och arbetsmarknad', 'valfardsnamnd',
     ['-21.0', '118.0', '96.0', '9.0', '6.0']),
    ('enh-jobbcenter', '2310', 'Jobbcenter', 'valfardsnamnd',
     ['-14.6', '3.1', '28.4', '2.9', '1.2']),
    ('enh-mottagning', '2320', 'Mottagningsenheten barn och unga', 'valfardsnamnd',
     ['-0.9', '48.5', '19.6', '1.4', '0.9']),
    # Myndighetsnämnden
    ('forv-samhallsbyggnad', '3000', 'Samhällsbyggnadsförvaltningen', 'myndighetsnamnd',
     ['-42.0', '38.0', '44.0', '58.0', '31.0']),
    ('vh-bygg-miljo', '3100', 'Bygg och miljö', 'myndighetsnamnd',
     ['-3.0', '0.6', '6.2', '0.8', '1.1']),
    ('enh-bygglov', '3110', 'Bygglovsenheten', 'myndighetsnamnd',
     ['-9.6', '0.4', '11.8', '1.1', '1.3']),
    ('vh-naringsliv', '3200', 'Näringsliv och destination', 'myndighetsnamnd',
     ['-0.8', '3.2', '2.9', '0.4', '0.9']),
    ('enh-naringslivsenheten', '3210', 'Näringslivsenheten', 'myndighetsnamnd',
     ['-1.5', '2.6', '5.8', '0.6', '2.2']),
]

NAMNDER = ['ks', 'valfardsnamnd', 'myndighetsnamnd', 'overformyndarnamnd']

# The finance office's ansvar: tax income, grants and financial items.
FINANCE_OBJECT = ('1900', 'Finansförvaltning', 'forv-kommunledning')

# An ansvar the finance office opened in June and nobody has mapped yet:
# the summer jobs for young people, booked on their own ansvar. The SIE
# import reports its August amounts as unmapped (utfall-omappat).
UNMAPPED_OBJECT = ('2390', 'Feriearbete sommar 2025')
UNMAPPED_ROWS = [('5111', kr('318400.00')), ('5610', kr('98704.00')), ('4010', kr('12650.50'))]

# Investment projects (dimension 6) seen in the SIE file on the balance
# sheet account for construction in progress.
PROJECTS = [('P2401', 'Havsbadsskolan om- och tillbyggnad', kr('2874310.00')),
            ('P2503', 'Tillagningskök Rönnbacken', kr('1412880.00'))]

# The unit's deviation from its budget in 2025 (outcome = budget × (1 +
# deviation), on cost categories and on income) and in 2024.
DEVIATION_2025 = {
    'forv-kommunledning': ('-0.025', '0'),
    'vh-medborgarservice': ('-0.01', '0'),
    'enh-kontaktcenter': ('0.01', '0'),
    'vh-hr': ('-0.06', '0'),
    'enh-overformyndare': ('0.07', '0'),
    'forv-valfard': ('-0.015', '0.02'),
    'vh-skola': ('0.004', '0'),
    'enh-havsbadsskolan': ('-0.012', '0'),
    'enh-kungsgarden': ('0.02', '0'),
    'vh-omsorg': ('0.022', '0'),
    'enh-hemtjanst-norr': ('0.065', '0'),
    'enh-ronnbacken': ('0.03', '0'),
    'vh-socialtjanst': ('0.035', '0'),
    'enh-jobbcenter': ('-0.02', '0.05'),
    'enh-mottagning': ('0.16', '0'),
    'forv-samhallsbyggnad': ('-0.01', '0'),
    'vh-bygg-miljo': ('0', '0'),
    'enh-bygglov': ('0.01', '-0.18'),
    'vh-naringsliv': ('-0.04', '0'),
    'enh-naringslivsenheten': ('0.02', '0'),
}
# 2024 in 2025's budget: prices and wages 3,8 % lower, and a deviation.
LEVEL_2024 = Fraction('0.962')
DEVIATION_2024 = {'enh-hemtjanst-norr': '0.04', 'enh-mottagning': '0.09',
                  'vh-hr': '-0.03', 'enh-bygglov': '0.02', 'vh-omsorg': '0.01',
                  'enh-ronnbacken': '0.02', 'forv-valfard': '-0.02'}

# Välfärdsnämnden's allocation model (resursfördelningsmodell).
ALLOCATION_DRIVERS = [
    ('elever', 'Elever i förskoleklass och grundskola', 'elever'),
    ('brukare-hemtjanst', 'Brukare i hemtjänst', 'brukare'),
]
ALLOCATION = {
    # year: fixed (kr), index (bp), efficiency (bp),
    #       {driver: (volume, price kr)}
    2025: (1_675_000_000, 280, 150, {'elever': (3870, 104_500), 'brukare-hemtjanst': (612, 298_000)}),
    2026: (1_701_000_000, 240, 250, {'elever': (3935, 104_500), 'brukare-hemtjanst': (641, 298_000)}),
    2027: (1_727_000_000, 220, 300, {'elever': (4010, 104_500), 'brukare-hemtjanst': (668, 298_000)}),
}

# The frames of the other nämnder grow by these factors 2025 -> 2026 -> 2027.
FRAME_GROWTH = {'ks': ('1.024', '1.021'), 'myndighetsnamnd': ('1.022', '1.020'),
                'overformyndarnamnd': ('1.030', '1.025')}

# Result items' budgets per year (mnkr): skatteintäkter, generella
# statsbidrag, finansnetto. The budgeted result is what is left.
RESULT_BUDGET = {
    2025: ('2252.0', '596.0', '-8.5'),
    2026: ('2262.0', '598.0', '-11.0'),
    2027: ('2290.0', '607.0', '-13.5'),
}
RESULT_ITEMS = ['skatteintakter', 'generella-statsbidrag', 'finansnetto']

# Forecasts at tertial 1 (t1-2025): the nämnd's forecast = budget + this
# (mnkr, a positive figure is a deficit), with the nämnd's comment.
FORECAST_T1 = {
    'ks': ('-4.5', 'Vakanser inom HR och kommunledningen ger ett överskott. '
                   'Rekryteringarna väntas vara klara under hösten.'),
    'valfardsnamnd': ('12.0', 'Hemtjänsten har fler beviljade timmar än budgeterat '
                              'och placeringskostnaderna för barn och unga ökar. '
                              'En åtgärdsplan redovisas i juni.'),
    'myndighetsnamnd': ('1.5', 'Färre bygglovsansökningar än budgeterat ger lägre '
                               'intäkter.'),
    'overformyndarnamnd': ('0.3', 'Fler ärenden med ställföreträdare än beräknat.'),
}
# Result items at tertial 1: budget + this (mnkr), after SKR's April
# forecast of the tax base; and the balance requirement adjustments
# (a gain on the sale of building land, removed from the result).
RESULT_FORECAST_T1 = {'skatteintakter': '-4.2', 'generella-statsbidrag': '1.9',
                      'finansnetto': '-0.6'}
BALANCE_ADJUSTMENT_T1 = '-2.4'

# Forecasts at the delårsrapport (delar-2025), made when August is booked:
# libstyr's proposal (outcome January-August plus the rest of the
# periodised budget, StyrForecastMethod BUDGET_REMAINDER) and the nämnd's
# own judgement on top of it (mnkr, a positive figure is a larger net
# cost), with the comment that goes into the report. The linear trend is
# no use here: July's holiday month drags the line down.
FORECAST_INTERIM = {
    'ks': ('0', 'Vakanserna inom HR och kommunledningen består under hösten och ger '
                'ett överskott. Rekryteringarna är klara först vid årsskiftet.'),
    'valfardsnamnd': ('3.0', 'Förslaget höjt med 3,0 mnkr: placeringarna av barn och unga '
                             'väntas fortsätta öka under hösten. Hemtjänstens '
                             'åtgärdsplan ger effekt först 2026.'),
    'myndighetsnamnd': ('1.0', 'Förslaget höjt med 1,0 mnkr: bygglovsintäkterna väntas '
                               'fortsätta under budget resten av året.'),
    'overformyndarnamnd': ('0', 'Fler ärenden med ställföreträdare än budgeterat; arvodena '
                                'överskrider budgeten.'),
}
# Result items at the delårsrapport: budget + this (mnkr), after SKR's
# August forecast of the tax base and the finance office's view of
# interest; the balance requirement adjustments (the gain on the sold
# building land, now with a second plot).
RESULT_FORECAST_INTERIM = {'skatteintakter': '-6.1', 'generella-statsbidrag': '2.3',
                           'finansnetto': '-1.1'}
BALANCE_ADJUSTMENT_INTERIM = '-3.1'

# 2024's result as a share of tax income and grants (the indicator
# finansiellt-resultat has 2,4 % for 2024).
RESULT_SHARE_2024 = Fraction('0.024')
TAX_SHARE_2024 = Fraction('0.791')
FINANCIAL_NET_2024 = mnkr('-6.9')

# Investments: id, name, nämnd, status, total budget (mnkr), start, end,
# budget per year (mnkr), outcome 2024 and 2025 Jan-Jul (mnkr, spread over
# the months the work went on), forecast at t1 (year, total). August's
# outcome is the project's row in the SIE file (PROJECTS); the forecasts
# at the delårsrapport are in INVESTMENT_FORECAST_INTERIM.
INVESTMENTS = [
    ('inv-havsbadsskolan', 'Om- och tillbyggnad av Havsbadsskolan', 'valfardsnamnd',
     'pagar', '86.0', 2024, 2026, {2024: '18.0', 2025: '42.0', 2026: '26.0'},
     {2024: ('16.3', range(3, 13)), 2025: ('21.4', range(1, 8))}, ('40.5', '86.0')),
    ('inv-ronnbacken-kok', 'Nytt tillagningskök på Rönnbacken', 'valfardsnamnd',
     'pagar', '11.5', 2025, 2025, {2025: '11.5'},
     {2025: ('4.1', range(4, 8))}, ('12.4', '12.4')),
    ('inv-gc-strandvagen', 'Gång- och cykelväg längs Strandvägen', 'myndighetsnamnd',
     'uppskjuten', '7.8', 2025, 2026, {2025: '3.0', 2026: '4.8'},
     {2025: ('0.2', range(2, 6))}, ('0.4', '7.8')),
]
# Investment outcome in August 2025 (öre): the additions to construction
# in progress per project in the SIE file.
INVESTMENT_AUGUST = {'inv-havsbadsskolan': PROJECTS[0][2], 'inv-ronnbacken-kok': PROJECTS[1][2]}
# Forecasts at the delårsrapport (mnkr, year and total): the school's
# extension costs 1,2 mnkr more (the ground needed more work than the
# survey showed), the kitchen's overrun stands, the cycle path waits.
INVESTMENT_FORECAST_INTERIM = {
    'inv-havsbadsskolan': ('41.2', '87.2'),
    'inv-ronnbacken-kok': ('12.9', '12.9'),
    'inv-gc-strandvagen': ('0.2', '7.8'),
}


def unit_budget(unit_row):
    return {cat: mnkr(v) for cat, v in zip(CATEGORIES, unit_row[4])}


def noise(*key):
    """A deterministic number in [-1, 1) from the key."""
    digest = hashlib.sha256('|'.join(str(k) for k in key).encode('utf-8')).digest()
    return Fraction(int.from_bytes(digest[:8], 'big'), 2 ** 63) - 1


class Economy:
    """Every figure of Strandvik's economy, in öre."""

    def __init__(self):
        self.units = [u[0] for u in UNITS]
        self.namnd = {u[0]: u[3] for u in UNITS}
        self.budget = {u[0]: unit_budget(u) for u in UNITS}

        # Välfärdsnämnden: the frame the allocation model gives; the
        # förvaltning's purchases take up the difference to the lines.
        self.allocation_frames = {y: self.allocation_frame(y) for y in PLAN_YEARS}
        lines = self.namnd_budget('valfardsnamnd')
        self.budget['forv-valfard']['4000-4999'] += self.allocation_frames[YEAR] - lines

        self.frames = {}
        for n in NAMNDER:
            self.frames[(n, YEAR)] = self.namnd_budget(n)
        for y in (2026, 2027):
            self.frames[('valfardsnamnd', y)] = self.allocation_frames[y]
        for n, (g26, g27) in FRAME_GROWTH.items():
            f26 = round_half_away(Fraction(self.frames[(n, 2025)]) * Fraction(g26) / 10_000_000) * 10_000_000
            f27 = round_half_away(Fraction(f26) * Fraction(g27) / 10_000_000) * 10_000_000
            self.frames[(n, 2026)] = f26
            self.frames[(n, 2027)] = f27

        self.result_budget = {}
        for y, values in RESULT_BUDGET.items():
            for item, v in zip(RESULT_ITEMS, values):
                self.result_budget[(y, item)] = mnkr(v)

        self.outcome = {}
        for u in self.units:
            for cat in CATEGORIES:
                for m in range(1, 13):
                    self.outcome[(u, LAST_YEAR, m, cat)] = self.make_outcome(u, LAST_YEAR, m, cat)
                for m in range(1, SIE_MONTH + 1):
                    self.outcome[(u, YEAR, m, cat)] = self.make_outcome(u, YEAR, m, cat)

        self.result_outcome = {}
        self.make_result_outcomes()

    # -- budget ------------------------------------------------------------

    def namnd_budget(self, namnd):
        return sum(self.budget[u][c] for u in self.units if self.namnd[u] == namnd
                   for c in CATEGORIES)

    @staticmethod
    def allocation_frame(year):
        fixed, index, efficiency, drivers = ALLOCATION[year]
        base = kr(fixed) + sum(v * kr(p) for v, p in drivers.values())
        indexed = scale(base, 10_000 + index, 10_000)
        return scale(indexed, 10_000 - efficiency, 10_000)

    @staticmethod
    def cost_per_unit(driver, year):
        _, index, efficiency, drivers = ALLOCATION[year]
        volume, price = drivers[driver]
        part = scale(scale(volume * kr(price), 10_000 + index, 10_000), 10_000 - efficiency, 10_000)
        return scale(part, 1, volume)

    def result_budget_total(self, year):
        return sum(self.result_budget[(year, i)] for i in RESULT_ITEMS)

    def frames_total(self, year):
        return sum(self.frames[(n, year)] for n in NAMNDER)

    def budgeted_result(self, year):
        return self.result_budget_total(year) - self.frames_total(year)

    # -- outcomes ----------------------------------------------------------

    def make_outcome(self, unit, year, month, cat):
        annual = Fraction(self.budget[unit][cat])
        cost_dev, income_dev = DEVIATION_2025[unit]
        if year == LAST_YEAR:
            annual *= LEVEL_2024 * (1 + Fraction(DEVIATION_2024.get(unit, '0')))
        else:
            annual *= 1 + Fraction(income_dev if cat == '3000-3999' else cost_dev)
        if cat == PERSONNEL:
            share = Fraction(KEY_PERSONNEL[month - 1], 10_000)
            spread = Fraction('0.015')
        else:
            share = Fraction(1, 12)
            spread = Fraction('0.06')
        return round_half_away(annual * share * (1 + spread * noise(unit, year, month, cat)))

    def unit_outcome(self, unit, year, months, cat=None):
        cats = CATEGORIES if cat is None else [cat]
        return sum(self.outcome[(unit, year, m, c)] for m in months for c in cats)

    def namnd_outcome(self, namnd, year, months):
        return sum(self.unit_outcome(u, year, months) for u in self.units
                   if self.namnd[u] == namnd)

    def make_result_outcomes(self):
        # 2024: the nämnder's net cost is known; tax income and grants are
        # what makes the result 2,4 % of them.
        net_2024 = sum(self.namnd_outcome(n, LAST_YEAR, range(1, 13)) for n in NAMNDER)
        revenue = Fraction(net_2024 - FINANCIAL_NET_2024) / (1 - RESULT_SHARE_2024)
        tax = round_half_away(revenue * TAX_SHARE_2024)
        grants = round_half_away(revenue) - tax
        for item, total in (('skatteintakter', tax), ('generella-statsbidrag', grants),
                            ('finansnetto', FINANCIAL_NET_2024)):
            self.spread_result(item, LAST_YEAR, total, range(1, 13))
        # 2025: a twelfth of the forecast level each month (preliminary tax
        # is paid out in equal parts; interest accrues monthly).
        for item in RESULT_ITEMS:
            level = self.result_budget[(YEAR, item)] + mnkr(RESULT_FORECAST_T1[item])
            self.spread_result(item, YEAR, level, range(1, 13), months=range(1, SIE_MONTH + 1))

    def spread_result(self, item, year, total, all_months, months=None):
        n = len(all_months)
        for i, m in enumerate(all_months):
            if months is not None and m not in months:
                continue
            # Equal parts to the öre; the last month takes the remainder.
            part = total // n if total >= 0 else -((-total) // n)
            if i == n - 1:
                part = total - part * (n - 1)
            if item == 'finansnetto':
                part += round_half_away(Fraction(mnkr('0.05')) * noise(item, year, m))
            self.result_outcome[(year, m, item)] = part

    # -- forecasts ---------------------------------------------------------

    def forecast_t1(self, namnd):
        delta, comment = FORECAST_T1[namnd]
        return self.frames[(namnd, YEAR)] + mnkr(delta), comment

    def result_forecast_t1(self, item):
        return self.result_budget[(YEAR, item)] + mnkr(RESULT_FORECAST_T1[item])


# ---------------------------------------------------------------------------
# The SIE file.

ACCOUNTS = {
    # class 1-2: the balance sheet
    '1180': 'Pågående ny- och ombyggnad',
    '1510': 'Kundfordringar',
    '1930': 'Bank',
    '2440': 'Leverantörsskulder',
    '2710': 'Personalens källskatt',
    '2730': 'Lagstadgade sociala avgifter',
    # 3: income
    '3110': 'Barnomsorgsavgifter',
    '3120': 'Äldreomsorgsavgifter',
    '3170': 'Plan- och bygglovsavgifter',
    '3180': 'Tillsynsavgifter miljö och hälsoskydd',
    '3510': 'Statsbidrag från Skolverket',
    '3520': 'Ersättningar från Arbetsförmedlingen',
    '3590': 'Övriga riktade statsbidrag',
    '3910': 'Övriga intäkter',
    # 4: material and purchases
    '4010': 'Förbrukningsmaterial',
    '4110': 'Livsmedel',
    '4520': 'Köp av huvudverksamhet från privata företag',
    '4530': 'Köp av huvudverksamhet från kommuner och regioner',
    '4610': 'Ekonomiskt bistånd',
    '4630': 'Bidrag till föreningar',
    # 5: personnel
    '5011': 'Månadslön',
    '5111': 'Timlön',
    '5590': 'Arvoden till ställföreträdare',
    '5610': 'Sociala avgifter enligt lag och avtal',
    '5710': 'Pensionskostnader',
    '5810': 'Utbildning och konferenser',
    # 6: premises
    '6110': 'Lokalhyror',
    '6210': 'Fastighetsel och uppvärmning',
    '6310': 'Lokalvård',
    '6410': 'Hyra och leasing av fordon',
    # 7: other costs
    '7010': 'Telefoni och datakommunikation',
    '7110': 'IT-tjänster och licenser',
    '7310': 'Försäkringspremier',
    '7610': 'Resor och transporter',
    '7810': 'Avskrivningar',
    # 8: tax income, grants, financial items
    '8011': 'Preliminär kommunalskatt',
    '8211': 'Inkomstutjämningsbidrag',
    '8221': 'Kostnadsutjämningsbidrag',
    '8231': 'Regleringsbidrag',
    '8271': 'Avgift LSS-utjämning',
    '8291': 'Kommunal fastighetsavgift',
    '8410': 'Ränteintäkter',
    '8510': 'Räntekostnader på lån',
    '8590': 'Övriga finansiella kostnader',
}

# How a category's amount splits over accounts: (account, per mille); the
# first account takes the rounding remainder.
DEFAULT_SPLIT = {
    '3000-3999': [('3910', 1000)],
    '4000-4999': [('4010', 1000)],
    '5000-5999': [('5011', 620), ('5111', 60), ('5610', 215), ('5710', 75), ('5810', 30)],
    '6000-6999': [('6110', 700), ('6210', 150), ('6310', 150)],
    '7000-7999': [('7110', 400), ('7010', 250), ('7810', 200), ('7610', 100), ('7310', 50)],
}
SPLIT = {
    'forv-kommunledning': {'4000-4999': [('4530', 700), ('4010', 300)]},
    'forv-valfard': {'3000-3999': [('3590', 700), ('3910', 300)],
                     '4000-4999': [('4520', 500), ('4530', 450), ('4010', 50)]},
    'vh-skola': {'3000-3999': [('3510', 600), ('3110', 300), ('3910', 100)],
                 '4000-4999': [('4010', 450), ('4110', 350), ('4530', 200)]},
    'enh-havsbadsskolan': {'3000-3999': [('3510', 850), ('3910', 150)],
                           '4000-4999': [('4010', 550), ('4110', 450)]},
    'enh-kungsgarden': {'3000-3999': [('3110', 850), ('3510', 150)],
                        '4000-4999': [('4010', 500), ('4110', 500)]},
    'vh-omsorg': {'3000-3999': [('3120', 900), ('3910', 100)],
                  '4000-4999': [('4010', 600), ('4110', 400)]},
    'enh-hemtjanst-norr': {'3000-3999': [('3120', 1000)],
                           '6000-6999': [('6410', 550), ('6110', 450)]},
    'enh-ronnbacken': {'3000-3999': [('3120', 900), ('3910', 100)],
                       '4000-4999': [('4110', 600), ('4010', 400)]},
    'vh-socialtjanst': {'3000-3999': [('3590', 600), ('3910', 400)],
                        '4000-4999': [('4610', 750), ('4520', 200), ('4010', 50)]},
    'enh-jobbcenter': {'3000-3999': [('3520', 900), ('3910', 100)]},
    'enh-mottagning': {'4000-4999': [('4520', 950), ('4010', 50)]},
    'vh-bygg-miljo': {'3000-3999': [('3180', 800), ('3910', 200)]},
    'enh-bygglov': {'3000-3999': [('3170', 800), ('3180', 200)]},
    'vh-naringsliv': {'4000-4999': [('4630', 600), ('4010', 400)]},
    'enh-naringslivsenheten': {'4000-4999': [('4630', 500), ('4010', 500)]},
    'enh-overformyndare': {'5000-5999': [('5590', 350), ('5011', 420), ('5610', 160),
                                         ('5710', 50), ('5810', 20)]},
}

# Class 8 in August: the result items split over accounts, SIE sign
# (income is credit, negative). Per mille of the item's contribution.
RESULT_SPLIT = {
    'skatteintakter': [('8011', 1000)],
    'generella-statsbidrag': [('8211', 780), ('8221', 190), ('8231', 60), ('8291', 85),
                              ('8271', -115)],
}
INTEREST_INCOME_AUGUST = mnkr('0.31')
OTHER_FINANCIAL_COST_AUGUST = mnkr('0.04')


def split(amount, parts, jitter=None):
    """Splits @amount over (account, per mille) parts, exactly: the first
    account takes the rounding remainder. With @jitter (a key), each
    share moves by up to 15 % so that no two units look alike."""
    weights = [Fraction(pm) for _, pm in parts]
    if jitter is not None and len(parts) > 1:
        weights = [w * (1 + Fraction(15, 100) * noise(jitter, acc))
                   for w, (acc, _) in zip(weights, parts)]
    total = sum(weights)
    rows = [(acc, round_half_away(amount * w / total)) for (acc, _), w in zip(parts, weights)]
    rest = amount - sum(a for _, a in rows)
    rows[0] = (rows[0][0], rows[0][1] + rest)
    return rows


def sie_amount(ore):
    sign = '-' if ore < 0 else ''
    return f'{sign}{abs(ore) // 100}.{abs(ore) % 100:02d}'


def quote(text):
    return '"' + text.replace('"', '\\"') + '"'


def luhn_check_digit(digits):
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def august_rows(eco):
    """(object, account, öre) for August 2025 in SIE sign: the units'
    outcomes split over accounts, the unmapped ansvar and the finance
    office's class 8 rows."""
    rows = []
    for u in UNITS:
        unit, obj = u[0], u[1]
        for cat in CATEGORIES:
            parts = SPLIT.get(unit, {}).get(cat, DEFAULT_SPLIT[cat])
            for acc, amount in split(eco.outcome[(unit, YEAR, SIE_MONTH, cat)], parts,
                                     jitter=(unit, cat)):
                rows.append((obj, acc, amount))
    for acc, amount in UNMAPPED_ROWS:
        rows.append((UNMAPPED_OBJECT[0], acc, amount))
    fin = FINANCE_OBJECT[0]
    for item in ('skatteintakter', 'generella-statsbidrag'):
        contribution = eco.result_outcome[(YEAR, SIE_MONTH, item)]
        for acc, amount in split(contribution, RESULT_SPLIT[item]):
            rows.append((fin, acc, -amount))
    net = eco.result_outcome[(YEAR, SIE_MONTH, 'finansnetto')]
    # finansnetto = interest income - interest cost - other costs
    rows.append((fin, '8410', -INTEREST_INCOME_AUGUST))
    rows.append((fin, '8510', INTEREST_INCOME_AUGUST - OTHER_FINANCIAL_COST_AUGUST - net))
    rows.append((fin, '8590', OTHER_FINANCIAL_COST_AUGUST))
    # Summed per (object, account), in account order within each object.
    summed = {}
    for obj, acc, amount in rows:
        summed[(obj, acc)] = summed.get((obj, acc), 0) + amount
    objects = [u[1] for u in UNITS] + [UNMAPPED_OBJECT[0], FINANCE_OBJECT[0]]
    return [(obj, acc, summed[(obj, acc)])
            for obj in sorted(set(objects))
            for acc in sorted(a for o, a in summed if o == obj)]


def vouchers(rows):
    """The month's vouchers: each sums to zero, and together their rows
    on result accounts sum to exactly the #PSALDO rows."""
    by_class = {}
    for obj, acc, amount in rows:
        by_class.setdefault(acc[0], []).append((obj, acc, amount))

    def balanced(series, number, date, text, trans, counter):
        total = sum(a for _, _, a in trans)
        out = list(trans) + [('', acc, a) for acc, a in split(-total, counter)]
        assert sum(a for _, _, a in out) == 0
        return (series, number, date, text, out)

    result = []
    result.append(balanced('L', '8', '20250825', 'Lön augusti 2025',
                           by_class['5'], [('2710', 300), ('2730', 310), ('1930', 390)]))
    purchases = sorted(by_class['4'] + by_class['6'] + by_class['7'], key=lambda r: (r[0], r[1]))
    # Supplier invoices, one voucher per förvaltning's ansvar range.
    for number, (first, label) in enumerate([('1', 'Kommunledningsförvaltningen'),
                                             ('2', 'Välfärdsförvaltningen'),
                                             ('3', 'Samhällsbyggnadsförvaltningen')], start=1):
        trans = [r for r in purchases if r[0].startswith(first)]
        result.append(balanced('LF', str(1841 + number), '20250831',
                               f'Leverantörsfakturor augusti, {label}', trans, [('2440', 1000)]))
    result.append(balanced('KF', '412', '20250831', 'Kundfakturor och bidrag augusti',
                           by_class['3'], [('1510', 1000)]))
    tax = [r for r in by_class['8'] if r[1] < '8400']
    fin = [r for r in by_class['8'] if r[1] >= '8400']
    result.append(balanced('S', '8', '20250819', 'Skatteintäkter och bidrag från Skatteverket augusti',
                           tax, [('1930', 1000)]))
    result.append(balanced('F', '8', '20250831', 'Räntor augusti',
                           fin, [('1930', 1000)]))
    return result


def write_sie(eco, path):
    rows = august_rows(eco)
    lines = []
    w = lines.append
    w('#FLAGGA 0')
    w('#PROGRAM "Strandviks ekonomisystem" 7.4.2')
    w('#FORMAT PC8')
    w('#GEN 20250903 "Ekonomiavdelningen"')
    w('#SIETYP 4')
    w('#FNAMN "Strandviks kommun"')
    orgnr = '212000129'
    w(f'#ORGNR {orgnr[:6]}-{orgnr[6:]}{luhn_check_digit(orgnr)}')
    w('#ADRESS "Ekonomiavdelningen" "Rådhustorget 1" "299 01 Strandvik" "0499-10 00 00"')
    w('#RAR 0 20250101 20251231')
    w('#RAR -1 20240101 20241231')
    w('#OMFATTN 20250831')
    w('#KPTYP "KOMMUN-BAS"')
    w('#VALUTA SEK')
    for acc in sorted(ACCOUNTS):
        w(f'#KONTO {acc} {quote(ACCOUNTS[acc])}')
    for acc in sorted(ACCOUNTS):
        kind = {'1': 'T', '2': 'S', '3': 'I'}.get(acc[0], 'K')
        if acc[0] == '8' and acc in ('8011', '8211', '8221', '8231', '8291', '8410'):
            kind = 'I'
        w(f'#KTYP {acc} {kind}')
    w('#DIM 1 "Ansvar"')
    w('#DIM 6 "Projekt"')
    objects = [(u[1], u[2]) for u in UNITS] + [FINANCE_OBJECT[:2], UNMAPPED_OBJECT]
    for obj, name in sorted(objects):
        w(f'#OBJEKT 1 {quote(obj)} {quote(name)}')
    for obj, name, _ in PROJECTS:
        w(f'#OBJEKT 6 {quote(obj)} {quote(name)}')
    # Opening balances of the bank and the supplier debt (kr).
    w('#IB 0 1930 48213650.18')
    w('#IB 0 2440 -61884213.40')
    w('#IB 0 1180 21336412.00')
    w('#UB -1 1930 48213650.18')
    w('#UB -1 2440 -61884213.40')
    w('#UB -1 1180 21336412.00')
    # August per account as a whole, then per ansvar (as SIE 4 exports do).
    per_account = {}
    for obj, acc, amount in rows:
        per_account[acc] = per_account.get(acc, 0) + amount
    for acc in sorted(per_account):
        w(f'#PSALDO 0 202508 {acc} {{}} {sie_amount(per_account[acc])}')
        for obj, acc2, amount in rows:
            if acc2 == acc:
                w(f'#PSALDO 0 202508 {acc} {{1 {quote(obj)}}} {sie_amount(amount)}')
    # Construction in progress: August's additions, in total and per
    # project (the investments' outcome for August in ratten.styr).
    w(f'#PSALDO 0 202508 1180 {{}} {sie_amount(sum(p[2] for p in PROJECTS))}')
    for obj, _, amount in PROJECTS:
        w(f'#PSALDO 0 202508 1180 {{6 {quote(obj)}}} {sie_amount(amount)}')
    for series, number, date, text, trans in vouchers(rows):
        w(f'#VER {quote(series)} {quote(number)} {date} {quote(text)} 20250902')
        w('{')
        for obj, acc, amount in trans:
            objs = f'{{1 {quote(obj)}}}' if obj else '{}'
            w(f'   #TRANS {acc} {objs} {sie_amount(amount)}')
        w('}')
    data = ('\r\n'.join(lines) + '\r\n').encode('cp437')
    with open(path, 'wb') as f:
        f.write(data)


# ---------------------------------------------------------------------------


def spread(total, months, key):
    """@total over @months, unevenly as invoices come (up to ±50 % of an
    even part), to the öre: the last month takes the remainder."""
    months = list(months)
    weights = [1 + Fraction(1, 2) * noise(key, m) for m in months]
    parts = [round_half_away(total * w / sum(weights)) for w in weights]
    parts[-1] += total - sum(parts)
    return dict(zip(months, parts))


def write_styr(eco, path, sie_path):
    try:
        import gi
        gi.require_version('Styr', '1.0')
        from gi.repository import Styr
    except (ImportError, ValueError) as e:
        raise SystemExit(f'strandvik-ekonomi.py: cannot load libstyr ({e}); run it through '
                         '`meson devenv -C _build/main`')

    items = {'skatteintakter': Styr.ResultItem.TAX_INCOME,
             'generella-statsbidrag': Styr.ResultItem.GENERAL_GRANTS,
             'finansnetto': Styr.ResultItem.FINANCIAL_NET}
    model = Styr.Model.new_from_path(path)
    organs = {n: model.lookup_organ(n) for n in NAMNDER}

    # Överförmyndarnämnden and Kommunstyrelsen share Kommunledningsförvaltningen
    # as their sector: the units say which nämnd they belong to.
    office = model.lookup_unit('enh-overformyndare')
    if office is None:
        office = Styr.Unit(id='enh-overformyndare', kind=Styr.UnitKind.UNIT,
                           name='Överförmyndarenheten', head='Kanslichef Björn Ask')
        model.add(office)
        office.set_parent(model.lookup_unit('forv-kommunledning'))
    model.lookup_unit('forv-kommunledning').set_budget_organ(organs['ks'])
    office.set_budget_organ(organs['overformyndarnamnd'])
    for unit_id, namnd in eco.namnd.items():
        got = model.lookup_unit(unit_id).get_budget_organ()
        assert got is not None and got.get_id() == namnd, (unit_id, got)

    # The ansvar of the finance system.
    for u in UNITS:
        model.map_object('1', u[1], model.lookup_unit(u[0]))
    model.map_object('1', FINANCE_OBJECT[0], model.lookup_unit(FINANCE_OBJECT[2]))

    # Välfärdsnämnden's frames from its allocation model.
    allocation = Styr.Allocation()
    for driver_id, name, unit in ALLOCATION_DRIVERS:
        allocation.add_driver(driver_id, name, unit)
    for year, (fixed, index, efficiency, drivers) in ALLOCATION.items():
        allocation.set_fixed(year, kr(fixed))
        allocation.set_index(year, index)
        allocation.set_efficiency(year, efficiency)
        for driver_id, (volume, price) in drivers.items():
            allocation.set_volume(driver_id, year, volume)
            allocation.set_price(driver_id, year, kr(price))
    valfard = organs['valfardsnamnd']
    valfard.set_allocation(allocation)
    for year in PLAN_YEARS:
        valfard.get_allocation().apply(valfard, year)
        ok, frame = valfard.lookup_frame(year)
        assert ok and frame == eco.allocation_frames[year], (year, frame, eco.allocation_frames[year])
    for (namnd, year), ore in sorted(eco.frames.items()):
        if namnd != 'valfardsnamnd':
            organs[namnd].set_frame(year, ore)

    # Budget lines 2025, personnel costs with the personnel key.
    for unit_id in eco.units:
        unit = model.lookup_unit(unit_id)
        for cat in CATEGORIES:
            unit.set_budget(YEAR, cat, eco.budget[unit_id][cat])
            if cat == PERSONNEL:
                unit.set_budget_key(YEAR, cat, 'personal')

    # Outcomes: all of 2024 and January-July 2025 (August comes from the SIE
    # file below).
    for (unit_id, year, month, cat), ore in sorted(eco.outcome.items()):
        if year == YEAR and month > OUTCOME_MONTHS:
            continue
        model.lookup_unit(unit_id).set_outcome(year, month, cat, ore)

    # Result items: budgets 2025-2027, outcomes, forecasts at tertial 1.
    for (year, item), ore in sorted(eco.result_budget.items()):
        model.set_result_budget(year, items[item], ore)
    for (year, month, item), ore in sorted(eco.result_outcome.items()):
        if year == YEAR and month > OUTCOME_MONTHS:
            continue
        model.set_result_outcome(year, month, items[item], ore)
    for item in RESULT_ITEMS:
        model.set_result_forecast('t1-2025', items[item], eco.result_forecast_t1(item))
    model.set_result_forecast('t1-2025', Styr.ResultItem.BALANCE_ADJUSTMENTS,
                              mnkr(BALANCE_ADJUSTMENT_T1))
    for namnd in NAMNDER:
        ore, comment = eco.forecast_t1(namnd)
        organs[namnd].set_forecast('t1-2025', ore, comment)

    # August as the finance system exports it, imported the way the
    # controller does: the month's rows per ansvar and account, class 8 to
    # the result items, the unmapped ansvar kept as unmapped outcome. A
    # re-import replaces the month, so running this again changes nothing.
    august = Styr.Period.parse(f'{YEAR}-{SIE_MONTH:02d}')
    imported = model.import_sie_path(sie_path, august)
    assert imported.get_unmapped_amount() == sum(a for _, a in UNMAPPED_ROWS), \
        imported.get_unmapped_amount()
    for unit_id in eco.units:
        for cat in CATEGORIES:
            ok, ore = model.lookup_unit(unit_id).lookup_outcome(YEAR, SIE_MONTH, cat)
            assert ok and ore == eco.outcome[(unit_id, YEAR, SIE_MONTH, cat)], (unit_id, cat)
    for item in RESULT_ITEMS:
        ok, ore = model.lookup_result_outcome(YEAR, SIE_MONTH, items[item])
        assert ok and ore == eco.result_outcome[(YEAR, SIE_MONTH, item)], item

    # Forecasts at the delårsrapport: the proposal and the nämnd's judgement.
    for namnd in NAMNDER:
        organ = organs[namnd]
        proposal = organ.propose_forecast(INTERIM, Styr.ForecastMethod.BUDGET_REMAINDER)
        delta, comment = FORECAST_INTERIM[namnd]
        organ.set_forecast(INTERIM, proposal + mnkr(delta), comment)
    for item in RESULT_ITEMS:
        model.set_result_forecast(INTERIM, items[item],
                                  eco.result_budget[(YEAR, item)] + mnkr(RESULT_FORECAST_INTERIM[item]))
    model.set_result_forecast(INTERIM, Styr.ResultItem.BALANCE_ADJUSTMENTS,
                              mnkr(BALANCE_ADJUSTMENT_INTERIM))

    # Investments.
    statuses = {'planerad': Styr.InvestmentStatus.PLANNED, 'pagar': Styr.InvestmentStatus.ONGOING,
                'avslutad': Styr.InvestmentStatus.COMPLETED,
                'uppskjuten': Styr.InvestmentStatus.POSTPONED}
    for (inv_id, name, namnd, status, total, start, end, budgets, outcomes,
         (year_forecast, total_forecast)) in INVESTMENTS:
        inv = model.lookup_investment(inv_id)
        if inv is None:
            inv = Styr.Investment(id=inv_id, name=name)
            model.add(inv)
        inv.set_organ(organs[namnd])
        inv.set_status(statuses[status])
        inv.set_total_budget(mnkr(total))
        inv.set_start_year(start)
        inv.set_end_year(end)
        for year, amount in budgets.items():
            inv.set_budget(year, mnkr(amount))
        for year, (amount, months) in outcomes.items():
            for month, ore in spread(mnkr(amount), months, (inv_id, year)).items():
                inv.set_outcome(year, month, ore)
        inv.set_forecast('t1-2025', mnkr(year_forecast), mnkr(total_forecast))
        if inv_id in INVESTMENT_AUGUST:
            inv.set_outcome(YEAR, SIE_MONTH, INVESTMENT_AUGUST[inv_id])
        year_interim, total_interim = INVESTMENT_FORECAST_INTERIM[inv_id]
        inv.set_forecast(INTERIM, mnkr(year_interim), mnkr(total_interim))

    # The financial goal is measured from the forecast.
    model.lookup_indicator('finansiellt-resultat').set_financial_rule(
        Styr.FinancialRule.RESULT_SHARE)

    model.save_to_path(path, Styr.SaveFlags.NONE)


def summary(eco):
    """The figures that matter when the parameters above are tuned, in mnkr."""
    def m(ore):
        return f'{ore / 100_000_000:9.1f}'

    def share(part, whole):
        return f'{float(Fraction(part * 100, whole)):.2f} %'

    print('Ramar och budgeterat resultat (mnkr)')
    for y in PLAN_YEARS:
        revenue = eco.result_budget[(y, 'skatteintakter')] + eco.result_budget[(y, 'generella-statsbidrag')]
        frames = ' '.join(f'{n}={m(eco.frames[(n, y)]).strip()}' for n in NAMNDER)
        print(f'  {y}: {frames}; summa {m(eco.frames_total(y)).strip()}, resultatposter '
              f'{m(eco.result_budget_total(y)).strip()}, resultat {m(eco.budgeted_result(y)).strip()} '
              f'({share(eco.budgeted_result(y), revenue)})')
    print('Resursfördelningsmodell, Välfärdsnämnden')
    for y in PLAN_YEARS:
        costs = ', '.join(f'{d} {eco.cost_per_unit(d, y) / 100:.2f} kr' for d, _, _ in ALLOCATION_DRIVERS)
        print(f'  {y}: ram {m(eco.allocation_frames[y]).strip()}; kostnad per enhet {costs}')
    print('Utfall och prognos per tertial 1 (mnkr)')
    for n in NAMNDER:
        print(f'  {n}: utfall jan-aug 2025 {m(eco.namnd_outcome(n, YEAR, range(1, 9))).strip()}, '
              f'2024 {m(eco.namnd_outcome(n, LAST_YEAR, range(1, 13))).strip()}, '
              f'prognos t1 {m(eco.forecast_t1(n)[0]).strip()}')
    result = sum(eco.result_forecast_t1(i) for i in RESULT_ITEMS) - \
        sum(eco.forecast_t1(n)[0] for n in NAMNDER)
    revenue = eco.result_forecast_t1('skatteintakter') + eco.result_forecast_t1('generella-statsbidrag')
    print(f'  resultat enligt prognos t1: {m(result).strip()} ({share(result, revenue)})')
    net = sum(eco.namnd_outcome(n, LAST_YEAR, range(1, 13)) for n in NAMNDER)
    items = {i: sum(eco.result_outcome[(LAST_YEAR, mm, i)] for mm in range(1, 13)) for i in RESULT_ITEMS}
    result = sum(items.values()) - net
    print(f'  resultat 2024: {m(result).strip()} '
          f'({share(result, items["skatteintakter"] + items["generella-statsbidrag"])})')


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest='what', required=True)
    p = sub.add_parser('sie', help='write strandvik-2025-08.se')
    p.add_argument('-o', '--output', default=os.path.join(HERE, 'strandvik-2025-08.se'))
    p = sub.add_parser('styr', help='add the economy to ratten.styr (needs the typelib)')
    p.add_argument('path', nargs='?', default=os.path.join(HERE, 'ratten.styr'))
    p.add_argument('--sie', default=os.path.join(HERE, 'strandvik-2025-08.se'),
                   help='the SIE file whose August is imported (default: the shipped one)')
    sub.add_parser('summary', help='print the main figures')
    args = parser.parse_args()

    eco = Economy()
    if args.what == 'sie':
        write_sie(eco, args.output)
    elif args.what == 'styr':
        write_styr(eco, args.path, args.sie)
    else:
        summary(eco)


if __name__ == '__main__':
    main()
