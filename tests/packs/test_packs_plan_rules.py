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
