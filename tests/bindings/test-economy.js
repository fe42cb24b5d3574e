// SPDX-License-Identifier: LGPL-2.1-or-later
//
// The economy of a follow-up from GJS: the nämnd of a unit, forecasts and
// a proposal, the operating statement (driftredovisning) iterated with
// by position, the municipal result with the balance requirement, and a
// financial goal evaluated from the forecast. Run by `meson test --suite
// gjs` as `gjs -m test-economy.js`. Output is TAP; a missing typelib makes
// the import throw, so the test fails and never skips. Money is öre, exact
// as a Number below 2^53; expected figures are worked out by hand below.

import Styr from 'gi://Styr?version=1.0';
import System from 'system';

const T1 = Styr.Period.parse('2025-T1');
const T2 = Styr.Period.parse('2025-T2');
const tests = [];
const test = (name, fn) => tests.push([name, fn]);

function assert(cond, msg = 'assertion failed') {
    if (!cond)
        throw new Error(msg);
}

// The rows of a list model. GJS 1.74 gives only Gio.ListStore a
// Symbol.iterator, so a list model of its own is walked by position.
function items(list) {
    const result = [];
    for (let i = 0; i < list.get_n_items(); i++)
        result.push(list.get_item(i));
    return result;
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

// bun: sector "sektor" with unit "skola": 5000-5999 2 400 000 linear
// (200 000 a month); frame 2 500 000. son: unit "hem" set explicitly,
// 4000-4999 1 200 000 linear (100 000 a month), no frame.
// Outcomes: skola 190 000, 200 000, 210 000, 220 000, then 200 000 to
// August; hem 100 000 every month.
function setUp() {
    const model = new Styr.Model();
    model.calendar.add_preset_year(Styr.CalendarPreset.TERTIAL, 2025);
    const kf = new Styr.Organ({id: 'kf', kind: Styr.OrganKind.COUNCIL, name: 'KF'});
    const bun = new Styr.Organ({id: 'bun', kind: Styr.OrganKind.BOARD, name: 'BUN'});
    const son = new Styr.Organ({id: 'son', kind: Styr.OrganKind.BOARD, name: 'SON'});
    const sektor = new Styr.Unit({id: 'sektor', kind: Styr.UnitKind.ADMINISTRATION, name: 'Sektor'});
    const skola = new Styr.Unit({id: 'skola', kind: Styr.UnitKind.UNIT, name: 'Skolan'});
    const hem = new Styr.Unit({id: 'hem', kind: Styr.UnitKind.UNIT, name: 'Hemtjänsten'});
    for (const e of [kf, bun, son, sektor, skola, hem])
        model.add(e);
    skola.set_parent(sektor);
    bun.set_sector(sektor);
    hem.set_budget_organ(son);
    skola.set_budget(2025, '5000-5999', 2400000);
    hem.set_budget(2025, '4000-4999', 1200000);
    bun.set_frame(2025, 2500000);
    const school = [190000, 200000, 210000, 220000, 200000, 200000, 200000, 200000];
    school.forEach((ore, i) => skola.set_outcome(2025, i + 1, '5000-5999', ore));
    for (let m = 1; m <= 8; m++)
        hem.set_outcome(2025, m, '4000-4999', 100000);
    return {model, kf, bun, son, sektor, skola, hem};
}

test('the nämnd of a unit', () => {
    const {model, kf, bun, son, skola, hem} = setUp();
    assert(skola.get_budget_organ() === bun, 'through the sector');
    assert(skola.get_explicit_budget_organ() === null, 'nothing set on skola');
    assert(hem.get_budget_organ() === son, 'set explicitly');
    assertStyrError(Styr.Error.WRONG_OWNER, () => skola.set_budget_organ(kf));
    assertStyrError(Styr.Error.IN_USE, () => model.remove(son));
});

test('forecasts and proposals', () => {
    const {bun, kf} = setUp();
    bun.set_forecast('2025-t1', 2450000, 'Fler elever');
    const [found, ore, comment] = bun.lookup_forecast('2025-t1');
    assert(found && ore === 2450000 && comment === 'Fler elever', `${found} ${ore} ${comment}`);
    assert(bun.get_n_forecasts() === 1, 'one forecast');
    assertStyrError(Styr.Error.NOT_FOUND, () => bun.set_forecast('2025-t4', 1, null));
    assertStyrError(Styr.Error.WRONG_OWNER, () => kf.set_forecast('2025-t1', 1, null));

    // Budget remainder per T1: 820 000 + 2 500 000 − 4 × 200 000.
    // GJS 1.74 keeps the boolean of a (skip)ped return: [ok, ore].
    const [ok, remainder] = bun.propose_forecast('2025-t1', Styr.ForecastMethod.BUDGET_REMAINDER);
    assert(ok && remainder === 2520000, `${remainder}`);
    // Trend per T1 through 190, 200, 210, 220 thousand: the line
    // 180 + 10t; months 5–12: 8 × 180 + 10 × 68 = 2 120 thousand.
    const [, trend] = bun.propose_forecast('2025-t1', Styr.ForecastMethod.LINEAR_TREND);
    assert(trend === 820000 + 2120000, `${trend}`);
});

test('operating statement', () => {
    const {model, bun, son} = setUp();
    bun.set_forecast('2025-t1', 2450000, null);
    bun.set_forecast('2025-delar', 2540000, 'Högre kostnader');
    const statement = Styr.OperatingStatement.new(model, T2);
    const rows = items(statement);
    assert(rows.length === 2, `${rows.length} rows`);
    const [b, s] = rows;
    assert(b.organ === bun && s.organ === son, 'model order');
    // bun per T2: budget 2 500 000, periodised 1 600 000, outcome
    // 820 000 + 4 × 200 000 = 1 620 000.
    assert(b.annual_budget === 2500000, `${b.annual_budget}`);
    assert(b.periodised_budget === 1600000, `${b.periodised_budget}`);
    assert(b.outcome === 1620000, `${b.outcome}`);
    assert(b.period_deviation === -20000, `${b.period_deviation}`);
    assert(b.forecast === 2540000 && b.has_forecast, 'forecast');
    assert(b.forecast_comment === 'Högre kostnader', `${b.forecast_comment}`);
    assert(b.year_deviation === -40000, `${b.year_deviation}`);
    assert(b.forecast_change === 90000 && b.has_previous_forecast, `${b.forecast_change}`);
    // son: no forecast, its budget stands in.
    assert(!s.has_forecast && s.forecast === 1200000 && s.year_deviation === 0, 'son');
    const total = statement.get_total();
    assert(total.organ === null, 'total row');
    assert(total.annual_budget === 3700000, `${total.annual_budget}`);
    assert(total.outcome === 2420000, `${total.outcome}`);
    assert(total.forecast === 3740000, `${total.forecast}`);
    assert(total.year_deviation === -40000, `${total.year_deviation}`);
    assert(statement.occasion_id === '2025-delar' && statement.previous_occasion_id === '2025-t1',
        'occasions');
    const early = Styr.OperatingStatement.new(model, T1);
    assert(early.lookup_row(bun).forecast_change === 0, 'no previous forecast at T1');
});

test('municipal result and a financial goal', () => {
    const {model, bun} = setUp();
    bun.set_forecast('2025-delar', 2540000, null);
    model.set_result_budget(2025, Styr.ResultItem.TAX_INCOME, 3500000);
    model.set_result_budget(2025, Styr.ResultItem.GENERAL_GRANTS, 400000);
    model.set_result_forecast('2025-delar', Styr.ResultItem.GENERAL_GRANTS, 420000);
    for (let m = 1; m <= 8; m++)
        model.set_result_outcome(2025, m, Styr.ResultItem.TAX_INCOME, 290000);

    const result = Styr.MunicipalResult.new(model, T2);
    // Budget 3 500 000 + 400 000 − 3 700 000; outcome 8 × 290 000 −
    // 2 420 000; forecast 3 500 000 + 420 000 − 3 740 000.
    assert(result.result_budget === 200000, `${result.result_budget}`);
    assert(result.result_outcome === -100000, `${result.result_outcome}`);
    assert(result.result_forecast === 180000, `${result.result_forecast}`);
    assert(result.balance_result === 180000 && result.balance_requirement_met, 'met');
    assert(result.get_item_forecast(Styr.ResultItem.TAX_INCOME) === 3500000, 'budget stands in');

    model.set_result_forecast('2025-delar', Styr.ResultItem.BALANCE_ADJUSTMENTS, -250000);
    const adjusted = Styr.MunicipalResult.new(model, T2);
    assert(adjusted.balance_result === -70000, `${adjusted.balance_result}`);
    assert(!adjusted.balance_requirement_met, 'not met');

    // 180 000 / 3 920 000 = 4,59 % ≥ 2 %: green.
    const goal = new Styr.Indicator({id: 'res', name: 'Resultat', direction: Styr.IndicatorDirection.HIGHER});
    model.add(goal);
    goal.set_target(2025, 2);
    goal.set_financial_rule(Styr.FinancialRule.RESULT_SHARE);
    assert(model.evaluate_financial_rules(T2) === 1, 'one rule evaluated');
    const [has, value] = goal.lookup_value(T2);
    assert(has && Math.abs(value - 180000 / 3920000 * 100) < 1e-9, `${value}`);
    assert(goal.grade(T2) === Styr.Grade.GREEN, 'green');
    assert(Styr.FinancialRule.get_id(Styr.FinancialRule.NET_COST_SHARE) === 'nettokostnad-andel', 'id');
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
