"""Words and dates for the core's outputs (command line, packs, exports) in Dutch or English.

The GUI translates its own interface with Qt's translator; everything the core
prints takes its labels from here, and its dates from babel, in the
conference's timezone.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

LANGS = ("nl", "en")

_LOCALES = {"nl": "nl_NL", "en": "en_GB"}


def check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; use nl or en")
    return lang


def format_time(moment: datetime, tz: ZoneInfo | str, lang: str = "en") -> str:
    """``09:30`` — 24-hour clock in both languages, as ministries write it."""
    if isinstance(tz, str):
        tz = ZoneInfo(tz)
    return moment.astimezone(tz).strftime("%H:%M")


def format_date(day: date | datetime, lang: str = "en", tz: ZoneInfo | str | None = None, *, fmt: str = "full") -> str:
    """``woensdag 19 juni 2019`` / ``Wednesday 19 June 2019`` (babel)."""
    from babel.dates import format_date as _fd

    if isinstance(day, datetime):
        if tz is not None:
            day = day.astimezone(ZoneInfo(tz) if isinstance(tz, str) else tz)
        day = day.date()
    pattern = {"full": "EEEE d MMMM y", "long": "d MMMM y", "short": "EEE d MMM"}.get(fmt, fmt)
    return _fd(day, pattern, locale=_LOCALES[check_lang(lang)])


def format_span(start: datetime, end: datetime, tz: ZoneInfo | str, lang: str = "en") -> str:
    """``Wed 19 Jun 09:30–10:00`` in the conference's timezone."""
    return f"{format_date(start, lang, tz, fmt='short')} {format_time(start, tz)}–{format_time(end, tz)}"


