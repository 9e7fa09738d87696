"""Every control a user can reach has a name a screen reader can say, in every view, editor and dialog.

The name is read the way assistive technology reads it: through Qt's
accessibility interface (``QAccessible``) — the control's accessible name, the
label it is the buddy of (the "labelled by" relation), or for buttons, check
boxes and tabs their own text. A placeholder is not a name (it disappears as
soon as something is typed), and neither is a combo box's current value.
"""

from __future__ import annotations

import pytest
from gui_fixture_data import MEET_IDN
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from briefer.gui.lazy_views import VIEW_NAMES
from briefer.gui.records.read_or_edit import ReadOrEdit
from briefer.gui.records.record_page import RecordPage
from briefer.gui.programme.timetable import TimetableCanvas

pytestmark = pytest.mark.gui

#: What a user can act on: it needs a name.
INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit, QPlainTextEdit,
               QTabBar, TimetableCanvas, QPdfView)
#: Controls whose own text is their name (the text on the button, the tab).
NAMED_BY_TEXT = (QAbstractButton, QTabBar)


def spoken_name(w: QWidget) -> str:
    """The name a screen reader announces for ``w`` (empty when it would say only "edit" or "table")."""
    iface = QAccessible.queryAccessibleInterface(w)
    assert iface is not None and iface.isValid(), f"no accessibility interface for {type(w).__name__}"
    if w.accessibleName().strip():
        return iface.text(QAccessible.Text.Name)
    for other, _relation in iface.relations(QAccessible.RelationFlag.Label):
        if other is not None and other.text(QAccessible.Text.Name).strip():
            return other.text(QAccessible.Text.Name)
    if isinstance(w, NAMED_BY_TEXT):
        return iface.text(QAccessible.Text.Name).strip()
    return ""


def _is_part_of_another_control(w: QWidget) -> bool:
    """The line edit inside a combo box, a table's header or corner button: parts of one control, named by it."""
    parent = w.parentWidget()
    if isinstance(parent, (QComboBox, QAbstractSpinBox, QLineEdit)):  # a combo's line edit, a line edit's clear button
        return True
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QAbstractItemView):  # its header, corner button, a cell's editor
            return True
        parent = parent.parentWidget()
    return False


def unnamed_controls(root: QWidget) -> list[str]:
    """The visible interactive controls under ``root`` (itself included) that have no spoken name."""
    found = []
    for w in [root, *root.findChildren(QWidget)]:
        if not isinstance(w, INTERACTIVE) or not w.isVisible() or _is_part_of_another_control(w):
            continue
        if not spoken_name(w):
            found.append(f"{type(w).__name__} {w.objectName() or '(no object name)'} in {_owner(w)}")
    return found


def _owner(w: QWidget) -> str:
    names = []
    p = w.parentWidget()
    while p is not None and len(names) < 3:
        if p.objectName() and not p.objectName().startswith("qt_"):
            names.append(p.objectName())
        elif type(p).__module__.startswith("briefer"):
            names.append(type(p).__name__)
        p = p.parentWidget()
    return " / ".join(names) or "the window"


def _every_tab(root: QWidget, check) -> list[str]:
    """Check ``root`` with each page of each of its tab widgets shown in turn."""
    found = list(check())
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            found += check()
        tabs.setCurrentIndex(0)
    return sorted(set(found))


