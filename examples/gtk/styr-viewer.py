#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Målkedjan med statuslampor: a GTK 4 viewer for a libstyr model.

Opens a .styr file and shows its goal chain (målkedjan) as a tree — the
council's inriktningsmål at the top, the nämndmål, verksamhetsmål and
enhetsmål that serve them below — with a status light per goal for the
chosen follow-up occasion (tertialrapport, delårsrapport, årsredovisning):
the level the board assessed the goal at when there is an assessment, else
the level libstyr's follow-up proposes from the indicators and the child
goals, and beside it the proposed level on its own.

Nothing is copied into the widgets. The tree is a Gtk.TreeListModel over
the model's goals (filtered to those that serve no other goal) and each
goal's live children list; a row binds its title label to the goal's
"title" property and its lights to the "assessed-level" and
"proposed-level" properties of the goal's Styr.GoalStatus. When a
measurement, a target or an assessment changes in the model, Styr.FollowUp
recomputes the affected goals and notifies, and the lights change by
themselves. A light is a coloured shape *and* a text (the shape and the
words say the same as the colour), so colour is never the only signal.

Run it against an uninstalled build:

    meson devenv -C _build/main /usr/bin/python3 "$PWD/examples/gtk/styr-viewer.py" \
        "$PWD/examples/data/ratten.styr"

