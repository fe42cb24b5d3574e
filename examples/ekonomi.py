#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""A controller's delårsrapport per augusti in Strandvik, the Ratten example.

examples/data/ratten.styr holds Strandvik's economy as it stands when
the delårsrapport is written: the budget 2025, the outcomes January–August
(August imported from the finance system's SIE file), the forecasts of
tertial 1 and of the delårsrapport. The controller (*controller, ekonom*)
goes through it like this:

1. load the model;
2. import August again from the SIE file,
   examples/data/strandvik-2025-08.se — the books were corrected, say —
   and see what could not be mapped. A re-import replaces the month: every
   row is replaced by the same row, nothing is counted twice, and the
   model is byte for byte what it was;
3. let libstyr propose each nämnd's full-year forecast (outcome to date
   plus the rest of the budget, or the linear trend of the months) and
   put the proposals next to the forecasts the nämnder gave, with their
   comments (the accepted forecast is set with `Organ.set_forecast`, as
   examples/data/strandvik-ekonomi.py does when it makes the example);
4. read the driftredovisning per nämnd for 2025-T2 — annual budget,
   periodised budget, outcome to date, deviation to date, full-year
   forecast, deviation for the year, change since the tertial 1 forecast,
   last year's outcome —, the municipality's result, the balance
   requirement on the forecast, the financial goal, and the allocation
   model's frames and cost per unit 2025–2027.

Run it against an uninstalled build with

    meson devenv -C _build/main /usr/bin/python3 "$PWD/examples/ekonomi.py"

