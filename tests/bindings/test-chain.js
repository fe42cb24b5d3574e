// SPDX-License-Identifier: LGPL-2.1-or-later
//
// The goal chain (målkedjan) built and walked end to end through GJS:
// Borlänge's chain (DOMAIN.md §2) in the BORLANGE_2009 preset and a small
// Ängelholm in the RATTEN preset.
//
// Run by `meson test --suite gjs` as `gjs -m test-chain.js` with
// GI_TYPELIB_PATH and LD_LIBRARY_PATH pointing into the build tree. If the
// Styr typelib cannot be loaded the import throws and gjs exits non-zero:
// the test fails, it never skips. Output is TAP.

import GLib from 'gi://GLib';
import Gio from 'gi://Gio';
import Styr from 'gi://Styr?version=1.0';
import System from 'system';

const Level = Styr.GoalLevel;

// ---- a small TAP harness -------------------------------------------------

const tests = [];
function test(name, fn) {
    tests.push([name, fn]);
}

class AssertionError extends Error {}

function assert(cond, msg = 'assertion failed') {
    if (!cond)
        throw new AssertionError(msg);
}

function assertEqual(actual, expected, msg = '') {
    const a = JSON.stringify(actual), e = JSON.stringify(expected);
    if (a !== e)
        throw new AssertionError(`${msg ? `${msg}: ` : ''}expected ${e}, got ${a}`);
}

function errorName(code) {
    return Object.keys(Styr.Error).find(k => Styr.Error[k] === code) ?? String(code);
}

// fn() throws a GLib.Error in the Styr domain with @code.
function assertStyrError(code, fn) {
    try {
        fn();
    } catch (e) {
        if (!(e instanceof GLib.Error))
            throw e;
        assert(e.matches(Styr.error_quark(), code),
            `expected Styr.Error.${errorName(code)}, got ${e.domain}/${e.code}: ${e.message}`);
        assert(e.message.length > 0, 'the error has a message');
        return e;
    }
    throw new AssertionError(`expected Styr.Error.${errorName(code)}, nothing was thrown`);
}

// ---- helpers ----------------------------------------------------------------

function ids(listModel) {
    const out = [];
    for (const item of listModel)
        out.push(item.get_id());
    return out;
}

function idOf(entity) {
    return entity ? entity.get_id() : null;
}

const sorted = list => [...list].sort();

// Everything observable about the model's entities and links.
function snapshot(model) {
    const goals = {};
    for (const g of model.get_goals()) {
        goals[g.get_id()] = [
            g.title, g.level, idOf(g.get_owner()), idOf(g.get_perspective()),
            idOf(g.get_document()), idOf(g.get_primary_parent()),
            ids(g.get_parents()), ids(g.get_children()), ids(g.get_indicators()),
            ids(g.get_focus_areas()), sorted(ids(g.get_activities())),
        ];
    }
    const units = {};
    for (const u of model.get_units())
        units[u.get_id()] = [idOf(u.get_parent()), ids(u.get_children())];
    const organs = {};
    for (const o of model.get_organs())
        organs[o.get_id()] = idOf(o.get_sector());
    const indicators = {};
    for (const i of model.get_indicators())
        indicators[i.get_id()] = [sorted(ids(i.get_goals())), sorted(ids(i.get_activities())),
            i.get_n_measurements()];
    const activities = {};
    for (const a of model.get_activities())
        activities[a.get_id()] = [idOf(a.get_unit()), idOf(a.get_document()),
            ids(a.get_goals()), ids(a.get_indicators()), ids(a.get_focus_areas())];
    const arenas = {};
    for (const a of model.get_arenas())
        arenas[a.get_id()] = [ids(a.get_members()), ids(a.get_goals()), ids(a.get_activities())];
    return JSON.stringify({
        n: model.get_n_entities(), perspectives: ids(model.get_perspectives()),
        goals, units, organs, indicators, activities, arenas,
    });
}

function assertFailsUnchanged(model, code, fn) {
    const before = snapshot(model);
    assertStyrError(code, fn);
    assertEqual(snapshot(model), before, 'a failing call must leave the model unchanged');
}

function add(model, entity) {
    model.add(entity);
    return entity;
}

function goal(model, id, level, title, owner, perspective, document, parents = []) {
    const g = add(model, new Styr.Goal({id, level, title}));
    g.set_owner(owner);
    g.set_perspective(perspective);
    g.set_document(document);
    for (const p of parents)
        g.add_parent(p);
    return g;
}

