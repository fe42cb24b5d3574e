#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# The goal chain (målkedjan) built and walked end to end through the
# Python bindings: Borlänge's chain (DOMAIN.md §2) in the BORLANGE_2009
# preset and a small Ängelholm in the RATTEN preset.
#
# Run by `meson test --suite python` with GI_TYPELIB_PATH and
# LD_LIBRARY_PATH pointing into the build tree. When gi or the Styr
# typelib cannot be loaded the import below raises and the test FAILS:
# it never skips.

import math
import sys
import unittest

try:
    import gi

    gi.require_version("GLib", "2.0")
    gi.require_version("Gio", "2.0")
    gi.require_version("Styr", "1.0")
    from gi.repository import GLib, Gio, Styr  # noqa: E402
except (ImportError, ValueError) as e:
    print(f"test_chain.py: cannot load gi or the Styr-1.0 typelib: {e}\n"
          "Run it through `meson test` or `meson devenv -C _build/main`.",
          file=sys.stderr)
    sys.exit(1)


Level = Styr.GoalLevel


def ids(list_model):
    """The identifiers of the entities in a GListModel, in order."""
    return [item.get_id() for item in list_model]


def id_of(entity):
    return entity.get_id() if entity is not None else None


def snapshot(model):
    """Everything observable about @model's entities and their links, to
    check that a failing call left the model unchanged."""
    goals = {}
    for g in model.get_goals():
        goals[g.get_id()] = (
            g.props.title, g.props.level,
            id_of(g.get_owner()), id_of(g.get_perspective()),
            id_of(g.get_document()), id_of(g.get_primary_parent()),
            tuple(ids(g.get_parents())), tuple(ids(g.get_children())),
            tuple(ids(g.get_indicators())), tuple(ids(g.get_focus_areas())),
            tuple(sorted(ids(g.get_activities()))),
        )
    units = {u.get_id(): (id_of(u.get_parent()), tuple(ids(u.get_children())))
             for u in model.get_units()}
    organs = {o.get_id(): id_of(o.get_sector()) for o in model.get_organs()}
    documents = {d.get_id(): id_of(d.get_owner()) for d in model.get_documents()}
    indicators = {i.get_id(): (tuple(sorted(ids(i.get_goals()))),
                               tuple(sorted(ids(i.get_activities()))),
                               i.get_n_measurements())
                  for i in model.get_indicators()}
    activities = {a.get_id(): (id_of(a.get_unit()), id_of(a.get_document()),
                               tuple(ids(a.get_goals())),
                               tuple(ids(a.get_indicators())),
                               tuple(ids(a.get_focus_areas())))
                  for a in model.get_activities()}
    focus_areas = {f.get_id(): (id_of(f.get_owner()),
                                tuple(sorted(ids(f.get_goals()))))
                   for f in model.get_focus_areas()}
    arenas = {a.get_id(): (tuple(ids(a.get_members())), tuple(ids(a.get_goals())),
                           tuple(ids(a.get_activities())))
              for a in model.get_arenas()}
    return {
        "n": model.get_n_entities(),
        "perspectives": tuple(ids(model.get_perspectives())),
        "goals": goals, "units": units, "organs": organs,
        "documents": documents, "indicators": indicators,
        "activities": activities, "focus_areas": focus_areas,
        "arenas": arenas,
    }


def add(model, entity):
    """Add @entity to @model and hand it back (raises GLib.Error)."""
    model.add(entity)
    return entity


def goal(model, gid, level, title, owner, perspective, document, parents=()):
    g = add(model, Styr.Goal.new(gid, level, title))
    g.set_owner(owner)
    g.set_perspective(perspective)
    g.set_document(document)
    for p in parents:
        g.add_parent(p)
    return g


