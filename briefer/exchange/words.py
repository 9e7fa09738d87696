"""The words of the note reports and action lists, in Dutch and English.

Kept beside the exchange writers for now (``briefer/i18n.py`` is the
foundation's); the lead may fold them into i18n when the packs' labels land.
"""

from __future__ import annotations

from briefer.i18n import CountedSentence
from briefer.model.notes import NoteKind


def _note_kinds(lang: str) -> dict[str, str]:
    """A note's kind as the reports name it: ``NoteKind.label``'s words, so reports and the app agree."""
    return {k.value: k.label(lang) for k in NoteKind}


_WORDS = {
    "en": {
        "title": "Meeting reports",
        "summary": "Summary of meetings",
        "date": "Date", "time": "Time", "place": "Place", "counterpart": "Counterpart", "principal": "Principal",
        "participants": "Participants", "nl_side": "Netherlands", "other_side": "Counterpart side",
        "objectives": "Objectives", "objectives_met": "Objectives met", "met": "met", "not_met": "not met",
        "unknown": "not recorded", "notes": "Notes", "outcomes": "Outcomes", "actions": "Follow-up actions",
        "what": "What", "owner": "Owner", "due": "Due", "status_h": "Status", "meeting": "Meeting",
        "country": "Country", "no_notes": "No notes.", "no_outcomes": "No outcomes recorded.",
        "no_actions": "No follow-up actions.", "no_meetings": "No meetings to report.",
        "bilateral_with": "Bilateral with", "room_tbc": "room to be confirmed", "page": "page {x} of {y}",
        "omitted": CountedSentence("en", "{n} classified item left out of this version.",
                                   "{n} classified items left out of this version."),
        "by": "by", "note_kind": _note_kinds("en"),
        "status": {"requested": "requested", "confirmed": "confirmed", "held": "held", "cancelled": "cancelled"},
        "action_status": {"open": "open", "in_progress": "in progress", "done": "done", "cancelled": "cancelled"},
        "action_list": "Follow-up actions", "actions_short": "Actions",
    },
    "nl": {
        "title": "Verslagen van gesprekken",
        "summary": "Overzicht van gesprekken",
        "date": "Datum", "time": "Tijd", "place": "Plaats", "counterpart": "Gesprekspartner",
        "principal": "Bewindspersoon", "participants": "Deelnemers", "nl_side": "Nederland",
        "other_side": "Andere zijde", "objectives": "Doelen", "objectives_met": "Doelen bereikt",
        "met": "bereikt", "not_met": "niet bereikt", "unknown": "niet vastgelegd", "notes": "Aantekeningen",
        "outcomes": "Uitkomsten", "actions": "Vervolgacties", "what": "Wat", "owner": "Eigenaar",
        "due": "Uiterlijk", "status_h": "Status", "meeting": "Gesprek", "country": "Land",
        "no_notes": "Geen aantekeningen.", "no_outcomes": "Geen uitkomsten vastgelegd.",
        "no_actions": "Geen vervolgacties.", "no_meetings": "Geen gesprekken om te verslaan.",
        "bilateral_with": "Bilateraal met", "room_tbc": "zaal nog niet bevestigd", "page": "pagina {x} van {y}",
        "omitted": CountedSentence("nl", "{n} gerubriceerd onderdeel is uit deze versie weggelaten.",
                                   "{n} gerubriceerde onderdelen zijn uit deze versie weggelaten."),
        "by": "door", "note_kind": _note_kinds("nl"),
        "status": {"requested": "aangevraagd", "confirmed": "bevestigd", "held": "gehouden", "cancelled": "geannuleerd"},
        "action_status": {"open": "open", "in_progress": "in behandeling", "done": "gereed",
                          "cancelled": "vervallen"},
        "action_list": "Vervolgacties", "actions_short": "Acties",
    },
}


def words(lang: str) -> dict:
    return _WORDS[lang]


def met_word(met: bool | None, w: dict) -> str:
    return w["unknown"] if met is None else (w["met"] if met else w["not_met"])
