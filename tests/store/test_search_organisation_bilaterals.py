"""A bilateral with an organisation is found by the organisation's names and titled as everywhere
else — "Bilateral with the European Commission", never "Bilateral with organisation"."""

from __future__ import annotations

from briefer.model import Meeting, Organisation, Person
from tests.conftest import utc


def _bilateral(store) -> tuple[Organisation, Meeting]:
    ec = store.organisations.add(Organisation(name="European Commission", name_nl="Europese Commissie", acronym="EC",
                                              article_en="the", article_nl="de", acronym_in_titles=False))
    minister = store.people.add(Person(given_name="Sophie", family_name="Hermans", principal_title="Minister",
                                       country="NLD"))
    meeting = store.meetings.add(Meeting(start=utc(2019, 6, 19, 19), end=utc(2019, 6, 19, 19, 30),
                                         principal_id=minister.id, counterpart_organisation_id=ec.id))
    return ec, meeting


def test_the_bilateral_is_found_by_the_organisations_names_in_both_languages(conference_store):
    ec, meeting = _bilateral(conference_store)
    for words in ("European Commission", "Europese Commissie"):
        hits = [h for h in conference_store.search(words) if h.record_table == "meetings"]
        assert [(h.record_id, h.title) for h in hits] == [(meeting.id, "Bilateral with the European Commission")]


def test_renaming_the_organisation_renames_its_bilateral_in_search(conference_store):
    ec, meeting = _bilateral(conference_store)
    conference_store.organisations.update(ec.evolve(name="European Union", name_nl="Europese Unie", acronym="EU"))
    assert [h.title for h in conference_store.search("European Union") if h.record_table == "meetings"] == [
        "Bilateral with the European Union"]
    assert [h for h in conference_store.search("Commission") if h.record_table == "meetings"] == []


def test_a_bulk_load_names_the_organisation_too(conference_store):
    ec = conference_store.organisations.add(Organisation(name="Food and Agriculture Organization", acronym="FAO"))
    minister = conference_store.people.add(Person(given_name="Carola", family_name="Schouten", country="NLD",
                                                  principal_title="Minister"))
    meetings = [Meeting(start=utc(2019, 6, 19, 9 + i), end=utc(2019, 6, 19, 9 + i, 30), principal_id=minister.id,
                        counterpart_organisation_id=ec.id) for i in range(3)]
    conference_store.meetings.put_many(meetings)
    hits = [h for h in conference_store.search("Agriculture") if h.record_table == "meetings"]
    assert sorted(h.record_id for h in hits) == sorted(m.id for m in meetings)
    assert {h.title for h in hits} == {"Bilateral with FAO"}
