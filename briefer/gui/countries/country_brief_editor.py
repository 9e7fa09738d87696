"""Editing a country brief: facts, the conference's topic indicators, messages, talking points,
defensive lines, sources.

The topic indicators are not fields of the brief but the country's topic values
(``briefer.model.topics``): the form shows one row per indicator of the conference's profiles
(``topic_fields``) and saves them with the brief — checked first, so a value the scale does not
accept is refused before anything is written.
"""

from __future__ import annotations

from html import escape

from briefer.errors import BrieferError
from briefer.gui.countries.topic_fields import TopicFields
from briefer.gui.widgets import editor_columns as cols
from briefer.gui.forms.country_brief_editor import Ui_CountryBriefEditor
from briefer.gui.records.record_editor import RecordEditor
from briefer.gui.widgets.fields import ui_language
from briefer.model import BriefStatus, Classification, CountryBrief, country_name
from briefer.store.earlier import carried_from
from briefer.store.topics import profiles, set_value, values_for


class CountryBriefEditor(RecordEditor):
    MODEL = CountryBrief
    FORM = Ui_CountryBriefEditor
    FIELDS = ("country", "status", "classification", "author", "summary", "relations_nl", "key_messages",
              "talking_points", "asks", "offers", "defensive_lines", "facts", "background", "sources")

    def configure(self) -> None:
        u = self.ui
        u.status.configure(BriefStatus)
        u.classification.configure(Classification)
        u.key_messages.configure(cols.text_list(), scalar=True)
        u.asks.configure(cols.text_list(), scalar=True)
        u.offers.configure(cols.text_list(), scalar=True)
        u.talking_points.configure(cols.talking_points())
        u.defensive_lines.configure(cols.defensive_lines())
        u.facts.configure(cols.facts())
        u.background.configure(cols.background())
        u.sources.configure(cols.sources())
        # the indicators go between the summary and the relations, where packs print them
        row, _ = u.page0_form.getWidgetPosition(u.relations_nl)
        self.topics = TopicFields(u.page0_form, row, u.page0_scroll_body)
        self._topic_baseline: list = []
        self._keep_topics = False

    @property
    def _store(self):
        return getattr(self.saver, "store", None)

    def load(self, record, defaults=None) -> None:
        if not self._keep_topics and self._store is not None:
            self.topics.rebuild(profiles(self._store))
            iso3 = record.country if record is not None else (defaults or {}).get("country")
            self.topics.show(values_for(self._store, iso3) if iso3 else {})
            self._topic_baseline = self.topics.state()
        super().load(record, defaults)

    def rebaseline(self) -> None:
        self._topic_baseline = self.topics.state()
        super().rebaseline()

    def is_dirty(self) -> bool:
        return super().is_dirty() or self.topics.state() != self._topic_baseline

    def save(self) -> bool:
        """The brief, then the country's topic values; a value its scale refuses stops both."""
        self.clear_errors()
        try:
            pending = self.topics.checked()
        except BrieferError as exc:
            self.show_error(exc)
            if self.topics.failed is not None:  # the keyboard lands where the value must be put right
                self.reveal(self.topics.failed.value)
                self.topics.failed.value.setFocus()
            return False
        self._keep_topics = True
        try:
            if not super().save():
                return False
        finally:
            self._keep_topics = False
        store, iso3 = self._store, self._record.country
        try:
            with store.write():
                for field, (value, source, year) in pending:
                    set_value(store, field.profile, field.indicator, iso3, value, source, year)
        except BrieferError as exc:
            self.show_error(exc)
            return False
        self.load(self._record)
        return True

    def heading(self, record) -> str:
        iso3 = record.country if record else self._defaults.get("country")
        if not iso3:
            return self.tr("New country brief")
        text = self.tr("Country brief: {0}").format(country_name(iso3, ui_language()))
        carried = carried_from(self._store) if record is not None and self._store is not None else None
        if carried is not None and record.id in carried.brief_ids:
            # carried from an earlier conference (store/carry.py): said under the heading, in the body's size
            return (f"{escape(text)}<br><span style='font-size: small; font-weight: normal;'>"
                    f"{escape(carried.line(ui_language()))}</span>")
        return text
