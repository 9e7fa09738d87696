"""The one-page brief as Today shows it inline: the pack's sections, in the pack's order, as compact HTML.

Not the printed PDF (that is Ctrl+P): a glance between two doors must not wait
for a render, and a QTextBrowser reflows to the card's width. The sections come
from the outline the pack and the reading view lay out (``briefer.brief_outline``),
so the card cannot drift from paper: same headings, same order, talking points
grouped by priority as printed. Left out on purpose: the point (the card shows it
large above), the facts (the card's own lines say when and where), and background
not for disclosure — a screen in a corridor can be read over a shoulder. The
marking stands at the top and the bottom, as on the page. Every text is escaped.
"""

from __future__ import annotations

from html import escape

from briefer.brief_outline import Block, meeting_blocks
from briefer.i18n import label
from briefer.model import MeetingBrief

#: Outline blocks the card does not show (see the module's docstring for why).
LEFT_OUT = frozenset({"point", "sheet", "no_brief", "brief_from_country", "press_line", "previous_outcomes"})


def _list(lines: list[str], *, numbered: bool = False) -> str:
    tag = "ol" if numbered else "ul"
    return f"<{tag} style='margin-top: 0'>" + "".join(f"<li>{line}</li>" for line in lines) + f"</{tag}>"


def _heading(text: str) -> str:
    return f"<h4 style='margin: 6px 0 2px 0'>{escape(text)}</h4>"


def _block(block: Block) -> str:
    if block.kind in ("bullets", "numbered"):
        return _heading(block.heading) + _list([escape(x) for x in block.items], numbered=block.kind == "numbered")
    if block.kind == "groups":
        return _heading(block.heading) + "".join(
            f"<p style='margin: 2px 0 0 0'><i>{escape(sub)}</i></p>" + _list([escape(x) for x in texts])
            for sub, texts in block.items)
    if block.kind == "qa":
        return _heading(block.heading) + _list([f"<i>{escape(q)}</i> — {escape(a)}" for q, a in block.items])
    if block.kind == "background":
        return _heading(block.heading) + _list([escape(x) for x in block.items]) if block.items else ""
    return ""


def brief_html(brief: MeetingBrief, lang: str) -> str:
    """The brief's objectives, key messages, talking points, expected positions, defensive lines and
    usable background, each a short list; the photo opportunity; the marking (if any) above and below."""
    marking = brief.classification.marking
    mark = f"<p align='center'><b>{escape(marking)}</b></p>" if marking else ""
    parts = [mark] + [_block(b) for b in meeting_blocks(brief, lang) if b.key not in LEFT_OUT]
    if brief.photo_opportunity:
        parts.append(f"<p><b>{escape(label('photo_opportunity', lang))}:</b> {escape(brief.photo_opportunity)}</p>")
    parts.append(mark)
    return "".join(parts)
