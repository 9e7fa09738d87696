"""A small Noordwijk-like conference as demo JSON, for the GUI tests (loaded by the real demo loader)."""

from __future__ import annotations

import json
from pathlib import Path

U = "00000000-0000-4000-8000-{:012d}".format
CONF = U(1)
ROOM_A, ROOM_B = U(11), U(12)
WHO = U(21)
MINISTER, LNV_MINISTER, ADVISER, NOTE_TAKER = U(31), U(32), U(33), U(34)
IDN_MIN, GHA_MIN, THA_MIN = U(41), U(42), U(43)
NL_DELEGATION, IDN_DELEGATION = U(51), U(52)
OPENING, PLENARY, PANEL = U(61), U(62), U(63)
MEET_IDN, MEET_GHA = U(71), U(72)
BRIEF_IDN, BRIEF_GHA = U(81), U(82)
MBRIEF_IDN = U(91)
NOTE_IDN = U(101)
ACTION_1, ACTION_2 = U(111), U(112)


def fixture_records() -> dict[str, list[dict]]:
    return {
        "conference": [{"id": CONF, "name": "Second Global Ministerial Conference on AMR (test)", "start_date": "2019-06-19",
                        "end_date": "2019-06-20", "city": "Noordwijk", "venue": "Hotel Huis ter Duin",
                        "timezone": "Europe/Amsterdam", "demo": True}],
        "countries": [{"id": U(200 + i), "iso3": c, "attended": "yes"} for i, c in enumerate(["NLD", "IDN", "GHA", "THA"])],
        "organisations": [{"id": WHO, "name": "World Health Organization", "acronym": "WHO", "type": "un_agency"}],
        "rooms": [{"id": ROOM_A, "name": "Plenary hall", "capacity": 400},
                  {"id": ROOM_B, "name": "Bilateral room 1", "capacity": 12, "suitable_for_bilaterals": True}],
        "people": [
            {"id": MINISTER, "given_name": "Bruno", "family_name": "Bruins", "country": "NLD",
             "position": "Minister for Medical Care", "principal_title": "Minister voor Medische Zorg en Sport"},
            {"id": LNV_MINISTER, "given_name": "Carola", "family_name": "Schouten", "country": "NLD",
             "position": "Minister of Agriculture", "principal_title": "Minister van Landbouw, Natuur en Voedselkwaliteit"},
            {"id": ADVISER, "given_name": "Eva", "family_name": "de Wit", "country": "NLD", "position": "Senior policy adviser", "illustrative": True},
            {"id": NOTE_TAKER, "given_name": "Joost", "family_name": "Verbeek", "country": "NLD", "position": "Policy officer", "illustrative": True},
            {"id": IDN_MIN, "honorific": "H.E.", "given_name": "Nila", "family_name": "Moeloek", "country": "IDN", "position": "Minister of Health"},
            {"id": GHA_MIN, "honorific": "Hon.", "given_name": "Kwaku", "family_name": "Agyeman-Manu", "country": "GHA", "position": "Minister of Health"},
            {"id": THA_MIN, "given_name": "Somchai", "family_name": "Prasert", "country": "THA", "position": "Deputy Minister", "illustrative": True},
        ],
        "delegations": [
            {"id": NL_DELEGATION, "country": "NLD", "name": "Netherlands", "host": True,
             "members": [{"person_id": MINISTER, "role": "head"},
                         {"person_id": LNV_MINISTER, "role": "deputy"},
                         {"person_id": ADVISER, "role": "adviser", "serves_principal_id": MINISTER},
                         {"person_id": NOTE_TAKER, "role": "note_taker", "serves_principal_id": MINISTER}]},
            {"id": IDN_DELEGATION, "country": "IDN", "name": "Indonesia", "members": [{"person_id": IDN_MIN, "role": "head"}]},
        ],
        "sessions": [
            {"id": OPENING, "title": "Opening ceremony", "session_kind": "opening", "start": "2019-06-19T07:00:00Z",
             "end": "2019-06-19T08:00:00Z", "room_id": ROOM_A, "speaker_ids": [MINISTER], "speaking_role": "Opening remarks, 5 min"},
            {"id": PLENARY, "title": "Plenary: One Health in practice", "session_kind": "plenary", "start": "2019-06-19T08:30:00Z",
             "end": "2019-06-19T10:00:00Z", "room_id": ROOM_A, "attendee_ids": [MINISTER, ADVISER]},
            {"id": PANEL, "title": "Panel: Antimicrobial use in livestock", "session_kind": "panel", "start": "2019-06-20T08:00:00Z",
             "end": "2019-06-20T09:30:00Z", "room_id": ROOM_A, "chair_id": LNV_MINISTER},
        ],
        "meetings": [
            {"id": MEET_IDN, "principal_id": MINISTER, "counterpart_country": "IDN", "counterpart_ids": [IDN_MIN],
             "start": "2019-06-19T10:15:00Z", "end": "2019-06-19T10:45:00Z", "room_id": ROOM_B,
             "nl_participant_ids": [ADVISER], "note_taker_id": NOTE_TAKER, "status": "confirmed", "interpreter_language": "id"},
            {"id": MEET_GHA, "principal_id": MINISTER, "counterpart_country": "GHA", "counterpart_ids": [GHA_MIN],
             "start": "2019-06-19T12:00:00Z", "end": "2019-06-19T12:30:00Z", "room_id": ROOM_B, "status": "requested"},
        ],
        "country_briefs": [
            {"id": BRIEF_IDN, "country": "IDN", "summary": "Indonesia co-leads regional AMR work.",
             "key_messages": ["Thank Indonesia for its leadership in the Global Health Security Agenda AMR action package."],
             "talking_points": [{"text": "Invite Indonesia to the twinning programme on surveillance.", "priority": "certain"},
                                {"text": "Ask about colistin restrictions in poultry.", "priority": "possible"}],
             "defensive_lines": [{"question": "Will the Netherlands fund the programme?", "answer": "We are exploring options with partners."}],
             "status": "reviewed"},
            {"id": BRIEF_GHA, "country": "GHA", "summary": "Ghana launched its AMR policy in 2017.", "status": "draft"},
        ],
        "meeting_briefs": [
            {"id": MBRIEF_IDN, "meeting_id": MEET_IDN, "objectives": [{"id": U(901), "text": "Agree on a surveillance twinning"}],
             "status": "final"},
        ],
        "notes": [{"id": NOTE_IDN, "meeting_id": MEET_IDN, "author": "Joost Verbeek", "note_kind": "minutes",
                   "body": "Minister Moeloek welcomed the twinning offer on laboratory surveillance."}],
        "outcomes": [],
        "actions": [
            {"id": ACTION_1, "description": "Send twinning proposal to the Indonesian ministry", "owner_id": ADVISER,
             "due": "2019-07-15", "meeting_id": MEET_IDN, "country": "IDN"},
            {"id": ACTION_2, "description": "Share the Dutch livestock antibiotic figures with Thailand", "owner": "LNV/DG Agro",
             "due": "2019-08-01", "status": "in_progress", "country": "THA"},
        ],
        "attachments": [],
    }


def write_fixture_demo(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for table, rows in fixture_records().items():
        (folder / f"{table}.json").write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return folder
