// SPDX-License-Identifier: LGPL-2.1-or-later
//
// Investment projects (investeringsprojekt) from GJS: properties, the
// model's list, the responsible nämnd, yearly budgets, monthly outcomes to
// date, forecasts and deviations, and an economic validation finding. Run
// by `meson test --suite gjs` as `gjs -m test-investment.js`. Output is
// TAP; a missing typelib makes the import throw, so the test fails and
// never skips. Money is öre, exact as a Number below 2^53.

import GLib from 'gi://GLib';
import Styr from 'gi://Styr?version=1.0';
import System from 'system';

const MNKR = 100000000;
const tests = [];
const test = (name, fn) => tests.push([name, fn]);

function assert(cond, msg = 'assertion failed') {
    if (!cond)
        throw new Error(msg);
}

function assertStyrError(code, fn) {
    try {
        fn();
    } catch (e) {
        assert(e.matches(Styr.error_quark(), code), `${e.message}`);
        return;
    }
    throw new Error('no error');
}

function setUp() {
    const model = new Styr.Model();
    const bun = new Styr.Organ({id: 'bun', kind: Styr.OrganKind.BOARD, name: 'Barn- och utbildningsnämnden'});
    const kf = new Styr.Organ({id: 'kf', kind: Styr.OrganKind.COUNCIL, name: 'Kommunfullmäktige'});
    const school = new Styr.Investment({
        id: 'inv-skola', name: 'Ny F–6-skola i Norr',
        status: Styr.InvestmentStatus.ONGOING,
        total_budget: 120 * MNKR, start_year: 2024, end_year: 2026,
    });
    for (const e of [bun, kf, school])
        model.add(e);
    model.calendar.add_preset_year(Styr.CalendarPreset.TERTIAL, 2025);
    return {model, bun, kf, school};
}

test('properties and status ids', () => {
    const {school} = setUp();
    assert(school.name === 'Ny F–6-skola i Norr', school.name);
    assert(school.status === Styr.InvestmentStatus.ONGOING, `${school.status}`);
    assert(school.total_budget === 12000000000, `${school.total_budget}`);
    assert(school.start_year === 2024 && school.end_year === 2026, 'years');
    assert(school.organ === null, 'no organ yet');
    let notified = 0;
    school.connect('notify::status', () => notified++);
    school.status = Styr.InvestmentStatus.COMPLETED;
    school.status = Styr.InvestmentStatus.COMPLETED;
    assert(notified === 1, `${notified}`);
    assert(Styr.InvestmentStatus.get_id(Styr.InvestmentStatus.ONGOING) === 'pagar', 'pagar');
    const [ok, status] = Styr.InvestmentStatus.from_id('uppskjuten');
    assert(ok && status === Styr.InvestmentStatus.POSTPONED, `${status}`);
});

test('the model and the nämnd', () => {
    const {model, bun, kf, school} = setUp();
    const ids = [...model.get_investments()].map(i => i.id);
    assert(JSON.stringify(ids) === '["inv-skola"]', `${ids}`);
    assert(model.lookup_investment('inv-skola') === school, 'lookup');
    assert(model.lookup_investment('bun') === null, 'not an investment');
    school.set_organ(bun);
    assert(school.organ === bun, 'organ set');
    assertStyrError(Styr.Error.WRONG_OWNER, () => school.set_organ(kf));
    assertStyrError(Styr.Error.IN_USE, () => model.remove(bun));
    model.remove(school);
    assert(school.organ === null, 'detached');
});

test('budgets, outcomes and forecasts', () => {
    const {school} = setUp();
    school.set_budget(2025, 60 * MNKR);
    school.set_budget(2024, 20 * MNKR);
    assert(school.get_n_budgets() === 2, 'two years');
    const [year, ore] = school.get_budget(0);
    assert(year === 2024 && ore === 20 * MNKR, `${year} ${ore}`);
    assertStyrError(Styr.Error.INVALID_ARGUMENT, () => school.set_budget(10000, 1));

    // 2024: 3 mnkr in December; 2025: 4 mnkr a month January–June.
    school.set_outcome(2024, 12, 3 * MNKR);
    for (let m = 6; m >= 1; m--)
        school.set_outcome(2025, m, 4 * MNKR);
    const [y0, m0] = school.get_outcome_row(0);
    assert(y0 === 2024 && m0 === 12, `${y0}-${m0}`);
    // GJS 1.74 keeps the (skip)ped boolean of a throwing call: [true, value].
    const t1 = Styr.Period.parse('2025-T1');
    const [, toDate] = school.get_outcome_to_date(t1);
    assert(toDate === 16 * MNKR, `${toDate}`);
    const [, total] = school.get_total_outcome_to_date(t1);
    assert(total === 19 * MNKR, `with 2024: ${total}`);

    school.set_forecast('2025-t1', 57 * MNKR, 125 * MNKR);
    const [found, yearOre, totalOre] = school.lookup_forecast('2025-t1');
    assert(found && yearOre === 57 * MNKR && totalOre === 125 * MNKR, 'forecast');
    const [occasion] = school.get_forecast(0);
    assert(occasion === '2025-t1', occasion);
    const [, yearDeviation] = school.get_year_deviation('2025-t1');
    assert(yearDeviation === 3 * MNKR, `year: 60 − 57: ${yearDeviation}`);
    const [, totalDeviation] = school.get_total_deviation('2025-t1');
    assert(totalDeviation === -5 * MNKR, `total: 120 − 125: ${totalDeviation}`);
    assertStyrError(Styr.Error.NOT_FOUND, () => school.get_total_deviation('2025-ar'));
    assertStyrError(Styr.Error.NOT_FOUND, () => school.set_forecast('2031-t1', 1, 1));
});

test('the budget balance in validation', () => {
    const {model, bun} = setUp();
    const may = GLib.Date.new_dmy(1, GLib.DateMonth.MAY, 2025);
    const codes = () => [...model.validate(2025, may)].map(f => f.code);
    bun.set_frame(2025, 300 * MNKR);
    bun.set_forecast('2025-t1', 300 * MNKR, null);
    model.set_result_budget(2025, Styr.ResultItem.TAX_INCOME, 290 * MNKR);
    // Without a budgeted result only a deficit is reported: 290 − 300.
    assert(JSON.stringify(codes()) === '["ramar-summerar-inte"]', `${codes()}`);
    model.set_result_budget(2025, Styr.ResultItem.GENERAL_GRANTS, 16 * MNKR);
    assert(codes().length === 0, `${codes()}`);
    model.set_budgeted_result(2025, 6 * MNKR);
    assert(codes().length === 0, `${codes()}`);
    model.set_budgeted_result(2025, 7 * MNKR);
    assert(JSON.stringify(codes()) === '["ramar-summerar-inte"]', `${codes()}`);
    const [ok, result] = model.lookup_budgeted_result(2025);
    assert(ok && result === 7 * MNKR, `${result}`);
});

print(`1..${tests.length}`);
let failed = 0;
tests.forEach(([name, fn], i) => {
    try {
        fn();
        print(`ok ${i + 1} - ${name}`);
    } catch (e) {
        failed++;
        print(`not ok ${i + 1} - ${name}`);
        for (const line of `${e}\n${e.stack ?? ''}`.split('\n'))
            print(`# ${line}`);
    }
});
System.exit(failed > 0 ? 1 : 0);
