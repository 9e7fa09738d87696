"""Who gets what: from the store and the user's options to an immutable :class:`PackPlan`.

All decisions about content live here — which meetings and sessions a recipient
takes part in, what falls in the period, what prints as "to be confirmed", the
classification, the copy number and version, and (for an addendum) which parts
changed since an earlier print. No reportlab here: the renderer gets the plan.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
from dataclasses import is_dataclass
from datetime import date, datetime

from briefer.brief_outline import EarlierMeetings, TopicLine, interpreter_line, release_line, room_line, time_span, topic_lines
from briefer.collector import full_passes_held
from briefer.model.counterparts import counterpart_name
from briefer.errors import BrieferError, ImportFailed, NotFound, Refused
from briefer.i18n import check_lang, format_date, format_datetime, label
from briefer.model import (
    BriefStatus,
    MeetingBrief,
    Classification,
    Conference,
    Meeting,
    MeetingStatus,
    Person,
    Session,
    country_name,
    utcnow,
)
from briefer.model.base import Model
from briefer.model.prints import PrintRecord
from briefer.packs.register import addendum, next_version
from briefer.packs.plan import (
    ALL_SECTIONS,
    AttachmentDoc,
    MeetingChapter,
    OutcomeLine,
    PackOptions,
    PackPlan,
    Part,
    PersonLine,
    ProgrammeDay,
    ProgrammeItem,
    Section,
    SpeakingNote,
    passage_digests,
)
from briefer.store import Store
from briefer.store.print_register import PrintRegister
from briefer.store.walking import WalkingTimeRepository

_VOLATILE = {"revision", "created_at", "updated_at"}


class NothingToPrint(BrieferError):
    """The recipient has nothing in the chosen period (no meetings, no sessions)."""

    exit_code = 8


class NotARecipient(Refused):
    """Packs hold the host delegation's positions: they are printed for its members only."""


class NotFinal(Refused):
    """A pack is final only when every brief in it is final."""


def pack_recipient_ids(store: Store) -> set[str]:
    """Who may receive a pack: members of the host delegation and the ministers it serves."""
    ids = {m.person_id for d in store.delegations.list() if d.host for m in d.members}
    return ids | {p.id for p in store.people.list() if p.is_principal}


def check_recipient(store: Store, person: Person) -> None:
    """Refuse a pack for anyone outside the host delegation (a counterpart must never get our lines)."""
    if person.id not in pack_recipient_ids(store):
        raise NotARecipient(
            f"{person.full_name} is not a member of the host delegation; packs hold the delegation's own "
            "positions and speaking notes and are printed only for its members (see 'briefer list people')",
            field="--for",
        )


def compose(store: Store, options: PackOptions, *, now: datetime | None = None) -> PackPlan:
    """The plan for the pack ``options`` asks for (a full pack, a one-meeting brief or an addendum).

    It reads thousands of records for a large pack and keeps them: the collector's full passes are
    held back meanwhile, as in the layout (briefer/collector.py)."""
    with full_passes_held():
        return _compose(store, options, now=now)


