"""The pack's typefaces: DejaVu Sans, and Droid Sans Fallback for CJK, shipped in ``resources/fonts/``.

TrueType fonts are embedded (subset) so names such as Türkiye, Łukasz, Việt Nam,
Ελλάδα, Кыргызстан, 王毅, 山田太郎 and 김민수 print as written — reportlab's built-in
Helvetica covers Latin-1 only and would print black boxes. DejaVu also holds the
Arabic and Hebrew letters (shaped and ordered by ``briefer.packs.scripts``).
Registration happens on first use, never at import time.
"""

from __future__ import annotations

import threading

FAMILY = "BrieferSans"
REGULAR, BOLD, ITALIC = (FAMILY, f"{FAMILY}-Bold", f"{FAMILY}-Oblique")
#: Bold italic is never set in packs; it maps to bold, so three files (~2 MB) are shipped, not four.
BOLD_ITALIC = BOLD
#: Arabic and Hebrew are set upright: DejaVu's oblique face has none of their letters.
UPRIGHT, UPRIGHT_BOLD = "BrieferUpright", "BrieferUpright-Bold"
#: Chinese, Japanese and Korean: one face for all styles (it has no bold; ideographs are not slanted).
CJK = "BrieferCJK"
#: The file in resources/fonts of each face every pack registers (public: a test checks they ship, with their licence).
FONT_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
}
#: Registered only when a pack holds such text: parsing 3.4 MB cost every first pack 0.15 s.
_CJK_FILE = "DroidSansFallback.ttf"
_lock = threading.Lock()


def font_file(name: str) -> str:
    """The TrueType file behind a registered pack font name (for drawing its glyphs as outlines)."""
    from briefer.resources import resource_path

    if name == CJK:
        return str(resource_path("fonts", _CJK_FILE))
    base = {UPRIGHT: REGULAR, UPRIGHT_BOLD: BOLD}.get(name, name)
    return str(resource_path("fonts", FONT_FILES[base]))


def ensure_fonts() -> str:
    """Register the pack fonts with reportlab (once per process); returns the family name."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from briefer.resources import resource_path

    with _lock:
        if ITALIC in pdfmetrics.getRegisteredFontNames():
            return FAMILY
        for name, filename in FONT_FILES.items():
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


def ensure_cjk() -> str:
    """Register the CJK fallback face (once per process, on the first CJK text)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from briefer.resources import resource_path

    with _lock:
        if CJK not in pdfmetrics.getRegisteredFontNames():
            path = resource_path("fonts", _CJK_FILE)
            if not path.is_file():
                raise FileNotFoundError(f"the pack font {path} is missing; the installation is incomplete")
            pdfmetrics.registerFont(TTFont(CJK, str(path)))
            pdfmetrics.registerFontFamily(CJK, normal=CJK, bold=CJK, italic=CJK, boldItalic=CJK)
    return CJK


def ensure_upright() -> str:
    """Register the upright family for Arabic and Hebrew runs (once per process, on first use)."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from briefer.resources import resource_path

    with _lock:
        if UPRIGHT_BOLD not in pdfmetrics.getRegisteredFontNames():
            # DejaVu's files again under their own names: a font name maps back to one family only
            pdfmetrics.registerFont(TTFont(UPRIGHT, str(resource_path("fonts", FONT_FILES[REGULAR]))))
            pdfmetrics.registerFont(TTFont(UPRIGHT_BOLD, str(resource_path("fonts", FONT_FILES[BOLD]))))
            for bold, italic, name in ((0, 1, UPRIGHT), (1, 1, UPRIGHT_BOLD), (1, 0, UPRIGHT_BOLD), (0, 0, UPRIGHT)):
                addMapping(UPRIGHT, bold, italic, name)
    return UPRIGHT
