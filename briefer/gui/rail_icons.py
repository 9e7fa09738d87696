"""The navigation rail's icons, recoloured so they stand out on this desktop's list and selected row.

The SVGs in ``resources/icons`` are drawn in one line colour. On Qt's light
default that colour is fine on the white list but nearly vanishes on the
selected (blue) row, and on a dark desktop it vanishes everywhere (WCAG 1.4.11
asks 3:1 for graphics that carry meaning). :func:`briefer.gui.widgets.tones.icon_strokes`
picks the two shades; here each is rendered for the Normal and Selected modes,
at 1×–3× so the icon stays sharp at 125–200 % scaling.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from briefer.gui.widgets.tones import icon_strokes

_STROKE = re.compile(r'stroke="(#[0-9a-fA-F]{6})"')


def rail_icon(path: Path, palette: QPalette, size: int = 22) -> QIcon:
    """The icon at ``path`` with its line colour made visible on ``palette``'s list and selected row."""
    if not path.exists():
        return QIcon()
    svg = path.read_text(encoding="utf-8")
    drawn = _STROKE.search(svg)
    if drawn is None:
        return QIcon(str(path))
    normal, selected = icon_strokes(drawn.group(1), palette)
    icon = QIcon()
    for mode, colour in ((QIcon.Mode.Normal, normal), (QIcon.Mode.Selected, selected)):
        renderer = QSvgRenderer(QByteArray(svg.replace(drawn.group(0), f'stroke="{colour}"').encode("utf-8")))
        for scale in (1, 2, 3):
            pixmap = QPixmap(QSize(size * scale, size * scale))
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter)
            painter.end()
            icon.addPixmap(pixmap, mode)
    return icon
