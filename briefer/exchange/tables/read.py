"""A spreadsheet file as rows of cells, or a clear refusal — never a traceback.

Real files are messy: Excel in a Dutch locale writes CSV with ``;`` in UTF-8 with
a BOM or in Windows-1252; workbooks have a merged title row above the header,
blank rows, trailing empty rows. Those are read. What cannot be trusted is refused
whole, with the reason: a workbook with macros, an encrypted one, a binary file
renamed ``.xlsx``, a file too big to preview. Formulas and error values are not
refused here but marked (:class:`Formula`, :class:`ErrorValue`) so the row that
holds one can be named.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from briefer.errors import ImportFailed

#: More data rows than this are refused: a preview must stay readable and fast, and a
#: delegation or request list is hundreds of rows, not a hundred thousand.
MAX_ROWS = 10_000
MAX_COLUMNS = 200
MAX_BYTES = 50 * 1024 * 1024
#: Unpacked size a workbook may claim (a zip bomb claims gigabytes).
MAX_UNPACKED = 400 * 1024 * 1024
#: Excel's error values, as a CSV export writes them.
ERROR_TEXTS = frozenset({"#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!", "#SPILL!",
                         "#CALC!", "#GETTING_DATA", "#N/B", "#WAARDE!", "#VERW!", "#DEEL/0!", "#GETAL!",
                         "#NAAM?", "#LEEG!"})
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# An encrypted .xlsx is an OLE compound file holding the stream "EncryptionInfo" (MS-OFFCRYPTO), its
# name written in UTF-16 in the file's directory; an old .xls is a compound file without it.
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")
_ENCRYPTED = ("this workbook is password-protected (encrypted); open it in Excel, remove the password "
              "(File → Info → Protect Workbook → Encrypt with Password, empty) and save it as .xlsx")


def _is_encrypted_workbook(data: bytes) -> bool:
    return data.startswith(_OLE_MAGIC) and _ENCRYPTION_INFO in data


@dataclass(frozen=True)
class Formula:
    """A cell holding a formula: imported values must be values, not recalculations."""

    text: str

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class ErrorValue:
    """A cell holding an error value such as #N/A."""

    text: str

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Grid:
    """The non-empty rows of one sheet: (1-based row number as the user sees it, cells)."""

    file: str
    sheet: str
    rows: tuple[tuple[int, tuple[object, ...]], ...]


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA (how the user finds a cell)."""
    out = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(65 + rem) + out
    return out


def read_grid_file(path: Path, sheet: str | None = None) -> Grid:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ImportFailed(f"the file is {size // (1024 * 1024)} MB; a table to import may be at most "
                               f"{MAX_BYTES // (1024 * 1024)} MB", file=str(path))
        data = path.read_bytes()
    except IsADirectoryError:
        raise ImportFailed("this is a folder, not a spreadsheet file", file=str(path)) from None
    except FileNotFoundError:
        raise ImportFailed("no such file", file=str(path)) from None
    except OSError as exc:
        raise ImportFailed(f"cannot read the file ({exc.strerror or exc})", file=str(path)) from None
    return read_grid(data, path.name, sheet=sheet, file=str(path))


def read_grid(data: bytes, name: str, *, sheet: str | None = None, file: str | None = None) -> Grid:
    """The rows of ``data``, read as CSV or xlsx by its name's extension (and checked by its content)."""
    file = file or name
    suffix = Path(name).suffix.lower()
    if len(data) > MAX_BYTES:
        raise ImportFailed(f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB", file=file)
    if suffix in (".xlsm", ".xltm", ".xlsb"):
        raise ImportFailed("this workbook is macro-enabled (or binary); Briefer does not open those — "
                           "in Excel choose Save As → Excel Workbook (.xlsx) and import that", file=file)
    if suffix == ".xls":
        raise ImportFailed("this is an old Excel 97–2003 workbook (.xls); save it as Excel Workbook (.xlsx) "
                           "or CSV and import that", file=file)
    if suffix in (".xlsx", ".xltx"):
        return _read_xlsx(data, sheet, file)
    if suffix in (".csv", ".txt", ".tsv"):
        if sheet:
            raise ImportFailed("a CSV file has no sheets; leave out --sheet", file=file)
        return _read_csv(data, file)
    raise ImportFailed(f"'{suffix or name}' is not a spreadsheet Briefer reads: use .xlsx or .csv", file=file)


# ---------------------------------------------------------------------- CSV
def _decode(data: bytes, file: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8")
        except UnicodeDecodeError:
            raise ImportFailed("the file says it is UTF-8 but is not; save it again as CSV UTF-8", file=file) from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ImportFailed("the file says it is UTF-16 but is not", file=file) from None
    if _is_encrypted_workbook(data):
        raise ImportFailed(_ENCRYPTED + ", or export the sheet as CSV; it is not a CSV file", file=file)
    if b"\x00" in data[:4096] or data.startswith((b"PK\x03\x04", _OLE_MAGIC, b"%PDF")):
        raise ImportFailed("this is not a text (CSV) file; export the sheet as CSV or import the .xlsx itself",
                           file=file)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Excel's "CSV (gescheiden door lijstscheidingsteken)" in a Dutch Windows: Windows-1252
        return data.decode("cp1252", errors="replace")


def _delimiter(text: str) -> str:
    """The separator of the first line with any: ';' (Dutch Excel), ',' or a tab — counted outside quotes."""
    for line in text.splitlines()[:20]:
        counts = {d: 0 for d in ";,\t"}
        quoted = False
        for ch in line:
            if ch == '"':
                quoted = not quoted
            elif not quoted and ch in counts:
                counts[ch] += 1
        best = max(counts, key=lambda d: (counts[d], d == ";"))
        if counts[best]:
            return best
    return ";"


def _read_csv(data: bytes, file: str) -> Grid:
    text = _decode(data, file)
    if "\x00" in text:
        raise ImportFailed("this is not a text (CSV) file", file=file)
    # Excel's hint line "sep=;" needs nothing of its own: its separator is counted, and the line is
    # a one-cell row above the header, skipped like a title.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    rows: list[tuple[int, tuple[object, ...]]] = []
    try:
        for number, cells in enumerate(reader, start=1):
            values = tuple(_csv_cell(c) for c in cells)
            if len(values) > MAX_COLUMNS:
                raise ImportFailed(f"row {number} has {len(values)} columns; at most {MAX_COLUMNS} are read",
                                   file=file)
            if any(v != "" for v in values):
                rows.append((number, values))
                if len(rows) > MAX_ROWS + 1:
                    raise _too_many(file)
    except csv.Error as exc:
        raise ImportFailed(f"the CSV cannot be read ({exc})", file=file) from None
    return Grid(file, "", tuple(rows))


def _csv_cell(text: str) -> object:
    text = text.strip()
    return ErrorValue(text) if text.upper() in ERROR_TEXTS else text


def _too_many(file: str) -> ImportFailed:
    return ImportFailed(f"the sheet has more than {MAX_ROWS:,} rows; split it into smaller files", file=file)


# ---------------------------------------------------------------------- xlsx
def _read_xlsx(data: bytes, sheet: str | None, file: str) -> Grid:
    if _is_encrypted_workbook(data):
        raise ImportFailed(_ENCRYPTED, file=file)
    if data.startswith(_OLE_MAGIC):
        raise ImportFailed("this workbook is password-protected (encrypted) or not a real .xlsx; open it in "
                           "Excel, remove the password (File → Info → Protect Workbook) and save it as .xlsx",
                           file=file)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
        unpacked = sum(i.file_size for i in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise ImportFailed("this is not an Excel workbook (.xlsx), though it is named like one", file=file) from None
    if "xl/workbook.xml" not in names:
        raise ImportFailed("this is not an Excel workbook (.xlsx): it holds no workbook", file=file)
    if any(n.lower().endswith("vbaproject.bin") for n in names):
        raise ImportFailed("this workbook contains macros; save it as Excel Workbook (.xlsx) without macros "
                           "and import that", file=file)
    if unpacked > MAX_UNPACKED:
        raise ImportFailed("this workbook unpacks to more than 400 MB; it cannot be a table to import", file=file)
    import warnings

    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles and extensions it skips
            wb = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as exc:  # noqa: BLE001 — openpyxl raises anything on a damaged file
        raise ImportFailed(f"the workbook cannot be read ({type(exc).__name__}); open it in Excel or LibreOffice "
                           "and save it again as .xlsx", file=file) from None
    try:
        if sheet:
            if sheet not in wb.sheetnames:
                raise ImportFailed(f"no sheet called '{sheet}'; the sheets are: "
                                   + ", ".join(repr(s) for s in wb.sheetnames), file=file)
            ws = wb[sheet]
        else:
            ws = wb.worksheets[0] if wb.worksheets else None
            if ws is None:
                raise ImportFailed("the workbook has no sheet", file=file)
        rows: list[tuple[int, tuple[object, ...]]] = []
        try:
            for number, cells in enumerate(ws.iter_rows(), start=1):
                values = tuple(_xlsx_cell(c) for c in cells[:MAX_COLUMNS + 1])
                if len(values) > MAX_COLUMNS and values[MAX_COLUMNS] not in ("", None):
                    raise ImportFailed(f"row {number} has more than {MAX_COLUMNS} columns", file=file)
                if any(v not in ("", None) for v in values):
                    rows.append((number, values))
                    if len(rows) > MAX_ROWS + 1:
                        raise _too_many(file)
        except ImportFailed:
            raise
        except Exception as exc:  # noqa: BLE001 — a damaged sheet inside a valid zip
            raise ImportFailed(f"the sheet '{ws.title}' cannot be read ({type(exc).__name__})", file=file) from None
        return Grid(file, ws.title, tuple(rows))
    finally:
        wb.close()


def _xlsx_cell(cell) -> object:
    value = getattr(cell, "value", None)
    if value is None:
        return ""
    kind = getattr(cell, "data_type", None)
    if kind == "f" or (isinstance(value, str) and value.startswith("=") and kind != "s"):
        return Formula(str(value))
    if kind == "e":
        return ErrorValue(str(value))
    if isinstance(value, str):
        value = value.strip()
        return ErrorValue(value) if value.upper() in ERROR_TEXTS else value
    if not isinstance(value, (int, float, str)) and type(value).__name__ not in ("datetime", "date", "time",
                                                                               "timedelta"):
        return Formula(str(value))  # array formulas and other objects: not a plain value
    return value
