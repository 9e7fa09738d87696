"""The organiser's file as Briefer reads it (``exchange/tables/read.py``): real .csv and .xlsx files, or a refusal that says why.

Written for the gaps mutation testing of ``read.py`` found (docs/mutation-testing.md): each test saves a
file as a user would have it on disk, previews it as the import does, and checks what the preview shows —
the rows and their numbers, or the refusal's words — and that a refused file changes nothing.
"""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook

from briefer.errors import ImportFailed
from briefer.exchange.tables.catalogue import preview_file
from briefer.exchange.tables.plan import ADD, apply_plan
from briefer.exchange.tables.read import read_grid_file


def workbook(rows, title="Deelnemers") -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for r in rows:
        ws.append(r)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


PEOPLE = [["Voornaam", "Achternaam", "Functie"], ["Anna", "de Vries", "Minister"], ["Bram", "Çelik", "Adviseur"]]


def refused(store, path) -> str:
    with pytest.raises(ImportFailed) as exc:
        preview_file(store, "people", path)
    assert exc.value.file == str(path)
    assert store.people.list() == []
    return exc.value.message


def test_a_workbook_saved_under_a_csv_name_is_refused_with_what_to_do(conference_store, tmp_path):
    path = tmp_path / "deelnemers.csv"
    path.write_bytes(workbook(PEOPLE))
    assert refused(conference_store, path) == ("this is not a text (CSV) file; export the sheet as CSV or import "
                                               "the .xlsx itself")
    good = tmp_path / "deelnemers.xlsx"
    good.write_bytes(workbook(PEOPLE))
    assert preview_file(conference_store, "people", good).count(ADD) == 2


def people_csv(*rows, sep=";") -> str:
    return "\r\n".join(sep.join(r) for r in [["Voornaam", "Achternaam", "Land"], *rows]) + "\r\n"


def test_excel_unicode_text_utf16_with_tabs_is_read_with_its_accents(conference_store, tmp_path):
    path = tmp_path / "deelnemers.txt"
    path.write_bytes(people_csv(["Bram", "Çelik", "Turkije"], ["Anna", "Müller", "Duitsland"], sep="\t")
                     .encode("utf-16"))  # little-endian with its BOM, as Excel saves it
    assert [r.line() for r in preview_file(conference_store, "people", path).rows] == [
        "row 2: add Bram Çelik", "row 3: add Anna Müller"]
    path.write_bytes(b"\xff\xfe" + "Voornaam\tAchternaam\r\n".encode("utf-16-le") + b"A")  # cut off mid-character
    assert refused(conference_store, path) == "the file says it is UTF-16 but is not"


def test_a_dutch_excel_csv_in_windows_1252_or_utf8_keeps_its_accents(conference_store, tmp_path):
    text = people_csv(["Bram", "Çelik", "Turkije"], ["Zoë", "Ørsted", "Denemarken"])
    expected = ["row 2: add Bram Çelik", "row 3: add Zoë Ørsted"]
    for data in (text.encode("cp1252"), b"\xef\xbb\xbf" + text.encode("utf-8"), text.encode("utf-8")):
        path = tmp_path / "deelnemers.csv"
        path.write_bytes(data)
        assert [r.line() for r in preview_file(conference_store, "people", path).rows] == expected
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("cp1252"))  # a BOM that lies
    assert refused(conference_store, path) == "the file says it is UTF-8 but is not; save it again as CSV UTF-8"


def test_the_separator_is_the_one_the_header_uses_not_one_inside_quotes(conference_store, tmp_path):
    path = tmp_path / "deelnemers.csv"
    # commas inside a quoted cell of a ';' file, and a title line without any separator above the header
    path.write_bytes(('Deelnemerslijst\r\nVoornaam;Achternaam;Functie\r\n'
                      'Anna;de Vries;"Directeur, Internationale Zaken, a.i."\r\n').encode("utf-8"))
    plan = preview_file(conference_store, "people", path)
    assert plan.header_row == 2 and [r.line() for r in plan.rows] == ["row 3: add Anna de Vries"]
    # an English Excel's ',' with a quoted ';'
    path.write_bytes(b'Given name,Family name,Position\r\nAnna,de Vries,"Director; a.i."\r\n')
    apply_plan(conference_store, preview_file(conference_store, "people", path))
    assert [p.position for p in conference_store.people.list()] == ["Director; a.i."]


