"""What an advisor's exported report holds after the conference, read back from the Markdown file.

A week of bilaterals at COP29 in Baku (UTC+4), entered in no particular order: the report
lists them by the hour they were held, dates them in Baku, names who sat on each side, says
which objectives were met, and leaves out what is classified above the chosen ceiling —
saying how much it left out. The action list is read back from the CSV.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timezone

import pytest

from briefer.errors import NotFound
from briefer.exchange.actions_export import write_actions
from briefer.exchange.markdown_report import write_markdown
from briefer.exchange.report import build_action_list, build_notes_report
from briefer.model import (
    Action, ActionStatus, Classification, Conference, Meeting, MeetingBrief, MeetingStatus, Note, Objective,
    Organisation, Outcome, Person, Room,
)
from briefer.store import Store


def utc(d, h, mi=0) -> datetime:
    return datetime(2024, 11, d, h, mi, tzinfo=timezone.utc)


@pytest.fixture
def cop(tmp_path):
    s = Store.open(tmp_path / "cop29.sqlite", user="sophie")
    s.conference_repo.add(Conference(name="COP29", start_date=date(2024, 11, 11), end_date=date(2024, 11, 22),
                                     timezone="Asia/Baku"))
    w: dict = {}
    w["minister"] = s.people.add(Person(given_name="Sophie", family_name="Hermans", principal_title="Minister"))
    w["advisor"] = s.people.add(Person(given_name="Joost", family_name="van Dam"))
    w["notetaker"] = s.people.add(Person(given_name="Lotte", family_name="Smit"))
    w["kenyan"] = s.people.add(Person(given_name="Soipan", family_name="Tuya", country="KEN"))
    w["room"] = s.rooms.add(Room(name="Blue Zone B3"))
    w["who"] = s.organisations.add(Organisation(name="World Health Organization", acronym="WHO"))
    # entered last-first: the report must not follow the order they were typed in
    w["late"] = s.meetings.add(Meeting(  # 20:30 UTC on the 13th is half past midnight on the 14th in Baku
        principal_id=w["minister"].id, counterpart_country="BRA", status=MeetingStatus.CONFIRMED,
        start=utc(13, 20, 30), end=utc(13, 21, 0)))
    w["kenya"] = s.meetings.add(Meeting(
        principal_id=w["minister"].id, counterpart_country="KEN", counterpart_organisation_id=w["who"].id,
        counterpart_ids=[w["kenyan"].id], nl_participant_ids=[w["advisor"].id], note_taker_id=w["notetaker"].id,
        room_id=w["room"].id, status=MeetingStatus.HELD, start=utc(12, 9), end=utc(12, 9, 30)))
    w["secret"] = s.meetings.add(Meeting(
        principal_id=w["minister"].id, counterpart_country="CHN", classification=Classification.STG_CONFIDENTIEEL,
        status=MeetingStatus.HELD, start=utc(12, 11), end=utc(12, 11, 45)))
    obj_met, obj_open = Objective(text="Co-sponsor the health day"), Objective(text="Agree a twinning")
    s.meeting_briefs.add(MeetingBrief(meeting_id=w["kenya"].id, objectives=[obj_met, obj_open]))
    s.outcomes.add(Outcome(meeting_id=w["kenya"].id, objective_id=obj_met.id, objective_met=True,
                           text="Kenya co-sponsors the health day"))
    s.notes.add(Note(meeting_id=w["kenya"].id, author="Joost", body="Kenya will co-sponsor."))
    s.notes.add(Note(meeting_id=w["kenya"].id, author="Lotte", body="Assessment: keen on funding.",
                     classification=Classification.DEP_VERTROUWELIJK))
    s.notes.add(Note(meeting_id=w["secret"].id, author="Joost", body="Red lines on finance."))
    yield s, w
    s.close()


def test_the_report_lists_meetings_by_when_they_were_held_dated_in_the_conference_zone(cop, tmp_path):
    store, w = cop
    [path] = write_markdown(build_notes_report(store), tmp_path / "cop29.md")
    text = path.read_text(encoding="utf-8")
    headings = [line for line in text.splitlines() if line.startswith("## ") and "with" in line]
    assert headings == ["## Bilateral with Kenya", "## Bilateral with China", "## Bilateral with Brazil"]
    # 09:00 UTC is 13:00 in Baku; 20:30 UTC on the 13th is 00:30 on Thursday the 14th
    assert "- **Date:** Tuesday 12 November 2024, 13:00–13:30" in text
    assert "- **Date:** Thursday 14 November 2024, 00:30–01:00" in text
    files = write_markdown(build_notes_report(store), tmp_path / "split", split=True)
    assert [f.name for f in files] == ["001-2024-11-12-bilateral-with-kenya.md",
                                       "002-2024-11-12-bilateral-with-china.md",
                                       "003-2024-11-14-bilateral-with-brazil.md"]


def test_each_meeting_names_its_place_sides_status_and_objectives(cop, tmp_path):
    store, w = cop
    [path] = write_markdown(build_notes_report(store), tmp_path / "cop29.md")
    text = path.read_text(encoding="utf-8")
    kenya = text.split("## Bilateral with Kenya")[1].split("## Bilateral with")[0]
    assert "- **Place:** Blue Zone B3" in kenya
    assert "- **Principal:** Sophie Hermans" in kenya
    assert "- **Netherlands:** Joost van Dam, Lotte Smit" in kenya  # the note-taker sat on our side
    assert "- **Counterpart side:** Soipan Tuya" in kenya
    assert "- **Status:** held" in kenya
    assert "- Co-sponsor the health day — *met*" in kenya
    assert "- Agree a twinning — *not recorded*" in kenya  # no outcome against it
    assert "| Tuesday 12 November 2024 | 13:00–13:30 | Kenya / World Health Organization (WHO) | Sophie Hermans | 1/2 | 0 |" in text
    brazil = text.split("## Bilateral with Brazil")[1]
    assert "- **Place:** room to be confirmed" in brazil
    assert "- **Counterpart side:** Brazil" in brazil and "- **Netherlands:** —" in brazil
    assert "- **Status:** confirmed" in brazil
    assert "| Thursday 14 November 2024 | 00:30–01:00 | Brazil | Sophie Hermans | — | 0 |" in text


def test_a_ceiling_leaves_out_classified_meetings_and_notes_and_says_how_many(cop, tmp_path):
    store, w = cop
    report = build_notes_report(store, ceiling=Classification.ONGERUBRICEERD)
    [path] = write_markdown(report, tmp_path / "public.md")
    text = path.read_text(encoding="utf-8")
    assert "China" not in text and "Red lines" not in text and "keen on funding" not in text
    assert "Kenya will co-sponsor." in text
    assert "## Bilateral with Brazil" in text  # the meetings after a left-out one are all there
    assert "*2 classified items left out of this version.*" in text  # one meeting, one note
    assert "VERTROUWELIJK" not in text and "CONFIDENTIEEL" not in text
    # at the note's own level it stays in, and the file is marked as its highest content
    report = build_notes_report(store, ceiling=Classification.DEP_VERTROUWELIJK)
    [path] = write_markdown(report, tmp_path / "dep.md")
    text = path.read_text(encoding="utf-8")
    assert "keen on funding" in text and "China" not in text
    assert "*1 classified item left out of this version.*" in text
    assert text.splitlines()[2] == "**Dep. VERTROUWELIJK**"
    # in Dutch the sentence agrees with its count too (is / zijn)
    for ceiling, sentence in ((Classification.DEP_VERTROUWELIJK, "1 gerubriceerd onderdeel is"),
                              (Classification.ONGERUBRICEERD, "2 gerubriceerde onderdelen zijn")):
        report = build_notes_report(store, ceiling=ceiling, lang="nl")
        [path] = write_markdown(report, tmp_path / "nl.md")
        assert f"*{sentence} uit deze versie weggelaten.*" in path.read_text(encoding="utf-8")
    # without a ceiling nothing is left out, and the file says so by saying nothing
    text = (write_markdown(build_notes_report(store), tmp_path / "all.md")[0]).read_text(encoding="utf-8")
    assert "Red lines on finance." in text and "left out" not in text
    assert text.splitlines()[2] == "**Stg. CONFIDENTIEEL**"


def test_one_country_in_any_case_or_one_meeting(cop, tmp_path):
    store, w = cop
    report = build_notes_report(store, country=" ken ")
    assert [m.title for m in report.meetings] == ["Bilateral with Kenya"]
    report = build_notes_report(store, meeting=w["late"].id[:8])
    assert [m.title for m in report.meetings] == ["Bilateral with Brazil"]
    with pytest.raises(NotFound, match="no meetings with FRA"):
        build_notes_report(store, country="FRA")


@pytest.mark.parametrize("same_moment", [False, True], ids=["moments-apart", "one-millisecond"])
def test_notes_of_several_authors_keep_the_order_they_were_written_in(cop, tmp_path, monkeypatch, same_moment):
    """Three advisors' notes read in the order they were written, also when a fast machine (or a file
    brought in at once) gives them one timestamp: the order is never the authors' alphabet."""
    store, w = cop
    if same_moment:
        moment = datetime(2024, 11, 13, 9, 30, tzinfo=timezone.utc)
        monkeypatch.setattr("briefer.store.repository.utcnow", lambda: moment)
    for author in ("Zoë", "Anna", "Mees"):
        store.notes.add(Note(meeting_id=w["late"].id, author=author, body=f"Note by {author}."))
    [path] = write_markdown(build_notes_report(store, meeting=w["late"].id), tmp_path / "bra.md")
    text = path.read_text(encoding="utf-8")
    assert text.index("Note by Zoë.") < text.index("Note by Anna.") < text.index("Note by Mees.")


