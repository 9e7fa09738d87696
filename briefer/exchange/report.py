"""What goes into a notes report: meetings with their notes, objectives, outcomes and actions.

Built once from the store as plain frozen values, then handed to each writer
(DOCX, PDF, Markdown, JSON), so the formats cannot disagree about content and
the writers never touch the database. Classification is decided here: with a
ceiling, meetings and notes classified above it are left out entirely.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from briefer.model.counterparts import counterpart_name, meeting_title
from briefer.errors import NotFound
from briefer.exchange.words import words
from briefer.i18n import check_lang, format_date, format_time
from briefer.model import Action, Classification, Meeting, Note, Organisation, Outcome, country_name
from briefer.store import Store, lookup


@dataclass(frozen=True)
class ObjectiveLine:
    text: str
    met: bool | None  # None: no outcome recorded against it


@dataclass(frozen=True)
class ActionLine:
    meeting: str
    country: str
    what: str
    owner: str
    due: date | None
    status: str
    classification: Classification = Classification.ONGERUBRICEERD
    #: The due date as the report's reader writes it ("14 november 2024"); "—" when there is none.
    due_text: str = "—"
    #: Who the meeting was with, in words: a country, an organisation (WHO), or both.
    counterpart: str = ""
    #: The status as its enum value ("in_progress"), the same in every language.
    status_value: str = ""

    def counterpart_name(self, lang: str) -> str:
        """The action's country by name, else the meeting's counterpart (an organisation has no country)."""
        return country_name(self.country, lang) if self.country else self.counterpart


@dataclass(frozen=True)
class MeetingReport:
    id: str
    title: str
    day: date
    date_text: str
    time_text: str
    place: str
    counterpart: str
    principal: str
    nl_side: tuple[str, ...]
    other_side: tuple[str, ...]
    status: str
    classification: Classification
    objectives: tuple[ObjectiveLine, ...]
    notes: tuple[Note, ...]
    outcomes: tuple[Outcome, ...]
    actions: tuple[ActionLine, ...]
    #: Start and end in the conference's timezone (aware), its IANA name, and the status as
    #: its enum value: what a program reading the JSON needs, whatever the report's language.
    start: datetime | None = None
    end: datetime | None = None
    timezone: str = ""
    status_value: str = ""

    @property
    def objectives_met(self) -> str:
        known = [o for o in self.objectives if o.met is not None]
        return f"{sum(1 for o in known if o.met)}/{len(self.objectives)}" if self.objectives else "—"


@dataclass(frozen=True)
class NotesReport:
    conference: str
    lang: str
    meetings: tuple[MeetingReport, ...]
    ceiling: Classification | None
    omitted: int = 0  # meetings or notes left out by the classification ceiling
    words: dict = field(default_factory=dict)
    #: Who made the report (the database user) and when: the documents' metadata.
    author: str = ""
    created: datetime | None = None

    @property
    def classification(self) -> Classification:
        levels = [m.classification for m in self.meetings]
        levels += [n.classification for m in self.meetings for n in m.notes]
        return Classification.highest(levels)


def _allowed(level: Classification, ceiling: Classification | None) -> bool:
    return ceiling is None or level.rank <= ceiling.rank


def select_meetings(store: Store, *, meeting: str | None = None, country: str | None = None) -> list[Meeting]:
    if meeting:
        return [lookup.by_id(store.meetings, meeting)]
    meetings = store.meetings.list()
    if country:
        code = country.strip().upper()
        meetings = [m for m in meetings if m.counterpart_country == code]
        if not meetings:
            raise NotFound(f"no meetings with {country}")
    return meetings


def build_notes_report(store: Store, *, meeting: str | None = None, country: str | None = None, lang: str = "en",
                       ceiling: Classification | None = None) -> NotesReport:
    """The report for one meeting, one counterpart country, or every meeting — ordered by day."""
    lang = check_lang(lang)
    w = words(lang)
    conf = store.require_conference()
    tz = conf.timezone
    people = {p.id: p for p in store.people.list()}
    rooms = {r.id: r for r in store.rooms.list()}
    orgs = {o.id: o for o in store.organisations.list()}
    # a stable sort: meetings at the same time keep the store's order, the order they were recorded in
    selected = sorted(select_meetings(store, meeting=meeting, country=country), key=lambda m: m.start)
    wanted = {m.id for m in selected}
    by_meeting: dict[str, dict[str, list]] = {mid: {"notes": [], "outcomes": [], "actions": []} for mid in wanted}
    for n in store.notes.list():
        if n.meeting_id in wanted:
            by_meeting[n.meeting_id]["notes"].append(n)
    for o in store.outcomes.list():
        if o.meeting_id in wanted:
            by_meeting[o.meeting_id]["outcomes"].append(o)
    for a in store.actions.list():
        if a.meeting_id in wanted:
            by_meeting[a.meeting_id]["actions"].append(a)
    briefs = {b.meeting_id: b for b in store.meeting_briefs.list() if b.meeting_id in wanted}

    def name(pid):
        return people[pid].full_name if pid in people else ""

    out: list[MeetingReport] = []
    omitted = 0
    for m in selected:
        if not _allowed(m.classification, ceiling):
            omitted += 1
            continue
        parts = by_meeting[m.id]
        notes = [n for n in parts["notes"] if _allowed(n.classification, ceiling)]
        omitted += len(parts["notes"]) - len(notes)
        notes.sort(key=lambda n: n.created_at)  # stable: notes of one moment keep the store's order, as written
        outcomes = parts["outcomes"]
        met = {o.objective_id: o.objective_met for o in outcomes if o.objective_id}
        brief = briefs.get(m.id)
        objectives = tuple(ObjectiveLine(o.text, met.get(o.id)) for o in (brief.objectives if brief else []))
        counterpart = counterpart_text(m, orgs, lang)
        local = conf.local(m.start)
        out.append(MeetingReport(
            id=m.id, title=meeting_title(m, orgs, lang),
            day=local.date(), date_text=format_date(m.start, lang, tz),
            time_text=f"{format_time(m.start, tz)}–{format_time(m.end, tz)}",
            place=rooms[m.room_id].name if m.room_id in rooms else w["room_tbc"],
            counterpart=counterpart, principal=name(m.principal_id),
            nl_side=tuple(n for n in (name(p) for p in [*m.nl_participant_ids, m.note_taker_id] if p) if n),
            other_side=tuple(n for n in (name(p) for p in m.counterpart_ids) if n),
            status=w["status"].get(m.status.value, m.status.value), classification=m.classification,
            objectives=objectives, notes=tuple(notes), outcomes=tuple(outcomes),
            actions=tuple(action_line(a, m, counterpart, name, w, lang, orgs) for a in parts["actions"]),
            start=local, end=conf.local(m.end), timezone=tz, status_value=m.status.value,
        ))
    return NotesReport(conf.name, lang, tuple(out), ceiling, omitted, w, author=getattr(store, "user", "") or "",
                       created=datetime.now(timezone.utc).replace(microsecond=0))


def counterpart_text(m: Meeting, orgs: dict[str, Organisation], lang: str) -> str:
    """Who the meeting is with: the country, the organisation (WHO, FAO), or both ("Kenya / WHO").

    A meeting with an organisation has no country; without the organisation's name its
    lines in the action list read "Bilateral with " and an empty country.
    """
    if m.counterpart_country and m.counterpart_organisation_id in orgs:
        return f"{country_name(m.counterpart_country, lang)} / {orgs[m.counterpart_organisation_id].label(lang)}"
    if m.counterpart_organisation_id in orgs:
        return orgs[m.counterpart_organisation_id].label(lang)
    return counterpart_name(m, orgs, lang, article=False)


def action_line(a: Action, m: Meeting | None, counterpart: str, name, w: dict, lang: str = "en",
                orgs: dict[str, Organisation] | None = None) -> ActionLine:
    country = a.country or (m.counterpart_country if m and m.counterpart_country else "") or ""
    return ActionLine(
        meeting=meeting_title(m, orgs or {}, lang) if m is not None else "",
        country=country, counterpart=counterpart, status_value=a.status.value,
        what=a.description, owner=(name(a.owner_id) if a.owner_id else "") or a.owner,
        due=a.due, status=w["action_status"].get(a.status.value, a.status.value),
        due_text=format_date(a.due, lang, fmt="long") if a.due else "—",
        classification=m.classification if m is not None else Classification.ONGERUBRICEERD,
    )


def build_action_list(store: Store, *, lang: str = "en", ceiling: Classification | None = None) -> list[ActionLine]:
    """Every follow-up action, by due date; actions of meetings above the ceiling left out."""
    w = words(check_lang(lang))
    people = {p.id: p for p in store.people.list()}
    meetings = {m.id: m for m in store.meetings.list()}
    orgs = {o.id: o for o in store.organisations.list()}

    def name(pid):
        return people[pid].full_name if pid in people else ""

    lines = []
    for a in store.actions.list():
        m = meetings.get(a.meeting_id) if a.meeting_id else None
        cp = counterpart_text(m, orgs, lang) if m is not None else ""
        line = action_line(a, m, cp, name, w, lang, orgs)
        if _allowed(line.classification, ceiling):
            lines.append(line)
    lines.sort(key=lambda l: (l.due or date.max, l.meeting, l.what))
    return lines
