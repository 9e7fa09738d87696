"""A brief's sections in the order the pack prints them, as plain data.

The printed pack (``briefer/packs/story.py``) and the app's reading view
(``briefer/gui/widgets/reading_view.py``) both lay a brief out from these
blocks, so screen and paper show the same sections, under the same headings
(``briefer.i18n``), in the same order, and cannot drift apart. Each renderer
decides only how a block looks. Empty fields give no block: no heading stands
over nothing. Nothing here knows Qt or reportlab.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from briefer.i18n import format_date, format_time, label
from briefer.model import CountryBrief, MeetingBrief, Priority, Scale
from briefer.model.country_names import country_name, official_country_name


@dataclass(frozen=True)
class Block:
    """One section of a brief: what it is (``key``), how it is laid out (``kind``), its heading and content.

    Kinds and their ``items``: ``point`` (the sentence), ``rows`` ((label, value) pairs), ``note`` (a muted
    line), ``text`` (text whose blank lines part paragraphs), ``bullets``/``numbered`` (texts),
    ``groups`` ((sub-heading, texts) pairs), ``qa`` ((question, answer) pairs), ``background`` (usable
    texts; ``secret`` holds the texts not for disclosure under ``secret_heading``), ``dated``
    ((when, text) pairs), ``facts`` ((label, value, source) rows under ``columns``), ``topic`` (one
    :class:`TopicLine`), ``sources`` (one line per source).
    """

    key: str
    kind: str
    heading: str = ""
    items: tuple = ()
    secret: tuple[str, ...] = ()
    secret_heading: str = ""
    columns: tuple[str, ...] = ()


@dataclass(frozen=True)
class TopicLine:
    """One indicator of the conference's topic profile as a country brief prints it."""

    heading: str
    #: the value as a reader reads it ("" when the country has none)
    value: str
    #: "text" prints the value as paragraphs; "levels" prints the code in bold before its text
    scale: str
    source: str = ""
    #: what to print when there is no value ("" prints nothing, not even the heading)
    missing: str = ""
    #: a levels scale drawn as a chart: every level's code, and the country's
    chart_levels: tuple[str, ...] = ()
    code: str = ""


def topic_lines(indicators, values: dict, iso3: str, lang: str) -> tuple[TopicLine, ...]:
    """The indicators (``in_brief`` ones, in profile order) for one country; ``values`` maps
    (indicator id, country) to its value. One without a value or a missing-value text is left out,
    so a topic nobody reported prints nothing."""
    out = []
    for ind in indicators:
        v = values.get((ind.id, iso3))
        value = v.value if v is not None else ""
        missing = ind.missing(lang)
        if not value and not missing:
            continue
        source = ", ".join(x for x in ((v.source, str(v.year) if v.year else "") if v else ()) if x)
        level = ind.level(value) if value and ind.scale is Scale.LEVELS else None
        out.append(TopicLine(
            heading=ind.name(lang), value=ind.display(value, lang) if value else "",
            scale="levels" if level is not None else ("text" if ind.scale is Scale.TEXT else "value"),
            source=source if value else "", missing=missing,
            chart_levels=tuple(x.code for x in ind.levels) if level is not None and ind.chart else (),
            code=level.code if level is not None else ""))
    return tuple(out)


def release_line(brief, lang: str, tz: ZoneInfo | str) -> str:
    """Status, author and date of a brief, as each chapter prints them under its heading."""
    bits = [f"{label('brief_status', lang)}: {label('brief_' + brief.status.value, lang)}"]
    if brief.author:
        bits.append(f"{label('author', lang)}: {brief.author}")
    bits.append(format_date(brief.updated_at, lang, tz, fmt="long"))
    return " · ".join(bits)


def time_span(start: datetime, end: datetime, tz: ZoneInfo | str, lang: str, unit: bool = True) -> str:
    """``10.45–11.15 uur`` in Dutch (as the Rijksoverheid writes times), ``10:45–11:15`` in English."""
    a, b = format_time(start, tz), format_time(end, tz)
    if lang == "nl":
        return f"{a.replace(':', '.')}–{b.replace(':', '.')}" + (" uur" if unit else "")
    return f"{a}–{b}"


def when_line(start: datetime, end: datetime, tz: ZoneInfo | str, lang: str) -> str:
    """``woensdag 13 november 2024, 10.45–11.15 uur``: a meeting's day and time."""
    return f"{format_date(start, lang, tz)}, {time_span(start, end, tz, lang)}"