// ---- Borlänge (2081), the 2009 steering model ------------------------------

function borlange() {
    const m = new Styr.Model({name: 'Borlänge kommun', kommunkod: '2081'});
    m.vision = 'Borlänge – en attraktiv kommun att leva och verka i';
    m.apply_preset(Styr.Preset.BORLANGE_2009);
    const b = {model: m};
    for (const p of ['medborgare', 'ekonomi', 'verksamhet', 'utveckling'])
        b[p] = m.lookup_perspective(p);

    b.kf = add(m, new Styr.Organ({id: 'kf', kind: Styr.OrganKind.COUNCIL, name: 'Kommunfullmäktige'}));
    b.ks = add(m, new Styr.Organ({id: 'ks', kind: Styr.OrganKind.EXECUTIVE_BOARD, name: 'Kommunstyrelsen'}));
    b.bun = add(m, Styr.Organ.new('bun', Styr.OrganKind.BOARD, 'Nämnden för barn och utbildning'));
    b.von = add(m, Styr.Organ.new('von', Styr.OrganKind.BOARD, 'Nämnden för vård och omsorg'));

    b.sektorBuk = add(m, new Styr.Unit({id: 'sektor-buk', kind: Styr.UnitKind.ADMINISTRATION,
        name: 'Sektor Barn, utbildning, kultur och fritid', head: 'Sektorschef BUK'}));
    b.sektorVo = add(m, Styr.Unit.new('sektor-vo', Styr.UnitKind.ADMINISTRATION, 'Sektor Vård och omsorg, IFO'));
    b.grundskola = add(m, Styr.Unit.new('grundskola', Styr.UnitKind.OPERATION, 'Grundskola'));
    b.grundskola.set_parent(b.sektorBuk);
    b.ame = add(m, Styr.Unit.new('ame', Styr.UnitKind.OPERATION, 'Arbetsmarknadsenheten'));
    b.ame.set_parent(b.sektorBuk);
    b.skolaNorr = add(m, Styr.Unit.new('skola-norr', Styr.UnitKind.UNIT, 'Skola Norr'));
    b.skolaNorr.set_parent(b.grundskola);
    b.aldreomsorg = add(m, Styr.Unit.new('aldreomsorg', Styr.UnitKind.OPERATION, 'Äldreomsorg'));
    b.aldreomsorg.set_parent(b.sektorVo);
    b.hemtjanst = add(m, Styr.Unit.new('hemtjanst-syd', Styr.UnitKind.UNIT, 'Hemtjänst Syd'));
    b.hemtjanst.set_parent(b.aldreomsorg);
    b.bun.set_sector(b.sektorBuk);
    b.von.set_sector(b.sektorVo);

    b.budget = add(m, new Styr.Document({id: 'budget-2025', kind: Styr.DocumentKind.BUDGET,
        title: 'Budget 2025 med plan 2026–2027', year: 2025, decision: 'KF § 150/2024',
        status: Styr.DocumentStatus.ADOPTED}));
    b.budget.set_owner(b.kf);
    b.sektorsplan = add(m, Styr.Document.new('sektorsplan-bun-2025', Styr.DocumentKind.BOARD_PLAN,
        'Sektorsplan 2025, barn och utbildning'));
    b.sektorsplan.set_owner(b.bun);
    b.vp = add(m, Styr.Document.new('vp-buk-2025', Styr.DocumentKind.OPERATIONS_PLAN,
        'Verksamhetsplan 2025, sektor BUK'));
    b.vp.set_owner(b.sektorBuk);
    b.ap = add(m, Styr.Document.new('ap-skola-norr-2025', Styr.DocumentKind.WORK_PLAN,
        'Arbetsplan 2025, Skola Norr'));
    b.ap.set_owner(b.skolaNorr);

    b.imMedborgare = goal(m, 'im-medborgare', Level.COUNCIL, 'Borlängeborna är nöjda med kommunens service',
        b.kf, b.medborgare, b.budget);
    b.imEkonomi = goal(m, 'im-ekonomi', Level.COUNCIL, 'God ekonomisk hushållning', b.kf, b.ekonomi, b.budget);
    b.imVerksamhet = goal(m, 'im-verksamhet', Level.COUNCIL, 'Friska och engagerade medarbetare',
        b.kf, b.verksamhet, b.budget);
    b.imUtveckling = goal(m, 'im-utveckling', Level.COUNCIL, 'Fler borlängebor i arbete',
        b.kf, b.utveckling, b.budget);

    b.nmLarande = goal(m, 'nm-bun-larande', Level.BOARD, 'Alla elever når kunskapskraven',
        b.bun, b.medborgare, b.sektorsplan, [b.imMedborgare, b.imUtveckling]);
    b.nmBudget = goal(m, 'nm-bun-budget', Level.BOARD, 'Verksamheten håller sin budget',
        b.bun, b.ekonomi, b.sektorsplan, [b.imEkonomi]);
    b.nmNojd = goal(m, 'nm-von-nojd', Level.BOARD, 'Brukarna är nöjda med hemtjänsten',
        b.von, b.medborgare, null, [b.imMedborgare]);
    b.vmLasning = goal(m, 'vm-grundskola-lasning', Level.OPERATIONAL, 'Alla elever kan läsa efter årskurs 1',
        b.grundskola, b.medborgare, b.vp, [b.nmLarande]);
    b.emLasning = goal(m, 'em-skola-norr-lasning', Level.UNIT, 'Läsgrupper för alla elever i årskurs 1',
        b.skolaNorr, b.medborgare, b.ap, [b.vmLasning]);

    b.faIntegration = add(m, Styr.FocusArea.new('integration', 'Integration'));
    b.faIntegration.set_owner(b.sektorBuk);
    b.faArbete = add(m, Styr.FocusArea.new('arbete-och-tillvaxt', 'Arbete och tillväxt'));
    b.faArbete.set_owner(b.sektorVo);
    b.nmLarande.add_focus_area(b.faIntegration);
    b.imUtveckling.add_focus_area(b.faArbete);

    b.indLas = add(m, new Styr.Indicator({id: 'ind-lasforstaelse',
        name: 'Andel elever i åk 1 som klarar läsavstämningen', measure_unit: '%',
        direction: Styr.IndicatorDirection.HIGHER, source: Styr.IndicatorSource.OWN,
        frequency: Styr.Frequency.TERTIAL, baseline: 78, baseline_year: 2024, gender_split: true}));
    b.indLas.set_target(2025, 90);
    b.indLas.set_yellow_threshold(2025, 80);
    b.indLas.set_value(Styr.Period.parse('2025-T1'), 82);
    b.indLas.set_measurement(Styr.Period.parse('2025-T2'), 85, 88, 82, 'Läsgrupperna har kommit i gång');
    b.indNojd = add(m, Styr.Indicator.new('ind-nojd-brukare', 'Andel nöjda brukare i hemtjänsten'));
    b.indNojd.source = Styr.IndicatorSource.SURVEY;
    b.indNojd.set_target(2025, 92);
    b.indNojd.set_value(Styr.Period.parse('2025'), 89);
    b.indBudget = add(m, Styr.Indicator.new('ind-budgetavvikelse', 'Budgetavvikelse i procent av nettokostnad'));
    b.indBudget.direction = Styr.IndicatorDirection.RANGE;
    b.indBudget.set_target_range(2025, -1, 1);
    b.nmLarande.add_indicator(b.indLas);
    b.emLasning.add_indicator(b.indLas);
    b.nmNojd.add_indicator(b.indNojd);
    b.nmBudget.add_indicator(b.indBudget);

    b.actLasgrupper = add(m, new Styr.Activity({id: 'act-lasgrupper', title: 'Läsgrupper i åk 1',
        status: Styr.ActivityStatus.ONGOING, responsible: 'Rektor Skola Norr'}));
    b.actLasgrupper.set_unit(b.skolaNorr);
    b.actLasgrupper.set_document(b.ap);
    b.actLasgrupper.add_goal(b.emLasning);
    b.actLasgrupper.add_indicator(b.indLas);
    b.actFortbildning = add(m, Styr.Activity.new('act-fortbildning', 'Fortbildning i läsinlärning'));
    b.actFortbildning.set_unit(b.grundskola);
    b.actFortbildning.set_document(b.vp);
    b.actFortbildning.add_goal(b.vmLasning);
    b.actFortbildning.add_indicator(b.indLas);
    b.actFortbildning.add_focus_area(b.faIntegration);
    b.actKontakt = add(m, Styr.Activity.new('act-omsorgskontakt', 'Fast omsorgskontakt för varje brukare'));
    b.actKontakt.set_unit(b.hemtjanst);
    b.actKontakt.add_goal(b.nmNojd);
    b.actKontakt.add_indicator(b.indNojd);

    b.arena = add(m, new Styr.Arena({id: 'arena-unga-i-arbete', name: 'Unga i arbete',
        coordinator: 'Samordnare arbetsmarknad'}));
    b.arena.set_owner(b.ks);
    b.arena.add_member(b.ame);
    b.arena.add_member(b.grundskola);
    b.arena.add_goal(b.imUtveckling);
    b.actPraktik = add(m, Styr.Activity.new('act-sommarpraktik', 'Sommarpraktik för gymnasieelever'));
    b.actPraktik.set_unit(b.ame);
    b.actPraktik.add_goal(b.imUtveckling);
    b.arena.add_activity(b.actPraktik);
    b.arena.set_puls_step(Styr.PulsStep.PROACTIVITY, 'Arbetsgivarna tar emot resultatet');
    return b;
}

