"""A note the database could not take (a full disk), written to a file the user chose instead.

Meeting mode keeps unsaved text in memory while the disk is full; before the
window may close, the user can put the note somewhere else — another disk, a
USB stick. What is written depends on the database: a plain database gets a
plain UTF-8 text file (what the note already is on that laptop); an encrypted
one gets a PDF encrypted with the database's own passphrase (AES-256), so the
note is never in clear outside the encrypted file, and any PDF reader opens it
with the passphrase the user already knows. The file is written atomically
(:func:`briefer.files.write_atomic`): a second full disk leaves no half file.
"""

from __future__ import annotations

import io
from datetime import datetime, timezone
from html import escape

from briefer.files import write_atomic


def suggested_name(title: str, *, encrypted: bool) -> str:
    """A file name from the meeting's title: letters, digits and dashes, the right extension."""
    stem = "".join(ch if ch.isalnum() else "-" for ch in title).strip("-")
    while "--" in stem:
        stem = stem.replace("--", "-")
    return f"{(stem or 'note')[:80]}.{'pdf' if encrypted else 'txt'}"


def save_note_elsewhere(path, title: str, body: str, *, passphrase: str | None,
                        now: datetime | None = None):
    """Write the note to ``path``: text when ``passphrase`` is None, else a PDF encrypted with it."""
    now = now or datetime.now(timezone.utc)
    stamp = now.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    if passphrase is None:
        return write_atomic(path, f"{title}\n{stamp}\n\n{body}\n".encode("utf-8"))
    return write_atomic(path, _encrypted_pdf(title, stamp, body, passphrase))


def _encrypted_pdf(title: str, stamp: str, body: str, passphrase: str) -> bytes:
    from pypdf import PdfReader, PdfWriter
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    from briefer.packs.fonts import BOLD, REGULAR, ensure_fonts
    from briefer.packs.render import owner_password

    ensure_fonts()
    plain = io.BytesIO()
    text = ParagraphStyle("note", fontName=REGULAR, fontSize=10.5, leading=14)
    heading = ParagraphStyle("title", fontName=BOLD, fontSize=14, leading=18)
    story = [Paragraph(escape(title), heading), Paragraph(escape(stamp), text), Spacer(1, 10)]
    for line in body.splitlines() or [""]:
        story.append(Paragraph(escape(line) or "&nbsp;", text))
    SimpleDocTemplate(plain, pagesize=A4, title=title).build(story)
    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(plain.getvalue())).pages:
        writer.add_page(page)
    # the pages alone leave the document's title behind: a reader would show the file name instead
    writer.add_metadata({"/Title": title})
    writer.encrypt(user_password=passphrase, owner_password=owner_password(), algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