def _csv(path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))


def test_the_action_list_by_due_date_undated_last_classified_left_out(cop, tmp_path):
    store, w = cop
    kenya, late, secret = w["kenya"].id, w["late"].id, w["secret"].id
    store.actions.add(Action(description="Keep in touch", meeting_id=kenya, owner="DGIS"))
    store.actions.add(Action(description="Send the health day text", meeting_id=kenya, owner_id=w["advisor"].id,
                             due=date(2024, 11, 20), status=ActionStatus.IN_PROGRESS))
    store.actions.add(Action(description="Answer on finance", meeting_id=secret, owner="IFZ", due=date(2024, 11, 15)))
    store.actions.add(Action(description="Ask for the Amazon figures", meeting_id=late, owner="IGM",
                             due=date(2024, 11, 20)))
    store.actions.add(Action(description="Agree a date", meeting_id=late, owner="IGM", due=date(2024, 11, 20)))
    store.actions.add(Action(description="Book the next round", owner="BZ", due=date(2024, 12, 1), country="IDN"))
    write_actions(build_action_list(store, ceiling=Classification.DEP_VERTROUWELIJK), tmp_path / "a.csv", "csv")
    rows = _csv(tmp_path / "a.csv")
    assert rows[1:] == [
        # the same day: by meeting, then by what
        ["Bilateral with Brazil", "Brazil", "Agree a date", "IGM", "2024-11-20", "open"],
        ["Bilateral with Brazil", "Brazil", "Ask for the Amazon figures", "IGM", "2024-11-20", "open"],
        ["Bilateral with Kenya", "Kenya", "Send the health day text", "Joost van Dam", "2024-11-20", "in progress"],
        ["", "Indonesia", "Book the next round", "BZ", "2024-12-01", "open"],  # no meeting, its own country
        ["Bilateral with Kenya", "Kenya", "Keep in touch", "DGIS", "", "open"],  # no due date: last
    ]
    write_actions(build_action_list(store), tmp_path / "all.csv", "csv")
    rows = _csv(tmp_path / "all.csv")
    assert ["Bilateral with China", "China", "Answer on finance", "IFZ", "2024-11-15", "open"] == rows[1]


