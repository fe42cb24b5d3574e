#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Checks what `meson install` put into a prefix besides the library.

    check-files.py PREFIX LIBDIR

- every header the umbrella header includes, and every header those
  include from libstyr, is installed (no private header is needed);
- the GIR names the installed library and the pkg-config package;
- the styr tool runs from PREFIX/bin with the installed library and
  counts the goals of examples/data/ratten.styr as the file has them;
- the RELAX NG schema and the API reference (index.html, a page for the
  model class, the devhelp index) are installed.
"""

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

GIR = "{http://www.gtk.org/introspection/core/1.0}"


def fail(message):
    sys.exit(f"check-files: {message}")


def need(path):
    if not os.path.isfile(path):
        fail(f"{path} is not installed")
    return path


def check_headers(prefix):
    include = os.path.join(prefix, "include", "libstyr-1.0")
    todo = ["libstyr/styr.h"]
    seen = set()
    while todo:
        header = todo.pop()
        if header in seen:
            continue
        seen.add(header)
        with open(need(os.path.join(include, header)), encoding="utf-8") as f:
            text = f.read()
        for name in re.findall(r'^#\s*include\s+[<"]([^>"]+)[>"]', text, re.M):
            if name.startswith("libstyr/"):
                todo.append(name)
            elif name.startswith("styr-"):
                todo.append("libstyr/" + name)
            if "private" in name:
                fail(f"{header} includes the private header {name}")
    print(f"headers: {len(seen)} reachable from libstyr/styr.h, all installed")


def check_gir(prefix):
    gir = need(os.path.join(prefix, "share", "gir-1.0", "Styr-1.0.gir"))
    root = ET.parse(gir).getroot()
    namespace = root.find(f"{GIR}namespace")
    if namespace.get("shared-library") != "libstyr-1.0.so.0":
        fail(f"the GIR names the library {namespace.get('shared-library')!r}")
    packages = [p.get("name") for p in root.findall(f"{GIR}package")]
    if packages != ["styr-1.0"]:
        fail(f"the GIR names the pkg-config packages {packages}")
    print(f"gir: {gir}")


def check_tool(prefix):
    tool = need(os.path.join(prefix, "bin", "styr"))
    source_root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
    example = os.path.join(source_root, "examples", "data", "ratten.styr")
    run = subprocess.run([tool, "info", example], capture_output=True, text=True)
    if run.returncode != 0:
        fail(f"{tool} info {example} exited with {run.returncode}:\n{run.stderr}")
    # "Totalt: N" is the number of goals; count the <mal> elements apart.
    total = re.search(r"^\s*Totalt:\s*(\d+)$", run.stdout, re.M)
    goals = len(ET.parse(example).getroot().findall("{urn:libstyr:styr:1}mal"))
    if total is None or int(total.group(1)) != goals:
        fail(f"{tool} info counts {total and total.group(1)} goals, the file has {goals}:\n"
             f"{run.stdout}")
    print(f"tool: {tool} info: {goals} goals")


def check_data(prefix):
    need(os.path.join(prefix, "share", "libstyr-1.0", "styr-1.rng"))
    docs = os.path.join(prefix, "share", "doc", "libstyr-1.0")
    for name in ("index.html", "class.Model.html", "libstyr-1.0.devhelp2"):
        need(os.path.join(docs, name))
    print(f"schema and API reference: {docs}")


def main():
    if len(sys.argv) != 3:
        fail("usage: check-files.py PREFIX LIBDIR")
    prefix = sys.argv[1]
    check_headers(prefix)
    check_gir(prefix)
    check_tool(prefix)
    check_data(prefix)
    print("ok")


if __name__ == "__main__":
    main()
