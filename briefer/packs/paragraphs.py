"""The pack's paragraph: reportlab's, laid out once per width.

Platypus asks a paragraph for its size more than once at the same width: a table measures
every cell to find its row heights and again when it draws it, ``KeepTogether`` measures its
contents and the frame measures each again when it adds it, and a frame that turns a flowable
away measures it afresh on the next page. Each ask broke the text into lines anew (line breaking
and string widths were most of a pack's render). The lines depend only on the text, its style
and the width — never on the height offered — so a second ask at the width of the first returns
the lines already broken. Anything that drops them (``split`` deleting ``blPara``) or asks at
another width breaks the lines again, as reportlab would.
"""

from __future__ import annotations

from reportlab.platypus import Paragraph as _ReportlabParagraph


class Paragraph(_ReportlabParagraph):
    """A reportlab ``Paragraph`` that keeps its line breaks while asked again at the same width."""

    _wrapped = None  # (width asked, the lines broken for it, the size answered)

    def wrap(self, availWidth, availHeight):
        done = self._wrapped
        if done is not None and done[0] == availWidth and done[1] is self.__dict__.get("blPara"):
            self.width, self.height = done[2]
            return done[2]
        size = super().wrap(availWidth, availHeight)
        lines = self.__dict__.get("blPara")
        self._wrapped = None if lines is None else (availWidth, lines, size)  # too narrow: nothing kept
        return size
