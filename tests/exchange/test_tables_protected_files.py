"""Real password-protected and macro-enabled workbooks are refused whole, with their reason (issue 16).

``test_tables_import.py`` checks the refusals on a file's first bytes; here the files are real: a
workbook openpyxl wrote, encrypted by ``msoffcrypto-tool`` as Excel encrypts it (an OLE compound
file with an ``EncryptionInfo`` stream, MS-OFFCRYPTO agile encryption), and the same workbook made
macro-enabled as Excel saves an ``.xlsm`` (macro-enabled content type, a ``vbaProject.bin`` part
related from the workbook). Each goes through the engine and through ``briefer import-table`` as a
user runs it, and the database file is hashed before and after.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date

import pytest
from openpyxl import Workbook, load_workbook

from briefer.cli import main
from briefer.errors import ImportFailed
from briefer.exchange.tables.catalogue import kind
from briefer.exchange.tables.plan import ADD, plan_table
from briefer.exchange.tables.read import read_grid, read_grid_file
from briefer.model import Conference
from briefer.store import Store
from tests.conftest import database_digest

msoffcrypto = pytest.importorskip("msoffcrypto")

PASSWORD = "Geheim-2027"
PEOPLE = [["Voornaam", "Achternaam", "Functie"], ["Anna", "de Vries", "Minister"], ["Bram", "Çelik", "Adviseur"]]


def plain_workbook() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Deelnemers"
    for row in PEOPLE:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def encrypted_workbook() -> bytes:
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(plain_workbook())).encrypt(PASSWORD, out)
    return out.getvalue()


def macro_workbook() -> bytes:
    """The workbook as Excel saves it "with macros": its parts, the macro-enabled type, a VBA project part."""
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(plain_workbook())) as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                text = data.decode().replace(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                text = text.replace("<Default ", '<Default Extension="bin" '
                                    'ContentType="application/vnd.ms-office.vbaProject"/><Default ', 1)
                data = text.encode()
            elif info.filename == "xl/_rels/workbook.xml.rels":
                data = data.decode().replace("</Relationships>", (
                    '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/'
                    'vbaProject" Target="vbaProject.bin"/></Relationships>')).encode()
            out.writestr(info, data)
        # a VBA project is itself an OLE compound file; its header is what Excel writes first
        out.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    return buf.getvalue()


def test_the_files_are_what_they_claim():
    """The fixtures are real: the encrypted file opens with its password, the macro one is macro-enabled."""
    from msoffcrypto.format.ooxml import OOXMLFile

    locked = encrypted_workbook()
    assert locked.startswith(b"\xd0\xcf\x11\xe0") and b"PK\x03\x04" not in locked[:512]
    office = OOXMLFile(io.BytesIO(locked))
    assert office.is_encrypted()
    office.load_key(password=PASSWORD)
    opened = io.BytesIO()
    office.decrypt(opened)
    assert read_grid(opened.getvalue(), "p.xlsx").rows[1][1][:2] == ("Anna", "de Vries")

    wb = load_workbook(io.BytesIO(macro_workbook()), keep_vba=True)
    try:
        assert wb.vba_archive is not None and "xl/vbaProject.bin" in wb.vba_archive.namelist()
        assert wb.mime_type == "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    finally:
        # openpyxl keeps the macros in a ZipFile opened for appending on a BytesIO of its own; left to the
        # garbage collector, the two were sometimes collected buffer first, and the ZipFile's close then
        # failed in a later test ("I/O operation on closed file", PytestUnraisableExceptionWarning)
        wb.vba_archive.close()


@pytest.fixture
def conference_folder(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    with Store.open(folder / "briefer.sqlite", user="tester") as s:
        s.conference_repo.add(Conference(name="C", start_date=date(2027, 5, 18), end_date=date(2027, 5, 26)))
    return folder


CASES = [
    ("deelnemers.xlsx", encrypted_workbook, "this workbook is password-protected (encrypted); open it in Excel, "
                                            "remove the password"),
    ("deelnemers.csv", encrypted_workbook, "this workbook is password-protected (encrypted)"),
    ("deelnemers.xlsm", macro_workbook, "this workbook is macro-enabled (or binary); Briefer does not open those"),
    ("deelnemers.xlsx", macro_workbook, "this workbook contains macros; save it as Excel Workbook (.xlsx)"),
]


@pytest.mark.parametrize("name,make,message", CASES, ids=["encrypted", "encrypted-as-csv", "xlsm", "xlsm-as-xlsx"])
def test_the_engine_refuses_it_with_its_reason(tmp_path, conference_folder, name, make, message):
    path = tmp_path / name
    path.write_bytes(make())
    before = database_digest(conference_folder)
    with pytest.raises(ImportFailed) as refused:
        read_grid_file(path)
    assert message in refused.value.message and refused.value.file == str(path)
    with Store.open(conference_folder / "briefer.sqlite", user="tester") as store:
        with pytest.raises(ImportFailed, match="this workbook"):
            plan_table(store, kind("people"), read_grid_file(path))
        assert store.people.list() == []
    assert database_digest(conference_folder) == before


@pytest.mark.parametrize("name,make,message", CASES, ids=["encrypted", "encrypted-as-csv", "xlsm", "xlsm-as-xlsx"])
def test_import_table_refuses_it_and_writes_nothing(tmp_path, capsys, conference_folder, name, make, message):
    path = tmp_path / name
    path.write_bytes(make())
    before = database_digest(conference_folder)
    code = main(["--data-dir", str(conference_folder), "import-table", "people", str(path)])
    out, err = capsys.readouterr()
    assert code != 0 and out == ""
    assert message in err and name in err and "Traceback" not in err
    assert database_digest(conference_folder) == before


def test_the_same_workbook_without_protection_imports(tmp_path, capsys, conference_folder):
    """The control: what was refused above is only the protection, not the table in it."""
    path = tmp_path / "deelnemers.xlsx"
    path.write_bytes(plain_workbook())
    before = database_digest(conference_folder)
    with Store.open(conference_folder / "briefer.sqlite", user="tester") as store:
        assert plan_table(store, kind("people"), read_grid_file(path)).count(ADD) == 2
    assert main(["--data-dir", str(conference_folder), "import-table", "people", str(path)]) == 0
    assert "2 added" in capsys.readouterr().out
    assert database_digest(conference_folder) != before  # the digest sees a write: its sameness above means something