// ---- Ängelholm (1292) in Ratten --------------------------------------------

function ratten() {
    const m = new Styr.Model({name: 'Ängelholms kommun', kommunkod: '1292',
        vision: 'Kraftsamling Ängelholm 2020'});
    m.apply_preset(Styr.Preset.RATTEN);
    const r = {model: m};
    r.perspectives = ['medborgarfokus', 'effektiva-verksamheter', 'samhallsutveckling',
        'medskapande-medarbetare'].map(id => m.lookup_perspective(id));
    r.kf = add(m, Styr.Organ.new('kf', Styr.OrganKind.COUNCIL, 'Kommunfullmäktige'));
    r.vfn = add(m, Styr.Organ.new('vfn', Styr.OrganKind.BOARD, 'Välfärdsnämnden'));
    r.forvaltning = add(m, Styr.Unit.new('valfardsforvaltningen', Styr.UnitKind.ADMINISTRATION,
        'Välfärdsförvaltningen'));
    r.enhet = add(m, Styr.Unit.new('hemtjansten-norr', Styr.UnitKind.UNIT, 'Hemtjänsten Norr'));
    r.enhet.set_parent(r.forvaltning);
    r.vfn.set_sector(r.forvaltning);
    r.budget = add(m, Styr.Document.new('budget-2025', Styr.DocumentKind.BUDGET, 'Mål och budget 2025'));
    r.budget.set_owner(r.kf);
    r.nplan = add(m, Styr.Document.new('nplan-vfn-2025', Styr.DocumentKind.BOARD_PLAN,
        'Nämndplan 2025, Välfärdsnämnden'));
    r.nplan.set_owner(r.vfn);
    r.ap = add(m, Styr.Document.new('ap-hemtjansten-norr-2025', Styr.DocumentKind.WORK_PLAN,
        'Arbetsplan 2025, Hemtjänsten Norr'));
    r.ap.set_owner(r.enhet);
    const titles = ['Ängelholmarna får god service och ett gott bemötande',
        'Verksamheterna bedrivs effektivt med god ekonomisk hushållning',
        'Ängelholm växer hållbart', 'Medarbetarna är delaktiga och friska'];
    r.inriktningsmal = titles.map((t, i) =>
        goal(m, `im-${i + 1}`, Level.COUNCIL, t, r.kf, r.perspectives[i], r.budget));
    r.nm = goal(m, 'nm-vfn-1', Level.BOARD, 'Brukarna är nöjda med hemtjänsten',
        r.vfn, r.perspectives[0], r.nplan, [r.inriktningsmal[0]]);
    r.ind = add(m, Styr.Indicator.new('ind-nojdhet', 'Nöjd brukarindex hemtjänst'));
    r.ind.set_target(2025, 85);
    r.ind.set_value(Styr.Period.parse('2025-T2'), 87);
    r.nm.add_indicator(r.ind);
    r.em = goal(m, 'em-hemtjansten-norr-1', Level.UNIT, 'Varje brukare har en fast omsorgskontakt',
        r.enhet, r.perspectives[0], r.ap, [r.nm]);
    r.act = add(m, Styr.Activity.new('act-kontaktmannaskap', 'Inför kontaktmannaskap'));
    r.act.set_unit(r.enhet);
    r.act.set_document(r.ap);
    r.act.add_goal(r.em);
    r.act.add_indicator(r.ind);
    return r;
}

