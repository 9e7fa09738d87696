"""Editing a country brief: facts, AMR situation, messages, talking points, defensive lines, sources."""

from __future__ import annotations

from briefer.gui.widgets import editor_columns as cols
from briefer.gui.forms.country_brief_editor import Ui_CountryBriefEditor
from briefer.gui.records.record_editor import RecordEditor
from briefer.gui.widgets.fields import ui_language
from briefer.model import BriefStatus, Classification, CountryBrief, NapLevel, country_name
from briefer.model.briefs import NAP_LEVEL_TEXT


class CountryBriefEditor(RecordEditor):
    MODEL = CountryBrief
    FORM = Ui_CountryBriefEditor
    FIELDS = ("country", "status", "classification", "author", "summary", "amr_situation", "nap_level",
              "nap_source", "one_health", "relations_nl", "key_messages", "talking_points", "asks", "offers",
              "defensive_lines", "facts", "background", "sources")

    def configure(self) -> None:
        u = self.ui
        u.status.configure(BriefStatus)
        u.classification.configure(Classification)
        u.nap_level.configure(NapLevel, optional=True,
                              words=lambda m: f"{m.value} — {NAP_LEVEL_TEXT[ui_language()][m.value]}")
        u.key_messages.configure(cols.text_list(), scalar=True)
        u.asks.configure(cols.text_list(), scalar=True)
        u.offers.configure(cols.text_list(), scalar=True)
        u.talking_points.configure(cols.talking_points())
        u.defensive_lines.configure(cols.defensive_lines())
        u.facts.configure(cols.facts())
        u.background.configure(cols.background())
        u.sources.configure(cols.sources())

    def heading(self, record) -> str:
        iso3 = record.country if record else self._defaults.get("country")
        if not iso3:
            return self.tr("New country brief")
        return self.tr("Country brief: {0}").format(country_name(iso3, ui_language()))
