"""The search box previews while typing and settles on the exact best matches (issue 19).

The preview ranks only each index's newest matches (``WINDOW``, shrunk here so
that a small conference has "too many" matches); once typing pauses, or when
Enter is pressed, the best note over all matches is shown and opened, however old.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from briefer.gui import search_dialog
from briefer.model import Note
from briefer.store import search as search_index

pytestmark = pytest.mark.gui


@pytest.fixture
def crowded(make_window, monkeypatch):
    """A window over a conference whose oldest note on stewardship is its best; newer ones mention it once."""
    monkeypatch.setattr(search_index, "WINDOW", 3)
    win = make_window()
    store = win.services.store
    best = store.notes.add(Note(body="Zorbatic, zorbatic: the zorbatic plan and its zorbatic targets."))
    newer = [store.notes.add(Note(body=f"Item {i}: zorbatic came up once among other business of the day."))
             for i in range(4)]
    return win, best, newer


def _note_ids(dialog):
    return [h.record_id for h in dialog.hits if h.kind == "note"]


def test_the_preview_gives_way_to_the_best_note_once_typing_pauses(crowded, qtbot, monkeypatch):
    win, best, newer = crowded
    on_gui_thread = []
    store = win.services.store
    monkeypatch.setattr(store, "search", lambda *a, _search=store.search, **k: on_gui_thread.append(a) or _search(*a, **k))
    dialog = win.show_search()
    qtbot.keyClicks(dialog.ui.query_edit, "zorbatic")
    qtbot.waitUntil(lambda: bool(_note_ids(dialog)), timeout=3000)
    if not dialog.exact:  # the preview first: the newest notes only
        assert best.id not in _note_ids(dialog)
    qtbot.waitUntil(lambda: dialog.exact, timeout=3000)
    assert _note_ids(dialog)[0] == best.id
    assert set(_note_ids(dialog)) == {best.id, *(n.id for n in newer)}
    assert on_gui_thread == []  # the exact answer came from a worker with its own connection


def test_enter_straight_after_typing_opens_the_best_note(crowded, qtbot, monkeypatch):
    monkeypatch.setattr(search_dialog, "SETTLE_MS", 60_000)  # typing never "pauses" in this test
    win, best, _newer = crowded
    dialog = win.show_search()
    qtbot.keyClicks(dialog.ui.query_edit, "zorbatic")
    qtbot.waitUntil(lambda: bool(_note_ids(dialog)), timeout=3000)
    assert not dialog.exact and best.id not in _note_ids(dialog)
    with qtbot.waitSignal(dialog.open_requested) as opened:
        qtbot.keyClick(dialog.ui.query_edit, Qt.Key.Key_Return)
    assert opened.args[0].record_id == best.id


def test_a_result_the_user_moved_to_is_the_one_opened(crowded, qtbot, monkeypatch):
    monkeypatch.setattr(search_dialog, "SETTLE_MS", 60_000)
    win, best, newer = crowded
    dialog = win.show_search()
    qtbot.keyClicks(dialog.ui.query_edit, "zorbatic")
    qtbot.waitUntil(lambda: bool(_note_ids(dialog)), timeout=3000)
    qtbot.keyClick(dialog.ui.query_edit, Qt.Key.Key_Down)
    chosen = dialog.selected_hit()
    with qtbot.waitSignal(dialog.open_requested) as opened:
        qtbot.keyClick(dialog.ui.query_edit, Qt.Key.Key_Return)
    assert opened.args[0].record_id == chosen.record_id != best.id


def test_newest_first_is_a_visible_order_over_every_match(crowded, qtbot):
    win, best, newer = crowded
    dialog = win.show_search()
    dialog.ui.order_combo.setCurrentIndex(search_dialog.NEWEST)
    qtbot.keyClicks(dialog.ui.query_edit, "zorbatic")
    qtbot.waitUntil(lambda: bool(_note_ids(dialog)), timeout=3000)
    assert dialog.exact
    assert _note_ids(dialog)[:3] == [n.id for n in reversed(newer)][:3]


def test_a_name_typed_in_latin_letters_is_found_and_bold_as_written(make_window, qtbot):
    from briefer.model import Person

    win = make_window()
    person = win.services.store.people.add(Person(given_name="Olena", family_name="Коваленко", position="Minister"))
    dialog = win.show_search()
    qtbot.keyClicks(dialog.ui.query_edit, "kovalenko")
    qtbot.waitUntil(lambda: bool(dialog.hits), timeout=3000)
    assert [h.record_id for h in dialog.hits] == [person.id]
    item = dialog.model.item(0).child(0)
    assert item.data(search_dialog.HTML_ROLE).startswith("Olena <b>Коваленко</b>")


def test_an_exact_answer_for_a_text_since_changed_is_not_shown(crowded, qtbot, monkeypatch):
    import threading

    monkeypatch.setattr(search_dialog, "DELAY_MS", 60_000)  # queries run when the test says so
    win, best, _newer = crowded
    dialog = win.show_search()
    release, finished = threading.Event(), threading.Event()
    real = dialog._open_connection

    class HeldBack:
        """The worker's connection, made to answer only once the user has typed on."""

        def __enter__(self):
            self.inner = real()
            return self

        def __exit__(self, *exc):
            self.inner.close()

        def search(self, *args, **kwargs):
            release.wait(10)
            try:
                return self.inner.search(*args, **kwargs)
            finally:
                finished.set()

    dialog._open_connection = HeldBack
    qtbot.keyClicks(dialog.ui.query_edit, "zorbatic")
    dialog.run_query()
    assert not dialog.exact
    dialog.settle()  # the exact answer for "zorbatic" is under way…
    qtbot.keyClicks(dialog.ui.query_edit, " plan")  # …when the user types on (the next query not yet run)
    release.set()
    qtbot.waitUntil(finished.is_set, timeout=5000)
    qtbot.wait(300)  # its answer is delivered through the event loop
    assert not dialog.exact and best.id not in _note_ids(dialog)  # the stale answer was dropped
