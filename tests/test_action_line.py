"""Actions written as one line of a meeting note: what, who and by when, in Dutch and English."""

from datetime import date

import pytest

from briefer.action_line import is_action_line, read_action_line

WED = date(2019, 6, 19)  # a Wednesday
PEOPLE = [("p-mulder", "Eva", "Mulder"), ("p-dam", "Joost", "van Dam"), ("p-smit", "Lotte", "Smit"),
          ("p-smit2", "Jan", "Smit"), ("p-ozer", "Ayşe", "Özer")]


@pytest.mark.parametrize("line, what, owner_id, due", [
    ("→ send the data to RIVM @Mulder fri", "send the data to RIVM", "p-mulder", date(2019, 6, 21)),
    ("-> stuur de cijfers naar RIVM @Mulder vr", "stuur de cijfers naar RIVM", "p-mulder", date(2019, 6, 21)),
    ("=> @van_Dam draft the letter by tomorrow", "draft the letter", "p-dam", date(2019, 6, 20)),
    ("Actie: nota aan DG uiterlijk maandag @ozer", "nota aan DG", "p-ozer", date(2019, 6, 24)),
    ("Action: share the slides @Eva 28-6", "share the slides", "p-mulder", date(2019, 6, 28)),
    ("TODO: check the figures with FAO", "check the figures with FAO", None, None),
    ("→ call back before 1 jul", "call back", None, date(2019, 7, 1)),
])
def test_a_line_reads_as_what_who_and_by_when(line, what, owner_id, due):
    action = read_action_line(line, WED, PEOPLE)
    assert (action.what, action.owner_id, action.due) == (what, owner_id, due)


def test_words_that_only_might_be_a_day_stay_text():
    """"do" is Dutch for Thursday and English for do: at the end of a sentence it is a word."""
    assert read_action_line("→ ask them what to do", WED, PEOPLE) == read_action_line("→ ask them what to do", WED)
    action = read_action_line("→ ask them what to do", WED, PEOPLE)
    assert (action.what, action.due) == ("ask them what to do", None)
    assert read_action_line("→ find the figures for 2030", WED).due is None  # a year, not a day
    # …but after "voor" or right after the owner, the abbreviation is a day
    assert read_action_line("→ bel terug voor do", WED).due == date(2019, 6, 20)
    assert read_action_line("→ bel terug @Mulder do", WED, PEOPLE).due == date(2019, 6, 20)


def test_an_owner_several_people_could_be_is_left_to_choose():
    action = read_action_line("→ book the room @Smit", WED, PEOPLE)
    assert action.owner_id is None and set(action.owner_choices) == {"p-smit", "p-smit2"}
    assert action.owner == "Smit"
    nobody = read_action_line("→ book the room @Jansen", WED, PEOPLE)
    assert (nobody.owner, nobody.owner_id, nobody.owner_choices) == ("Jansen", None, ())


def test_only_marked_lines_are_actions():
    assert not is_action_line("The minister agreed to send the data")
    assert read_action_line("send the data @Mulder fri", WED, PEOPLE) is None
    assert is_action_line("  → follow up") and is_action_line("actie: bellen")


@pytest.mark.parametrize("line, what, due", [
    ("→ send the report by 28 juni 2019", "send the report", date(2019, 6, 28)),  # a day in three words
    ("→ call fri", "call", date(2019, 6, 21)),  # a short line
    ("→ tomorrow", "", date(2019, 6, 20)),  # nothing but the day: the form asks for what
])
def test_the_day_is_read_however_many_words_it_takes(line, what, due):
    action = read_action_line(line, WED)
    assert (action.what, action.due) == (what, due)


def test_the_first_name_with_an_at_is_the_owner_and_a_later_one_stays_text():
    action = read_action_line("→ @Mulder asks @Verbeek for the data fri", WED, PEOPLE)
    assert (action.owner_id, action.what) == ("p-mulder", "asks @Verbeek for the data")
