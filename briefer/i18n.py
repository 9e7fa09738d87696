"""Words and dates for the core's outputs (command line, packs, exports) in Dutch or English.

The GUI translates its own interface with Qt's translator; everything the core
prints takes its labels from here, and its dates from babel, in the
conference's timezone.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
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
    """``woensdag 13 november 2024`` / ``Wednesday 13 November 2024`` (babel)."""
    from babel.dates import format_date as _fd

    if isinstance(day, datetime):
        if tz is not None:
            day = day.astimezone(ZoneInfo(tz) if isinstance(tz, str) else tz)
        day = day.date()
    pattern = {"full": "EEEE d MMMM y", "long": "d MMMM y", "short": "EEE d MMM"}.get(fmt, fmt)
    return _fd(day, pattern, locale=_locale(check_lang(lang)))


@functools.lru_cache(maxsize=None)
def _locale(lang: str):
    """Babel's locale, made once per language: given by name, babel parses it again on every date
    (3,000 dates in a large pack, a tenth of composing it)."""
    from babel import Locale

    return Locale.parse(_LOCALES[lang])


def format_span(start: datetime, end: datetime, tz: ZoneInfo | str, lang: str = "en") -> str:
    """``Wed 19 Jun 09:30–10:00`` in the conference's timezone."""
    return f"{format_date(start, lang, tz, fmt='short')} {format_time(start, tz)}–{format_time(end, tz)}"


