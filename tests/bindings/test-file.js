// SPDX-License-Identifier: LGPL-2.1-or-later
//
// The .styr file from GJS: load an example, save it byte-identically,
// edit, save to a file and reload, validate, and the errors as GLib.Error.
// Run by `meson test --suite gjs` as `gjs -m test-file.js` with
// STYR_EXAMPLES naming the examples folder. Output is TAP; a missing
// typelib makes the import throw, so the test fails and never skips.

import GLib from 'gi://GLib';
import Styr from 'gi://Styr?version=1.0';
import System from 'system';

const examples = GLib.getenv('STYR_EXAMPLES') ?? '';
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
        assert(e instanceof GLib.Error, `not a GLib.Error: ${e}`);
        assert(e.matches(Styr.error_quark(), code), `wrong error ${e.domain}/${e.code}: ${e.message}`);
        return e;
    }
    throw new Error(`expected Styr error ${code}, nothing was thrown`);
}

const decoder = new TextDecoder();
const bytesToString = bytes => decoder.decode(bytes.toArray());

for (const name of ['borlange.styr', 'ratten.styr']) {
    test(`load → save is byte-identical for ${name}`, () => {
        const path = GLib.build_filenamev([examples, name]);
        const [ok, contents] = GLib.file_get_contents(path);
        assert(ok, `cannot read ${path}`);
        const model = Styr.Model.new_from_path(path);
        assert(model.get_n_entities() > 100, 'the example has its entities');
        const written = bytesToString(model.to_bytes());
        assert(written === decoder.decode(contents), 'written differs from the file');
        const again = Styr.Model.new_from_bytes(model.to_bytes());
        assert(bytesToString(again.to_bytes()) === written, 'the reloaded model writes the same');
        let goals = 0;
        for (const goal of again.get_goals()) {
            assert(again.lookup_goal(goal.get_id()) === goal, 'lookup finds the goal');
            goals++;
        }
        assert(goals === model.get_goals().get_n_items(), 'same number of goals');
    });
}

test('edit, save, reload', () => {
    const model = Styr.Model.new_from_path(GLib.build_filenamev([examples, 'ratten.styr']));
    const goal = model.get_goals().get_item(0);
    goal.title = 'Ändrat från GJS';
    const dir = GLib.dir_make_tmp('styr-gjs-XXXXXX');
    const path = GLib.build_filenamev([dir, 'kommun.styr']);
    try {
        model.save_to_path(path, Styr.SaveFlags.BACKUP);
        const again = Styr.Model.new_from_path(path);
        assert(again.lookup_goal(goal.get_id()).title === 'Ändrat från GJS', 'the edit survived');
        model.save_to_path(path, Styr.SaveFlags.BACKUP);
        assert(GLib.file_test(`${path}~`, GLib.FileTest.EXISTS), 'a backup was kept');
    } finally {
        GLib.unlink(`${path}~`);
        GLib.unlink(path);
        GLib.rmdir(dir);
    }
});

test('validate', () => {
    const model = Styr.Model.new_from_path(GLib.build_filenamev([examples, 'borlange.styr']));
    const goal = new Styr.Goal({id: 'lost', level: Styr.GoalLevel.BOARD, title: 'Löst mål'});
    model.add(goal);
    const codes = [];
    for (const finding of model.validate(2025, null)) {
        if ([...finding.get_objects()].some(o => o.get_id() === 'lost'))
            codes.push(finding.code);
    }
    assert(codes.includes('mal-utan-overordnat'), `codes: ${codes}`);
    assert(codes.includes('namndmal-ej-uppfoljningsbart'), `codes: ${codes}`);
});

test('load errors are GLib.Error with a position', () => {
    const enc = new TextEncoder();
    const bad = s => new GLib.Bytes(enc.encode(s));
    const e = assertStyrError(Styr.Error.PARSE,
        () => Styr.Model.new_from_bytes(bad('<styr xmlns="urn:libstyr:styr:1" format="1"><kommun/>')));
    assert(/^<data>:\d+:\d+: /.test(e.message), `no position in ${e.message}`);
    assertStyrError(Styr.Error.UNSAFE,
        () => Styr.Model.new_from_bytes(bad('<!DOCTYPE s [<!ENTITY x "y">]><styr>&x;</styr>')));
    assertStyrError(Styr.Error.UNSUPPORTED,
        () => Styr.Model.new_from_bytes(bad('<styr xmlns="urn:libstyr:styr:1" format="99"><kommun/></styr>')));
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
