"""Change bars: in an addendum, a bar in the left margin beside each passage that changed since the
copy it follows — and beside nothing else — so a reader sees at a glance what to read again."""

from __future__ import annotations

from briefer.model import TalkingPoint
from briefer.packs import PackOptions, build_pack
from briefer.packs.styles import MARGIN_LEFT


def bars_and_lines(page) -> tuple[list[tuple[float, float]], list[tuple[str, float]]]:
    """(bottom, top) of every filled rectangle in the left margin, and (text, baseline) of every text run."""
    bars, lines = [], []

    def op(operator, args, cm, tm):
        if operator == b"re":
            x, y, w, h = (float(a) for a in args)
            left, bottom = cm[0] * x + cm[4], cm[3] * y + cm[5]
            if left + w < MARGIN_LEFT and h > 3:
                bars.append((bottom, bottom + cm[3] * h))

    def text(t, cm, tm, font, size):
        if t.strip():
            lines.append((t.strip(), tm[5] * cm[3] + cm[5]))

    page.extract_text(visitor_operand_before=op, visitor_text=text)
    return bars, lines


def barred(bars, lines, words: str) -> bool:
    ys = [y for t, y in lines if words in t]
    assert ys, f"{words!r} not on the page: {lines}"
    return any(lo - 1 <= ys[0] <= hi + 1 for lo, hi in bars)


def test_an_addendum_bars_the_changed_passages_and_only_those(world, tmp_path, read_pack):
    store = world.store
    turkish = next(p for p in store.people.list() if p.family_name == "Yılmaz")
    store.people.update(turkish.evolve(pronunciation="AY-sheh YIL-maz"))
    first = build_pack(store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "pack.pdf")
    brief = store.meeting_briefs.list(meeting_id=world.meetings["tur"].id)[0]
    store.meeting_briefs.update(brief.evolve(
        key_messages=["The Netherlands counts on Türkiye at the UN General Assembly."],
        talking_points=[*brief.talking_points, TalkingPoint(text="Invite the minister to the follow-up in 2021.")]))

    pack = read_pack(build_pack(store, PackOptions(changes_since=first.number), tmp_path / "add.pdf").path)
    index = next(i for i, t in enumerate(pack.texts) if "Thank the minister" in t)
    bars, lines = bars_and_lines(pack.reader.pages[index])
    assert barred(bars, lines, "counts on Türkiye")
    assert barred(bars, lines, "Invite the minister")
    # unchanged passages of the same sheet carry no bar
    for same in ("Thank the minister", "Secure Türkiye", "Why does the Netherlands", "Bilateral room 1", "AY-sheh"):
        assert not barred(bars, lines, same), same


def test_a_full_pack_has_no_change_bars(world, tmp_path, read_pack):
    pack = read_pack(build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "p.pdf").path)
    for page in pack.reader.pages:
        assert bars_and_lines(page)[0] == []
