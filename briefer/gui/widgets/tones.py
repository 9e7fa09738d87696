"""The colours that carry meaning — errors, warnings, brief status, the timetable's blocks — for the palette in use.

No colour here is final: each is a *hue* (red = cannot work, amber = needs
attention, blue/amber/green = brief status) that :func:`briefer.contrast.readable`
moves towards black or white until it reads on the background it is actually
drawn on, at least 4.5:1 for text and 3:1 for borders and markers (WCAG 1.4.3,
1.4.11). So the same code passes on Qt's light default, a dark desktop and a
high-contrast theme, and a test checks every pair in both a light and a dark
palette through :meth:`Tones.pairs` — the list of what is painted on what.

The selected row is the palette's own Highlight / HighlightedText; Qt's
default blue with white text is 3.7:1, so :func:`accessible_palette` darkens
the highlight (or, on a dark desktop, switches its text) before the first
window opens.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QProxyStyle

from briefer.contrast import NON_TEXT, TEXT, is_dark, mix, ratio, readable

# Keyed by the values of ``briefer.model.base.BriefStatus`` (a str enum: its members find these keys) and
# of ``briefer.schedule.conflicts.ERROR``/``WARNING``, written out: this module is part of the first paint
# (briefer.gui.startup.first_view), which comes before pydantic and the models are imported.
# tests/gui/test_gui_contrast.py checks the keys against the core's.

# The hues that carry the meaning; the shade drawn is chosen per palette.
ERROR_HUE = "#c62828"  # cannot work, refused
WARNING_HUE = "#b86e00"  # needs attention
OK_HUE = "#2e7d32"  # fits
ACCENT_HUE = "#154273"  # the countdown on Today (the Rijksoverheid's dark blue)
STATUS_HUES = {"draft": "#a15c00", "reviewed": "#1f5fa8", "final": "#1d7a36"}
SESSION_HUE, MEETING_HUE = "#1f5fa8", "#2e7d32"  # timetable blocks: plenary sessions, bilaterals
EDGE_HUE = "#7a8a9a"  # the border of a block without conflicts
BANNER_HUE = "#ffc83d"  # the background of Today's warning box: a pale amber
MATCH_HUE = "#ffe14d"  # behind the words a search matched, in a brief opened from its hit: a marker pen

#: Severity shown by a mark as well as a colour (WCAG 1.4.1): the timetable's blocks, the conflict lines.
MARKERS = {"error": "✖", "warning": "⚠"}


def _hex(c: QColor) -> str:
    return c.name(QColor.NameFormat.HexRgb)


@dataclass(frozen=True)
class Tones:
    """Every meaningful colour, as ``#rrggbb``, for one palette."""

    window: str
    base: str
    alternate: str
    text: str
    highlight: str
    highlighted_text: str
    error: str
    warning: str
    ok: str
    muted: str
    accent: str
    status: dict[str, str]  # by BriefStatus
    banner_back: str
    banner_text: str
    session_fill: str
    meeting_fill: str
    error_fill: str
    warning_fill: str
    block_text: str
    block_edge: str
    error_edge: str
    warning_edge: str
    selected_edge: str
    match_back: str
    match_text: str

    def q(self, name: str) -> QColor:
        return QColor(getattr(self, name))

    def status_colour(self, status) -> QColor | None:
        """The colour of a ``BriefStatus`` (None for none)."""
        return QColor(self.status[status]) if status in self.status else None

    def pairs(self) -> list[tuple[str, str, str, float]]:
        """(what, foreground, background, minimum ratio) for everything the app paints in these colours."""
        out = []
        for bg_name, bg in (("window", self.window), ("base", self.base), ("alternate rows", self.alternate)):
            out += [(f"error text on {bg_name}", self.error, bg, TEXT),
                    (f"'needs attention' text on {bg_name}", self.warning, bg, TEXT),
                    (f"'fits' text on {bg_name}", self.ok, bg, TEXT),
                    (f"secondary text on {bg_name}", self.muted, bg, TEXT),
                    (f"countdown on {bg_name}", self.accent, bg, TEXT),
                    (f"text on {bg_name}", self.text, bg, TEXT)]
            out += [(f"brief status '{s}' on {bg_name}", c, bg, TEXT) for s, c in self.status.items()]
        out += [("selected row text", self.highlighted_text, self.highlight, TEXT),
                ("selected row against the list", self.highlight, self.base, NON_TEXT),
                ("warning box text", self.banner_text, self.banner_back, TEXT),
                ("warning box border", self.banner_text, self.window, NON_TEXT),
                ("search match text", self.match_text, self.match_back, TEXT)]
        for fill_name, fill in (("session", self.session_fill), ("bilateral", self.meeting_fill),
                                ("block in conflict", self.error_fill), ("block needing attention", self.warning_fill)):
            out += [(f"timetable text on a {fill_name}", self.block_text, fill, TEXT),
                    (f"timetable border of a {fill_name}", self.block_edge, self.base, NON_TEXT),
                    (f"timetable selection around a {fill_name}", self.selected_edge, fill, NON_TEXT)]
        out += [("timetable conflict border (cannot work)", self.error_edge, self.base, NON_TEXT),
                ("timetable conflict border on its block", self.error_edge, self.error_fill, NON_TEXT),
                ("timetable attention border", self.warning_edge, self.base, NON_TEXT),
                ("timetable attention border on its block", self.warning_edge, self.warning_fill, NON_TEXT),
                ("timetable selection on the page", self.selected_edge, self.base, NON_TEXT)]
        return out


