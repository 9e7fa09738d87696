"""Counts in sentences the core prints: "1 session", "2 sessions", "0 warnings" — in English and Dutch alike."""

from __future__ import annotations

import pytest

from briefer.i18n import COUNTS, counted


@pytest.mark.parametrize("lang, n, text", [
    ("en", 0, "0 sessions"), ("en", 1, "1 session"), ("en", 2, "2 sessions"),
    ("nl", 0, "0 sessies"), ("nl", 1, "1 sessie"), ("nl", 21, "21 sessies"),
])
def test_a_count_takes_the_noun_s_form_for_its_number(lang, n, text):
    assert counted("sessions", n, lang) == text


def test_a_bilateral_in_dutch_is_a_conversation_counted_as_one():
    assert counted("bilaterals", 1, "nl") == "1 bilateraal gesprek"
    assert counted("bilaterals", 3, "nl") == "3 bilaterale gesprekken"


def test_every_noun_has_both_forms_in_both_languages():
    assert set(COUNTS["nl"]) == set(COUNTS["en"])
    assert all(set(forms) == {"one", "other"} for words in COUNTS.values() for forms in words.values())


def test_the_app_s_idle_lock_is_told_in_minutes_one_or_more(data_dir, capsys):
    """`briefer autolock 1` and `autolock 5`: "after 1 idle minute", "after 5 idle minutes"."""
    from briefer.cli import main

    assert main(["autolock", "1"]) == 0
    assert capsys.readouterr().out.strip() == "the app locks after 1 idle minute"
    assert main(["autolock", "5"]) == 0
    assert capsys.readouterr().out.strip() == "the app locks after 5 idle minutes"