@pytest.mark.parametrize("view_name", VIEW_NAMES)
def test_every_control_of_every_view_and_its_editor_has_a_name(make_window, qtbot, view_name):
    win = make_window()
    view = win.go(view_name)
    qtbot.wait(50)
    found = unnamed_controls(win)
    pages = [view] if isinstance(view, RecordPage) else view.findChildren(RecordPage)
    for page in pages:
        owner = page.parentWidget()
        while owner is not None and not isinstance(owner, QTabWidget):
            owner = owner.parentWidget()
        if owner is not None:  # the Sessions tab of the Programme, the Delegations tab of People
            owner.setCurrentWidget(_child_of(owner, page))
        qtbot.waitUntil(lambda: not page.pending, timeout=10000)
        if page.list.model.rowCount():  # an existing record's editor
            page.list.ui.table.selectRow(0)
            qtbot.waitUntil(lambda: page.list.ui.detail.currentWidget() is not page.list.ui.empty_page, timeout=5000)
            found += _every_tab(win, lambda: unnamed_controls(win))  # a brief's page to read
            for pane in page.findChildren(ReadOrEdit):  # and its form
                pane.edit(focus=False)
            found += _every_tab(win, lambda: unnamed_controls(win))
        page.new_record()  # and a new one's (pickers empty)
        qtbot.wait(20)
        found += _every_tab(win, lambda: unnamed_controls(win))
        page.editor.revert()
    assert sorted(set(found)) == [], "\n".join(sorted(set(found)))


def _child_of(tabs: QTabWidget, w: QWidget) -> QWidget:
    for i in range(tabs.count()):
        if tabs.widget(i).isAncestorOf(w) or tabs.widget(i) is w:
            return tabs.widget(i)
    return tabs.currentWidget()


def test_meeting_mode_and_its_capture_dialogs_name_every_control(make_window, qtbot):
    win = make_window()
    mode = win.views["today"].open_meeting_mode(MEET_IDN)
    qtbot.waitExposed(mode)
    found = _every_tab(mode, lambda: unnamed_controls(mode))
    for make in (mode.make_action_dialog, mode.make_outcome_dialog):
        dialog = make()
        dialog.show()
        qtbot.waitExposed(dialog)
        found += unnamed_controls(dialog)
        dialog.reject()
    assert found == [], "\n".join(found)


def test_search_history_export_and_conflict_dialogs_name_every_control(make_window, qtbot):
    win = make_window()
    found = []
    search = win.show_search()
    qtbot.waitExposed(search)
    search.ui.query_edit.setText("Indonesia")
    qtbot.wait(400)
    found += unnamed_controls(search)
    search.close()
    history = win.show_history(win.services.store.meetings.get(MEET_IDN))
    qtbot.waitExposed(history)
    found += unnamed_controls(history)
    history.close()
    for what in ("notes", "actions", "bundle"):
        export = win.exchange.export(what, ask=False)
        export.show()
        qtbot.waitExposed(export)
        found += unnamed_controls(export)
        export.close()
    conflicts = win.exchange.show_conflicts()
    qtbot.waitExposed(conflicts)
    found += unnamed_controls(conflicts)
    conflicts.close()
    tables = win.exchange.import_table()
    qtbot.waitExposed(tables)
    found += unnamed_controls(tables)
    tables.close()
    assert found == [], "\n".join(found)


