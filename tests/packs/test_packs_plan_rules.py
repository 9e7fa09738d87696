"""The composed pack (``briefer/packs/plan.py``) as its users meet it: the print register's record
of each line (which later addenda compare against), and a pack's password kept out of sight
(issue 22: mutants of plan.py the broader pack tests let through)."""

from __future__ import annotations

import hashlib

from briefer.packs import PackOptions, build_pack
from briefer.packs.compose import compose
from briefer.store.print_register import PrintRegister


def test_the_register_keeps_each_line_as_the_first_twelve_hex_digits_of_its_sha1(world, tmp_path):
    # copies already printed keep their lines this way: an addendum after an upgrade compares against them,
    # so a change of form would bar every line of the next addendum
    build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "p.pdf")
    record = PrintRegister(world.store).list(world.minister.id)[-1]
    speech = next(p for p in record.parts if p.title == "Speaking notes: Opening plenary")
    expected = hashlib.sha1(b"Welcome to Noordwijk.").hexdigest()[:12]
    assert expected in speech.passages
    assert all(len(d) == 12 and int(d, 16) >= 0 for p in record.parts for d in p.passages)


def test_a_packs_password_does_not_show_in_the_composed_plan_s_text_form(world):
    # the plan's text form is what a log line or an error report prints
    options = PackOptions(recipient_id=world.minister.id, password="kiwi-47-lantern")
    plan = compose(world.store, options)
    assert plan.password == "kiwi-47-lantern"
    assert "kiwi-47-lantern" not in repr(plan)
    # nor in the options the user chose, which travel with the build (to the child process, into errors)
    assert options.password == "kiwi-47-lantern" and "kiwi-47-lantern" not in repr(options)
    assert "kiwi-47-lantern" not in str(options) and world.minister.id in repr(options)


def _print_as_an_earlier_release(store, options: PackOptions):
    """Compose and record a print, then keep of it only what releases before content digests kept."""
    from briefer.packs.register import register_print

    plan = compose(store, options)
    register_print(store, plan, pages=1, filename="copy.pdf")
    with store.write():
        store.db.execute("UPDATE print_register SET content_digest = '' WHERE number = ?", [plan.number])
    return plan


def test_a_copy_from_before_content_digests_is_compared_by_its_parts_digest(world):
    # the register of an upgraded database holds copies with only the digest over their parts: reprinting
    # the same content keeps their version, a changed brief makes the next one
    store, tur = world.store, world.meetings["tur"]
    first = _print_as_an_earlier_release(store, PackOptions(meeting_id=tur.id))
    assert PrintRegister(store).get(first.number).content_digest == ""
    again = _print_as_an_earlier_release(store, PackOptions(meeting_id=tur.id))
    assert (first.version, again.version) == (1, 1)
    brief = store.meeting_briefs.list(meeting_id=tur.id)[0]
    store.meeting_briefs.update(brief.evolve(key_messages=["A revised key message for Türkiye."]))
    assert _print_as_an_earlier_release(store, PackOptions(meeting_id=tur.id)).version == 2


def test_a_pack_is_one_sided_unless_duplex_is_asked_for(world, tmp_path, read_pack):
    # a pack asked for without the duplex choice (the CLI without --duplex, the meeting mode's one-page
    # brief) has no blank left-hand pages: each chapter follows on the next page, some on a left-hand one
    asked = read_pack(build_pack(world.store, PackOptions(recipient_id=world.minister.id), tmp_path / "p.pdf").path)
    one_sided = PackOptions(recipient_id=world.minister.id, duplex=False)
    plain = read_pack(build_pack(world.store, one_sided, tmp_path / "one.pdf").path)
    starts = [(t, p) for lvl, t, p in asked.outline if lvl == 0 and t != "Inhoud"]
    assert starts == [(t, p) for lvl, t, p in plain.outline if lvl == 0 and t != "Inhoud"]
    assert any(p % 2 == 0 for _, p in starts), starts
    assert len(asked.texts) == len(plain.texts)


def test_an_attachment_s_file_does_not_show_in_the_composed_plan_s_text_form(world):
    # the plan's text form goes into a log line or an error report: an attached file (classified, or of
    # many megabytes) stays out of it; its title and page count are what tell which one it is
    plan = compose(world.store, PackOptions(recipient_id=world.minister.id))
    attachment = next(a for ch in plan.chapters for a in ch.attachments)
    assert attachment.title == "Polish AMR strategy" and attachment.content.startswith(b"%PDF")
    text = repr(plan)
    assert "Polish AMR strategy" in text and "pages=2" in text
    assert "%PDF" not in text and repr(attachment.content)[2:42] not in text
