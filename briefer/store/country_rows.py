"""The Countries list as read from the store: every country taking part or briefed, with its brief and topic values.

A country may be briefed before it is recorded as taking part, or take part
without a brief yet, so a row is the union of both, keyed by ISO code. The
topic indicators a profile marks ``in_list`` are shown in one column
("yes · 2050"): a conference has a few, not a table of them. The view shows
these rows and holds no store queries; a search hit on a brief, a topic value
or a country opens its row through :func:`country_of`.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefer.model import Country, CountryBrief


@dataclass(frozen=True)
class CountryRow:
    """A country in the Countries list: its record (if any) and its brief (if any)."""

    iso3: str
    country: Country | None
    brief: CountryBrief | None
    #: the values of the topic indicators shown in lists ("yes · 2050"); empty without a profile
    topics: str = ""

    @property
    def id(self) -> str:
        return self.iso3


def country_rows(store) -> list[CountryRow]:
    """One row per country recorded or briefed, in ISO-code order."""
    countries = {c.iso3: c for c in store.countries.list()}
    briefs = {b.country: b for b in store.country_briefs.list()}
    shown = [i for p in store.topic_profiles.list() for i in p.indicators if i.in_list]
    values = {(v.indicator_id, v.country): v.value for v in store.topic_values.list()} if shown else {}

    def topics(iso3: str) -> str:
        return " · ".join(x for x in (values.get((i.id, iso3), "") for i in shown) if x)

    return [CountryRow(iso3, countries.get(iso3), briefs.get(iso3), topics(iso3))
            for iso3 in sorted(set(countries) | set(briefs))]


def country_of(store, table: str, record_id: str) -> str | None:
    """The ISO code of the country a country, country brief or topic value belongs to; None if it is gone."""
    if table == "country_briefs":
        record = store.country_briefs.find(record_id)
    elif table == "topic_values":
        record = store.topic_values.find(record_id)
    else:
        country = store.countries.find(record_id)
        return country.iso3 if country else None
    return record.country if record else None
