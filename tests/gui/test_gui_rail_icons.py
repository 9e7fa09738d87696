"""The navigation rail's icons stand out (3:1) on the list and on the selected row, light or dark desktop.

Seen under Xvfb with a dark palette: the rail's dark-blue line icons all but
vanished on the dark list (about 1.7:1), and on Qt's light default the selected
row's icon nearly disappeared into the blue highlight.
"""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtGui import QIcon, QPalette
from test_gui_contrast import PALETTES

from briefer.contrast import NON_TEXT, ratio

pytestmark = pytest.mark.gui


@pytest.fixture(params=["light", "dark"])
def desktop(request, qapp):
    before, sheet = QPalette(qapp.palette()), qapp.styleSheet()
    qapp.setPalette(PALETTES[request.param]())
    yield request.param
    qapp.setPalette(before)
    qapp.setStyleSheet(sheet)


def _line_colour(icon: QIcon, mode: QIcon.Mode) -> str:
    """The colour of the icon's lines as drawn: its most common fully opaque pixel."""
    image = icon.pixmap(22, 22, mode).toImage()
    seen = Counter(image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
                   if image.pixelColor(x, y).alpha() >= 250)
    assert seen, "the icon draws nothing"
    return seen.most_common(1)[0][0]


def test_every_rail_icon_stands_out_on_the_list_and_on_the_selected_row(make_window, desktop):
    win = make_window()
    rail = win.ui.rail
    base = rail.palette().color(QPalette.ColorRole.Base).name()
    highlight = rail.palette().color(QPalette.ColorRole.Highlight).name()
    failing = []
    for row in range(rail.count()):
        icon = rail.item(row).icon()
        for mode, back in ((QIcon.Mode.Normal, base), (QIcon.Mode.Selected, highlight)):
            line = _line_colour(icon, mode)
            if ratio(line, back) < NON_TEXT:
                failing.append(f"row {row} {mode.name}: {line} on {back} is {ratio(line, back):.2f}:1")
    assert failing == [], "\n".join(failing)
