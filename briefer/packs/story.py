"""The pack's content as platypus flowables, built fresh from a :class:`PackPlan` for each render.

Long text is always a sequence of paragraphs (never one table row), so a
20-page brief or a talking point longer than a page flows across pages.
Empty sections produce nothing at all; missing facts print "to be confirmed".
"""

from __future__ import annotations

import re

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, PageBreakIfNotEmpty, Spacer, Table, TableStyle

from briefer.brief_outline import Block, bios_block, country_blocks, meeting_blocks, meeting_rows
from briefer.i18n import label
from briefer.packs.charts import level_chart
from briefer.packs.fonts import REGULAR
from briefer.packs.flowables import Anchor, ChangeBar, RenderState, RunOnTable, Slot, TocLine, ToOddPage
from briefer.packs.paragraphs import Paragraph
from briefer.packs.plan import MeetingChapter, PackPlan, PersonLine
from briefer.packs.scripts import markup
from briefer.packs.styles import ACCENT, ACCENT_LIGHT, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_TOP, PAGE, RULE, Styles

_BLANK = re.compile(r"\n\s*\n")


def esc(text: str) -> str:
    """Paragraph markup for plain text, in every script (see ``briefer.packs.scripts``)."""
    return markup(text)


def _chunks(text: str) -> list[str]:
    return [chunk.strip() for chunk in _BLANK.split(text or "") if chunk.strip()]


def paras(text: str, style) -> list:
    """Text with blank lines between paragraphs → one Paragraph each (so it can split)."""
    return [Paragraph(esc(chunk.strip()), style) for chunk in _BLANK.split(text or "") if chunk.strip()]


_LIST_ITEM = re.compile(r"^\s*(?:[-–—•*]|\d+[.)])\s+")


def speech(text: str, s, mark=None) -> list:
    """Speaking notes at reading size; lines typed as "- point" or "1. point" become real list items.

    ``mark(flowable, text)`` may wrap each paragraph given the text it prints (an addendum's change bars)."""
    mark = mark or (lambda f, _text: f)
    out, number = [], 0
    for chunk in _BLANK.split(text or ""):
        lines = [line for line in chunk.strip().splitlines() if line.strip()]
        prose: list[str] = []
        for line in lines:
            m = _LIST_ITEM.match(line)
            if m is None:
                prose.append(line.strip())
                continue
            if prose:
                out.append(mark(Paragraph(esc("\n".join(prose)), s.speech), "\n".join(prose)))
                prose = []
            marker = m.group().strip()
            number = number + 1 if marker[0].isdigit() else 0
            out.append(mark(Paragraph(esc(line[m.end():].strip()), s.speech_bullet,
                                      bulletText=f"{number}." if number else "•"), line))
        if prose:
            out.append(mark(Paragraph(esc("\n".join(prose)), s.speech), "\n".join(prose)))
    return out


