#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Borlänge's 2009 steering model: sektorsplaner and fokusområden.

Builds a small Borlänge with libstyr in the BORLANGE_2009 preset (the
perspectives Medborgare, Ekonomi, Verksamhet, Utveckling): KF's
inriktningsmål in the budget, two nämnder with their sektorsplaner and
nämndmål, the sectors serving them, and the cross-sector fokusområden that
KF sets each year, each owned by a sector head. It prints each nämnd's
nämndmål per perspective, the goals and activities of each fokusområde,
and the nämndmål that are not followable (no indicator).

Run it with scripts/run-example's build:

    meson devenv -C _build/main /usr/bin/python3 "$PWD/examples/borlange.py"

With --check it verifies the expected headings and exits non-zero if not.
"""

import argparse
import sys

try:
    import gi

    gi.require_version("Styr", "1.0")
    from gi.repository import Styr
except (ImportError, ValueError) as e:
    sys.exit(
        f"borlange.py: cannot load libstyr's Python bindings ({e}).\n"
        "It needs Debian's /usr/bin/python3 with python3-gi and the Styr-1.0 "
        "typelib on GI_TYPELIB_PATH. Build with scripts/run-example, then use\n"
        '  meson devenv -C _build/main /usr/bin/python3 "$PWD/examples/borlange.py"'
    )


def add(model, entity):
    model.add(entity)
    return entity


def build():
    """A small Borlänge. The goals are illustrative."""
    m = Styr.Model(name="Borlänge kommun", kommunkod="2081")
    m.apply_preset(Styr.Preset.BORLANGE_2009)
    P = m.lookup_perspective
    C, B = Styr.GoalLevel.COUNCIL, Styr.GoalLevel.BOARD

    kf = add(m, Styr.Organ(id="kf", kind=Styr.OrganKind.COUNCIL, name="Kommunfullmäktige"))
    bun = add(m, Styr.Organ(id="bun", kind=Styr.OrganKind.BOARD,
                            name="Nämnden för barn och utbildning"))
    von = add(m, Styr.Organ(id="von", kind=Styr.OrganKind.BOARD,
                            name="Nämnden för vård och omsorg"))
    buk = add(m, Styr.Unit(id="sektor-buk", kind=Styr.UnitKind.ADMINISTRATION,
                           name="Sektor Barn, utbildning, kultur och fritid",
                           head="Sektorschef BUK"))
    vo = add(m, Styr.Unit(id="sektor-vo", kind=Styr.UnitKind.ADMINISTRATION,
                          name="Sektor Vård och omsorg, IFO", head="Sektorschef VO"))
    bun.set_sector(buk)
    von.set_sector(vo)

    budget = add(m, Styr.Document(id="budget", kind=Styr.DocumentKind.BUDGET,
                                  title="Budget 2025", year=2025))
    budget.set_owner(kf)
    plans = {}
    for organ in (bun, von):
        plan = add(m, Styr.Document(id=f"sektorsplan-{organ.get_id()}",
                                    kind=Styr.DocumentKind.BOARD_PLAN,
                                    title=f"Sektorsplan 2025, {organ.props.name}", year=2025))
        plan.set_owner(organ)
        plans[organ] = plan

    integration = add(m, Styr.FocusArea(id="integration", name="Integration"))
    integration.set_owner(buk)
    arbete = add(m, Styr.FocusArea(id="arbete-och-tillvaxt", name="Arbete och tillväxt"))
    arbete.set_owner(vo)

    im = {}
    for pid, title in [("medborgare", "Borlängeborna är nöjda med kommunens service"),
                       ("ekonomi", "God ekonomisk hushållning"),
                       ("verksamhet", "Friska och engagerade medarbetare"),
                       ("utveckling", "Fler borlängebor i arbete")]:
        g = add(m, Styr.Goal(id=f"im-{pid}", level=C, title=title))
        g.set_owner(kf)
        g.set_perspective(P(pid))
        g.set_document(budget)
        im[pid] = g
    im["utveckling"].add_focus_area(arbete)

    def nm(gid, organ, pid, title, parents, focus=(), indicator=None):
        g = add(m, Styr.Goal(id=gid, level=B, title=title))
        g.set_owner(organ)
        g.set_perspective(P(pid))
        g.set_document(plans[organ])
        for parent in parents:
            g.add_parent(im[parent])
        for fa in focus:
            g.add_focus_area(fa)
        if indicator is not None:
            iid, name, target = indicator
            ind = add(m, Styr.Indicator(id=iid, name=name, measure_unit="%"))
            ind.set_target(2025, target)
            g.add_indicator(ind)
        return g

    larande = nm("nm-bun-larande", bun, "medborgare", "Alla elever når kunskapskraven",
                 ["medborgare", "utveckling"], [integration],
                 ("ind-behorighet", "Andel elever behöriga till gymnasiet", 90))
    nm("nm-bun-budget", bun, "ekonomi", "Sektorn håller sin budget", ["ekonomi"],
       indicator=("ind-bun-avvikelse", "Budgetavvikelse", 0))
    nm("nm-von-nojd", von, "medborgare", "Brukarna är nöjda med äldreomsorgen",
       ["medborgare"], indicator=("ind-nojd", "Andel nöjda brukare", 85))
    nm("nm-von-sprak", von, "utveckling", "Språkstöd för nyanlända i omsorgsyrken",
       ["utveckling"], [integration, arbete])  # no indicator: not followable

    act = add(m, Styr.Activity(id="act-laxhjalp", title="Läxhjälp på fritidsgårdarna"))
    act.set_unit(buk)
    act.add_goal(larande)
    act.add_indicator(m.lookup_indicator("ind-behorighet"))
    act.add_focus_area(integration)
    return m


def render(m):
    out = [f"{m.props.name} ({m.props.kommunkod}) — styrmodell 2009", ""]
    out.append("Sektorsplaner")
    for organ in m.get_organs():
        goals = m.get_goals_owned_by(organ)
        if organ.props.kind != Styr.OrganKind.BOARD or len(goals) == 0:
            continue
        sector = organ.get_sector()
        out.append(f"  {organ.props.name} (sektor: {sector.props.name if sector else '–'})")
        for p in m.get_perspectives():
            mine = [g for g in goals if g.get_perspective() == p]
            if not mine:
                continue
            out.append(f"    Perspektiv: {p.props.name}")
            for g in mine:
                parents = ", ".join(x.props.title for x in g.get_parents())
                out.append(f"      Nämndmål: {g.props.title} (tjänar: {parents})")
    out.append("")
    out.append("Fokusområden")
    for fa in m.get_focus_areas():
        owner = fa.get_owner()
        out.append(f"  Fokusområde: {fa.props.name} (ansvarig: "
                   f"{owner.props.head if owner else '–'}, {owner.props.name if owner else '–'})")
        for g in fa.get_goals():
            out.append(f"    Mål: {g.props.title} [{g.get_owner().get_label()}]")
        for a in fa.get_activities():
            out.append(f"    Aktivitet: {a.props.title}")
    out.append("")
    out.append("Nämndmål som inte är uppföljningsbara (inget nyckeltal)")
    missing = [g for g in m.get_goals_at_level(Styr.GoalLevel.BOARD)
               if len(g.get_indicators()) == 0]
    for g in missing:
        out.append(f"  {g.props.title} [{g.get_owner().get_label()}]")
    if not missing:
        out.append("  (inga)")
    return "\n".join(out)


EXPECTED = ["Sektorsplaner", "Perspektiv: Medborgare", "Perspektiv: Utveckling",
            "Nämndmål: Alla elever når kunskapskraven", "Fokusområde: Integration",
            "Fokusområde: Arbete och tillväxt", "Aktivitet: Läxhjälp på fritidsgårdarna",
            "Nämndmål som inte är uppföljningsbara",
            "  Språkstöd för nyanlända i omsorgsyrken"]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="verify the expected headings and exit non-zero if one is missing")
    args = parser.parse_args(argv)
    text = render(build())
    print(text)
    if args.check:
        missing = [h for h in EXPECTED if h not in text]
        for h in missing:
            print(f"borlange.py --check: missing {h!r}", file=sys.stderr)
        return 1 if missing else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
