"""Text reads (4.5:1) and state marks stand out (3:1) on Qt's light default and on a dark desktop.

The colours are read from what the app uses — ``briefer.gui.widgets.tones`` and the
palette the composition root installs, and the labels and list cells of a
real window — never from copies in this file.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from briefer.contrast import NON_TEXT, TEXT, ratio
from briefer.gui.widgets.tones import accessible_palette, tones_for

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


def dark_palette() -> QPalette:
    """A dark desktop as Qt sees one (the colours of a typical dark Fusion/KDE/GNOME scheme)."""
    p = QPalette()
    r = QPalette.ColorRole
    for role, colour in [(r.Window, "#2d2d2d"), (r.WindowText, "#e6e6e6"), (r.Base, "#1e1e1e"),
                         (r.AlternateBase, "#262626"), (r.Text, "#e6e6e6"), (r.Button, "#353535"),
                         (r.ButtonText, "#e6e6e6"), (r.Highlight, "#2a82da"), (r.HighlightedText, "#ffffff"),
                         (r.PlaceholderText, "#7f7f7f"), (r.Mid, "#555555"), (r.ToolTipBase, "#353535"),
                         (r.ToolTipText, "#e6e6e6"), (r.Light, "#505050"), (r.Dark, "#202020")]:
        p.setColor(role, QColor(colour))
    for role in (r.WindowText, r.Text, r.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7f7f7f"))
    return p


def light_palette() -> QPalette:
    """Qt's own default (Fusion's), whose selected row is white on #308cc6: 3.7:1."""
    return QApplication.style().standardPalette()


PALETTES = {"light": light_palette, "dark": dark_palette}


@pytest.fixture
def palette(request, qapp):
    """Run the test on a desktop with this palette; the application's own is put back afterwards."""
    before, sheet = QPalette(qapp.palette()), qapp.styleSheet()
    qapp.setPalette(PALETTES[request.param]())
    yield request.param
    qapp.setPalette(before)
    qapp.setStyleSheet(sheet)


def _hex(c: QColor) -> str:
    return c.name(QColor.NameFormat.HexRgb)


@pytest.mark.parametrize("palette", ["light", "dark"], indirect=True)
def test_every_colour_pair_the_app_paints_passes(qapp, palette):
    tones = tones_for(accessible_palette(qapp.palette()))
    failing = [f"{what}: {fg} on {bg} is {ratio(fg, bg):.2f}:1, needs {minimum}:1"
               for what, fg, bg, minimum in tones.pairs() if ratio(fg, bg) < minimum]
    assert failing == [], "\n".join(failing)
    assert len(tones.pairs()) > 40  # selected rows, statuses, warnings, timetable: all of them listed


@pytest.mark.parametrize("palette", ["light", "dark"], indirect=True)
def test_the_selected_row_and_placeholders_read_once_the_app_has_started(make_window, qapp, palette):
    if palette == "light":  # the problem this fixes: Qt's default selection fails before the app starts
        assert ratio(_hex(qapp.palette().color(QPalette.ColorRole.Highlight)), "#ffffff") < TEXT
    make_window()
    pal = qapp.palette()
    r = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        highlight = _hex(pal.color(group, r.Highlight))
        assert ratio(_hex(pal.color(group, r.HighlightedText)), highlight) >= TEXT
        assert ratio(highlight, _hex(pal.color(group, r.Base))) >= NON_TEXT
        assert ratio(_hex(pal.color(group, r.PlaceholderText)), _hex(pal.color(group, r.Base))) >= TEXT