def _compose(store: Store, options: PackOptions, *, now: datetime | None) -> PackPlan:
    conf = store.require_conference()
    register = PrintRegister(store)
    base: PrintRecord | None = None
    recipient_id = options.recipient_id
    if options.changes_since is not None:
        base = register.get(options.changes_since)
        recipient_id = recipient_id or base.recipient_id
    lang = check_lang(options.lang or (base.lang if base else "nl"))
    meeting_id = options.meeting_id or (base.meeting_id if base and base.kind == "meeting" else None)
    if meeting_id and not recipient_id:
        recipient_id = store.meetings.get(meeting_id).principal_id
    if not recipient_id:
        raise NotFound("say whom the pack is for (--for PERSON)")
    recipient = store.people.get(recipient_id)
    check_recipient(store, recipient)
    ctx = _Context(store, conf, lang, recipient)

    # an addendum compares like with like: the period and sections of the copy it follows
    start = options.start or (base.period_start if base else None) or conf.start_date
    end = options.end or (base.period_end if base else None) or conf.end_date
    if end < start:
        raise BrieferError(f"the period ends ({end}) before it starts ({start})", field="--to")

    if meeting_id:
        meeting = store.meetings.get(meeting_id)
        if recipient.id not in meeting.people_ids():
            raise NothingToPrint(f"{recipient.full_name} does not take part in '{ctx.meeting_title(meeting)}'")
        meetings, sessions = [meeting], []
        kind = "meeting"
        sections = frozenset({Section.MEETINGS})
    else:
        meetings = [
            m for m in store.meetings.list()
            if recipient.id in m.nl_side_ids() and m.status != MeetingStatus.CANCELLED
            and start <= conf.local(m.start).date() <= end
        ]
        sessions = [
            s for s in store.sessions.list()
            if recipient.id in s.people_ids() and start <= conf.local(s.start).date() <= end
        ]
        if not meetings and not sessions:
            raise NothingToPrint(
                f"{recipient.full_name} has no meetings or sessions between {start.isoformat()} and "
                f"{end.isoformat()}; nothing to print"
            )
        kind = "addendum" if base is not None else "pack"
        sections = options.sections
        if base is not None and base.sections and options.sections == ALL_SECTIONS:
            sections = frozenset(Section(s) for s in base.sections if s in {x.value for x in Section})
    # stable sorts: records at the same moment keep the store's order, the order they were written in
    meetings.sort(key=lambda m: m.start)
    sessions.sort(key=lambda s: s.start)

    chapters = _once(ctx, [ctx.chapter(m, sections) for m in meetings]) \
        if Section.MEETINGS in sections or kind == "meeting" else ()
    programme = ctx.programme(recipient, meetings, sessions) if Section.PROGRAMME in sections and kind != "meeting" else ()
    speaking = tuple(
        ctx.speaking_note(s, note) for s in sessions if (note := s.notes_for(recipient.id)) is not None
    ) if Section.SPEAKING_NOTES in sections else ()
    contacts = ctx.contacts(recipient, meetings) if Section.CONTACTS in sections and kind != "meeting" else ()

    parts = _parts(lang, programme, chapters, speaking, contacts)
    floor = Classification.highest([ch.classification for ch in chapters] + [m.classification for m in meetings]
                                   + [s.classification for s in sessions])
    classification = options.classification or floor
    if classification.rank < floor.rank:
        raise Refused(
            f"the pack holds {floor.marking} content; it cannot be marked "
            f"{classification.marking or 'unclassified'} (a pack is never marked below its content)",
            field="--classification",
        )
    override_by = override_reason = ""
    if not options.draft:
        pending = _not_final(ctx, meetings, chapters)
        if pending and not (options.final_override or "").strip():
            raise NotFinal(
                "a pack is final only when every brief in it is final; not final: " + "; ".join(pending)
                + " (print it as a draft, or give the reason for printing it final anyway)",
                field="--final",
            )
        if pending:
            override_by, override_reason = store.user, options.final_override.strip()

    now = now or utcnow()
    number = register.next_number()
    printed_label = format_datetime(now, conf.tz, lang)
    title_key = {"pack": "pack_title", "meeting": "meeting_brief_title", "addendum": "addendum_title"}[kind]
    plan_args = dict(
        kind=kind, lang=lang, conference=conf.name, demo=conf.demo, title=label(title_key, lang),
        recipient_id=recipient.id, recipient_name=ctx.formal_name(recipient),
        recipient_title=recipient.principal_title or recipient.position,
        period=_period(start, end, lang), classification=classification, draft=options.draft,
        watermark=label("personal_copy", lang, name=recipient.full_name) if options.watermark else None,
        number=number, version=1, printed_at=now, printed_label=printed_label,
        programme=programme, chapters=chapters, speaking=speaking, contacts=contacts, parts=parts,
        meeting_id=meeting_id, password=options.password, start=start, end=end,
        sections=tuple(s.value for s in Section if s in sections),
        content_digest=ctx.content_digest(kind, sections, start, end, meetings, sessions, chapters, speaking),
        cancelled_keys=frozenset(
            f"meeting:{m.id}" for m in store.meetings.list() if m.status == MeetingStatus.CANCELLED
            and recipient.id in m.nl_side_ids() and start <= conf.local(m.start).date() <= end
        ) if base is not None else frozenset(),
        override_by=override_by, override_reason=override_reason, duplex=options.duplex,
    )
    plan = PackPlan(**plan_args)
    plan = dataclasses.replace(plan, version=next_version(register, plan))
    if base is not None:
        plan = addendum(plan, base, conf.tz)
    return plan