Options: --tillfalle ID chooses the occasion (default: the latest one the
boards have assessed goals at). It needs Debian's gir1.2-gtk-4.0
(scripts/setup-deps installs it). tests/app/test_viewer.py runs it under
Xvfb.
"""

import argparse
import gettext
import math
import os
import sys

try:
    import gi

    gi.require_version("Gtk", "4.0")
    gi.require_version("Gdk", "4.0")
    gi.require_version("Styr", "1.0")
    from gi.repository import Gdk, Gio, GLib, GObject, Gtk, Styr
except (ImportError, ValueError) as e:
    sys.exit(
        f"styr-viewer.py: cannot load GTK 4 or libstyr's bindings ({e}).\n"
        "It needs Debian's /usr/bin/python3 with python3-gi, gir1.2-gtk-4.0 and "
        "the Styr-1.0 typelib on GI_TYPELIB_PATH; build first and use\n"
        '  meson devenv -C _build/main /usr/bin/python3 "$PWD/examples/gtk/styr-viewer.py"'
    )

APPLICATION_ID = "se.styr.Viewer"
GETTEXT_PACKAGE = "libstyr-1.0"
DEFAULT_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                            os.pardir, "data", "ratten.styr")

_ = gettext.translation(GETTEXT_PACKAGE, fallback=True).gettext

LEVEL_NAMES = {
    Styr.GoalLevel.COUNCIL: _("Inriktningsmål"),
    Styr.GoalLevel.BOARD: _("Nämndmål"),
    Styr.GoalLevel.OPERATIONAL: _("Verksamhetsmål"),
    Styr.GoalLevel.UNIT: _("Enhetsmål"),
}

CSS = b"""
.styr-light-text { font-feature-settings: "tnum"; }
.styr-light.styr-not-assessed .styr-light-text { opacity: 0.7; font-style: italic; }
.styr-light.styr-proposed .styr-light-text { font-style: italic; }
treeexpander.styr-leaf expander { opacity: 0; -gtk-icon-source: none; }
.styr-legend { padding: 6px 12px; border-top: 1px solid alpha(currentColor, 0.15); }
"""

# The shape of a light follows the level's score, so that the light reads
# the same without its colour: a circle for the good levels, a triangle
# (a warning sign) for the middle, a square for the bad, and an empty
# ring when the goal is not assessed.
SHAPE_GOOD, SHAPE_MIDDLE, SHAPE_BAD, SHAPE_NONE = "circle", "triangle", "square", "ring"


def shape_for(level):
    if level is None:
        return SHAPE_NONE
    score = level.props.score
    if math.isnan(score):
        return SHAPE_NONE
    if score >= 2.0 / 3.0 - 1e-9:
        return SHAPE_GOOD
    if score >= 1.0 / 3.0 - 1e-9:
        return SHAPE_MIDDLE
    return SHAPE_BAD


class StatusLight(Gtk.Box):
    """A coloured shape and a text for one level of the model's scale.

    Bind a Styr.GoalStatus's "assessed-level" and "proposed-level" to the
    properties of the same names: the light shows the assessed level when
    there is one, else the proposed one (marked as a proposal). With
    only_proposed it shows the proposed level alone."""

    __gtype_name__ = "StyrViewerStatusLight"

    assessed_level = GObject.Property(type=Styr.ScaleLevel)
    proposed_level = GObject.Property(type=Styr.ScaleLevel)

    def __init__(self, scale=None, only_proposed=False, fixed_level=None):
        super().__init__(orientation=Gtk.Orientation.HORIZONTAL, spacing=6)
        self.add_css_class("styr-light")
        self.scale = scale
        self.only_proposed = only_proposed
        self.shown_level = None
        self.shown_kind = None
        self._level_handlers = []
        self._classes = []

        self.shape_area = Gtk.DrawingArea(content_width=16, content_height=16,
                                          valign=Gtk.Align.CENTER)
        self.shape_area.set_draw_func(self._draw)
        self.shape_area.set_accessible_role(Gtk.AccessibleRole.PRESENTATION)
        self.text_label = Gtk.Label(xalign=0.0)
        self.text_label.add_css_class("styr-light-text")
        self.append(self.shape_area)
        self.append(self.text_label)

        self.connect("notify::assessed-level", self._on_level_changed)
        self.connect("notify::proposed-level", self._on_level_changed)
        if fixed_level is not None:
            self.props.assessed_level = fixed_level
        else:
            self._update()

    # What is shown

    def _on_level_changed(self, *_args):
        self._update()

    def _watch(self, level):
        for obj, handler in self._level_handlers:
            obj.disconnect(handler)
        self._level_handlers = []
        if level is not None:
            # A level's label or colour may change in the model's scale.
            for prop in ("label", "colour", "score"):
                h = level.connect(f"notify::{prop}", self._on_level_changed)
                self._level_handlers.append((level, h))

    def _update(self):
        assessed = None if self.only_proposed else self.props.assessed_level
        proposed = self.props.proposed_level
        if assessed is not None:
            level, kind = assessed, "assessed"
        elif proposed is not None:
            level, kind = proposed, "proposed"
        else:
            level, kind = None, "not-assessed"
        if level is not self.shown_level:
            self._watch(level)
        self.shown_level, self.shown_kind = level, kind

        if level is None:
            not_assessed = self.scale.props.not_assessed_label if self.scale else None
            text = not_assessed or _("Ej bedömd")
            tooltip = _("Målet är inte bedömt och har inget underlag för ett förslag")
        elif kind == "proposed" and not self.only_proposed:
            text = _("{level} (förslag)").format(level=level.props.label)
            tooltip = _("Inte bedömt av nämnden. Beräknat förslag: {level}").format(
                level=level.props.label)
        elif self.only_proposed:
            text = level.props.label
            tooltip = _("Beräknat förslag från nyckeltal och underliggande mål: {level}").format(
                level=level.props.label)
        else:
            text = level.props.label
            tooltip = _("Bedömt av nämnden: {level}").format(level=level.props.label)
        self.text_label.set_label(text)
        self.set_tooltip_text(tooltip)
        self.update_property([Gtk.AccessibleProperty.LABEL], [tooltip])

        for css_class in self._classes:
            self.remove_css_class(css_class)
        self._classes = ["styr-" + kind, "styr-shape-" + shape_for(level)]
        if level is not None:
            self._classes.append("styr-level-" + level.props.id)
        for css_class in self._classes:
            self.add_css_class(css_class)
        self.shape_area.queue_draw()

    # Drawing

    def colour(self):
        rgba = Gdk.RGBA()
        level = self.shown_level
        if level is None or not level.props.colour or not rgba.parse(level.props.colour):
            rgba.parse("#8c8c8c")
        return rgba

    def _draw(self, _area, cr, width, height):
        rgba = self.colour()
        size = min(width, height) - 2.0
        cx, cy = width / 2.0, height / 2.0
        shape = shape_for(self.shown_level)
        if shape in (SHAPE_GOOD, SHAPE_NONE):
            cr.arc(cx, cy, size / 2.0, 0, 2 * math.pi)
        elif shape == SHAPE_MIDDLE:
            cr.move_to(cx, cy - size / 2.0)
            cr.line_to(cx + size / 2.0, cy + size / 2.0)
            cr.line_to(cx - size / 2.0, cy + size / 2.0)
            cr.close_path()
        else:
            cr.rectangle(cx - size / 2.0 + 1, cy - size / 2.0 + 1, size - 2, size - 2)
        cr.set_source_rgba(rgba.red, rgba.green, rgba.blue, 1.0)
        if shape == SHAPE_NONE:
            cr.set_line_width(2.0)
            cr.stroke()
        else:
            cr.fill()


class StatusCell(Gtk.Box):
    """The status column of a row: the light bound to a goal's status, and
    a mark when the board's assessment differs from the proposal."""

    __gtype_name__ = "StyrViewerStatusCell"

    def __init__(self, scale, only_proposed=False):
        super().__init__(orientation=Gtk.Orientation.HORIZONTAL, spacing=4)
        self.add_css_class("styr-proposal-cell" if only_proposed else "styr-status-cell")
        self.light = StatusLight(scale, only_proposed=only_proposed)
        self.append(self.light)
        self.differs_mark = None
        if not only_proposed:
            self.differs_mark = Gtk.Label(label="≠", visible=False)
            self.differs_mark.add_css_class("dim-label")
            self.differs_mark.set_tooltip_text(
                _("Nämndens bedömning avviker från det beräknade förslaget"))
            self.append(self.differs_mark)
        self.goal = None
        self.status = None
        self._bindings = []

    def bind_status(self, goal, status):
        self.unbind_status()
        self.goal, self.status = goal, status
        if status is None:
            return
        flags = GObject.BindingFlags.SYNC_CREATE
        self._bindings = [
            status.bind_property("assessed-level", self.light, "assessed-level", flags),
            status.bind_property("proposed-level", self.light, "proposed-level", flags),
        ]
        if self.differs_mark is not None:
            self._bindings.append(
                status.bind_property("differs", self.differs_mark, "visible", flags))

    def unbind_status(self):
        for binding in self._bindings:
            binding.unbind()
        self._bindings = []
        self.goal = self.status = None
        self.light.props.assessed_level = None
        self.light.props.proposed_level = None
        if self.differs_mark is not None:
            self.differs_mark.set_visible(False)


