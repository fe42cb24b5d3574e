#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Check that docs/cookbook.md shows each recipe exactly as its file is.

Run by meson test as cookbook-docs: every examples/cookbook/*.py recipe
must appear in full in a ```python block of the cookbook page, so the
page cannot drift from the programs the tests run.
"""

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
page_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "docs", "cookbook.md")
with open(page_path, encoding="utf-8") as f:
    page = f.read()
blocks = [b.rstrip() for b in re.findall(r"```python\n(.*?)```", page, re.S)]
problems = []
recipes = sorted(n for n in os.listdir(HERE) if n.endswith(".py") and n != "check-docs.py")
for name in recipes:
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        source = f.read().rstrip()
    if source not in blocks:
        problems.append(f"{name} is not shown in full (or differs) in {page_path}")
if not recipes:
    problems.append("no recipes found")
for p in problems:
    print(f"check-docs.py: {p}", file=sys.stderr)
sys.exit(1 if problems else 0)