// ---- tests --------------------------------------------------------------------

test('borlange/preset', () => {
    const b = borlange();
    assertEqual([...b.model.get_perspectives()].map(p => p.name),
        ['Medborgare', 'Ekonomi', 'Verksamhet', 'Utveckling']);
    assertEqual(b.model.kommunkod, '2081');
});

test('borlange/organisation-and-documents', () => {
    const b = borlange();
    assertEqual(idOf(b.bun.get_sector()), 'sektor-buk');
    assertEqual(idOf(b.skolaNorr.get_parent()), 'grundskola');
    assertEqual(ids(b.sektorBuk.get_children()), ['grundskola', 'ame']);
    assertEqual(b.sektorBuk.head, 'Sektorschef BUK');
    assertEqual(idOf(b.budget.get_owner()), 'kf');
    assertEqual(b.budget.decision, 'KF § 150/2024');
    assertEqual(idOf(b.nmLarande.get_document()), 'sektorsplan-bun-2025');
    assertEqual(idOf(b.actLasgrupper.get_document()), 'ap-skola-norr-2025');
    assertEqual(b.model.lookup('kf').get_label(), 'Kommunfullmäktige');
    assert(b.model.lookup('finns-inte') === null, 'lookup of a missing id is null');
    assertStyrError(Styr.Error.NOT_FOUND, () => b.model.get_entity('finns-inte'));
});

