"""The pack's typeface: DejaVu Sans, shipped in ``resources/fonts/`` with its licence.

A TrueType font is embedded (subset) so names such as Türkiye, Łukasz, Việt Nam,
Ελλάδα and Кыргызстан print as written — reportlab's built-in Helvetica covers
Latin-1 only and would print black boxes. Registration happens on first use,
never at import time.
"""

from __future__ import annotations

import threading

FAMILY = "BrieferSans"
REGULAR, BOLD, ITALIC = (FAMILY, f"{FAMILY}-Bold", f"{FAMILY}-Oblique")
#: Bold italic is never set in packs; it maps to bold, so three files (~2 MB) are shipped, not four.
BOLD_ITALIC = BOLD
_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
}
_lock = threading.Lock()


def ensure_fonts() -> str:
    """Register the pack fonts with reportlab (once per process); returns the family name."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from briefer.resources import resource_path

    with _lock:
        if FAMILY in pdfmetrics.getRegisteredFontNames():
            return FAMILY
        for name, filename in _FILES.items():
            path = resource_path("fonts", filename)
            if not path.is_file():
                raise FileNotFoundError(f"the pack font {path} is missing; the installation is incomplete")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        addMapping(FAMILY, 0, 0, REGULAR)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, ITALIC)
        addMapping(FAMILY, 1, 1, BOLD_ITALIC)
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
    return FAMILY
