"""A note saved elsewhere on a full disk: plain text for a plain database, never in clear for an encrypted one."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from briefer.exchange.rescued_note import save_note_elsewhere, suggested_name

BODY = "Besluit: pilot financieren – €2 mln.\nFollow-up by the minister's office."


def test_a_plain_database_gets_the_note_as_a_text_file(tmp_path):
    path = save_note_elsewhere(tmp_path / "note.txt", "Bilateral with Ghana", BODY, passphrase=None)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("Bilateral with Ghana\n") and text.endswith(BODY + "\n")


def test_an_encrypted_database_gets_a_pdf_that_only_its_passphrase_opens(tmp_path):
    path = save_note_elsewhere(tmp_path / "note.pdf", "Bilateral with Ghana", BODY, passphrase="correct horse 9")
    raw = path.read_bytes()
    assert b"financieren" not in raw and "financieren".encode("utf-16-be") not in raw
    reader = PdfReader(str(path))
    assert reader.is_encrypted
    with pytest.raises(Exception):
        reader.pages[0].extract_text()  # not readable without the passphrase
    reader = PdfReader(str(path))
    assert reader.decrypt("correct horse 9")
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Besluit: pilot financieren – €2 mln." in text and "Bilateral with Ghana" in text


def test_the_suggested_name_is_a_file_name_for_any_title():
    assert suggested_name("Bilateral with Côte d'Ivoire / WHO", encrypted=True) == "Bilateral-with-Côte-d-Ivoire-WHO.pdf"
    assert suggested_name("", encrypted=False) == "note.txt"
