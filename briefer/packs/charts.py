"""Small charts for packs: the national action plan status on the TrACSS A–E scale."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from briefer.packs.fonts import BOLD, REGULAR
from briefer.packs.styles import ACCENT, ACCENT_LIGHT, MUTED, RULE

LEVELS = "ABCDE"


def nap_chart(level: str, width: float = 80 * mm, height: float = 13 * mm) -> Drawing:
    """Five steps A–E; steps up to ``level`` filled, ``level`` itself outlined in the accent."""
    d = Drawing(width, height)
    gap = 2
    box_w = (width - gap * 4) / 5
    box_h = height - 4
    reached = LEVELS.index(level)
    for i, name in enumerate(LEVELS):
        x = i * (box_w + gap)
        fill = ACCENT if i <= reached else colors.white
        stroke = ACCENT if i == reached else RULE
        d.add(Rect(x, 2, box_w, box_h, fillColor=fill, strokeColor=stroke, strokeWidth=1.4 if i == reached else 0.6))
        d.add(String(x + box_w / 2, 2 + box_h / 2 - 3.5, name, fontName=BOLD if i == reached else REGULAR,
                     fontSize=10, fillColor=colors.white if i <= reached else MUTED, textAnchor="middle"))
    _ = ACCENT_LIGHT
    return d