def _period(start: date, end: date, lang: str) -> str:
    """``11–22 november 2024``: a period within one month names the month and year once."""
    if start == end:
        return format_date(start, lang, fmt="long")
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{format_date(end, lang, fmt='long')}"
    return f"{format_date(start, lang, fmt='long')} – {format_date(end, lang, fmt='long')}"


def _once(ctx: "_Context", chapters: list[MeetingChapter]) -> tuple[MeetingChapter, ...]:
    """Each country brief printed once, with its first bilateral; later ones point there instead."""
    first: dict[str, MeetingChapter] = {}
    out = []
    for ch in chapters:
        cb = ch.country_brief
        if cb is not None and cb.country in first:
            earlier = first[cb.country]
            words = ctx.t("country_brief_see", title=ch.country_title, chapter=earlier.title, when=earlier.when)
            ch = dataclasses.replace(ch, country_brief=None, country_release="", country_ref=(earlier.country_key, words),
                                     country_topics=())
        elif cb is not None:
            first[cb.country] = ch
        out.append(ch)
    return tuple(out)


def _not_final(ctx: "_Context", meetings: list[Meeting], chapters) -> list[str]:
    """The briefs in the pack that are not final, named so the user can find them."""
    out = []
    for m, ch in zip(meetings, chapters):
        if ch.brief is not None and not ch.brief_from_country and ch.brief.status != BriefStatus.FINAL:
            out.append(f"{ctx.meeting_title(m, 'en')} ({ch.brief.status.value})")
        cb = ch.country_brief
        if cb is not None and cb.status != BriefStatus.FINAL:
            out.append(f"{cb.label()} ({cb.status.value})")
    return list(dict.fromkeys(out))


# ---------------------------------------------------------------------- digests
def _jsonable(obj):
    if isinstance(obj, Model):
        data = obj.model_dump(mode="json")
        return {k: v for k, v in data.items() if k not in _VOLATILE} if isinstance(data, dict) else data
    if is_dataclass(obj):
        return {k: _jsonable(getattr(obj, k)) for k in obj.__dataclass_fields__}
    if isinstance(obj, (list, tuple)):
        return [_jsonable(v) for v in obj]
    if isinstance(obj, dict):
        return {str(k): _jsonable(v) for k, v in obj.items()}
    if isinstance(obj, bytes):
        return hashlib.sha256(obj).hexdigest()
    if isinstance(obj, (date, datetime)):
        return obj.isoformat()
    return obj


def digest(*objs) -> str:
    """A content digest of models and plan pieces (ignoring revisions and timestamps)."""
    return _digest_of([_jsonable(o) for o in objs])


def _digest_of(data: list) -> str:
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _strings(data) -> list[str]:
    """Every string in ``data`` (plan pieces made JSON-able), for the passage digests of a part."""
    out: list[str] = []

    def walk(v) -> None:
        if isinstance(v, str):
            out.append(v)
        elif isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)

    walk(data)
    return out


def _digest_and_passages(digested: tuple, *more) -> tuple[str, tuple[str, ...]]:
    """The digest of ``digested`` and the passage digests of it and ``more``: each piece made
    JSON-able once (it was twice, a fifth of composing the busiest pack of the large data)."""
    data = [_jsonable(o) for o in digested]
    return _digest_of(data), passage_digests(*_strings(data + [_jsonable(o) for o in more]))


