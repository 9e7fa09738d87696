"""Text drawn as glyph outlines (filled paths), not as text: the draft mark and the recipient watermark.

A watermark drawn as text lands in the text layer: copied passages, search and
screen readers then carry "CONCEPT" and "Personal copy for …" through every
sentence. As outlines they are only ink. The outlines come from the same
TrueType files the pack embeds (read with fontTools, cached per process).
"""

from __future__ import annotations

import threading
from functools import lru_cache

_lock = threading.Lock()


@lru_cache(maxsize=8)
def _font(path: str):
    from fontTools.ttLib import TTFont

    font = TTFont(path, lazy=True)
    return font.getGlyphSet(), font.getBestCmap(), font["hmtx"], font["head"].unitsPerEm


def draw_runs(canv, runs: list[tuple[str, str]], size: float, x: float = 0, y: float = 0) -> None:
    """Fill (font name, text) runs (``scripts.runs``) as outlines, centred on x as one line."""
    from briefer.packs.fonts import font_file

    total = sum(width(t, font_file(f), size) for f, t in runs)
    dx = x - total / 2
    for f, t in runs:
        draw(canv, t, font_file(f), size, dx, y, centred=False)
        dx += width(t, font_file(f), size)


def width(text: str, font_path: str, size: float) -> float:
    _, cmap, hmtx, upem = _font(font_path)
    return sum(hmtx[cmap.get(ord(c), ".notdef")][0] for c in text) * size / upem


def draw(canv, text: str, font_path: str, size: float, x: float = 0, y: float = 0, *, centred: bool = True) -> None:
    """Fill ``text`` as outlines at (x, y) in the current colour; centred on x unless ``centred`` is False."""
    from fontTools.pens.basePen import BasePen
    from fontTools.pens.transformPen import TransformPen

    with _lock:
        glyphs, cmap, hmtx, upem = _font(font_path)
        path = canv.beginPath()

        class Pen(BasePen):
            def _moveTo(self, pt):
                path.moveTo(*pt)

            def _lineTo(self, pt):
                path.lineTo(*pt)

            def _curveToOne(self, p1, p2, p3):
                path.curveTo(*p1, *p2, *p3)

            def _closePath(self):
                path.close()

        scale = size / upem
        dx = x - (width(text, font_path, size) / 2 if centred else 0)
        pen = Pen(glyphs)
        for ch in text:
            name = cmap.get(ord(ch), ".notdef")
            glyphs[name].draw(TransformPen(pen, (scale, 0, 0, scale, dx, y)))
            dx += hmtx[name][0] * scale
    canv.drawPath(path, stroke=0, fill=1, fillMode=1)  # TrueType contours wind non-zero
