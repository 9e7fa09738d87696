"""From a composed :class:`PackPlan` to a PDF file — no database here, so it can run in a background thread.

One platypus layout pass: page numbers in the contents and the "of Y" in the
footer are form XObjects filled in when the canvas is saved. Attached PDFs get
placeholder pages during layout (so numbering, contents and bookmarks are
right) and are laid under those pages' header and footer afterwards with
pypdf, which also encrypts (AES-256). The file is written to a temporary name
and renamed into place, so a failed or cancelled run leaves any old pack intact.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Frame, PageBreak, PageTemplate, Spacer
from reportlab.platypus.doctemplate import LayoutError

from briefer.collector import full_passes_held
from briefer.errors import BrieferError
from briefer.files import check_output_path, write_atomic
from briefer.i18n import label
from briefer.packs import outlines, paragraphs, scripts
from briefer.packs import styles as st
from briefer.packs.flowables import TOTAL_FORM, PackCancelled, RenderState, form_name
from briefer.packs.fonts import BOLD, REGULAR, ensure_fonts
from briefer.packs.paragraphs import Paragraph
from briefer.packs.plan import PackPlan
from briefer.packs.story import StoryBuilder, esc


class TooTallToPrint(BrieferError):
    """Something in the pack is taller than a page and cannot run on over pages: refused, naming the part.

    reportlab's own ``LayoutError`` names a flowable's class and memory address, which tells an advisor
    nothing; the last outline entry laid out says where in the pack to look."""

    @classmethod
    def within(cls, state: RenderState) -> "TooTallToPrint":
        entries = state.outline
        top = next((title for title, level, _ in reversed(entries) if level == 0), None)
        last = entries[-1][0] if entries else None
        where = " — ".join(dict.fromkeys(t for t in (top, last) if t)) or "the cover"
        return cls(f"the pack cannot be laid out: something in \u201c{where}\u201d (page {state.pages + 1}) is "
                   "taller than a page and cannot run on over pages; shorten it (a text pasted at length?) and "
                   "print again — no file was written")


@dataclass(frozen=True)
class RenderResult:
    path: Path
    pages: int
    #: (key, title) of every part printed, in order.
    sections: tuple[tuple[str, str], ...]
    number: int
    #: Characters in the content that the pack font cannot draw (they would print as boxes).
    missing_glyphs: tuple[str, ...] = ()
    #: part key → (first page, last page): what the print register keeps for later addenda.
    part_pages: dict[str, tuple[int, int]] | None = None


def render(
    plan: PackPlan,
    out_path: str | os.PathLike,
    *,
    progress: Callable[[float], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> RenderResult:
    """Write ``plan`` as a PDF to ``out_path`` atomically; returns what was written."""
    out = check_output_path(out_path)  # before the pages are rendered
    data, state, outline = render_bytes(plan, progress=progress, cancel=cancel)

    def not_cancelled() -> None:
        if cancel is not None and cancel():
            raise PackCancelled("the pack was cancelled; no file was written")

    write_atomic(out, data, before_replace=not_cancelled)
    if progress is not None:
        progress(1.0)
    printed = tuple((k, t) for k, t, _ in outline)
    return RenderResult(out, state.pages, printed, plan.number, missing_glyphs(plan), part_pages(outline, state))


def part_pages(outline, state: RenderState) -> dict[str, tuple[int, int]]:
    """First and last page of every outline entry: it runs until the page before the next one starts."""
    pages = state.anchor_pages
    keys = [k for k, _, _ in outline if k in pages]
    out = {}
    for i, key in enumerate(keys):
        first = pages[key]
        following = nxt = None  # the next entry's page, and the next page another entry starts on
        # a part runs on over its own sub-entries (the programme over its days); the walk stops at the
        # next page begun, so 2,000 entries are not each compared with all that follow
        for j in range(i + 1, len(keys)):
            k = keys[j]
            if k.startswith(f"{key}/"):
                continue
            if following is None:
                following = pages[k]
            if pages[k] > first:
                nxt = pages[k]
                break
        last = first if following == first else (state.pages + 1 if nxt is None else nxt) - 1
        out[key] = (first, max(first, last))
    for key, like in state.same_pages.items():
        if like in out:
            out[key] = out[like]
    return out


def missing_glyphs(plan: PackPlan) -> tuple[str, ...]:
    """Characters of the plan's text that no pack font has — reported, never silently boxed."""
    from reportlab.pdfbase.pdfmetrics import getFont

    ensure_fonts()
    known = getFont(REGULAR).face.charToGlyph
    chars: set[str] = set()

    def walk(obj) -> None:
        if isinstance(obj, str):
            chars.update(scripts.visual(obj))  # what is set: Arabic letters in their joined forms
        elif isinstance(obj, (list, tuple, set, frozenset)):
            for v in obj:
                walk(v)
        elif isinstance(obj, dict):
            for v in obj.values():
                walk(v)
        elif hasattr(obj, "model_dump"):
            walk(obj.model_dump())
        elif hasattr(obj, "__dataclass_fields__"):
            for name in obj.__dataclass_fields__:
                if name not in ("content", "password"):
                    walk(getattr(obj, name))

    walk(plan)
    lacking = {c for c in chars if ord(c) >= 32 and not c.isspace() and ord(c) not in known}
    cjk = {c for c in lacking if scripts.is_cjk(c)}
    if cjk:
        from briefer.packs.fonts import ensure_cjk

        cjk_known = getFont(ensure_cjk()).face.charToGlyph
        lacking -= {c for c in cjk if ord(c) in cjk_known}
    return tuple(sorted(lacking))


