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

And it breaks the same text at the same width into lines again and again in other paragraphs: a
chapter's marking line on every chapter, an outcome agreed with a counterpart printed on the sheet
of every later meeting with them (the busiest principal of the large data: 49,589 line breakings
for 15,505 different texts, a quarter of the render). A paragraph's first line breaking, made from
the fragments as parsed, is therefore kept under its text, style, bullet and widths, and another
paragraph of the same text breaking at the same widths gets a copy of the outcome: the lines, the
fragments reportlab leaves on the paragraph, the widest line and the widths as reportlab changed
them. A copy, because drawing and splitting change some of it in place (a right-to-left line's
words turned round, a split word's class, a fragment's text); texts, fonts and colours are shared.
Any later breaking of a paragraph (another width, a part left by a split) is reportlab's own. The
pages drawn are the same, byte for byte, as with reportlab's own paragraph (tests/packs/
test_packs_paragraphs.py compares them; so did the busiest pack's 2,236 pages when this was built).
"""

from __future__ import annotations

import copy

from reportlab.platypus import Paragraph as _ReportlabParagraph
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paraparser import ParaParser

from briefer.packs.scripts import weighted

#: (text, style, case-sensitive) → (cleaned text, style, fragments, bullet fragments) as parsed, for
#: the length of one layout (see ``forget``).
_PARSED: dict = {}
#: Parsed texts kept at most; past it the cache starts again (styles of old packs go with it).
PARSED_KEPT = 20_000
#: (parsed key, bullet, autoLeading, widths) → what a first line breaking left, as kept (see the docstring).
_BROKEN: dict = {}
#: Line breakings kept at most; past it the cache starts again.
BROKEN_KEPT = 20_000


def forget() -> None:
    """Drop the parsed texts and line breakings kept: a layout calls it when it ends.

    What one pack kept is of little use to the next (each is built in its own process from the
    window, and one per run from the command line) but it is large — 600,000 objects after the
    busiest pack of the large data — and every later full pass of the cycle collector in a
    long-running window would walk all of it. A layout running at the same time on another thread
    just parses and breaks its next texts anew: what it holds already stays its own."""
    _PARSED.clear()
    _BROKEN.clear()


def _bag(bag):
    """A shallow copy of one of reportlab's bags (a line, a fragment): its attributes can be set anew."""
    new = bag.__class__.__new__(bag.__class__)
    new.__dict__.update(bag.__dict__)
    return new


def _same_kind(items: list, copied: list) -> list:
    """``copied`` as a list of ``items``' own class (reportlab marks lists by subclassing)."""
    kind = type(items)
    if kind is list:
        return copied
    if not items.__dict__:  # a mark and nothing else: the class says it all
        return kind(copied)
    new = copy.copy(items)
    new[:] = copied
    return new


def _word(word):
    # reportlab changes the class of a marked word (one split at a hyphen) where a paragraph splits
    return word if type(word) is str else copy.copy(word)


def _fragment_word(fw):
    # a word of fragments, [width, (fragment, text), …]: a split may change its class or its width
    return fw[:] if type(fw) is list else _same_kind(fw, fw[:])


def _copied(outcome: tuple) -> tuple:
    """A copy of a line breaking's outcome that splitting and drawing may change without touching
    the kept one: what they change in place (a line's words, a fragment's text, the class of a
    marked word or list, a width) is copied; texts, fonts and colours are kept. Lines never share
    fragments with each other or with the fragment words, so nothing shared needs to stay shared."""
    lines, frags, *rest = outcome
    new = _bag(lines)
    if lines.kind == 0:
        new.lines = _same_kind(lines.lines, [(extra, _same_kind(words, [_word(w) for w in words]))
                                             for extra, words in lines.lines])
    else:
        kept = []
        for line in lines.lines:
            copy_of_line = _bag(line)
            copy_of_line.words = _same_kind(line.words, [_bag(f) for f in line.words])
            kept.append(copy_of_line)
        new.lines = _same_kind(lines.lines, kept)
        frags = _same_kind(frags, [_fragment_word(fw) if isinstance(fw, list) else fw for fw in frags])
    return (new, frags, *rest)


class Paragraph(_ReportlabParagraph):
    """A reportlab ``Paragraph`` that keeps its line breaks while asked again at the same width."""

    _wrapped = None  # (width asked, the lines broken for it, the size answered)
    _shared = None  # the key of its text while its fragments are as parsed: its first line breaking is shared

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
        bullet = bullet_frags or bulletText
        super()._setup(cleaned, parsed_style, bullet, [f.clone() for f in template], cleaner)
        if bullet is None or isinstance(bullet, str):
            self._shared = (key, bullet)

    def breakLines(self, width):
        shared = self._shared
        if shared is None:
            return super().breakLines(width)
        self._shared = None  # breaking changes the fragments: later breakings are reportlab's own
        widths = tuple(width) if isinstance(width, (list, tuple)) else width
        key = (shared, getattr(self, "autoLeading", None), widths)
        kept = _BROKEN.get(key)
        if kept is None:
            lines = super().breakLines(width)
            widths_after = list(width) if isinstance(width, list) else None
            if len(_BROKEN) >= BROKEN_KEPT:
                _BROKEN.clear()
            _BROKEN[key] = _copied((lines, self.frags, self._width_max, self._splitLongWordCount,
                                    self._hyphenations, widths_after))
            return lines
        lines, frags, self._width_max, self._splitLongWordCount, self._hyphenations, widths_after = _copied(kept)
        if lines.kind == 1:
            self.frags = frags  # reportlab leaves the words of fragments on the paragraph; as parsed otherwise
        self.height = 0
        if widths_after is not None:
            width[:] = widths_after  # a bullet narrows the first line in the list it is given
        return lines

    def wrap(self, availWidth, availHeight):
        done = self._wrapped
        if done is not None and done[0] == availWidth and done[1] is self.__dict__.get("blPara"):
            self.width, self.height = done[2]
            return done[2]
        size = super().wrap(availWidth, availHeight)
        lines = self.__dict__.get("blPara")
        self._wrapped = None if lines is None else (availWidth, lines, size)  # too narrow: nothing kept
        return size
