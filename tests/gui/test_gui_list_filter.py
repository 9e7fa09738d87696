"""A list's filter field keeps the rows a user means, in either language, after sorting (issue 19).

The lists filter on a search key made once per row (every cell's text, case-folded, and
its Latin form); these tests guard that the key follows the language, the sort order and
the way names are written.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from briefer.gui.records.table_models import KEY_ROLE

pytestmark = pytest.mark.gui


def shown(page, col: int | None = None) -> list:
    proxy = page.list.proxy
    if col is None:
        return [proxy.index(r, 0).data(KEY_ROLE) for r in range(proxy.rowCount())]
    return [proxy.index(r, col).data() for r in range(proxy.rowCount())]


def type_into(qtbot, page, text: str) -> None:
    page.list.ui.filter_edit.clear()
    qtbot.keyClicks(page.list.ui.filter_edit, text)


def test_the_filter_follows_the_language_of_the_interface(make_window, qtbot):
    win = make_window(language="en")
    page = win.go("bilaterals")
    qtbot.waitUntil(lambda: page.list.model.rowCount() > 0, timeout=5000)
    model = page.list.model
    indonesia = {m.id for m in model.rows() if m.counterpart_country == "IDN"}
    assert indonesia and len(indonesia) < model.rowCount()
    type_into(qtbot, page, "Indonesia")
    assert set(shown(page)) == indonesia
    win.switch_language("nl")
    # the list now reads "Indonesië": the English word, still in the field, no longer matches
    qtbot.waitUntil(lambda: page.list.ui.count_label.text().startswith("0 van"), timeout=5000)
    assert page.list.ui.filter_edit.text() == "Indonesia" and shown(page) == []
    type_into(qtbot, page, "indonesie")  # the Dutch name typed without its diaeresis
    assert set(shown(page)) == indonesia
    page.list.ui.filter_edit.setText("INDONESIË")  # as written, in capitals
    assert set(shown(page)) == indonesia
    assert page.list.ui.count_label.text() == f"{len(indonesia)} van {model.rowCount()} items"


def test_the_people_filter_ignores_case_accents_and_script(make_window, qtbot):
    from briefer.model import Person

    win = make_window()
    store = win.services.store
    added = {}
    for given, family in [("Åsa", "Lindqvist"), ("Joris", "van Leeuwen"), ("Małgorzata", "Wiśniewska-Żak"),
                          ("Ελένη", "Παπαδοπούλου"), ("Ruud", "van 't Hoff")]:
        added[f"{given} {family}"] = store.people.add(Person(given_name=given, family_name=family)).id
    people = win.go("people").people  # first visit: the list reads the people, these included
    qtbot.waitUntil(lambda: people.list.model.rowCount() > len(added), timeout=5000)
    for typed, person in [("van leeuwen", "Joris van Leeuwen"), ("Van Leeuwen", "Joris van Leeuwen"),
                          ("asa lindqvist", "Åsa Lindqvist"), ("wisniewska-zak", "Małgorzata Wiśniewska-Żak"),
                          ("papadopoulou", "Ελένη Παπαδοπούλου"), ("van 't", "Ruud van 't Hoff")]:
        type_into(qtbot, people, typed)
        assert shown(people) == [added[person]], typed


def test_the_filter_keeps_the_same_rows_when_the_list_is_sorted(make_window, qtbot):
    win = make_window()
    page = win.go("bilaterals")
    qtbot.waitUntil(lambda: page.list.model.rowCount() > 0, timeout=5000)
    model = page.list.model
    word = model.display(model.rows()[0], model.COL_COUNTERPART).split()[0]
    expected = {m.id for m in model.rows() if word.casefold() in model.display(m, model.COL_COUNTERPART).casefold()}
    type_into(qtbot, page, word)
    assert set(shown(page)) == expected and len(expected) < model.rowCount()
    for column, order in [(model.COL_COUNTERPART, Qt.SortOrder.DescendingOrder),
                          (model.COL_WHEN, Qt.SortOrder.DescendingOrder), (model.COL_WHEN, Qt.SortOrder.AscendingOrder)]:
        page.list.ui.table.sortByColumn(column, order)
        assert set(shown(page)) == expected
    page.list.ui.filter_edit.clear()
    assert len(shown(page)) == model.rowCount()


def test_lists_make_their_search_keys_while_idle_but_today_has_no_filter_to_make_them_for(make_window, qtbot):
    """The keys are made in idle slices after the rows are shown — not for Today's agenda, which
    has no filter field (at start-up they were its first idle work, before anything else)."""
    win = make_window()
    today = win.views["today"].model
    page = win.go("bilaterals")
    model = page.list.model
    qtbot.waitUntil(lambda: model.rowCount() > 0 and len(model._search) == model.rowCount(), timeout=5000)
    qtbot.wait(50)
    assert today.rowCount() == 3 and today._search == {}
    assert not hasattr(win.views["today"].ui, "filter_edit")