def test_backups_and_move_meeting_dialogs_name_every_control(make_window, qtbot):
    from briefer.gui.safety.backups_dialog import BackupsDialog

    win = make_window()
    found = []
    backups = BackupsDialog(win.services.store.path.parent / "backups", win)
    backups.show()
    qtbot.waitExposed(backups)
    found += unnamed_controls(backups)
    backups.reject()
    programme = win.go("programme")
    qtbot.waitUntil(lambda: not programme.pending, timeout=10000)
    dialogs = []

    def look(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        dialogs.append(dialog)
        found.extend(unnamed_controls(dialog))
        return QDialog.DialogCode.Rejected

    programme.edit_meeting(MEET_IDN, dialog_hook=look)
    assert dialogs, "the move dialog was not opened"
    assert found == [], "\n".join(found)


def test_the_lock_screens_name_every_control(make_window, qtbot, tmp_path):
    from briefer.gui.safety.unlock_screen import UnlockDialog

    win = make_window()
    guard = win.lock_guard
    guard.needs_passphrase = True  # the cover of an encrypted database: a passphrase field
    guard.lock_now()
    qtbot.waitUntil(lambda: bool(guard.covers) and guard.covers[0].isVisible())
    found = [f for c in guard.covers for f in unnamed_controls(c)]
    guard.needs_passphrase = False  # the file is plain: unlock without one
    assert guard.unlock("")
    at_start = UnlockDialog(tmp_path / "x.sqlite", opener=lambda passphrase: None)
    at_start.show()
    qtbot.waitExposed(at_start)
    found += unnamed_controls(at_start)
    at_start.reject()
    assert found == [], "\n".join(found)


def test_the_welcome_screen_names_every_control(make_window, qtbot):
    win = make_window(with_demo=False)
    welcome = win.welcome
    found = _every_tab(welcome, lambda: unnamed_controls(welcome))
    assert found == [], "\n".join(found)


def test_the_draft_recovery_question_names_every_control(make_window, qtbot):
    from briefer.gui.services import Asker

    win = make_window()
    found, seen = [], []

    def look():
        box = QApplication.activeModalWidget()
        seen.append(box)
        found.extend(unnamed_controls(box))
        box.reject()

    QTimer.singleShot(200, look)
    Asker().recover_draft(win, "Bilateral with Indonesia", "text typed before a crash")
    assert seen and found == []


def test_a_control_without_a_name_is_found(qtbot):
    """The walk itself: a bare line edit and a bare table are reported; a labelled one is not."""
    from PySide6.QtWidgets import QFormLayout, QLabel, QTableWidget

    w = QWidget()
    qtbot.addWidget(w)
    form = QFormLayout(w)
    bare = QLineEdit(w)
    bare.setObjectName("bare")
    bare.setPlaceholderText("Filter this list…")
    labelled = QLineEdit(w)
    labelled.setObjectName("labelled")
    label = QLabel("&Name:", w)
    label.setBuddy(labelled)
    form.addRow("", bare)
    form.addRow(label, labelled)
    table = QTableWidget(2, 2, w)
    table.setObjectName("table")
    form.addRow(table)
    combo = QComboBox(w)
    combo.setObjectName("combo")
    combo.addItem("Bruno Bruins")  # its value, not its name
    form.addRow(combo)
    w.show()
    qtbot.waitExposed(w)
    assert [f.split()[1] for f in unnamed_controls(w)] == ["bare", "table", "combo"]
    table.setAccessibleName("Meetings")
    assert [f.split()[1] for f in unnamed_controls(w)] == ["bare", "combo"]


def test_the_names_follow_the_interface_language(make_window, qtbot):
    """A Dutch screen reader user hears Dutch names, also for names made from a label ("Sprekers")."""
    from gui_fixture_data import OPENING

    win = make_window(language="nl")
    assert spoken_name(win.ui.rail) == "Navigatie"
    bilaterals = win.go("bilaterals")
    assert spoken_name(bilaterals.list.ui.table) == "Bilaterale gesprekken"
    assert spoken_name(bilaterals.list.ui.filter_edit) == "Filter: Bilaterale gesprekken"
    programme = win.go("programme")
    assert programme.sessions.open_key(OPENING)
    speakers = programme.sessions.editor.field_widget("speaker_ids")
    assert spoken_name(speakers.list) == "Sprekers"
    assert spoken_name(speakers.picker) == "Een persoon toevoegen aan Sprekers"
    win.switch_language("en")
    qtbot.waitUntil(lambda: spoken_name(speakers.list) == "Speakers")
    win.go("bilaterals")  # a view out of sight is reworded when it is shown (issue 19)
    assert spoken_name(bilaterals.list.ui.table) == "Bilaterals"


def test_the_timetable_tells_a_screen_reader_the_chosen_block_and_its_conflicts(make_window, qtbot):
    """The blocks are painted, not widgets: the timetable's description says in words what is chosen."""
    win = make_window()
    view = win.go("programme")
    qtbot.waitUntil(lambda: view.schedule is not None and not view.timetable.pending, timeout=10000)
    iface = QAccessible.queryAccessibleInterface(view.canvas)
    view.select(MEET_IDN)
    said = iface.text(QAccessible.Text.Description)
    assert said.startswith("Bilateral: Indonesia") and "Needs attention: " in said and "interpreter" in said
    view.select("")
    assert iface.text(QAccessible.Text.Description) == "Choose a bilateral."
