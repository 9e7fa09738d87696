"""File → Import from a spreadsheet…: kind and file chosen, every row previewed, then imported (or not)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "exchange"))
from tables_world import DELEGATION_HEADER, REQUEST_HEADER, delegation_rows, dutch_csv  # noqa: E402

pytestmark = pytest.mark.gui


def _choose(qtbot, dialog, path, kind=None) -> None:
    """Choose the file (and kind) and wait for the preview the worker reads."""
    task = dialog.set_file(path, kind)
    qtbot.waitUntil(lambda: task.finished, timeout=30000)  # set as the answer is delivered (same GUI-thread call)


def _table(dialog) -> list[list[str]]:
    t = dialog.ui.rows_table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def test_the_file_menu_opens_the_spreadsheet_import(make_window, qtbot):
    win = make_window(language="en")
    action = next(a for a in win.file_menu.actions() if a.text() == "Import from a s&preadsheet…")
    action.trigger()
    dialog = win.exchange.table_dialog
    qtbot.waitExposed(dialog)
    assert [dialog.ui.kind_combo.itemData(i) for i in range(dialog.ui.kind_combo.count())] == [
        "people", "delegations", "countries", "meetings", "organisations", "rooms"]
    assert not dialog.ui.import_button.isEnabled()  # nothing chosen, nothing to import


def test_a_refused_row_blocks_the_import_and_the_corrected_file_imports(make_window, qtbot, tmp_path):
    win = make_window(language="en")
    store = win.services.store
    before = store.people.count()
    rows = delegation_rows(5)
    rows[0][5] = "adviseur"  # the fixture's Dutch delegation has its head already
    rows[3][2] = "Indonsia"
    f = tmp_path / "delegatie.csv"
    f.write_bytes(dutch_csv(DELEGATION_HEADER, rows, title="Delegatielijst"))
    dialog = win.exchange.import_table()
    _choose(qtbot, dialog, f, "delegations")
    shown = _table(dialog)
    assert [r[1] for r in shown] == ["add", "add", "add", "refused", "add"]
    assert shown[3][0] == "7" and "'Indonsia' is not a country" in shown[3][3] and "Indonesia" in shown[3][3]
    assert "1 refused" in dialog.ui.summary_label.text()
    assert not dialog.ui.import_button.isEnabled()
    assert store.people.count() == before

    rows[3][2] = "Indonesia"
    f.write_bytes(dutch_csv(DELEGATION_HEADER, rows, title="Delegatielijst"))
    _choose(qtbot, dialog, f)
    assert [r[1] for r in _table(dialog)] == ["add"] * 5
    assert dialog.ui.import_button.isEnabled()
    qtbot.mouseClick(dialog.ui.import_button, Qt.MouseButton.LeftButton)
    assert store.people.count() == before + 5
    assert not dialog.isVisible()
    assert "Imported from delegatie.csv: 5 rows added, 0 updated." in win.statusBar().currentMessage()
    again = win.exchange.import_table()
    _choose(qtbot, again, f, "delegations")
    assert [r[1] for r in _table(again)] == ["unchanged"] * 5  # re-import: nothing duplicated
    assert not again.ui.import_button.isEnabled()


def test_meeting_requests_show_their_conflicts_before_import(make_window, qtbot, tmp_path):
    win = make_window(language="en")
    f = tmp_path / "verzoeken.csv"
    f.write_bytes(dutch_csv(REQUEST_HEADER, [["Bruno Bruins", "Kenia", "19-6-2019", "10:00", "10:30", "aangevraagd"],
                                             ["Bruno Bruins", "Brazilië", "19-6-2019", "10:15", "10:45", ""]]))
    dialog = win.exchange.import_table()
    _choose(qtbot, dialog, f, "meetings")
    assert [r[1] for r in _table(dialog)] == ["add", "add"]
    assert not dialog.ui.conflicts_text.isHidden()
    assert "Bruno Bruins" in dialog.ui.conflicts_text.toPlainText()
    assert "two places at once" in dialog.ui.conflicts_text.toPlainText()


def test_the_conflicts_follow_the_interface_language(make_window, qtbot, tmp_path):
    win = make_window(language="nl")
    f = tmp_path / "verzoeken.csv"
    f.write_bytes(dutch_csv(REQUEST_HEADER, [["Bruno Bruins", "Kenia", "19-6-2019", "10:00", "10:30", ""],
                                             ["Bruno Bruins", "Brazilië", "19-6-2019", "10:15", "10:45", ""]]))
    dialog = win.exchange.import_table()
    _choose(qtbot, dialog, f, "meetings")
    text = dialog.ui.conflicts_text.toPlainText()
    assert "Bruno Bruins" in text and "two places" not in text and "fout" in text.lower(), text


def test_a_file_that_is_not_a_sheet_says_so_and_a_template_is_saved_in_dutch(make_window, qtbot, tmp_path):
    from openpyxl import load_workbook

    win = make_window(language="nl")
    bad = tmp_path / "foto.xlsx"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    dialog = win.exchange.import_table()
    _choose(qtbot, dialog, bad, "people")
    assert "not an Excel workbook" in dialog.ui.summary_label.text()
    assert dialog.ui.rows_table.rowCount() == 0 and not dialog.ui.import_button.isEnabled()
    out = dialog.save_template(tmp_path / "mensen.xlsx")
    assert out is not None
    assert [c.value for c in load_workbook(out).active[1]][:3] == ["Aanhef", "Voornaam", "Achternaam"]


def test_the_user_may_choose_to_leave_the_refused_rows_out(make_window, qtbot, tmp_path):
    win = make_window(language="en")
    store = win.services.store
    before = store.people.count()
    rows = delegation_rows(3)
    rows[0][5] = "adviseur"
    rows[1][2] = "Indonsia"
    f = tmp_path / "delegatie.csv"
    f.write_bytes(dutch_csv(DELEGATION_HEADER, rows))
    dialog = win.exchange.import_table()
    _choose(qtbot, dialog, f, "delegations")
    assert not dialog.ui.import_button.isEnabled()
    dialog.ui.skip_refused_check.setChecked(True)
    assert dialog.ui.import_button.isEnabled() and "left out" in dialog.ui.summary_label.text()
    qtbot.mouseClick(dialog.ui.import_button, Qt.MouseButton.LeftButton)
    assert store.people.count() == before + 2
