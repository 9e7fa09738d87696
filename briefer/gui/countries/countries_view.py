"""Countries: every country taking part (or briefed), its brief's status, and the brief itself.

A country without a brief shows an empty brief form; saving it creates the brief.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from briefer.gui.countries.country_brief_editor import CountryBriefEditor
from briefer.gui.countries.topic_profiles_dialog import TopicProfilesDialog
from briefer.gui.records.read_or_edit import ReadOrEdit
from briefer.gui.records.record_page import RecordPage
from briefer.gui.widgets.labels import ui_language
from briefer.gui.countries.country_model import CountryRow, CountryTableModel
from briefer.schedule.reading import country_reading
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

    def make_detail(self):
        editor = self.EDITOR(self.services.saver, self)
        editor.history_requested.connect(self.services.show_history)
        editor.saved.connect(self._after_save)
        # a brief opens as a page to read; Ctrl+E or the button turns it into its form and back
        self.pane = ReadOrEdit(editor, self._reading, self)
        self.list.add_detail(self.pane)
        self.read_edit_shortcut = ReadOrEdit.shortcut(self, self.toggle_reading)
        self._words_to_mark: list[str] = []
        return editor

    def _reading(self, candidate):
        """The country's brief as one page (with the form's unsaved version, if any); None without a brief."""
        record = self.editor.record()
        if record is None:
            return None
        return country_reading(self.services.store, record.country, ui_language(), candidate)

    def toggle_reading(self) -> None:
        if self.editor.record() is not None:
            self.pane.toggle()

    def show_item(self, item) -> None:
        if item is None:
            self.list.show_detail(None)
            return
        record, defaults = self.record_for(item)
        self.editor.load(record, defaults)
        self.pane.read()  # a country without a brief yet shows the form, ready to write one
        self.list.show_detail(self.pane)
        words, self._words_to_mark = self._words_to_mark, []
        if words:  # opened from a search while the list was loading
            self.highlight(words)

    def reload_if_changed(self, item) -> None:
        super().reload_if_changed(item)
        if self.pane.reading():
            self.pane.read()  # saved elsewhere (undo, a bundle): the page shows what is stored now

    def focus_editor(self) -> None:
        """Enter on a row or a new brief: its form, the cursor in the first field."""
        self.pane.edit(focus=False)
        super().focus_editor()

    def new_record(self) -> None:
        if not self.list.clear_selection():
            return
        self.editor.load(None, self.new_defaults())
        self.pane.edit(focus=False)
        self.list.show_detail(self.pane)
        self.focus_editor()

    def _after_save(self, record) -> None:
        super()._after_save(record)
        if self.pane.reading():
            self.pane.read()

    def highlight(self, words: list[str]) -> int:
        """A search's words marked on the brief's page, scrolled to the first."""
        self._words_to_mark = list(words) if self.pending else []
        if self.pending or not self.pane.reading():
            return 0
        return self.pane.page.highlight(words)

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
            if self.pane.reading():
                self.pane.read()
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