def test_row_numbers_are_the_ones_the_user_sees_blank_rows_included(conference_store, tmp_path):
    path = tmp_path / "deelnemers.xlsx"
    path.write_bytes(workbook([["Lijst"], [], PEOPLE[0], PEOPLE[1], [], [], PEOPLE[2]]))
    plan = preview_file(conference_store, "people", path)
    assert (plan.header_row, [(r.row, r.what) for r in plan.rows]) == (3, [(4, "Anna de Vries"), (7, "Bram Çelik")])
    csv_path = tmp_path / "deelnemers.csv"
    csv_path.write_bytes(b"Voornaam;Achternaam\r\n;\r\nAnna;de Vries\r\n\r\nBram;Jansen\r\n")
    assert [(r.row, r.what) for r in preview_file(conference_store, "people", csv_path).rows] == [
        (3, "Anna de Vries"), (5, "Bram Jansen")]


def test_a_sheet_of_exactly_10000_people_is_read_one_more_is_refused(tmp_path):
    path = tmp_path / "deelnemers.csv"
    header = "Voornaam;Achternaam\r\n"
    path.write_bytes((header + "Anna;Vos\r\n" * 10_000).encode())
    grid = read_grid_file(path)
    assert len(grid.rows) == 10_001 and grid.rows[-1] == (10_001, ("Anna", "Vos"))
    path.write_bytes((header + "Anna;Vos\r\n" * 10_001).encode())
    with pytest.raises(ImportFailed) as exc:
        read_grid_file(path)
    assert exc.value.message == "the sheet has more than 10,000 rows; split it into smaller files"


def test_200_columns_are_read_201_are_refused_naming_the_row(tmp_path):
    wide = tmp_path / "breed.csv"
    wide.write_bytes((";".join(f"K{i}" for i in range(200)) + "\r\n").encode())
    assert len(read_grid_file(wide).rows[0][1]) == 200
    wide.write_bytes(("titel\r\n" + ";".join(f"K{i}" for i in range(201)) + "\r\n").encode())
    with pytest.raises(ImportFailed) as exc:
        read_grid_file(wide)
    assert exc.value.message == "row 2 has 201 columns; at most 200 are read"

    book = tmp_path / "breed.xlsx"
    book.write_bytes(workbook([["titel"], [f"K{i}" for i in range(200)]]))
    assert len(read_grid_file(book).rows[1][1]) == 200
    book.write_bytes(workbook([["titel"], [f"K{i}" for i in range(201)]]))
    with pytest.raises(ImportFailed) as exc:
        read_grid_file(book)
    assert exc.value.message == "row 2 has more than 200 columns"


def test_a_file_too_big_a_folder_and_a_missing_file_are_refused_as_such(conference_store, tmp_path):
    big = tmp_path / "groot.csv"
    with open(big, "wb") as f:  # a sparse file: 51 MB on paper, nothing read
        f.truncate(51 * 1024 * 1024)
    assert refused(conference_store, big) == "the file is 51 MB; a table to import may be at most 50 MB"
    folder = tmp_path / "lijst.xlsx"
    folder.mkdir()
    assert refused(conference_store, folder) == "this is a folder, not a spreadsheet file"
    assert refused(conference_store, tmp_path / "weg.csv") == "no such file"


@pytest.mark.parametrize("name,message", [
    ("deelnemers.ods", "'.ods' is not a spreadsheet Briefer reads: use .xlsx or .csv"),
    ("deelnemers", "'deelnemers' is not a spreadsheet Briefer reads: use .xlsx or .csv"),
    ("deelnemers.XLS", "this is an old Excel 97–2003 workbook (.xls); save it as Excel Workbook (.xlsx) or CSV and "
                       "import that"),
])
def test_a_file_of_another_kind_is_refused_by_its_name(conference_store, tmp_path, name, message):
    path = tmp_path / name
    path.write_bytes(workbook(PEOPLE))
    assert refused(conference_store, path) == message


def test_a_sheet_asked_of_a_csv_or_missing_from_a_workbook_is_refused(conference_store, tmp_path):
    path = tmp_path / "deelnemers.csv"
    path.write_bytes(people_csv(["Anna", "de Vries", "Nederland"]).encode())
    with pytest.raises(ImportFailed) as exc:
        preview_file(conference_store, "people", path, sheet="Blad1")
    assert exc.value.message == "a CSV file has no sheets; leave out --sheet"
    book = tmp_path / "deelnemers.xlsx"
    book.write_bytes(workbook(PEOPLE, title="Deelnemers"))
    with pytest.raises(ImportFailed) as exc:
        preview_file(conference_store, "people", book, sheet="Blad1")
    assert exc.value.message == "no sheet called 'Blad1'; the sheets are: 'Deelnemers'"
    assert preview_file(conference_store, "people", book, sheet="Deelnemers").count(ADD) == 2