def test_a_country_taking_an_article_has_it_in_the_title_not_in_the_summary_column(cop, tmp_path):
    store, w = cop
    store.meetings.add(Meeting(principal_id=w["minister"].id, counterpart_country="GBR",
                               start=utc(15, 6), end=utc(15, 6, 30)))
    for lang, title, column in (("en", "Bilateral with the United Kingdom", "United Kingdom"),
                                ("nl", "Bilateraal met het Verenigd Koninkrijk", "Verenigd Koninkrijk")):
        [path] = write_markdown(build_notes_report(store, country="GBR", lang=lang), tmp_path / f"gbr-{lang}.md")
        text = path.read_text(encoding="utf-8")
        assert f"## {title}" in text
        [row] = [line for line in text.splitlines() if line.startswith("| ") and "10:00–10:30" in line]
        assert row.split(" | ")[2] == column


def test_an_actions_country_is_its_own_else_its_meetings_country(cop, tmp_path):
    store, w = cop
    kenya = w["kenya"].id  # with Kenya and the WHO
    store.actions.add(Action(description="Send the health day text", meeting_id=kenya, owner="DGIS",
                             due=date(2024, 11, 20)))
    store.actions.add(Action(description="Ask Indonesia to join", meeting_id=kenya, owner="DGIS",
                             due=date(2024, 11, 21), country="IDN"))
    write_actions(build_action_list(store), tmp_path / "a.csv", "csv")
    assert [r[:3] for r in _csv(tmp_path / "a.csv")[1:]] == [
        ["Bilateral with Kenya", "Kenya", "Send the health day text"],
        ["Bilateral with Kenya", "Indonesia", "Ask Indonesia to join"],
    ]