#: How much tighter a one-meeting brief that spills a little onto a second page is set (lines and spaces).
BRIEF_SQUEEZE = 0.9


def render_bytes(plan: PackPlan, *, progress=None, cancel=None) -> tuple[bytes, RenderState, list]:
    """The PDF bytes for ``plan`` (plus the layout state and outline, for callers and tests).

    The layout's heap grows by a million objects on a large pack: the cycle collector's full passes
    are held back meanwhile (briefer/collector.py; they were a quarter of the busiest pack's time), and
    the texts and line breakings kept for this layout are let go before they come back, so the first
    full pass after it does not walk them."""
    ensure_fonts()
    with full_passes_held():
        try:
            return _laid_out(plan, progress, cancel)
        finally:
            paragraphs.forget()


def _laid_out(plan: PackPlan, progress, cancel) -> tuple[bytes, RenderState, list]:
    """A one-meeting brief that runs onto a second page is laid out once more with tighter lines and
    spacing, and kept so when it then fits one page: no second sheet for its last few lines."""
    first, used = _layout(plan, st.make_styles(compact=plan.kind == "meeting"), progress, cancel)
    # only a second page with a few lines on it is worth a second layout (a tenth tighter saves about that)
    if plan.kind == "meeting" and first[1].pages == 2 and used <= 0.12:
        tighter, _ = _layout(plan, st.make_styles(compact=True, squeeze=BRIEF_SQUEEZE), progress, cancel)
        if tighter[1].pages == 1:
            return tighter
    return first