# ---------------------------------------------------------------------- labels
#: The words printed in packs (and other core outputs), per language. Keys are stable
#: identifiers; ``{name}`` placeholders are filled with :func:`label`'s keyword arguments.
LABELS: dict[str, dict[str, str]] = {
    "en": {
        "pack_title": "Briefing pack",
        "meeting_brief_title": "Meeting brief",
        "addendum_title": "Addendum",
        "addendum_to": "Changes since copy {number} (printed {when})",
        "for": "For",
        "period": "Period",
        "classification": "Classification",
        "unclassified": "UNCLASSIFIED",
        "version": "Version",
        "printed": "Printed",
        "copy": "Copy {number}",
        "draft_mark": "DRAFT",
        "draft": "Draft",
        "final": "Final",
        "personal_copy": "Personal copy for {name}",
        "page_of": "page {page} of",
        "contents": "Contents",
        "programme": "Programme",
        "bilaterals": "Bilateral meetings",
        "bilateral_with": "Bilateral with {who}",
        "meeting_sheet": "Meeting sheet",
        "country_brief": "Country brief: {country}",
        "biographies": "Biographies",
        "attachment": "Attachment: {title}",
        "speaking_notes": "Speaking notes",
        "annex_contacts": "Annex: contacts",
        "tbc": "to be confirmed",
        "provisional": "provisional",
        "time": "Time",
        "room": "Room",
        "status": "Status",
        "nl_side": "Netherlands",
        "other_side": "Counterpart",
        "interpreter": "Interpreter",
        "no_interpreter": "not needed",
        "note_taker": "Note-taker",
        "with": "With",
        "alone": "—",
        "objectives": "Objectives",
        "key_messages": "Key messages",
        "talking_points": "Talking points",
        "priority_certain": "Will certainly come up",
        "priority_possible": "May come up",
        "priority_unlikely": "Unlikely to come up",
        "expected_positions": "Expected positions of the counterpart",
        "defensive_lines": "Defensive lines",
        "background": "Background",
        "not_for_disclosure": "NOT FOR DISCLOSURE — background for the minister only",
        "press_line": "Press line",
        "previous_outcomes": "Outcomes of previous meetings",
        "summary": "Summary",
        "facts": "Facts",
        "fact": "Fact",
        "value": "Value",
        "source": "Source",
        "amr_situation": "AMR situation",
        "nap_status": "National action plan (TrACSS)",
        "nap_unknown": "National action plan status: not reported",
        "one_health": "One Health coordination",
        "relations_nl": "Relations with the Netherlands",
        "asks": "Their asks",
        "offers": "What we can offer",
        "sources": "Sources",
        "no_brief": "No brief has been written for this meeting yet.",
        "session": "Session",
        "role": "Role",
        "chair": "Chair",
        "speaker": "Speaker",
        "name": "Name",
        "position": "Position",
        "country_org": "Country / organisation",
        "email": "E-mail",
        "phone": "Telephone",
        "changes_summary": "What changed",
        "change_changed": "changed",
        "change_new": "new",
        "change_removed": "no longer in the pack",
        "no_changes": "Nothing has changed since copy {number}.",
        "demo": "Demo content — illustrative, not real briefing material",
        "status_requested": "requested",
        "status_confirmed": "confirmed",
        "status_held": "held",
        "status_cancelled": "cancelled",
    },
    "nl": {
        "pack_title": "Briefingsmap",
        "meeting_brief_title": "Gespreksnotitie",
        "addendum_title": "Addendum",
        "addendum_to": "Wijzigingen sinds exemplaar {number} (afgedrukt {when})",
        "for": "Voor",
        "period": "Periode",
        "classification": "Rubricering",
        "unclassified": "ONGERUBRICEERD",
        "version": "Versie",
        "printed": "Afgedrukt",
        "copy": "Exemplaar {number}",
        "draft_mark": "CONCEPT",
        "draft": "Concept",
        "final": "Definitief",
        "personal_copy": "Persoonlijk exemplaar voor {name}",
        "page_of": "pagina {page} van",
        "contents": "Inhoud",
        "programme": "Programma",
        "bilaterals": "Bilaterale gesprekken",
        "bilateral_with": "Bilateraal met {who}",
        "meeting_sheet": "Gespreksblad",
        "country_brief": "Landenbrief: {country}",
        "biographies": "Biografieën",
        "attachment": "Bijlage: {title}",
        "speaking_notes": "Spreekteksten",
        "annex_contacts": "Bijlage: contactpersonen",
        "tbc": "nog te bevestigen",
        "provisional": "voorlopig",
        "time": "Tijd",
        "room": "Zaal",
        "status": "Status",
        "nl_side": "Nederland",
        "other_side": "Gesprekspartner",
        "interpreter": "Tolk",
        "no_interpreter": "niet nodig",
        "note_taker": "Verslaglegger",
        "with": "Met",
        "alone": "—",
        "objectives": "Doelen",
        "key_messages": "Kernboodschappen",
        "talking_points": "Gesprekspunten",
        "priority_certain": "Komt zeker aan bod",
        "priority_possible": "Kan aan bod komen",
        "priority_unlikely": "Komt waarschijnlijk niet aan bod",
        "expected_positions": "Verwachte inbreng van de gesprekspartner",
        "defensive_lines": "Reactieve lijnen",
        "background": "Achtergrond",
        "not_for_disclosure": "NIET VOOR OPENBAARMAKING — alleen ter achtergrond voor de bewindspersoon",
        "press_line": "Perslijn",
        "previous_outcomes": "Resultaten van eerdere gesprekken",
        "summary": "Samenvatting",
        "facts": "Feiten",
        "fact": "Gegeven",
        "value": "Waarde",
        "source": "Bron",
        "amr_situation": "AMR-situatie",
        "nap_status": "Nationaal actieplan (TrACSS)",
        "nap_unknown": "Status nationaal actieplan: niet gerapporteerd",
        "one_health": "One Health-coördinatie",
        "relations_nl": "Betrekkingen met Nederland",
        "asks": "Hun verzoeken",
        "offers": "Wat wij kunnen bieden",
        "sources": "Bronnen",
        "no_brief": "Voor dit gesprek is nog geen notitie geschreven.",
        "session": "Sessie",
        "role": "Rol",
        "chair": "Voorzitter",
        "speaker": "Spreker",
        "name": "Naam",
        "position": "Functie",
        "country_org": "Land / organisatie",
        "email": "E-mail",
        "phone": "Telefoon",
        "changes_summary": "Wat is gewijzigd",
        "change_changed": "gewijzigd",
        "change_new": "nieuw",
        "change_removed": "niet meer in de map",
        "no_changes": "Er is niets gewijzigd sinds exemplaar {number}.",
        "demo": "Demonstratie-inhoud — ter illustratie, geen echte briefing",
        "status_requested": "aangevraagd",
        "status_confirmed": "bevestigd",
        "status_held": "gehouden",
        "status_cancelled": "geannuleerd",
    },
}


def label(key: str, lang: str = "en", **values: object) -> str:
    """The printed word or phrase ``key`` in ``lang``, with ``{placeholders}`` filled."""
    text = LABELS[check_lang(lang)][key]
    return text.format(**values) if values else text


def format_datetime(moment: datetime, tz: ZoneInfo | str, lang: str = "en") -> str:
    """``19 juni 2019 09:30`` / ``19 June 2019 09:30`` in ``tz``."""
    return f"{format_date(moment, lang, tz, fmt='long')} {format_time(moment, tz)}"