def _parts(lang, programme, chapters, speaking, contacts) -> tuple[Part, ...]:
    out: list[Part] = []
    if programme:
        whole, passages = _digest_and_passages((programme,))
        out.append(Part("programme", label("programme", lang), whole, passages=passages))
    for ch in chapters:
        sheet = (ch.title, ch.when, ch.room, ch.status, ch.nl_side, [(c.name, c.position, c.affiliation) for c in ch.counterparts],
                 ch.interpreter, ch.brief, ch.press_line, ch.previous_outcomes)
        if ch.attachments:  # the sheet lists them: one added, removed or renamed bars that row (a file
            # replaced under the same title and length reprints only its own pages)
            sheet += ([a.line(lang) for a in ch.attachments],)
        facts = [
            (label("time", lang), ch.when), (label("room", lang), ch.room), (label("status", lang), ch.status),
            # the official name line as the sheet prints it: form of address, name and title
            (label("other_side", lang), "; ".join(c.official_line for c in ch.counterparts) or label("tbc", lang)),
            (label("interpreter", lang), ch.interpreter),
        ]
        # also when there are none: an attachment added later then reads "— → …"
        facts.append((label("attachments", lang), "; ".join(a.line(lang) for a in ch.attachments)))
        if ch.brief is not None:
            facts += [(label("objectives", lang), " / ".join(o.text for o in ch.brief.objectives)),
                      (label("key_messages", lang), " / ".join(ch.brief.key_messages))]
        whole, passages = _digest_and_passages(sheet, ch.lead, ch.counterparts)
        out.append(Part(ch.sheet_key, f"{ch.title} — {label('meeting_sheet', lang)}", whole, tuple(facts), passages))
        if ch.country_brief is not None:
            whole, passages = _digest_and_passages((ch.country_brief, *([ch.country_topics] if ch.country_topics else [])))
            out.append(Part(ch.country_key, f"{ch.title} — {ch.country_title}", whole, passages=passages))
        if ch.counterparts and any(c.biography or c.position for c in ch.counterparts):
            whole, passages = _digest_and_passages((ch.counterparts,))
            out.append(Part(ch.bios_key, f"{ch.title} — {label('biographies', lang)}", whole, passages=passages))
        for i, att in enumerate(ch.attachments):
            out.append(Part(ch.attachment_key(i), f"{ch.title} — {label('attachment', lang, title=att.title)}",
                            digest(att.title, att.content)))
    for s in speaking:
        whole, passages = _digest_and_passages((s,))
        out.append(Part(s.key, f"{label('speaking_notes', lang)}: {s.title}", whole,
                        ((label("time", lang), s.when), (label("room", lang), s.room), (label("role", lang), s.role)),
                        passages))
    if contacts:
        whole, passages = _digest_and_passages((contacts,))
        out.append(Part("contacts", label("annex_contacts", lang), whole, passages=passages))
    return tuple(out)


