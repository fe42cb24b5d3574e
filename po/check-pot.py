#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Check the translation template the build writes (po/libstyr-1.0.pot).

1. Every C source of the library and the tool that has a translatable
   message (_(), N_(), C_(), g_dngettext) is listed in po/POTFILES.in, so
   no user-facing text is left out of the template.
2. The template parses as PO, is UTF-8, and holds messages from the
   library's parts (errors, validation, economy, the report) — with
   their plural forms where the code has them.

Usage: check-pot.py SOURCE_ROOT POT_FILE
"""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
pot = pathlib.Path(sys.argv[2])

listed = {line.strip() for line in (root / "po" / "POTFILES.in").read_text().splitlines()
          if line.strip() and not line.startswith("#")}
marker = re.compile(r'\b(?:N?_|C_|g_dngettext)\s*\(')
missing = []
for path in sorted(list((root / "libstyr").glob("*.c")) + list((root / "tools").glob("*.c"))):
    rel = path.relative_to(root).as_posix()
    if marker.search(path.read_text(encoding="utf-8")) and rel not in listed:
        missing.append(rel)
if missing:
    sys.exit("po/POTFILES.in lacks sources with messages: " + ", ".join(missing))
for rel in sorted(listed):
    if not (root / rel).is_file():
        sys.exit("po/POTFILES.in lists a file that does not exist: " + rel)

text = pot.read_text(encoding="utf-8")
if 'charset=UTF-8' not in text:
    sys.exit(f"{pot}: the template is not declared UTF-8")
msgids = re.findall(r'^msgid "(.*)"$', text, re.M)
plurals = re.findall(r'^msgid_plural "', text, re.M)
if len(msgids) < 500:
    sys.exit(f"{pot}: only {len(msgids)} messages; sources are missing from the template")
if not plurals:
    sys.exit(f"{pot}: no plural forms; g_dngettext is not extracted")
for needle in ["Driftredovisning per nämnd", "Ogiltigt kostnadsslag", "Balanskravet"]:
    if needle not in text:
        sys.exit(f"{pot}: no message containing {needle!r}")
print(f"ok: {len(msgids)} messages, {len(plurals)} with plural forms, "
      f"{len(listed)} sources listed")
