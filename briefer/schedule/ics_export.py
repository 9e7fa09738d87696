"""One person's programme as an iCalendar file, for Outlook and phones.

Every event has a UID derived from the record id and a SEQUENCE equal to its
revision, so importing a newer export updates the events instead of adding
copies. Times carry the conference's TZID with a matching VTIMEZONE (written
by icalendar from the zoneinfo database), so daylight saving is right in any
client. ``public=True`` leaves out every text whose classification is above
unclassified; what remains is marked ``CLASS:PUBLIC``.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

import icalendar

from briefer import APP_NAME, __version__
from briefer.model import Classification, Meeting, MeetingStatus, Session, country_name
from briefer.model.base import utcnow
from briefer.schedule.items import Schedule

#: Our own UIDs end with this, so an import can recognise a Briefer export.
UID_DOMAIN = "briefer"
#: Marks an exported event as a session or a bilateral (an import skips bilaterals).
KIND_PROPERTY = "X-BRIEFER-KIND"
LEFT_OUT = "(classified content left out)"


def uid_for(record_id: str) -> str:
    return f"{record_id}@{UID_DOMAIN}"


def record_id_from_uid(uid: str) -> str | None:
    """The record id in a UID written by :func:`uid_for`, else None."""
    head, sep, tail = uid.rpartition("@")
    return head if sep and tail == UID_DOMAIN and len(head) == 36 else None


def person_items(schedule: Schedule, person_id: str) -> tuple[list[Session], list[Meeting]]:
    """The sessions and (not cancelled) bilaterals ``person_id`` is part of, by start."""
    sessions = [s for s in schedule.sessions if person_id in s.people_ids()]
    meetings = [m for m in schedule.meetings
                if m.status != MeetingStatus.CANCELLED and person_id in schedule.meeting_item(m).people]
    return sorted(sessions, key=lambda s: s.start), sorted(meetings, key=lambda m: m.start)


def export_calendar(schedule: Schedule, person_id: str, *, public: bool = False, now: datetime | None = None) -> bytes:
    """The iCalendar bytes of ``person_id``'s sessions and bilaterals."""
    conf = schedule.conference
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//{APP_NAME}//{APP_NAME} {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", f"{conf.name} — {schedule.person_name(person_id)}")
    cal.add("x-wr-timezone", conf.timezone)
    stamp = now or utcnow()
    sessions, meetings = person_items(schedule, person_id)
    for s in sessions:
        cal.add_component(_session_event(schedule, s, public, stamp, person_id))
    for m in meetings:
        cal.add_component(_meeting_event(schedule, m, public, stamp))
    # A VTIMEZONE covering the years around the conference: short, and exact for every event.
    year = conf.start_date.year
    cal.add_missing_timezones(first_date=date(year - 1, 1, 1), last_date=date(year + 2, 1, 1))
    return cal.to_ical()


def wall_time(moment: datetime) -> datetime:
    """``moment`` as local time with TZID — or in UTC where the local time is ambiguous.

    In the hour the clocks go back, 02:30 happens twice; a TZID time means the
    first, so a moment in the second is written in UTC to stay exact.
    """
    other = moment.replace(fold=1 - moment.fold)
    if other.utcoffset() != moment.utcoffset():
        return moment.astimezone(timezone.utc)
    return moment


def _base_event(schedule: Schedule, record, summary: str, stamp: datetime) -> icalendar.Event:
    conf = schedule.conference
    ev = icalendar.Event()
    ev.add("uid", uid_for(record.id))
    ev.add("sequence", record.revision)
    ev.add("dtstamp", stamp)
    ev.add("created", record.created_at)
    ev.add("last-modified", record.updated_at)
    ev.add("summary", summary)
    ev.add("dtstart", wall_time(conf.local(record.start)))
    ev.add("dtend", wall_time(conf.local(record.end)))
    ev.add("transp", "OPAQUE")
    room = schedule.rooms.get(record.room_id) if record.room_id else None
    if room is not None:
        ev.add("location", f"{room.name}, {room.venue}" if room.venue else room.name)
    return ev


def _session_event(schedule: Schedule, s: Session, public: bool, stamp: datetime, person_id: str) -> icalendar.Event:
    ev = _base_event(schedule, s, s.title, stamp)
    ev.add(KIND_PROPERTY, "session")
    ev.add("categories", [s.session_kind.value.replace("_", " ")])
    ev.add("status", "CONFIRMED")
    hidden = public and s.classification != Classification.ONGERUBRICEERD
    parts = []
    if s.classification.marking and not hidden:
        parts.append(s.classification.marking)
    if hidden:
        parts.append(LEFT_OUT)
    else:
        own = s.notes_for(person_id)  # this person's own part: never another speaker's notes
        parts += [p for p in (s.description, own.role if own else "") if p]
        if own is not None and own.notes:
            parts.append("Speaking notes:\n" + own.notes)
    speakers = [schedule.person_name(p) for p in s.speaker_ids]
    if s.chair_id:
        parts.append(f"Chair: {schedule.person_name(s.chair_id)}")
    if speakers:
        parts.append("Speakers: " + ", ".join(speakers))
    if parts:
        ev.add("description", "\n\n".join(parts))
    ev.add("class", "CONFIDENTIAL" if s.classification != Classification.ONGERUBRICEERD and not public else "PUBLIC")
    return ev


def _meeting_event(schedule: Schedule, m: Meeting, public: bool, stamp: datetime) -> icalendar.Event:
    ev = _base_event(schedule, m, schedule.meeting_label(m), stamp)
    ev.add(KIND_PROPERTY, "meeting")
    ev.add("categories", ["bilateral"])
    ev.add("status", "CONFIRMED" if m.status in (MeetingStatus.CONFIRMED, MeetingStatus.HELD) else "TENTATIVE")
    brief = schedule.meeting_briefs.get(m.id)
    cbrief = schedule.country_briefs.get(m.counterpart_country) if m.counterpart_country else None
    levels = [m.classification]
    parts: list[str] = []
    left_out = False

    def allowed(level: Classification) -> bool:
        nonlocal left_out
        if public and level != Classification.ONGERUBRICEERD:
            left_out = True
            return False
        levels.append(level)
        return True

    who = [schedule.person_name(p) for p in sorted(schedule.meeting_item(m).people, key=schedule.person_name)]
    if m.counterpart_country:
        parts.append(f"Counterpart: {country_name(m.counterpart_country)}")
    parts.append("Participants: " + ", ".join(who))
    if m.interpreter_language:
        parts.append(f"Interpreter ({m.interpreter_language}): {m.interpreter_name or 'to be assigned'}")
    if not m.room_confirmed:
        parts.append("Room not yet confirmed")
    if brief is not None and brief.objectives and allowed(Classification.highest([brief.classification,
                                                                                  m.classification])):
        parts.append("Objectives:\n" + "\n".join(f"- {o.text}" for o in brief.objectives))
    if cbrief is not None and (cbrief.facts or cbrief.key_messages) and allowed(cbrief.classification):
        lines = [f"- {f.label}: {f.value}" for f in cbrief.facts]
        lines += [f"- {k}" for k in cbrief.key_messages]
        parts.append("Key facts:\n" + "\n".join(lines))
    marking = Classification.highest(levels).marking if not public else ""
    if marking:
        parts.insert(0, marking)
    if left_out:
        parts.append(LEFT_OUT)
    ev.add("description", "\n\n".join(parts))
    confidential = not public and Classification.highest(levels) != Classification.ONGERUBRICEERD
    ev.add("class", "CONFIDENTIAL" if confidential else "PUBLIC")
    return ev
