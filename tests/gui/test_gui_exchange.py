"""File → Export / Import a bundle / Conflicts, driven as a user would, on real files."""

from __future__ import annotations

import pytest
from docx import Document
from gui_fixture_data import MEET_IDN, NOTE_IDN

from briefer.exchange.bundle import export_bundle
from briefer.model import Note
from briefer.store import Store

pytestmark = pytest.mark.gui


def _wait(qtbot, task):
    qtbot.waitUntil(lambda: task.finished, timeout=30000)


def test_the_file_menu_offers_export_import_and_conflicts(make_window):
    win = make_window(language="en")
    texts = [a.text() for a in win.file_menu.actions()]
    assert "E&xport" in texts and "Import a b&undle…" in texts and "&Conflicts…" in texts
    assert [a.text() for a in win.exchange.export_menu.actions()] == [
        "&Meeting reports…", "&Action list…", "&Exchange bundle…", "A person's &calendar (.ics)…"]


def test_export_one_meeting_report_as_docx_and_read_it_back(make_window, qtbot, tmp_path, answers):
    win = make_window(language="en")
    dialog = win.exchange.export("notes", ask=False)
    ui = dialog.ui
    ui.format_combo.setCurrentIndex(ui.format_combo.findData("docx"))
    ui.scope_combo.setCurrentIndex(ui.scope_combo.findData("meeting"))
    ui.target_combo.setCurrentIndex(ui.target_combo.findData(MEET_IDN))
    ui.lang_combo.setCurrentIndex(ui.lang_combo.findData("en"))
    out = tmp_path / "report.docx"
    ui.path_edit.setText(str(out))
    task = win.exchange.start_export(dialog.options())
    _wait(qtbot, task)
    assert answers.errors == []
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    note = win.services.store.notes.get(NOTE_IDN)
    assert note.body.split("\n")[0][:40] in text
    assert "Indonesia" in text
    assert "Exported: report.docx: 1 meeting" == win.statusBar().currentMessage()


def test_the_word_export_shows_how_many_meetings_are_written(make_window, qtbot, tmp_path, answers):
    win = make_window(language="en")
    dialog = win.exchange.export("notes", ask=False)
    ui = dialog.ui
    ui.format_combo.setCurrentIndex(ui.format_combo.findData("docx"))
    ui.scope_combo.setCurrentIndex(ui.scope_combo.findData("all"))
    ui.path_edit.setText(str(tmp_path / "all.docx"))
    shown = []
    win.statusBar().messageChanged.connect(shown.append)
    task = win.exchange.start_export(dialog.options())
    _wait(qtbot, task)
    assert answers.errors == []
    total = len(win.services.store.meetings.list())
    assert total >= 2
    counts = [m for m in shown if m.startswith("Exporting… ") and m.endswith(" meetings")]
    assert counts[0] == f"Exporting… 0 of {total} meetings" and counts[-1] == f"Exporting… {total} of {total} meetings"
    assert shown[-1].startswith("Exported: all.docx")


def test_export_the_action_list_as_csv(make_window, qtbot, tmp_path, answers):
    import csv

    win = make_window(language="en")
    dialog = win.exchange.export("actions", ask=False)
    out = tmp_path / "actions.csv"
    dialog.ui.path_edit.setText(str(out))
    _wait(qtbot, win.exchange.start_export(dialog.options()))
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:3] == ["Meeting", "Country", "What"] and len(rows) == 1 + win.services.store.actions.count()


def _other_laptop(tmp_path, win) -> Store:
    """A colleague's laptop that starts from an archive of this one (same records, same versions)."""
    from briefer.exchange.merge import import_bundle

    (tmp_path / "other").mkdir(exist_ok=True)
    archive = tmp_path / "archive.briefer"
    export_bundle(win.services.store, archive)
    other = Store.open(tmp_path / "other" / "briefer.sqlite", user="anouk")
    import_bundle(other, archive)
    return other


def test_import_a_bundle_from_another_laptop_after_seeing_what_it_changes(make_window, qtbot, tmp_path, answers):
    win = make_window(language="en")
    other = _other_laptop(tmp_path, win)
    new = other.notes.add(Note(meeting_id=MEET_IDN, author="Anouk", body="Indonesia will co-sponsor the resolution."))
    bundle = tmp_path / "anouk.briefer"
    export_bundle(other, bundle, only="notes")
    other.close()

    win.exchange.import_bundle(bundle)
    qtbot.waitUntil(lambda: win.exchange.last_report is not None, timeout=30000)
    assert answers.errors == []
    assert any("1 added" in q for q in answers.asked)  # the dry run's summary, asked before importing
    assert win.services.store.notes.get(new.id).body == "Indonesia will co-sponsor the resolution."
    assert [h.record_id for h in win.services.store.search("co-sponsor")] == [new.id]
    assert "Imported anouk.briefer: 1 added" in win.statusBar().currentMessage()


def test_declining_the_import_changes_nothing(make_window, qtbot, tmp_path, answers):
    win = make_window(language="en")
    other = _other_laptop(tmp_path, win)
    other.notes.add(Note(meeting_id=MEET_IDN, author="Anouk", body="Declined."))
    bundle = tmp_path / "anouk.briefer"
    export_bundle(other, bundle, only="notes")
    other.close()
    answers.confirmations = False
    before = win.services.store.notes.count()
    task = win.exchange.import_bundle(bundle)
    _wait(qtbot, task)
    qtbot.wait(200)
    assert answers.asked and win.services.store.notes.count() == before


