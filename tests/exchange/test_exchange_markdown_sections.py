"""The Markdown report's sections as the reader sees them: every heading says what is under it, or that
there is nothing, and a split export goes to a folder or says why it cannot."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from briefer.errors import BrieferError
from briefer.exchange.markdown_report import write_markdown
from briefer.exchange.report import build_notes_report
from briefer.model import Action, Classification, Meeting, Note, Person


def _meeting(store, country, hour):
    minister = store.people.list()[0] if store.people.list() else store.people.add(
        Person(given_name="Sophie", family_name="Hermans", principal_title="Minister"))
    return store.meetings.add(Meeting(principal_id=minister.id, counterpart_country=country,
                                      start=datetime(2024, 11, 12, hour, tzinfo=timezone.utc),
                                      end=datetime(2024, 11, 12, hour, 30, tzinfo=timezone.utc)))


def _section(text: str, heading: str) -> list[str]:
    """The lines under ``heading`` up to the next heading, blank lines left out."""
    lines = text.splitlines()
    start = lines.index(heading) + 1
    out = []
    for line in lines[start:]:
        if line.startswith("#"):
            break
        if line:
            out.append(line)
    return out


def test_a_meeting_with_nothing_recorded_says_so_under_each_heading(cop, tmp_path):
    kenya = _meeting(cop, "KEN", 9)
    brazil = _meeting(cop, "BRA", 11)
    cop.notes.add(Note(meeting_id=kenya.id, author="Joost", body="Kenya will co-sponsor."))
    cop.notes.add(Note(meeting_id=kenya.id, author="Lotte", body="Keen on funding.",
                       classification=Classification.DEP_VERTROUWELIJK))
    cop.actions.add(Action(description="Send the text", meeting_id=kenya.id, owner="DGIS", due=date(2024, 11, 20)))
    [path] = write_markdown(build_notes_report(cop), tmp_path / "cop29.md")
    text = path.read_text(encoding="utf-8")
    kenya_part, brazil_part = text.split("## Bilateral with Brazil")
    kenya_part = kenya_part.split("## Bilateral with Kenya")[1]
    assert _section(kenya_part, "### Notes") == [
        "**Joost** (minutes)", "Kenya will co-sponsor.",
        "**Lotte** (minutes) — Dep. VERTROUWELIJK", "Keen on funding.",  # only the classified note is marked
    ]
    assert _section(kenya_part, "### Follow-up actions") == [
        "| What | Owner | Due | Status |", "|---|---|---|---|", "| Send the text | DGIS | 20 November 2024 | open |"]
    assert _section(brazil_part, "### Objectives") == ["—"]
    assert _section(brazil_part, "### Notes") == ["No notes."]
    assert _section(brazil_part, "### Outcomes") == ["No outcomes recorded."]
    assert _section(brazil_part, "### Follow-up actions") == ["No follow-up actions."]


def test_a_report_without_meetings_says_so_under_its_summary(cop, tmp_path):
    [path] = write_markdown(build_notes_report(cop, lang="nl"), tmp_path / "leeg.md")
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "# Verslagen van gesprekken — COP29"
    assert _section(text, "## Overzicht van gesprekken") == ["Geen gesprekken om te verslaan."]


def test_a_split_export_into_a_file_is_refused_and_the_file_left_alone(cop, tmp_path):
    _meeting(cop, "KEN", 9)
    target = tmp_path / "verslagen.md"
    target.write_text("my own notes", encoding="utf-8")
    with pytest.raises(BrieferError, match="is a file; give the name of a folder"):
        write_markdown(build_notes_report(cop), target, split=True)
    assert target.read_text(encoding="utf-8") == "my own notes"


def test_a_folder_that_cannot_be_made_is_one_error_naming_why(cop, tmp_path, monkeypatch):
    """A read-only share: the reason the system gives, not a later "the folder does not exist"."""
    from pathlib import Path

    _meeting(cop, "KEN", 9)
    target = tmp_path / "share" / "verslagen"
    real_mkdir = Path.mkdir

    def refuse(self, *args, **kwargs):
        if self == target:
            raise PermissionError(13, "Permission denied", str(self))
        return real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", refuse)
    with pytest.raises(BrieferError, match=r"cannot make the folder \(Permission denied\)"):
        write_markdown(build_notes_report(cop), target, split=True)
    assert not target.exists()


def test_a_notes_paragraphs_are_kept_apart_by_one_empty_line_and_its_lines_by_a_hard_break(cop, tmp_path):
    kenya = _meeting(cop, "KEN", 9)
    cop.notes.add(Note(meeting_id=kenya.id, author="Joost",
                       body="Kenya will co-sponsor.\nFunding open.\n\n\n\nNext: the health day.\n\n"))
    [path] = write_markdown(build_notes_report(cop), tmp_path / "cop29.md")
    text = path.read_text(encoding="utf-8")
    assert "**Joost** (minutes)\n\nKenya will co-sponsor.\\\nFunding open.\n\nNext: the health day.\n\n### Outcomes" in text


def test_a_long_meeting_title_is_cut_to_120_characters_in_its_file_name(cop, tmp_path):
    kenya = _meeting(cop, "KEN", 9)
    cop.meetings.update(kenya.evolve(title="Working dinner " + "x" * 200))
    [path] = write_markdown(build_notes_report(cop), tmp_path / "split", split=True)
    assert path.name == "001-2024-11-12-working-dinner-" + "x" * 105 + ".md"
    assert path.read_text(encoding="utf-8").startswith("# Working dinner xxx")


def test_a_split_export_makes_its_nested_folder_and_can_be_run_again(cop, tmp_path):
    _meeting(cop, "KEN", 9)
    target = tmp_path / "exports" / "cop29" / "verslagen"
    [first] = write_markdown(build_notes_report(cop), target, split=True)
    assert first.parent == target and first.name == "001-2024-11-12-bilateral-with-kenya.md"
    cop.notes.add(Note(meeting_id=cop.meetings.list()[0].id, author="Joost", body="Added after the first export."))
    [again] = write_markdown(build_notes_report(cop), target, split=True)  # the same folder, the next day
    assert again == first and "Added after the first export." in again.read_text(encoding="utf-8")
