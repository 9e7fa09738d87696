"""Every table model passes Qt's model tester, sorts by value, and filters through the proxy."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from briefer.gui.actions.action_model import ActionTableModel
from briefer.gui.bilaterals.meeting_model import MeetingTableModel
from briefer.gui.countries.country_model import CountryRow, CountryTableModel
from briefer.gui.packs.recipient_model import RecipientTableModel
from briefer.gui.people.people_models import DelegationTableModel, PersonTableModel
from briefer.gui.programme.session_model import SessionTableModel
from briefer.gui.records.revision_model import RevisionTableModel
from briefer.gui.records.table_models import SORT_ROLE, Directory
from briefer.gui.today.agenda_model import AgendaTableModel
from briefer.gui.packs.packs_view import recipients
from briefer.schedule.programme import programme_for

pytestmark = pytest.mark.gui


@pytest.fixture
def loaded(tmp_path, demo_loader):
    from briefer.store import Store

    with Store.open(tmp_path / "m.sqlite", user="tester") as s:
        demo_loader(s)
        yield s


def _rows(store, model_cls, directory):
    from gui_fixture_data import MINISTER

    if model_cls is SessionTableModel:
        return store.sessions.list()
    if model_cls is MeetingTableModel:
        return store.meetings.list()
    if model_cls is CountryTableModel:
        briefs = {b.country: b for b in store.country_briefs.list()}
        return [CountryRow(c.iso3, c, briefs.get(c.iso3)) for c in store.countries.list()]
    if model_cls is PersonTableModel:
        return store.people.list()
    if model_cls is DelegationTableModel:
        return store.delegations.list()
    if model_cls is ActionTableModel:
        return store.actions.list()
    if model_cls is AgendaTableModel:
        return programme_for(store, MINISTER)
    if model_cls is RecipientTableModel:
        return recipients(store, directory)
    if model_cls is RevisionTableModel:
        return store.people.history(MINISTER)
    raise AssertionError(model_cls)


MODELS = [SessionTableModel, MeetingTableModel, CountryTableModel, PersonTableModel,
          DelegationTableModel, ActionTableModel, AgendaTableModel, RecipientTableModel,
          RevisionTableModel]


@pytest.mark.parametrize("model_cls", MODELS, ids=lambda c: c.__name__)
def test_model_passes_qt_model_tester(qtmodeltester, loaded, model_cls):
    directory = Directory.load(loaded)
    model = model_cls()
    model.set_rows(_rows(loaded, model_cls, directory), directory)
    assert model.rowCount() > 0
    assert model.columnCount() == len(model.HEADERS)
    qtmodeltester.check(model, force_py=True)
    model.set_rows([], directory)
    qtmodeltester.check(model, force_py=True)


def test_meeting_times_show_in_the_conference_timezone_and_sort_as_times(loaded):
    directory = Directory.load(loaded)
    model = MeetingTableModel()
    model.set_rows(loaded.meetings.list(), directory)
    when = [model.index(r, model.COL_WHEN).data() for r in range(model.rowCount())]
    # 10:15 UTC is 12:15 in Noordwijk in June
    assert when == ["Wed 19 Jun 12:15–12:45", "Wed 19 Jun 14:00–14:30"]
    keys = [model.index(r, model.COL_WHEN).data(SORT_ROLE) for r in range(model.rowCount())]
    assert keys == sorted(keys)


def test_list_filter_narrows_rows_and_counts_them(make_window, qtbot):
    win = make_window()
    people = win.go("people").people
    qtbot.keyClicks(people.list.ui.filter_edit, "minister of")
    assert people.list.proxy.rowCount() == 3
    assert people.list.ui.count_label.text() == "3 of 7 items"
    # sorting by a column header
    people.list.ui.table.sortByColumn(people.list.model.COL_COUNTRY, Qt.SortOrder.DescendingOrder)
    first = people.list.proxy.index(0, people.list.model.COL_COUNTRY).data()
    assert first == "Netherlands"


def test_an_action_of_a_bilateral_with_an_organisation_names_the_organisation(conference_store):
    """Not an empty cell: the action list's counterpart column names WHO where a country would stand."""
    from briefer.model import Action, Meeting, Organisation, Person
    from tests.conftest import utc

    store = conference_store
    who = store.organisations.add(Organisation(name="World Health Organization", acronym="WHO"))
    minister = store.people.add(Person(given_name="Bruno", family_name="Bruins", principal_title="Minister", country="NLD"))
    meeting = store.meetings.add(Meeting(start=utc(2019, 6, 19, 9), end=utc(2019, 6, 19, 9, 30), principal_id=minister.id,
                                         counterpart_organisation_id=who.id))
    with_org = store.actions.add(Action(description="Send the pledge letter", meeting_id=meeting.id))
    with_country = store.actions.add(Action(description="Call back", country="IDN"))
    model = ActionTableModel()
    model.set_rows([with_org, with_country], Directory.load(store))
    cells = [model.index(r, ActionTableModel.COL_COUNTRY).data() for r in range(2)]
    assert cells == ["World Health Organization (WHO)", "Indonesia"]


def test_the_action_editor_names_a_bilateral_with_an_organisation(make_window):
    """The action form's "Meeting" picker: "Bilateral with WHO", never "Bilateral with organisation" —
    also when the bilaterals reach the form before the names do (the order of a cold start)."""
    from datetime import timezone

    from gui_fixture_data import U

    from briefer.model import Meeting, Organisation
    from tests.conftest import utc

    win = make_window()
    store = win.services.store
    who = store.organisations.add(Organisation(name="World Health Organization", acronym="WHO"))
    store.meetings.add(Meeting(start=utc(2019, 6, 19, 14), end=utc(2019, 6, 19, 14, 30), principal_id=U(31),
                               counterpart_organisation_id=who.id))
    editor = win.go("actions").editor
    editor.set_directory(Directory())  # not loaded yet
    editor.set_meetings(store.meetings.list(), timezone.utc)
    editor.set_directory(Directory.load(store))
    texts = [editor.ui.meeting_id.itemText(i) for i in range(editor.ui.meeting_id.count())]
    assert any(t.endswith("Bilateral with WHO") for t in texts), texts
    assert not any("organisation" in t for t in texts), texts
