#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""The GTK 4 viewer (examples/gtk/styr-viewer.py) under Xvfb.

Starts Xvfb on a free display (-displayfd), runs the viewer in this process
on examples/data/ratten.styr and, with expectations read independently from
the file with ElementTree:

1. the occasion chosen by default is the latest one with assessments;
2. every goal title of the file is shown in a mapped label of the widget
   tree (the tree expanded and scrolled through page by page), the tree
   has one row per path in the goal chain, and each row's status light
   shows the level the board assessed the goal at;
3. a screenshot of the real X display (`xwd -root`) is not blank;
4. changing an assessment through the library (nothing is told to the
   app) changes the goal's light — its text and CSS classes, and its
   colour in a second screenshot;
5. removing a leaf goal's assessment and changing its indicator's
   measurement through the library makes the light show the proposed
   level, green at the target and red below the yellow threshold, again
   in the widgets and in screenshots.

Screenshots (PNG) go to $STYR_SCREENSHOT_DIR. Fails, never skips, when
something it needs is missing.
"""

import importlib.util
import os
import select
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import xwd  # noqa: E402

TIMEOUT = 90.0  # seconds for any one wait; the machine may be busy
NS = {"s": "urn:libstyr:styr:1"}
SOURCE_ROOT = os.environ.get(
    "STYR_SOURCE_ROOT",
    os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, os.pardir))
EXAMPLE = os.path.join(SOURCE_ROOT, "examples", "data", "ratten.styr")
VIEWER = os.path.join(SOURCE_ROOT, "examples", "gtk", "styr-viewer.py")
SHOT_DIR = os.environ.get("STYR_SCREENSHOT_DIR") or tempfile.mkdtemp(prefix="styr-viewer-")


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)


def log(message):
    print(message, flush=True)


# ---------------------------------------------------------------------------
# What the file says, read without libstyr


class Expected:
    def __init__(self, path):
        root = ET.parse(path).getroot()
        self.levels = {}   # level id → (name, colour, score)
        scale = root.find("s:skala", NS)
        for niva in scale.findall("s:niva", NS):
            self.levels[niva.get("id")] = (niva.get("namn"), niva.get("farg"),
                                           float(niva.get("poang")))
        self.occasions = [t.get("id") for t in root.find("s:kalender", NS).findall("s:tillfalle", NS)]
        self.periods = {t.get("id"): t.get("period")
                        for t in root.find("s:kalender", NS).findall("s:tillfalle", NS)}
        self.goals = {}     # id → dict
        for mal in root.findall("s:mal", NS):
            self.goals[mal.get("id")] = {
                "title": mal.get("titel"),
                "level": mal.get("niva"),
                "parents": [b.get("mal") for b in mal.findall("s:bidrar-till", NS)],
                "indicators": [i.get("ref") for i in mal.findall("s:indikator", NS)],
                "assessed": {b.get("tillfalle"): b.get("niva")
                             for b in mal.findall("s:bedomning", NS)},
            }
        self.children = {gid: [] for gid in self.goals}
        for gid, g in self.goals.items():
            for p in g["parents"]:
                self.children[p].append(gid)
        self.indicators = {}
        for ind in root.findall("s:indikator", NS):
            targets = {m.get("ar"): m for m in ind.findall("s:malvarde", NS)}
            self.indicators[ind.get("id")] = {"direction": ind.get("riktning"),
                                              "targets": targets}

    def roots(self):
        return [gid for gid, g in self.goals.items() if not g["parents"]]

    def n_paths(self):
        """Rows of the fully expanded tree: one per path from a root."""
        memo = {}

        def rows_under(gid):
            if gid not in memo:
                memo[gid] = 1 + sum(rows_under(c) for c in self.children[gid])
            return memo[gid]
        return sum(rows_under(r) for r in self.roots())

    def assessed_occasion(self):
        assessed = {o for g in self.goals.values() for o in g["assessed"]}
        last = None
        for o in self.occasions:
            if o in assessed:
                last = o
        return last

    def best_level(self):
        return max(self.levels, key=lambda i: self.levels[i][2])

    def worst_level(self):
        return min(self.levels, key=lambda i: self.levels[i][2])


def rgb_of(colour):
    colour = colour.lstrip("#")
    return tuple(int(colour[i:i + 2], 16) for i in (0, 2, 4))


# ---------------------------------------------------------------------------
# Xvfb


def start_xvfb():
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x1024x24",
         "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    os.close(write_fd)
    deadline = time.monotonic() + TIMEOUT
    text = b""
    while not text.endswith(b"\n"):
        remaining = deadline - time.monotonic()
        ready, _, _ = select.select([read_fd], [], [], max(remaining, 0))
        if not ready:
            proc.kill()
            fail("Xvfb did not report its display within the timeout")
        chunk = os.read(read_fd, 64)
        if not chunk:
            err = proc.stderr.read().decode(errors="replace") if proc.poll() is not None else ""
            fail(f"Xvfb exited without a display: {err}")
        text += chunk
    os.close(read_fd)
    return proc, ":" + text.decode().strip()


# ---------------------------------------------------------------------------
# The test


def main():
    check(os.path.isfile(EXAMPLE), f"no example file {EXAMPLE}")
    expected = Expected(EXAMPLE)
    os.makedirs(SHOT_DIR, exist_ok=True)

    xvfb, display = start_xvfb()
    log(f"Xvfb on {display}")
    try:
        os.environ["DISPLAY"] = display
        os.environ.pop("WAYLAND_DISPLAY", None)
        os.environ.setdefault("GSK_RENDERER", "cairo")
        os.environ["GDK_BACKEND"] = "x11"
        run(expected, display)
    finally:
        xvfb.terminate()
        try:
            xvfb.wait(timeout=30)
        except subprocess.TimeoutExpired:
            xvfb.kill()


def run(expected, display):
    import gi

    gi.require_version("Gtk", "4.0")
    gi.require_version("Styr", "1.0")
    from gi.repository import GLib, Gtk, Styr

    spec = importlib.util.spec_from_file_location("styr_viewer", VIEWER)
    viewer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(viewer)

    context = GLib.MainContext.default()
    # Wake the blocking iteration now and then so that the deadline is seen.
    GLib.timeout_add(50, lambda: True)

    def wait_until(condition, what):
        deadline = time.monotonic() + TIMEOUT
        while not condition():
            if time.monotonic() > deadline:
                fail(f"timed out waiting for {what}")
            context.iteration(True)

    app = viewer.ViewerApplication(EXAMPLE)
    check(app.register(None), "the application did not register")
    app.activate()
    check(app.error is None, f"the viewer could not open the file: {app.error}")
    window = app.window
    check(window is not None, "the viewer made no window")
    wait_until(lambda: window.get_mapped(), "the window to be mapped")

    painted = [0]
    window.get_frame_clock().connect("after-paint", lambda *_a: painted.__setitem__(0, painted[0] + 1))

    def settle():
        """Let layout and drawing finish: two frames, one after the other,
        painted after now (the second one starts after the first one's
        layout is done)."""
        for _ in range(2):
            start = painted[0]
            window.queue_draw()
            wait_until(lambda: painted[0] > start, "the window to be painted")
        while context.pending():
            context.iteration(False)

    settle()
    log("window mapped and painted")

    # -- the widget tree ---------------------------------------------------

    def walk(widget):
        yield widget
        child = widget.get_first_child()
        while child is not None:
            yield from walk(child)
            child = child.get_next_sibling()

    def mapped_rows():
        """{title: [row widget, …]} for the tree's rows shown now."""
        rows = {}
        for w in walk(window.column_view):
            if isinstance(w, Gtk.Label) and w.has_css_class("styr-goal-title") and w.get_mapped():
                row = w
                while row is not None and row.get_css_name() != "row":
                    row = row.get_parent()
                check(row is not None, f"the title {w.get_label()!r} is in no row")
                rows.setdefault(w.get_label(), []).append(row)
        return rows

    def light_of(row, cell_class):
        for w in walk(row):
            if w.has_css_class(cell_class):
                for light in walk(w):
                    if light.has_css_class("styr-light"):
                        texts = [t.get_label() for t in walk(light)
                                 if isinstance(t, Gtk.Label) and t.get_mapped()]
                        return light, " ".join(texts)
        fail(f"no {cell_class} light in the row")

    def status_text(title, cell_class="styr-status-cell"):
        rows = mapped_rows().get(title)
        if not rows:
            return None, None
        return light_of(rows[0], cell_class)

    # -- 1. the occasion -----------------------------------------------------

    occasion_id = expected.assessed_occasion()
    selected = window.occasion_dropdown.get_selected_item()
    check(selected is not None and selected.props.id == occasion_id,
          f"the default occasion is {selected and selected.props.id}, expected {occasion_id}")
    shown_occasion = [w.get_label() for w in walk(window.occasion_dropdown)
                      if isinstance(w, Gtk.Label) and w.get_mapped()]
    check(selected.props.name in shown_occasion,
          f"the occasion chooser shows {shown_occasion}, not {selected.props.name!r}")

    # -- 2. titles and lights, all rows ------------------------------------

    roots = expected.roots()
    shown = mapped_rows()
    for gid in roots:
        check(expected.goals[gid]["title"] in shown,
              f"top-level goal {gid} ({expected.goals[gid]['title']!r}) is not shown")
    check(len(shown) == len(roots),
          f"collapsed, the tree shows {len(shown)} goals, expected the {len(roots)} roots")

    tree = window.tree_model
    # Expand every row, as a user clicking each expander would.
    changed = True
    while changed:
        changed = False
        for i in range(tree.get_n_items()):
            row = tree.get_item(i)
            if row.is_expandable() and not row.get_expanded():
                row.set_expanded(True)
                changed = True
    check(tree.get_n_items() == expected.n_paths(),
          f"the expanded tree has {tree.get_n_items()} rows, expected {expected.n_paths()}")

    vadj = window.scrolled.get_vadjustment()
    seen_titles = set()
    seen_lights = {}
    settle()
    value = 0.0
    while True:
        vadj.set_value(value)
        settle()
        for title, rows in mapped_rows().items():
            seen_titles.add(title)
            _light, text = light_of(rows[0], "styr-status-cell")
            seen_lights[title] = text
        if value >= vadj.get_upper() - vadj.get_page_size():
            break
        value = min(value + vadj.get_page_size() * 0.75, vadj.get_upper() - vadj.get_page_size())
    for gid, g in expected.goals.items():
        check(g["title"] in seen_titles, f"goal {gid} ({g['title']!r}) is never shown")
        level_id = g["assessed"].get(occasion_id)
        if level_id is not None:
            want = expected.levels[level_id][0]
            check(seen_lights.get(g["title"]) == want,
                  f"goal {gid}: the light says {seen_lights.get(g['title'])!r}, "
                  f"the file says {want!r}")
    log(f"all {len(expected.goals)} goal titles shown in {tree.get_n_items()} rows, "
        "lights as assessed")

    # Collapse again for the screenshots of the top level.
    for i in reversed(range(tree.get_n_items())):
        tree.get_item(i).set_expanded(False)
    vadj.set_value(0)
    settle()

    # Another occasion from the chooser: one without assessments shows no
    # assessed light; back again, the assessed levels return.
    unassessed = [o for o in expected.occasions
                  if not any(o in g["assessed"] for g in expected.goals.values())]
    if unassessed:
        positions = [o.props.id for o in window.occasions]
        window.occasion_dropdown.set_selected(positions.index(unassessed[-1]))
        settle()
        lights = [light_of(rows[0], "styr-status-cell")[0] for rows in mapped_rows().values()]
        check(lights and not any(l.has_css_class("styr-assessed") for l in lights),
              f"at {unassessed[-1]}, which has no assessments, a light shows an assessment")
        window.occasion_dropdown.set_selected(positions.index(occasion_id))
        settle()
        for gid in roots:
            want = expected.levels[expected.goals[gid]["assessed"][occasion_id]][0]
            got = status_text(expected.goals[gid]["title"])[1]
            check(got == want, f"back at {occasion_id}, {gid}'s light says {got!r}, not {want!r}")
        log(f"occasion {unassessed[-1]} and back to {occasion_id}: lights rebound")

    # -- 3. a screenshot ---------------------------------------------------

    def screenshot(name):
        Gdk_display = window.get_display()
        Gdk_display.sync()
        path = os.path.join(SHOT_DIR, name + ".xwd")
        subprocess.run(["xwd", "-root", "-silent", "-display", display, "-out", path],
                       check=True, timeout=TIMEOUT)
        image = xwd.read_file(path)
        image.save_png(os.path.join(SHOT_DIR, name + ".png"))
        os.unlink(path)
        log(f"screenshot {os.path.join(SHOT_DIR, name + '.png')}")
        return image.colour_counts(), image

    counts_a, image_a = screenshot("viewer-1-start")
    total = image_a.width * image_a.height
    check(len(counts_a) >= 16, f"the screenshot has only {len(counts_a)} colours")
    check(max(counts_a.values()) < 0.97 * total, "the screenshot is one colour")
    for gid in roots:
        level_id = expected.goals[gid]["assessed"][occasion_id]
        rgb = rgb_of(expected.levels[level_id][1])
        check(counts_a.get(rgb, 0) >= 60,
              f"the colour {expected.levels[level_id][1]} of {level_id} ({gid}'s light) "
              f"is hardly in the screenshot ({counts_a.get(rgb, 0)} pixels)")

    # -- 4. an assessment changes ------------------------------------------

    model = app.model
    occasion = model.get_calendar().lookup_occasion(occasion_id)
    best, worst = expected.best_level(), expected.worst_level()
    target_gid = next(gid for gid in roots if expected.goals[gid]["assessed"][occasion_id] != worst)
    target_title = expected.goals[target_gid]["title"]
    old_level = expected.goals[target_gid]["assessed"][occasion_id]
    light, text = status_text(target_title)
    check(text == expected.levels[old_level][0], f"{target_gid}'s light says {text!r}")
    check(light.has_css_class("styr-level-" + old_level), f"{target_gid}'s light lacks its class")

    model.lookup_goal(target_gid).lookup_assessment(occasion).set_level_id(worst)
    wait_until(lambda: status_text(target_title)[1] == expected.levels[worst][0],
               f"{target_gid}'s light to say {expected.levels[worst][0]!r}")
    light, text = status_text(target_title)
    check(light.has_css_class("styr-level-" + worst) and light.has_css_class("styr-assessed")
          and not light.has_css_class("styr-level-" + old_level),
          f"{target_gid}'s light has the classes {light.get_css_classes()}")
    log(f"{target_gid}: the light changed from {expected.levels[old_level][0]!r} "
        f"to {text!r} by itself")
    settle()
    counts_b, _ = screenshot("viewer-2-assessment")
    worst_rgb = rgb_of(expected.levels[worst][1])
    old_rgb = rgb_of(expected.levels[old_level][1])
    check(counts_b.get(worst_rgb, 0) - counts_a.get(worst_rgb, 0) >= 60,
          f"the screenshot did not gain the colour {expected.levels[worst][1]}")
    check(counts_a.get(old_rgb, 0) - counts_b.get(old_rgb, 0) >= 60,
          f"the screenshot did not lose the colour {expected.levels[old_level][1]}")

    # -- 5. a measurement changes ------------------------------------------

    # A leaf goal with one indicator that has a 2025 target with a yellow
    # threshold: green at the target, red below the threshold.
    year = expected.periods[occasion_id].split("-")[0]
    leaf = None
    for gid, g in expected.goals.items():
        if expected.children[gid] or len(g["indicators"]) != 1:
            continue
        ind = expected.indicators[g["indicators"][0]]
        t = ind["targets"].get(year)
        if ind["direction"] in ("hogre", "lagre") and t is not None and t.get("gul") \
                and t.get("hog") is None:
            leaf = gid
            break
    check(leaf is not None, "the example has no leaf goal with one graded indicator")
    leaf_title = expected.goals[leaf]["title"]
    ind_id = expected.goals[leaf]["indicators"][0]
    ind = expected.indicators[ind_id]
    target = float(ind["targets"][year].get("varde"))
    yellow = float(ind["targets"][year].get("gul"))
    bad = yellow - abs(target - yellow) - 10 if ind["direction"] == "hogre" \
        else yellow + abs(yellow - target) + 10

    # Show the leaf: expand its chain through the primary parents.
    chain = [leaf]
    while expected.goals[chain[-1]]["parents"]:
        chain.append(expected.goals[chain[-1]]["parents"][0])
    for gid in reversed(chain[1:]):
        goal = model.lookup_goal(gid)
        for i in range(tree.get_n_items()):
            row = tree.get_item(i)
            if row.get_item() == goal:
                row.set_expanded(True)
                break
    settle()

    def scroll_to(title):
        value = 0.0
        while True:
            vadj.set_value(value)
            settle()
            if title in mapped_rows():
                return
            if value >= vadj.get_upper() - vadj.get_page_size():
                fail(f"{title!r} is not shown after expanding its chain")
            value = min(value + vadj.get_page_size() * 0.5,
                        vadj.get_upper() - vadj.get_page_size())

    scroll_to(leaf_title)
    model.lookup_goal(leaf).remove_assessment(occasion)
    wait_until(lambda: status_text(leaf_title)[0] is not None
               and status_text(leaf_title)[0].has_css_class("styr-proposed"),
               f"{leaf}'s light to show the proposal once its assessment is gone")

    period = Styr.Period.parse(expected.periods[occasion_id])
    indicator = model.lookup_indicator(ind_id)
    best_name, worst_name = expected.levels[best][0], expected.levels[worst][0]

    def proposal_is(level_id):
        light, text = status_text(leaf_title, "styr-proposal-cell")
        main_light, _ = status_text(leaf_title)
        return (light is not None and light.has_css_class("styr-level-" + level_id)
                and text == expected.levels[level_id][0]
                and main_light.has_css_class("styr-level-" + level_id)
                and main_light.has_css_class("styr-proposed"))

    indicator.set_value(period, target)
    wait_until(lambda: proposal_is(best), f"{leaf}'s light to turn {best_name!r}")
    log(f"{leaf}: {ind_id} = {target} (the target) → {status_text(leaf_title)[1]!r}")
    settle()
    counts_c, _ = screenshot("viewer-3-measurement-green")

    indicator.set_value(period, bad)
    wait_until(lambda: proposal_is(worst), f"{leaf}'s light to turn {worst_name!r}")
    log(f"{leaf}: {ind_id} = {bad} (below the yellow threshold) → {status_text(leaf_title)[1]!r}")
    settle()
    counts_d, _ = screenshot("viewer-4-measurement-red")
    best_rgb = rgb_of(expected.levels[best][1])
    check(counts_d.get(worst_rgb, 0) - counts_c.get(worst_rgb, 0) >= 120,
          f"the screenshot did not gain the colour {expected.levels[worst][1]} of the red light")
    check(counts_c.get(best_rgb, 0) - counts_d.get(best_rgb, 0) >= 120,
          f"the screenshot did not lose the colour {expected.levels[best][1]} of the green light")

    window.destroy()
    while context.pending():
        context.iteration(False)
    log("ok: the tree is shown and its lights follow the library")


if __name__ == "__main__":
    main()
