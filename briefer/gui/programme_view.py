"""Programme: the conference sessions by day and time, edited in place."""

from __future__ import annotations

from datetime import datetime, time

from briefer.gui.record_page import RecordPage
from briefer.gui.session_editor import SessionEditor
from briefer.gui.table_models import SessionTableModel


class ProgrammeView(RecordPage):
    TABLE_MODEL = SessionTableModel
    EDITOR = SessionEditor
    TABLES = ("sessions",)

    def title(self) -> str:
        return self.tr("Programme")

    def load_rows(self, store):
        return store.sessions.list()

    def new_defaults(self) -> dict:
        conf = self.services.store.conference()
        if conf is None:
            return {}
        day = conf.start_date
        return {"start": datetime.combine(day, time(9, 0), conf.tz), "end": datetime.combine(day, time(10, 0), conf.tz)}