test('borlange/walk-up', () => {
    const b = borlange();
    assertEqual(idOf(b.emLasning.get_primary_parent()), 'vm-grundskola-lasning');
    assertEqual(idOf(b.nmLarande.get_primary_parent()), 'im-medborgare');
    assert(b.imMedborgare.get_primary_parent() === null, 'an inriktningsmål has no parent goal');
    const up = ids(b.emLasning.get_ancestors());
    assertEqual(up.slice(0, 2), ['vm-grundskola-lasning', 'nm-bun-larande']);
    assertEqual(sorted(up.slice(2)), ['im-medborgare', 'im-utveckling']);
    const levels = [];
    for (let g = b.emLasning; g; g = g.get_primary_parent())
        levels.push(g.level);
    assertEqual(levels, [Level.UNIT, Level.OPERATIONAL, Level.BOARD, Level.COUNCIL]);
    b.nmLarande.set_primary_parent(b.imUtveckling);
    assertEqual(idOf(b.nmLarande.get_primary_parent()), 'im-utveckling');
});

test('borlange/walk-down', () => {
    const b = borlange();
    assertEqual(sorted(ids(b.imMedborgare.get_children())), ['nm-bun-larande', 'nm-von-nojd']);
    const down = ids(b.imMedborgare.get_descendants());
    assertEqual(sorted(down.slice(0, 2)), ['nm-bun-larande', 'nm-von-nojd']);
    assertEqual(down.slice(2), ['vm-grundskola-lasning', 'em-skola-norr-lasning']);
    assertEqual(ids(b.emLasning.get_activities()), ['act-lasgrupper']);
    assertEqual(ids(b.vmLasning.get_activities()), ['act-fortbildning']);
    assertEqual(sorted(ids(b.indLas.get_activities())), ['act-fortbildning', 'act-lasgrupper']);
    assertEqual(sorted(ids(b.indLas.get_goals())), ['em-skola-norr-lasning', 'nm-bun-larande']);
});

test('borlange/lists', () => {
    const b = borlange(), m = b.model;
    assertEqual(sorted(ids(m.get_goals_in_perspective(b.medborgare))),
        sorted(['im-medborgare', 'nm-bun-larande', 'nm-von-nojd', 'vm-grundskola-lasning',
            'em-skola-norr-lasning']));
    assertEqual(sorted(ids(m.get_goals_at_level(Level.BOARD))),
        ['nm-bun-budget', 'nm-bun-larande', 'nm-von-nojd']);
    assertEqual(sorted(ids(m.get_goals_owned_by(b.bun))), ['nm-bun-budget', 'nm-bun-larande']);
    assertEqual(ids(b.faIntegration.get_goals()), ['nm-bun-larande']);
    assertEqual(ids(b.faIntegration.get_activities()), ['act-fortbildning']);
    assertEqual(ids(m.get_activities_of_unit(b.skolaNorr)), ['act-lasgrupper']);
    assertEqual(m.get_goals().get_n_items(), 9);
    assert(m.get_goals() instanceof Gio.ListModel, 'get_goals() is a Gio.ListModel');
});

