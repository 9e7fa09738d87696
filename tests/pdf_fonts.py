"""pypdf reads each font of a PDF once, not once per page — a speed-up of the test harness, not of Briefer.

pypdf 7 builds a ``Font`` (parsing its ``/ToUnicode`` CMap: thousands of entries for a subset of
DejaVu Sans) every time it extracts the text of a page, for every font the page uses, although the
fonts of a document are the same objects on every page. Reading packs back was the largest single
cost of the suite: ~60,000 fonts built, ~40 s of CPU in one run (issue 19 item 8, benchmarks/README.md,
seventeenth session). :func:`install` keeps the ``Font`` pypdf built for a font dictionary for as
long as that dictionary lives (its reader), and gives each page its own copy, so what pypdf sets
on a page's font (its space width) stays with that page. The text extracted is the same.
"""

from __future__ import annotations

import copy
import weakref

_installed: list[object] = []


def install() -> None:
    """Make ``Font.from_font_resource`` build a font dictionary's ``Font`` once (idempotent)."""
    if _installed:
        return
    from pypdf.generic._font import Font

    build = Font.from_font_resource.__func__
    built: dict[int, tuple[weakref.ref, Font]] = {}

    def from_font_resource(cls, pdf_font_dict):
        key = id(pdf_font_dict)
        hit = built.get(key)
        if hit is None or hit[0]() is not pdf_font_dict:
            font = build(cls, pdf_font_dict)
            try:
                ref = weakref.ref(pdf_font_dict, lambda _gone, key=key: built.pop(key, None))
            except TypeError:  # not a pypdf object: nothing to keep it by
                return font
            built[key] = hit = (ref, font)
        own = copy.copy(hit[1])
        own.character_widths = dict(own.character_widths)
        return own

    Font.from_font_resource = classmethod(from_font_resource)
    _installed.append(build)