class Borlange:
    """Borlänge kommun (2081): the chain of the 2009 steering model —
    budget with inriktningsmål, sektorsplan with nämndmål, verksamhetsplan,
    arbetsplan — with focus areas, an arena, indicators and activities."""

    def __init__(self):
        m = self.model = Styr.Model.new()
        m.props.name = "Borlänge kommun"
        m.props.kommunkod = "2081"
        m.props.vision = "Borlänge – en attraktiv kommun att leva och verka i"
        m.apply_preset(Styr.Preset.BORLANGE_2009)

        P = m.lookup_perspective
        self.medborgare = P("medborgare")
        self.ekonomi = P("ekonomi")
        self.verksamhet = P("verksamhet")
        self.utveckling = P("utveckling")

        # Political organs.
        self.kf = add(m, Styr.Organ.new("kf", Styr.OrganKind.COUNCIL, "Kommunfullmäktige"))
        self.ks = add(m, Styr.Organ.new("ks", Styr.OrganKind.EXECUTIVE_BOARD, "Kommunstyrelsen"))
        self.bun = add(m, Styr.Organ.new("bun", Styr.OrganKind.BOARD,
                                         "Nämnden för barn och utbildning"))
        self.von = add(m, Styr.Organ.new("von", Styr.OrganKind.BOARD,
                                         "Nämnden för vård och omsorg"))

        # The administration: sektor → verksamhet → enhet.
        self.sektor_buk = add(m, Styr.Unit.new("sektor-buk", Styr.UnitKind.ADMINISTRATION,
                                               "Sektor Barn, utbildning, kultur och fritid"))
        self.sektor_buk.props.head = "Sektorschef BUK"
        self.sektor_vo = add(m, Styr.Unit.new("sektor-vo", Styr.UnitKind.ADMINISTRATION,
                                              "Sektor Vård och omsorg, IFO"))
        self.grundskola = add(m, Styr.Unit.new("grundskola", Styr.UnitKind.OPERATION,
                                               "Grundskola"))
        self.grundskola.set_parent(self.sektor_buk)
        self.ame = add(m, Styr.Unit.new("ame", Styr.UnitKind.OPERATION,
                                        "Arbetsmarknadsenheten"))
        self.ame.set_parent(self.sektor_buk)
        self.skola_norr = add(m, Styr.Unit.new("skola-norr", Styr.UnitKind.UNIT,
                                               "Skola Norr"))
        self.skola_norr.props.head = "Rektor Skola Norr"
        self.skola_norr.set_parent(self.grundskola)
        self.aldreomsorg = add(m, Styr.Unit.new("aldreomsorg", Styr.UnitKind.OPERATION,
                                                "Äldreomsorg"))
        self.aldreomsorg.set_parent(self.sektor_vo)
        self.hemtjanst = add(m, Styr.Unit.new("hemtjanst-syd", Styr.UnitKind.UNIT,
                                              "Hemtjänst Syd"))
        self.hemtjanst.set_parent(self.aldreomsorg)
        self.bun.set_sector(self.sektor_buk)
        self.von.set_sector(self.sektor_vo)

        # Documents: who decided what.
        self.budget = add(m, Styr.Document.new("budget-2025", Styr.DocumentKind.BUDGET,
                                               "Budget 2025 med plan 2026–2027"))
        self.budget.set_owner(self.kf)
        self.budget.props.year = 2025
        self.budget.props.decision = "KF § 150/2024"
        self.budget.props.status = Styr.DocumentStatus.ADOPTED
        self.sektorsplan = add(m, Styr.Document.new("sektorsplan-bun-2025",
                                                    Styr.DocumentKind.BOARD_PLAN,
                                                    "Sektorsplan 2025, barn och utbildning"))
        self.sektorsplan.set_owner(self.bun)
        self.sektorsplan.props.status = Styr.DocumentStatus.ADOPTED
        self.sektorsplan.props.decision = "BUN § 12/2025"
        self.vp = add(m, Styr.Document.new("vp-buk-2025", Styr.DocumentKind.OPERATIONS_PLAN,
                                           "Verksamhetsplan 2025, sektor BUK"))
        self.vp.set_owner(self.sektor_buk)
        self.ap = add(m, Styr.Document.new("ap-skola-norr-2025", Styr.DocumentKind.WORK_PLAN,
                                           "Arbetsplan 2025, Skola Norr"))
        self.ap.set_owner(self.skola_norr)

        # Inriktningsmål, one in each perspective.
        C, B, O, U = Level.COUNCIL, Level.BOARD, Level.OPERATIONAL, Level.UNIT
        self.im_medborgare = goal(m, "im-medborgare", C,
                                  "Borlängeborna är nöjda med kommunens service",
                                  self.kf, self.medborgare, self.budget)
        self.im_ekonomi = goal(m, "im-ekonomi", C, "God ekonomisk hushållning",
                               self.kf, self.ekonomi, self.budget)
        self.im_verksamhet = goal(m, "im-verksamhet", C, "Friska och engagerade medarbetare",
                                  self.kf, self.verksamhet, self.budget)
        self.im_utveckling = goal(m, "im-utveckling", C, "Fler borlängebor i arbete",
                                  self.kf, self.utveckling, self.budget)

        # Nämndmål; the first serves two inriktningsmål.
        self.nm_larande = goal(m, "nm-bun-larande", B, "Alla elever når kunskapskraven",
                               self.bun, self.medborgare, self.sektorsplan,
                               [self.im_medborgare, self.im_utveckling])
        self.nm_budget = goal(m, "nm-bun-budget", B, "Verksamheten håller sin budget",
                              self.bun, self.ekonomi, self.sektorsplan, [self.im_ekonomi])
        self.nm_nojd = goal(m, "nm-von-nojd", B, "Brukarna är nöjda med hemtjänsten",
                            self.von, self.medborgare, None, [self.im_medborgare])

        # Verksamhetsmål and enhetsmål.
        self.vm_lasning = goal(m, "vm-grundskola-lasning", O,
                               "Alla elever kan läsa efter årskurs 1",
                               self.grundskola, self.medborgare, self.vp, [self.nm_larande])
        self.em_lasning = goal(m, "em-skola-norr-lasning", U,
                               "Läsgrupper för alla elever i årskurs 1",
                               self.skola_norr, self.medborgare, self.ap, [self.vm_lasning])

        # Focus areas, owned by a sector head.
        self.fa_integration = add(m, Styr.FocusArea.new("integration", "Integration"))
        self.fa_integration.set_owner(self.sektor_buk)
        self.fa_arbete = add(m, Styr.FocusArea.new("arbete-och-tillvaxt", "Arbete och tillväxt"))
        self.fa_arbete.set_owner(self.sektor_vo)
        self.nm_larande.add_focus_area(self.fa_integration)
        self.im_utveckling.add_focus_area(self.fa_arbete)

        # Indicators with targets and measurements.
        self.ind_las = add(m, Styr.Indicator.new("ind-lasforstaelse",
                                                 "Andel elever i åk 1 som klarar läsavstämningen"))
        self.ind_las.props.measure_unit = "%"
        self.ind_las.props.direction = Styr.IndicatorDirection.HIGHER
        self.ind_las.props.source = Styr.IndicatorSource.OWN
        self.ind_las.props.frequency = Styr.Frequency.TERTIAL
        self.ind_las.props.baseline = 78.0
        self.ind_las.props.baseline_year = 2024
        self.ind_las.props.gender_split = True
        self.ind_las.set_target(2025, 90.0)
        self.ind_las.set_yellow_threshold(2025, 80.0)
        self.ind_las.set_value(Styr.Period.parse("2025-T1"), 82.0)
        self.ind_las.set_measurement(Styr.Period.parse("2025-T2"), 85.0, 88.0, 82.0,
                                     "Läsgrupperna har kommit i gång")

        self.ind_nojd = add(m, Styr.Indicator.new("ind-nojd-brukare",
                                                  "Andel nöjda brukare i hemtjänsten"))
        self.ind_nojd.props.measure_unit = "%"
        self.ind_nojd.props.source = Styr.IndicatorSource.SURVEY
        self.ind_nojd.set_target(2025, 92.0)
        self.ind_nojd.set_value(Styr.Period.parse("2025"), 89.0)

        self.ind_budget = add(m, Styr.Indicator.new("ind-budgetavvikelse",
                                                    "Budgetavvikelse i procent av nettokostnad"))
        self.ind_budget.props.direction = Styr.IndicatorDirection.RANGE
        self.ind_budget.props.source = Styr.IndicatorSource.FINANCE
        self.ind_budget.set_target_range(2025, -1.0, 1.0)
        self.ind_budget.set_value(Styr.Period.parse("2025-T2"), -0.4)

        self.nm_larande.add_indicator(self.ind_las)
        self.em_lasning.add_indicator(self.ind_las)
        self.nm_nojd.add_indicator(self.ind_nojd)
        self.nm_budget.add_indicator(self.ind_budget)

        # Activities: each names the goal and the indicator it should move.
        self.act_lasgrupper = add(m, Styr.Activity.new("act-lasgrupper", "Läsgrupper i åk 1"))
        self.act_lasgrupper.set_unit(self.skola_norr)
        self.act_lasgrupper.set_document(self.ap)
        self.act_lasgrupper.add_goal(self.em_lasning)
        self.act_lasgrupper.add_indicator(self.ind_las)
        self.act_lasgrupper.props.status = Styr.ActivityStatus.ONGOING
        self.act_lasgrupper.props.responsible = "Rektor Skola Norr"

        self.act_fortbildning = add(m, Styr.Activity.new("act-fortbildning",
                                                         "Fortbildning i läsinlärning"))
        self.act_fortbildning.set_unit(self.grundskola)
        self.act_fortbildning.set_document(self.vp)
        self.act_fortbildning.add_goal(self.vm_lasning)
        self.act_fortbildning.add_indicator(self.ind_las)
        self.act_fortbildning.add_focus_area(self.fa_integration)

        self.act_kontakt = add(m, Styr.Activity.new("act-omsorgskontakt",
                                                    "Fast omsorgskontakt för varje brukare"))
        self.act_kontakt.set_unit(self.hemtjanst)
        self.act_kontakt.add_goal(self.nm_nojd)
        self.act_kontakt.add_indicator(self.ind_nojd)

        # An arena across the sectors.
        self.arena = add(m, Styr.Arena.new("arena-unga-i-arbete", "Unga i arbete"))
        self.arena.set_owner(self.ks)
        self.arena.props.coordinator = "Samordnare arbetsmarknad"
        self.arena.add_member(self.ame)
        self.arena.add_member(self.grundskola)
        self.arena.add_goal(self.im_utveckling)
        self.act_praktik = add(m, Styr.Activity.new("act-sommarpraktik",
                                                    "Sommarpraktik för gymnasieelever"))
        self.act_praktik.set_unit(self.ame)
        self.act_praktik.add_goal(self.im_utveckling)
        self.arena.add_activity(self.act_praktik)
        self.arena.set_puls_step(Styr.PulsStep.PROACTIVITY,
                                 "Arbetsgivarna tar emot resultatet")
        self.arena.set_puls_step(Styr.PulsStep.SERVICE, "Aktivitetsplan steg för steg")