def tones_for(palette: QPalette | None = None) -> Tones:
    """The tones for ``palette`` (the application's when None); cached per set of palette colours."""
    if palette is None:
        palette = QGuiApplication.palette()
    role = QPalette.ColorRole
    return _tones(_hex(palette.color(role.Window)), _hex(palette.color(role.Base)),
                  _hex(palette.color(role.AlternateBase)), _hex(palette.color(role.Text)),
                  _hex(palette.color(role.Highlight)), _hex(palette.color(role.HighlightedText)))


@lru_cache(maxsize=16)
def _tones(window: str, base: str, alternate: str, text: str, highlight: str, highlighted_text: str) -> Tones:
    backs = (window, base, alternate)
    dark = is_dark(base)
    tint = 0.28 if dark else 0.16  # how much of a hue colours a block or a box
    banner_back = mix(window, BANNER_HUE, 0.2 if dark else 0.3)
    fills = {
        "session_fill": mix(base, SESSION_HUE, tint), "meeting_fill": mix(base, MEETING_HUE, tint),
        "error_fill": mix(base, ERROR_HUE, tint + 0.06), "warning_fill": mix(base, WARNING_HUE, tint + 0.06),
    }
    all_fills = tuple(fills.values())
    match_back = mix(base, MATCH_HUE, 0.45 if dark else 0.75)
    return Tones(
        window=window, base=base, alternate=alternate, text=text, highlight=highlight,
        highlighted_text=highlighted_text,
        error=readable(ERROR_HUE, backs), warning=readable(WARNING_HUE, backs), ok=readable(OK_HUE, backs),
        muted=readable(mix(text, window, 0.4), backs), accent=readable(ACCENT_HUE, backs),
        status={s: readable(h, backs) for s, h in STATUS_HUES.items()},
        banner_back=banner_back, banner_text=readable(WARNING_HUE, [banner_back]),
        block_text=readable(text, all_fills),
        block_edge=readable(EDGE_HUE, [base], NON_TEXT),
        error_edge=readable(ERROR_HUE, [base, fills["error_fill"]], NON_TEXT),
        warning_edge=readable(WARNING_HUE, [base, fills["warning_fill"]], NON_TEXT),
        selected_edge=readable(highlight, [base, *all_fills], NON_TEXT),
        match_back=match_back, match_text=readable(text, [match_back]),
        **fills,
    )