test('borlange/indicators', () => {
    const b = borlange();
    const t2 = Styr.Period.parse('2025-T2');
    assertEqual(t2.to_string(), '2025-T2');
    assertEqual([t2.get_first_month(), t2.get_last_month()], [5, 8]);
    assertEqual(b.indLas.lookup_target(2025).slice(0, 2), [true, 90]);
    assertEqual(b.indLas.lookup_target(2030)[0], false);
    assertEqual(b.indBudget.lookup_target(2025), [true, -1, 1]);
    assertEqual(b.indLas.lookup_value(t2), [true, 85]);
    const [ok, value, women, men, comment] = b.indLas.lookup_measurement(t2);
    assertEqual([ok, value, women, men, comment], [true, 85, 88, 82, 'Läsgrupperna har kommit i gång']);
    assertEqual(b.indLas.get_n_measurements(), 2);
    assertEqual(b.indLas.get_measurement_period(0).to_string(), '2025-T1');
    assertEqual([...b.indLas.dup_values()], [82, 85]);
    {
        // The model's bulk read: packed doubles and where each indicator starts.
        const [data, offsets] = b.model.dup_measurement_values();
        const values = new Float64Array(data.toArray().slice().buffer);
        const indicators = [...b.model.get_indicators()];
        assertEqual(offsets.length, indicators.length + 1);
        assertEqual(offsets[offsets.length - 1], values.length);
        const i = indicators.indexOf(b.indLas);
        assertEqual([...values.slice(offsets[i], offsets[i + 1])], [82, 85]);
    }
    assertStyrError(Styr.Error.INVALID_ARGUMENT, () => b.indLas.set_value(t2, NaN));
    assertStyrError(Styr.Error.PARSE, () => Styr.Period.parse('tertial två'));
});

test('borlange/arena', () => {
    const b = borlange();
    assertEqual(idOf(b.arena.get_owner()), 'ks');
    assertEqual(ids(b.arena.get_members()), ['ame', 'grundskola']);
    assertEqual(ids(b.arena.get_goals()), ['im-utveckling']);
    assertEqual(ids(b.arena.get_activities()), ['act-sommarpraktik']);
    assertEqual(b.arena.get_puls_step(Styr.PulsStep.PROACTIVITY), 'Arbetsgivarna tar emot resultatet');
});

test('errors/duplicate-id', () => {
    const b = borlange();
    assertFailsUnchanged(b.model, Styr.Error.DUPLICATE_ID,
        () => b.model.add(new Styr.Goal({id: 'im-medborgare', level: Level.COUNCIL, title: 'Kopia'})));
});

test('errors/invalid-id', () => {
    const b = borlange();
    for (const bad of ['nämndmål 1', '-mål', 'mål/1']) {
        assertFailsUnchanged(b.model, Styr.Error.INVALID_ID,
            () => b.model.add(new Styr.Goal({id: bad, level: Level.BOARD, title: 'Ogiltigt'})));
    }
});

test('errors/cycle', () => {
    const b = borlange();
    assertFailsUnchanged(b.model, Styr.Error.CYCLE, () => b.imMedborgare.add_parent(b.imMedborgare));
    b.imEkonomi.add_parent(b.imVerksamhet);
    b.imVerksamhet.add_parent(b.imUtveckling);
    assertFailsUnchanged(b.model, Styr.Error.CYCLE, () => b.imUtveckling.add_parent(b.imEkonomi));
});

test('errors/wrong-level', () => {
    const b = borlange();
    assertFailsUnchanged(b.model, Styr.Error.WRONG_LEVEL, () => b.imEkonomi.add_parent(b.nmNojd));
    assertFailsUnchanged(b.model, Styr.Error.WRONG_LEVEL, () => b.nmNojd.add_parent(b.vmLasning));
});

test('errors/wrong-owner', () => {
    const b = borlange();
    assertFailsUnchanged(b.model, Styr.Error.WRONG_OWNER, () => b.nmLarande.set_owner(b.skolaNorr));
    assertFailsUnchanged(b.model, Styr.Error.WRONG_OWNER, () => b.imMedborgare.set_owner(b.bun));
    assertEqual(idOf(b.nmLarande.get_owner()), 'bun');
});

