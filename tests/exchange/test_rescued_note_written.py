"""What the user finds in a note saved elsewhere when the disk was full (issue 22: mutants of
``briefer/exchange/rescued_note.py``): the text file line by line, the encrypted PDF read back with its passphrase
(its lines in order, a blank line kept, what was typed shown as typed, AES-256), and the file name offered."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import inch

from briefer.exchange.rescued_note import save_note_elsewhere, suggested_name

BAKU = timezone(timedelta(hours=4))
#: 13:05 on a laptop set to Baku's time: 09:05 UTC.
AT = datetime(2024, 11, 12, 13, 5, tzinfo=BAKU)
BODY = "Kenya co-sponsors the R&D <draft> resolution.\n\nFollow-up: send the text to the mission."


def _placed(reader, page=0):
    """Each line on the page: (text, baseline y, font size, font name)."""
    out = []
    reader.pages[page].extract_text(visitor_text=lambda text, cm, tm, font, size: out.append(
        (text.strip(), round(tm[5] * cm[3] + cm[5], 2), round(size * tm[0], 2),
         str(font["/BaseFont"]).split("+")[-1])) if text.strip() else None)
    return out


def test_the_text_file_holds_the_title_the_time_in_utc_a_blank_line_and_the_note(tmp_path):
    path = save_note_elsewhere(tmp_path / "note.txt", "Bilateral with Kenya", BODY, passphrase=None, now=AT)
    assert path.read_text(encoding="utf-8") == (
        "Bilateral with Kenya\n2024-11-12 09:05 UTC\n\n"
        "Kenya co-sponsors the R&D <draft> resolution.\n\nFollow-up: send the text to the mission.\n")


def test_the_encrypted_pdf_reads_as_the_note_was_typed_once_opened_with_the_passphrase(tmp_path):
    path = save_note_elsewhere(tmp_path / "note.pdf", "Bilateral with Kenya & WHO <1>", BODY,
                               passphrase="correct horse 9", now=AT)
    reader = PdfReader(str(path))
    assert reader.is_encrypted and reader.decrypt("correct horse 9")
    encrypt = reader.trailer["/Encrypt"].get_object()
    assert (encrypt["/V"], encrypt["/R"]) == (5, 6)  # AES-256, what the module's docstring promises
    assert reader.metadata.title == "Bilateral with Kenya & WHO <1>"
    lines = _placed(reader)
    assert [t for t, *_ in lines] == [
        "Bilateral with Kenya & WHO <1>", "2024-11-12 09:05 UTC",
        "Kenya co-sponsors the R&D <draft> resolution.", "Follow-up: send the text to the mission."]
    (_, title_y, title_size, title_font), (_, stamp_y, size, font), (_, first_y, *_), (_, second_y, *_) = lines
    assert (title_size, title_font) == (14, "DejaVuSans-Bold") and (size, font) == (10.5, "DejaVuSans")
    # the blank line between the two paragraphs is kept: the second stands two lines below the first
    assert round(first_y - second_y, 2) == 2 * 14
    # an A4 page with reportlab's usual inch margins (and its frame's 6 pt padding): the title at the top in lines
    # of 18 pt, the time under it, 10 pt of air, then the note in lines of 14 pt
    assert reader.pages[0].mediabox[2:] == [round(A4[0], 4), round(A4[1], 4)]
    assert title_y == round(A4[1] - inch - 6 - title_size, 2)
    assert round(title_y + title_size - 18 - size, 2) == stamp_y
    assert round(stamp_y + size - 14 - 10 - size, 2) == first_y


def test_an_empty_note_still_gives_a_pdf_with_its_title_and_time(tmp_path):
    path = save_note_elsewhere(tmp_path / "note.pdf", "Bilateral with Kenya", "", passphrase="pw", now=AT)
    reader = PdfReader(str(path))
    assert reader.decrypt("pw")
    assert [t for t, *_ in _placed(reader)] == ["Bilateral with Kenya", "2024-11-12 09:05 UTC"]


def test_the_offered_file_name_is_the_title_in_letters_digits_and_single_dashes():
    assert suggested_name("  -- Bilateral --  with Kenya?! --", encrypted=False) == "Bilateral-with-Kenya.txt"
    assert suggested_name("Bilateral with Kenya", encrypted=True) == "Bilateral-with-Kenya.pdf"
    assert suggested_name("/// ***", encrypted=True) == "note.pdf"  # nothing left of the title
    long = "Working dinner " + "x" * 100
    assert suggested_name(long, encrypted=False) == ("Working-dinner-" + "x" * 65)[:80] + ".txt"
    assert len(suggested_name(long, encrypted=False)) == 80 + len(".txt")
