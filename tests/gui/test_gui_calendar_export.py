"""File → Export → A person's calendar (.ics): what the person's calendar app receives, read back with icalendar.

The same file ``briefer ics --for`` writes, with the same register of what was delivered: an export
from the app followed by one from the command line raises no event's SEQUENCE (Outlook would offer
every event as "updated" while nothing changed).
"""

from __future__ import annotations

import icalendar
import pytest
from gui_fixture_data import ADVISER, MBRIEF_IDN, MINISTER
from PySide6.QtWidgets import QDialogButtonBox

from briefer.cli import main
from briefer.model import Classification

pytestmark = pytest.mark.gui


def _events(path):
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(ev["SUMMARY"]): ev for ev in cal.walk("VEVENT")}


def _export(win, qtbot, *, person: str, lang: str, public: bool = False, folder=None):
    """The menu item chosen, the person and language picked, OK clicked; the export's task waited for."""
    win.exchange.export_calendar_action.trigger()
    dialog = win.exchange.export_dialog
    ui = dialog.ui
    assert ui.target_combo.isVisible() and ui.target_combo.isEnabled() and not ui.scope_combo.isVisible()
    ui.target_combo.setCurrentIndex(ui.target_combo.findData(person))
    ui.lang_combo.setCurrentIndex(ui.lang_combo.findData(lang))
    ui.leave_out_check.setChecked(public)
    if folder is not None:
        from pathlib import Path

        ui.path_edit.setText(str(folder / Path(ui.path_edit.text()).name))
    path = ui.path_edit.text()
    ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: win.exchange.export_task is not None and win.exchange.export_task.finished, timeout=30000)
    return dialog, path


def test_the_export_menu_offers_a_persons_calendar(make_window):
    win = make_window(language="en")
    assert [a.text() for a in win.exchange.export_menu.actions()] == [
        "&Meeting reports…", "&Action list…", "&Exchange bundle…", "A person's &calendar (.ics)…"]


def test_a_ministers_calendar_in_dutch_holds_his_sessions_and_bilaterals(make_window, qtbot, tmp_path, answers):
    win = make_window(language="en")
    dialog, path = _export(win, qtbot, person=MINISTER, lang="nl", folder=tmp_path)
    assert answers.errors == []
    assert path.endswith("-Bruno-Bruins.ics")  # named after the person chosen
    assert dialog.ui.target_combo.currentText() == "Bruno Bruins (head)"  # as the Packs view words the role
    events = _events(tmp_path / path.rsplit("/", 1)[-1])
    bilaterals = {s for s, ev in events.items() if str(ev["X-BRIEFER-KIND"]) == "meeting"}
    assert bilaterals == {"Bilateraal met Indonesië", "Bilateraal met Ghana"}
    assert len(events) - len(bilaterals) == 2  # the opening he speaks at and the session he attends
    assert "Doelen:\n- Agree on a surveillance twinning" in str(events["Bilateraal met Indonesië"]["DESCRIPTION"])
    assert win.statusBar().currentMessage().endswith("-Bruno-Bruins.ics: Bruno Bruins's calendar — sessions: 2, bilaterals: 2")


def test_an_adviser_gets_only_the_items_he_is_part_of(make_window, qtbot, tmp_path, answers):
    win = make_window(language="en")
    _dialog, path = _export(win, qtbot, person=ADVISER, lang="en", folder=tmp_path)
    events = _events(tmp_path / path.rsplit("/", 1)[-1])
    assert "Bilateral with Indonesia" in events and "Bilateral with Ghana" not in events
    assert answers.errors == []


def test_leave_out_classified_text_keeps_the_objectives_of_a_classified_brief_off_the_phone(
        make_window, qtbot, tmp_path, answers):
    win = make_window(language="en")
    store = win.services.store
    store.meeting_briefs.update(store.meeting_briefs.get(MBRIEF_IDN).evolve(
        classification=Classification.DEP_VERTROUWELIJK))
    _dialog, path = _export(win, qtbot, person=MINISTER, lang="en", public=True, folder=tmp_path)
    text = str(_events(tmp_path / path.rsplit("/", 1)[-1])["Bilateral with Indonesia"]["DESCRIPTION"])
    assert "surveillance twinning" not in text and "Counterpart: Indonesia" in text
    _dialog, path = _export(win, qtbot, person=MINISTER, lang="en", public=False, folder=tmp_path)
    assert "surveillance twinning" in str(_events(tmp_path / path.rsplit("/", 1)[-1])["Bilateral with Indonesia"][
        "DESCRIPTION"])


def test_the_app_and_the_command_line_keep_one_register_of_what_was_delivered(
        make_window, qtbot, tmp_path, answers, data_dir, capsys):
    win = make_window(language="en")
    _dialog, path = _export(win, qtbot, person=MINISTER, lang="en", folder=tmp_path)
    app_events = _events(tmp_path / path.rsplit("/", 1)[-1])
    again = tmp_path / "again.ics"
    assert main(["--data-dir", str(data_dir), "ics", "--for", "Bruins", "-o", str(again)]) == 0
    capsys.readouterr()
    cli_events = _events(again)
    assert {s: int(ev["SEQUENCE"]) for s, ev in cli_events.items()} == {
        s: int(ev["SEQUENCE"]) for s, ev in app_events.items()}


def test_no_file_is_written_where_the_folder_does_not_exist(make_window, qtbot, tmp_path, answers):
    win = make_window(language="en")
    _dialog, path = _export(win, qtbot, person=MINISTER, lang="en", folder=tmp_path / "missing")
    assert not (tmp_path / "missing").exists()
    assert answers.errors and "missing" in str(answers.errors[-1])


def test_the_calendar_export_speaks_dutch(make_window, qtbot):
    win = make_window(language="en")
    win.language_actions["nl"].trigger()
    qtbot.waitUntil(lambda: win.exchange.export_menu.title() == "E&xporteren")
    assert win.exchange.export_calendar_action.text() == "Agenda van een &persoon (.ics)…"
    dialog = win.exchange.export("calendar", ask=False)
    assert dialog.windowTitle() == "De agenda van een persoon exporteren"
    assert dialog.ui.target_label.text() == "&Persoon"
    assert dialog.ui.leave_out_check.text().startswith("Gerubriceerde tekst weg&laten")


def test_what_an_export_wrote_is_said_in_the_interfaces_language(make_window, qtbot, tmp_path, answers):
    win = make_window(language="en")
    win.language_actions["nl"].trigger()
    qtbot.waitUntil(lambda: win.exchange.export_menu.title() == "E&xporteren")
    _dialog, path = _export(win, qtbot, person=MINISTER, lang="en", folder=tmp_path)
    name = path.rsplit("/", 1)[-1]
    assert win.statusBar().currentMessage() == (
        f"Geëxporteerd: {name}: agenda van Bruno Bruins — sessies: 2, bilaterale gesprekken: 2")
    win.exchange.export_actions_action.trigger()
    dialog = win.exchange.export_dialog
    dialog.ui.path_edit.setText(str(tmp_path / "acties.csv"))
    win.exchange.export_task = None
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: win.exchange.export_task is not None and win.exchange.export_task.finished, timeout=30000)
    count = len(win.services.store.actions.list())
    assert count > 1 and win.statusBar().currentMessage() == f"Geëxporteerd: acties.csv: {count} acties"
