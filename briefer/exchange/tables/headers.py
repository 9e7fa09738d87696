"""Which column holds which field: the header row found, its names read in Dutch or English.

Organisers put a title, a logo row or blank rows above the header; the header row
is the first of the top rows in which at least two cells name a field. ``--map``
(``COLUMN=FIELD``, COLUMN a header text or a column letter, FIELD a field or ``-``
to leave the column out) covers every other name. A column nobody can name is
refused with the names that would have worked — never silently dropped.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass

from briefer.errors import ImportFailed
from briefer.exchange.tables.read import Grid, column_letter

#: How many rows from the top may hold titles and blank rows before the header.
HEADER_SEARCH = 20
IGNORE = "-"


@lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in norm if not unicodedata.combining(ch)).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", plain).replace("_", " ").split())


def fold(text: object) -> str:
    """'E-mailadres ' → 'e mailadres'; 'Functie/Titel' → 'functie titel' (accents, case, punctuation gone)."""
    return _fold(str(text))


@dataclass(frozen=True)
class Layout:
    """Where the header is and which field each column holds (column index → field)."""

    header_row: int
    fields: dict[int, str]
    headers: dict[int, str]


def find_layout(grid: Grid, kind, mapping: dict[str, str] | None = None) -> Layout:
    """The header row of ``grid`` and the field of every column, or ImportFailed saying why not."""
    mapping = mapping or {}
    names = kind.header_names()
    by_text: dict[str, str] = {}
    by_letter: dict[str, str] = {}
    for column, field in mapping.items():
        if field != IGNORE and field not in kind.field_names():
            raise ImportFailed(f"--map {column}={field}: '{field}' is not a field of {kind.name}; the fields are: "
                               + ", ".join(kind.field_names()) + f", or '{IGNORE}' to leave the column out",
                               file=grid.file)
        if re.fullmatch(r"[A-Za-z]{1,3}", column) and column.upper() == column:
            by_letter[column.upper()] = field
        by_text[fold(column)] = field

    def field_of(index: int, cell: object) -> str | None:
        letter = column_letter(index)
        if letter in by_letter:
            return by_letter[letter]
        key = fold(cell)
        if key in by_text:
            return by_text[key]
        return names.get(key)

    header = None
    for number, cells in grid.rows[:HEADER_SEARCH]:
        named = [i for i, c in enumerate(cells) if str(c).strip() and field_of(i, c) not in (None, IGNORE)]
        filled = len([c for c in cells if str(c).strip()])
        # two known names, or known names for at least half the row: a title row names none
        if len(named) >= 2 or (named and 2 * len(named) >= filled):
            header = (number, cells)
            break
    if header is None:
        examples = ", ".join(f"'{h}'" for h in kind.template_headers("en")[:4])
        raise ImportFailed(f"no header row found in the first {HEADER_SEARCH} rows: Briefer looks for a row naming "
                           f"the columns, such as {examples} (or in Dutch: "
                           + ", ".join(f"'{h}'" for h in kind.template_headers("nl")[:4])
                           + "); name other columns with --map COLUMN=FIELD", file=grid.file)
    number, cells = header
    fields: dict[int, str] = {}
    headers: dict[int, str] = {}
    seen: dict[str, int] = {}
    data_columns = _columns_with_data(grid, number)
    for i, cell in enumerate(cells):
        label = str(cell).strip()
        field = field_of(i, cell)
        if field == IGNORE:
            continue
        if not label and field is None:
            if i in data_columns:
                raise ImportFailed(f"column {column_letter(i)} holds values but has no header; give it one, or "
                                   f"--map {column_letter(i)}=FIELD (or {column_letter(i)}={IGNORE} to leave it out)",
                                   file=grid.file)
            continue
        if field is None:
            close = difflib.get_close_matches(fold(label), list(names), n=1, cutoff=0.75)
            hint = f" (did you mean '{_display(close[0], kind)}'?)" if close else ""
            raise ImportFailed(f"unknown column '{label}' (column {column_letter(i)}){hint}: Briefer does not know "
                               f"what to do with it; rename it, or --map '{label}=FIELD' with FIELD one of "
                               + ", ".join(kind.field_names()) + f", or --map '{label}={IGNORE}' to leave it out",
                               file=grid.file)
        if field in seen:
            raise ImportFailed(f"columns {column_letter(seen[field])} and {column_letter(i)} both hold "
                               f"'{field}'; keep one or --map one of them elsewhere", file=grid.file)
        seen[field] = i
        fields[i] = field
        headers[i] = label or column_letter(i)
    missing = kind.missing(set(fields.values()))
    if missing:
        raise ImportFailed(f"no column for {missing} (header row {number})", file=grid.file)
    return Layout(number, fields, headers)


def _display(key: str, kind) -> str:
    for lang in ("en", "nl"):
        for col in kind.columns:
            for name in (col.en if lang == "en" else col.nl):
                if fold(name) == key:
                    return name
    return key


def _columns_with_data(grid: Grid, header_row: int) -> set[int]:
    out: set[int] = set()
    for number, cells in grid.rows:
        if number > header_row:
            out.update(i for i, c in enumerate(cells) if str(c).strip())
    return out
