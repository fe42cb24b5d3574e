// SPDX-License-Identifier: LGPL-2.1-or-later
//
// Imports Styr from an installed libstyr in GJS and loads a .styr file.
//
//     gjs -m import-styr.js LIBDIR STYR-FILE
//
// Checks that the Styr typelib came from LIBDIR/girepository-1.0 and
// that the process mapped LIBDIR/libstyr-1.0.so.0 (not the build tree's
// library), then compares the number of goals and of inriktningsmål, and
// the municipality's name, with what a plain scan of the file's XML
// finds. If the typelib cannot be loaded, the import throws and gjs exits
// non-zero: the test fails, it never skips.

import GLib from 'gi://GLib';
import GIRepository from 'gi://GIRepository?version=2.0';
import Styr from 'gi://Styr?version=1.0';
import System from 'system';

function fail(message) {
    printerr(`import-styr.js: ${message}`);
    System.exit(1);
}

// GLib has no realpath(); follow symbolic links with GLib.file_read_link.
function realpath(path) {
    let current = GLib.canonicalize_filename(path, null);
    for (let i = 0; i < 40; i++) {
        if (!GLib.file_test(current, GLib.FileTest.IS_SYMLINK))
            return current;
        const target = GLib.file_read_link(current);
        current = GLib.canonicalize_filename(target, GLib.path_get_dirname(current));
    }
    return current;
}

const decoder = new TextDecoder();

if (ARGV.length !== 2)
    fail('usage: gjs -m import-styr.js LIBDIR STYR-FILE');
const libdir = realpath(ARGV[0]);
const path = ARGV[1];

const model = Styr.Model.new_from_path(path);

const typelib = GIRepository.Repository.get_default().get_typelib_path('Styr');
const expectedTypelib = GLib.build_filenamev([libdir, 'girepository-1.0', 'Styr-1.0.typelib']);
if (typelib === null || realpath(typelib) !== realpath(expectedTypelib))
    fail(`the Styr typelib came from ${typelib}, not ${expectedTypelib}`);

const [, maps] = GLib.file_get_contents('/proc/self/maps');
const mapped = new Set();
for (const line of decoder.decode(maps).split('\n')) {
    if (line.includes('libstyr-1.0.so'))
        mapped.add(realpath(line.trim().split(/\s+/).pop()));
}
if (mapped.size === 0)
    fail('libstyr-1.0.so is not mapped');
for (const file of mapped) {
    if (GLib.path_get_dirname(file) !== libdir)
        fail(`libstyr was mapped from ${file}, not from ${libdir}`);
}
print(`typelib: ${typelib}`);
print(`library: ${[...mapped].join(', ')}`);

// The file's own count, without libstyr: every <mal id="…" …> that
// defines a goal (a <mal ref="…"/> inside an activity or an arena only
// refers to one), and those with niva="inriktningsmal".
const [, contents] = GLib.file_get_contents(path);
const text = decoder.decode(contents);
const goalTags = (text.match(/<mal\s[^>]*>/g) ?? []).filter(tag => /\sid="/.test(tag));
const councilTags = goalTags.filter(tag => /\sniva="inriktningsmal"/.test(tag));
const name = text.match(/<kommun\b[^>]*?\snamn="([^"]*)"/)?.[1];

if (model.name !== name)
    fail(`name ${model.name}, the file says ${name}`);
if (model.get_goals().get_n_items() !== goalTags.length)
    fail(`${model.get_goals().get_n_items()} goals, the file has ${goalTags.length}`);
let council = 0;
for (const goal of model.get_goals_at_level(Styr.GoalLevel.COUNCIL)) {
    if (!(goal instanceof Styr.Goal))
        fail('a council goal is not a Styr.Goal');
    council++;
}
if (council !== councilTags.length)
    fail(`${council} inriktningsmål, the file has ${councilTags.length}`);
if (council === 0)
    fail('the file has no inriktningsmål to compare');

print(`ok: ${name}, ${goalTags.length} goals, ${council} inriktningsmål`);
