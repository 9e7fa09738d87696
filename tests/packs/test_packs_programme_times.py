"""The programme's time column in Dutch: "09.30–10.30", without "uur" — for sessions as for meetings
(the unit pushed the times onto two lines there); the meeting sheets say "uur" in full."""

from __future__ import annotations

import re

from briefer.packs import PackOptions, build_pack


def test_the_dutch_programme_writes_times_without_uur_for_sessions_and_meetings(world, tmp_path, read_pack):
    pack = read_pack(build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang="nl"),
                                tmp_path / "p.pdf").path)
    programme = pack.programme()
    # the opening plenary (a session) and the bilateral with Türkiye (a meeting), in Noordwijk's time
    assert "09.30–10.30 Opening plenary" in programme
    assert "14.00–14.30 Bilateraal met Polen" in programme
    assert re.findall(r"\d\d\.\d\d–\d\d\.\d\d uur", programme) == []
    # outside the programme a time is written in full
    assert "11.00–11.30 uur" in pack.text