def test_a_workbook_claiming_to_unpack_to_gigabytes_is_refused_before_it_is_opened(conference_store, tmp_path):
    import struct
    import zipfile

    data = bytearray(workbook(PEOPLE))
    # the central directory's "uncompressed size" of the first part, as a zip bomb claims it
    at = data.index(b"PK\x01\x02")
    struct.pack_into("<I", data, at + 24, 401 * 1024 * 1024)
    assert zipfile.ZipFile(io.BytesIO(bytes(data))).infolist()[0].file_size == 401 * 1024 * 1024
    path = tmp_path / "bom.xlsx"
    path.write_bytes(bytes(data))
    assert refused(conference_store, path) == "this workbook unpacks to more than 400 MB; it cannot be a table to import"


def test_error_values_as_a_dutch_csv_export_writes_them_refuse_their_row(conference_store, tmp_path):
    path = tmp_path / "deelnemers.csv"
    path.write_bytes(people_csv(["Anna", "de Vries", "Nederland"], ["Bram", "#n/b", "Nederland"],
                                ["Cees", "Smit", "#WAARDE!"]).encode())
    plan = preview_file(conference_store, "people", path)
    assert [(r.row, r.action) for r in plan.rows] == [(2, ADD), (3, "refused"), (4, "refused")]
    assert "#N/B" in plan.rows[1].reason.upper() and "#WAARDE!" in plan.rows[2].reason


