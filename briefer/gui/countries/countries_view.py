"""Countries: every country taking part (or briefed), its brief's status, and the brief itself.

A country without a brief shows an empty brief form; saving it creates the brief.
"""

from __future__ import annotations

from briefer.gui.countries.country_brief_editor import CountryBriefEditor
from briefer.gui.records.record_page import RecordPage
from briefer.gui.countries.country_model import CountryRow, CountryTableModel


class CountriesView(RecordPage):
    TABLE_MODEL = CountryTableModel
    EDITOR = CountryBriefEditor
    TABLES = ("countries", "country_briefs")
    SIZED_BY = ("countries", "country_briefs")
    DIRECTORY_PARTS = ()

    def title(self) -> str:
        return self.tr("Countries")

    def load_rows(self, store):
        countries = {c.iso3: c for c in store.countries.list()}
        briefs = {b.country: b for b in store.country_briefs.list()}
        return [CountryRow(iso3, countries.get(iso3), briefs.get(iso3)) for iso3 in sorted(set(countries) | set(briefs))]

    def record_for(self, row: CountryRow):
        return row.brief, {"country": row.iso3}

    def key_for(self, table: str, record_id: str) -> str | None:
        store = self.services.store
        if table == "country_briefs":
            brief = store.country_briefs.find(record_id)
            return brief.country if brief else None
        country = store.countries.find(record_id)
        return country.iso3 if country else None

    def key_of_record(self, record) -> str:
        return record.country