class Ratten:
    """Ängelholm (1292) in the Ratten model (KF § 111/2009)."""

    def __init__(self):
        m = self.model = Styr.Model(name="Ängelholms kommun", kommunkod="1292",
                                    vision="Kraftsamling Ängelholm 2020")
        m.apply_preset(Styr.Preset.RATTEN)
        P = m.lookup_perspective
        self.perspectives = [P("medborgarfokus"), P("effektiva-verksamheter"),
                             P("samhallsutveckling"), P("medskapande-medarbetare")]

        self.kf = add(m, Styr.Organ.new("kf", Styr.OrganKind.COUNCIL, "Kommunfullmäktige"))
        self.ks = add(m, Styr.Organ.new("ks", Styr.OrganKind.EXECUTIVE_BOARD, "Kommunstyrelsen"))
        self.vfn = add(m, Styr.Organ.new("vfn", Styr.OrganKind.BOARD, "Välfärdsnämnden"))
        self.forvaltning = add(m, Styr.Unit.new("valfardsforvaltningen",
                                                Styr.UnitKind.ADMINISTRATION,
                                                "Välfärdsförvaltningen"))
        self.enhet = add(m, Styr.Unit.new("hemtjansten-norr", Styr.UnitKind.UNIT,
                                          "Hemtjänsten Norr"))
        self.enhet.set_parent(self.forvaltning)
        self.vfn.set_sector(self.forvaltning)

        self.budget = add(m, Styr.Document.new("budget-2025", Styr.DocumentKind.BUDGET,
                                               "Mål och budget 2025"))
        self.budget.set_owner(self.kf)
        self.nplan = add(m, Styr.Document.new("nplan-vfn-2025", Styr.DocumentKind.BOARD_PLAN,
                                              "Nämndplan 2025, Välfärdsnämnden"))
        self.nplan.set_owner(self.vfn)
        self.vp = add(m, Styr.Document.new("vp-vf-2025", Styr.DocumentKind.OPERATIONS_PLAN,
                                           "Verksamhetsplan 2025"))
        self.vp.set_owner(self.forvaltning)
        self.ap = add(m, Styr.Document.new("ap-hemtjansten-norr-2025",
                                           Styr.DocumentKind.WORK_PLAN,
                                           "Arbetsplan 2025, Hemtjänsten Norr"))
        self.ap.set_owner(self.enhet)

        titles = ["Ängelholmarna får god service och ett gott bemötande",
                  "Verksamheterna bedrivs effektivt med god ekonomisk hushållning",
                  "Ängelholm växer hållbart",
                  "Medarbetarna är delaktiga och friska"]
        self.inriktningsmal = [
            goal(m, f"im-{i + 1}", Level.COUNCIL, t, self.kf, p, self.budget)
            for i, (t, p) in enumerate(zip(titles, self.perspectives))
        ]
        self.nm = goal(m, "nm-vfn-1", Level.BOARD, "Brukarna är nöjda med hemtjänsten",
                       self.vfn, self.perspectives[0], self.nplan, [self.inriktningsmal[0]])
        self.ind = add(m, Styr.Indicator.new("ind-nojdhet", "Nöjd brukarindex hemtjänst"))
        self.ind.set_target(2025, 85.0)
        self.ind.set_value(Styr.Period.parse("2025-T2"), 87.0)
        self.nm.add_indicator(self.ind)
        self.em = goal(m, "em-hemtjansten-norr-1", Level.UNIT,
                       "Varje brukare har en fast omsorgskontakt",
                       self.enhet, self.perspectives[0], self.ap, [self.nm])
        self.act = add(m, Styr.Activity.new("act-kontaktmannaskap",
                                            "Inför kontaktmannaskap"))
        self.act.set_unit(self.enhet)
        self.act.set_document(self.ap)
        self.act.add_goal(self.em)
        self.act.add_indicator(self.ind)


