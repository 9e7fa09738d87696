"""The domain model: pydantic records, Qt-free, holding every validation rule."""

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

__all__ = [
    "Action", "ActionStatus", "Attachment", "BackgroundItem", "BriefStatus", "Classification",
    "Conference", "Country", "CountryBrief", "DefensiveLine", "Delegation", "DelegationMember",
    "Fact", "Meeting", "MeetingBrief", "MeetingStatus", "MemberRole", "Model",
    "Note", "NoteKind", "Objective", "OpeningHours", "Organisation", "OrganisationType", "Outcome",
    "OutcomeKind", "Person", "Priority", "Record", "Room", "RoomKind", "Indicator", "Scale", "ScaleLevel", "TopicProfile",
    "TopicValue", "Session", "SessionKind", "SourceRef", "SpeakerNote",
    "TalkingPoint", "TimedRecord", "country_name", "new_id", "utcnow",
]
