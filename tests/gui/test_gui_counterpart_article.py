"""Today's agenda names a bilateral as running text does: "Bilateral with the United Kingdom"."""

from __future__ import annotations

import pytest

from briefer.gui.records.table_models import Directory
from briefer.gui.today.agenda_model import AgendaTableModel
from briefer.schedule.programme import programme_for

pytestmark = pytest.mark.gui


def test_the_agenda_says_bilateral_with_the_united_kingdom(tmp_path, demo_loader, qtbot):
    from gui_fixture_data import MEET_GHA, MINISTER

    from briefer.store import Store

    with Store.open(tmp_path / "m.sqlite", user="tester") as store:
        demo_loader(store)
        store.meetings.update(store.meetings.get(MEET_GHA).evolve(counterpart_country="GBR", counterpart_ids=[]))
        model = AgendaTableModel()
        model.set_rows(programme_for(store, MINISTER), Directory.load(store))
        whats = [model.index(r, AgendaTableModel.COL_WHAT).data() for r in range(model.rowCount())]
    assert "Bilateral with the United Kingdom" in whats
