"""Where an action stands against the calendar, as the Actions list groups it (no window needed).

The conference week of June 2019: Wednesday the 19th is "today" unless a test says otherwise.
"This week" runs to the coming Sunday; finished actions go last whatever their date.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from briefer.model import (
    Action,
    ActionStatus,
    Conference,
    Delegation,
    DelegationMember,
    Meeting,
    MemberRole,
    Person,
)
from briefer.schedule.action_groups import DueGroup, actions_context, due_group, todo_order

WEDNESDAY = date(2019, 6, 19)


def _action(text: str, due: date | None = None, status: ActionStatus = ActionStatus.OPEN) -> Action:
    return Action(description=text, due=due, status=status)


def test_an_advisers_list_on_wednesday_of_the_conference_week():
    groups = {
        "letter due yesterday": due_group(_action("x", date(2019, 6, 18)), WEDNESDAY),
        "call due today": due_group(_action("x", WEDNESDAY), WEDNESDAY),
        "debrief due Friday": due_group(_action("x", date(2019, 6, 21)), WEDNESDAY),
        "report due Sunday": due_group(_action("x", date(2019, 6, 23)), WEDNESDAY),
        "visit due next Monday": due_group(_action("x", date(2019, 6, 24)), WEDNESDAY),
        "no date": due_group(_action("x"), WEDNESDAY),
        "started, due last week": due_group(_action("x", date(2019, 6, 12), ActionStatus.IN_PROGRESS), WEDNESDAY),
        "done, was due last week": due_group(_action("x", date(2019, 6, 12), ActionStatus.DONE), WEDNESDAY),
        "cancelled, due next month": due_group(_action("x", date(2019, 7, 15), ActionStatus.CANCELLED), WEDNESDAY),
        "done, never had a date": due_group(_action("x", None, ActionStatus.DONE), WEDNESDAY),
    }
    assert groups == {
        "letter due yesterday": DueGroup.OVERDUE,
        "call due today": DueGroup.THIS_WEEK,  # today is not late yet
        "debrief due Friday": DueGroup.THIS_WEEK,
        "report due Sunday": DueGroup.THIS_WEEK,  # the week ends on Sunday
        "visit due next Monday": DueGroup.LATER,
        "no date": DueGroup.NO_DATE,
        "started, due last week": DueGroup.OVERDUE,  # in progress is still open
        "done, was due last week": DueGroup.DONE,
        "cancelled, due next month": DueGroup.DONE,
        "done, never had a date": DueGroup.DONE,
    }


def test_this_week_on_monday_and_on_sunday():
    monday, sunday = date(2019, 6, 17), date(2019, 6, 23)
    # on Monday the whole working week and its weekend are "this week"; the Monday after is not
    assert due_group(_action("x", sunday), monday) is DueGroup.THIS_WEEK
    assert due_group(_action("x", date(2019, 6, 24)), monday) is DueGroup.LATER
    # on Sunday only Sunday is left of the week: Monday is already "later"
    assert due_group(_action("x", sunday), sunday) is DueGroup.THIS_WEEK
    assert due_group(_action("x", date(2019, 6, 24)), sunday) is DueGroup.LATER
    # on Tuesday and on Thursday the week still ends on Sunday
    for weekday in (date(2019, 6, 18), date(2019, 6, 20)):
        assert due_group(_action("x", sunday), weekday) is DueGroup.THIS_WEEK
        assert due_group(_action("x", date(2019, 6, 24)), weekday) is DueGroup.LATER
    # on Saturday, the Friday before is overdue and Sunday is this week
    assert due_group(_action("x", date(2019, 6, 21)), date(2019, 6, 22)) is DueGroup.OVERDUE
    assert due_group(_action("x", sunday), date(2019, 6, 22)) is DueGroup.THIS_WEEK
    assert due_group(_action("x", date(2019, 6, 24)), date(2019, 6, 22)) is DueGroup.LATER


def test_the_lists_default_order():
    actions = [
        _action("Read the report"),
        _action("book the room", date(2019, 6, 17), ActionStatus.DONE),
        _action("Plan the follow-up visit", date(2019, 6, 24)),
        _action("Debrief the minister", date(2019, 6, 21)),
        _action("Thank-you letter", date(2019, 6, 18)),
        _action("call the embassy", date(2019, 6, 21)),
        _action("Archive the papers"),
        _action("Agree the minutes", date(2019, 6, 14), ActionStatus.DONE),
        _action("Arrange the twinning visit", date(2019, 7, 15)),
    ]
    ordered = [a.description for a in sorted(actions, key=lambda a: todo_order(a, WEDNESDAY))]
    assert ordered == [
        "Thank-you letter",  # overdue
        "call the embassy",  # this week, Friday: by what it says, whatever its capitals
        "Debrief the minister",
        "Plan the follow-up visit",  # later, by date before what it says
        "Arrange the twinning visit",
        "Archive the papers",  # no date, by what it says
        "Read the report",
        "Agree the minutes",  # done: by their old due date, then what they say
        "book the room",
    ]


def test_the_actions_view_counts_today_in_the_conferences_timezone_and_knows_the_delegation(store):
    store.conference_repo.add(Conference(name="Tokyo meeting", start_date=date(2019, 6, 19),
                                         end_date=date(2019, 6, 20), timezone="Asia/Tokyo"))
    minister = store.people.add(Person(given_name="Bruno", family_name="Bruins", country="NLD"))
    adviser = store.people.add(Person(given_name="Anna", family_name="Adviseur", country="NLD"))
    guest = store.people.add(Person(given_name="Nila", family_name="Moeloek", country="IDN"))
    store.delegations.add(Delegation(country="NLD", host=True, members=[
        DelegationMember(person_id=minister.id, role=MemberRole.HEAD),
        DelegationMember(person_id=adviser.id, role=MemberRole.ADVISER),
    ]))
    store.delegations.add(Delegation(country="IDN", members=[
        DelegationMember(person_id=guest.id, role=MemberRole.HEAD)]))
    from datetime import datetime

    tokyo = ZoneInfo("Asia/Tokyo")
    m = store.meetings.add(Meeting(start=datetime(2019, 6, 19, 10, tzinfo=tokyo),
                                   end=datetime(2019, 6, 19, 10, 30, tzinfo=tokyo),
                                   principal_id=minister.id, counterpart_country="IDN"))
    meetings, tz, host = actions_context(store)
    assert [x.id for x in meetings] == [m.id]
    assert tz == tokyo
    assert host == {minister.id, adviser.id}  # the guest's delegation is not "Delegation"


def test_the_actions_view_of_a_store_without_a_conference_counts_in_utc(store):
    meetings, tz, host = actions_context(store)
    assert (meetings, tz, host) == ([], ZoneInfo("UTC"), set())