def room_line(room, lang: str, confirmed: bool = True) -> str:
    """A room with its floor; "to be confirmed" without one, and said so while not confirmed."""
    if room is None:
        return label("tbc", lang)
    text = room.name + (f" ({room.floor})" if room.floor else "")
    return text if confirmed else f"{text} — {label('provisional', lang)}, {label('tbc', lang)}"


def language_name(language_code: str, lang: str) -> str:
    """An ISO 639 code in words in the reader's language ("id" → "Indonesian" / "Indonesisch"); the code if unknown."""
    from babel import Locale

    return Locale.parse({"nl": "nl_NL", "en": "en_GB"}[lang]).languages.get(language_code) or language_code


def interpreter_line(language_code: str | None, name: str | None, lang: str) -> str:
    """``Frans — J. Dupont``: the interpretation's language in the reader's language, and who."""
    if not language_code:
        return label("tbc", lang)
    return f"{language_name(language_code, lang)} — {name or label('tbc', lang)}"


def meeting_blocks(brief: MeetingBrief | None, lang: str, *, rows: tuple[tuple[str, str], ...] = (),
                   from_country: bool = False, press_line: str = "",
                   previous_outcomes: tuple[tuple[str, str], ...] = ()) -> list[Block]:
    """A meeting's sheet after its heading: the point, the facts (``rows``), the brief's sections,
    the press line and what was agreed with the same counterpart before."""
    t = lambda key: label(key, lang)  # noqa: E731
    out: list[Block] = []
    if brief is not None and brief.point:
        out.append(Block("point", "point", t("point"), (brief.point,)))
    if rows:
        out.append(Block("sheet", "rows", "", tuple(rows)))
    if brief is None:
        out.append(Block("no_brief", "note", "", (t("no_brief"),)))
    else:
        if from_country:
            out.append(Block("brief_from_country", "note", "", (t("brief_from_country"),)))
        if brief.objectives:
            out.append(Block("objectives", "numbered", t("objectives"), tuple(o.text for o in brief.objectives)))
        out += _lines(brief, lang)
    if press_line.strip():
        out.append(Block("press_line", "text", t("press_line"), (press_line,)))
    if previous_outcomes:
        out.append(Block("previous_outcomes", "dated", t("previous_outcomes"), tuple(previous_outcomes)))
    return out


def _lines(brief, lang: str) -> list[Block]:
    """Key messages, talking points by priority, expected positions, defensive lines and background
    (usable first, then what is not for disclosure) — of a meeting brief, or of a country brief."""
    t = lambda key: label(key, lang)  # noqa: E731
    out: list[Block] = []
    if brief.key_messages:
        out.append(Block("key_messages", "bullets", t("key_messages"), tuple(brief.key_messages)))
    if brief.talking_points:
        groups = tuple((t(f"priority_{prio.value}"), tuple(p.text for p in brief.talking_points if p.priority == prio))
                       for prio in Priority)
        out.append(Block("talking_points", "groups", t("talking_points"), tuple(g for g in groups if g[1])))
    if getattr(brief, "expected_positions", None):
        out.append(Block("expected_positions", "bullets", t("expected_positions"), tuple(brief.expected_positions)))
    if brief.defensive_lines:
        out.append(Block("defensive_lines", "qa", t("defensive_lines"),
                         tuple((d.question, d.answer) for d in brief.defensive_lines)))
    usable = tuple(x.text for x in brief.background if x.usable)
    secret = tuple(x.text for x in brief.background if not x.usable)
    if usable or secret:
        out.append(Block("background", "background", t("background"), usable, secret, t("not_for_disclosure")))
    return out


def meeting_rows(lang: str, *, when: str, room: str, status: str, nl_side: str, other_side: str,
                 interpreter: str, lead: str = "", photo_opportunity: str = "",
                 attachments: str = "") -> tuple[tuple[str, str], ...]:
    """The facts at the top of a meeting's sheet, labelled, in the pack's order (plain text values)."""
    t = lambda key: label(key, lang)  # noqa: E731
    rows = [(t("time"), when), (t("room"), room), (t("status"), status), (t("nl_side"), nl_side),
            (t("other_side"), other_side or t("tbc")), (t("interpreter"), interpreter)]
    if lead:
        rows.append((t("leads"), lead))
    if photo_opportunity:
        rows.append((t("photo_opportunity"), photo_opportunity))
    if attachments:
        rows.append((t("attachments"), attachments))
    return tuple(rows)


