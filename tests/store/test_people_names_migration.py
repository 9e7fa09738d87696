"""A database made by the release before names from every culture (m120) opens with every name
kept letter for letter, and people from countries that put the family name first shown that way."""

from __future__ import annotations

from sqlite_utils import Database

from briefer.model import Person
from briefer.store import Store
from briefer.store.db import connect
from briefer.store.migrations import migrations


def test_an_old_database_keeps_its_names_and_shows_east_asian_ones_family_first(tmp_path, old_release_writes):
    path = tmp_path / "old.sqlite"
    db = Database(connect(path))
    migrations.apply(db, stop_before="m120_people_names_in_their_order_and_script")
    assert "native_name" not in db["people"].columns_dict
    store = Store(db, path, user="tester")
    ids = {key: store.people.add(Person(honorific=hon, given_name=given, family_name=family, country=country)).id
           for key, hon, given, family, country in (
               ("vn", "Dr", "Thị Hương", "Nguyễn", "VNM"), ("jp", "H.E.", "Tarō", "Yamada", "JPN"),
               ("hu", "", "Katalin", "Novák", "HUN"), ("nl", "Prof.", "Anne", "de Vries", "NLD"),
               ("none", "", "Sam", "Doe", None))}
    db.close()

    with Store.open(path, user="tester") as store:
        people = {key: store.people.get(pid) for key, pid in ids.items()}
        assert {k: (p.given_name, p.family_name) for k, p in people.items()} == {
            "vn": ("Thị Hương", "Nguyễn"), "jp": ("Tarō", "Yamada"), "hu": ("Katalin", "Novák"),
            "nl": ("Anne", "de Vries"), "none": ("Sam", "Doe")}
        assert [people[k].full_name for k in ("vn", "jp", "hu", "nl", "none")] == [
            "Nguyễn Thị Hương", "Yamada Tarō", "Katalin Novák", "Anne de Vries", "Sam Doe"]
        assert people["nl"].formal_name_in("nl") == "prof. Anne de Vries"
        assert all(p.native_name == "" and p.pronunciation == "" and p.honorific_nl == "" for p in people.values())
        # and the new fields are written and read back
        store.people.update(people["jp"].evolve(native_name="山田太郎", pronunciation="ya-MA-da TA-roh",
                                                honorific_nl="Z.E."))
        jp = store.people.get(ids["jp"])
        assert (jp.native_name, jp.pronunciation, jp.formal_name_in("nl")) == ("山田太郎", "ya-MA-da TA-roh",
                                                                              "Z.E. Yamada Tarō")