test('errors/wrong-model', () => {
    const b = borlange(), other = borlange();
    assertFailsUnchanged(b.model, Styr.Error.WRONG_MODEL, () => b.nmLarande.add_parent(other.imEkonomi));
    assertFailsUnchanged(b.model, Styr.Error.WRONG_MODEL, () => b.nmLarande.add_indicator(other.indNojd));
    assertFailsUnchanged(b.model, Styr.Error.WRONG_MODEL, () => b.actLasgrupper.add_goal(other.nmNojd));
    assertEqual(snapshot(other.model), snapshot(borlange().model));
});

test('errors/in-use', () => {
    const b = borlange(), m = b.model;
    assertFailsUnchanged(m, Styr.Error.IN_USE, () => m.remove(b.imMedborgare));
    assertFailsUnchanged(m, Styr.Error.IN_USE, () => m.remove(b.nmLarande));
    assertFailsUnchanged(m, Styr.Error.IN_USE, () => m.remove(b.medborgare));
    const n = m.get_n_entities();
    const leaf = goal(m, 'em-leaf', Level.UNIT, 'Löv', b.skolaNorr, b.medborgare, b.ap, [b.vmLasning]);
    m.remove(leaf);
    assertEqual(m.get_n_entities(), n);
    assertEqual(ids(b.vmLasning.get_children()), ['em-skola-norr-lasning']);
});

test('gobject/notify', () => {
    const b = borlange();
    const seen = [];
    const titleId = b.nmLarande.connect('notify::title', (obj, pspec) => seen.push(pspec.get_name()));
    b.nmLarande.title = 'Alla elever når målen';
    assertEqual(seen, ['title']);
    b.nmLarande.title = 'Alla elever når målen';
    assertEqual(seen, ['title'], 'no notify when the value does not change');
    assertEqual(b.nmLarande.get_label(), 'Alla elever når målen');
    const owners = [];
    const ownerId = b.nmNojd.connect('notify::owner', obj => owners.push(idOf(obj.owner)));
    b.nmNojd.set_owner(b.bun);
    assertEqual(owners, ['bun']);
    // Disconnect before the model is collected: StyrModel's dispose cuts
    // every link and notifies, and GJS refuses JS callbacks during GC.
    b.nmLarande.disconnect(titleId);
    b.nmNojd.disconnect(ownerId);
});

test('gobject/constructor-properties', () => {
    const g = new Styr.Goal({id: 'x', level: Styr.GoalLevel.BOARD, title: 'Mål via egenskaper'});
    assertEqual([g.id, g.level, g.title], ['x', Styr.GoalLevel.BOARD, 'Mål via egenskaper']);
    assert(g.model === null, 'a new goal is in no model');
});

test('ratten/preset-and-chain', () => {
    const r = ratten(), m = r.model;
    assertEqual([...m.get_perspectives()].map(p => p.name),
        ['Medborgarfokus', 'Effektiva verksamheter', 'Samhällsutveckling', 'Medskapande medarbetare']);
    assertEqual(m.values, ['Öppenhet', 'Omtanke', 'Handlingskraft']);
    assertEqual(m.vision, 'Kraftsamling Ängelholm 2020');
    const fin = m.lookup_indicator('finansiellt-resultat');
    assert(fin !== null, 'Ratten adds the financial goal as an indicator');
    assertEqual(fin.lookup_target(2025).slice(0, 2), [true, 2]);
    r.inriktningsmal.forEach((im, i) => assertEqual(idOf(im.get_perspective()), idOf(r.perspectives[i])));
    assertEqual(ids(r.em.get_ancestors()), ['nm-vfn-1', 'im-1']);
    assertEqual(ids(r.inriktningsmal[0].get_descendants()), ['nm-vfn-1', 'em-hemtjansten-norr-1']);
    assertEqual(ids(r.em.get_activities()), ['act-kontaktmannaskap']);
    assertEqual(ids(m.get_goals_owned_by(r.vfn)), ['nm-vfn-1']);
    assertFailsUnchanged(m, Styr.Error.IN_USE, () => m.apply_preset(Styr.Preset.BORLANGE_2009));
});

// ---- run ----------------------------------------------------------------------

print(`1..${tests.length}`);
let failed = 0;
tests.forEach(([name, fn], i) => {
    try {
        fn();
        print(`ok ${i + 1} - ${name}`);
    } catch (e) {
        failed++;
        print(`not ok ${i + 1} - ${name}`);
        for (const line of `${e}\n${e.stack ?? ''}`.trimEnd().split('\n'))
            print(`# ${line}`);
    }
});
System.exit(failed > 0 || tests.length === 0 ? 1 : 0);