def test_a_workbook_cell_typed_as_text_starting_with_an_equals_sign_is_text(conference_store, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Voornaam", "Achternaam", "Functie"])
    ws.append(["Anna", "de Vries", "placeholder"])
    ws["C2"].value = "=gelijk aan hoofd"
    ws["C2"].data_type = "s"  # Excel's text cell ('=gelijk… typed with an apostrophe)
    path = tmp_path / "deelnemers.xlsx"
    wb.save(path)
    plan = preview_file(conference_store, "people", path)
    assert [r.line() for r in plan.rows] == ["row 2: add Anna de Vries"]
    apply_plan(conference_store, plan)
    assert [p.position for p in conference_store.people.list()] == ["=gelijk aan hoofd"]


def test_a_title_with_commas_in_quotes_above_a_dutch_header_does_not_decide_the_separator(conference_store, tmp_path):
    path = tmp_path / "deelnemers.csv"
    path.write_bytes(b'"Deelnemers, versie 2, concept, niet verspreiden";\r\nVoornaam;Achternaam\r\nAnna;de Vries\r\n')
    plan = preview_file(conference_store, "people", path)
    assert (plan.header_row, [r.line() for r in plan.rows]) == (2, ["row 3: add Anna de Vries"])


def test_text_that_turns_binary_further_down_is_refused(conference_store, tmp_path):
    path = tmp_path / "deelnemers.csv"
    path.write_bytes(people_csv(*[["Anna", "de Vries", "Nederland"]] * 300).encode() + b"\x00\x01\x02")
    assert len(path.read_bytes()) > 4096
    assert refused(conference_store, path) == "this is not a text (CSV) file"


def test_a_cell_too_long_for_a_csv_and_a_name_too_long_for_the_disk_are_refused_saying_so(conference_store, tmp_path):
    path = tmp_path / "deelnemers.csv"
    path.write_bytes(people_csv(["Anna", "de Vries", "x" * 200_000]).encode())
    assert refused(conference_store, path).startswith("the CSV cannot be read (field larger than field limit")
    long_name = tmp_path / ("d" * 300 + ".csv")
    assert refused(conference_store, long_name) == "cannot read the file (File name too long)"


def test_a_word_document_named_xlsx_is_not_a_workbook(conference_store, tmp_path):
    import zipfile

    path = tmp_path / "deelnemers.xlsx"
    with zipfile.ZipFile(path, "w") as z:  # the parts of a .docx
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    assert refused(conference_store, path) == "this is not an Excel workbook (.xlsx): it holds no workbook"


def test_a_workbook_of_more_than_10000_rows_is_refused(tmp_path):
    from openpyxl import Workbook as Book

    wb = Book(write_only=True)
    ws = wb.create_sheet("Deelnemers")
    ws.append(["Voornaam", "Achternaam"])
    for _ in range(10_000):
        ws.append(["Anna", "Vos"])
    path = tmp_path / "deelnemers.xlsx"
    wb.save(path)
    assert len(read_grid_file(path).rows) == 10_001
    wb = Book(write_only=True)
    ws = wb.create_sheet("Deelnemers")
    for _ in range(10_002):
        ws.append(["Anna", "Vos"])
    wb.save(path)
    with pytest.raises(ImportFailed) as exc:
        read_grid_file(path)
    assert exc.value.message == "the sheet has more than 10,000 rows; split it into smaller files"


def test_a_file_that_grew_past_50_mb_after_its_size_was_checked_is_refused_by_its_bytes():
    """read_grid_file checks the size on disk first; a file still being saved can grow before it is read."""
    from briefer.exchange.tables.read import read_grid

    with pytest.raises(ImportFailed) as exc:
        read_grid(b"a;b\r\n" * (11 * 1024 * 1024), "deelnemers.csv")
    assert exc.value.message == "the file is larger than 50 MB"


def test_a_one_column_list_keeps_a_comma_typed_in_a_name_far_down(conference_store, tmp_path):
    """No separator in the first 20 lines: the file is one column, whatever a later line holds."""
    path = tmp_path / "namen.csv"
    names = [f"Naam {i}" for i in range(1, 20)] + ["Vries, Anna de", "Jansen"]
    path.write_bytes(("Achternaam\r\n" + "\r\n".join(names) + "\r\n").encode())
    plan = preview_file(conference_store, "people", path)
    assert [(r.row, r.action, r.what) for r in plan.rows][-2:] == [(21, ADD, "Vries, Anna de"), (22, ADD, "Jansen")]


def test_a_file_of_exactly_50_mb_is_read(conference_store, tmp_path):
    """The limit is "at most 50 MB": a list padded to exactly 50 MB (an export that kept thousands of blank,
    space-filled lines below the table) is previewed, not refused as too big."""
    from briefer.exchange.tables.read import MAX_BYTES

    path = tmp_path / "deelnemers.csv"
    table = people_csv(["Anna", "de Vries", "Nederland"], ["Bram", "Çelik", "Turkije"]).encode()
    blank = b" " * 99_998 + b"\r\n"  # one cell of spaces per line: an empty row
    lines, rest = divmod(MAX_BYTES - len(table), len(blank))
    path.write_bytes(table + blank * lines + b" " * rest)
    assert path.stat().st_size == 50 * 1024 * 1024
    plan = preview_file(conference_store, "people", path)
    assert [r.line() for r in plan.rows] == ["row 2: add Anna de Vries", "row 3: add Bram Çelik"]


def test_a_workbook_unpacking_to_exactly_400_mb_is_read_one_byte_more_is_refused(conference_store, tmp_path):
    """A workbook with a large embedded part (400 MB of it unpacked, all parts together) is at the limit and
    read; a claimed size one byte larger is refused before it is opened."""
    import struct
    import zipfile

    from briefer.exchange.tables.read import MAX_UNPACKED

    buf = io.BytesIO(workbook(PEOPLE))
    with zipfile.ZipFile(buf) as z:
        used = sum(i.file_size for i in z.infolist())
    chunk = bytes(1024 * 1024)
    with zipfile.ZipFile(buf, "a", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        with z.open("xl/media/padding.bin", "w", force_zip64=False) as part:  # not referred to: never read
            left = MAX_UNPACKED - used
            while left:
                part.write(chunk[:min(left, len(chunk))])
                left -= min(left, len(chunk))
    data = bytearray(buf.getvalue())
    assert sum(i.file_size for i in zipfile.ZipFile(io.BytesIO(bytes(data))).infolist()) == 400 * 1024 * 1024
    path = tmp_path / "met-bijlage.xlsx"
    path.write_bytes(bytes(data))
    plan = preview_file(conference_store, "people", path)
    assert [r.line() for r in plan.rows] == ["row 2: add Anna de Vries", "row 3: add Bram Çelik"]

    at = data.rindex(b"PK\x01\x02")  # the padding part's entry in the central directory: one byte more
    (size,) = struct.unpack_from("<I", data, at + 24)
    struct.pack_into("<I", data, at + 24, size + 1)
    path.write_bytes(bytes(data))
    assert refused(conference_store, path) == "this workbook unpacks to more than 400 MB; it cannot be a table to import"


def test_a_comma_list_with_a_title_line_and_a_blank_line_above_its_header(conference_store, tmp_path):
    """A registration system's export: a title without commas, a blank line, then the comma-separated table.
    The separator is the first line's that has any — the header's commas, not the title's none."""
    path = tmp_path / "ghana.csv"
    path.write_bytes(b"Delegation of Ghana\r\n\r\nGiven name,Family name,Country,Position\r\n"
                     b"Kwame,Mensah,Ghana,Minister of Health\r\nAma,Owusu,Ghana,\"Adviser, health financing\"\r\n")
    plan = preview_file(conference_store, "people", path)
    assert [r.line() for r in plan.rows] == ["row 4: add Kwame Mensah", "row 5: add Ama Owusu"]
    apply_plan(conference_store, plan)
    assert sorted((p.family_name, p.country, p.position) for p in conference_store.people.list()) == [
        ("Mensah", "GHA", "Minister of Health"), ("Owusu", "GHA", "Adviser, health financing")]
