"""Full-text search as a user meets it: ranked, accent-blind, as-you-type, with marked snippets.

Real database files (the ``store`` fixtures); every assertion is something a
user would check in the search box or with ``briefer search``.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefer.model import Country, CountryBrief, Meeting, Note, Person
from briefer.store import search as search_mod
from briefer.store.search import fts_query, make_snippet, query_words


def utc(y, mo, d, h=0, mi=0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=timezone.utc)


def ids(hits):
    return [h.record_id for h in hits]


def note(store, body, **kw):
    return store.notes.add(Note(body=body, **kw))


# --------------------------------------------------------------------------- ranking
def test_title_match_ranks_above_body_match(store):
    in_body = store.people.add(Person(family_name="Jansen", biography="Worked with Stewart on stewardship."))
    in_title = store.people.add(Person(given_name="Anna", family_name="Stewart", biography="Chief veterinary officer."))
    hits = store.search("Stewart")
    assert ids(hits)[:2] == [in_title.id, in_body.id]


def test_rarer_term_ranks_the_document_that_has_it_first(store):
    for i in range(8):
        note(store, f"Discussion {i} on surveillance in hospitals and the national action plan.")
    rare_twice = note(store, "Poultry farms: poultry surveillance remains weak.")
    common_twice = note(store, "Surveillance, surveillance and once poultry.")
    hits = store.search("surveillance poultry")
    assert ids(hits) == [rare_twice.id, common_twice.id]


def test_records_come_before_notes_and_both_are_found(store):
    person = store.people.add(Person(given_name="Nila", family_name="Moeloek", position="Minister of Health"))
    n = note(store, "Minister Moeloek asked about twinning with RIVM.")
    hits = store.search("moeloek")
    assert [(h.kind, h.record_id) for h in hits] == [("person", person.id), ("note", n.id)]
    assert hits[0].title == "Nila Moeloek"


def test_the_best_match_is_found_however_many_newer_notes_match(store):
    """More matches than the typing preview's window: the settled answer still ranks them all."""
    old_best = note(store, "Resistance, resistance and resistance: the resistance note.")
    store.notes.put_many([Note(body=f"Note {i}: one mention of resistance among many other words in a longer text.")
                          for i in range(search_mod.WINDOW + 20)])
    hits = store.search("resistance", limit=5)
    assert ids(hits)[0] == old_best.id
    preview = store.search_preview("resistance", limit=5)
    assert old_best.id not in ids(preview.hits) and preview.exact is False  # the window never reached it, and says so


def test_a_preview_that_saw_every_match_is_the_exact_answer(store, monkeypatch):
    monkeypatch.setattr(search_mod, "WINDOW", 3)
    old_best = note(store, "resistance resistance resistance resistance")
    newer = [note(store, f"one mention of resistance in note {i} among many other words here") for i in range(3)]
    preview = store.search_preview("resistance")
    assert set(ids(preview.hits)) == {n.id for n in newer} and not preview.exact
    assert ids(store.search("resistance"))[0] == old_best.id
    poultry = [note(store, "poultry farms"), note(store, "poultry and resistance")]
    rare = store.search_preview("poultry")  # in fewer notes than the window: complete, and the same answer
    assert rare.exact and ids(rare.hits) == ids(store.search("poultry")) and set(ids(rare.hits)) == {p.id for p in poultry}


def test_newest_first_is_an_order_over_every_match_not_a_cut(store):
    first = note(store, "resistance resistance resistance")
    second = note(store, "resistance once")
    third = note(store, "resistance in the third")
    assert ids(store.search("resistance", order="newest")) == [third.id, second.id, first.id]
    assert ids(store.search("resistance"))[0] == first.id


# --------------------------------------------------------------------------- accents
@pytest.mark.parametrize(
    "stored, typed",
    [("Curaçao", "Curacao"), ("Curacao", "Curaçao"), ("Indonesië", "Indonesie"), ("Indonesie", "Indonesië"),
     ("Ødegaard Sørensen Çelik", "çelik"), ("José Núñez", "jose nunez")],
)
def test_accents_are_folded_both_ways(store, stored, typed):
    n = note(store, f"Bilateral with {stored} went well.")
    assert ids(store.search(typed)) == [n.id]