# ---------------------------------------------------------------------- labels
#: The words printed in packs and other core outputs (schedule findings, free-slot
#: reasons, countdowns, the command line), per language. Keys are stable
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
        "day_continued": "{day} (continued)",
        "bilaterals": "Bilateral meetings",
        "bilateral_with": "Bilateral with {who}",
        "meeting_sheet": "Meeting sheet",
        "country_brief": "Country brief: {country}",
        "last_used_for": "last used for {conference}, {date}",
        "biographies": "Biographies",
        "attachment": "Attachment: {title}",
        "attachments": "Attachments",
        "attachment_line": "{title} ({pages} pages)",
        "attachment_line_one": "{title} (1 page)",
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
        "point": "The point",
        "leads": "Leads the conversation",
        "photo_opportunity": "Photo opportunity",
        "previous_outcomes": "Outcomes of previous meetings",
        "summary": "Summary",
        "facts": "Facts",
        "official_name": "Official name: {name}",
        "pronunciation": "Pronunciation: {text}",
        "fact": "Fact",
        "value": "Value",
        "source": "Source",
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
        "brief_draft": "draft",
        "brief_reviewed": "reviewed",
        "brief_final": "final",
        "author": "Author",
        "brief_status": "Brief status",
        "aim": "Aim",
        "role_liaison": "Liaison officer",
        "role_press": "Press officer",
        "role_interpreter": "Interpreter",
        "role_security": "Security",
        "change_cancelled": "cancelled — take these pages out of the binder",
        "replaces_pages": "replaces pages {pages} of copy {number}",
        "replaces_page": "replaces page {pages} of copy {number}",
        "addendum_head": "Addendum to copy {number}",
        "country_brief_see": "{title}: see the chapter {chapter} ({when}).",
        "requested_not_confirmed": "requested, not yet confirmed",
        "walk_from": "{minutes} min walk",
        "cancelled_banner": "CANCELLED — this meeting will not take place",
        "brief_from_country": "No meeting brief has been written yet; the messages and points below come from the country brief.",
        "country_lines_note": "Printed in the meeting sheet of each bilateral with this country, where the meeting's own brief leaves them empty:",
        "chapter_marking": "Classification of this chapter",
        "final_override": "Printed as final by {who} although not every brief was final: {why}",
        # -- schedule: conflict findings, free-slot reasons, countdowns (briefer/schedule/)
        "severity_error": "error",
        "severity_warning": "warning",
        "and": "and",
        "no_room": "no room",
        "an_organisation": "organisation",
        "empty_note": "(empty note)",
        "note_kind_prep": "preparation",
        "note_kind_minutes": "minutes",
        "note_kind_outcome": "outcome",
        "sheet_outcomes": "Outcomes",
        "sched_item": "'{label}' ({span}, {room})",
        "sched_the_bilateral": "the bilateral '{label}' ({span})",
        "sched_during_speech": "{name} has the bilateral {meeting} while speaking or chairing at {session}",
        "sched_double_booked_one": "{names} is in two places at once: {first} and {second}",
        "sched_double_booked_many": "{names} are in two places at once: {first} and {second}",
        "sched_walking_time": "{names}: {gap} min between {first} and {second}, "
                              "but the walk from {from_room} to {to_room} takes {need} min",
        "sched_room_double_booked": "room {room} is booked twice: {first} and {second}",
        "sched_outside_days": "{where} is outside the conference days ({first:%Y-%m-%d} to {last:%Y-%m-%d})",
        "sched_outside_hours": "{where} is outside the conference hours ({start:%H:%M}–{end:%H:%M})",
        "sched_no_room_yet": "{where} has no room yet",
        "sched_room_unconfirmed": "{where}: room {room} is not confirmed by the organisers",
        "sched_interpreter_missing": "{where} needs an interpreter ({language}) and none is assigned",
        "slot_busy": "{name} is busy: {item}",
        "slot_break": "{name} needs a {minutes}-minute break around {item}",
        "slot_walk_after": "{name} cannot walk from {from_room} to {to_room} ({need} min) after {item}",
        "slot_walk_before": "{name} cannot walk from {from_room} to {to_room} ({need} min) before {item}",
        "slot_no_room_free": "no suitable room is free",
        "slot_no_head": "no head of delegation is recorded for {code}; only the principal's day is checked",
        "slot_no_rooms": "no rooms are recorded; slots are proposed without a room",
        "slot_no_bilateral_rooms": "no room is marked fit for bilaterals; slots are proposed without a room "
                                   "(mark one with 'briefer room edit ROOM --bilaterals yes' or under Settings → Rooms and venues)",
        "slot_bad_duration": "the duration must be positive",
        "slot_not_a_day": "{day:%Y-%m-%d} is not a conference day ({first:%Y-%m-%d} to {last:%Y-%m-%d})",
        "slot_does_not_fit": "a {minutes}-minute meeting does not fit in the conference hours",
        "countdown_hours": "{hours} h {minutes:02d} min",
        "countdown_minutes": "{minutes} min",
        # -- command line: check --schedule, slots
        "cli_schedule_what": "{sessions} and {meetings}",
        "cli_schedule_failed": "{errors} and {warnings} in the schedule ({what})",
        "cli_schedule_ok": "ok: no schedule errors, {warnings} ({what} checked)",
        "cli_note": "note",
        "cli_no_slot": "no free slot of {minutes} min for {who}",
        "cli_slots": "free slots of {minutes} min for {who} ({tz}):",
        "cli_when": "When",
        "cli_walking": "Walking",
        "cli_passed_over": "passed over:",
        "cli_passed_over_count": "({what} passed over; --why says why)",
        # the description of an exported calendar event (ics_export.py), read in Outlook or on a phone
        "ics_counterpart": "Counterpart: {name}",
        "ics_participants": "Participants: {names}",
        "ics_interpreter": "Interpreter ({language}): {name}",
        "ics_to_be_assigned": "to be assigned",
        "ics_room_unconfirmed": "Room not yet confirmed",
        "ics_objectives": "Objectives:",
        "ics_key_facts": "Key facts:",
        "ics_speaking_notes": "Speaking notes:",
        "ics_chair": "Chair: {name}",
        "ics_speakers": "Speakers: {names}",
        "ics_left_out": "(classified content left out)",
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
        "day_continued": "{day} (vervolg)",
        "bilaterals": "Bilaterale gesprekken",
        "bilateral_with": "Bilateraal met {who}",
        "meeting_sheet": "Gespreksblad",
        "country_brief": "Landenoverzicht: {country}",
        "last_used_for": "laatst gebruikt voor {conference}, {date}",
        "biographies": "Biografieën",
        "attachment": "Bijlage: {title}",
        "attachments": "Bijlagen",
        "attachment_line": "{title} ({pages} pagina's)",
        "attachment_line_one": "{title} (1 pagina)",
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
        "defensive_lines": "Reactieve punten",
        "background": "Achtergrond",
        "not_for_disclosure": "NIET VOOR OPENBAARMAKING — alleen ter achtergrond voor de bewindspersoon",
        "press_line": "Woordvoering",
        "point": "Waar het om gaat",
        "leads": "Voert het woord",
        "photo_opportunity": "Fotomoment",
        "previous_outcomes": "Resultaten van eerdere gesprekken",
        "summary": "Samenvatting",
        "facts": "Feiten",
        "official_name": "Officiële naam: {name}",
        "pronunciation": "Uitspraak: {text}",
        "fact": "Gegeven",
        "value": "Waarde",
        "source": "Bron",
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
        "brief_draft": "concept",
        "brief_reviewed": "beoordeeld",
        "brief_final": "definitief",
        "author": "Auteur",
        "brief_status": "Status notitie",
        "aim": "Doel",
        "role_liaison": "Liaison",
        "role_press": "Voorlichter",
        "role_interpreter": "Tolk",
        "role_security": "Beveiliging",
        "change_cancelled": "geannuleerd — haal deze pagina's uit de map",
        "replaces_pages": "vervangt pagina's {pages} van exemplaar {number}",
        "replaces_page": "vervangt pagina {pages} van exemplaar {number}",
        "addendum_head": "Addendum bij exemplaar {number}",
        "country_brief_see": "{title}: zie het hoofdstuk {chapter} ({when}).",
        "requested_not_confirmed": "aangevraagd, nog niet bevestigd",
        "walk_from": "{minutes} min lopen",
        "cancelled_banner": "GEANNULEERD — dit gesprek gaat niet door",
        "brief_from_country": "Voor dit gesprek is nog geen notitie geschreven; de boodschappen en punten hieronder komen uit het landenoverzicht.",
        "country_lines_note": "Afgedrukt in het gespreksblad van elk bilateraal gesprek met dit land, voor zover de gespreksnotitie ze zelf niet bevat:",
        "chapter_marking": "Rubricering van dit hoofdstuk",
        "final_override": "Als definitief afgedrukt door {who}, hoewel niet elke notitie definitief was: {why}",
        "severity_error": "fout",
        "severity_warning": "waarschuwing",
        "and": "en",
        "no_room": "geen zaal",
        "an_organisation": "organisatie",
        "empty_note": "(lege notitie)",
        "note_kind_prep": "voorbereiding",
        "note_kind_minutes": "verslag",
        "note_kind_outcome": "uitkomst",
        "sheet_outcomes": "Uitkomsten",
        "sched_item": "'{label}' ({span}, {room})",
        "sched_the_bilateral": "het bilaterale gesprek '{label}' ({span})",
        "sched_during_speech": "{name} heeft het bilaterale gesprek {meeting} tijdens een spreek- of "
                               "voorzittersrol bij {session}",
        "sched_double_booked_one": "{names} moet op twee plaatsen tegelijk zijn: {first} en {second}",
        "sched_double_booked_many": "{names} moeten op twee plaatsen tegelijk zijn: {first} en {second}",
        "sched_walking_time": "{names}: {gap} min tussen {first} en {second}, "
                              "maar lopen van {from_room} naar {to_room} kost {need} min",
        "sched_room_double_booked": "zaal {room} is dubbel gereserveerd: {first} en {second}",
        "sched_outside_days": "{where} valt buiten de conferentiedagen ({first:%d-%m-%Y} t/m {last:%d-%m-%Y})",
        "sched_outside_hours": "{where} valt buiten de conferentietijden ({start:%H:%M}–{end:%H:%M})",
        "sched_no_room_yet": "{where} heeft nog geen zaal",
        "sched_room_unconfirmed": "{where}: zaal {room} is nog niet door de organisatie bevestigd",
        "sched_interpreter_missing": "{where} heeft een tolk nodig ({language}), maar er is nog geen tolk toegewezen",
        "slot_busy": "{name} is bezet: {item}",
        "slot_break": "{name} heeft een pauze van {minutes} minuten nodig rond {item}",
        "slot_walk_after": "{name} kan na {item} niet op tijd van {from_room} naar {to_room} lopen ({need} min)",
        "slot_walk_before": "{name} kan vóór {item} niet op tijd van {from_room} naar {to_room} lopen ({need} min)",
        "slot_no_room_free": "er is geen geschikte zaal vrij",
        "slot_no_head": "voor {name} is geen delegatieleider vastgelegd; alleen de agenda van de "
                        "bewindspersoon is bekeken",
        "slot_no_rooms": "er zijn geen zalen vastgelegd; tijden worden zonder zaal voorgesteld",
        "slot_no_bilateral_rooms": "geen zaal is aangemerkt als geschikt voor bilaterale gesprekken; tijden worden "
                                   "zonder zaal voorgesteld (merk een zaal aan met 'briefer room edit ZAAL "
                                   "--bilaterals yes' of onder Instellingen → Zalen en locaties)",
        "slot_bad_duration": "de duur moet groter dan nul zijn",
        "slot_not_a_day": "{day:%d-%m-%Y} is geen conferentiedag ({first:%d-%m-%Y} t/m {last:%d-%m-%Y})",
        "slot_does_not_fit": "een gesprek van {minutes} minuten past niet binnen de conferentietijden",
        "countdown_hours": "{hours} u {minutes:02d} min",
        "countdown_minutes": "{minutes} min",
        "cli_schedule_what": "{sessions} en {meetings}",
        "cli_schedule_failed": "{errors} en {warnings} in het programma ({what})",
        "cli_schedule_ok": "ok: geen fouten in het programma, {warnings} ({what} gecontroleerd)",
        "cli_note": "opmerking",
        "cli_no_slot": "geen vrije tijd van {minutes} min voor {who}",
        "cli_slots": "vrije tijden van {minutes} min voor {who} ({tz}):",
        "cli_when": "Wanneer",
        "cli_walking": "Lopen",
        "cli_passed_over": "overgeslagen:",
        "cli_passed_over_count": "({what} overgeslagen; --why zegt waarom)",
        "ics_counterpart": "Gesprekspartner: {name}",
        "ics_participants": "Deelnemers: {names}",
        "ics_interpreter": "Tolk ({language}): {name}",
        "ics_to_be_assigned": "nog toe te wijzen",
        "ics_room_unconfirmed": "Zaal nog niet bevestigd",
        "ics_objectives": "Doelen:",
        "ics_key_facts": "Kernfeiten:",
        "ics_speaking_notes": "Spreektekst:",
        "ics_chair": "Voorzitter: {name}",
        "ics_speakers": "Sprekers: {names}",
        "ics_left_out": "(gerubriceerde inhoud weggelaten)",
    },
}


