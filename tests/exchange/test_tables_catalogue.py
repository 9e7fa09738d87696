"""The kinds of table Briefer imports, as the command line and the import dialog offer them, and the one
entry point that reads a file and previews it (``exchange/tables/catalogue.py``).

Written from the mutation run of ``catalogue.py`` (issue 22): every kind is previewed from a real file on
disk — which rows become which records — and each kind's refusal names the columns it needs.
"""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from briefer.errors import ImportFailed, InvalidRecord
from briefer.exchange.tables.catalogue import kind, kinds, preview_file
from briefer.exchange.tables.plan import ADD, apply_plan
from briefer.model import Organisation, Room

from tables_world import dutch_csv, with_principals


def test_the_kinds_offered_are_the_six_the_menu_names_in_its_order():
    assert list(kinds()) == ["people", "delegations", "countries", "meetings", "organisations", "rooms"]
    assert {name: k.name for name, k in kinds().items()} == {name: name for name in kinds()}
    with pytest.raises(InvalidRecord) as refused:
        kind("hotels")
    assert refused.value.message == ("'hotels' is not a kind of table Briefer imports; use one of: people, "
                                     "delegations, countries, meetings, organisations, rooms")


def test_each_kind_previews_its_file_as_records_of_that_kind(store, tmp_path):
    marit, _ = with_principals(store)
    files = {
        "people": (["Voornaam", "Achternaam", "Land"], ["Anna", "de Vries", "Nederland"]),
        "delegations": (["Naam", "Delegatie", "Rol"], ["Joost Bakker", "Nederland", "notulist"]),
        "countries": (["Land", "Aanwezig"], ["Ghana", "ja"]),
        "meetings": (["Bewindspersoon", "Gesprekspartner", "Datum", "Begin"],
                     ["Marit Oosterhuis", "Ghana", "19-6-2019", "10:00"]),
        "organisations": (["Organisatie", "Afkorting", "Soort"], ["World Health Organization", "WHO", "VN"]),
        "rooms": (["Zaal", "Gebouw", "Plaatsen"], ["Bilateraal 3", "RAI", "8"]),
    }
    lines = {}
    for name, (header, row) in files.items():
        path = tmp_path / f"{name}.csv"
        path.write_bytes(dutch_csv(header, [row]))
        plan = preview_file(store, name, path)
        assert plan.kind == name and plan.file == str(path)
        lines[name] = [r.line() for r in plan.rows]
        apply_plan(store, plan)
    assert lines == {
        "people": ["row 2: add Anna de Vries"],
        "delegations": ["row 2: add Joost Bakker — joins the delegation of Netherlands (note taker)"],
        "countries": ["row 2: add Ghana (GHA)"],
        "meetings": ["row 2: add Bilateral with Ghana, 19-06-2019 10:00"],
        "organisations": ["row 2: add World Health Organization (WHO)"],
        "rooms": ["row 2: add Bilateraal 3"],
    }
    (meeting,) = store.meetings.list()
    assert meeting.principal_id == marit.id and meeting.counterpart_country == "GHA"
    assert [o.type.value for o in store.organisations.list()] == ["un_agency"]
    assert [(r.name, r.venue, r.capacity) for r in store.rooms.list()] == [("Bilateraal 3", "RAI", 8)]


@pytest.mark.parametrize("kind_name,header,row,needs", [
    ("countries", ["Aanwezig", "Inkomensgroep"], ["ja", "Low income"], "'Country'"),
    ("organisations", ["Afkorting", "Soort"], ["WHO", "VN"], "'Organisation' or 'Id'"),
    ("rooms", ["Gebouw", "Plaatsen"], ["RAI", "8"], "'Room' or 'Id'"),
    ("delegations", ["Voornaam", "Rol"], ["Anna", "adviseur"], "'Family name' or 'Name' or 'E-mail' or 'Id'"),
])
def test_a_file_without_the_column_naming_its_records_is_refused_naming_it(conference_store, tmp_path, kind_name,
                                                                           header, row, needs):
    path = tmp_path / "lijst.csv"
    path.write_bytes(dutch_csv(header, [row]))
    with pytest.raises(ImportFailed) as refused:
        preview_file(conference_store, kind_name, path)
    assert str(refused.value) == f"{path}: no column for {needs} (header row 1)"
    assert conference_store.countries.list() == [] and conference_store.people.list() == []


def test_the_id_column_alone_finds_an_organisation_or_a_room_to_update(conference_store, tmp_path):
    who = conference_store.organisations.add(Organisation(name="World Health Organization"))
    room = conference_store.rooms.add(Room(name="Bilateraal 3", venue="RAI"))
    for name, header, row in (("organisations", ["Id", "Afkorting"], [who.id, "WHO"]),
                              ("rooms", ["Id", "Plaatsen"], [room.id, "8"])):
        path = tmp_path / f"{name}.csv"
        path.write_bytes(dutch_csv(header, [row]))
        plan = preview_file(conference_store, name, path)
        assert [(r.action, r.reason) for r in plan.rows] == [("update", "changes " + ("acronym" if name == "organisations"
                                                                                      else "capacity"))]
        apply_plan(conference_store, plan)
    assert conference_store.organisations.get(who.id).acronym == "WHO"
    assert conference_store.rooms.get(room.id).capacity == 8


def test_the_preview_reads_the_sheet_asked_maps_the_columns_asked_and_speaks_the_readers_language(store, tmp_path):
    with_principals(store)
    wb = Workbook()
    wb.active.title = "Toelichting"
    wb.active.append(["Vul het tweede blad in"])
    ws = wb.create_sheet("Verzoeken")
    ws.append(["Bewindspersoon", "Gesprekspartner", "Datum", "Begin", "Opmerking"])
    ws.append(["Marit Oosterhuis", "Ghana", "19-6-2019", "10:00", "graag ochtend"])
    ws.append(["Marit Oosterhuis", "Kenia", "19-6-2019", "10:15", ""])
    path = tmp_path / "verzoeken.xlsx"
    wb.save(path)
    plan = preview_file(store, "meetings", path, sheet="Verzoeken", mapping={"Opmerking": "title"}, lang="nl")
    assert plan.sheet == "Verzoeken" and plan.columns["E"] == "title"
    assert [(r.row, r.action) for r in plan.rows] == [(2, ADD), (3, ADD)]
    assert plan.conflicts and plan.conflicts[0].startswith("fout: Marit Oosterhuis moet op twee plaatsen tegelijk zijn")
    english = preview_file(store, "meetings", path, sheet="Verzoeken", mapping={"E": "-"})
    assert "title" not in english.columns.values()
    assert english.conflicts[0].startswith("error: Marit Oosterhuis is in two places at once")
