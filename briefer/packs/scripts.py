"""Text in every script, made printable: right-to-left runs shaped and reordered, CJK runs in their font.

reportlab sets text left to right, one glyph per character, in one font. Arabic
printed that way comes out unjoined and backwards, and Chinese, Japanese and
Korean as empty boxes (DejaVu has no ideographs). So before text is set:

* a run of Arabic or Hebrew is shaped (``arabic_reshaper``: each letter in its
  joined form) and put in visual order (``python-bidi``), so it reads right to
  left inside a left-to-right line;
* a run of CJK characters is wrapped in the CJK fallback font (Paragraph markup)
  or drawn in it (canvas text).

Both libraries are imported only when such text occurs, so Latin-only packs pay nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache
from xml.sax.saxutils import escape

from briefer.packs.fonts import CJK, ITALIC, REGULAR, UPRIGHT, UPRIGHT_BOLD, ensure_cjk, ensure_upright

_RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
_HAS_RTL = re.compile(f"[{_RTL}]")
#: A run of right-to-left words: starts and ends with an RTL letter, may hold spaces, digits, punctuation.
_RTL_RUN = re.compile(f"[{_RTL}](?:[{_RTL}\\s\\d.,:;()'\"\\-]*[{_RTL}])?")
_RTL_SPLIT = re.compile(f"({_RTL_RUN.pattern})")
_CJK_CHARS = (
    "\u1100-\u11ff\u2e80-\u2fdf\u2ff0-\u30ff\u3100-\u31ff\u3200-\u32ff\u3400-\u4dbf"
    "\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
)
_CJK_RUN = re.compile(f"[{_CJK_CHARS}]+")


def is_cjk(char: str) -> bool:
    return bool(_CJK_RUN.match(char))


@lru_cache(maxsize=1)
def _reshaper():
    from arabic_reshaper import ArabicReshaper

    # no ligatures: DejaVu lacks most of them (the "Allah" ligature in a name like العبدالله printed as a box)
    return ArabicReshaper(configuration={"support_ligatures": False})


@lru_cache(maxsize=4096)
def _visual_run(run: str) -> str:
    from bidi import get_display

    return get_display(_reshaper().reshape(run))


def visual(text: str) -> str:
    """``text`` with every right-to-left run shaped and in visual order (plain text)."""
    if not text or not _HAS_RTL.search(text):
        return text
    return _RTL_RUN.sub(lambda m: _visual_run(m.group()), text)


def markup(text: str) -> str:
    """Paragraph markup for plain ``text``: escaped, RTL runs visual and upright, CJK runs in the CJK font."""
    text = text or ""
    if _HAS_RTL.search(text):
        ensure_upright()
        out = "".join(
            f'<font face="{UPRIGHT}">{escape(_visual_run(piece))}</font>' if i % 2 else escape(piece)
            for i, piece in enumerate(_RTL_SPLIT.split(text))
        ).replace("\n", "<br/>")
    else:
        out = escape(text).replace("\n", "<br/>")
    if _CJK_RUN.search(out):
        ensure_cjk()
        out = _CJK_RUN.sub(lambda m: f'<font face="{CJK}">{m.group()}</font>', out)
    return out


_UPRIGHT_TAG = re.compile(r'<(/?)(?:b|strong)>|<font face="' + UPRIGHT + '">')


def weighted(text: str, font: str) -> str:
    """Paragraph markup with its right-to-left runs in the weight around them: bold in a bold style
    (``font``) or inside ``<b>``, regular elsewhere.

    reportlab takes the weight from the face a ``<font face=…>`` names, so an Arabic name in a bold
    heading or a ``<b>`` author line printed regular while its Latin words were bold."""
    if UPRIGHT not in text:
        return text
    from reportlab.lib.fonts import ps2tt

    try:
        depth = 1 if ps2tt(font)[1] else 0
    except ValueError:  # a face without a family (none of the pack's): the tags alone decide
        depth = 0

    def one(m: re.Match) -> str:
        nonlocal depth
        if m.group(0).startswith("<font"):
            return f'<font face="{UPRIGHT_BOLD}">' if depth > 0 else m.group(0)
        depth += -1 if m.group(1) else 1
        return m.group(0)

    return _UPRIGHT_TAG.sub(one, text)


def runs(text: str, font: str) -> list[tuple[str, str]]:
    """(font, text) pieces of plain ``text`` for canvas drawing: CJK runs in the CJK font."""
    out: list[tuple[str, str]] = []
    pieces = _RTL_SPLIT.split(text) if _HAS_RTL.search(text) else [text]
    for i, piece in enumerate(pieces):
        if i % 2:  # a right-to-left run: shaped, visual order, upright
            out.append((REGULAR if font == ITALIC else font, _visual_run(piece)))
            continue
        pos = 0
        for m in _CJK_RUN.finditer(piece):
            ensure_cjk()
            if m.start() > pos:
                out.append((font, piece[pos:m.start()]))
            out.append((CJK, m.group()))
            pos = m.end()
        if pos < len(piece):
            out.append((font, piece[pos:]))
    return [p for p in out if p[1]]


def width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return sum(stringWidth(t, f, size) for f, t in runs(text, font))


def draw(canv, x: float, y: float, text: str, font: str, size: float, align: str = "left") -> None:
    """Draw ``text`` on a canvas in ``font``, switching to the CJK font for CJK runs."""
    pieces = runs(text, font)
    total = sum(canv.stringWidth(t, f, size) for f, t in pieces)
    if align == "right":
        x -= total
    elif align == "centre":
        x -= total / 2
    for f, t in pieces:
        canv.setFont(f, size)
        canv.drawString(x, y, t)
        x += canv.stringWidth(t, f, size)
