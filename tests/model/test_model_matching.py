"""What an advisor types and which name it finds: the ranks pickers sort by and the names a person goes by.

The pickers put the best match first (the whole name, then a name starting with what was typed,
then a word of it, then any part), and ``briefer show person`` and search look a person up under
every name they go by — these tests state that as the user sees it, on real ``Person`` records.
"""

from __future__ import annotations

from briefer.model import Person
from briefer.model.matching import CONTAINS, EXACT, NO_MATCH, PREFIX, WORD, latin_key, name_rank, person_names, transliterates


def test_part_of_a_name_typed_from_its_middle_still_matches_but_ranks_last():
    assert name_rank("lenko", ["Olena Коваленко"]) == CONTAINS
    # typed with a space where the name has none ("Kova lenko"): still that name
    assert name_rank("Kova lenko", ["Olena Kovalenko"]) == CONTAINS
    assert name_rank("lenkx", ["Olena Kovalenko"]) == NO_MATCH


def test_a_name_with_no_letters_is_skipped_and_the_next_name_still_counts():
    assert name_rank("Olena", ["—", "Olena Kovalenko"]) == PREFIX
    assert name_rank("Kovalenko", ["", "Olena Kovalenko"]) == WORD


def test_the_best_of_several_names_wins_whatever_their_order():
    # a word of the first name, the start of the second: the start ranks first
    assert name_rank("Kova", ["Olena Kovalenko", "Kovalenko Olena"]) == PREFIX
    assert name_rank("Kova", ["Kovalenko Olena", "Olena Kovalenko"]) == PREFIX
    # part of the first, a word of the second
    assert name_rank("valenko", ["Kovalenko", "Olena Valenko"]) == WORD
    assert [name_rank("Olena", [n]) for n in ("Olena", "Olena K", "K Olena", "Kolena")] == [EXACT, PREFIX, WORD, CONTAINS]


def test_nothing_typed_or_only_punctuation_matches_nobody():
    assert name_rank("", ["Olena Kovalenko"]) == NO_MATCH
    assert name_rank(" - ", ["Olena Kovalenko"]) == NO_MATCH


def test_apostrophes_and_backticks_do_not_split_a_name():
    assert latin_key("O'Brien") == latin_key("O`Brien") == latin_key("O’Brien") == "obrien"
    assert name_rank("OBrien", ["Sean O`Brien"]) == WORD


def test_greek_upper_case_names_read_as_they_are_written_in_passports():
    assert latin_key("ΠΑΠΑΔΟΠΟΥΛΟΣ") == "papadopoulos"
    assert latin_key("Ουρανία") == "ourania"


def test_only_words_with_letters_folding_cannot_reach_need_their_latin_form():
    assert [transliterates(w) for w in ("Garcia", "García", "Curaçao")] == [False, False, False]
    assert [transliterates(w) for w in ("Weiß", "Yıldırım", "Коваленко", "Ødegaard")] == [True, True, True, True]


def test_a_person_is_found_under_every_name_they_go_by_and_no_blank_one():
    olena = Person(given_name="Olena", family_name="Kovalenko", honorific="H.E.", native_name="Олена Коваленко")
    assert person_names(olena) == ["Olena Kovalenko", "H.E. Olena Kovalenko", "Kovalenko", "Olena", "Олена Коваленко"]
    only_family = Person(family_name="Kovalenko", native_name="   ")
    assert person_names(only_family) == ["Kovalenko", "Kovalenko", "Kovalenko"]
