"""The Countries list: each country with its brief (or none), the brief's status coloured."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from briefer.gui.records.table_models import RecordTableModel, brief_status_text
from briefer.gui.widgets.fields import ui_language
from briefer.gui.widgets.labels import label
from briefer.gui.widgets.tones import tones_for
from briefer.i18n import format_date
from briefer.store.country_rows import CountryRow  # noqa: F401 — the rows this model shows (read in the core)


class CountryTableModel(RecordTableModel):
    COL_COUNTRY, COL_STATUS, COL_CLASSIFICATION, COL_CODE, COL_TOPICS, COL_UPDATED = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("Labels", "Country"), QT_TRANSLATE_NOOP("Labels", "Brief"),
        QT_TRANSLATE_NOOP("Labels", "Classification"), QT_TRANSLATE_NOOP("Labels", "Code"),
        QT_TRANSLATE_NOOP("Labels", "Topic"), QT_TRANSLATE_NOOP("Labels", "Brief updated"),
    )

    def display(self, r: CountryRow, col: int) -> str:
        if col == self.COL_COUNTRY:
            return self.directory.country(r.iso3)
        if col == self.COL_CODE:
            return r.iso3
        if col == self.COL_TOPICS:
            return r.topics
        if col == self.COL_STATUS:
            return brief_status_text(r.brief.status if r.brief else None)
        if col == self.COL_CLASSIFICATION:
            return label(r.brief.classification) if r.brief else ""
        if r.brief is None:
            return ""
        return format_date(r.brief.updated_at, ui_language(), self.directory.tz, fmt="d MMM y")

    def sort_key(self, r: CountryRow, col: int):
        if col == self.COL_UPDATED:
            return r.brief.updated_at.isoformat() if r.brief else ""
        return super().sort_key(r, col)

    def foreground(self, r: CountryRow, col: int):
        if col == self.COL_STATUS and r.brief:
            return tones_for().status_colour(r.brief.status)
        return None
