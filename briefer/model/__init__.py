"""The domain model: pydantic records, Qt-free, holding every validation rule.

The names are imported on first use (PEP 562): a module that needs one light piece
(``briefer.model.country_names``, for the command line's lists) does not pay for pydantic
and every model.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefer.model.agenda import Session, SessionKind, SpeakerNote, TimedRecord
    from briefer.model.attachments import Attachment
    from briefer.model.base import BriefStatus, Classification, Model, Record, new_id, utcnow
    from briefer.model.briefs import (
        BackgroundItem,
        CountryBrief,
        DefensiveLine,
        Fact,
        MeetingBrief,
        Objective,
        Priority,
        SourceRef,
        TalkingPoint,
    )
    from briefer.model.conference import (
        Conference,
        Country,
        OpeningHours,
        Organisation,
        OrganisationType,
        Room,
        RoomKind,
        country_name,
    )
    from briefer.model.meetings import Meeting, MeetingStatus
    from briefer.model.notes import Action, ActionStatus, Note, NoteKind, Outcome, OutcomeKind
    from briefer.model.people import Delegation, DelegationMember, MemberRole, Person
    from briefer.model.topics import Indicator, Scale, ScaleLevel, TopicProfile, TopicValue

_WHERE = {
    "Session": "agenda",
    "SessionKind": "agenda",
    "SpeakerNote": "agenda",
    "TimedRecord": "agenda",
    "Attachment": "attachments",
    "BriefStatus": "base",
    "Classification": "base",
    "Model": "base",
    "Record": "base",
    "new_id": "base",
    "utcnow": "base",
    "BackgroundItem": "briefs",
    "CountryBrief": "briefs",
    "DefensiveLine": "briefs",
    "Fact": "briefs",
    "MeetingBrief": "briefs",
    "Objective": "briefs",
    "Priority": "briefs",
    "SourceRef": "briefs",
    "TalkingPoint": "briefs",
    "Conference": "conference",
    "Country": "conference",
    "OpeningHours": "conference",
    "Organisation": "conference",
    "OrganisationType": "conference",
    "Room": "conference",
    "RoomKind": "conference",
    "country_name": "country_names",
    "Meeting": "meetings",
    "MeetingStatus": "meetings",
    "Action": "notes",
    "ActionStatus": "notes",
    "Note": "notes",
    "NoteKind": "notes",
    "Outcome": "notes",
    "OutcomeKind": "notes",
    "Delegation": "people",
    "DelegationMember": "people",
    "MemberRole": "people",
    "Person": "people",
    "Indicator": "topics",
    "Scale": "topics",
    "ScaleLevel": "topics",
    "TopicProfile": "topics",
    "TopicValue": "topics",
}

__all__ = [
    "Action", "ActionStatus", "Attachment", "BackgroundItem", "BriefStatus", "Classification",
    "Conference", "Country", "CountryBrief", "DefensiveLine", "Delegation", "DelegationMember",
    "Fact", "Meeting", "MeetingBrief", "MeetingStatus", "MemberRole", "Model",
    "Note", "NoteKind", "Objective", "OpeningHours", "Organisation", "OrganisationType", "Outcome",
    "OutcomeKind", "Person", "Priority", "Record", "Room", "RoomKind", "Indicator", "Scale", "ScaleLevel", "TopicProfile",
    "TopicValue", "Session", "SessionKind", "SourceRef", "SpeakerNote",
    "TalkingPoint", "TimedRecord", "country_name", "new_id", "utcnow",
]


def __getattr__(name: str):
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'briefer.model' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"briefer.model.{module}"), name)
    globals()[name] = value
    return value
