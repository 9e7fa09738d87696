"""Countries: every country taking part (or briefed), its brief's status, and the brief itself.

A country without a brief shows an empty brief form; saving it creates the brief.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from briefer.gui.countries.country_brief_editor import CountryBriefEditor
from briefer.gui.countries.topic_profiles_dialog import TopicProfilesDialog
from briefer.gui.records.record_page import RecordPage
from briefer.gui.countries.country_model import CountryRow, CountryTableModel
from briefer.store.country_rows import country_of, country_rows


class CountriesView(RecordPage):
    TABLE_MODEL = CountryTableModel
    EDITOR = CountryBriefEditor
    TABLES = ("countries", "country_briefs", "topic_profiles", "topic_values")
    SIZED_BY = ("countries", "country_briefs")
    DIRECTORY_PARTS = ()

    def __init__(self, services, parent=None, **kw):
        super().__init__(services, parent, **kw)
        self.topics_button = QPushButton(self)
        self.topics_button.clicked.connect(self.edit_topics)
        self.list.ui.top_row.addWidget(self.topics_button)
        self._name_topics_button()

    def _name_topics_button(self) -> None:
        self.topics_button.setText(self.tr("Topic &indicators…"))

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "topics_button"):
            self._name_topics_button()

    def edit_topics(self) -> TopicProfilesDialog:
        """The conference's topic profiles; the brief form shows what they define when it closes."""
        dialog = TopicProfilesDialog(self.services, self)
        dialog.finished.connect(self._topics_changed)
        dialog.open()
        return dialog

    def _topics_changed(self) -> None:
        if not self.editor.is_dirty():
            self.editor.load(self.editor.record(), self.editor._defaults)
        self.refresh()

    def title(self) -> str:
        return self.tr("Countries")

    def load_rows(self, store):
        return country_rows(store)

    def record_for(self, row: CountryRow):
        return row.brief, {"country": row.iso3}

    def key_for(self, table: str, record_id: str) -> str | None:
        return country_of(self.services.store, table, record_id)  # a search hit on a topic value opens its country

    def key_of_record(self, record) -> str:
        return record.country
