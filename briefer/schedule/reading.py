"""A brief to read on screen: a meeting's chapter or a country brief, as the pack prints it.

The app's reading view (Bilaterals, Countries) shows a brief as one page. What
it shows and in which order comes from ``briefer.brief_outline``, the outline
the printed pack is laid out from; this module only reads the records and says
the facts in the reader's language. The whole chapter is read, not what one
recipient may see: the person reading is the advisor who writes the brief, so
background not for disclosure is shown, under its own heading, as in the
minister's copy.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefer.brief_outline import (
    Block,
    bios_block,
    country_blocks,
    earlier_meetings,
    interpreter_line,
    meeting_blocks,
    meeting_rows,
    release_line,
    room_line,
    topic_lines,
    when_line,
)
from briefer.i18n import format_date, label
from briefer.model import Classification, CountryBrief, MeetingBrief, MeetingStatus, country_name
from briefer.model.counterparts import meeting_title


@dataclass(frozen=True)
class Part:
    """One heading of the page (the meeting sheet, the country brief) with its release line and blocks."""

    title: str
    release: str
    blocks: tuple[Block, ...]
    banner: str = ""


@dataclass(frozen=True)
class Reading:
    """What the reading view shows: the marking (top and bottom), then each part in print order."""

    classification: Classification
    parts: tuple[Part, ...]
    #: "Classification of this chapter", in the reader's language
    marking_label: str = ""

    @property
    def marking(self) -> str:
        return self.classification.marking


def _person(people: dict, pid: str | None, lang: str, role: str = "") -> tuple[str, str, str, str, str]:
    p = people.get(pid or "")
    if p is None:
        return (label("tbc", lang), "", "", "", "")
    name = p.formal_name_in(lang)
    shown = f"{name} ({p.native_beside})" if p.native_beside else name
    position = ", ".join(x for x in (role, p.principal_title or p.position) if x)
    return (shown, position, "", p.pronunciation, p.biography)


def _names(lines) -> str:
    return "\n".join(f"{n} ({pos})" if pos else n for n, pos, *_ in lines)


def meeting_reading(store, meeting_id: str, lang: str, brief: MeetingBrief | None = None) -> Reading:
    """The chapter of one bilateral: its sheet with the brief, the country brief, the counterparts' biographies.

    ``brief`` stands for the stored brief (the form's version, not saved yet)."""
    conf = store.require_conference()
    m = store.meetings.get(meeting_id)
    people = {p.id: p for p in store.people.list()}
    rooms = {r.id: r for r in store.rooms.list()}
    orgs = {o.id: o for o in store.organisations.list()}
    countries = store.country_briefs.list(country=m.counterpart_country) if m.counterpart_country else []
    cb = countries[0] if countries else None
    own = [brief] if brief is not None else store.meeting_briefs.list(meeting_id=m.id)
    brief = own[0].with_defaults_from(cb) if own else None
    from_country = brief is None and cb is not None and bool(cb.key_messages or cb.talking_points or cb.defensive_lines)
    if from_country:  # as the pack does: the country's messages rather than "no brief has been written"
        brief = MeetingBrief(meeting_id=m.id, classification=cb.classification).with_defaults_from(cb)

    nl = [_person(people, m.principal_id, lang)]
    nl += [_person(people, p, lang) for p in m.nl_participant_ids if p != m.principal_id]
    if m.note_taker_id:
        nl.append(_person(people, m.note_taker_id, lang, label("note_taker", lang)))
    others = [_person(people, p, lang) for p in m.counterpart_ids]
    for i, pid in enumerate(m.counterpart_ids):  # the biographies say where the counterpart comes from
        p = people.get(pid)
        if p is not None:
            org = orgs.get(p.organisation_id or "")
            where = ", ".join(([org.label()] if org else []) + ([country_name(p.country, lang)] if p.country else []))
            others[i] = (others[i][0], others[i][1], where, others[i][3], others[i][4])
    lead = _person(people, brief.lead_id, lang)[0] if brief is not None and brief.lead_id else ""
    rows = meeting_rows(
        lang, when=when_line(m.start, m.end, conf.tz, lang),
        room=room_line(rooms.get(m.room_id or ""), lang, m.room_confirmed),
        status=label(f"status_{m.status.value}", lang), nl_side=_names(nl), other_side=_names(others),
        interpreter=interpreter_line(m.interpreter_language, m.interpreter_name, lang), lead=lead,
        photo_opportunity=brief.photo_opportunity if brief is not None else "")
    outcomes = tuple(
        (f"{format_date(o.start, lang, conf.tz, fmt='long')} — {meeting_title(o, orgs, lang)}", oc.text)
        for o in earlier_meetings(m, store.meetings.list()) for oc in store.outcomes.list(meeting_id=o.id))
    sheet = Part(
        title=meeting_title(m, orgs, lang), release=release_line(own[0], lang, conf.tz) if own else "",
        blocks=tuple(meeting_blocks(brief, lang, rows=rows, from_country=from_country, press_line=m.press_line,
                                    previous_outcomes=outcomes)),
        banner=label("cancelled_banner", lang) if m.status == MeetingStatus.CANCELLED else "")
    parts = [sheet]
    if cb is not None:
        parts.append(_country_part(store, cb, lang, conf.tz))
    bios = bios_block(others, lang)
    if bios is not None:
        parts.append(Part(title="", release="", blocks=(bios,)))
    marks = [m.classification] + [b.classification for b in (brief, cb) if b is not None]
    return Reading(Classification.highest(marks), tuple(parts), label("chapter_marking", lang))


def _country_part(store, cb, lang: str, tz, *, with_lines: bool = False) -> Part:
    indicators = [i for p in store.topic_profiles.list() for i in p.indicators if i.in_brief]
    values = {(v.indicator_id, v.country): v for v in store.topic_values.list(country=cb.country)}
    return Part(title=label("country_brief", lang, country=country_name(cb.country, lang)),
                release=release_line(cb, lang, tz),
                blocks=tuple(country_blocks(cb, lang, topic_lines(indicators, values, cb.country, lang),
                                            with_lines=with_lines)))


def country_reading(store, iso3: str, lang: str, brief: CountryBrief | None = None) -> Reading | None:
    """A country's brief on its own (with the messages the pack prints in each meeting's sheet), or None
    while it has none. ``brief`` stands for the stored one (the form's version, not saved yet)."""
    found = [brief] if brief is not None else store.country_briefs.list(country=iso3)
    if not found:
        return None
    conf = store.require_conference()
    cb = found[0]
    return Reading(cb.classification, (_country_part(store, cb, lang, conf.tz, with_lines=True),),
                   label("chapter_marking", lang))
