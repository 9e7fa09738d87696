"""Names found by what an advisor can type (issue 15): ı, ə, ß, ø, æ, đ, ł, Cyrillic and Greek.

Search, ``briefer show person`` and the name matching the pickers use all read a
name through its Latin transliteration; the hit is marked in its own script.
"""

from __future__ import annotations

import pytest

from briefer.cli import main
from briefer.errors import Ambiguous
from briefer.model import Note, Person
from briefer.model.matching import EXACT, NO_MATCH, PREFIX, WORD, latin_key, name_rank
from briefer.store import Store
from briefer.store import lookup
from briefer.store.search import fts_query

TYPED = [
    ("Yıldırım", "Yildirim"), ("Məmmədova", "Mammadova"), ("Weiß", "Weiss"), ("Коваленко", "Kovalenko"),
    ("Ødegaard", "Odegaard"), ("Ærø", "Aero"), ("Đorđević", "Dordevic"), ("Łukasiewicz", "Lukasiewicz"),
    ("İnönü", "Inonu"), ("Παπαδάκης", "Papadakis"), ("Παπαδόπουλος", "Papadopoulos"),
]


def ids(hits):
    return [h.record_id for h in hits]


@pytest.mark.parametrize("written, typed", TYPED)
def test_a_name_in_a_note_is_found_by_what_can_be_typed_and_marked_as_written(store, written, typed):
    other = store.notes.add(Note(body="Nothing about anyone in particular."))
    n = store.notes.add(Note(body=f"Met {written} on the margins; follow up next week."))
    hits = store.search(typed)
    assert ids(hits) == [n.id] and other.id not in ids(hits)
    assert f"[{written}]" in hits[0].snippet  # marked in its own script, not in the Latin form typed


@pytest.mark.parametrize("written, typed", TYPED)
def test_a_person_is_found_while_typing_their_name(store, written, typed):
    person = store.people.add(Person(given_name="Ayla", family_name=written, position="Minister"))
    for end in (4, len(typed)):  # part way through, and the whole name
        preview = store.search_preview(f"ayla {typed[:end]}")
        assert ids(preview.hits) == [person.id], typed[:end]
    assert ids(store.search(typed.upper())) == [person.id]


def test_a_name_typed_in_its_own_script_finds_the_latin_spelling(store):
    n = store.notes.add(Note(body="Minister Kovalenko asked for the data."))
    hits = store.search("Коваленко")
    assert ids(hits) == [n.id] and "[Kovalenko]" in hits[0].snippet


def test_accents_alone_still_fold_as_before_and_the_query_is_unchanged(store):
    n = store.notes.add(Note(body="Bilateral with García in Curaçao."))
    assert ids(store.search("garcia curacao")) == [n.id]
    # nothing to transliterate: the query sent to FTS5 is exactly the plain one
    assert store.search_index._index_query("notes", ["garcia", "cura"]) == fts_query(["garcia", "cura"])


def test_the_numbered_points_of_an_agenda_pasted_from_chinese_or_japanese_are_found_by_their_number(store):
    """Agendas from Beijing or Tokyo number their points ㈠ ㈡ or ⑴ ⑵; typing the number finds the point.

    Their accent-folded form, "(一)" or "(2)", keeps punctuation the Latin form has not: such a word
    must be indexed under its Latin form too, whichever of the two sorts first.
    """
    other = store.notes.add(Note(body="Point 3 of the agenda: nothing to report."))
    beijing = store.notes.add(Note(body="议程 ㈠ 开幕式 ㈡ 气候融资"))
    tokyo = store.notes.add(Note(body="Agenda ⑴ opening ⑵ finance"))
    for typed, marked in (("1", ("[⑴]", "[㈠]")), ("2", ("[⑵]", "[㈡]"))):
        hits = {h.record_id: h.snippet for h in store.search(typed)}
        assert sorted(hits) == sorted([beijing.id, tokyo.id]) and other.id not in hits, typed
        assert marked[0] in hits[tokyo.id] and marked[1] in hits[beijing.id]  # marked as written


def test_a_name_that_is_no_longer_written_anywhere_is_not_found(store):
    n = store.notes.add(Note(body="Met Weiß."))
    store.notes.update(n.model_copy(update={"body": "Met the delegation."}))
    assert store.search("Weiss") == []


def test_a_database_made_before_the_upgrade_finds_its_names_after_it(tmp_path):
    path = tmp_path / "old.sqlite"
    with Store.open(path, user="tester") as store:
        person = store.people.add(Person(given_name="Olena", family_name="Коваленко"))
        note = store.notes.add(Note(body="Spoke with Mr Yıldırım."))
        # as the previous release left it: no table of Latin forms, its migration not yet applied
        store.db.execute("DROP TABLE search_latin")
        store.db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm130_search_latin'")
        store.db.conn.commit()
    with Store.open(path, user="tester") as store:
        assert ids(store.search("Kovalenko")) == [person.id]
        assert ids(store.search("Yildirim")) == [note.id]


# ----------------------------------------------------------------------- names as pickers and the CLI read them
def test_latin_key_reads_every_script_as_latin_letters():
    assert [latin_key(w) for w, _ in TYPED] == [t.lower() for _, t in TYPED]
    assert latin_key("Nguyễn Thị Hương") == "nguyen thi huong"
    assert latin_key("O’Brien-Smith") == "obrien smith"


def test_name_rank_orders_exact_before_prefix_before_word():
    assert name_rank("Yildirim", ["Ayşe Yıldırım", "Yıldırım"]) == EXACT
    assert name_rank("Yild", ["Yıldırım"]) == PREFIX
    assert name_rank("Kovalenko", ["Olena Коваленко"]) == WORD
    assert name_rank("Smith", ["Olena Коваленко"]) == NO_MATCH


@pytest.mark.parametrize("written, typed", TYPED)
def test_show_person_finds_a_name_by_what_can_be_typed(store, written, typed):
    person = store.people.add(Person(given_name="Ayla", family_name=written))
    store.people.add(Person(given_name="Someone", family_name="Else"))
    assert lookup.person(store, typed).id == person.id
    assert lookup.person(store, f"ayla {typed}").id == person.id


def test_show_person_still_asks_when_a_typed_name_fits_two_people(store):
    store.people.add(Person(given_name="Ayşe", family_name="Yıldırım"))
    store.people.add(Person(given_name="Mehmet", family_name="Yildirim"))
    with pytest.raises(Ambiguous):
        lookup.person(store, "yildirim")


def test_briefer_show_person_on_the_command_line(data_dir, capsys):
    data_dir.mkdir(parents=True, exist_ok=True)
    with Store.open(data_dir / "briefer.sqlite") as s:
        s.people.add(Person(given_name="Olena", family_name="Коваленко", position="Minister of Health"))
    assert main(["--data-dir", str(data_dir), "show", "person", "Kovalenko"]) == 0
    out = capsys.readouterr().out
    assert "Коваленко" in out and "Minister of Health" in out


def test_names_loaded_in_bulk_are_found_too(store):
    """Bundles, restores and the demo load through put_many, which writes its search documents in one go."""
    with store.search_index.bulk():
        store.people.put_many([Person(given_name="Olena", family_name="Коваленко"),
                               Person(given_name="Ayşe", family_name="Yıldırım")])
        store.notes.put_many([Note(body="Herr Weiß asked for the data.")])
    assert [h.title for h in store.search("Kovalenko")] == ["Olena Коваленко"]
    assert [h.title for h in store.search("yildirim")] == ["Ayşe Yıldırım"]
    assert ["[Weiß]" in h.snippet for h in store.search("weiss")] == [True]