def test_a_conflict_is_shown_side_by_side_and_merged(make_window, qtbot, tmp_path, answers):
    win = make_window(language="en")
    other = _other_laptop(tmp_path, win)
    theirs = other.notes.get(NOTE_IDN)
    other.notes.update(theirs.evolve(body="Anouk's version: Indonesia asks for twinning."))
    bundle = tmp_path / "anouk.briefer"
    export_bundle(other, bundle, only="notes")
    other.close()
    store = win.services.store
    mine = store.notes.get(NOTE_IDN)
    store.notes.update(mine.evolve(body="My version: Indonesia asks for training."))

    win.exchange.import_bundle(bundle)
    qtbot.waitUntil(lambda: win.exchange.last_report is not None, timeout=30000)
    dialog = win.exchange.conflicts_dialog  # opened by the import that found a conflict
    assert dialog.ui.conflict_list.count() == 1
    assert dialog.ui.heading.text() == "1 open conflict"
    assert "body" in dialog.ui.conflict_list.item(0).text()
    assert "training" in dialog.ui.mine_text.toPlainText()
    assert "twinning" in dialog.ui.theirs_text.toPlainText()
    dialog.ui.merge_button.click()
    body = store.notes.get(NOTE_IDN).body
    assert "training" in body and "twinning" in body
    assert dialog.ui.conflict_list.count() == 0
    assert dialog.ui.heading.text() == "No open conflicts"


def test_keep_theirs_makes_the_other_version_current(make_window, qtbot, tmp_path, answers):
    win = make_window(language="en")
    other = _other_laptop(tmp_path, win)
    other.notes.update(other.notes.get(NOTE_IDN).evolve(body="Theirs wins."))
    bundle = tmp_path / "anouk.briefer"
    export_bundle(other, bundle, only="notes")
    other.close()
    store = win.services.store
    store.notes.update(store.notes.get(NOTE_IDN).evolve(body="Mine loses."))
    win.exchange.import_bundle(bundle)
    qtbot.waitUntil(lambda: win.exchange.last_report is not None, timeout=30000)
    win.exchange.conflicts_dialog.ui.keep_theirs_button.click()
    assert store.notes.get(NOTE_IDN).body == "Theirs wins."


def test_the_exchange_menu_items_speak_dutch(make_window, qtbot):
    win = make_window(language="en")
    win.language_actions["nl"].trigger()
    qtbot.waitUntil(lambda: win.exchange.export_menu.title() == "E&xporteren")
    assert win.exchange.import_action.text() == "Een &bundel importeren…"
    dialog = win.exchange.show_conflicts()
    assert dialog.ui.keep_mine_button.text() == "&Mijn versie houden"
    assert dialog.ui.heading.text() == "Geen open conflicten"


def test_export_an_exchange_bundle_of_the_notes(make_window, qtbot, tmp_path, answers):
    import json
    import zipfile

    win = make_window(language="en")
    shown = []  # every status line, as it was shown (a later one may have replaced it by the time it is read)
    win.statusBar().messageChanged.connect(shown.append)
    dialog = win.exchange.export("bundle", ask=False)
    dialog.ui.only_notes_check.setChecked(True)
    out = tmp_path / "mine.briefer"
    dialog.ui.path_edit.setText(str(out))
    _wait(qtbot, win.exchange.start_export(dialog.options()))
    assert answers.errors == []
    with zipfile.ZipFile(out) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    assert manifest["scope"]["only"] == "notes"
    records = sum(manifest["counts"].values())
    assert f"Exported: mine.briefer: {records} records, {out.stat().st_size:,} bytes" in shown
    assert manifest["counts"]["notes"] == win.services.store.notes.count()
    assert "meetings" not in manifest["counts"] or manifest["counts"]["meetings"] == 0


def test_an_archive_imported_into_an_empty_database_opens_the_conference(make_window, qtbot, tmp_path, answers):
    source = make_window(language="en")
    archive = tmp_path / "archive.briefer"
    export_bundle(source.services.store, archive)
    source.close()
    source.services.store.close()

    from briefer.gui.app import build  # noqa: F401 — the same composition root, over a fresh data dir
    empty_dir = tmp_path / "empty"
    empty_dir.mkdir()
    with Store.open(empty_dir / "briefer.sqlite", user="tester"):
        pass
    from PySide6.QtWidgets import QApplication

    from briefer.paths import resolve
    win = build(QApplication.instance(), resolve(empty_dir), demo_loader=lambda s: None, ask=answers)
    qtbot.addWidget(win)
    win.show()
    assert win.ui.pages.currentWidget() is win.welcome
    assert win.exchange.import_action.isEnabled() and not win.exchange.export_menu.isEnabled()
    win.exchange.import_bundle(archive)
    qtbot.waitUntil(lambda: win.exchange.last_report is not None, timeout=30000)
    assert win.ui.pages.currentWidget() is not win.welcome
    assert win.exchange.export_menu.isEnabled()
    assert win.services.store.notes.count() == 1
    win.close()
    win.services.store.close()
