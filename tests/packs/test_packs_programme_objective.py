"""The programme's one line on what each meeting is for: the meeting brief's FIRST objective, else the
country brief's FIRST key message, else nothing (found by mutation testing of compose.py, issue 22)."""

from __future__ import annotations

from briefer.model import Attachment, Objective
from briefer.packs import PackOptions
from briefer.packs.compose import compose
from packs_world import small_pdf


def _objectives(world) -> dict[str, str]:
    plan = compose(world.store, PackOptions(recipient_id=world.minister.id, lang="en"))
    return {item.title: item.objective for day in plan.programme for item in day.items if item.kind == "meeting"}


def test_the_programme_names_the_first_objective_or_else_the_first_key_message(world):
    store = world.store
    brief = store.meeting_briefs.list(meeting_id=world.meetings["tur"].id)[0]
    store.meeting_briefs.update(brief.evolve(objectives=[
        Objective(text="Secure Türkiye's support for the One Health declaration"),
        Objective(text="Agree a laboratory twinning"),
    ]))
    pol = next(cb for cb in store.country_briefs.list() if cb.country == "POL")
    store.country_briefs.update(pol.evolve(key_messages=["Poland's chairmanship is welcome", "Join the coalition"]))

    found = _objectives(world)
    assert found["Bilateral with Türkiye"] == "Secure Türkiye's support for the One Health declaration"
    assert found["Bilateral with Poland"] == "Poland's chairmanship is welcome"
    assert found["Bilateral with Greece"] == ""  # neither a meeting brief nor a country brief


def test_an_annex_that_is_not_a_pdf_does_not_hide_the_next_one(world):
    store = world.store
    pol = world.meetings["pol"]
    for title in ("Speaking points (Word)", "Zeta notes (Word)"):
        store.add_attachment(Attachment(title=title, filename="notes.docx", meeting_id=pol.id,
                                        media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                             b"PK\x03\x04 not a pdf")
    store.add_attachment(Attachment(title="Annex B", filename="b.pdf", meeting_id=pol.id), small_pdf(1, "Annex B"))
    plan = compose(store, PackOptions(recipient_id=world.minister.id, lang="en"))
    chapter = next(ch for ch in plan.chapters if ch.title == "Bilateral with Poland")
    # the PDFs are printed, whatever order the attachments come in; the Word files cannot be
    assert sorted(a.title for a in chapter.attachments) == ["Annex B", "Polish AMR strategy"]