def accessible_palette(palette: QPalette) -> QPalette:
    """``palette`` with a selected row whose text reads (4.5:1) and which stands out from the list (3:1).

    The highlight is moved the least that passes: darkened under white text on
    a light desktop; on a dark desktop, where darkening would make it vanish
    into the list, its text becomes black or white, whichever reads better.
    Placeholder text ("Filter this list…") is made readable too.
    """
    out = QPalette(palette)
    role = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        base = _hex(out.color(group, role.Base))
        highlight = _hex(out.color(group, role.Highlight))
        text = _hex(out.color(group, role.HighlightedText))
        fixed = readable(highlight, [text], TEXT)
        if ratio(fixed, base) < NON_TEXT or ratio(fixed, text) < TEXT:
            text = max("#ffffff", "#000000", key=lambda t: ratio(t, highlight))
            fixed = readable(highlight, [text], TEXT)
        out.setColor(group, role.Highlight, QColor(fixed))
        out.setColor(group, role.HighlightedText, QColor(text))
        placeholder = out.color(group, role.PlaceholderText)
        shown = mix(base, _hex(placeholder), placeholder.alphaF())  # as drawn: blended over the field
        out.setColor(group, role.PlaceholderText, QColor(readable(shown, [base], TEXT)))
    return out


def icon_strokes(drawn: str, palette: QPalette) -> tuple[str, str]:
    """The shades of an icon's line colour ``drawn`` that stand out (3:1) on the list and on its selected row.

    The rail's icons are drawn in one dark blue, nearly invisible on a dark desktop
    and on the selected (blue) row; the hue is kept, its lightness moved.
    """
    role = QPalette.ColorRole
    base, highlight = _hex(palette.color(role.Base)), _hex(palette.color(role.Highlight))
    return readable(drawn, [base], NON_TEXT), readable(drawn, [highlight], NON_TEXT)


def apply_tone(label, tones: Tones | None = None) -> None:
    """Colour ``label`` for the meaning in its ``tone`` property ("error", "muted", "accent", "banner"; none: plain).

    Set on the label's own palette, not by an application style sheet: with any
    application-wide sheet Qt styles *every* widget through its style-sheet engine,
    and each page put into a stack, a tab or a scroll area was re-polished with all its
    children — 6–9 ms a time, a third of the time a view took to open.
    """
    tone = label.property("tone") or ""
    role = QPalette.ColorRole
    palette = QPalette()  # only the roles set below are the label's own; the rest come from its window
    banner = tone == "banner"
    if tone in TONE_COLOURS:
        tones = tones or tones_for()
        palette.setColor(role.WindowText, QColor(getattr(tones, TONE_COLOURS[tone])))
        if banner:  # a pale amber box with a border in its text's colour
            palette.setColor(role.Window, QColor(tones.banner_back))
    label.setPalette(palette)
    if banner or label.autoFillBackground():
        label.setAutoFillBackground(banner)
        label.setFrameShape(QFrame.Shape.Box if banner else QFrame.Shape.NoFrame)
        label.setFrameShadow(QFrame.Shadow.Plain)
        label.setLineWidth(1)
        label.setMargin(6 if banner else 0)


#: Which of a :class:`Tones`' colours draws the text of each ``tone``.
TONE_COLOURS = {"error": "error", "muted": "muted", "accent": "accent", "banner": "banner_text"}


def set_tone(label, tone: str) -> None:
    """Give ``label`` a meaning's colour now ("error", "muted", "" for none)."""
    label.setProperty("tone", tone)
    apply_tone(label)


class ToneStyle(QProxyStyle):
    """The desktop's own style, which also colours each label that carries a ``tone`` when it is first polished.

    The forms set ``tone`` in their generated ``setupUi`` (and a few widgets made in
    code), before the label is shown; Qt polishes every widget once before its first
    show, so this one hook reaches them all without a pass over each form.
    """

    def polish(self, target):
        polished = super().polish(target)
        if isinstance(target, QLabel) and target.property("tone"):
            apply_tone(target)
        return polished


def install(app) -> None:
    """Make the application's palette and the toned labels readable (once, by the composition root)."""
    app.setPalette(accessible_palette(app.palette()))
    if not isinstance(app.style(), ToneStyle):  # set again, a style re-polishes every widget for nothing
        app.setStyle(ToneStyle(app.style().name()))
