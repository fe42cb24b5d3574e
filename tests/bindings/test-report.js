// SPDX-License-Identifier: LGPL-2.1-or-later
//
// The tertial report from GJS: the delårsrapport per augusti 2025 of the
// Ratten example (examples/data/ratten.styr, the state at the
// delårsrapport) built as data, its driftredovisning checked against the
// forecasts in the model, and written as HTML, OpenDocument and CSV to a
// temporary directory. Run by `meson test --suite gjs` as
// `gjs -m test-report.js` with STYR_EXAMPLES naming examples/data. Output
// is TAP; a missing typelib makes the import throw, so the test fails and
// never skips.

import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import Styr from 'gi://Styr?version=1.0';
import System from 'system';

const examples = GLib.getenv('STYR_EXAMPLES') ?? '';
const T2 = Styr.Period.parse('2025-T2');
const NAMNDER = ['ks', 'valfardsnamnd', 'myndighetsnamnd', 'overformyndarnamnd'];
const tests = [];
const test = (name, fn) => tests.push([name, fn]);

function assert(cond, msg = 'assertion failed') {
    if (!cond)
        throw new Error(msg);
}

function load() {
    return Styr.Model.new_from_path(GLib.build_filenamev([examples, 'ratten.styr']));
}

function readText(path) {
    const [ok, contents] = GLib.file_get_contents(path);
    assert(ok, `${path} can be read`);
    return new TextDecoder().decode(contents);
}

function removeTree(path) {
    const dir = Gio.File.new_for_path(path);
    const children = dir.enumerate_children('standard::name', Gio.FileQueryInfoFlags.NONE, null);
    let info;
    while ((info = children.next_file(null)) !== null)
        dir.get_child(info.get_name()).delete(null);
    dir.delete(null);
}

function column(table, prefix) {
    for (let c = 0; c < table.get_n_columns(); c++) {
        if (table.get_column_title(c).startsWith(prefix))
            return c;
    }
    throw new Error(`no column ${prefix} in ${table.get_id()}`);
}

const model = load();
const tmp = GLib.dir_make_tmp('styr-report-gjs-XXXXXX');

test('the municipality\'s delårsrapport as data', () => {
    const report = Styr.Report.new(model, T2, null);
    assert(report.get_kind() === Styr.ReportKind.INTERIM, `kind ${report.get_kind()}`);
    assert(report.get_title() === 'Delårsrapport januari–augusti 2025', report.get_title());
    assert(report.get_occasion().get_id() === 'delar-2025', 'the occasion of the period');
    const kinds = [...report.get_sections()].map(s => s.get_kind());
    assert(kinds[0] === Styr.ReportSectionKind.SUMMARY, 'the summary first');
    for (const kind of [Styr.ReportSectionKind.GOOD_ECONOMY, Styr.ReportSectionKind.BOARD,
        Styr.ReportSectionKind.OPERATING, Styr.ReportSectionKind.INVESTMENTS,
        Styr.ReportSectionKind.ACTIVITIES])
        assert(kinds.includes(kind), `section ${kind}`);
    const order = kinds.filter((k, i) => kinds.indexOf(k) === i);
    assert(JSON.stringify(order) === JSON.stringify([...order].sort((a, b) => a - b)),
        `sections in the order of real reports: ${order}`);
    const boards = [...report.get_sections()].filter(s => s.get_kind() === Styr.ReportSectionKind.BOARD &&
        s.get_organ() !== null).map(s => s.get_organ().get_id());
    for (const id of NAMNDER)
        assert(boards.includes(id), `a section for ${id}: ${boards}`);
});

