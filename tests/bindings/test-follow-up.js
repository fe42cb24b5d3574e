// SPDX-License-Identifier: LGPL-2.1-or-later
//
// Follow-up from GJS: the calendar, grading an indicator, a Kolada import,
// an assessment, and the follow-up module's live statuses on the Ratten
// example. Run by `meson test --suite gjs` as `gjs -m test-follow-up.js`
// with STYR_EXAMPLES naming examples/data. Output is TAP; a missing typelib
// makes the import throw, so the test fails and never skips.

import GLib from 'gi://GLib';
import Styr from 'gi://Styr?version=1.0';
import System from 'system';

const examples = GLib.getenv('STYR_EXAMPLES') ?? '';
const T2 = Styr.Period.parse('2025-T2');
const tests = [];
const test = (name, fn) => tests.push([name, fn]);

function assert(cond, msg = 'assertion failed') {
    if (!cond)
        throw new Error(msg);
}

function load() {
    return Styr.Model.new_from_path(GLib.build_filenamev([examples, 'ratten.styr']));
}

test('tertial calendar', () => {
    const calendar = Styr.Calendar.new_preset(Styr.CalendarPreset.TERTIAL, 2025);
    const periods = [...calendar.get_occasions()].map(o => o.get_period().to_string());
    assert(JSON.stringify(periods) === JSON.stringify(['2025-T1', '2025-T2', '2025']), `${periods}`);
    const interim = calendar.find_occasion(T2);
    assert(interim.get_flags() & Styr.OccasionFlags.INTERIM_REPORT, 'T2 is the delårsrapport');
    assert(interim.covers_month(2025, 8) && !interim.covers_month(2025, 9), 'January–August');
});

test('grading an indicator', () => {
    const model = new Styr.Model();
    const ind = new Styr.Indicator({id: 'nki', name: 'Nöjda brukare', direction: Styr.IndicatorDirection.HIGHER});
    model.add(ind);
    ind.set_target(2025, 90);
    ind.set_yellow_threshold(2025, 80);
    assert(ind.grade(T2) === Styr.Grade.NOT_ASSESSED, 'no value: ej bedömd, never red');
    ind.set_value(Styr.Period.parse('2025-T1'), 78);
    ind.set_value(T2, 85);
    assert(ind.grade(T2) === Styr.Grade.YELLOW, 'between threshold and target');
    assert(ind.get_trend(T2) === Styr.Trend.POSITIVE, 'better than T1');
    ind.set_value(T2, 91);
    assert(ind.grade(T2) === Styr.Grade.GREEN, 'target reached');
});

test('Kolada import', () => {
    const model = load();
    const [ok, contents] = GLib.file_get_contents(GLib.build_filenamev([examples, 'kolada-strandvik-2025.json']));
    assert(ok, 'the Kolada file is there');
    const result = model.import_kolada_bytes(new GLib.Bytes(contents), 'kolada.json');
    assert(result.n_values === 2 && result.n_comparison_values === 6, `${result.n_values} ${result.n_comparison_values}`);
    const [found, value] = model.lookup_indicator('svar-epost').lookup_value(Styr.Period.parse('2025'));
    assert(found && value === 86, `value ${value}`);
    try {
        model.import_kolada_bytes(new GLib.Bytes(new TextEncoder().encode('{"values": [')), 'trasig.json');
        assert(false, 'broken JSON must throw');
    } catch (e) {
        assert(e instanceof GLib.Error && e.matches(Styr.error_quark(), Styr.Error.PARSE), `${e}`);
        assert(e.message.startsWith('trasig.json:'), e.message);
    }
});

test('assessment and live follow-up status', () => {
    const model = load();
    const occasion = model.get_calendar().find_occasion(T2);
    const goal = [...model.get_goals()].find(g => g.level === Styr.GoalLevel.BOARD);
    const fu = Styr.FollowUp.new(model, T2);
    const status = fu.get_status(goal);
    let notified = 0;
    const id = status.connect('notify::assessed-level', () => notified++);

    const a = Styr.Assessment.new(goal, occasion);
    a.level_id = 'har-inte-uppnatts';
    a.prognosis_id = 'osakert';
    a.analysis = 'Personalbrist under sommaren.';
    a.measures = 'Rekrytering påbörjad.';
    goal.set_assessment(a);
    status.disconnect(id);

    assert(notified === 1, `notified ${notified} times`);
    assert(status.assessed_level.id === 'har-inte-uppnatts', status.assessed_level.id);
    assert(status.prognosis_level.id === 'osakert', 'prognosis');
    assert(typeof fu.format_distribution([...model.get_goals()][0]) === 'string', 'distribution text');

    const bad = Styr.Assessment.new(goal, occasion);
    bad.level_id = 'finns-inte';
    try {
        goal.set_assessment(bad);
        assert(false, 'an unknown level must throw');
    } catch (e) {
        assert(e.matches(Styr.error_quark(), Styr.Error.NOT_FOUND), `${e}`);
    }
    assert(goal.lookup_assessment(occasion) === a, 'the failed call changed nothing');
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