class ViewerWindow(Gtk.ApplicationWindow):
    """The goal tree of one model at one follow-up occasion."""

    __gtype_name__ = "StyrViewerWindow"

    follow_up = GObject.Property(type=Styr.FollowUp)

    def __init__(self, application, model, occasion_id=None):
        super().__init__(application=application, default_width=1100, default_height=720)
        self.model = model
        self.scale = model.get_scale()
        self.status_cells = set()   # the status cells bound to a row now
        self._parent_handlers = {}  # goal → handler on its parents list

        header = Gtk.HeaderBar()
        title = Gtk.Label()
        title.add_css_class("title")
        model.bind_property("name", title, "label", GObject.BindingFlags.SYNC_CREATE)
        header.set_title_widget(title)
        self.set_titlebar(header)

        # The occasions of the model's calendar, straight from its list model.
        calendar = model.get_calendar()
        self.occasions = calendar.get_occasions() if calendar is not None else None
        # A factory rather than a Gtk.PropertyExpression: PyGObject 3.42
        # (Debian 12) cannot pass GtkExpression values.
        occasion_factory = Gtk.SignalListItemFactory()
        occasion_factory.connect("setup", self._setup_occasion)
        occasion_factory.connect("bind", self._bind_occasion)
        occasion_factory.connect("unbind", self._unbind_occasion)
        self.occasion_dropdown = Gtk.DropDown(model=self.occasions, factory=occasion_factory)
        self.occasion_dropdown.set_tooltip_text(_("Uppföljningstillfälle"))
        self.occasion_dropdown.update_property([Gtk.AccessibleProperty.LABEL],
                                               [_("Uppföljningstillfälle")])
        header.pack_start(self.occasion_dropdown)

        self.period_label = Gtk.Label()
        self.period_label.add_css_class("dim-label")
        header.pack_end(self.period_label)

        # The tree: the goals that serve no other goal, each expanding to
        # the goal's own (live) list of children.
        self.roots_filter = Gtk.CustomFilter.new(self._is_root)
        goals = model.get_goals()
        self.roots = Gtk.FilterListModel(model=goals, filter=self.roots_filter)
        goals.connect("items-changed", self._on_goals_changed)
        self._on_goals_changed(goals, 0, 0, goals.get_n_items())
        self.tree_model = Gtk.TreeListModel.new(self.roots, False, False, self._children_of)
        self.selection = Gtk.SingleSelection(model=self.tree_model, autoselect=False,
                                             can_unselect=True)
        self.selection.set_selected(Gtk.INVALID_LIST_POSITION)

        self.column_view = Gtk.ColumnView(model=self.selection, show_column_separators=False,
                                          vexpand=True)
        self.column_view.add_css_class("data-table")
        self._add_column(_("Mål"), self._setup_title, self._bind_title, self._unbind_title,
                         expand=True)
        self._add_column(_("Nivå"), self._setup_label, self._bind_level, None)
        self._add_column(_("Ansvarig"), self._setup_label, self._bind_owner, self._unbind_owner)
        self._add_column(_("Status"), self._setup_status, self._bind_status,
                         self._unbind_status)
        self._add_column(_("Beräknat förslag"), self._setup_proposed, self._bind_status,
                         self._unbind_status)

        self.scrolled = Gtk.ScrolledWindow(child=self.column_view, vexpand=True,
                                           hscrollbar_policy=Gtk.PolicyType.NEVER)

        # The legend: the scale's levels, bound to its list of levels.
        legend = Gtk.Box(orientation=Gtk.Orientation.HORIZONTAL, spacing=18)
        legend.add_css_class("styr-legend")
        legend.append(Gtk.Label(label=_("Förklaring:")))
        self.legend_levels = Gtk.FlowBox(selection_mode=Gtk.SelectionMode.NONE,
                                         max_children_per_line=10, hexpand=True,
                                         column_spacing=18)
        if self.scale is not None:
            self.legend_levels.bind_model(
                self.scale.get_levels(),
                lambda level: StatusLight(self.scale, fixed_level=level))
        legend.append(self.legend_levels)
        legend.append(StatusLight(self.scale))
        note = Gtk.Label(label=_("Kursiv text: beräknat förslag, ej bedömt av nämnden. "
                                 "≠: bedömningen avviker från förslaget."),
                         wrap=True, xalign=0.0)
        note.add_css_class("dim-label")

        box = Gtk.Box(orientation=Gtk.Orientation.VERTICAL)
        box.append(self.scrolled)
        box.append(legend)
        note.set_margin_start(12)
        note.set_margin_bottom(6)
        box.append(note)
        self.set_child(box)

        self.connect("notify::follow-up", self._on_follow_up_changed)
        self.occasion_dropdown.connect("notify::selected", self._on_occasion_selected)
        self._select_initial_occasion(occasion_id)

    # The occasion chooser

    def _setup_occasion(self, _factory, item):
        label = Gtk.Label(xalign=0.0)
        label.binding = None
        item.set_child(label)

    def _bind_occasion(self, _factory, item):
        label = item.get_child()
        label.binding = item.get_item().bind_property(
            "name", label, "label", GObject.BindingFlags.SYNC_CREATE)

    def _unbind_occasion(self, _factory, item):
        label = item.get_child()
        if label.binding is not None:
            label.binding.unbind()
            label.binding = None

    # The follow-up at the chosen occasion

    def _select_initial_occasion(self, occasion_id):
        if self.occasions is None or self.occasions.get_n_items() == 0:
            self.occasion_dropdown.set_visible(False)
            year = self.model.get_budget_year()
            self.props.follow_up = Styr.FollowUp.new(self.model, Styr.Period.new_year(year))
            return
        position = None
        if occasion_id is not None:
            for i, occasion in enumerate(self.occasions):
                if occasion.props.id == occasion_id:
                    position = i
            if position is None:
                raise GLib.Error(_("Tillfället {id} finns inte i modellens kalender").format(
                    id=occasion_id))
        else:
            position = default_occasion_position(self.model, self.occasions)
        if self.occasion_dropdown.get_selected() == position:
            self._on_occasion_selected(self.occasion_dropdown, None)
        else:
            self.occasion_dropdown.set_selected(position)

    def _on_occasion_selected(self, dropdown, _pspec):
        occasion = dropdown.get_selected_item()
        if occasion is None:
            return
        self.props.follow_up = Styr.FollowUp.new(self.model, occasion.get_period())

    def _on_follow_up_changed(self, *_args):
        follow_up = self.props.follow_up
        self.period_label.set_label(
            _("Period {period}").format(period=follow_up.get_period().to_string()))
        for cell in list(self.status_cells):
            cell.bind_status(cell.goal, follow_up.get_status(cell.goal))

    # The tree model

    def _is_root(self, goal):
        return goal.get_parents().get_n_items() == 0

    def _on_goals_changed(self, goals, position, removed, added):
        # A goal that gains or loses its last parent enters or leaves the
        # top level; refilter then. Handlers on goals that left stay until
        # the goal is finalized; they only refilter.
        for i in range(position, position + added):
            goal = goals.get_item(i)
            if goal not in self._parent_handlers:
                self._parent_handlers[goal] = goal.get_parents().connect(
                    "items-changed", self._on_parents_changed)

    def _on_parents_changed(self, *_args):
        self.roots_filter.changed(Gtk.FilterChange.DIFFERENT)

    @staticmethod
    def _children_of(goal):
        return goal.get_children()

    # Columns

    def _add_column(self, title, setup, bind, unbind, expand=False):
        factory = Gtk.SignalListItemFactory()
        factory.connect("setup", setup)
        factory.connect("bind", bind)
        if unbind is not None:
            factory.connect("unbind", unbind)
        column = Gtk.ColumnViewColumn(title=title, factory=factory, expand=expand,
                                      resizable=True)
        self.column_view.append_column(column)

    def _setup_title(self, _factory, item):
        expander = Gtk.TreeExpander()
        label = Gtk.Label(xalign=0.0, ellipsize=3)  # Pango.EllipsizeMode.END
        label.add_css_class("styr-goal-title")
        expander.set_child(label)
        expander.title_label = label
        expander.bindings = []
        item.set_child(expander)

    def _bind_title(self, _factory, item):
        expander = item.get_child()
        row = item.get_item()
        goal = row.get_item()
        expander.set_list_row(row)
        flags = GObject.BindingFlags.SYNC_CREATE
        expander.bindings = [
            goal.bind_property("title", expander.title_label, "label", flags),
            goal.bind_property("title", expander.title_label, "tooltip-text", flags),
        ]
        children = goal.get_children()

        def on_children(model, *_args):
            if model.get_n_items() == 0:
                expander.add_css_class("styr-leaf")
            else:
                expander.remove_css_class("styr-leaf")
        expander.children = children
        expander.children_handler = children.connect("items-changed", on_children)
        on_children(children)

    def _unbind_title(self, _factory, item):
        expander = item.get_child()
        for binding in expander.bindings:
            binding.unbind()
        expander.bindings = []
        expander.children.disconnect(expander.children_handler)
        expander.children = None
        expander.set_list_row(None)

    def _setup_label(self, _factory, item):
        label = Gtk.Label(xalign=0.0)
        label.handler = None
        item.set_child(label)

    def _bind_level(self, _factory, item):
        goal = item.get_item().get_item()
        item.get_child().set_label(LEVEL_NAMES.get(goal.props.level, ""))

    def _bind_owner(self, _factory, item):
        label = item.get_child()
        goal = item.get_item().get_item()

        def on_owner(*_args):
            owner = goal.get_owner()
            label.set_label(owner.get_label() if owner is not None else _("ingen ägare"))
        label.goal = goal
        label.handler = goal.connect("notify::owner", on_owner)
        on_owner()

    def _unbind_owner(self, _factory, item):
        label = item.get_child()
        if label.handler is not None:
            label.goal.disconnect(label.handler)
            label.handler = label.goal = None

    def _setup_status(self, _factory, item):
        item.set_child(StatusCell(self.scale))

    def _setup_proposed(self, _factory, item):
        item.set_child(StatusCell(self.scale, only_proposed=True))

    def _bind_status(self, _factory, item):
        cell = item.get_child()
        goal = item.get_item().get_item()
        follow_up = self.props.follow_up
        cell.bind_status(goal, follow_up.get_status(goal) if follow_up else None)
        if cell.status is None:
            cell.goal = goal
        self.status_cells.add(cell)

    def _unbind_status(self, _factory, item):
        cell = item.get_child()
        cell.unbind_status()
        self.status_cells.discard(cell)


