"""The one-page brief as Today shows it inline: the same sections, in the pack's order, as compact HTML.

Not the printed PDF (that is Ctrl+P): a glance between two doors must not wait
for a render, and a QTextBrowser reflows to the card's width. The marking
stands at the top and the bottom, as on the page, because a screen can be seen
by others too. Every text is the brief's own, escaped; section names are the
pack's words (``briefer.i18n``) so screen and paper say the same.
"""

from __future__ import annotations

from html import escape

from briefer.i18n import label
from briefer.model import MeetingBrief


def _section(title: str, lines: list[str], *, numbered: bool = False) -> str:
    if not lines:
        return ""
    tag = "ol" if numbered else "ul"
    items = "".join(f"<li>{line}</li>" for line in lines)
    return f"<h4 style='margin: 6px 0 2px 0'>{escape(title)}</h4><{tag} style='margin-top: 0'>{items}</{tag}>"


def brief_html(brief: MeetingBrief, lang: str) -> str:
    """The brief's objectives, key messages, talking points, expected positions, defensive lines and
    usable background, each a short list; the marking (if any) above and below."""
    marking = brief.classification.marking
    mark = f"<p align='center'><b>{escape(marking)}</b></p>" if marking else ""
    parts = [
        mark,
        _section(label("objectives", lang), [escape(o.text) for o in brief.objectives], numbered=True),
        _section(label("key_messages", lang), [escape(m) for m in brief.key_messages]),
        _section(label("talking_points", lang), [escape(t.text) for t in brief.talking_points]),
        _section(label("expected_positions", lang), [escape(p) for p in brief.expected_positions]),
        _section(label("defensive_lines", lang),
                 [f"<i>{escape(d.question)}</i> — {escape(d.answer)}" for d in brief.defensive_lines]),
        _section(label("background", lang), [escape(b.text) for b in brief.background if b.usable]),
    ]
    if brief.photo_opportunity:
        parts.append(f"<p><b>{escape(label('photo_opportunity', lang))}:</b> {escape(brief.photo_opportunity)}</p>")
    parts.append(mark)
    return "".join(parts)
