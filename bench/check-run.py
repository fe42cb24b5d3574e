#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""The 'bench' suite's test: runs bench/run with the given arguments and
checks that it exited 0 and printed a table row for every measure.

    check-run.py PATH/TO/bench/run ARGS…

Nothing is timed: this only keeps the benchmarks from rotting.
"""

import subprocess
import sys

IDS = ['load', 'load-rss', 'save', 'follow-up', 'regrade', 'report-html',
       'sie-import', 'py-iterate-goals', 'py-bulk-values', 'scaling']


def main():
    if len(sys.argv) < 2:
        print('usage: check-run.py RUN [ARGS…]', file=sys.stderr)
        return 2
    proc = subprocess.run(['/usr/bin/python3'] + sys.argv[1:],
                          stdout=subprocess.PIPE, text=True)
    sys.stdout.write(proc.stdout)
    first_words = {line.split()[0] for line in proc.stdout.splitlines() if line.split()}
    missing = [i for i in IDS if i not in first_words]
    ok = True
    if proc.returncode != 0:
        print('bench/run exited with status %d' % proc.returncode, file=sys.stderr)
        ok = False
    if missing:
        print('no row for: ' + ', '.join(missing), file=sys.stderr)
        ok = False
    for line in proc.stdout.splitlines():
        fields = line.split()
        if fields and fields[0] in IDS and 'failed' in fields:
            print('failed row: ' + line, file=sys.stderr)
            ok = False
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