#: Counted nouns by CLDR plural category ("one", "other": what babel's ``Locale.plural_form`` gives for a
#: number), so a sentence says "1 session" and "2 sessions" — not "1 sessions", nor "session(s)".
COUNTS: dict[str, dict[str, dict[str, str]]] = {
    "en": {
        "sessions": {"one": "{n} session", "other": "{n} sessions"},
        "bilaterals": {"one": "{n} bilateral", "other": "{n} bilaterals"},
        "errors": {"one": "{n} error", "other": "{n} errors"},
        "warnings": {"one": "{n} warning", "other": "{n} warnings"},
        "pages": {"one": "{n} page", "other": "{n} pages"},
        "conflicts": {"one": "{n} conflict", "other": "{n} conflicts"},
        "open_conflicts": {"one": "{n} open conflict", "other": "{n} open conflicts"},
        "earlier_time_ranges": {"one": "{n} earlier time range", "other": "{n} earlier time ranges"},
        "problems": {"one": "{n} problem", "other": "{n} problems"},
        "backups": {"one": "{n} backup", "other": "{n} backups"},
        "idle_minutes": {"one": "{n} idle minute", "other": "{n} idle minutes"},
        "classified_items": {"one": "{n} classified item", "other": "{n} classified items"},
        "meeting_reports": {"one": "{n} meeting report", "other": "{n} meeting reports"},
        "actions": {"one": "{n} action", "other": "{n} actions"},
        "records": {"one": "{n} record", "other": "{n} records"},
        "deletions": {"one": "{n} deletion", "other": "{n} deletions"},
        "conflict_copies": {"one": "{n} conflict copy", "other": "{n} conflict copies"},
        "attachments": {"one": "{n} attachment", "other": "{n} attachments"},
        "rows": {"one": "{n} row", "other": "{n} rows"},
        "new_rooms": {"one": "{n} new room", "other": "{n} new rooms"},
    },
    "nl": {
        "sessions": {"one": "{n} sessie", "other": "{n} sessies"},
        "bilaterals": {"one": "{n} bilateraal gesprek", "other": "{n} bilaterale gesprekken"},
        "errors": {"one": "{n} fout", "other": "{n} fouten"},
        "warnings": {"one": "{n} waarschuwing", "other": "{n} waarschuwingen"},
        "pages": {"one": "{n} pagina", "other": "{n} pagina's"},
        "conflicts": {"one": "{n} conflict", "other": "{n} conflicten"},
        "open_conflicts": {"one": "{n} open conflict", "other": "{n} open conflicten"},
        "earlier_time_ranges": {"one": "{n} eerder tijdvak", "other": "{n} eerdere tijdvakken"},
        "problems": {"one": "{n} probleem", "other": "{n} problemen"},
        "backups": {"one": "{n} back-up", "other": "{n} back-ups"},
        "idle_minutes": {"one": "{n} minuut inactiviteit", "other": "{n} minuten inactiviteit"},
        "classified_items": {"one": "{n} gerubriceerd onderdeel", "other": "{n} gerubriceerde onderdelen"},
        "meeting_reports": {"one": "{n} gespreksverslag", "other": "{n} gespreksverslagen"},
        "actions": {"one": "{n} actie", "other": "{n} acties"},
        "records": {"one": "{n} record", "other": "{n} records"},
        "deletions": {"one": "{n} verwijdering", "other": "{n} verwijderingen"},
        "conflict_copies": {"one": "{n} conflictkopie", "other": "{n} conflictkopieën"},
        "attachments": {"one": "{n} bijlage", "other": "{n} bijlagen"},
        "rows": {"one": "{n} rij", "other": "{n} rijen"},
        "new_rooms": {"one": "{n} nieuwe zaal", "other": "{n} nieuwe zalen"},
    },
}