def test_country_names_in_dutch_and_english_find_the_brief(conference_store):
    store = conference_store
    store.countries.add(Country(iso3="IDN"))
    brief = store.country_briefs.add(CountryBrief(country="IDN", summary="Co-chair of the conference."))
    for typed in ("Indonesia", "Indonesië", "indonesie"):
        assert brief.id in ids(store.search(typed)), typed


# --------------------------------------------------------------------------- as you type
def test_every_prefix_typed_finds_the_word(store):
    n = note(store, "We agreed on antimicrobial stewardship in Curaçao.")
    store.people.add(Person(family_name="Pieterse"))  # does not match; must not crowd out the note
    word = "stewardship"
    for i in range(1, len(word) + 1):
        assert n.id in ids(store.search(word[:i])), word[:i]
    for typed in ("c", "cu", "cur", "Curaç", "anti", "antimicrobial stew"):
        assert n.id in ids(store.search(typed)), typed


PREFIX_WORDS = ["steward", "stewards", "stewardship", "stewing", "stew", "surveillance", "surveys", "résistance",
                "resistant", "resistance", "residues", "One", "Health", "healthy", "Curaçao", "curate"]


@pytest.fixture
def prefix_corpus(store):
    import random

    rng = random.Random(7)
    notes = {}
    for i in range(40):
        words = rng.sample(PREFIX_WORDS, rng.randint(1, 4))
        notes[note(store, " ".join(words) + f" filler{i}.").id] = words
    return store, notes


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_prefix_search_finds_exactly_the_notes_with_a_word_so_begun(prefix_corpus, data):
    """Whatever the prefix length (prefix index, spelled-out terms, or many terms), the same notes."""
    from briefer.store.search import fold

    store, notes = prefix_corpus
    word = data.draw(st.sampled_from(PREFIX_WORDS))
    typed = word[: data.draw(st.integers(1, len(word)))]
    before = data.draw(st.sampled_from(["", "health "]))
    expected = {
        nid for nid, words in notes.items()
        if any(fold(w).startswith(fold(typed)) for w in words)
        and (not before or any(fold(w) == "health" for w in words))
    }
    found = {h.record_id for h in store.search(before + typed, limit=100)}
    assert found == expected, (before + typed)


def test_long_prefix_of_many_terms_falls_back_to_the_prefix_query(prefix_corpus, monkeypatch):
    store, notes = prefix_corpus
    spelled = {h.record_id for h in store.search("stewa", limit=100)}
    monkeypatch.setattr(search_mod, "MAX_EXPANSION", 1)
    assert {h.record_id for h in store.search("stewa", limit=100)} == spelled
    assert spelled == {nid for nid, ws in notes.items() if any(w.startswith("stewa") for w in ws)}


def test_long_prefix_that_begins_no_word_finds_nothing(prefix_corpus):
    store, _ = prefix_corpus
    assert store.search("stewx") == []
    assert store.search("health stewx") == []


def test_earlier_words_must_match_whole(store):
    n = note(store, "stewardship in hospitals")
    assert ids(store.search("stewardship hosp")) == [n.id]
    assert store.search("stew hospitals") == []  # only the last word is a prefix


# --------------------------------------------------------------------------- snippets
def test_snippet_marks_the_match_in_its_context(store):
    filler = " ".join(f"word{i}" for i in range(60))
    note(store, f"{filler} the minister of Curaçao raised stewardship in poultry farming. {filler}")
    hit = store.search("curacao")[0]
    assert "[Curaçao]" in hit.snippet
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert "raised stewardship" in hit.snippet
    assert len(hit.snippet) < 200


def test_snippet_marks_the_whole_word_of_a_prefix_and_every_query_word(store):
    note(store, "Surveillance data from poultry farms; poultry surveillance improves.")
    hit = store.search("poultry surv")[0]
    assert hit.snippet.count("[Surveillance]") + hit.snippet.count("[surveillance]") == 2
    assert hit.snippet.count("[poultry]") == 2


def test_snippet_of_a_title_only_match_is_the_opening_text():
    assert make_snippet("First words of the note. More text.", ["Visser"]) == "First words of the note. More text."


