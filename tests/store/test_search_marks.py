"""What a search result shows (briefer/store/search.py): the snippet's extent around the match, and the
title with the words that matched marked — read back from a real store where the store is involved."""

from __future__ import annotations

from briefer.model import Note, Person
from briefer.store.search import make_snippet, mark_words, query_words, word_spans

COUNTING = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
            "sixteen seventeen eighteen nineteen twenty")


def test_a_snippet_shows_four_words_before_the_match_and_ten_after(store):
    store.notes.add(Note(body=COUNTING))
    [hit] = store.search("seven")
    assert hit.snippet == ("…three four five six [seven] eight nine ten eleven twelve thirteen fourteen fifteen "
                           "sixteen [seventeen]…")


def test_a_snippet_of_a_match_near_the_start_has_no_leading_ellipsis():
    assert make_snippet(COUNTING, ["two"]) == "one [two] three four five six seven eight nine ten eleven twelve…"


def test_a_title_marks_the_matching_name_wherever_it_stands(store):
    store.people.add(Person(given_name="Bruno", family_name="Bruins", position="Minister"))
    [hit] = store.search("bruins")
    assert mark_words(hit.title, ["bruins"]) == hit.title.replace("Bruins", "[Bruins]")
    assert mark_words("Bruins meets Bruinsma", ["bruins"]) == "[Bruins] meets [Bruinsma]"
    assert mark_words("Minister Bruins", ["bruins"]) == "Minister [Bruins]"
    assert mark_words("Minister Bruins", []) == "Minister Bruins"


def test_a_note_opened_from_a_hit_highlights_each_match_once(store):
    body = "Ayla Yıldırım met Коваленко and García; Yıldırım will follow up."
    note = store.notes.add(Note(body=body))
    for typed in ("Yıldırım", "yildirim"):
        assert [h.record_id for h in store.search(typed)] == [note.id]
        spans = word_spans(body, query_words(typed))
        assert [body[a:b] for a, b in spans] == ["Yıldırım", "Yıldırım"]
        assert spans == [(5, 13), (40, 48)]


def test_only_the_last_word_typed_is_a_prefix_in_what_is_marked(store):
    body = "Ayla met Aylan and Ayla Yıldırım on Tuesday"
    note = store.notes.add(Note(body=body))
    [hit] = store.search("ayla yild")
    assert hit.record_id == note.id
    assert hit.snippet == "[Ayla] met Aylan and [Ayla] [Yıldırım] on Tuesday"
    assert [body[a:b] for a, b in word_spans(body, query_words("ayla yild"))] == ["Ayla", "Ayla", "Yıldırım"]


def test_a_note_that_begins_with_a_name_in_its_own_letters_is_found_by_its_latin_spelling(store):
    note = store.notes.add(Note(body="Yıldırım will send the figures."))
    assert [h.record_id for h in store.search("yildirim")] == [note.id]
    assert [h.snippet for h in store.search("yildirim")] == ["[Yıldırım] will send the figures."]


def test_asking_for_one_result_gives_the_best_one(store):
    store.notes.add(Note(body="One mention of resistance."))
    best = store.notes.add(Note(body="Resistance, resistance and more resistance."))
    assert [h.record_id for h in store.search("resistance", limit=1)] == [best.id]
    assert [h.record_id for h in store.search_preview("resistance", limit=1).hits] == [best.id]
    assert store.search("resistance", limit=0) == []


def test_a_hit_on_the_title_alone_shows_the_first_fifteen_words():
    assert make_snippet(COUNTING, ["Visser"]) == ("one two three four five six seven eight nine ten eleven twelve "
                                                  "thirteen fourteen fifteen…")


def test_every_name_in_its_own_letters_in_a_note_is_found_by_its_latin_spelling(store):
    note = store.notes.add(Note(body="Yıldırım spoke after Коваленко and before Ağaoğlu."))
    for typed in ("yildirim", "kovalenko", "agaoglu"):
        assert [h.record_id for h in store.search(typed)] == [note.id], typed


def test_each_of_three_names_typed_in_latin_letters_is_marked_as_written(store):
    body = "Ağaoğlu met Коваленко and Yıldırım."
    note = store.notes.add(Note(body=body))
    [hit] = store.search("agaoglu kovalenko yild")
    assert hit.record_id == note.id
    assert hit.snippet == "[Ağaoğlu] met [Коваленко] and [Yıldırım]."


def test_every_whole_word_of_a_longer_query_is_marked(store):
    note = store.notes.add(Note(body="Anna Demir met the minister on Tuesday."))
    [hit] = store.search("anna demir minis")
    assert hit.record_id == note.id
    assert hit.snippet == "[Anna] [Demir] met the [minister] on Tuesday."
