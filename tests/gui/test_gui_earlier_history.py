"""From a country, person or organisation to what happened at earlier conferences (read from their files)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from briefer.cli import main
from briefer.store import Store
from tests.conftest import database_digest

pytestmark = pytest.mark.gui




@pytest.fixture
def based_on_demo(data_dir, earlier):
    """The data folder of a new conference based on the demo (made as a script makes it)."""
    assert main(["--data-dir", str(data_dir), "conference", "new", "--name", "World Health Assembly 80",
                 "--city", "Geneva", "--start", "2027-05-18", "--end", "2027-05-26",
                 "--timezone", "Europe/Zurich", "--from", str(earlier)]) == 0
    return data_dir


def read(dialog, qtbot):
    """The dialog reads the earlier files on a worker: wait for what it shows."""
    qtbot.waitUntil(lambda: not dialog.reading, timeout=10000)
    return dialog.ui.report.toPlainText()


def _indonesia_history(win, qtbot):
    store = win.services.store
    brief = next(b for b in store.country_briefs.list() if b.country == "IDN")
    history = win.show_history(brief)
    assert history.ui.earlier_button.isVisible()
    qtbot.mouseClick(history.ui.earlier_button, Qt.MouseButton.LeftButton)
    from briefer.gui.records.earlier_dialog import EarlierDialog

    dialog = history.findChild(EarlierDialog)
    assert dialog is not None
    read(dialog, qtbot)
    return dialog


def test_the_demos_indonesia_outcomes_are_visible_from_indonesia(make_window, qtbot, based_on_demo, earlier):
    before = database_digest(earlier)
    win = make_window(with_demo=False)
    dialog = _indonesia_history(win, qtbot)
    text = dialog.ui.report.toPlainText()
    assert "Indonesia at earlier conferences" == dialog.ui.heading.text()
    assert "2nd Global Ministerial Conference" in text
    assert "RIVM visit on 20 June confirmed." in text
    assert "Nominate NL focal points" in text  # an open action
    assert "The brief then (final" in text
    assert "Bangladesh" not in text
    assert not dialog.ui.unlock_button.isVisible()
    assert database_digest(earlier) == before


def test_the_window_stays_responsive_while_the_earlier_files_are_read(make_window, qtbot, based_on_demo,
                                                                     monkeypatch):
    """The read runs on a worker: the dialog says it is reading, and a second read supersedes the first."""
    import threading

    import briefer.gui.records.earlier_dialog as earlier_dialog

    release = threading.Event()
    threads = []
    real = earlier_dialog.history

    def slow_history(*args, **kwargs):
        threads.append(threading.current_thread())
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(earlier_dialog, "history", slow_history)
    win = make_window(with_demo=False)
    brief = next(b for b in win.services.store.country_briefs.list() if b.country == "IDN")
    history = win.show_history(brief)
    dialog = history.show_earlier()  # returns while the worker is still held
    assert dialog.reading and dialog.ui.report.toPlainText() == "Reading the earlier conferences…"
    assert not dialog.ui.unlock_button.isEnabled()
    release.set()
    assert "RIVM visit on 20 June confirmed." in read(dialog, qtbot)
    assert threads and threading.main_thread() not in threads


def test_a_meeting_has_no_earlier_conferences_button(make_window, qtbot, based_on_demo):
    win = make_window(with_demo=False)
    store = win.services.store
    conf = store.require_conference()
    history = win.show_history(conf)
    assert not history.ui.earlier_button.isVisible()


def test_a_locked_earlier_conference_asks_for_its_passphrase(make_window, qtbot, based_on_demo, earlier, monkeypatch):
    monkeypatch.setenv("BRIEFER_PASSPHRASE", "correct horse battery")
    assert main(["--data-dir", str(earlier), "encrypt"]) == 0
    monkeypatch.delenv("BRIEFER_PASSPHRASE")
    win = make_window(with_demo=False)
    dialog = _indonesia_history(win, qtbot)
    assert "Locked" in dialog.ui.report.toPlainText() and "RIVM" not in dialog.ui.report.toPlainText()
    assert dialog.ui.unlock_button.isVisible()
    qtbot.keyClicks(dialog.ui.passphrase, "wrong one")
    qtbot.mouseClick(dialog.ui.unlock_button, Qt.MouseButton.LeftButton)
    assert "Locked" in read(dialog, qtbot)
    dialog.passphrases.clear()
    qtbot.keyClicks(dialog.ui.passphrase, "correct horse battery")
    qtbot.mouseClick(dialog.ui.unlock_button, Qt.MouseButton.LeftButton)
    assert "RIVM visit on 20 June confirmed." in read(dialog, qtbot)
    assert not dialog.ui.unlock_button.isVisible()


def test_an_earlier_conference_can_be_added_to_one_made_from_nothing(make_window, qtbot, earlier, data_dir):
    win = make_window(with_demo=True)
    store = win.services.store
    person = store.people.list()[0]
    history = win.show_history(person)
    dialog = history.show_earlier()
    assert "knows no earlier ones" in read(dialog, qtbot)
    dialog.add_folder(earlier)
    assert "2nd Global Ministerial Conference" in read(dialog, qtbot)
    with Store.open(data_dir / "briefer.sqlite") as again:
        from briefer.store.earlier import earlier_folders

        assert earlier_folders(again) == [earlier.resolve()]


def test_a_carried_brief_says_which_conference_it_was_last_used_for(make_window, qtbot, based_on_demo):
    win = make_window(with_demo=False)
    store = win.services.store
    brief = next(b for b in store.country_briefs.list() if b.country == "IDN")
    assert win.open_record("country_briefs", brief.id)
    view = win.views["countries"]
    editors = [e for e in view.findChildren(QWidget) if type(e).__name__ == "CountryBriefEditor"]
    qtbot.waitUntil(lambda: any("last used for" in e.ui.heading.text() for e in editors))
    heading = next(e.ui.heading.text() for e in editors if "last used for" in e.ui.heading.text())
    assert "Indonesia" in heading and "2nd Global Ministerial Conference" in heading and "2019" in heading


def test_a_folder_without_a_conference_is_not_added(make_window, qtbot, tmp_path):
    win = make_window(with_demo=True)
    person = win.services.store.people.list()[0]
    dialog = win.show_history(person).show_earlier()
    errors = []
    win.services.ask.error = lambda parent, exc: errors.append(str(exc))
    dialog.add_folder(tmp_path / "empty")
    assert errors and "There is no Briefer conference in" in errors[0]
    from briefer.store.earlier import earlier_folders

    assert earlier_folders(win.services.store) == []


def test_an_organisation_has_its_history_and_its_past_at_earlier_conferences(make_window, qtbot, based_on_demo, earlier):
    from briefer.gui.conference.organisations_dialog import OrganisationsDialog
    from briefer.gui.records.earlier_dialog import EarlierDialog
    from briefer.gui.records.history_dialog import HistoryDialog

    before = database_digest(earlier)
    win = make_window(with_demo=False)
    dialog = OrganisationsDialog(win.services, win)
    qtbot.addWidget(dialog)
    dialog.show()
    oie = next(o for o in win.services.store.organisations.list() if o.acronym == "OIE")
    assert dialog.select(oie.id)
    assert dialog.ui.earlier_button.isEnabled() and dialog.ui.history_button.isEnabled()
    qtbot.mouseClick(dialog.ui.earlier_button, Qt.MouseButton.LeftButton)
    past = dialog.findChild(EarlierDialog)
    assert past.ui.heading.text() == "World Organisation for Animal Health at earlier conferences"
    text = read(past, qtbot)
    assert "2nd Global Ministerial Conference" in text and "Bilateral with OIE (confirmed)" in text
    assert "FAO" not in text and "Indonesia" not in text
    past.close()

    qtbot.mouseClick(dialog.ui.history_button, Qt.MouseButton.LeftButton)
    history = dialog.findChild(HistoryDialog)
    assert history.ui.heading.text().startswith("History of") and history.model.rowCount() >= 1
    assert history.ui.earlier_button.isVisible()
    history.close()

    qtbot.mouseClick(dialog.ui.add_button, Qt.MouseButton.LeftButton)  # a new one has no versions and no past yet
    assert not dialog.ui.earlier_button.isEnabled() and not dialog.ui.history_button.isEnabled()
    assert database_digest(earlier) == before
