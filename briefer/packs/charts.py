"""Small charts for packs: the national action plan status on the TrACSS A–E scale.

Drawn straight on the canvas (a flowable), in the pack's own font: five steps,
those up to the country's level filled, the level itself outlined.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from briefer.packs.fonts import BOLD, REGULAR
from briefer.packs.styles import ACCENT, MUTED, RULE

LEVELS = "ABCDE"


class NapChart(Flowable):
    def __init__(self, level: str, width: float = 80 * mm, height: float = 11 * mm):
        super().__init__()
        if level not in LEVELS:
            raise ValueError(f"NAP level must be one of A–E, not {level!r}")
        self.level, self.width, self.height = level, width, height

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        canv = self.canv
        gap = 2
        box_w = (self.width - gap * 4) / 5
        box_h = self.height - 2
        reached = LEVELS.index(self.level)
        for i, name in enumerate(LEVELS):
            x = i * (box_w + gap)
            canv.setFillColor(ACCENT if i <= reached else colors.white)
            canv.setStrokeColor(ACCENT if i == reached else RULE)
            canv.setLineWidth(1.4 if i == reached else 0.6)
            canv.rect(x, 1, box_w, box_h, stroke=1, fill=1)
            canv.setFillColor(colors.white if i <= reached else MUTED)
            canv.setFont(BOLD if i == reached else REGULAR, 10)
            canv.drawCentredString(x + box_w / 2, 1 + box_h / 2 - 3.5, name)


def nap_chart(level: str) -> NapChart:
    return NapChart(level)
