"""The header row as organisers write it: what the import says when a column cannot be placed.

Written from the mutation run of ``briefer/exchange/tables/headers.py`` (issue 22): each test states
the message a user reads when the preview refuses the file, and that nothing was written.
"""

from __future__ import annotations

import pytest

from briefer.errors import ImportFailed
from briefer.exchange.tables.catalogue import kind
from briefer.exchange.tables.plan import plan_table
from briefer.exchange.tables.read import read_grid

from tables_world import dutch_csv


def plan_csv(store, kind_name: str, header: list[str], *rows: list[str], mapping=None):
    return plan_table(store, kind(kind_name), read_grid(dutch_csv(header, list(rows)), "t.csv"), mapping)


def test_a_column_of_values_without_a_header_is_refused_naming_its_letter(conference_store):
    with pytest.raises(ImportFailed) as refused:
        plan_csv(conference_store, "people", ["Voornaam", "Achternaam", ""], ["Anna", "de Vries", "Nederland"])
    assert "column C holds values but has no header; give it one, or --map C=FIELD (or C=- to leave it out)" \
        in str(refused.value)
    assert conference_store.people.list() == []


def test_an_empty_column_without_a_header_is_passed_over(conference_store):
    plan = plan_csv(conference_store, "people", ["Voornaam", "", "Achternaam"], ["Anna", "", "de Vries"])
    assert [r.what for r in plan.rows] == ["Anna de Vries"]


def test_a_misspelt_field_name_is_suggested_as_the_field_is_called(conference_store):
    with pytest.raises(ImportFailed) as refused:
        plan_csv(conference_store, "rooms", ["Zaal", "suitable_for_bilateral"], ["Zaal 1", "ja"])
    assert "unknown column 'suitable_for_bilateral' (column B) (did you mean 'suitable for bilaterals'?)" \
        in str(refused.value)


def csv_below(title_rows: int) -> bytes:
    lines = [f"Toelichting regel {n};;" for n in range(1, title_rows + 1)]
    lines += ["Voornaam;Achternaam;Land", "Anna;de Vries;Nederland"]
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


def test_the_header_is_looked_for_in_the_first_20_rows(conference_store):
    plan = plan_table(conference_store, kind("people"), read_grid(csv_below(19), "t.csv"))
    assert plan.header_row == 20 and [r.what for r in plan.rows] == ["Anna de Vries"]
    with pytest.raises(ImportFailed) as refused:
        plan_table(conference_store, kind("people"), read_grid(csv_below(20), "t.csv"))
    assert "no header row found in the first 20 rows" in str(refused.value)


def test_a_near_miss_is_suggested_in_english_first(conference_store):
    with pytest.raises(ImportFailed) as refused:
        plan_csv(conference_store, "people", ["Achternaam", "Briefer ids"], ["de Vries", "x"])
    assert "unknown column 'Briefer ids' (column B) (did you mean 'Briefer id'?)" in str(refused.value)


def test_without_a_header_row_the_message_names_four_headers_in_each_language(conference_store):
    with pytest.raises(ImportFailed) as refused:
        plan_csv(conference_store, "rooms", ["Iets", "Anders"], ["a", "b"])
    assert ("no header row found in the first 20 rows: Briefer looks for a row naming the columns, such as "
            "'Room', 'Venue', 'Floor', 'Capacity' (or in Dutch: 'Zaal', 'Locatie', 'Verdieping', 'Capaciteit'); "
            "name other columns with --map COLUMN=FIELD") in str(refused.value)


def test_a_short_lower_case_header_in_map_is_its_text_not_a_column_letter(conference_store):
    plan = plan_csv(conference_store, "people", ["Voornaam", "Achternaam", "b"], ["Anna", "de Vries", "a@minvws.nl"],
                    mapping={"b": "email"})
    assert [(r.what, r.action) for r in plan.rows] == [("Anna de Vries", "add")]
    assert plan.header_row == 1
