"""The pack's paragraph: reportlab's, laid out once per width.

Platypus asks a paragraph for its size more than once at the same width: a table measures
every cell to find its row heights and again when it draws it, ``KeepTogether`` measures its
contents and the frame measures each again when it adds it, and a frame that turns a flowable
away measures it afresh on the next page. Each ask broke the text into lines anew (line breaking
and string widths were most of a pack's render). The lines depend only on the text, its style
and the width — never on the height offered — so a second ask at the width of the first returns
the lines already broken. Anything that drops them (``split`` deleting ``blPara``) or asks at
another width breaks the lines again, as reportlab would.

A pack also sets the same short texts thousands of times (table heads, section titles, "—",
names): each was parsed from its markup anew. The parsed fragments of a text in a style are kept
(a few thousand at most) and every paragraph gets its own copies of them, since line breaking
and splitting change fragments in place.
"""

from __future__ import annotations

from reportlab.platypus import Paragraph as _ReportlabParagraph
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paraparser import ParaParser

from briefer.packs.scripts import weighted

#: (text, style, case-sensitive) → (cleaned text, style, fragments, bullet fragments) as parsed.
_PARSED: dict = {}
#: Parsed texts kept at most; past it the cache starts again (styles of old packs go with it).
PARSED_KEPT = 20_000


class Paragraph(_ReportlabParagraph):
    """A reportlab ``Paragraph`` that keeps its line breaks while asked again at the same width."""

    _wrapped = None  # (width asked, the lines broken for it, the size answered)

    def _setup(self, text, style, bulletText, frags, cleaner):
        if frags is not None or cleaner is not cleanBlockQuotedText:
            return super()._setup(text, style, bulletText, frags, cleaner)
        key = (text, style, self.caseSensitive)
        parsed = _PARSED.get(key)
        if parsed is None:
            cleaned = cleaner(weighted(text, style.fontName))  # Arabic and Hebrew runs in the weight around them
            parser = ParaParser()
            parser.caseSensitive = self.caseSensitive
            parsed_style, parsed_frags, bullet_frags = parser.parse(cleaned, style)
            if parsed_frags is None:  # reportlab's own message for markup it cannot read
                raise ValueError("xml parser error (%s) in paragraph beginning\n'%s'"
                                 % (parser.errors[0], cleaned[:min(30, len(cleaned))]))
            textTransformFrags(parsed_frags, parsed_style)
            if len(_PARSED) >= PARSED_KEPT:
                _PARSED.clear()
            parsed = _PARSED[key] = (cleaned, parsed_style, [f.clone() for f in parsed_frags], bullet_frags)
        cleaned, parsed_style, template, bullet_frags = parsed
        super()._setup(cleaned, parsed_style, bullet_frags or bulletText, [f.clone() for f in template], cleaner)

    def wrap(self, availWidth, availHeight):
        done = self._wrapped
        if done is not None and done[0] == availWidth and done[1] is self.__dict__.get("blPara"):
            self.width, self.height = done[2]
            return done[2]
        size = super().wrap(availWidth, availHeight)
        lines = self.__dict__.get("blPara")
        self._wrapped = None if lines is None else (availWidth, lines, size)  # too narrow: nothing kept
        return size