def country_blocks(cb: CountryBrief, lang: str, topics: tuple[TopicLine, ...] = (), *,
                   with_lines: bool = False) -> list[Block]:
    """A country brief after its heading: the official name, summary, facts, topic indicators,
    relations with the Netherlands, asks, offers and sources.

    The pack prints the country's key messages, talking points, defensive lines and background in
    each bilateral's meeting sheet (where the meeting's own brief leaves them empty), not here;
    ``with_lines`` adds them at the end, under a note saying so, for reading the brief on its own."""
    t = lambda key, **kw: label(key, lang, **kw)  # noqa: E731
    out: list[Block] = []
    official = official_country_name(cb.country, lang)
    if official != country_name(cb.country, lang):  # headings say "South Korea"; treaties use the long name
        out.append(Block("official_name", "small", "", (t("official_name", name=official),)))
    if cb.summary.strip():
        out.append(Block("summary", "text", "", (cb.summary,)))
    if cb.facts:
        out.append(Block("facts", "facts", t("facts"), tuple((f.label, f.value, f.source) for f in cb.facts),
                         columns=(t("fact"), t("value"), t("source"))))
    for line in topics:
        out.append(Block("topic", "topic", line.heading, (line,)))
    if cb.relations_nl.strip():
        out.append(Block("relations_nl", "text", t("relations_nl"), (cb.relations_nl,)))
    if cb.asks:
        out.append(Block("asks", "bullets", t("asks"), tuple(cb.asks)))
    if cb.offers:
        out.append(Block("offers", "bullets", t("offers"), tuple(cb.offers)))
    if cb.sources:
        lines = []
        for src in cb.sources:
            bits = [src.title] + [x for x in (src.publisher, src.date) if x]
            lines.append(", ".join(bits) + (f" — {src.url}" if src.url else ""))
        out.append(Block("sources", "sources", t("sources"), tuple(lines)))
    lines_ = _lines(cb, lang) if with_lines else []
    if lines_:
        out += [Block("lines_note", "note", "", (t("country_lines_note"),)), *lines_]
    return out


def bios_block(people, lang: str) -> Block | None:
    """The counterparts with a biography or a position (each given as ``(name, position, affiliation,
    pronunciation, biography)``) as ``(name, position and affiliation, how to say it, biography)``;
    None when there are none."""
    shown = tuple((name, ", ".join(x for x in (position, affiliation) if x),
                   label("pronunciation", lang, text=say) if say else "", bio)
                  for name, position, affiliation, say, bio in people if bio or position)
    return Block("biographies", "bios", label("biographies", lang), shown) if shown else None


def earlier_meetings(meeting, meetings) -> list:
    """The meetings before ``meeting`` with the same country or organisation, oldest first: what
    was agreed in them is printed on its sheet."""
    same = [
        o for o in meetings
        if o.id != meeting.id and o.start < meeting.start
        and ((meeting.counterpart_country and o.counterpart_country == meeting.counterpart_country)
             or (meeting.counterpart_organisation_id
                 and o.counterpart_organisation_id == meeting.counterpart_organisation_id))
    ]
    return sorted(same, key=lambda o: o.start)


class EarlierMeetings:
    """:func:`earlier_meetings` for many meetings of one list: the list is grouped by country and
    by organisation once, so each meeting looks only at its own group. A pack of 600 bilaterals
    over 5,000 meetings otherwise compared every pair (3 million comparisons, seconds)."""

    def __init__(self, meetings):
        self.meetings = list(meetings)
        self.by_country: dict[str, list[int]] = {}
        self.by_organisation: dict[str, list[int]] = {}
        for i, o in enumerate(self.meetings):
            if o.counterpart_country:
                self.by_country.setdefault(o.counterpart_country, []).append(i)
            if o.counterpart_organisation_id:
                self.by_organisation.setdefault(o.counterpart_organisation_id, []).append(i)

    def before(self, meeting) -> list:
        """What ``earlier_meetings(meeting, meetings)`` gives, in the same order."""
        found: set[int] = set()
        if meeting.counterpart_country:
            found.update(self.by_country.get(meeting.counterpart_country, ()))
        if meeting.counterpart_organisation_id:
            found.update(self.by_organisation.get(meeting.counterpart_organisation_id, ()))
        # in the list's order before the (stable) sort, so that meetings starting together keep it
        return earlier_meetings(meeting, [self.meetings[i] for i in sorted(found)])
