"""Release control: a final pack holds only final briefs (or records who overrode that, and why), its
marking is never below its content, each chapter shows its brief's status, author and marking, and
the version changes only when the content does — whatever the language printed in."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from briefer.errors import Refused
from briefer.model import BriefStatus, Classification
from briefer.packs import PackOptions, build_pack
from briefer.packs.compose import NotFinal, compose
from briefer.store.print_register import PrintRegister


def _finalise(store):
    for repo in (store.meeting_briefs, store.country_briefs):
        for b in repo.list():
            repo.update(b.evolve(status=BriefStatus.FINAL))


def test_final_is_refused_while_a_brief_is_not_final_and_names_it(world, tmp_path):
    with pytest.raises(NotFinal) as info:
        build_pack(world.store, PackOptions(recipient_id=world.minister.id, draft=False), tmp_path / "f.pdf")
    message = str(info.value)
    assert "Bilateral with Türkiye (draft)" in message and "Country brief: Türkiye (draft)" in message
    assert "Country brief: Poland (draft)" in message
    assert not (tmp_path / "f.pdf").exists() and PrintRegister(world.store).list() == []


def test_final_when_every_brief_is_final(world, tmp_path, read_pack):
    _finalise(world.store)
    result = build_pack(world.store, PackOptions(recipient_id=world.minister.id, draft=False), tmp_path / "f.pdf")
    pack = read_pack(result.path)
    assert "CONCEPT" not in pack.text and "Versie 1 (Definitief)" in pack.text
    entry = PrintRegister(world.store).get(result.number)
    assert entry.draft is False and entry.override_by == "" and entry.override_reason == ""


def test_an_override_is_recorded_with_who_and_why(world, tmp_path):
    result = build_pack(world.store, PackOptions(recipient_id=world.minister.id, draft=False,
                                                 final_override="minister leaves tonight; cleared by phone"),
                        tmp_path / "f.pdf")
    entry = PrintRegister(world.store).get(result.number)
    assert entry.draft is False
    assert (entry.override_by, entry.override_reason) == (world.store.user, "minister leaves tonight; cleared by phone")


def test_a_marking_below_the_content_is_refused(world, tmp_path):
    with pytest.raises(Refused, match="holds Dep. VERTROUWELIJK content; it cannot be marked unclassified"):
        build_pack(world.store, PackOptions(recipient_id=world.minister.id, classification=Classification.ONGERUBRICEERD),
                   tmp_path / "low.pdf")
    assert not (tmp_path / "low.pdf").exists()
    # higher is fine, and lands in the register and the PDF's metadata
    result = build_pack(world.store, PackOptions(recipient_id=world.minister.id,
                                                 classification=Classification.STG_CONFIDENTIEEL), tmp_path / "hi.pdf")
    assert PrintRegister(world.store).get(result.number).classification == Classification.STG_CONFIDENTIEEL
    meta = PdfReader(str(result.path)).metadata
    assert meta.subject == "Stg. CONFIDENTIEEL"


def test_the_marking_floor_counts_the_content_the_recipient_gets(world):
    # the adviser's pack holds only the Viet Nam meeting: unclassified content, so unclassified is allowed
    plan = compose(world.store, PackOptions(recipient_id=world.member.id, classification=Classification.ONGERUBRICEERD))
    assert plan.classification == Classification.ONGERUBRICEERD


def test_each_chapter_shows_its_marking_and_its_briefs_status_and_author(world, tmp_path, read_pack):
    brief = world.store.meeting_briefs.list(meeting_id=world.meetings["tur"].id)[0]
    world.store.meeting_briefs.update(brief.evolve(author="A. de Vries", status=BriefStatus.REVIEWED))
    pack = read_pack(build_pack(world.store, PackOptions(recipient_id=world.minister.id), tmp_path / "p.pdf").path)
    turkey = next(t for t in pack.texts if "Bilateraal met Turkije Rubricering" in t)
    assert "Rubricering van dit hoofdstuk: Dep. VERTROUWELIJK" in turkey
    assert "Status notitie: beoordeeld · Auteur: A. de Vries" in turkey
    poland = next(t for t in pack.texts if "Landenoverzicht: Polen" in t and "Rubricering van dit hoofdstuk" in t)
    assert "Rubricering van dit hoofdstuk: ONGERUBRICEERD" in poland and "Status notitie: concept" in poland


def test_the_version_follows_the_content_not_the_language(world, tmp_path):
    def version(lang):
        return build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang=lang),
                          tmp_path / f"{lang}.pdf").version

    assert [version("nl"), version("en"), version("nl")] == [1, 1, 1]
    brief = world.store.meeting_briefs.list(meeting_id=world.meetings["tur"].id)[0]
    world.store.meeting_briefs.update(brief.evolve(key_messages=["A new key message."]))
    assert [version("en"), version("nl")] == [2, 2]


def test_pdf_metadata_language_subject_and_outline_on_open(world, tmp_path):
    result = build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "p.pdf")
    reader = PdfReader(str(result.path))
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en-GB" and root["/PageMode"] == "/UseOutlines"
    assert reader.metadata.subject == "Dep. VERTROUWELIJK"