@dataclass(frozen=True)
class CountedSentence:
    """A sentence whose words follow a count ("1 item is", "2 items are"): ``.format(n=…)`` picks the form
    ``lang``'s plural rule gives ``n``, so a table of words may hold it where it holds plain templates."""

    lang: str
    one: str
    other: str

    def format(self, *, n: int) -> str:
        return _in_form({"one": self.one, "other": self.other}, n, self.lang)


def counted(noun: str, n: int, lang: str = "en") -> str:
    """``n`` ``noun`` as ``lang`` says it: ``counted("sessions", 1)`` is "1 session", in Dutch "1 sessie"."""
    return _in_form(COUNTS[check_lang(lang)][noun], n, lang)


def _in_form(forms: dict[str, str], n: int, lang: str) -> str:
    """The form of ``forms`` that ``lang``'s CLDR plural rule (babel) gives ``n``, filled in ("other" for a
    category the table does not spell out)."""
    return forms.get(_locale(check_lang(lang)).plural_form(n), forms["other"]).format(n=n)


def label(key: str, lang: str = "en", **values: object) -> str:
    """The printed word or phrase ``key`` in ``lang``, with ``{placeholders}`` filled."""
    text = LABELS[check_lang(lang)][key]
    return text.format(**values) if values else text


def format_datetime(moment: datetime, tz: ZoneInfo | str, lang: str = "en") -> str:
    """``13 november 2024, 09.30 uur`` / ``13 November 2024 09:30`` in ``tz``.

    Dutch writes a clock time as the Rijksoverheid does (``09.30 uur``), like every meeting time in a
    pack; a cover saying ``Afgedrukt … 11:06`` beside ``11.00–11.30 uur`` read as two house styles.
    """
    day, clock = format_date(moment, lang, tz, fmt="long"), format_time(moment, tz)
    if check_lang(lang) == "nl":
        return f"{day}, {clock.replace(':', '.')} uur"
    return f"{day} {clock}"