def _layout(plan: PackPlan, styles: st.Styles, progress, cancel) -> tuple[tuple[bytes, RenderState, list], float]:
    """The laid-out PDF (bytes, state, outline), and how much of its last page's body it fills (0–1)."""
    state = RenderState(progress=progress, cancel=cancel)
    state.check_cancel()
    width, height = st.PAGE
    content_width = width - st.MARGIN_LEFT - st.MARGIN_RIGHT
    builder = StoryBuilder(plan, styles, state, content_width)
    body = builder.build_body()
    front = _front_matter(plan, styles, builder)
    state.steps = max(1, len(builder.outline))

    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf, pagesize=st.PAGE, leftMargin=st.MARGIN_LEFT, rightMargin=st.MARGIN_RIGHT,
        topMargin=st.MARGIN_TOP, bottomMargin=st.MARGIN_BOTTOM, title=f"{plan.title} — {plan.recipient_name}",
        author="Briefer", subject=plan.classification.marking or label("unclassified", plan.lang),
        keywords=plan.conference, creator="Briefer", invariant=1, pageCompression=1,
        initialFontName=REGULAR, lang={"nl": "nl-NL", "en": "en-GB"}.get(plan.lang, plan.lang),
    )
    frame = Frame(st.MARGIN_LEFT, st.MARGIN_BOTTOM, content_width, height - st.MARGIN_TOP - st.MARGIN_BOTTOM,
                  id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    deco = _Decorator(plan, state)
    doc.addPageTemplates([PageTemplate("page", [frame], onPage=deco.before, onPageEnd=deco.after)])
    outline_keys = [k for k, _, _ in builder.outline]
    try:
        doc.build(front + body, canvasmaker=_canvas_class(state, outline_keys, deco.page_of))
    except LayoutError as exc:
        raise TooTallToPrint.within(state) from exc
    data = buf.getvalue()
    if state.slots or plan.password:
        data = _postprocess(data, state, plan.password)
    used = (frame._y1 + frame._height - frame._y) / frame._height if doc.frame is frame else 1.0
    return (data, state, builder.outline), used


# ---------------------------------------------------------------------- front matter
def _front_matter(plan: PackPlan, s: st.Styles, builder: StoryBuilder) -> list:
    t = lambda key, **kw: label(key, plan.lang, **kw)  # noqa: E731
    marking = plan.classification.marking or t("unclassified")
    status = t("draft") if plan.draft else t("final")
    facts = [
        (t("for"), f"<b>{esc(plan.recipient_name)}</b>" + (f"<br/>{esc(plan.recipient_title)}" if plan.recipient_title else "")),
        (t("period"), esc(plan.period)),
        (t("classification"), f"<font color='#A0001E'><b>{esc(marking)}</b></font>"),
        (t("version"), f"{plan.version} ({esc(status)})"),
        (t("printed"), esc(plan.printed_label)),
    ]
    if plan.kind == "meeting":
        lines = " · ".join(f"{k}: {v}" for k, v in facts[:1] + facts[2:]).replace("<br/>", ", ")
        return [Paragraph(esc(plan.conference), s.muted),
                Paragraph(f"{esc(plan.title)} — {esc(t('copy', number=plan.number))}", s.h3),
                Paragraph(lines, s.small), Spacer(1, 6)]
    out = [Spacer(1, 40 * mm), Paragraph(esc(plan.conference), s.subtitle), Spacer(1, 4), Paragraph(esc(plan.title), s.title)]
    if plan.kind == "addendum" and plan.base_label:
        out.append(Paragraph(esc(plan.base_label), s.subtitle))
    out.append(Spacer(1, 14 * mm))
    for k, v in facts:
        out.append(Paragraph(f"<font color='#5A6470'>{esc(k)}</font><br/>{v}", s.cover_line))
        out.append(Spacer(1, 3 * mm))
    out.append(Spacer(1, 6 * mm))
    out.append(Paragraph(f"<b>{esc(t('copy', number=plan.number))}</b>", s.subtitle))
    if plan.demo:
        out.append(Spacer(1, 8 * mm))
        out.append(Paragraph(esc(t("demo")), s.muted))
    if plan.kind == "addendum":
        out += [PageBreak(), Paragraph(esc(t("changes_summary")), s.h1)]
        if not plan.changes:
            out.append(Paragraph(esc(t("no_changes", number=plan.base_number)), s.body))
        for c in plan.changes:
            where = f" ({esc(c.replaces)})" if c.replaces else ""
            out.append(Paragraph(f"{esc(c.title)} — <i>{esc(c.what)}</i>{where}", s.bullet, bulletText="•"))
            for line in c.details:
                out.append(Paragraph(esc(line), s.answer))
    if builder.outline:
        # an addendum's contents follow its list of changes on the same page when they fit
        page_height = st.PAGE[1] - st.MARGIN_TOP - st.MARGIN_BOTTOM - 6 * mm
        out += [CondPageBreak(80 * mm) if plan.kind == "addendum" else PageBreak(), Spacer(1, 6 * mm),
                *builder.toc(page_height if plan.kind != "addendum" else None)]
    return out


# ---------------------------------------------------------------------- page decoration
class _Decorator:
    """Marking top and bottom, running header, page X of Y, draft mark and recipient watermark."""

    def __init__(self, plan: PackPlan, state: RenderState):
        self.plan, self.state = plan, state
        t = lambda key, **kw: label(key, plan.lang, **kw)  # noqa: E731
        self.marking = plan.classification.marking or t("unclassified")
        self.draft = t("draft_mark") if plan.draft else ""
        self.page_of = t("page_of", page="{page}")
        status = t("draft") if plan.draft else t("final")
        self.left_foot = f"{t('copy', number=plan.number)} · {t('version')} {plan.version} · {status}"
        #: every page of an addendum says what it is an addendum to: loose pages must find their binder
        self.addendum_head = t("addendum_head", number=plan.base_number) if plan.kind == "addendum" else ""
        self.marks_defined = False

    def before(self, canv: Canvas, doc) -> None:
        """The draft mark and the recipient's name, diagonally across the page, under the text.

        Drawn as glyph outlines (not text) so they never enter the text layer, and once, as a form
        every page refers to: outlines are built in Python, per page that would cost milliseconds."""
        if not (self.draft or self.plan.watermark):
            return
        if not self.marks_defined:
            self.marks_defined = True
            width, height = st.PAGE
            canv.beginForm(MARKS_FORM)
            canv.saveState()
            canv.translate(width / 2, height / 2)
            canv.rotate(52)
            if self.draft:
                canv.setFillColor(st.DRAFT_MARK_SOLID)
                outlines.draw_runs(canv, scripts.runs(self.draft, BOLD), 96, 0, -30)
            if self.plan.watermark:
                canv.setFillColor(st.WATERMARK)
                outlines.draw_runs(canv, scripts.runs(self.plan.watermark, REGULAR), 20, 0, -95 if self.draft else 0)
            canv.restoreState()
            canv.endForm()
        canv.doForm(MARKS_FORM)

    def after(self, canv: Canvas, doc) -> None:
        width, height = st.PAGE
        page = canv.getPageNumber()
        self.state.pages = page
        left, right = st.MARGIN_LEFT, width - st.MARGIN_RIGHT
        canv.saveState()
        # classification marking, top and bottom
        canv.setFillColor(st.MARKING)
        canv.setFont(BOLD, 8.5)
        canv.drawCentredString(width / 2, height - 11 * mm, self.marking)
        canv.drawCentredString(width / 2, 8 * mm, self.marking)
        # running header
        canv.setFillColor(st.ACCENT)
        canv.setFont(BOLD, 8)
        chapter = self.state.chapter if page > 1 else ""
        if self.addendum_head and page > 1:
            chapter = f"{self.addendum_head} · {chapter}" if chapter else self.addendum_head
        scripts.draw(canv, left, height - 18 * mm, _fit(chapter, BOLD, 8, (right - left) * 0.62), BOLD, 8)
        canv.setFillColor(st.MUTED)
        canv.setFont(REGULAR, 7.5)
        scripts.draw(canv, right, height - 18 * mm, _fit(self.plan.recipient_name, REGULAR, 7.5, (right - left) * 0.36),
                     REGULAR, 7.5, align="right")
        canv.setFont(REGULAR, 7.5)
        canv.setStrokeColor(st.RULE)
        canv.setLineWidth(0.5)
        canv.line(left, height - 20 * mm, right, height - 20 * mm)
        canv.line(left, 17 * mm, right, 17 * mm)
        # footer
        canv.drawString(left, 13 * mm, self.left_foot)
        # "page X of Y" ends at the right margin: Y is known only at save, so each page's folio is a form
        canv.saveState()
        canv.translate(right, 13 * mm)
        canv.doForm(folio_form(page))
        canv.restoreState()
        canv.restoreState()


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text``, or as many whole words of it as fit with "…": a head cut mid-word ("…of the Unit…") misleads."""
    if scripts.width(text, font, size) <= width:
        return text
    words = text.split(" ")
    while len(words) > 1 and scripts.width(" ".join(words) + "…", font, size) > width:
        words.pop()
    text = " ".join(words).rstrip(" ·—–-,:;")
    while text and scripts.width(text + "…", font, size) > width:  # one word longer than the line
        text = text[:-1]
    return text + "…"


MARKS_FORM = "BrieferMarks"


def folio_form(page: int) -> str:
    return f"BrieferFolio{page}"


def _canvas_class(state: RenderState, outline_keys: list[str], page_of: str):
    """A canvas that, on save, defines the page-number forms the pages refer to."""

    class PackCanvas(Canvas):
        def save(self):
            for index, key in enumerate(outline_keys):
                self._number_form(form_name(index), str(state.anchor_pages.get(key, "")), right=True)
            self._number_form(TOTAL_FORM, str(state.pages), right=False)
            for page in range(1, state.pages + 1):
                self.beginForm(folio_form(page), lowerx=-200, lowery=-4, upperx=2, uppery=16)
                self.setFont(REGULAR, 7.5)
                self.setFillColor(st.TEXT)
                self.drawRightString(0, 0, f"{page_of.format(page=page)} {state.pages}")
                self.endForm()
            self.showOutline()  # the bookmarks open beside the first page: a pack is read by its outline
            super().save()

        def _number_form(self, name: str, text: str, right: bool) -> None:
            self.beginForm(name, lowerx=-80, lowery=-4, upperx=80, uppery=16)
            if right:
                self.setFont(REGULAR, 9)
                self.setFillColor(st.TEXT)
                self.drawRightString(0, 0, text)
            else:
                self.setFont(REGULAR, 7.5)
                self.setFillColor(st.TEXT)
                self.drawString(0, 0, text)
            self.endForm()

    return PackCanvas


# ---------------------------------------------------------------------- attachments and encryption
def _reader_permissions() -> int:
    """What the reader of a protected pack may do: print it (at full quality) and let a screen
    reader extract its text — not copy text out, edit, annotate, fill in or reassemble it."""
    from pypdf.constants import UserAccessPermissions as P

    every = P(0xFFFFFFFC)  # all bits, the two reserved low ones clear (ISO 32000-2, table 22)
    return every & ~(P.MODIFY | P.EXTRACT | P.ADD_OR_MODIFY | P.FILL_FORM_FIELDS | P.ASSEMBLE_DOC)


READER_PERMISSIONS = _reader_permissions()


def owner_password() -> str:
    """A random owner password, never shown: with the owner password equal to the user's (or
    none, which pypdf turns into the same), whoever may open the pack may also lift its limits."""
    import secrets

    return secrets.token_urlsafe(32)


def _postprocess(data: bytes, state: RenderState, password: str | None) -> bytes:
    from pypdf import PdfReader, PdfWriter, Transformation

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    width, height = st.PAGE
    box_w = width - st.MARGIN_LEFT - st.MARGIN_RIGHT
    box_h = height - st.MARGIN_TOP - st.MARGIN_BOTTOM
    sources: dict[int, PdfWriter] = {}
    for page_index, content, src_index in state.slots:
        source = sources.get(id(content))
        if source is None:
            source = sources[id(content)] = PdfWriter(clone_from=PdfReader(io.BytesIO(content)))
        src = source.pages[src_index]
        if src.rotation:
            src.transfer_rotation_to_content()
        box = src.mediabox
        sw, sh = float(box.width), float(box.height)
        scale = min(box_w / sw, box_h / sh)
        tx = st.MARGIN_LEFT + (box_w - sw * scale) / 2 - float(box.left) * scale
        ty = st.MARGIN_BOTTOM + (box_h - sh * scale) / 2 - float(box.bottom) * scale
        writer.pages[page_index].merge_transformed_page(src, Transformation().scale(scale).translate(tx, ty), over=False)
    if password:
        writer.encrypt(user_password=password, owner_password=owner_password(), algorithm="AES-256",
                       permissions_flag=READER_PERMISSIONS)
        # AES-256 (security handler revision 6) is defined by PDF 2.0; a 1.4 header makes checkers complain
        writer.pdf_header = b"%PDF-2.0"
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()

