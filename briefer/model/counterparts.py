"""Who a bilateral is with, named one way everywhere: titles, lists, packs, reports, calendars.

A bilateral is with a country or with an organisation. Every place that names
the counterpart (the pack's headings, the action list, the ICS summary, the
command line's tables, the app's lists and status bar) calls these functions,
so a meeting with an organisation is never "Bilateral with organisation" in one
place and an empty name in another.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Mapping

from briefer import i18n
from briefer.model.conference import Organisation
from briefer.model.country_names import country_name

if TYPE_CHECKING:
    from briefer.model.meetings import Meeting

def country_in_sentence(iso3: str, lang: str = "en") -> str:
    """The country as a sentence names it: "the United Kingdom", "Duitsland" (articles: ``country_names``)."""
    return country_name(iso3, lang, article=True)


def counterpart_name(m: "Meeting", orgs: Mapping[str, Organisation], lang: str = "en", *,
                     article: bool = True) -> str:
    """Who ``m`` is with: "the United Kingdom", "the European Commission", "FAO" (``article=False``
    for a list's column: "United Kingdom", "European Commission").

    An organisation missing from ``orgs`` (not loaded, or deleted in a merge) is named by the
    word "organisation", never by an empty string.
    """
    if m.counterpart_country:
        return country_in_sentence(m.counterpart_country, lang) if article else country_name(m.counterpart_country, lang)
    org = orgs.get(m.counterpart_organisation_id or "")
    if org is None:
        return i18n.label("an_organisation", lang)
    return org.in_sentence(lang) if article else org.short(lang)


def meeting_title(m: "Meeting", orgs: Mapping[str, Organisation], lang: str = "en") -> str:
    """The meeting's own title, else "Bilateral with the European Commission" / "Bilateraal met de Europese Commissie"."""
    if m.title:
        return m.title
    return i18n.label("bilateral_with", lang, who=counterpart_name(m, orgs, lang))
