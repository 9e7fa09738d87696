"""A person's name in its bearer's order and script, with forms of address in Dutch and English."""

from __future__ import annotations

from briefer.model import Person
from briefer.model.people import usual_family_first


def test_family_name_first_changes_only_the_order():
    p = Person(given_name="Thị Hương", family_name="Nguyễn", family_name_first=True, honorific="Dr")
    assert p.full_name == "Nguyễn Thị Hương" and p.label() == "Nguyễn Thị Hương"
    assert p.formal_name == "Dr Nguyễn Thị Hương" and p.formal_name_in("nl") == "dr. Nguyễn Thị Hương"
    assert Person(given_name="Katalin", family_name="Novák").full_name == "Katalin Novák"


def test_dutch_form_of_address_is_given_or_derived_only_where_safe():
    assert Person(family_name="X", honorific="H.E.", honorific_nl="Z.E.").address("nl") == "Z.E."
    assert Person(family_name="X", honorific="H.E.", honorific_nl="Z.E.").address("en") == "H.E."
    assert Person(family_name="X", honorific="Prof. Dr").address("nl") == "prof. dr."
    assert Person(family_name="X", honorific="Ms").address("nl") == "mevrouw"
    # gendered in Dutch (Zijne/Hare Excellentie): not guessed, the English form stays until one is set
    assert Person(family_name="X", honorific="H.E.").address("nl") == "H.E."


def test_native_script_is_shown_beside_the_latin_name_only_when_it_adds_something():
    p = Person(given_name="Tarō", family_name="Yamada", family_name_first=True, native_name=" 山田 太郎 ")
    assert p.name_with_native() == "Yamada Tarō (山田 太郎)"
    assert Person(given_name="Ayşe", family_name="Yılmaz", native_name="Ayşe Yılmaz").name_with_native() == "Ayşe Yılmaz"
    assert "山田太郎" in Person(family_name="Yamada", native_name="山田太郎").search_text()[0]


def test_family_first_is_the_default_only_where_that_is_the_custom():
    assert usual_family_first("VNM") and usual_family_first("JPN") and usual_family_first("CHN")
    assert not usual_family_first("HUN") and not usual_family_first("NLD") and not usual_family_first(None)