# --------------------------------------------------------------------------- staying current
def test_search_follows_update_delete_and_restore(store):
    n = note(store, "Talked about surveillance capacity.")
    assert ids(store.search("surveillance")) == [n.id]

    edited = store.notes.update(n.evolve(body="Talked about twinning instead."))
    assert store.search("surveillance") == []
    assert ids(store.search("twinning")) == [n.id]

    store.notes.restore(n.id, 1)
    assert ids(store.search("surveillance")) == [n.id]
    assert store.search("twinning") == []
    assert edited.revision == 2

    store.notes.delete(n.id)
    assert store.search("surveillance") == []
    assert store.search("talked") == []


def test_records_stay_current_too(conference_store):
    store = conference_store
    principal = store.people.add(Person(given_name="Bruno", family_name="Bruins"))
    store.countries.add(Country(iso3="BRA"))
    m = store.meetings.add(Meeting(start=utc(2019, 6, 19, 9), end=utc(2019, 6, 19, 9, 30),
                                   principal_id=principal.id, counterpart_country="BRA"))
    assert m.id in ids(store.search("Brazil"))
    assert m.id in ids(store.search("Brazilië"))  # the Dutch name is indexed too
    store.meetings.update(m.evolve(title="Bilateral on livestock antibiotics"))
    assert m.id in ids(store.search("livestock"))
    renamed = store.people.update(principal.evolve(family_name="Schouten"))
    assert store.search("bruins") == []
    assert ids(store.search("schouten")) == [renamed.id]


def test_search_survives_closing_and_reopening_the_file(tmp_path):
    from briefer.store import Store

    path = tmp_path / "reopen.sqlite"
    with Store.open(path, user="tester") as s:
        n = s.notes.add(Note(body="Noordwijk stewardship"))
    with Store.open(path, user="tester") as s:
        assert ids(s.search("noordw")) == [n.id]


# --------------------------------------------------------------------------- hostile input
HOSTILE = ['"', '""', "'", "*", "**", "a*", "*a", "NEAR(", "NEAR(a b", "NEAR(a b, 2)", "-", "-a", "a -b",
           "a OR", "OR", "AND NOT", "NOT", "(", ")", "()", "title:", "title:x", "body : y", "^a", "a+b",
           "", " ", "...", "!?;:", "\\", "%", "_", "__", "\x00", "'; DROP TABLE notes; --", "{title body}: x",
           "a\"b", "\"a\" \"b\"*", "ǅ", "ß", "İstanbul", "😀", "ﬁ", "\u0301", "x" * 5000]


@pytest.fixture
def populated(store):
    store.people.add(Person(given_name="Anna", family_name="Stewart"))
    note(store, "Surveillance OR stewardship — NEAR the \"quoted\" title: AND NOT * end.")
    return store


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_query_text_never_raises(populated, text):
    hits = populated.search(text)
    assert isinstance(hits, list)


def test_fts_syntax_in_the_query_is_searched_as_words(populated):
    # "OR" and "NOT" are words here, not operators: every word must still match.
    assert [h.kind for h in populated.search("surveillance OR stewardship")] == ["note"]
    assert populated.search("surveillance OR nothere") == []
    assert populated.search("title: quoted") != []


def test_empty_and_punctuation_only_queries_find_nothing(populated):
    for text in ("", "   ", "!!!", "*", "\"\"", "-"):
        assert populated.search(text) == []
        assert fts_query(query_words(text)) is None


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=40) | st.lists(st.sampled_from(HOSTILE + ["surv", "Stew", "NEAR", "a"]),
                                             max_size=5).map(" ".join))
def test_any_text_is_a_valid_query(populated, text):
    hits = populated.search(text)
    assert all(h.record_id for h in hits)


def test_briefer_search_prints_the_best_match_first_and_newest_first_when_asked(data_dir, capsys):
    import json

    from briefer.cli import main
    from briefer.store import Store

    data_dir.mkdir(parents=True, exist_ok=True)
    with Store.open(data_dir / "briefer.sqlite") as s:
        best = s.notes.add(Note(body="Resistance, resistance, resistance."))
        newest = s.notes.add(Note(body="Antimicrobial resistance came up once among many other things said."))
    assert main(["--data-dir", str(data_dir), "search", "resistance", "--json"]) == 0
    assert [h["record_id"] for h in json.loads(capsys.readouterr().out)] == [best.id, newest.id]
    assert main(["--data-dir", str(data_dir), "search", "resistance", "--newest", "--json"]) == 0
    assert [h["record_id"] for h in json.loads(capsys.readouterr().out)] == [newest.id, best.id]