@pytest.mark.parametrize("palette", ["light", "dark"], indirect=True)
def test_toned_labels_and_brief_status_cells_read_in_a_real_window(make_window, qtbot, qapp, palette):
    from briefer.gui.widgets.tones import TONE_COLOURS

    win = make_window()
    for view in ("countries", "bilaterals", "today"):  # editors (their error lines), lists, Today's warning box
        win.go(view)
    labels = [w for w in win.findChildren(QLabel) if w.property("tone")]
    assert {w.property("tone") for w in labels} >= {"muted", "accent", "banner", "error"}
    tones = tones_for(qapp.palette())
    failing = []
    for w in labels:
        w.ensurePolished()
        tone = w.property("tone")
        fg = _hex(w.palette().color(QPalette.ColorRole.WindowText))
        bg = _hex(w.palette().color(QPalette.ColorRole.Window))
        if fg != getattr(tones, TONE_COLOURS[tone]):  # the meaning's own colour, not merely a readable one
            failing.append(f"{w.objectName()} ({tone}): drawn in {fg}, not {getattr(tones, TONE_COLOURS[tone])}")
        if ratio(fg, bg) < TEXT:
            failing.append(f"{w.objectName()} ({tone}): {fg} on {bg}")
    assert failing == [], "\n".join(failing)
    banner = win.views["today"].ui.conflicts_label
    assert banner.autoFillBackground() and _hex(banner.palette().color(QPalette.ColorRole.Window)) == tones.banner_back
    assert banner.frameShape() == banner.Shape.Box and banner.margin() == 6  # a bordered box, not bare text
    countries = win.go("countries")
    model = countries.list.model
    base = _hex(countries.list.ui.table.palette().color(QPalette.ColorRole.Base))
    coloured = [model.data(model.index(row, col), Qt.ItemDataRole.ForegroundRole)
                for row in range(model.rowCount()) for col in range(model.columnCount())]
    coloured = [_hex(b.color()) for b in coloured if b is not None]
    assert coloured, "no brief status is coloured in the Countries list"
    assert all(ratio(c, base) >= TEXT for c in coloured), (coloured, base)