# ---------------------------------------------------------------------- content
#: Countries whose name takes an article in running text (English, Dutch); the rest take none.
class _Context:
    """Lookups shared while composing one plan (people, rooms, briefs…), loaded once."""

    def __init__(self, store: Store, conf: Conference, lang: str, recipient: Person):
        self.store, self.conf, self.lang, self.recipient = store, conf, lang, recipient
        self.people = {p.id: p for p in store.people.list()}
        self.rooms = {r.id: r for r in store.rooms.list()}
        self.orgs = {o.id: o for o in store.organisations.list()}
        self.country_briefs = {b.country: b for b in store.country_briefs.list()}
        self.indicators = [i for p in store.topic_profiles.list() for i in p.indicators if i.in_brief]
        self.topic_values = {(v.indicator_id, v.country): v for v in store.topic_values.list()}
        self._earlier: EarlierMeetings | None = None
        self._outcomes: dict[str, list] = {}
        self._outcome_heads: dict[str, str] = {}
        self._briefs: dict[str, list[MeetingBrief]] = {}
        self._attachments: dict[str, list] = {}

    def t(self, key: str, **kw) -> str:
        return label(key, self.lang, **kw)

    def time_span(self, start: datetime, end: datetime, unit: bool = True) -> str:
        """``10.45–11.15 uur`` in Dutch, ``10:45–11:15`` in English; without "uur" in the programme's
        time column, where it only pushed the times onto two lines."""
        return time_span(start, end, self.conf.tz, self.lang, unit)

    def when(self, start: datetime, end: datetime) -> str:
        return f"{format_date(start, self.lang, self.conf.tz)}, {self.time_span(start, end)}"

    def room(self, room_id: str | None, confirmed: bool = True) -> str:
        return room_line(self.rooms.get(room_id) if room_id else None, self.lang, confirmed)

    def counterpart(self, m: Meeting, lang: str | None = None) -> str:
        lang = lang or self.lang
        # "Bilateral with the United Kingdom", "Bilateral with FAO" (as a private office says it: the full
        # name made running heads end "…of the Unit…"): one naming for every output
        return counterpart_name(m, self.orgs, lang)

    def meeting_title(self, m: Meeting, lang: str | None = None) -> str:
        """The meeting's title in the pack's language (``lang="en"`` for the command line's messages)."""
        return m.title or label("bilateral_with", lang or self.lang, who=self.counterpart(m, lang))

    def person_line(self, pid: str, role: str = "") -> PersonLine:
        p = self.people.get(pid)
        if p is None:
            return PersonLine(name=self.t("tbc"), role=role)
        return PersonLine(
            name=self.formal_name(p), position=p.principal_title or p.position, affiliation=self.affiliation(p),
            email=p.email, phone=p.phone, biography=p.biography, role=role,
            native_name=p.native_beside, pronunciation=p.pronunciation,
        )

    def formal_name(self, p: Person) -> str:
        """Form of address and name as this language writes them ("Z.E."/"H.E.", "dr."/"Dr"), in the person's order."""
        return p.formal_name_in(self.lang)

    def affiliation(self, p: Person) -> str:
        org = self.orgs.get(p.organisation_id or "")
        bits = [org.label()] if org else []
        if p.country:
            bits.append(country_name(p.country, self.lang))
        return ", ".join(bits)

    def name(self, pid: str) -> str:
        p = self.people.get(pid)
        return p.full_name if p else self.t("tbc")

    def interpreter(self, m: Meeting) -> str:
        return interpreter_line(m.interpreter_language, m.interpreter_name, self.lang)

    # ------------------------------------------------------------ programme
    def programme(self, recipient: Person, meetings: list[Meeting], sessions: list[Session]) -> tuple[ProgrammeDay, ...]:
        items: list[tuple[datetime, str, str | None, ProgrammeItem]] = []
        for s in sessions:
            role = self.t("chair") if s.chair_id == recipient.id else self.t("speaker") if recipient.id in s.speaker_ids else ""
            others = sorted(self.name(p) for p in s.people_ids() - {recipient.id})
            items.append((s.start, s.id, s.room_id, ProgrammeItem(
                "session", self.time_span(s.start, s.end, unit=False), s.title, self.room(s.room_id), tuple(others), role,
                f"speaking:{s.id}" if s.notes_for(recipient.id) is not None else None,
            )))
        for m in meetings:
            others = [self.name(p) for p in sorted(m.nl_side_ids() - {recipient.id}, key=self.name)]
            note = {MeetingStatus.REQUESTED: self.t("requested_not_confirmed"),
                    MeetingStatus.CANCELLED: self.t("status_cancelled")}.get(m.status, "")
            # nobody walks to or from a cancelled meeting
            room = m.room_id if m.status != MeetingStatus.CANCELLED else None
            items.append((m.start, m.id, room, ProgrammeItem(
                "meeting", self.time_span(m.start, m.end, unit=False), self.meeting_title(m), self.room(m.room_id, m.room_confirmed),
                tuple(others), "", f"meeting:{m.id}", note, self.objective(m),
            )))
        items.sort(key=lambda t: (t[0], t[1]))
        walking = WalkingTimeRepository(self.store).load()
        days: dict[date, list[ProgrammeItem]] = {}
        previous: dict[date, str] = {}  # the day's last room so far
        for start, _, room, item in items:
            day = self.conf.local(start).date()
            was = previous.get(day)
            minutes = walking.minutes(was, room)
            if minutes and was in self.rooms:  # how long the walk from the room on the line above takes
                item = dataclasses.replace(item, walk=self.t("walk_from", minutes=minutes))
            if room and room in self.rooms:
                previous[day] = room
            days.setdefault(day, []).append(item)
        return tuple(ProgrammeDay(format_date(d, self.lang), tuple(v)) for d, v in days.items())

    def objective(self, m: Meeting) -> str:
        """The meeting's first objective (else the country brief's first key message), for the day overview."""
        briefs = self.meeting_briefs(m)
        if briefs and briefs[0].objectives:
            return briefs[0].objectives[0].text
        cb = self.country_briefs.get(m.counterpart_country or "")
        return cb.key_messages[0] if cb is not None and cb.key_messages else ""

    # ------------------------------------------------------------ chapters
    def previous_outcomes(self, m: Meeting) -> tuple[OutcomeLine, ...]:
        if self._earlier is None:  # read once for the whole pack: 600 bilaterals asked 28,000 queries
            self._earlier = EarlierMeetings(self.store.meetings.list())
            self._outcomes = {}
            for oc in self.store.outcomes.list():  # in the table's order, as a list per meeting gave them
                self._outcomes.setdefault(oc.meeting_id, []).append(oc)
        out = []
        for o in self._earlier.before(m):
            outcomes = self._outcomes.get(o.id, ())
            if outcomes and o.id not in self._outcome_heads:
                self._outcome_heads[o.id] = f"{format_date(o.start, self.lang, self.conf.tz, fmt='long')} — {self.meeting_title(o)}"
            out.extend(OutcomeLine(self._outcome_heads[o.id], oc.text) for oc in outcomes)
        return tuple(out)

    def meeting_briefs(self, m: Meeting) -> list[MeetingBrief]:
        """The meeting's briefs as stored (read once: the day overview and the chapter both ask)."""
        found = self._briefs.get(m.id)
        if found is None:
            found = self._briefs[m.id] = self.store.meeting_briefs.list(meeting_id=m.id)
        return found

    def attachments(self, m: Meeting) -> list:
        """The meeting's attachments (their records; the content is read only for those printed)."""
        found = self._attachments.get(m.id)
        if found is None:
            found = self._attachments[m.id] = self.store.attachments.list(meeting_id=m.id)
        return found

    def chapter(self, m: Meeting, sections) -> MeetingChapter:
        country_brief = self.country_briefs.get(m.counterpart_country or "")
        briefs = self.meeting_briefs(m)
        brief = briefs[0].with_defaults_from(country_brief) if briefs else None
        from_country = brief is None and country_brief is not None and bool(
            country_brief.key_messages or country_brief.talking_points or country_brief.defensive_lines)
        if from_country:
            # no meeting brief yet: the country brief's messages are better than "no brief has been written"
            brief = MeetingBrief(meeting_id=m.id, classification=country_brief.classification).with_defaults_from(country_brief)
        if brief is not None and not self.recipient.is_principal:
            # what must not be disclosed is background for the minister, not for every adviser
            brief = brief.model_copy(update={"background": [b for b in brief.background if b.usable]})
        if country_brief is not None and not self.recipient.is_principal and any(not b.usable for b in country_brief.background):
            country_brief = country_brief.model_copy(update={"background": [b for b in country_brief.background if b.usable]})
        nl = [self.person_line(m.principal_id)]
        nl += [self.person_line(p) for p in m.nl_participant_ids if p != m.principal_id]
        if m.note_taker_id:
            nl.append(self.person_line(m.note_taker_id, self.t("note_taker")))
        counterparts = tuple(self.person_line(p) for p in m.counterpart_ids)
        attachments: list[AttachmentDoc] = []
        if Section.ATTACHMENTS in sections:
            found = list(self.attachments(m))
            if country_brief is not None and Section.COUNTRY_BRIEFS in sections:
                found += self.store.attachments.list(country_brief_id=country_brief.id)
            for att in found:
                if att.media_type != "application/pdf":
                    continue
                content = self.store.attachment_content(att.id)
                attachments.append(AttachmentDoc(att.title, content, _pdf_pages(content, att.filename)))
        country_title = self.t("country_brief", country=country_name(m.counterpart_country, self.lang)) if m.counterpart_country else None
        shown_country = country_brief if Section.COUNTRY_BRIEFS in sections else None
        marks = [m.classification] + [a.classification for a in self.attachments(m)]
        marks += [b.classification for b in (brief, shown_country) if b is not None]
        return MeetingChapter(
            key=f"meeting:{m.id}", title=self.meeting_title(m), when=self.when(m.start, m.end),
            room=self.room(m.room_id, m.room_confirmed), status=self.t(f"status_{m.status.value}"),
            nl_side=tuple(nl), counterparts=counterparts if Section.BIOGRAPHIES in sections else
            tuple(PersonLine(c.name, c.position, c.affiliation) for c in counterparts),
            interpreter=self.interpreter(m), brief=brief, press_line=m.press_line,
            previous_outcomes=self.previous_outcomes(m), country_title=country_title,
            country_brief=shown_country,
            country_topics=self.topic_lines(shown_country.country) if shown_country is not None else (),
            attachments=tuple(attachments),
            classification=Classification.highest(marks),
            brief_release=self.release(briefs[0]) if briefs else "",
            country_release=self.release(shown_country) if shown_country is not None else "",
            cancelled=m.status == MeetingStatus.CANCELLED, brief_from_country=from_country,
            lead=self.person_line(brief.lead_id).name if brief is not None and brief.lead_id else "",
        )

    def topic_lines(self, iso3: str) -> tuple[TopicLine, ...]:
        """The topic profile's indicators for one country (``briefer.brief_outline.topic_lines``)."""
        return topic_lines(self.indicators, self.topic_values, iso3, self.lang)

    def topic_record(self, iso3: str) -> list:
        """A country's indicators and values as stored — the same in every language, for digests."""
        return [(i, self.topic_values.get((i.id, iso3))) for i in self.indicators]

    def release(self, brief) -> str:
        """Status, author and date of a brief, as each chapter prints them."""
        return release_line(brief, self.lang, self.conf.tz)

    def content_digest(self, kind, sections, start, end, meetings, sessions, chapters, speaking) -> str:
        """A digest of what the pack holds, from the records themselves, so it is the same in every language."""
        people_ids: set[str] = set()
        for m in meetings:
            people_ids |= m.people_ids()
        for s in sessions:
            people_ids |= s.people_ids()
        rooms = {m.room_id for m in meetings} | {s.room_id for s in sessions}
        orgs = {m.counterpart_organisation_id for m in meetings} | {self.people[p].organisation_id for p in people_ids if p in self.people}
        return digest(
            kind, sorted(x.value for x in sections), start, end, self.recipient,
            meetings, [(s.model_copy(update={"speaking_notes": "", "speaking_role": "", "speaker_notes": []}),
                        s.notes_for(self.recipient.id)) for s in sessions],
            [(ch.brief, ch.country_brief, *([self.topic_record(ch.country_brief.country)] if ch.country_topics else []),
              ch.classification, [(a.title, a.content) for a in ch.attachments],
              [o.text for o in ch.previous_outcomes]) for ch in chapters],
            [self.people[p] for p in sorted(people_ids) if p in self.people],
            [self.rooms[r] for r in sorted(x for x in rooms if x) if r in self.rooms],
            [self.orgs[o] for o in sorted(x for x in orgs if x) if o in self.orgs],
        )

    def speaking_note(self, s: Session, note) -> SpeakingNote:
        """The recipient's own part in a session (``note`` is theirs: ``Session.notes_for``)."""
        role = self.t("chair") if s.chair_id == note.person_id and note.person_id not in s.speaker_ids else self.t("speaker")
        if note.role:
            role = f"{role}: {note.role}"
        return SpeakingNote(
            key=f"speaking:{s.id}", title=s.title, when=self.when(s.start, s.end), room=self.room(s.room_id),
            role=role, notes=note.notes,
        )

    def contacts(self, recipient: Person, meetings: list[Meeting]) -> tuple[PersonLine, ...]:
        """Everyone at the recipient's table, and the delegation's support team (liaison, press,
        interpreters, security) whom a minister needs on the day although they sit at no table."""
        from briefer.model.people import MemberRole

        support = {MemberRole.LIAISON: "role_liaison", MemberRole.PRESS: "role_press",
                   MemberRole.INTERPRETER: "role_interpreter", MemberRole.SECURITY: "role_security"}
        roles = {m.person_id: self.t(support[m.role]) for d in self.store.delegations.list() if d.host
                 for m in d.members if m.role in support}
        ids = set(roles)
        for m in meetings:
            ids |= m.people_ids()
        ids.discard(recipient.id)
        # the id last: namesakes in the same order in every process (a set iterates by salted hashes), so the
        # content digest, and the version, stay put when nothing changed
        people = sorted((self.people[i] for i in ids if i in self.people),
                        key=lambda p: (p.family_name.casefold(), p.given_name.casefold(), p.id))
        out = []
        for p in people:
            line = self.person_line(p.id)
            if p.id in roles:
                line = dataclasses.replace(line, position=" — ".join(x for x in (roles[p.id], line.position) if x))
            out.append(line)
        return tuple(out)


def _pdf_pages(content: bytes, filename: str) -> int:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(content))
        if reader.is_encrypted:
            raise ImportFailed("the attached PDF is encrypted and cannot be merged into a pack", file=filename)
        return len(reader.pages)
    except (PdfReadError, ValueError, KeyError) as exc:
        raise ImportFailed(f"the attached PDF cannot be read ({exc})", file=filename) from None