test('driftredovisning: the forecasts of the delårsrapport', () => {
    const report = Styr.Report.new(model, T2, null);
    const table = report.lookup_table('driftredovisning');
    assert(table !== null, 'the table is there');
    const cBudget = column(table, 'Årsbudget');
    const cForecast = column(table, 'Helårsprognos');
    const cDeviation = column(table, 'Avvikelse helår');
    let forecasts = 0n, frames = 0n, seen = 0;
    for (let r = 0; r < table.get_n_rows(); r++) {
        if (table.get_row_is_total(r))
            continue;
        const organ = [...model.get_organs()].find(o => o.get_name() === table.get_text(r, 0));
        assert(organ !== undefined, `organ ${table.get_text(r, 0)}`);
        const [found, forecast, comment] = organ.lookup_forecast('delar-2025');
        assert(found && comment.length > 0, `${organ.get_id()} has a forecast with a comment`);
        const [ok, frame] = organ.lookup_frame(2025);
        assert(ok, 'a frame');
        const [hasF, shownForecast] = table.get_money(r, cForecast);
        const [hasB, shownBudget] = table.get_money(r, cBudget);
        const [hasD, shownDeviation] = table.get_money(r, cDeviation);
        assert(hasF && shownForecast === forecast, `${organ.get_id()}: ${shownForecast} vs ${forecast}`);
        assert(hasB && shownBudget === frame, `${organ.get_id()}: budget`);
        assert(hasD && shownDeviation === frame - forecast, `${organ.get_id()}: deviation`);
        forecasts += BigInt(forecast);
        frames += BigInt(frame);
        seen++;
    }
    assert(seen === NAMNDER.length, `${seen} rows`);
    const total = [...Array(table.get_n_rows()).keys()].find(r => table.get_row_is_total(r));
    assert(total !== undefined, 'a total row');
    assert(BigInt(table.get_money(total, cForecast)[1]) === forecasts, 'the total forecast');
    assert(BigInt(table.get_money(total, cBudget)[1]) === frames, 'the total budget');
});

test('HTML to a temporary file', () => {
    const report = Styr.Report.new(model, T2, null);
    const path = GLib.build_filenamev([tmp, 'kommunen.html']);
    report.write_html_to_path(path);
    const html = readText(path);
    assert(html.length > 10000, `${html.length} characters`);
    assert(/<html[^>]* lang="sv"/.test(html), 'lang="sv"');
    assert(html.includes('<title>') && html.includes('Delårsrapport januari–augusti 2025'), 'the title');
    assert(html.includes('data-table="driftredovisning"'), 'the driftredovisning');
    assert(html.includes('data-table="balanskrav"'), 'the balance requirement');
    assert(!/(src|href)="(https?:)?\/\//.test(html), 'nothing from the network');
    // The same page through a stream.
    const stream = Gio.MemoryOutputStream.new_resizable();
    report.write_html(stream, null);
    stream.close(null);
    const bytes = stream.steal_as_bytes();
    assert(new TextDecoder().decode(bytes.toArray()) === html, 'stream and file agree');
});

test('one nämnd: OpenDocument and CSV', () => {
    const organ = model.lookup_organ('valfardsnamnd');
    const report = Styr.Report.new(model, T2, organ);
    assert(report.get_organ() === organ, 'the organ');
    for (const section of report.get_sections()) {
        const o = section.get_organ();
        assert(o === null || o === organ, `section ${section.get_id()} of ${o?.get_id()}`);
    }
    const odt = GLib.build_filenamev([tmp, 'valfardsnamnd.odt']);
    report.write_odt_to_path(odt);
    const [ok, contents] = GLib.file_get_contents(odt);
    assert(ok && contents.length > 1000, 'the package is written');
    const head = new TextDecoder().decode(contents.slice(0, 80));
    assert(head.startsWith('PK') && head.includes('mimetypeapplication/vnd.oasis.opendocument.text'),
        'mimetype stored first');

    const dir = GLib.build_filenamev([tmp, 'valfardsnamnd-tabeller']);
    GLib.mkdir_with_parents(dir, 0o755);
    report.write_csv(Gio.File.new_for_path(dir));
    const csv = readText(GLib.build_filenamev([dir, 'driftredovisning.csv']));
    assert(csv.startsWith('\uFEFF'), 'a byte order mark');
    assert(csv.split('\n')[1].startsWith('Välfärdsnämnden;'), 'its own row only');
    assert(csv.split('\n').filter(l => l.length > 0).length === 2, 'header and one row');
    removeTree(dir);
});

test('errors', () => {
    try {
        Styr.Report.new(model, T2, model.lookup_organ('kf'));
        assert(false, 'the council has no report of its own');
    } catch (e) {
        assert(e.matches?.(Styr.error_quark(), Styr.Error.INVALID_ARGUMENT), `${e}`);
    }
    const report = Styr.Report.new(model, T2, null);
    try {
        report.write_html_to_path(GLib.build_filenamev([tmp, 'saknas', 'rapport.html']));
        assert(false, 'a missing directory must throw');
    } catch (e) {
        assert(e instanceof GLib.Error, `${e}`);
    }
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
removeTree(tmp);
System.exit(failed > 0 ? 1 : 0);
