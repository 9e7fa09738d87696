"""A record's earlier versions, as the history shows them, after the writes that replace the current one.

The current version is stored once (``store/current_revision.py``); these tests check what a user
reads in the history afterwards: after a batch that replaces several records at once, and after a
brief edited at an earlier conference is carried into the next one.
"""

from __future__ import annotations

from briefer.cli import main
from briefer.model import Note
from briefer.paths import resolve
from briefer.store import Store

WHA = ["conference", "new", "--name", "World Health Assembly 80", "--city", "Geneva",
       "--start", "2027-05-18", "--end", "2027-05-26", "--timezone", "Europe/Zurich"]


def test_a_batch_replacing_several_notes_keeps_each_ones_earlier_words(conference_store):
    s = conference_store
    notes = [Note(body=f"draft {i}", revision=1) for i in range(3)]
    s.notes.put_many(notes)
    s.notes.put_many([n.evolve(body=f"final {i}", revision=2) for i, n in enumerate(notes)])
    assert [[r.data["body"] for r in s.notes.history(n.id)] for n in notes] == [
        ["draft 0", "final 0"], ["draft 1", "final 1"], ["draft 2", "final 2"]]


def test_a_brief_carried_to_the_next_conference_keeps_the_words_of_each_earlier_version(capsys, earlier):
    with Store.open(earlier / "briefer.sqlite") as old:
        brief = next(b for b in old.country_briefs.list() if b.country == "IDN")
        for words in ("First line of approach.", "Second line of approach."):
            brief = old.country_briefs.update(brief.evolve(key_messages=[words]))
        written = [r.data["key_messages"] for r in old.country_briefs.history(brief.id)]
    assert written[-2:] == [["First line of approach."], ["Second line of approach."]]
    assert main([*WHA, "--from", str(earlier)]) == 0, capsys.readouterr().err
    with Store.open(resolve(None).database) as new:
        history = new.country_briefs.history(brief.id)
    assert [r.data["key_messages"] for r in history[:-1]] == written
    assert history[-1].action == "carried" and history[-1].data["key_messages"] == ["Second line of approach."]
