"""Reports name a note's kind in the same words as the app's Notes tab (one source: ``NoteKind.label``)."""

from __future__ import annotations

import pytest

from briefer.exchange.words import words
from briefer.model import NoteKind


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_reports_use_the_note_kinds_own_words(lang):
    assert words(lang)["note_kind"] == {k.value: k.label(lang) for k in NoteKind}


def test_a_new_word_for_a_kind_reaches_the_reports(monkeypatch):
    from briefer import i18n

    real = i18n.label
    monkeypatch.setattr(i18n, "label", lambda key, lang="en": "notulen" if key == "note_kind_minutes" else real(key, lang))
    import importlib

    import briefer.exchange.words as module

    assert importlib.reload(module).words("nl")["note_kind"]["minutes"] == "notulen"
    monkeypatch.undo()
    importlib.reload(module)