class StoryBuilder:
    """Collects flowables and the outline (key, title, level) in print order."""

    def __init__(self, plan: PackPlan, styles: Styles, state: RenderState, content_width: float):
        self.plan, self.s, self.state, self.width = plan, styles, state, content_width
        self.lang = plan.lang
        self.outline: list[tuple[str, str, int]] = []
        self.body: list = []
        #: the part whose text is being laid out (an addendum bars its lines that changed)
        self.part: str | None = None
        #: the change bars' place on the page: in the margin, clear of the text and the punch holes
        self.bar_x = MARGIN_LEFT - 5 * mm
        #: an addendum's "replaces pages …" by part key, and every part's title (made at the first use)
        self._replaced: tuple[dict[str, str], dict[str, str]] | None = None

    def t(self, key: str, **kw) -> str:
        return label(key, self.lang, **kw)

    def anchor(self, key: str, title: str, level: int, chapter: str | None = None) -> Anchor:
        self.outline.append((key, title, level))
        return Anchor(self.state, key, title, level, chapter)

    # ------------------------------------------------------------ body
    def build_body(self) -> list:
        plan = self.plan
        if plan.kind == "meeting":
            for ch in plan.chapters:
                self.meeting_sheet(ch, compact=True)
            return self.body
        if plan.programme and plan.shows("programme"):
            self.programme()
        for ch in plan.chapters:
            self.chapter(ch)
        speaking = [n for n in plan.speaking if plan.shows(n.key)]
        if speaking:
            title = self.t("speaking_notes")
            self.body += [*self.chapter_break(), self.anchor("speaking", title, 0, title), Paragraph(esc(title), self.s.h1)]
            for i, n in enumerate(speaking):
                if i:
                    self.body.append(PageBreak())  # one speech per page: the minister turns pages at the lectern
                self.body.append(self.anchor(n.key, n.title, 1))
                self.body.append(Paragraph(esc(n.title), self.s.h2))
                self.body.append(Paragraph(esc(f"{n.when} · {self.t('room')}: {n.room}"), self.s.muted))
                self.part = n.key
                self.body.append(self._mark(Paragraph(esc(n.role), self.s.h3), n.role))
                self._replaces([n.key])
                self.body += speech(n.notes, self.s, self._mark) or [Paragraph(esc(self.t("tbc")), self.s.muted)]
        if plan.contacts and plan.shows("contacts"):
            self.contacts()
        return self.body

    def _targets(self) -> set[str]:
        """Anchors that will exist in this document (so programme links never dangle)."""
        plan, out = self.plan, set()
        for ch in plan.chapters:
            keys = [ch.sheet_key, ch.country_key, ch.bios_key] + [ch.attachment_key(i) for i in range(len(ch.attachments))]
            if any(plan.shows(k) for k in keys):
                out.add(ch.key)
        out |= {n.key for n in plan.speaking if plan.shows(n.key)}
        return out

    def programme(self) -> None:
        """The day overview: each day the recipient has items on starts a page of its own (never two
        days on one page); a day too busy for one page goes on under its heading and "continued"."""
        targets = self._targets()
        title = self.t("programme")
        self.body += [*self.chapter_break(), self.anchor("programme", title, 0, title)]
        start = len(self.body)
        self.body.append(Paragraph(esc(title), self.s.h1))
        self._replaces(["programme"])
        self.part = "programme"
        page = PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM
        # the first day shares its page with the programme's heading (and an addendum's "replaces" line)
        above = sum(self._height(f, page) for f in self.body[start:])
        for index, day in enumerate(self.plan.programme):
            if index:
                self.body.append(PageBreak())
            flowables = self._programme_day(day, index, targets, 1.0)
            # a day that would spill a row or two onto a page of its own is set a little tighter: the
            # day overview is read on one sheet (a busy day's last sheet is not left with a row or two)
            needed = sum(self._height(f, page) for f in flowables)
            heading = self._height(flowables[1], page)
            sheets = 1
            while needed > self._day_room(sheets, page, above if index == 0 else 0, heading):
                sheets += 1
            room = self._day_room(sheets - 1, page, above if index == 0 else 0, heading)
            if sheets > 1 and needed <= room * 1.15:
                flowables = self._programme_day(day, index, targets, max(0.8, room / needed * 0.97))
            self.body += flowables

    @staticmethod
    def _day_room(sheets: int, page: float, above: float, heading: float) -> float:
        """The room a day has on ``sheets`` pages: the first shared with what is ``above`` it, each
        further one opening with the day's heading again ("continued")."""
        return sheets * page - above - (sheets - 1) * heading

    def _height(self, f, available: float) -> float:
        """The height ``f`` takes in the body's width, with the space around it."""
        if isinstance(f, KeepTogether):  # measured by its content (it wraps only on a page)
            return sum(self._height(x, available) for x in f._content)
        return f.wrap(self.width, available * 4)[1] + f.getSpaceBefore() + f.getSpaceAfter()

    def _programme_day(self, day, index: int, targets: set[str], squeeze: float) -> list:
        s = self.s
        cell, small = s.cell, s.small
        if squeeze < 1:
            cell = ParagraphStyle("cell-tight", parent=cell, leading=cell.leading * squeeze)
            small = ParagraphStyle("small-tight", parent=small, leading=small.leading * squeeze)
        rows = []
        for item in day.items:
            head = f"<b>{esc(item.title)}</b>" if item.kind == "meeting" else esc(item.title)
            if item.anchor in targets:
                head = f'<a href="#{item.anchor}" color="#154273">{head}</a>'
            detail = f"{self.t('room')}: {esc(item.room)}"
            if item.role:
                detail += f" · {esc(item.role)}"
            if item.status_note:
                head += f" <font color='#A0001E'><i>({esc(item.status_note)})</i></font>"
            if item.with_names:
                detail += f" · {self.t('with')}: {esc(', '.join(item.with_names))}"
            if item.objective:
                detail += f"<br/><i>{esc(self.t('aim'))}: {esc(item.objective)}</i>"
            texts = (item.time, item.title, item.room, item.role, item.status_note, item.objective, item.walk,
                     *item.with_names)
            # the walk goes under the time, where the row has room: the day stays on its page
            when = esc(item.time) + (f"<br/><font size='7.5' color='#5A6470'>{esc(item.walk)}</font>" if item.walk else "")
            rows.append([self._mark(Paragraph(when, cell), *texts), [Paragraph(head, cell), Paragraph(detail, small)]])
        # the heading is not kept with the whole table (a long day would pull it off the programme's first page)
        style = ParagraphStyle(f"{s.h2.name}-day", parent=s.h2, keepWithNext=0)
        continued = self.t("day_continued", day=day.heading)
        # a programme row is read whole: a meeting's time on one page and its room on the next is misread.
        # reportlab splits a table between rows first and cuts a row only when not one whole row fits the
        # room left: a row taller than a page (an aim pasted at length), or a first row too tall for the
        # room under the day's heading — which, kept whole, stopped the pack (LayoutError) or left the
        # heading alone on an empty page. Then the row runs on under "continued".
        table = self._table(rows, [28 * mm, None], pad=squeeze, cls=RunOnTable)[0]
        table.continued = lambda: [Paragraph(esc(continued), style)]
        return [self.anchor(f"programme/day/{index}", day.heading, 1), Paragraph(esc(day.heading), style), table]

    def chapter(self, ch: MeetingChapter) -> None:
        plan = self.plan
        keys = [ch.sheet_key, ch.country_key, ch.bios_key] + [ch.attachment_key(i) for i in range(len(ch.attachments))]
        if not any(plan.shows(k) for k in keys):
            return
        self.body += [*self.chapter_break(), self.anchor(ch.key, ch.title, 0, ch.title)]
        self._replaces(keys)
        if plan.shows(ch.sheet_key):
            self.meeting_sheet(ch)
        cb = ch.country_brief
        if cb is not None and plan.shows(ch.country_key):
            self.country_brief(ch)
        if ch.country_ref is not None and plan.shows(ch.sheet_key):
            key, words = ch.country_ref
            self.body.append(Paragraph(f'<a href="#{key}" color="#154273">{esc(words)}</a>', self.s.body))
        bios = bios_block([(p.shown, p.position, p.affiliation, p.pronunciation, p.biography) for p in ch.counterparts],
                          self.lang)
        if bios is not None and plan.shows(ch.bios_key):
            self.part = ch.bios_key
            self.body += [CondPageBreak(40 * mm), self.anchor(ch.bios_key, bios.heading, 1), Paragraph(esc(bios.heading), self.s.h2)]
            texts = {p.shown: (p.name, p.native_name, p.position, p.affiliation, p.pronunciation) for p in ch.counterparts}
            for name, sub, say, bio in bios.items:
                block = [Paragraph(esc(name), self.s.h3)]
                if sub:
                    block.append(Paragraph(esc(sub), self.s.muted))
                if say:
                    block.append(Paragraph(esc(say), self.s.muted))
                self.body.append(self._mark(KeepTogether(block), *texts.get(name, (name, sub))))
                self.body += self._paras(bio, self.s.body)
        for i, att in enumerate(ch.attachments):
            key = ch.attachment_key(i)
            if not plan.shows(key):
                continue
            self.body += [PageBreakIfNotEmpty(), self.anchor(key, self.t("attachment", title=att.title), 1)]
            for page in range(att.pages):
                self.body += [Slot(self.state, att.content, page), PageBreak()]

    # ------------------------------------------------------------ meeting sheet
    def meeting_sheet(self, ch: MeetingChapter, compact: bool = False) -> None:
        s, t = self.s, self.t
        self.part = ch.sheet_key
        if compact:
            self.body.append(self.anchor(ch.key, ch.title, 0, ch.title))
            # the brief is the sheet: its pages are the sheet's in the print register, for a later addendum
            self.state.same_pages[ch.sheet_key] = ch.key
        else:
            self.body.append(self.anchor(ch.sheet_key, t("meeting_sheet"), 1))
        self.body.append(Paragraph(esc(ch.title), s.h1))
        if ch.cancelled:
            self.body.append(Paragraph(esc(t("cancelled_banner")), s.banner))
        self._release(ch, ch.brief_release)
        b = ch.brief
        people = lambda ps: [x for p in ps for x in (p.name, p.native_name, p.role, p.position, p.pronunciation)]  # noqa: E731
        # each value with the texts an addendum compares, so a changed fact gets its bar
        rows = meeting_rows(
            self.lang, when=(esc(ch.when), [ch.when]), room=(esc(ch.room), [ch.room]),
            status=(esc(ch.status), [ch.status]), nl_side=(self._people(ch.nl_side), people(ch.nl_side)),
            other_side=(self._people(ch.counterparts), people(ch.counterparts)) if ch.counterparts else None,
            interpreter=(esc(ch.interpreter), [ch.interpreter]),
            lead=(esc(ch.lead), [ch.lead]) if ch.lead else None,
            photo_opportunity=(esc(b.photo_opportunity), [b.photo_opportunity])
            if b is not None and b.photo_opportunity else None,
            # what the chapter's attachments are, so an addendum can bar one added or replaced
            attachments=("<br/>".join(esc(x) for x in lines), lines)
            if (lines := [a.line(self.lang) for a in ch.attachments]) else None)
        rows = tuple((k, v if isinstance(v, tuple) else (esc(v), [])) for k, v in rows)
        blocks = meeting_blocks(b, self.lang, rows=rows, from_country=ch.brief_from_country, press_line=ch.press_line,
                                previous_outcomes=tuple((o.when, o.text) for o in ch.previous_outcomes))
        for block in blocks:
            self.block(block)

    # ------------------------------------------------------------ country brief
    def country_brief(self, ch: MeetingChapter) -> None:
        s, t, cb = self.s, self.t, ch.country_brief
        self.part = ch.country_key
        self.body += [PageBreakIfNotEmpty(), self.anchor(ch.country_key, ch.country_title, 1),
                      Paragraph(esc(ch.country_title), s.h1)]
        self._release(ch, ch.country_release)
        for block in country_blocks(cb, self.lang, ch.country_topics):
            self.block(block)

    def block(self, block: Block) -> None:
        """One section of a brief (``briefer.brief_outline``: the order and headings the reading view shares)."""
        s, kind, items = self.s, block.kind, block.items
        if kind == "point":
            self.body.append(self._mark(self._point_box(items[0]), items[0]))
        elif kind == "rows":
            table, _ = self._table([[Paragraph(esc(k), s.cell_head), self._mark(Paragraph(v, s.cell), *texts)]
                                    for k, (v, texts) in items], [34 * mm, None], shade=False)
            self.body += [table, Spacer(1, 4)]
        elif kind == "note":
            self.body.append(Paragraph(esc(items[0]), s.muted))
        elif kind == "small":
            self.body.append(Paragraph(esc(items[0]), s.small))
        elif kind in ("bullets", "numbered"):
            self._list(block.heading, list(items), numbered=kind == "numbered")
        elif kind == "groups":
            self.body.append(Paragraph(esc(block.heading), s.h2))
            for heading, points in items:
                self.body.append(Paragraph(esc(heading), s.h3))
                self._bullets(list(points))
        elif kind == "qa":
            self.body.append(Paragraph(esc(block.heading), s.h2))
            for question, answer in items:
                self.body += [self._mark(Paragraph(esc(question), s.question), question), *self._paras(answer, s.answer)]
        elif kind == "background":
            self.body.append(Paragraph(esc(block.heading), s.h2))
            for text in items:
                self.body += self._paras(text, s.body)
            if block.secret:
                self.body.append(Paragraph(esc(block.secret_heading), s.secret_head))
                for text in block.secret:
                    self.body += self._paras(text, s.secret)
        elif kind == "text":
            if block.heading:
                self._text(block.heading, items[0])
            else:
                self.body += self._paras(items[0], s.body)
        elif kind == "dated":
            self.body.append(Paragraph(esc(block.heading), s.h2))
            for when, text in items:
                self.body.append(self._mark(Paragraph(f"<b>{esc(when)}</b>: {esc(text)}", s.bullet, bulletText="•"),
                                            when, text))
        elif kind == "facts":
            self.body += self._table_heading(block.heading, s.h2)
            rows = [[Paragraph(esc(c), s.cell_head) for c in block.columns]]
            rows += [[self._mark(Paragraph(esc(name), s.cell), name, value, source),
                      Paragraph(esc(value), s.cell), Paragraph(esc(source), s.small)] for name, value, source in items]
            self.body.append(self._table(rows, [45 * mm, None, 40 * mm], header=True)[0])
        elif kind == "topic":
            self.topic_line(items[0])
        elif kind == "sources":
            self.body.append(Paragraph(esc(block.heading), s.h2))
            for line in items:
                self.body.append(Paragraph(esc(line), s.small, bulletText="•"))
        else:  # a kind added to the outline must be laid out here too
            raise ValueError(f"no layout for a brief block of kind {kind!r}")

    def topic_line(self, line) -> None:
        """One indicator of the topic profile: a heading, then the value (drawn as levels when asked)."""
        s = self.s
        if not line.value:
            self.body += [Paragraph(esc(line.heading), s.h2), Paragraph(esc(line.missing), s.muted)]
            return
        if line.scale == "text":
            self._text(line.heading, line.value)
        else:
            self.body.append(Paragraph(esc(line.heading), s.h2))
            if line.chart_levels:
                self.body += [level_chart(line.chart_levels, line.code), Spacer(1, 3)]
            if line.code:
                self.body.append(Paragraph(f"<b>{esc(line.code)}</b>{esc(line.value[len(line.code):])}", s.body))
            else:
                self.body.append(Paragraph(esc(line.value), s.body))
        if line.source:
            self.body.append(Paragraph(esc(line.source), s.small))

    # ------------------------------------------------------------ annex
    def contacts(self) -> None:
        s, t = self.s, self.t
        title = t("annex_contacts")
        self.body += [*self.chapter_break(), self.anchor("contacts", title, 0, title), *self._table_heading(title, s.h1)]
        self._replaces(["contacts"])
        self.part = "contacts"
        rows = [[Paragraph(esc(t(k)), s.cell_head) for k in ("name", "position", "country_org", "email", "phone")]]
        for p in self.plan.contacts:
            # a telephone number or e-mail address broken mid-token cannot be dialled or typed from paper
            rows.append([self._mark(Paragraph(f"<b>{esc(p.shown)}</b>", s.cell), p.name, p.native_name, p.position,
                                    p.affiliation, p.email, p.phone), Paragraph(esc(p.position), s.small),
                         Paragraph(esc(p.affiliation), s.small), Paragraph(esc(p.email or "—"), s.small),
                         Paragraph(esc(p.phone or "—"), s.small)])
        pad = 9  # the table's left and right padding, plus a little air
        # wide enough for the longest address or number and for the column's heading ("Telefoon" whole)
        head = {k: stringWidth(t(k), s.cell_head.fontName, s.cell_head.fontSize) for k in ("email", "phone")}
        email = max([stringWidth(p.email or "—", REGULAR, s.small.fontSize) for p in self.plan.contacts]
                    + [30, head["email"]]) + pad
        phone = max([stringWidth((p.phone or "—"), REGULAR, s.small.fontSize) for p in self.plan.contacts]
                    + [30, head["phone"]]) + pad
        email, phone = min(email, self.width * 0.45), min(phone, 34 * mm)
        rest = self.width - email - phone
        self.body.append(self._table(rows, [rest * 0.34, rest * 0.36, rest * 0.30, email, phone], header=True)[0])

    # ------------------------------------------------------------ contents
    def toc(self, available: float | None = None) -> list:
        """The contents; when it would spill a few lines onto a page of their own, set a little tighter."""
        s = self.s
        title = self.t("contents")
        head = [Anchor(self.state, "contents", title, 0, title), Paragraph(esc(title), s.h1)]

        def lines(squeeze: float) -> list:
            out = []
            for index, (key, text, level) in enumerate(self.outline):
                style = s.toc1 if level == 0 else s.toc2
                if squeeze < 1:
                    style = ParagraphStyle(f"{style.name}-tight", parent=style, leading=style.leading * squeeze)
                out.append(TocLine(esc(text), key, index, style,
                                   space_before=(6 if level == 0 and index else 0) * squeeze, pad=3 * squeeze))
            return out

        body = lines(1.0)
        if available:
            needed = s.h1.leading + s.h1.spaceAfter + sum(line.wrap(self.width, available)[1] for line in body)
            if available < needed <= available * 1.3:
                body = lines(max(0.7, available / needed * 0.97))
        return head + body

    # ------------------------------------------------------------ helpers
    def chapter_break(self) -> list:
        """A new page for a chapter; for duplex printing, a new right-hand (odd) page."""
        return [PageBreakIfNotEmpty(), ToOddPage()] if self.plan.duplex else [PageBreakIfNotEmpty()]

    def _replaces(self, keys: list[str]) -> None:
        """In an addendum: which pages of the earlier copy these parts replace, so a binder can swap them."""
        if not self.plan.replaces:  # a pack that is no addendum: nothing replaced (and 2,000 parts not looked at)
            return
        if self._replaced is None:  # once per pack, not once per chapter (600 chapters × 2,000 parts)
            self._replaced = dict(self.plan.replaces), {p.key: p.title for p in self.plan.parts}
        found, titles = self._replaced
        for key in keys:
            if key in found and self.plan.shows(key):
                self.body.append(Paragraph(f"<b>{esc(titles.get(key, ''))}</b>: {esc(found[key])}", self.s.replaces))

    def _mark(self, flowable, *texts: str):
        """In an addendum: ``flowable`` with a change bar in the margin when any line of ``texts`` is new."""
        if self.part is not None and self.plan.is_new_text(self.part, *texts):
            if isinstance(flowable, KeepTogether):
                # a KeepTogether is never drawn whole, only split: bar each of its lines and keep those together
                return KeepTogether([ChangeBar(f, self.bar_x, ACCENT) for f in flowable._content])
            return ChangeBar(flowable, self.bar_x, ACCENT)
        return flowable

    def _paras(self, text: str, style) -> list:
        """``paras`` with a change bar beside each paragraph that is new in an addendum."""
        return [self._mark(p, chunk) for p, chunk in zip(paras(text, style), _chunks(text))]

    def _release(self, ch: MeetingChapter, release: str) -> None:
        """The chapter's own marking and its brief's status, author and date, under its heading."""
        marking = ch.classification.marking or self.t("unclassified")
        line = f"<b>{esc(self.t('chapter_marking'))}: <font color='#A0001E'>{esc(marking)}</font></b>"
        if release:
            line += f"<br/>{esc(release)}"
        self.body.append(Paragraph(line, self.s.muted))

    def _people(self, people: tuple[PersonLine, ...]) -> str:
        lines = []
        for p in people:
            extra = ", ".join(x for x in (p.role, p.position) if x)
            line = f"{esc(p.shown)}" + (f" <font color='#5A6470'>({esc(extra)})</font>" if extra else "")
            if p.pronunciation:  # whoever greets them says the name right
                line += f"<br/><font color='#5A6470'>{esc(self.t('pronunciation', text=p.pronunciation))}</font>"
            lines.append(line)
        return "<br/>".join(lines) or esc(self.t("tbc"))

    def _list(self, title: str, items: list[str], numbered: bool = False) -> None:
        if not items:
            return
        self.body.append(Paragraph(esc(title), self.s.h2))
        self._bullets(items, numbered)

    def _bullets(self, items: list[str], numbered: bool = False) -> None:
        for i, text in enumerate(items, 1):
            chunks = paras(text, self.s.bullet)
            if not chunks:
                continue
            first = chunks[0]
            self.body.append(self._mark(Paragraph(first.text, self.s.bullet, bulletText=f"{i}." if numbered else "•"),
                                        _chunks(text)[0]))
            self.body += [self._mark(p, chunk) for p, chunk in zip(chunks[1:], _chunks(text)[1:])]

    def _point_box(self, point: str) -> Paragraph:
        """"The point: …" — one sentence, boxed, the first thing read on a meeting's sheet."""
        return Paragraph(f"<b>{esc(self.t('point'))}:</b> {esc(point)}", self.s.point)

    def _text(self, title: str, text: str) -> None:
        ps = self._paras(text, self.s.body)
        if ps:
            self.body += [Paragraph(esc(title), self.s.h2), *ps]

    def _table_heading(self, text: str, style) -> list:
        """A heading over a table that may run on: it starts a new page only when too little room is
        left for it and the first rows. (Kept with the whole table, as ``keepWithNext`` would, a table
        longer than the rest of the page pulls its heading over and leaves that page nearly empty.)"""
        free = ParagraphStyle(f"{style.name}-over-table", parent=style, keepWithNext=0)
        return [CondPageBreak(style.leading + style.spaceBefore + style.spaceAfter + 30 * mm), Paragraph(esc(text), free)]

    def _table(self, rows, widths, *, header: bool = False, shade: bool = True, pad: float = 1.0, cls=Table):
        fixed = sum(w for w in widths if w is not None)
        widths = [w if w is not None else self.width - fixed for w in widths]
        table = cls(rows, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1, hAlign="LEFT")
        style = [
            ("FONT", (0, 0), (-1, -1), REGULAR, 8.8),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3 * pad),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * pad),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ]
        if header:
            style += [("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT), ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)]
        elif not shade:
            style += [("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT)]
        table.setStyle(TableStyle(style))
        return table, widths
