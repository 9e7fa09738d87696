"""An attached document's record: what it must name, what it may belong to, how it is found and named.

Written for the gaps mutation testing of ``briefer/model/attachments.py`` found (docs/mutation-testing.md,
fourteenth session): each rule as a user meets it — a refusal naming what is wrong, the search box, the
message that names the attachment.
"""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from briefer.errors import BrieferError
from briefer.model import Attachment, CountryBrief, Meeting, Person, Session
from briefer.store import Store

PDF = b"%PDF-1.4\n% a small document\n"


@pytest.fixture
def store():
    s = Store.memory()
    p = s.people.add(Person(given_name="Nila", family_name="Moeloek", country="IDN"))
    s.meeting = s.meetings.add(Meeting(principal_id=p.id, counterpart_country="IDN",
                                       start="2030-01-01T09:00:00Z", end="2030-01-01T09:30:00Z"))
    yield s
    s.close()


@pytest.mark.parametrize("title, filename", [("   ", "plan.pdf"), ("Zoonosis strategy", ""), ("", "")])
def test_an_attachment_without_a_title_or_file_name_is_refused_naming_them(title, filename):
    with pytest.raises(ValidationError, match="the title and file name"):
        Attachment(title=title, filename=filename, meeting_id="m")


def test_a_negative_size_is_refused():
    """A hand-edited or hostile record (a bundle from another laptop) cannot claim a size below nothing."""
    with pytest.raises(ValidationError, match="size"):
        Attachment(title="Zoonosis strategy", filename="plan.pdf", meeting_id="m", size=-1)
    assert Attachment(title="Empty page", filename="e.pdf", meeting_id="m", size=0).size == 0


def test_an_attachment_belongs_to_a_meeting_a_session_or_a_country_brief_any_one_of_them(store):
    session = store.sessions.add(Session(title="Opening plenary", start="2030-01-01T07:00:00Z",
                                         end="2030-01-01T08:00:00Z"))
    brief = store.country_briefs.add(CountryBrief(country="IDN"))
    for link in ({"meeting_id": store.meeting.id}, {"session_id": session.id}, {"country_brief_id": brief.id}):
        saved = store.add_attachment(Attachment(title="Programme", filename="p.pdf", **link), PDF)
        assert store.attachment_content(saved.id) == PDF and saved.size == len(PDF)
    with pytest.raises(ValidationError, match="belongs to a meeting, a session or a country brief"):
        Attachment(title="Programme", filename="p.pdf")


def test_the_search_box_finds_an_attachment_by_its_title_and_by_its_file_name(store):
    saved = store.add_attachment(Attachment(title="Zoonosis strategy", filename="one-health-plan-2030.pdf",
                                            meeting_id=store.meeting.id), PDF)
    for query in ("zoonosis", "one-health-plan"):
        hits = [(h.kind, h.record_id, h.title) for h in store.search(query)]
        assert hits == [("attachment", saved.id, "Zoonosis strategy")], (query, hits)


def test_a_refusal_about_an_attachment_names_it_by_its_title(store):
    with pytest.raises(BrieferError, match="attachment Zoonosis strategy"):
        store.add_attachment(Attachment(title="Zoonosis strategy", filename="plan.pdf", meeting_id="no-such-meeting"),
                             PDF)
