"""Reports and the action list name a bilateral with an organisation as every other output does."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from briefer.exchange.report import build_action_list, build_notes_report
from briefer.model import Action, Conference, Meeting, Organisation, Person


@pytest.fixture
def commission(store):
    store.conference_repo.add(Conference(name="COP29", start_date=date(2024, 11, 11), end_date=date(2024, 11, 22),
                                         timezone="Asia/Baku"))
    p = store.people.add(Person(given_name="Sophie", family_name="Hermans", principal_title="Minister"))
    ec = store.organisations.add(Organisation(name="European Commission", name_nl="Europese Commissie", acronym="EC",
                                              acronym_in_titles=False, article_en="the", article_nl="de"))
    m = store.meetings.add(Meeting(principal_id=p.id, counterpart_organisation_id=ec.id,
                                   start=datetime(2024, 11, 12, 17, tzinfo=timezone.utc),
                                   end=datetime(2024, 11, 12, 17, 30, tzinfo=timezone.utc)))
    store.actions.add(Action(description="Send the NDC synthesis", meeting_id=m.id, owner_id=p.id))
    return store


@pytest.mark.parametrize("lang, title, counterpart", [
    ("en", "Bilateral with the European Commission", "European Commission (EC)"),
    ("nl", "Bilateraal met de Europese Commissie", "Europese Commissie (EC)"),
])
def test_the_action_list_and_the_notes_report_title_the_meeting(commission, lang, title, counterpart):
    [line] = build_action_list(commission, lang=lang)
    assert line.meeting == title and line.counterpart == counterpart
    [meeting] = build_notes_report(commission, lang=lang).meetings
    assert meeting.title == title and meeting.counterpart == counterpart