--output FILE saves the model as it stands after the flow (so that
`styr ekonomi FILE --period 2025-T2` shows the same figures); --enhet
chooses tkr (the default), mnkr or kr. With --check the script also
recomputes every figure by another way — from the raw outcome rows, the
SIE file's own #PSALDO rows and the budget lines —, checks that the
re-import changed nothing, and exits non-zero if one differs (this is how
`meson test` runs it).
"""

import argparse
import os
import sys

try:
    import gi

    gi.require_version("Styr", "1.0")
    from gi.repository import GLib, Styr
except (ImportError, ValueError) as e:
    sys.exit(
        f"ekonomi.py: cannot load libstyr's Python bindings ({e}).\n"
        "It needs Debian's /usr/bin/python3 with python3-gi and the Styr-1.0 "
        "typelib on GI_TYPELIB_PATH. Build first and use\n"
        '  meson devenv -C _build/main /usr/bin/python3 "$PWD/examples/ekonomi.py"'
    )

HERE = os.path.dirname(os.path.abspath(__file__))
MODEL = os.path.join(HERE, "data", "ratten.styr")
SIE = os.path.join(HERE, "data", "strandvik-2025-08.se")

PERIOD = "2025-T2"
IMPORT_MONTH = "2025-08"
PREVIOUS = "t1-2025"

NAMNDER = ["ks", "valfardsnamnd", "myndighetsnamnd", "overformyndarnamnd"]

COLUMNS = [
    ("annual_budget", "Budget helår"),
    ("periodised_budget", "Periodiserad budget"),
    ("outcome", "Utfall"),
    ("period_deviation", "Avvikelse period"),
    ("forecast", "Prognos helår"),
    ("year_deviation", "Avvikelse helår"),
    ("forecast_change", "Förändring sedan föregående prognos"),
    ("last_year_outcome", "Utfall föregående år"),
    ("last_year_outcome_to_date", "Utfall samma period föregående år"),
]

RESULT_ITEMS = [
    (Styr.ResultItem.TAX_INCOME, "Skatteintäkter"),
    (Styr.ResultItem.GENERAL_GRANTS, "Generella statsbidrag"),
    (Styr.ResultItem.FINANCIAL_NET, "Finansnetto"),
]

UNITS = {
    "tkr": (Styr.MoneyUnit.TKR, 0),
    "mnkr": (Styr.MoneyUnit.MNKR, 1),
    "kr": (Styr.MoneyUnit.KR, 0),
}


# ---------------------------------------------------------------------------
# The flow


def occasion_for(model, period):
    """The economy occasion of the calendar whose period ends with @period's
    last month: where the forecasts for @period are made."""
    for occasion in model.get_calendar().get_occasions():
        p = occasion.get_period()
        if (occasion.get_flags() & Styr.OccasionFlags.ECONOMY and
                p.get_year() == period.get_year() and
                p.get_last_month() == period.get_last_month()):
            return occasion
    raise LookupError(f"no economy occasion ends with {period.to_string()}")


def run(sie_path=SIE):
    model = Styr.Model.new_from_path(MODEL)
    period = Styr.Period.parse(PERIOD)
    loaded = model.to_bytes().get_data()

    # 2. August from the finance system, again.
    result = model.import_sie_path(sie_path, Styr.Period.parse(IMPORT_MONTH))
    unchanged = model.to_bytes().get_data() == loaded

    # 3. The proposals next to the forecasts the nämnder gave.
    occasion = occasion_for(model, period)
    forecasts = {}
    for nid in NAMNDER:
        organ = model.lookup_organ(nid)
        remainder = organ.propose_forecast(occasion.get_id(),
                                           Styr.ForecastMethod.BUDGET_REMAINDER)
        trend = organ.propose_forecast(occasion.get_id(), Styr.ForecastMethod.LINEAR_TREND)
        ok, given, comment = organ.lookup_forecast(occasion.get_id())
        forecasts[nid] = (remainder, trend, given if ok else None, comment)
    return model, period, occasion, result, unchanged, forecasts


# ---------------------------------------------------------------------------
# Reading it


def figures(model, period):
    """Everything the report shows, in öre: a dict a test can compare."""
    statement = Styr.OperatingStatement.new(model, period)
    rows = {}
    for row in list(statement) + [statement.get_total()]:
        organ = row.get_organ()
        key = organ.get_id() if organ is not None else "totalt"
        rows[key] = {attr: getattr(row, "get_" + attr)() for attr, _ in COLUMNS}
        rows[key]["has_forecast"] = row.get_has_forecast()
        rows[key]["has_previous_forecast"] = row.get_has_previous_forecast()
        rows[key]["comment"] = row.get_forecast_comment()
        rows[key]["name"] = organ.get_name() if organ is not None else "Totalt"

    res = Styr.MunicipalResult.new(model, period)
    result = {}
    for item, label in RESULT_ITEMS:
        result[label] = (res.get_item_budget(item), res.get_item_outcome(item),
                         res.get_item_forecast(item))
    result["Nämndernas nettokostnad"] = (-res.get_net_cost_budget(), -res.get_net_cost_outcome(),
                                         -res.get_net_cost_forecast())
    result["Årets resultat"] = (res.get_result_budget(), res.get_result_outcome(),
                                res.get_result_forecast())
    balance = {
        "result": res.get_result_forecast(),
        "adjustments": res.get_item_forecast(Styr.ResultItem.BALANCE_ADJUSTMENTS),
        "balance_result": res.get_balance_result(),
        "met": res.get_balance_requirement_met(),
    }

    goals = {}
    for indicator in model.get_indicators():
        rule = indicator.get_financial_rule()
        if rule != Styr.FinancialRule.NONE:
            ok, value = res.evaluate_rule(rule)
            goals[indicator.get_id()] = (Styr.FinancialRule.get_id(rule), value if ok else None)

    allocation = {}
    for organ in model.get_organs():
        alloc = organ.get_allocation()
        if alloc is None:
            continue
        years = {}
        for year in alloc.dup_years():
            frame = alloc.compute_frame(year)
            drivers = {}
            for driver in alloc.dup_driver_ids():
                ok, volume = alloc.lookup_volume(driver, year)
                cost = alloc.get_cost_per_unit(driver, year)
                drivers[driver] = (alloc.get_driver_name(driver), alloc.get_driver_unit(driver),
                                   volume, cost)
            years[year] = (frame, drivers)
        allocation[organ.get_id()] = (organ.get_name(), years)
    return {"rows": rows, "result": result, "balance": balance, "goals": goals,
            "allocation": allocation, "occasion": statement.get_occasion_id(),
            "previous": statement.get_previous_occasion_id()}


def render(model, period, occasion, imported, unchanged, forecasts, f, unit="tkr"):
    money_unit, decimals = UNITS[unit]

    def fmt(ore):
        return Styr.money_format_plain(ore, money_unit, decimals)

    out = [f"Delårsrapport per augusti, {model.props.name}: ekonomi per {period.to_string()}",
           ""]
    unmapped = Styr.money_format(imported.get_unmapped_amount(), Styr.MoneyUnit.KR, 2)
    out.append(f"Import av {os.path.basename(SIE)} ({IMPORT_MONTH}): "
               f"{imported.get_n_values()} utfallsrader, {imported.get_n_replaced()} ersatta, "
               f"{imported.get_n_balance_rows()} rader på balanskonton, omappat {unmapped}")
    for finding in imported.get_findings():
        out.append(f"  {finding.get_code()}: {finding.get_message()}")
    out.append("  Modellen efter importen: " +
               ("oförändrad (augusti fanns redan och ersattes rad för rad)" if unchanged
                else "ändrad"))

    out.append("")
    out.append(f"Prognoser vid {occasion.get_name()} ({unit}): förslag utfall + återstående "
               "budget / förslag linjär trend / nämndens prognos")
    for nid in NAMNDER:
        remainder, trend, given, comment = forecasts[nid]
        name = model.lookup_organ(nid).get_name()
        out.append(f"  {name}: {fmt(remainder)} / {fmt(trend)} / "
                   f"{'–' if given is None else fmt(given)}")

    out.append("")
    out.append(f"Driftredovisning per nämnd ({unit}); prognos {f['occasion']}, "
               f"föregående prognos {f['previous']}")
    for key in NAMNDER + ["totalt"]:
        row = f["rows"][key]
        out.append(row["name"])
        for attr, label in COLUMNS:
            missing = ((attr in ("forecast", "year_deviation") and not row["has_forecast"]) or
                       (attr == "forecast_change" and not row["has_previous_forecast"]))
            out.append(f"  {label}: {'–' if missing else fmt(row[attr])}")
        if row["comment"]:
            out.append(f"  Kommentar: {row['comment']}")

    out.append("")
    out.append(f"Kommunens resultat ({unit}): budget helår / utfall / prognos helår")
    for label, (budget, outcome, forecast) in f["result"].items():
        out.append(f"  {label}: {fmt(budget)} / {fmt(outcome)} / {fmt(forecast)}")

    b = f["balance"]
    out.append("")
    out.append(f"Balanskravet på helårsprognosen ({unit})")
    out.append(f"  Årets resultat enligt prognos: {fmt(b['result'])}")
    out.append(f"  Balanskravsjusteringar: {fmt(b['adjustments'])}")
    out.append(f"  Balanskravsresultat: {fmt(b['balance_result'])}")
    out.append(f"  Balanskravet uppfyllt: {'ja' if b['met'] else 'nej'}")

    out.append("")
    out.append("Finansiella mål")
    for ind_id, (rule, value) in f["goals"].items():
        indicator = model.lookup_indicator(ind_id)
        ok, target, high = indicator.lookup_target(period.get_year())
        shown = "kan inte beräknas" if value is None else f"{value:.2f}".replace(".", ",")
        target_text = f"{target:g}".replace(".", ",") if ok else "–"
        out.append(f"  {indicator.get_name()} ({rule}): {shown} "
                   f"{indicator.get_measure_unit()} (mål {target_text} "
                   f"{indicator.get_measure_unit()})")

    for organ_id, (name, years) in f["allocation"].items():
        out.append("")
        out.append(f"Resursfördelningsmodell: {name} ({unit}, kostnad per enhet i kr)")
        for year, (frame, drivers) in sorted(years.items()):
            out.append(f"  {year}: ram {fmt(frame)}")
            for driver, (dname, dunit, volume, cost) in drivers.items():
                count = f"{volume:,}".replace(",", "\u00a0")
                out.append(f"    {dname}: {count} {dunit}, "
                           f"{Styr.money_format_plain(cost, Styr.MoneyUnit.KR, 0)} kr per enhet")
    return "\n".join(out)


# ---------------------------------------------------------------------------
# --check: the same figures by another way


def check(model, period, occasion, imported, unchanged, forecasts, f):
    problems = []

    def expect(what, got, want):
        if got != want:
            problems.append(f"{what}: {got!r}, expected {want!r}")

    year, last = period.get_year(), period.get_last_month()

    # The SIE file's own August rows per ansvar (the reader, not the import).
    with open(SIE, "rb") as fh:
        sie = Styr.SieFile.new_from_bytes(GLib.Bytes.new(fh.read()), SIE)
    august = {}          # unit id -> öre
    unmapped = {}        # object -> öre
    for i in range(sie.get_n_period_rows()):
        budget, year_index, yyyymm, account, n_objects, amount, _, _ = sie.get_period_row(i)
        if budget or year_index != 0 or yyyymm != 202508 or n_objects == 0:
            continue
        if account[0] not in "34567":
            continue
        dim, obj = sie.get_period_row_object(i, 0)
        unit = model.lookup_object_unit(dim, obj)
        if unit is None:
            unmapped[obj] = unmapped.get(obj, 0) + amount
        else:
            august[unit.get_id()] = august.get(unit.get_id(), 0) + amount
    expect("unmapped objects", sorted(unmapped), ["2390"])
    expect("unmapped amount", imported.get_unmapped_amount(), sum(unmapped.values()))
    # The re-import: every row it wrote replaced one that was there, and
    # the model is what was loaded.
    expect("rows replaced", imported.get_n_replaced(), imported.get_n_values())
    expect("model unchanged by the re-import", unchanged, True)

    totals = {attr: 0 for attr, _ in COLUMNS}
    for nid in NAMNDER:
        organ = model.lookup_organ(nid)
        row = f["rows"][nid]
        units = [u for u in model.get_units() if u.get_budget_organ() == organ]

        # Outcome to date from the raw rows: Jan-Jul as loaded, August as
        # the SIE file has it.
        raw = {y: {} for y in (year - 1, year)}
        for u in units:
            for i in range(u.get_n_outcomes()):
                y, m, cat, ore = u.get_outcome_row(i)
                if y in raw:
                    raw[y][m] = raw[y].get(m, 0) + ore
        expect(f"{nid}: August", raw[year].get(8, 0), sum(august.get(u.get_id(), 0) for u in units))
        outcome = sum(v for m, v in raw[year].items() if m <= last)
        expect(f"{nid}: outcome", row["outcome"], outcome)
        expect(f"{nid}: last year", row["last_year_outcome"], sum(raw[year - 1].values()))
        expect(f"{nid}: last year to date", row["last_year_outcome_to_date"],
               sum(v for m, v in raw[year - 1].items() if m <= last))

        # Budget: the frame, the sum of the lines, periodised month by month.
        ok, frame = organ.lookup_frame(year)
        lines = 0
        periodised = 0
        for u in units:
            for i in range(u.get_n_budget_lines()):
                y, cat, ore, key = u.get_budget_line(i)
                if y == year:
                    lines += ore
                    periodised += sum(u.dup_monthly_budget(year, cat)[:last])
        expect(f"{nid}: annual budget", row["annual_budget"], frame)
        expect(f"{nid}: frame = lines", frame, lines)
        expect(f"{nid}: periodised", row["periodised_budget"], periodised)
        expect(f"{nid}: period deviation", row["period_deviation"], periodised - outcome)

        # The forecast: the proposal (outcome + the rest of the budget),
        # the nämnd's forecast and its comment; the change since tertial 1.
        remainder, trend, given, comment = forecasts[nid]
        expect(f"{nid}: proposal", remainder, outcome + (frame - periodised))
        expect(f"{nid}: forecast given", given is not None and bool(comment), True)
        expect(f"{nid}: forecast", row["forecast"], given)
        expect(f"{nid}: comment", row["comment"], comment)
        expect(f"{nid}: year deviation", row["year_deviation"], frame - given)
        ok, t1, _ = organ.lookup_forecast(PREVIOUS)
        expect(f"{nid}: change", row["forecast_change"], given - t1)
        for attr, _ in COLUMNS:
            totals[attr] += row[attr]
    for attr, _ in COLUMNS:
        expect(f"total {attr}", f["rows"]["totalt"][attr], totals[attr])

    # The result: items minus the nämnder's net cost; the balance requirement.
    forecast_items = 0
    for item, label in RESULT_ITEMS:
        ok, want = model.lookup_result_forecast(occasion.get_id(), item)
        expect(f"{label} forecast", f["result"][label][2], want)
        forecast_items += want
    ok, adjustments = model.lookup_result_forecast(occasion.get_id(),
                                                   Styr.ResultItem.BALANCE_ADJUSTMENTS)
    net_forecast = sum(forecasts[n][2] for n in NAMNDER)
    result_forecast = forecast_items - net_forecast
    expect("result forecast", f["result"]["Årets resultat"][2], result_forecast)
    expect("result budget", f["result"]["Årets resultat"][0],
           sum(f["result"][label][0] for _, label in RESULT_ITEMS) -
           sum(model.lookup_organ(n).lookup_frame(year)[1] for n in NAMNDER))
    expect("balance result", f["balance"]["balance_result"], result_forecast + adjustments)
    expect("balance met", f["balance"]["met"], result_forecast + adjustments >= 0)

    # The financial goal: the forecast result as a share of tax and grants.
    revenue = sum(f["result"][label][2] for _, label in RESULT_ITEMS[:2])
    rule, value = f["goals"].get("finansiellt-resultat", (None, None))
    expect("financial goal rule", rule, "resultat-andel")
    if value is None or abs(value - result_forecast * 100 / revenue) > 1e-9:
        problems.append(f"financial goal: {value!r}, expected {result_forecast * 100 / revenue!r}")

    # Grow without growing: volumes rise, the cost per unit falls, and the
    # model's frames are the nämnd's frames.
    name, years = f["allocation"]["valfardsnamnd"]
    organ = model.lookup_organ("valfardsnamnd")
    for y, (frame, drivers) in years.items():
        expect(f"allocation frame {y}", frame, organ.lookup_frame(y)[1])
    ordered = [years[y] for y in sorted(years)]
    for driver in ordered[0][1]:
        volumes = [d[1][driver][2] for d in ordered]
        costs = [d[1][driver][3] for d in ordered]
        if volumes != sorted(volumes) or len(set(volumes)) != len(volumes):
            problems.append(f"{driver}: volumes do not rise: {volumes}")
        if costs != sorted(costs, reverse=True) or len(set(costs)) != len(costs):
            problems.append(f"{driver}: cost per unit does not fall: {costs}")
    return problems


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="recompute every figure another way and exit non-zero if one differs")
    parser.add_argument("--output", "-o", metavar="FILE",
                        help="save the model after the flow to FILE")
    parser.add_argument("--enhet", choices=sorted(UNITS), default="tkr",
                        help="the unit of the amounts (default tkr)")
    args = parser.parse_args(argv)

    model, period, occasion, imported, unchanged, forecasts = run()
    f = figures(model, period)
    print(render(model, period, occasion, imported, unchanged, forecasts, f, args.enhet))
    if args.output:
        model.save_to_path(args.output, Styr.SaveFlags.NONE)
    if args.check:
        problems = check(model, period, occasion, imported, unchanged, forecasts, f)
        for p in problems:
            print(f"ekonomi.py --check: {p}", file=sys.stderr)
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
