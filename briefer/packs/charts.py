"""Small charts for packs: where a country stands on an ordered scale of levels.

A topic profile's indicator on a levels scale (stages of a plan, say) may ask to be drawn
(``Indicator.chart``). Drawn straight on the canvas (a flowable), in the pack's own font:
one box per level, those up to the country's level filled, the level itself outlined.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from briefer.packs.fonts import BOLD, REGULAR
from briefer.packs.styles import ACCENT, MUTED, RULE


class LevelChart(Flowable):
    def __init__(self, levels: tuple[str, ...], level: str, width: float = 80 * mm, height: float = 11 * mm):
        super().__init__()
        if level not in levels:
            raise ValueError(f"level must be one of {', '.join(levels)}, not {level!r}")
        self.levels, self.level, self.width, self.height = tuple(levels), level, width, height

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        canv = self.canv
        gap, n = 2, len(self.levels)
        box_w = (self.width - gap * (n - 1)) / n
        box_h = self.height - 2
        reached = self.levels.index(self.level)
        for i, name in enumerate(self.levels):
            x = i * (box_w + gap)
            canv.setFillColor(ACCENT if i <= reached else colors.white)
            canv.setStrokeColor(ACCENT if i == reached else RULE)
            canv.setLineWidth(1.4 if i == reached else 0.6)
            canv.rect(x, 1, box_w, box_h, stroke=1, fill=1)
            canv.setFillColor(colors.white if i <= reached else MUTED)
            canv.setFont(BOLD if i == reached else REGULAR, 10)
            canv.drawCentredString(x + box_w / 2, 1 + box_h / 2 - 3.5, name)


def level_chart(levels: tuple[str, ...], level: str) -> LevelChart:
    return LevelChart(levels, level)
