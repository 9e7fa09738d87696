"""Composing plans: who gets what, the renderer's independence from the store, and the pack labels."""

from __future__ import annotations

import dataclasses
import threading

import pytest

from briefer.i18n import LABELS, label
from briefer.packs import NothingToPrint, PackOptions, compose, render


def test_renderer_needs_no_database(world, tmp_path, read_pack):
    plan = compose(world.store, PackOptions(recipient_id=world.minister.id))
    world.store.close()  # the plan is all the renderer gets
    results = []
    worker = threading.Thread(target=lambda: results.append(render(plan, tmp_path / "bg.pdf")))
    worker.start()
    worker.join()
    assert results and read_pack(results[0].path).pages == results[0].pages


def test_plan_is_immutable(world):
    plan = compose(world.store, PackOptions(recipient_id=world.minister.id))
    with pytest.raises(dataclasses.FrozenInstanceError):
        plan.number = 99  # type: ignore[misc]
    assert plan.number == 1
    assert isinstance(plan.chapters, tuple) and isinstance(plan.parts, tuple)


def test_period_limits_the_pack_to_chosen_days(world):
    from datetime import date

    plan = compose(world.store, PackOptions(recipient_id=world.minister.id, start=date(2019, 6, 20), lang="en"))
    assert [c.title for c in plan.chapters] == ["Bilateral with Vietnam", "Bilateral with Greece"]
    assert plan.period == "20 June 2019"


def test_classification_defaults_to_the_highest_included(world):
    from briefer.model import Classification

    assert compose(world.store, PackOptions(recipient_id=world.minister.id)).classification == Classification.DEP_VERTROUWELIJK
    # the member's pack holds nothing classified
    assert compose(world.store, PackOptions(recipient_id=world.member.id)).classification == Classification.ONGERUBRICEERD


def test_meeting_brief_for_someone_not_in_the_meeting_is_refused(world):
    with pytest.raises(NothingToPrint, match="does not take part"):
        compose(world.store, PackOptions(recipient_id=world.member.id, meeting_id=world.meetings["tur"].id))


def test_labels_exist_in_both_languages():
    assert set(LABELS["nl"]) == set(LABELS["en"])
    assert label("copy", "nl", number=3) == "Exemplaar 3"
    assert label("draft_mark", "en") == "DRAFT" and label("draft_mark", "nl") == "CONCEPT"
    with pytest.raises(ValueError):
        label("copy", "de", number=1)
