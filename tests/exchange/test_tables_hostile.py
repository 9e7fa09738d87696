"""Hostile and malformed spreadsheets: never a traceback, never a partial write (hypothesis).

Like the bundle and calendar importers' fuzz tests: whatever the bytes, the table
importer either previews (and applies whole) or raises ImportFailed, and a
failed import leaves every record and revision as it was.
"""

from __future__ import annotations

import io
import os
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefer.errors import ImportFailed
from briefer.exchange.tables.catalogue import kind, kinds
from briefer.exchange.tables.plan import apply_plan, plan_table
from briefer.exchange.tables.read import read_grid
from briefer.model import Conference, Person
from briefer.store import Store

SETTINGS = settings(max_examples=int(os.environ.get("BRIEFER_FUZZ_EXAMPLES", "60")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def fresh_store() -> Store:
    s = Store.memory()
    s.conference_repo.add(Conference(name="C", start_date=date(2019, 6, 19), end_date=date(2019, 6, 20)))
    s.people.add(Person(given_name="Marit", family_name="Oosterhuis", country="NLD", principal_title="Minister"))
    return s


def state(s: Store):
    return {repo: {r.id: r.revision for r in getattr(s, repo).list()}
            for repo in ("people", "delegations", "countries", "country_briefs", "meetings")}


def attempt(s: Store, kind_name: str, data: bytes, name: str) -> None:
    """Preview and apply must work or raise ImportFailed — and on failure change nothing."""
    before = state(s)
    try:
        plan = plan_table(s, kind(kind_name), read_grid(data, name))
    except ImportFailed as exc:
        assert str(exc) and "Traceback" not in str(exc)
        assert state(s) == before
        return
    assert state(s) == before  # a preview writes nothing
    try:
        apply_plan(s, plan)
    except ImportFailed:
        assert state(s) == before


HEADERS = sorted({h for k in kinds().values() for c in k.columns for h in (*c.en[:2], *c.nl[:2])}) + ["", "???"]
CELL = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["Indonesië", "Indonsia", "19-6-2019", "21-6-2019", "11:15", "25:99", "0,375", "43635",
                     "#N/A", "=1+1", "hoofd", "ja", "Marit Oosterhuis", "x@y", "a@b.nl", "—", "\u202e", "\x00"]),
    st.integers(min_value=-10**12, max_value=10**12).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
)


@SETTINGS
@given(kind_name=st.sampled_from(sorted(kinds())),
       header=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=8),
       rows=st.lists(st.lists(CELL, max_size=9), max_size=8),
       delimiter=st.sampled_from([";", ",", "\t"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
def test_any_csv_previews_or_is_refused_whole(kind_name, header, rows, delimiter, encoding):
    text = "\r\n".join(delimiter.join(c.replace(delimiter, " ") for c in r) for r in [header, *rows])
    data = text.encode(encoding, errors="replace")
    attempt(fresh_store(), kind_name, data, "fuzz.csv")


@SETTINGS
@given(kind_name=st.sampled_from(sorted(kinds())),
       header=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=8),
       rows=st.lists(st.lists(st.one_of(CELL, st.integers(-10**6, 10**7), st.floats(-1e9, 1e9),
                                        st.dates(), st.booleans(), st.none()), max_size=9), max_size=8),
       title=st.booleans())
def test_any_workbook_previews_or_is_refused_whole(kind_name, header, rows, title):
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    def clean(v):
        return ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v

    wb = Workbook()
    ws = wb.active
    if title:
        ws.append(["Lijst"])
        ws.merge_cells("A1:C1")
    for r in [header, *rows]:
        ws.append([clean(v) for v in r])
    out = io.BytesIO()
    wb.save(out)
    attempt(fresh_store(), kind_name, out.getvalue(), "fuzz.xlsx")


@SETTINGS
@given(data=st.binary(max_size=2000), name=st.sampled_from(["f.xlsx", "f.csv", "f.xlsm", "f.txt"]))
def test_any_bytes_are_read_or_refused(data, name):
    attempt(fresh_store(), "people", data, name)


@SETTINGS
@given(cut=st.integers(min_value=0, max_value=4000), flip=st.integers(min_value=0, max_value=4000))
def test_a_damaged_workbook_is_refused_not_a_traceback(cut, flip):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Voornaam", "Achternaam"])
    ws.append(["Anna", "Vos"])
    out = io.BytesIO()
    wb.save(out)
    data = bytearray(out.getvalue())
    if flip < len(data):
        data[flip] ^= 0xFF
    attempt(fresh_store(), "people", bytes(data[: max(cut, 1) if cut < len(data) else len(data)]), "f.xlsx")