class ChainTestCase(unittest.TestCase):
    def assertStyrError(self, code, func, *args):
        """@func(*args) raises GLib.Error with STYR_ERROR / @code."""
        with self.assertRaises(GLib.Error) as cm:
            func(*args)
        e = cm.exception
        self.assertTrue(e.matches(Styr.error_quark(), code),
                        f"expected Styr.Error.{code.value_nick.upper()}, got "
                        f"{e.domain} {e.code}: {e.message}")
        self.assertTrue(e.message, "the error has a message")
        return e

    def assertFailsUnchanged(self, model, code, func, *args):
        before = snapshot(model)
        self.assertStyrError(code, func, *args)
        self.assertEqual(snapshot(model), before,
                         "a failing call must leave the model unchanged")


class TestBorlange(ChainTestCase):
    def setUp(self):
        self.b = Borlange()
        self.m = self.b.model

    def test_preset_perspectives(self):
        self.assertEqual([p.props.name for p in self.m.get_perspectives()],
                         ["Medborgare", "Ekonomi", "Verksamhet", "Utveckling"])
        self.assertEqual(len(self.m.get_perspectives()), 4)

    def test_organisation(self):
        b = self.b
        self.assertEqual(b.bun.get_sector(), b.sektor_buk)
        self.assertEqual(b.skola_norr.get_parent(), b.grundskola)
        self.assertEqual(b.grundskola.get_parent(), b.sektor_buk)
        self.assertIsNone(b.sektor_buk.get_parent())
        self.assertEqual(ids(b.sektor_buk.get_children()), ["grundskola", "ame"])
        self.assertEqual(ids(b.sektor_buk.get_organs_served()), ["bun"])
        self.assertEqual(self.m.lookup_organ("kf").props.kind, Styr.OrganKind.COUNCIL)
        self.assertEqual(self.m.lookup("skola-norr"), b.skola_norr)
        self.assertIsNone(self.m.lookup("finns-inte"))
        self.assertStyrError(Styr.Error.NOT_FOUND, self.m.get_entity, "finns-inte")

    def test_documents(self):
        b = self.b
        self.assertEqual(b.budget.get_owner(), b.kf)
        self.assertEqual(b.budget.props.decision, "KF § 150/2024")
        self.assertEqual(b.budget.props.status, Styr.DocumentStatus.ADOPTED)
        self.assertEqual(b.im_medborgare.get_document(), b.budget)
        self.assertEqual(b.nm_larande.get_document(), b.sektorsplan)
        self.assertEqual(b.vm_lasning.get_document(), b.vp)
        self.assertEqual(b.em_lasning.get_document(), b.ap)
        self.assertEqual(b.act_lasgrupper.get_document(), b.ap)
        self.assertFalse(b.budget.is_steering_document())
        self.assertEqual(len(self.m.get_documents()), 4)

    def test_walk_up(self):
        b = self.b
        self.assertEqual(b.em_lasning.get_primary_parent(), b.vm_lasning)
        self.assertEqual(b.vm_lasning.get_primary_parent(), b.nm_larande)
        self.assertEqual(b.nm_larande.get_primary_parent(), b.im_medborgare)
        self.assertIsNone(b.im_medborgare.get_primary_parent())
        self.assertEqual(ids(b.nm_larande.get_parents()), ["im-medborgare", "im-utveckling"])

        up = ids(b.em_lasning.get_ancestors())
        self.assertEqual(up[:2], ["vm-grundskola-lasning", "nm-bun-larande"])
        self.assertEqual(sorted(up[2:]), ["im-medborgare", "im-utveckling"])
        self.assertEqual(len(up), len(set(up)), "no duplicates")

        # Following the primary parent reaches the vision's level.
        g, path = b.em_lasning, []
        while g is not None:
            path.append(g.props.level)
            g = g.get_primary_parent()
        self.assertEqual(path, [Level.UNIT, Level.OPERATIONAL, Level.BOARD, Level.COUNCIL])

        b.nm_larande.set_primary_parent(b.im_utveckling)
        self.assertEqual(b.nm_larande.get_primary_parent(), b.im_utveckling)
        self.assertStyrError(Styr.Error.NOT_FOUND, b.nm_larande.remove_parent, b.im_ekonomi)

    def test_walk_down(self):
        b = self.b
        self.assertEqual(sorted(ids(b.im_medborgare.get_children())),
                         ["nm-bun-larande", "nm-von-nojd"])
        down = ids(b.im_medborgare.get_descendants())
        self.assertEqual(sorted(down[:2]), ["nm-bun-larande", "nm-von-nojd"])
        self.assertEqual(down[2:], ["vm-grundskola-lasning", "em-skola-norr-lasning"])
        self.assertEqual(ids(b.im_ekonomi.get_descendants()), ["nm-bun-budget"])
        self.assertEqual(len(b.em_lasning.get_descendants()), 0)

        self.assertEqual(ids(b.em_lasning.get_activities()), ["act-lasgrupper"])
        self.assertEqual(ids(b.vm_lasning.get_activities()), ["act-fortbildning"])
        self.assertEqual(ids(b.nm_nojd.get_activities()), ["act-omsorgskontakt"])
        self.assertEqual(ids(b.act_lasgrupper.get_goals()), ["em-skola-norr-lasning"])
        self.assertEqual(sorted(ids(b.ind_las.get_activities())),
                         ["act-fortbildning", "act-lasgrupper"])
        self.assertEqual(sorted(ids(b.ind_las.get_goals())),
                         ["em-skola-norr-lasning", "nm-bun-larande"])

        # Live lists follow the model.
        children = b.vm_lasning.get_children()
        self.assertEqual(len(children), 1)
        extra = goal(self.m, "em-extra", Level.UNIT, "Extra", b.skola_norr,
                     b.medborgare, None, [b.vm_lasning])
        self.assertEqual(ids(children), ["em-skola-norr-lasning", "em-extra"])
        extra.remove_parent(b.vm_lasning)
        self.assertEqual(ids(children), ["em-skola-norr-lasning"])

    def test_lists(self):
        b, m = self.b, self.m
        self.assertEqual(sorted(ids(m.get_goals_in_perspective(b.medborgare))),
                         sorted(["im-medborgare", "nm-bun-larande", "nm-von-nojd",
                                 "vm-grundskola-lasning", "em-skola-norr-lasning"]))
        self.assertEqual(ids(m.get_goals_in_perspective(b.verksamhet)), ["im-verksamhet"])
        self.assertEqual(sorted(ids(m.get_goals_at_level(Level.COUNCIL))),
                         ["im-ekonomi", "im-medborgare", "im-utveckling", "im-verksamhet"])
        self.assertEqual(sorted(ids(m.get_goals_at_level(Level.BOARD))),
                         ["nm-bun-budget", "nm-bun-larande", "nm-von-nojd"])
        self.assertEqual(ids(m.get_goals_at_level(Level.UNIT)), ["em-skola-norr-lasning"])
        self.assertEqual(sorted(ids(m.get_goals_owned_by(b.bun))),
                         ["nm-bun-budget", "nm-bun-larande"])
        self.assertEqual(ids(m.get_goals_owned_by(b.skola_norr)), ["em-skola-norr-lasning"])
        self.assertEqual(len(m.get_goals_owned_by(b.ks)), 0)
        self.assertEqual(ids(b.fa_integration.get_goals()), ["nm-bun-larande"])
        self.assertEqual(ids(b.fa_arbete.get_goals()), ["im-utveckling"])
        self.assertEqual(ids(b.fa_integration.get_activities()), ["act-fortbildning"])
        self.assertEqual(b.fa_integration.get_owner(), b.sektor_buk)
        self.assertEqual(ids(m.get_activities_of_unit(b.skola_norr)), ["act-lasgrupper"])
        self.assertIn("act-fortbildning", ids(m.get_activities_of_unit(b.grundskola)))
        self.assertEqual(len(m.get_goals()), 9)
        # A snapshot is a new list; a live list is the model's.
        self.assertIsInstance(m.get_goals_at_level(Level.BOARD), Gio.ListModel)
        self.assertEqual(m.get_goals_at_level(Level.BOARD).get_item_type(), Styr.Goal.__gtype__)

    def test_indicators(self):
        b = self.b
        self.assertEqual(b.ind_las.lookup_target(2025)[:2], (True, 90.0))
        self.assertFalse(b.ind_las.lookup_target(2030)[0])
        self.assertEqual(b.ind_las.lookup_yellow_threshold(2025), (True, 80.0))
        self.assertEqual(list(b.ind_las.get_target_years()), [2025])
        ok, low, high = b.ind_budget.lookup_target(2025)
        self.assertEqual((ok, low, high), (True, -1.0, 1.0))

        t2 = Styr.Period.parse("2025-T2")
        self.assertEqual(t2.get_kind(), Styr.PeriodKind.TERTIAL)
        self.assertEqual((t2.get_first_month(), t2.get_last_month()), (5, 8))
        self.assertEqual(t2.to_string(), "2025-T2")
        self.assertEqual(b.ind_las.lookup_value(t2), (True, 85.0))
        ok, value, women, men, comment = b.ind_las.lookup_measurement(t2)
        self.assertEqual((ok, value, women, men, comment),
                         (True, 85.0, 88.0, 82.0, "Läsgrupperna har kommit i gång"))
        ok, value, women, men, comment = b.ind_las.lookup_measurement(
            Styr.Period.parse("2025-T1"))
        self.assertTrue(ok)
        self.assertTrue(math.isnan(women) and math.isnan(men))
        self.assertIsNone(comment)
        self.assertFalse(b.ind_las.lookup_value(Styr.Period.parse("2025-T3"))[0])
        self.assertEqual(b.ind_las.get_n_measurements(), 2)
        self.assertEqual(b.ind_las.get_measurement_period(0).to_string(), "2025-T1")
        self.assertEqual(b.ind_las.get_measurement_value(1), 85.0)
        self.assertEqual(list(b.ind_las.dup_values()), [82.0, 85.0])
        # The model's bulk read: packed doubles and where each indicator starts.
        data, offsets = b.model.dup_measurement_values()
        values = memoryview(data.get_data()).cast("d")
        indicators = list(b.model.get_indicators())
        self.assertEqual(len(offsets), len(indicators) + 1)
        self.assertEqual(offsets[-1], len(values))
        i = indicators.index(b.ind_las)
        self.assertEqual(list(values[offsets[i]:offsets[i + 1]]), [82.0, 85.0])
        self.assertEqual(len(values),
                         sum(ind.get_n_measurements() for ind in indicators))

        # Replacing a value keeps one row per period.
        b.ind_las.set_value(t2, 86.0)
        self.assertEqual(list(b.ind_las.dup_values()), [82.0, 86.0])
        self.assertTrue(b.ind_las.remove_measurement(t2))
        self.assertEqual(b.ind_las.get_n_measurements(), 1)

        self.assertStyrError(Styr.Error.INVALID_ARGUMENT, b.ind_las.set_value,
                             t2, float("nan"))
        self.assertStyrError(Styr.Error.INVALID_ARGUMENT, b.ind_las.set_target,
                             2026, float("inf"))
        self.assertStyrError(Styr.Error.NOT_FOUND, b.ind_las.set_yellow_threshold,
                             2031, 1.0)
        self.assertStyrError(Styr.Error.PARSE, Styr.Period.parse, "tertial två")
        self.assertEqual(ids(b.nm_larande.get_indicators()), ["ind-lasforstaelse"])

    def test_arena(self):
        b = self.b
        self.assertEqual(b.arena.get_owner(), b.ks)
        self.assertEqual(ids(b.arena.get_members()), ["ame", "grundskola"])
        self.assertEqual(ids(b.arena.get_goals()), ["im-utveckling"])
        self.assertEqual(ids(b.arena.get_activities()), ["act-sommarpraktik"])
        self.assertEqual(b.arena.get_puls_step(Styr.PulsStep.PROACTIVITY),
                         "Arbetsgivarna tar emot resultatet")
        self.assertIsNone(b.arena.get_puls_step(Styr.PulsStep.LEARNING))
        self.assertEqual(ids(self.m.get_arenas()), ["arena-unga-i-arbete"])

    # Errors, each with its code, each leaving the model unchanged.

    def test_duplicate_id(self):
        self.assertFailsUnchanged(self.m, Styr.Error.DUPLICATE_ID, self.m.add,
                                  Styr.Goal.new("im-medborgare", Level.COUNCIL, "Kopia"))
        self.assertFailsUnchanged(self.m, Styr.Error.DUPLICATE_ID, self.m.add,
                                  Styr.Unit.new("kf", Styr.UnitKind.UNIT, "Enhet med KF:s id"))

    def test_invalid_id(self):
        for bad in ["nämndmål 1", "-mål", "mål/1"]:
            self.assertFailsUnchanged(self.m, Styr.Error.INVALID_ID, self.m.add,
                                      Styr.Goal.new(bad, Level.BOARD, "Ogiltigt"))

    def test_cycle(self):
        b = self.b
        self.assertFailsUnchanged(self.m, Styr.Error.CYCLE,
                                  b.im_medborgare.add_parent, b.im_medborgare)
        b.im_ekonomi.add_parent(b.im_verksamhet)
        self.assertFailsUnchanged(self.m, Styr.Error.CYCLE,
                                  b.im_verksamhet.add_parent, b.im_ekonomi)
        # Through a longer path among goals at the same level.
        b.im_verksamhet.add_parent(b.im_utveckling)
        self.assertFailsUnchanged(self.m, Styr.Error.CYCLE,
                                  b.im_utveckling.add_parent, b.im_ekonomi)
        self.assertFailsUnchanged(self.m, Styr.Error.INVALID_ARGUMENT,
                                  b.im_ekonomi.add_parent, b.im_verksamhet)

    def test_wrong_level(self):
        b = self.b
        self.assertFailsUnchanged(self.m, Styr.Error.WRONG_LEVEL,
                                  b.im_ekonomi.add_parent, b.nm_nojd)
        self.assertFailsUnchanged(self.m, Styr.Error.WRONG_LEVEL,
                                  b.nm_nojd.add_parent, b.vm_lasning)
        self.assertFailsUnchanged(self.m, Styr.Error.WRONG_LEVEL,
                                  b.grundskola.set_parent, b.skola_norr)

    def test_wrong_owner(self):
        b = self.b
        self.assertFailsUnchanged(self.m, Styr.Error.WRONG_OWNER,
                                  b.nm_larande.set_owner, b.skola_norr)
        self.assertFailsUnchanged(self.m, Styr.Error.WRONG_OWNER,
                                  b.im_medborgare.set_owner, b.bun)
        self.assertFailsUnchanged(self.m, Styr.Error.WRONG_OWNER,
                                  b.em_lasning.set_owner, b.grundskola)
        self.assertFailsUnchanged(self.m, Styr.Error.WRONG_OWNER,
                                  b.fa_integration.set_owner, b.skola_norr)
        self.assertEqual(b.nm_larande.get_owner(), b.bun)

    def test_wrong_model(self):
        b = self.b
        other = Borlange()
        self.assertFailsUnchanged(self.m, Styr.Error.WRONG_MODEL,
                                  b.nm_larande.add_parent, other.im_ekonomi)
        self.assertEqual(snapshot(other.model), snapshot(Borlange().model))
        self.assertFailsUnchanged(self.m, Styr.Error.WRONG_MODEL,
                                  b.nm_larande.add_indicator, other.ind_nojd)
        self.assertFailsUnchanged(self.m, Styr.Error.WRONG_MODEL,
                                  b.nm_larande.set_owner, other.bun)
        self.assertFailsUnchanged(self.m, Styr.Error.WRONG_MODEL,
                                  b.act_lasgrupper.add_goal, other.nm_nojd)
        # An entity in no model cannot be linked either.
        loose = Styr.Goal.new("lost", Level.BOARD, "Utan modell")
        self.assertFailsUnchanged(self.m, Styr.Error.WRONG_MODEL,
                                  loose.add_parent, b.im_ekonomi)
        self.assertFailsUnchanged(self.m, Styr.Error.WRONG_MODEL,
                                  self.m.add, other.im_ekonomi)

    def test_in_use(self):
        b, m = self.b, self.m
        self.assertFailsUnchanged(m, Styr.Error.IN_USE, m.remove, b.im_medborgare)
        self.assertFailsUnchanged(m, Styr.Error.IN_USE, m.remove, b.nm_larande)
        self.assertFailsUnchanged(m, Styr.Error.IN_USE, m.remove, b.medborgare)
        self.assertFailsUnchanged(m, Styr.Error.IN_USE, m.remove, b.ind_las)
        self.assertFailsUnchanged(m, Styr.Error.IN_USE, m.remove, b.kf)

        # A leaf goal goes, and takes its links with it.
        n = m.get_n_entities()
        leaf = goal(m, "em-leaf", Level.UNIT, "Löv", b.skola_norr, b.medborgare,
                    b.ap, [b.vm_lasning])
        leaf.add_indicator(b.ind_las)
        m.remove(leaf)
        self.assertEqual(m.get_n_entities(), n)
        self.assertIsNone(m.lookup("em-leaf"))
        self.assertEqual(ids(b.vm_lasning.get_children()), ["em-skola-norr-lasning"])
        self.assertNotIn("em-leaf", ids(b.ind_las.get_goals()))

    # GObject behaviour.

    def test_notify(self):
        b = self.b
        seen = []
        b.nm_larande.connect("notify::title", lambda obj, pspec: seen.append(pspec.name))
        b.nm_larande.props.title = "Alla elever når målen"
        self.assertEqual(seen, ["title"])
        b.nm_larande.set_title("Alla elever når målen")
        self.assertEqual(seen, ["title"], "no notify when the value does not change")
        self.assertEqual(b.nm_larande.get_label(), "Alla elever når målen")

        owners = []
        b.nm_nojd.connect("notify::owner", lambda obj, pspec: owners.append(obj.get_owner()))
        b.nm_nojd.set_owner(b.bun)
        self.assertEqual(owners, [b.bun])

    def test_constructor_kwargs(self):
        g = Styr.Goal(id="nm-kw", level=Level.BOARD, title="Mål via kwargs",
                      description="Skapat med nyckelordsargument")
        self.assertEqual(g.props.title, "Mål via kwargs")
        self.assertEqual(g.get_title(), "Mål via kwargs")
        self.assertEqual(g.props.level, Level.BOARD)
        self.assertEqual(g.get_id(), "nm-kw")
        self.assertIsNone(g.get_model())
        self.m.add(g)
        self.assertEqual(g.get_model(), self.m)
        self.assertEqual(self.m.lookup_goal("nm-kw"), g)
        ind = Styr.Indicator(id="ind-kw", name="Nyckeltal", measure_unit="st",
                             direction=Styr.IndicatorDirection.LOWER)
        self.assertEqual(ind.props.direction, Styr.IndicatorDirection.LOWER)
        self.assertTrue(math.isnan(ind.props.baseline))


