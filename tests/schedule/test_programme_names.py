"""A person's programme names the other side as people write it: the country with its article in
running text, and people in their own order ("Nguyễn Thị Hương")."""

from __future__ import annotations

from datetime import datetime, timezone

from briefer.model import Meeting, Person
from briefer.schedule.programme import programme_for


def utc(y, mo, d, h=0, mi=0):
    return datetime(y, mo, d, h, mi, tzinfo=timezone.utc)


def test_programme_items_carry_the_counterpart_for_running_text_and_names_in_order(conference_store):
    store = conference_store
    minister = store.people.add(Person(given_name="Bruno", family_name="Bruins", principal_title="Minister"))
    adviser = store.people.add(Person(given_name="Thị Hương", family_name="Nguyễn", family_name_first=True))
    store.meetings.add(Meeting(start=utc(2019, 6, 19, 9), end=utc(2019, 6, 19, 9, 30), principal_id=minister.id,
                               counterpart_country="GBR", nl_participant_ids=[adviser.id]))
    store.meetings.add(Meeting(start=utc(2019, 6, 19, 10), end=utc(2019, 6, 19, 10, 30), principal_id=minister.id,
                               counterpart_country="DEU"))
    en = programme_for(store, minister.id)
    assert [(i.counterpart, i.counterpart_in_sentence) for i in en] == [("United Kingdom", "the United Kingdom"),
                                                                   ("Germany", "Germany")]
    assert en[0].with_names == ("Nguyễn Thị Hương",)
    nl = programme_for(store, minister.id, lang="nl")
    assert [i.counterpart_in_sentence for i in nl] == ["het Verenigd Koninkrijk", "Duitsland"]
