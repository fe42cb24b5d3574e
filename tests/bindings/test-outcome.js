// SPDX-License-Identifier: LGPL-2.1-or-later
//
// Outcomes (utfall) from GJS: the object map, a SIE import of hand-made
// files (type 3 repetition, a #TRANS-only month, a re-import), result
// items, unmapped rows, and the CSV import with an error that changes
// nothing. Run by `meson test --suite gjs` as `gjs -m test-outcome.js`.
// Output is TAP; a missing typelib makes the import throw, so the test
// fails and never skips.

import GLib from 'gi://GLib';
import Styr from 'gi://Styr?version=1.0';
import System from 'system';

const here = GLib.path_get_dirname(GLib.filename_from_uri(import.meta.url)[0]);
const hand = GLib.build_filenamev([here, '..', 'data', 'sie', 'hand']);
const tests = [];
const test = (name, fn) => tests.push([name, fn]);

function assert(cond, msg = 'assertion failed') {
    if (!cond)
        throw new Error(msg);
}

function setUp() {
    const model = new Styr.Model();
    const units = {};
    for (const [id, name, object] of [['skola-norr', 'Norrskolan', '100'],
        ['skola-syd', 'Sydskolan', '200'], ['vast', 'Västra området', 'Väst']]) {
        units[id] = new Styr.Unit({id, name, kind: Styr.UnitKind.UNIT});
        model.add(units[id]);
        model.map_object('1', object, units[id]);
    }
    return [model, units];
}

function outcome(unit, year, month, category) {
    const [found, ore] = unit.lookup_outcome(year, month, category);
    return found ? ore : 0;
}

test('type 3 file: object rows, class 8, unmapped', () => {
    const [model, units] = setUp();
    const result = model.import_sie_path(GLib.build_filenamev([hand, 'typ3-upprepning.se']), null);
    assert(outcome(units['skola-norr'], 2025, 1, '4000-4999') === 100025, 'norr');
    assert(outcome(units['vast'], 2025, 1, '4000-4999') === 70000, 'Väst in code page 437');
    const [, tax] = model.lookup_result_outcome(2025, 1, Styr.ResultItem.TAX_INCOME);
    assert(tax === 5000000, `tax ${tax}`);
    assert(result.unmapped_amount === 84225, `unmapped ${result.unmapped_amount}`);
    assert(result.n_balance_rows === 2, `balance rows ${result.n_balance_rows}`);
    const findings = [...result.findings];
    assert(findings.length === 3 && findings.every(f => f.code === Styr.FINDING_UTFALL_OMAPPAT),
        'one finding per unmapped object or account');
    assert(findings.some(f => f.message.includes('9999') && f.message.includes('300,00')),
        'the amount in the message');
    let total = 0;
    for (let i = 0; i < model.get_n_unmapped_outcomes(); i++)
        total += model.get_unmapped_outcome(i)[5];
    assert(total === 84225, `unmapped rows ${total}`);
});

test('#TRANS month and cumulative outcome', () => {
    const [model, units] = setUp();
    model.import_sie_path(GLib.build_filenamev([hand, 'trans-manad.se']), null);
    const syd = units['skola-syd'];
    assert(outcome(syd, 2025, 4, '5000-5999') === 30000, 'April from #TRANS');
    assert(outcome(syd, 2025, 5, '4000-4999') === 25000, 'dated in May');
    // GJS 1.74 keeps the skipped gboolean: [true, ore].
    const got = syd.get_outcome_to_date(Styr.Period.parse('2025-T2'), null);
    const toDate = Array.isArray(got) ? got[1] : got;
    assert(toDate === 55000, `to date ${toDate}`);
});

test('re-import replaces the month', () => {
    const [model, units] = setUp();
    const path = GLib.build_filenamev([hand, 'omimport-1.se']);
    const first = model.import_sie_path(path, null);
    const again = model.import_sie_path(path, null);
    assert(again.n_replaced === first.n_values, `${again.n_replaced} ${first.n_values}`);
    assert(outcome(units['skola-norr'], 2025, 5, '4000-4999') === 100000, 'not doubled');
    model.import_sie_path(GLib.build_filenamev([hand, 'omimport-2.se']), null);
    assert(outcome(units['skola-syd'], 2025, 5, '4000-4999') === 0, 'row gone');
    assert(model.get_n_unmapped_outcomes() === 0, 'unmapped rows gone');
});

test('CSV import and a bad line', () => {
    const [model, units] = setUp();
    const ok = new TextEncoder().encode('enhet;period;konto;belopp\nskola-norr;2025-05;4010;1 234,50\n');
    const result = model.import_outcomes_bytes(new GLib.Bytes(ok), 'utfall.csv');
    assert(result.n_values === 1, `${result.n_values}`);
    assert(outcome(units['skola-norr'], 2025, 5, '4000-4999') === 123450, 'amount');
    const bad = new TextEncoder().encode('enhet;period;konto;belopp\nskola-syd;2025-05;4010;1\nokänd;2025-05;4010;1\n');
    try {
        model.import_outcomes_bytes(new GLib.Bytes(bad), 'fel.csv');
        assert(false, 'an unknown unit must throw');
    } catch (e) {
        assert(e.matches(Styr.error_quark(), Styr.Error.NOT_FOUND), `${e}`);
        assert(e.message.startsWith('fel.csv:3:1:'), e.message);
    }
    assert(units['skola-syd'].get_n_outcomes() === 0, 'nothing changed');
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
