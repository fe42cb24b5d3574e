#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""The Python benches of issue 7, through GObject introspection.

  py-iterate-goals  ``for g in model.get_goals(): g.props.title`` against
                    a Gio.ListStore of as many GObject.Object items with a
                    ``title`` property (the same titles), iterated the
                    same way.
  py-bulk-values    ``model.dup_measurement_values()``, the model's bulk
                    read (packed doubles in a GLib.Bytes, read through
                    ``memoryview(...).cast('d')``), against one
                    ``get_measurement_value(i)`` call per value of every
                    indicator.

Baseline and subject alternate, ``--rounds`` times; one BENCH line per
measure with the medians (docs/dev/bench-design.md). A pass over the
goals of a small model takes microseconds, so a round repeats each pass
until it has iterated at least 200 000 items, and the time printed is
that of one pass. Run with GI_TYPELIB_PATH and LD_LIBRARY_PATH of the
build tree (bench/run sets them).
"""

import argparse
import statistics
import sys
import time

import gi

gi.require_version('Styr', '1.0')
from gi.repository import Gio, GObject, Styr  # noqa: E402


class Item(GObject.Object):
    """The baseline's item: a plain GObject with a title property."""
    title = GObject.Property(type=str, default='')


def iterate_goals(model):
    n = 0
    for g in model.get_goals():
        g.props.title
        n += 1
    return n


def iterate_store(store):
    n = 0
    for g in store:
        g.props.title
        n += 1
    return n


def bulk_values(model):
    data, offsets = model.dup_measurement_values()
    values = memoryview(data.get_data()).cast('d')
    return len(values)


def check_bulk(model, indicators):
    """The bulk read gives what the single accessor gives, in model order."""
    data, offsets = model.dup_measurement_values()
    values = memoryview(data.get_data()).cast('d')
    check(len(offsets) == len(indicators) + 1, 'wrong number of offsets')
    for i, ind in enumerate(indicators[:1000]):
        single = [ind.get_measurement_value(k) for k in range(ind.get_n_measurements())]
        check(list(values[offsets[i]:offsets[i + 1]]) == single,
              'the bulk read differs from the single accessor')


def single_values(indicators):
    n = 0
    for ind in indicators:
        get = ind.get_measurement_value
        for i in range(ind.get_n_measurements()):
            get(i)
            n += 1
    return n


def check(condition, message):
    if not condition:
        raise SystemExit('bench_python.py: ' + message)


def timed(func, arg, repeat):
    start = time.perf_counter()
    for _ in range(repeat):
        result = func(arg)
    return (time.perf_counter() - start) / repeat, result


def bench(out_id, subject, baseline, objects):
    print('%s, seconds per round' % out_id, file=sys.stderr)
    print('  subject : ' + ' '.join('%.6f' % s for s in subject), file=sys.stderr)
    print('  baseline: ' + ' '.join('%.6f' % s for s in baseline), file=sys.stderr)
    print('BENCH\t%s\t%.6f\t%.6f\t%d' % (out_id, statistics.median(subject),
                                         statistics.median(baseline), objects),
          flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--file', required=True, help='the generated model')
    parser.add_argument('--rounds', type=int, default=5,
                        help='rounds of baseline and subject (default 5)')
    args = parser.parse_args()
    if args.rounds < 1:
        parser.error('--rounds must be at least 1')

    model = Styr.Model.new_from_path(args.file)
    goals = model.get_goals()
    n_goals = goals.get_n_items()

    store = Gio.ListStore.new(Item)
    for g in goals:
        store.append(Item(title=g.props.title))
    check(store.get_n_items() == n_goals, 'the ListStore has the wrong size')

    indicators = list(model.get_indicators())
    n_values = sum(ind.get_n_measurements() for ind in indicators)

    repeat = max(1, 200000 // max(1, n_goals))
    subject, baseline = [], []
    for _ in range(args.rounds):
        t, n = timed(iterate_store, store, repeat)
        check(n == n_goals, 'a pass did not see every goal')
        baseline.append(t)
        t, n = timed(iterate_goals, model, repeat)
        check(n == n_goals, 'a pass did not see every goal')
        subject.append(t)
    bench('py-iterate-goals', subject, baseline, n_goals)

    check_bulk(model, indicators)
    repeat = max(1, 200000 // max(1, n_values))
    subject, baseline = [], []
    for _ in range(args.rounds):
        t, n = timed(single_values, indicators, repeat)
        check(n == n_values, 'a pass did not see every value')
        baseline.append(t)
        t, n = timed(bulk_values, model, repeat)
        check(n == n_values, 'a pass did not see every value')
        subject.append(t)
    bench('py-bulk-values', subject, baseline, n_values)
    return 0


if __name__ == '__main__':
    sys.exit(main())
