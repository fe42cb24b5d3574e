// SPDX-License-Identifier: LGPL-2.1-or-later
//
// rapport.js — write the tertial report from GJS.
//
// Loads a .styr file and writes the tertialrapport (HTML) for the whole
// municipality, or with --namnd ID for one nämnd:
//
//   meson devenv -C _build/main gjs -m "$PWD/examples/rapport.js" \
//       --namnd valfardsnamnd -o "$PWD/valfardsnamnden.html"
//
// Arguments: [FIL] (default examples/data/ratten.styr), --period PERIOD
// (default 2025-T2), --namnd ID, -o UT (default tertialrapport-PERIOD.html
// or tertialrapport-PERIOD-ID.html in the current directory), --odt to
// also write the OpenDocument text beside it. --check reads the goal
// titles of the nämnd (or the council's goals) straight from the XML
// file, without the library, and fails unless each is in the HTML page.

import GLib from 'gi://GLib';
import Gio from 'gi://Gio';
import Styr from 'gi://Styr?version=1.0';
import System from 'system';

const HERE = GLib.path_get_dirname(GLib.filename_from_uri(import.meta.url)[0]);

function parseArgs(argv) {
    const args = {
        model: GLib.build_filenamev([HERE, 'data', 'ratten.styr']),
        period: '2025-T2', namnd: null, output: null, odt: false, check: false,
    };
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        const value = () => {
            if (i + 1 >= argv.length)
                throw new Error(`${a} behöver ett värde`);
            return argv[++i];
        };
        if (a === '--period' || a === '-p')
            args.period = value();
        else if (a === '--namnd' || a === '-n')
            args.namnd = value();
        else if (a === '--output' || a === '-o')
            args.output = value();
        else if (a === '--odt')
            args.odt = true;
        else if (a === '--check')
            args.check = true;
        else if (a.startsWith('-'))
            throw new Error(`okänd flagga ${a}`);
        else
            args.model = a;
    }
    return args;
}

// The titles of the goals the report must show, read with a regular
// expression from the file itself: the nämnd's goals, or the council's
// inriktningsmål for the municipality's report.
function expectedTitles(path, namnd) {
    const [, bytes] = GLib.file_get_contents(path);
    const text = new TextDecoder().decode(bytes);
    const unescape = s => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>').replace(/&#9;/g, '\t').replace(/&#10;/g, '\n')
        .replace(/&#13;/g, '\r').replace(/&amp;/g, '&');
    const titles = [];
    for (const [tag] of text.matchAll(/<mal\s[^>]*>/g)) {
        const attr = name => {
            const m = tag.match(new RegExp(`\\s${name}="([^"]*)"`));
            return m ? unescape(m[1]) : null;
        };
        const wanted = namnd ? attr('agare') === namnd : attr('niva') === 'inriktningsmal';
        if (wanted && attr('titel'))
            titles.push(attr('titel'));
    }
    return titles;
}

function main(argv) {
    const args = parseArgs(argv);
    const model = Styr.Model.new_from_path(args.model);
    const period = Styr.Period.parse(args.period);
    let organ = null;
    if (args.namnd) {
        organ = model.lookup_organ(args.namnd);
        if (!organ)
            throw new Error(`ingen nämnd med id »${args.namnd}«`);
    }

    const report = Styr.Report.new(model, period, organ);
    const output = args.output ?? (args.namnd
        ? `tertialrapport-${args.period}-${args.namnd}.html`
        : `tertialrapport-${args.period}.html`);
    report.write_html_to_path(output);
    print(`${report.get_title()} – ${organ ? organ.name : model.name}`);
    for (const section of report.get_sections())
        print(`  ${section.get_title()}`);
    print(`HTML: ${Gio.File.new_for_path(output).get_path()}`);
    if (args.odt) {
        const odt = output.replace(/\.html?$/, '') + '.odt';
        report.write_odt_to_path(odt);
        print(`OpenDocument: ${Gio.File.new_for_path(odt).get_path()}`);
    }

    if (args.check) {
        const titles = expectedTitles(args.model, args.namnd);
        const [, bytes] = GLib.file_get_contents(output);
        // Compare as text: drop the tags, undo the escapes, fold white space.
        const html = new TextDecoder().decode(bytes).replace(/<[^>]*>/g, ' ')
            .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
        const missing = titles.filter(t => !html.includes(t.replace(/\s+/g, ' ')));
        if (titles.length === 0 || missing.length > 0) {
            printerr(`rapport.js --check: ${titles.length} mål i filen, saknas i rapporten: ` +
                     `${missing.join('; ')}`);
            return 1;
        }
        print(`Kontroll: alla ${titles.length} mål står i rapporten`);
    }
    return 0;
}

try {
    System.exit(main(System.programArgs));
} catch (e) {
    printerr(`rapport.js: ${e.message}`);
    System.exit(2);
}
