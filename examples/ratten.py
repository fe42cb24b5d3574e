#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""A small municipality in Ängelholm's steering model "Ratten".

Builds the goal chain (målkedjan) of a small Ängelholm with libstyr — the
vision, the council's four inriktningsmål (one per perspective), two
nämnder with nämndmål and indicators with targets, a verksamhetsplan and an
arbetsplan with activities that serve goals and name the indicators they
are expected to move — and prints the chain as an indented tree grouped by
perspective.

Run it against an uninstalled build with

    scripts/run-example
or
    meson devenv -C _build/main /usr/bin/python3 "$PWD/examples/ratten.py"

With --check it also verifies that the tree has the expected headings and
exits non-zero if not (this is how `meson test` runs it).
"""

import argparse
import sys

try:
    import gi

    gi.require_version("Styr", "1.0")
    from gi.repository import Styr
except (ImportError, ValueError) as e:
    sys.exit(
        f"ratten.py: cannot load libstyr's Python bindings ({e}).\n"
        "It needs Debian's /usr/bin/python3 with python3-gi and the Styr-1.0 "
        "typelib on GI_TYPELIB_PATH. Run it through scripts/run-example, or "
        "build first and use\n"
        '  meson devenv -C _build/main /usr/bin/python3 "$PWD/examples/ratten.py"'
    )

YEAR = 2025

LEVEL_NAMES = {
    Styr.GoalLevel.COUNCIL: "Inriktningsmål",
    Styr.GoalLevel.BOARD: "Nämndmål",
    Styr.GoalLevel.OPERATIONAL: "Verksamhetsmål",
    Styr.GoalLevel.UNIT: "Enhetsmål",
}


# ---------------------------------------------------------------------------
# Building the model


def add(model, entity):
    model.add(entity)
    return entity


def new_goal(model, gid, level, title, owner, perspective, document, parents=()):
    goal = add(model, Styr.Goal(id=gid, level=level, title=title))
    goal.set_owner(owner)
    goal.set_perspective(perspective)
    goal.set_document(document)
    for parent in parents:
        goal.add_parent(parent)
    return goal


def new_indicator(model, iid, name, unit, target, direction=Styr.IndicatorDirection.HIGHER,
                  source=Styr.IndicatorSource.OWN, source_id=None, values=()):
    ind = add(model, Styr.Indicator(id=iid, name=name, measure_unit=unit,
                                    direction=direction, source=source,
                                    frequency=Styr.Frequency.TERTIAL))
    if source_id is not None:
        ind.props.source_id = source_id
    ind.set_target(YEAR, target)
    for period, value in values:
        ind.set_value(Styr.Period.parse(period), value)
    return ind


def new_activity(model, aid, title, unit, document, goals, indicators,
                 status=Styr.ActivityStatus.ONGOING):
    act = add(model, Styr.Activity(id=aid, title=title, status=status))
    act.set_unit(unit)
    if document is not None:
        act.set_document(document)
    for goal in goals:
        act.add_goal(goal)
    for ind in indicators:
        act.add_indicator(ind)
    return act


def build():
    """A small Ängelholm in Ratten. The goals and figures are illustrative."""
    m = Styr.Model(name="Ängelholms kommun", kommunkod="1292",
                   vision="Kraftsamling Ängelholm 2020")
    # The four perspectives of 2014, the values Öppenhet, Omtanke,
    # Handlingskraft, and the 2 % financial goal as an indicator.
    m.apply_preset(Styr.Preset.RATTEN)
    medborgarfokus = m.lookup_perspective("medborgarfokus")
    effektiva = m.lookup_perspective("effektiva-verksamheter")
    samhalle = m.lookup_perspective("samhallsutveckling")
    medarbetare = m.lookup_perspective("medskapande-medarbetare")

    # Organisation: KF, two nämnder and the administrations serving them.
    kf = add(m, Styr.Organ(id="kf", kind=Styr.OrganKind.COUNCIL, name="Kommunfullmäktige"))
    vfn = add(m, Styr.Organ(id="vfn", kind=Styr.OrganKind.BOARD, name="Välfärdsnämnden"))
    myn = add(m, Styr.Organ(id="myn", kind=Styr.OrganKind.BOARD, name="Myndighetsnämnden"))

    vf = add(m, Styr.Unit(id="valfardsforvaltningen", kind=Styr.UnitKind.ADMINISTRATION,
                          name="Välfärdsförvaltningen", head="Förvaltningschef"))
    hemtjanst = add(m, Styr.Unit(id="hemtjansten", kind=Styr.UnitKind.OPERATION,
                                 name="Hemtjänsten", head="Verksamhetschef"))
    hemtjanst.set_parent(vf)
    norr = add(m, Styr.Unit(id="hemtjansten-norr", kind=Styr.UnitKind.UNIT,
                            name="Hemtjänsten Norr", head="Enhetschef"))
    norr.set_parent(hemtjanst)
    sbf = add(m, Styr.Unit(id="samhallsbyggnad", kind=Styr.UnitKind.ADMINISTRATION,
                           name="Samhällsbyggnadsförvaltningen", head="Förvaltningschef"))
    bygglov = add(m, Styr.Unit(id="bygglovsenheten", kind=Styr.UnitKind.UNIT,
                               name="Bygglovsenheten", head="Enhetschef"))
    bygglov.set_parent(sbf)
    vfn.set_sector(vf)
    myn.set_sector(sbf)

    # Documents: politics says what, the administration says how.
    adopted = Styr.DocumentStatus.ADOPTED
    budget = add(m, Styr.Document(id="budget-2025", kind=Styr.DocumentKind.BUDGET,
                                  title="Budget 2025", year=YEAR, status=adopted))
    budget.set_owner(kf)
    np_vfn = add(m, Styr.Document(id="nplan-vfn-2025", kind=Styr.DocumentKind.BOARD_PLAN,
                                  title="Nämndplan 2025, Välfärdsnämnden", year=YEAR,
                                  status=adopted))
    np_vfn.set_owner(vfn)
    np_myn = add(m, Styr.Document(id="nplan-myn-2025", kind=Styr.DocumentKind.BOARD_PLAN,
                                  title="Nämndplan 2025, Myndighetsnämnden", year=YEAR,
                                  status=adopted))
    np_myn.set_owner(myn)
    vp = add(m, Styr.Document(id="vp-vf-2025", kind=Styr.DocumentKind.OPERATIONS_PLAN,
                              title="Verksamhetsplan 2025, Välfärdsförvaltningen", year=YEAR))
    vp.set_owner(vf)
    ap = add(m, Styr.Document(id="ap-hemtjansten-norr-2025", kind=Styr.DocumentKind.WORK_PLAN,
                              title="Arbetsplan 2025, Hemtjänsten Norr", year=YEAR))
    ap.set_owner(norr)

    # KF's four inriktningsmål, one per perspective.
    C, B, O, U = (Styr.GoalLevel.COUNCIL, Styr.GoalLevel.BOARD,
                  Styr.GoalLevel.OPERATIONAL, Styr.GoalLevel.UNIT)
    im_service = new_goal(m, "im-service", C, "Ängelholmarna får god service och ett gott bemötande",
                          kf, medborgarfokus, budget)
    im_ekonomi = new_goal(m, "im-ekonomi", C, "God ekonomisk hushållning i alla verksamheter",
                          kf, effektiva, budget)
    im_vaxa = new_goal(m, "im-vaxa", C, "Ängelholm växer hållbart",
                       kf, samhalle, budget)
    im_medarb = new_goal(m, "im-medarbetare", C, "Medarbetarna är delaktiga och friska",
                         kf, medarbetare, budget)
    im_ekonomi.add_indicator(m.lookup_indicator("finansiellt-resultat"))

    # Välfärdsnämnden's nämndmål, each followable by an indicator.
    nm_nojd = new_goal(m, "nm-vfn-nojd", B, "Brukarna är nöjda med hemtjänsten",
                       vfn, medborgarfokus, np_vfn, [im_service])
    ind_nojd = new_indicator(m, "ind-nojd-hemtjanst", "Andel nöjda brukare i hemtjänsten", "%",
                             90, source=Styr.IndicatorSource.SURVEY, values=[("2025-T2", 87)])
    nm_nojd.add_indicator(ind_nojd)
    nm_sjuk = new_goal(m, "nm-vfn-sjukfranvaro", B, "Sjukfrånvaron minskar",
                       vfn, medarbetare, np_vfn, [im_medarb])
    ind_sjuk = new_indicator(m, "ind-sjukfranvaro", "Sjukfrånvaro", "%", 7.0,
                             direction=Styr.IndicatorDirection.LOWER,
                             values=[("2025-T1", 8.4), ("2025-T2", 7.6)])
    nm_sjuk.add_indicator(ind_sjuk)

    # Myndighetsnämnden's nämndmål.
    nm_bygglov = new_goal(m, "nm-myn-bygglov", B, "Snabb och rättssäker bygglovshantering",
                          myn, effektiva, np_myn, [im_ekonomi, im_vaxa])
    ind_handl = new_indicator(m, "ind-handlaggningstid", "Handläggningstid för bygglov",
                              "dagar", 28, direction=Styr.IndicatorDirection.LOWER,
                              values=[("2025-T2", 31)])
    nm_bygglov.add_indicator(ind_handl)
    nm_nojd_byggl = new_goal(m, "nm-myn-bemotande", B, "Sökande upplever ett gott bemötande",
                             myn, medborgarfokus, np_myn, [im_service])
    ind_nki = new_indicator(m, "ind-nki-bygglov", "Nöjd kundindex, bygglov", "index", 70,
                            source=Styr.IndicatorSource.SURVEY)
    nm_nojd_byggl.add_indicator(ind_nki)

    # The verksamhetsplan: the nämndmål broken down for the operations.
    vm_kontinuitet = new_goal(m, "vm-kontinuitet", O, "Färre personer per brukare i hemtjänsten",
                              hemtjanst, medborgarfokus, vp, [nm_nojd])
    ind_personal = new_indicator(m, "ind-personalkontinuitet",
                                 "Antal personal som en hemtjänsttagare möter under 14 dagar",
                                 "st", 12, direction=Styr.IndicatorDirection.LOWER,
                                 values=[("2025-T2", 14)])
    vm_kontinuitet.add_indicator(ind_personal)
    new_activity(m, "act-schemalaggning", "Schemalägg i mindre arbetslag", hemtjanst, vp,
                 [vm_kontinuitet], [ind_personal])
    new_activity(m, "act-friskvard", "Friskvårdstimme för all personal", hemtjanst, vp,
                 [nm_sjuk], [ind_sjuk], status=Styr.ActivityStatus.NOT_STARTED)

    # The arbetsplan: concrete work for one unit.
    em_kontakt = new_goal(m, "em-kontaktman", U, "Varje brukare har en fast kontaktman",
                          norr, medborgarfokus, ap, [vm_kontinuitet])
    new_activity(m, "act-kontaktman", "Inför kontaktmannaskap i alla arbetslag", norr, ap,
                 [em_kontakt], [ind_personal, ind_nojd])
    new_activity(m, "act-e-tjanst", "E-tjänst för bygglovsansökan", bygglov, None,
                 [nm_bygglov], [ind_handl])
    return m


# ---------------------------------------------------------------------------
# Printing the chain


def fmt_number(value):
    """A number the Swedish way: decimal comma, no needless decimals."""
    text = f"{value:.1f}".rstrip("0").rstrip(".") if value != int(value) else f"{int(value)}"
    return text.replace(".", ",").replace("-", "−")


def fmt_amount(value, unit):
    return f"{fmt_number(value)} {unit}" if unit else fmt_number(value)


def describe_indicator(ind):
    unit = ind.props.measure_unit
    ok, target, high = ind.lookup_target(YEAR)
    if not ok:
        target_text = "målvärde saknas"
    elif ind.props.direction == Styr.IndicatorDirection.RANGE:
        target_text = f"målvärde {YEAR}: {fmt_number(target)}–{fmt_amount(high, unit)}"
    elif ind.props.direction == Styr.IndicatorDirection.LOWER:
        target_text = f"målvärde {YEAR}: högst {fmt_amount(target, unit)}"
    else:
        target_text = f"målvärde {YEAR}: minst {fmt_amount(target, unit)}"
    n = ind.get_n_measurements()
    if n > 0:
        period = ind.get_measurement_period(n - 1).to_string()
        outcome = f"utfall {period}: {fmt_amount(ind.get_measurement_value(n - 1), unit)}"
    else:
        outcome = "inget utfall ännu"
    return f"Nyckeltal: {ind.props.name} ({target_text}; {outcome})"


def owner_name(entity):
    owner = entity.get_owner() if hasattr(entity, "get_owner") else entity.get_unit()
    return owner.get_label() if owner is not None else "ingen ägare"


def print_goal(goal, depth, out, parent=None):
    pad = "  " * depth
    line = f"{pad}{LEVEL_NAMES[goal.props.level]}: {goal.props.title} [{owner_name(goal)}]"
    primary = goal.get_primary_parent()
    if parent is not None and primary is not None and primary != parent:
        # Several parents: shown in full under the primary one only.
        out.append(f"{line} (se under {primary.props.title})")
        return
    out.append(line)
    for ind in goal.get_indicators():
        out.append(f"{pad}  {describe_indicator(ind)}")
    for act in goal.get_activities():
        inds = ", ".join(i.props.name for i in act.get_indicators()) or "inget nyckeltal"
        unit = act.get_unit()
        out.append(f"{pad}  Aktivitet: {act.props.title} "
                   f"[{unit.get_label() if unit else 'ingen enhet'}] → påverkar: {inds}")
    for child in goal.get_children():
        print_goal(child, depth + 1, out, goal)


def render(model):
    out = [
        f"{model.props.name} ({model.props.kommunkod})",
        f"Vision: {model.props.vision}",
        f"Värdegrund: {', '.join(model.props.values or [])}",
        "",
        "Målkedjan per perspektiv",
    ]
    for perspective in model.get_perspectives():
        out.append("")
        out.append(f"Perspektiv: {perspective.props.name}")
        top = [g for g in model.get_goals_in_perspective(perspective)
               if g.props.level == Styr.GoalLevel.COUNCIL]
        if not top:
            out.append("  (inga inriktningsmål)")
        for goal in top:
            print_goal(goal, 1, out)

    orphans = [g for g in model.get_goals()
               if g.props.level != Styr.GoalLevel.COUNCIL and g.get_primary_parent() is None]
    if orphans:
        out.append("")
        out.append("Mål utan koppling uppåt i kedjan")
        for goal in orphans:
            print_goal(goal, 1, out)
    return "\n".join(out)


EXPECTED_HEADINGS = [
    "Vision: Kraftsamling Ängelholm 2020",
    "Perspektiv: Medborgarfokus",
    "Perspektiv: Effektiva verksamheter",
    "Perspektiv: Samhällsutveckling",
    "Perspektiv: Medskapande medarbetare",
    "Inriktningsmål: ",
    "Nämndmål: ",
    "Verksamhetsmål: ",
    "Enhetsmål: ",
    "Nyckeltal: ",
    "Aktivitet: ",
    "målvärde 2025",
]


def check(text):
    """Problems with the rendered tree: missing headings, or perspectives out
    of the model's order."""
    problems = [f"missing: {h!r}" for h in EXPECTED_HEADINGS if h not in text]
    positions = [text.find(h) for h in EXPECTED_HEADINGS[1:5]]
    if -1 not in positions and positions != sorted(positions):
        problems.append("the perspectives are not in Ratten's order")
    return problems


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="verify the expected headings and exit non-zero if one is missing")
    args = parser.parse_args(argv)

    text = render(build())
    print(text)
    if args.check:
        problems = check(text)
        for p in problems:
            print(f"ratten.py --check: {p}", file=sys.stderr)
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