class TestRatten(ChainTestCase):
    def setUp(self):
        self.r = Ratten()
        self.m = self.r.model

    def test_preset(self):
        m = self.m
        self.assertEqual([p.props.name for p in m.get_perspectives()],
                         ["Medborgarfokus", "Effektiva verksamheter",
                          "Samhällsutveckling", "Medskapande medarbetare"])
        self.assertEqual(list(m.props.values), ["Öppenhet", "Omtanke", "Handlingskraft"])
        self.assertEqual(m.props.vision, "Kraftsamling Ängelholm 2020")
        fin = m.lookup_indicator("finansiellt-resultat")
        self.assertIsNotNone(fin)
        ok, target, _high = fin.lookup_target(2025)
        self.assertEqual((ok, target), (True, 2.0))
        # Applying it again changes nothing.
        before = snapshot(m)
        m.apply_preset(Styr.Preset.RATTEN)
        self.assertEqual(snapshot(m), before)

    def test_chain(self):
        r, m = self.r, self.m
        for im, p in zip(r.inriktningsmal, r.perspectives):
            self.assertEqual(im.get_perspective(), p)
            self.assertEqual(ids(m.get_goals_in_perspective(p))[0], im.get_id())
        self.assertEqual(ids(r.em.get_ancestors()), ["nm-vfn-1", "im-1"])
        self.assertEqual(ids(r.inriktningsmal[0].get_descendants()),
                         ["nm-vfn-1", "em-hemtjansten-norr-1"])
        self.assertEqual(ids(r.em.get_activities()), ["act-kontaktmannaskap"])
        self.assertEqual(ids(r.act.get_indicators()), ["ind-nojdhet"])
        self.assertEqual(ids(m.get_goals_owned_by(r.vfn)), ["nm-vfn-1"])
        self.assertEqual(ids(m.get_activities_of_unit(r.enhet)), ["act-kontaktmannaskap"])

    def test_perspective_in_use(self):
        # Switching preset is refused while goals sit in Ratten's perspectives.
        self.assertFailsUnchanged(self.m, Styr.Error.IN_USE,
                                  self.m.apply_preset, Styr.Preset.BORLANGE_2009)

    def test_wrong_model_between_municipalities(self):
        b = Borlange()
        self.assertFailsUnchanged(self.m, Styr.Error.WRONG_MODEL,
                                  self.r.nm.add_parent, b.im_medborgare)
        self.assertFailsUnchanged(self.m, Styr.Error.WRONG_MODEL,
                                  self.r.act.set_unit, b.skola_norr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
