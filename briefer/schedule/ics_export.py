"""One person's programme as an iCalendar file, for Outlook and phones.

Every event has a UID derived from the record id and a SEQUENCE that goes up
with every change of what it shows, so importing a newer export updates the
events instead of adding copies; a cancelled bilateral is written with
``STATUS:CANCELLED`` (not left out, which would leave the old event in the
calendar). Times carry the conference's TZID with a matching VTIMEZONE in
Outlook's yearly-rule form (``vtimezone.py``), so daylight saving is right in any
client. ``public=True`` leaves out every text whose classification is above
unclassified; what remains is marked ``CLASS:PUBLIC``. Titles and descriptions are
in the schedule's language (``load_schedule(lang=...)``): the minister's calendar reads
"Gesprekspartner: Indonesië", not a mix of Dutch titles and English lines.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timezone

import icalendar

from briefer import APP_NAME, __version__
from briefer.brief_outline import language_name
from briefer.model import Classification, Meeting, MeetingStatus, Session, country_name
from briefer.model.base import utcnow
from briefer.schedule.ics_register import KIND_PROPERTY, ExportRegister
from briefer.schedule.items import Schedule
from briefer.schedule.vtimezone import vtimezone

#: Our own UIDs end with this, so an import can recognise a Briefer export.
UID_DOMAIN = "briefer"


def uid_for(record_id: str) -> str:
    return f"{record_id}@{UID_DOMAIN}"


def record_id_from_uid(uid: str) -> str | None:
    """The record id in a UID written by :func:`uid_for`, else None."""
    head, sep, tail = uid.rpartition("@")
    return head if sep and tail == UID_DOMAIN and len(head) == 36 else None


def person_items(schedule: Schedule, person_id: str) -> tuple[list[Session], list[Meeting]]:
    """The sessions and bilaterals ``person_id`` is part of, by start — cancelled bilaterals
    included: they are written with ``STATUS:CANCELLED`` so calendars drop the old event."""
    sessions = [s for s in schedule.sessions if person_id in s.people_ids()]
    meetings = [m for m in (*schedule.meetings, *schedule.cancelled_meetings)
                if person_id in schedule.meeting_item(m).people]
    return sorted(sessions, key=lambda s: s.start), sorted(meetings, key=lambda m: m.start)


def export_calendar(schedule: Schedule, person_id: str, *, public: bool = False, now: datetime | None = None,
                    register: ExportRegister | None = None) -> bytes:
    """The iCalendar bytes of ``person_id``'s sessions and bilaterals.

    With a ``register`` (what earlier exports of this calendar held), an event's SEQUENCE
    goes up whenever what it shows changes — its description included, which may come
    from a brief rather than the event's own record — and an event an earlier export
    held that is gone now (deleted, or the person no longer takes part) is written
    once more as cancelled, so Outlook or a CalDAV server does not keep the old one.
    Without one, SEQUENCE is the record's revision.
    """
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
    built = [(s, _session_event(schedule, s, public, stamp, person_id)) for s in sessions]
    built += [(m, _meeting_event(schedule, m, public, stamp)) for m in meetings]
    events = []
    for record, ev in built:
        seq = register.sequence(str(ev["UID"]), record.revision, fingerprint(ev), ev) if register else record.revision
        ev.add("sequence", seq)
        events.append(ev)
    if register is not None:
        events += register.gone_events({str(ev["UID"]) for ev in events}, stamp)
    for ev in events:
        cal.add_component(ev)
    # A VTIMEZONE in the yearly-rule form Outlook writes; where the zone follows no such
    # rule, icalendar's RDATE form for the years around the conference (exact for every event).
    year = conf.start_date.year
    tz = vtimezone(conf.timezone, year)
    if tz is not None:
        cal.add_component(tz)
    else:
        cal.add_missing_timezones(first_date=date(year - 1, 1, 1), last_date=date(year + 2, 1, 1))
    return cal.to_ical()


#: What does not change what an event shows: left out of its fingerprint.
_NOT_SHOWN = {"DTSTAMP", "SEQUENCE", "LAST-MODIFIED", "CREATED"}


def fingerprint(ev: icalendar.Event) -> str:
    """A hash of everything the event shows (summary, times, place, description, status…)."""
    h = hashlib.sha256()
    for line in ev.to_ical().splitlines():
        if line.split(b":", 1)[0].split(b";", 1)[0].upper().decode("ascii", "replace") not in _NOT_SHOWN:
            h.update(line + b"\n")
    return h.hexdigest()[:32]


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
        parts.append(schedule.text("ics_left_out"))
    else:
        own = s.notes_for(person_id)  # this person's own part: never another speaker's notes
        parts += [p for p in (s.description, own.role if own else "") if p]
        if own is not None and own.notes:
            parts.append(schedule.text("ics_speaking_notes") + "\n" + own.notes)
    speakers = [schedule.person_name(p) for p in s.speaker_ids]
    if s.chair_id:
        parts.append(schedule.text("ics_chair", name=schedule.person_name(s.chair_id)))
    if speakers:
        parts.append(schedule.text("ics_speakers", names=", ".join(speakers)))
    if parts:
        ev.add("description", "\n\n".join(parts))
    ev.add("class", "CONFIDENTIAL" if s.classification != Classification.ONGERUBRICEERD and not public else "PUBLIC")
    return ev


def _meeting_event(schedule: Schedule, m: Meeting, public: bool, stamp: datetime) -> icalendar.Event:
    ev = _base_event(schedule, m, schedule.meeting_label(m), stamp)
    ev.add(KIND_PROPERTY, "meeting")
    ev.add("categories", ["bilateral"])
    ev.add("status", {MeetingStatus.CONFIRMED: "CONFIRMED", MeetingStatus.HELD: "CONFIRMED",
                      MeetingStatus.CANCELLED: "CANCELLED"}.get(m.status, "TENTATIVE"))
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
    lang = schedule.lang
    if m.counterpart_country:
        parts.append(schedule.text("ics_counterpart", name=country_name(m.counterpart_country, lang)))
    parts.append(schedule.text("ics_participants", names=", ".join(who)))
    if m.interpreter_language:
        # the language in words, as the pack prints it: a calendar reader sees "Indonesian", not "id"
        parts.append(schedule.text("ics_interpreter", language=language_name(m.interpreter_language, lang),
                                   name=m.interpreter_name or schedule.text("ics_to_be_assigned")))
    if not m.room_confirmed:
        parts.append(schedule.text("ics_room_unconfirmed"))
    if brief is not None and brief.objectives and allowed(Classification.highest([brief.classification,
                                                                                  m.classification])):
        parts.append(schedule.text("ics_objectives") + "\n" + "\n".join(f"- {o.text}" for o in brief.objectives))
    if cbrief is not None and (cbrief.facts or cbrief.key_messages) and allowed(cbrief.classification):
        lines = [f"- {f.label}: {f.value}" for f in cbrief.facts]
        lines += [f"- {k}" for k in cbrief.key_messages]
        parts.append(schedule.text("ics_key_facts") + "\n" + "\n".join(lines))
    marking = Classification.highest(levels).marking if not public else ""
    if marking:
        parts.insert(0, marking)
    if left_out:
        parts.append(schedule.text("ics_left_out"))
    ev.add("description", "\n\n".join(parts))
    confidential = not public and Classification.highest(levels) != Classification.ONGERUBRICEERD
    ev.add("class", "CONFIDENTIAL" if confidential else "PUBLIC")
    return ev