def test_no_colour_is_written_into_the_forms_or_the_gui_code():
    """A colour belongs in briefer/gui/widgets/tones.py, where it is made readable on every palette and tested."""
    literal = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b(?![0-9a-fA-F])|\brgba?\(")
    code = sorted(p for p in (ROOT / "briefer" / "gui").rglob("*.py") if "forms" not in p.parts)
    places = [p for p in sorted((ROOT / "ui").glob("*.ui")) + code
              if p.name != "tones.py"]
    found = [f"{p.relative_to(ROOT)}:{n}: {line.strip()[:100]}" for p in places
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if literal.search(line.split("# ")[0] if p.suffix == ".py" else line)]
    assert found == [], "\n".join(found)


def _near(c: QColor, target: QColor, tolerance: int = 48) -> bool:
    return max(abs(c.red() - target.red()), abs(c.green() - target.green()), abs(c.blue() - target.blue())) <= tolerance


def _marks(image, rect, colour: QColor) -> list[tuple[int, int]]:
    """The pixels of ``rect`` drawn in (about) ``colour``: the shape of a mark, whatever its colour."""
    r = rect.toRect()
    return [(x - r.left(), y - r.top()) for y in range(r.top() + 1, r.bottom()) for x in range(r.left() + 1, r.right())
            if _near(image.pixelColor(x, y), colour)]


@pytest.mark.parametrize("palette", ["light", "dark"], indirect=True)
def test_a_conflict_in_the_timetable_is_marked_not_only_coloured(make_window, qtbot, palette):
    """✖ and a hatched edge for "cannot work", ⚠ for "needs attention": distinct shapes, not just red and amber."""
    from gui_fixture_data import MEET_IDN

    from briefer.gui.widgets.tones import tones_for
    from briefer.schedule.conflicts import ERROR, WARNING
    from briefer.gui.programme.timetable import HATCH_W

    win = make_window()
    view = win.go("programme")
    qtbot.waitUntil(lambda: view.schedule is not None and not view.timetable.pending, timeout=10000)
    canvas = view.canvas
    qtbot.waitExposed(canvas)
    block = next(b for b in canvas.blocks if b.item.id == MEET_IDN)
    rect = canvas.rect_for(block.item.start, block.item.end, block.column)
    tones = tones_for(canvas.palette())
    red, amber = QColor(tones.error_edge), QColor(tones.warning_edge)
    strip = rect.adjusted(1, 1, 0, -1)
    strip.setWidth(HATCH_W)

    def painted(severity: str):
        canvas.flagged = {MEET_IDN: severity} if severity else {}
        canvas.selected_id = ""
        image = canvas.grab().toImage()
        corner = canvas.marker_rect(rect)
        return _marks(image, corner, red), _marks(image, corner, amber), _marks(image, strip, red)

    error_mark, _, error_hatch = painted(ERROR)
    _, warning_mark, warning_hatch = painted(WARNING)
    no_red, no_amber, no_hatch = painted("")
    assert len(error_mark) > 10 and len(warning_mark) > 10, "no mark in the corner of a block in conflict"
    assert set(error_mark) != set(warning_mark), "'cannot work' and 'needs attention' have the same mark"
    assert len(error_hatch) > 5 and not warning_hatch, "only a block that cannot work has the hatched edge"
    assert not no_red and not no_amber and not no_hatch, "a block without conflicts is marked"


def test_todays_conflict_lines_carry_their_severity_as_a_mark(make_window, qtbot):
    from datetime import datetime, timezone

    from gui_fixture_data import MEET_GHA, ROOM_A

    # before the opening, so the conflicts below are still ahead (Today shows no conflict that is over)
    win = make_window(clock=lambda: datetime(2019, 6, 19, 7, 0, tzinfo=timezone.utc))
    today = win.views["today"]
    store = win.services.store
    ghana = store.meetings.get(MEET_GHA)  # into the plenary hall during the opening, where the minister speaks
    store.meetings.update(ghana.evolve(start=ghana.start.replace(hour=7, minute=15),
                                       end=ghana.start.replace(hour=7, minute=45), room_id=ROOM_A))
    today.refresh()
    qtbot.waitUntil(lambda: not today.pending and "booked twice" in today.ui.conflicts_label.text(), timeout=10000)
    lines = today.ui.conflicts_label.text().splitlines()[1:]
    speaking = next(line for line in lines if "while speaking or chairing" in line)
    interpreter = next(line for line in lines if "needs an interpreter" in line)
    assert speaking.startswith("✖ ") and interpreter.startswith("⚠ ")


def test_no_application_style_sheet_and_the_tone_style_set_once(make_window, qapp, monkeypatch):
    """With any application-wide style sheet Qt styles every widget through its style-sheet engine, and
    every page put into a stack, a tab or a scroll area was re-polished whole (6–9 ms each, a third of a
    view's opening); tones are on the labels' palettes instead, and the style that applies them is set
    once, not again for each window built (setting a style re-polishes every widget)."""
    from briefer.gui.widgets import tones

    make_window()
    assert qapp.styleSheet() == ""
    assert isinstance(qapp.style(), tones.ToneStyle)
    set_again: list = []
    monkeypatch.setattr(qapp, "setStyle", set_again.append)
    tones.install(qapp)
    make_window()
    assert set_again == []


def test_a_label_toned_on_a_dark_desktop_gets_the_dark_desktops_colours(qapp):
    """The tone follows the palette the label is polished under (a window built after the desktop changed)."""
    from briefer.gui.widgets import tones

    before = QPalette(qapp.palette())
    try:
        colours = {}
        for name, make in (("light", light_palette), ("dark", dark_palette)):
            qapp.setPalette(make())
            tones.install(qapp)
            label = QLabel("Not saved")
            label.setProperty("tone", "error")
            label.ensurePolished()  # as Qt does before the first show
            colours[name] = _hex(label.palette().color(QPalette.ColorRole.WindowText))
            assert colours[name] == tones.tones_for(qapp.palette()).error
        assert colours["light"] != colours["dark"]
    finally:
        qapp.setPalette(before)


def test_a_tone_taken_away_gives_the_label_the_windows_colours_back(qapp):
    from PySide6.QtWidgets import QWidget

    from briefer.gui.widgets.tones import set_tone, tones_for

    window = QWidget()
    label = QLabel("Saved", window)
    plain = _hex(label.palette().color(QPalette.ColorRole.WindowText))
    set_tone(label, "banner")
    assert _hex(label.palette().color(QPalette.ColorRole.WindowText)) == tones_for().banner_text
    assert label.autoFillBackground() and label.frameShape() == label.Shape.Box
    set_tone(label, "error")
    assert _hex(label.palette().color(QPalette.ColorRole.WindowText)) == tones_for().error
    assert not label.autoFillBackground() and label.frameShape() == label.Shape.NoFrame and label.margin() == 0
    set_tone(label, "")
    assert _hex(label.palette().color(QPalette.ColorRole.WindowText)) == plain
    window.deleteLater()


def test_the_tone_tables_are_keyed_by_the_cores_status_and_severity_values():
    """tones.py writes the keys out (it is imported before pydantic at a light start): each status and
    severity the core knows finds its colour and mark, and no key is one the core does not have."""
    from briefer.gui.widgets.tones import MARKERS, STATUS_HUES
    from briefer.model.base import BriefStatus
    from briefer.schedule.conflicts import ERROR, WARNING

    assert set(STATUS_HUES) == {s.value for s in BriefStatus}
    assert all(s in STATUS_HUES for s in BriefStatus)
    assert set(MARKERS) == {ERROR, WARNING}
    assert tones_for().status_colour(BriefStatus.FINAL) is not None
    assert tones_for().status_colour(None) is None
