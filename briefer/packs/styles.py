"""The pack's look: restrained, one dark-blue accent, generous whitespace.

In the spirit of the Dutch central government house style, without its
restricted logo or typeface. All sizes in points; page geometry in one place.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from briefer.packs.fonts import BOLD, ITALIC, REGULAR

PAGE = A4
MARGIN_LEFT = 25 * mm
MARGIN_RIGHT = 22 * mm
MARGIN_TOP = 27 * mm
MARGIN_BOTTOM = 24 * mm

ACCENT = colors.HexColor("#154273")  # dark blue
ACCENT_LIGHT = colors.HexColor("#DCE6F0")
RULE = colors.HexColor("#B4C3D2")
TEXT = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#5A6470")
MARKING = colors.HexColor("#A0001E")  # classification marking, restrained red
SECRET_BG = colors.HexColor("#F6EDEE")
SECRET_BORDER = colors.HexColor("#C9A0A6")
def _on_paper(r: float, g: float, b: float, opacity: float = 0.22) -> colors.Color:
    """The solid colour a mark of colour (r, g, b) at ``opacity`` shows on white paper."""
    return colors.Color(*(round(1 - opacity + c * opacity, 4) for c in (r, g, b)))


#: The draft mark and the recipient watermark lie under the text, so they are printed in the solid
#: colours a 22 % mark would show on white paper, not with transparency: a PostScript printer
#: (CUPS, most office printers) flattens a page with any transparency into a 300 dpi picture —
#: an eight-fold larger print job with blurred text.
DRAFT_MARK_SOLID = _on_paper(0.62, 0.66, 0.72)
WATERMARK = _on_paper(0.30, 0.34, 0.40)  # the recipient's name across the page


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    bullet: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    cover_line: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    toc1: ParagraphStyle
    toc2: ParagraphStyle
    secret: ParagraphStyle
    secret_head: ParagraphStyle
    question: ParagraphStyle
    answer: ParagraphStyle
    #: Speaking notes are read aloud at the lectern: reading size, with room between the lines.
    speech: ParagraphStyle
    #: A cancelled meeting's sheet: nobody should prepare for it by mistake.
    banner: ParagraphStyle
    #: An addendum's "replaces pages 5–6 of copy 3" under a heading.
    replaces: ParagraphStyle
    speech_bullet: ParagraphStyle
    #: The point of a meeting in one sentence, boxed above everything else on its sheet.
    point: ParagraphStyle


def make_styles(compact: bool = False, squeeze: float = 1.0) -> Styles:
    """Fresh styles (cheap) — fonts must be registered first (:func:`fonts.ensure_fonts`).

    ``compact`` tightens type and spacing for the one-meeting brief, which should fit one or two pages;
    ``squeeze`` (< 1) sets its lines and the space between paragraphs tighter still, type unchanged.
    """
    styles = _styles()
    if not compact:
        return styles
    scaled = {}
    for name, style in vars(styles).items():
        # a boxed paragraph (the point, a banner) keeps room for its box: drawn over the line above otherwise
        pad = style.borderPadding if isinstance(style.borderPadding, (tuple, list)) else (style.borderPadding,) * 4
        top, bottom = (pad[0] + 2, pad[2] + 2) if style.borderPadding else (0, 0)
        scaled[name] = ParagraphStyle(
            f"{name}-compact", parent=style, fontSize=style.fontSize * 0.9, leading=style.leading * 0.86 * squeeze,
            spaceBefore=max(top, style.spaceBefore * 0.6 * squeeze ** 3),
            spaceAfter=max(bottom, style.spaceAfter * 0.6 * squeeze ** 3),
        )
    return Styles(**scaled)


def _styles() -> Styles:
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=13.6, textColor=TEXT,
                          spaceAfter=5, alignment=TA_LEFT, bulletFontName=REGULAR)
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, spaceAfter=2),
        muted=ParagraphStyle("muted", parent=body, fontName=ITALIC, textColor=MUTED),
        bullet=ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=3),
        h1=ParagraphStyle("h1", parent=body, fontName=BOLD, fontSize=17, leading=21, textColor=ACCENT,
                          spaceBefore=0, spaceAfter=10, keepWithNext=1),
        h2=ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=12.5, leading=16, textColor=ACCENT,
                          spaceBefore=12, spaceAfter=6, keepWithNext=1),
        h3=ParagraphStyle("h3", parent=body, fontName=BOLD, fontSize=10, leading=13.5, textColor=TEXT,
                          spaceBefore=8, spaceAfter=3, keepWithNext=1),
        title=ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=26, leading=31, textColor=ACCENT,
                             spaceAfter=8),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=13, leading=17, textColor=TEXT, spaceAfter=4),
        cover_line=ParagraphStyle("cover_line", parent=body, fontSize=10.5, leading=15, spaceAfter=1),
        cell=ParagraphStyle("cell", parent=body, fontSize=8.8, leading=11.6, spaceAfter=0),
        cell_head=ParagraphStyle("cell_head", parent=body, fontName=BOLD, fontSize=8.5, leading=11,
                                 textColor=ACCENT, spaceAfter=0),
        toc1=ParagraphStyle("toc1", parent=body, fontName=BOLD, fontSize=10, leading=14, spaceAfter=0),
        toc2=ParagraphStyle("toc2", parent=body, fontSize=9, leading=12.5, leftIndent=14, spaceAfter=0),
        secret=ParagraphStyle("secret", parent=body, backColor=SECRET_BG, borderColor=SECRET_BORDER,
                              borderWidth=0.6, borderPadding=(4, 6, 4, 6), leftIndent=6, rightIndent=6,
                              spaceBefore=4, spaceAfter=8),
        secret_head=ParagraphStyle("secret_head", parent=body, fontName=BOLD, fontSize=8.5, textColor=MARKING,
                                   spaceBefore=6, spaceAfter=6),
        question=ParagraphStyle("question", parent=body, fontName=BOLD, spaceAfter=2, keepWithNext=1),
        answer=ParagraphStyle("answer", parent=body, leftIndent=12),
        banner=ParagraphStyle("banner", parent=body, fontName=BOLD, fontSize=13, leading=17, textColor=colors.white,
                              backColor=MARKING, borderPadding=(5, 6, 5, 6), spaceBefore=4, spaceAfter=12),
        replaces=ParagraphStyle("replaces", parent=body, fontSize=9, leading=12, textColor=ACCENT,
                                backColor=ACCENT_LIGHT, borderPadding=(3, 5, 3, 5), spaceBefore=2, spaceAfter=8),
        speech=ParagraphStyle("speech", parent=body, fontSize=14, leading=21, spaceAfter=10),
        speech_bullet=ParagraphStyle("speech_bullet", parent=body, fontSize=14, leading=21, spaceAfter=9,
                                     leftIndent=20, bulletIndent=4, bulletFontSize=14),
        point=ParagraphStyle("point", parent=body, fontSize=12, leading=16, textColor=TEXT, backColor=ACCENT_LIGHT,
                             borderColor=ACCENT, borderWidth=0.8, borderPadding=(6, 8, 6, 8), leftIndent=8,
                             rightIndent=8, spaceBefore=6, spaceAfter=14),
    )