def default_occasion_position(model, occasions):
    """The latest occasion at which some goal is assessed; else the latest
    occasion for goals; else the first."""
    assessed = set()
    for goal in model.get_goals():
        for assessment in goal.get_assessments():
            occasion = assessment.get_occasion()
            if occasion is not None:
                assessed.add(occasion.props.id)
    best = None
    for i, occasion in enumerate(occasions):
        if occasion.props.id in assessed:
            best = i
    if best is None:
        for i, occasion in enumerate(occasions):
            if occasion.props.flags & Styr.OccasionFlags.GOALS:
                best = i
    return best if best is not None else 0


class ViewerApplication(Gtk.Application):
    __gtype_name__ = "StyrViewerApplication"

    def __init__(self, path=DEFAULT_FILE, occasion_id=None):
        # NON_UNIQUE: each invocation shows its own file.
        super().__init__(application_id=APPLICATION_ID,
                         flags=Gio.ApplicationFlags.NON_UNIQUE)
        self.path = path
        self.occasion_id = occasion_id
        self.model = None
        self.window = None
        self.error = None

    def do_startup(self):
        Gtk.Application.do_startup(self)
        provider = Gtk.CssProvider()
        try:
            provider.load_from_data(CSS)           # GTK 4.8 (Debian 12)
        except TypeError:
            provider.load_from_data(CSS.decode(), -1)  # GTK ≥ 4.12
        Gtk.StyleContext.add_provider_for_display(
            Gdk.Display.get_default(), provider, Gtk.STYLE_PROVIDER_PRIORITY_APPLICATION)
        quit_action = Gio.SimpleAction.new("quit", None)
        quit_action.connect("activate", lambda *_a: self.quit())
        self.add_action(quit_action)
        self.set_accels_for_action("app.quit", ["<Control>q"])

    def do_activate(self):
        if self.window is not None:
            self.window.present()
            return
        try:
            self.model = Styr.Model.new_from_path(self.path)
            self.window = ViewerWindow(self, self.model, self.occasion_id)
        except GLib.Error as e:
            self.error = e
            print(_("styr-viewer: {path}: {message}").format(
                path=self.path, message=e.message), file=sys.stderr)
            self.quit()
            return
        self.window.present()


def main(argv=None):
    parser = argparse.ArgumentParser(
        description=_("Visar målkedjan i en .styr-fil med statuslampor."))
    parser.add_argument("file", nargs="?", default=DEFAULT_FILE,
                        help=_("modellen (.styr); förval: examples/data/ratten.styr"))
    parser.add_argument("--tillfalle", metavar="ID",
                        help=_("uppföljningstillfället (id i kalendern); förval: det "
                               "senaste tillfälle som har bedömningar"))
    args = parser.parse_args(argv)
    app = ViewerApplication(os.path.abspath(args.file), args.tillfalle)
    status = app.run([sys.argv[0]])
    return 1 if app.error is not None else status


if __name__ == "__main__":
    sys.exit(main())
