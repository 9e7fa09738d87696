"""How an addendum's change bars look on paper: each a thin bar in the pack's dark blue, all standing in
one column in the left margin — beside a paragraph and beside a changed fact in a table alike — read
back from the PDF's drawing operators."""

from __future__ import annotations

from briefer.model import TalkingPoint
from briefer.packs import PackOptions, build_pack
from briefer.packs.styles import ACCENT, MARGIN_LEFT


def margin_bars(page) -> list[tuple[float, float, tuple[float, ...]]]:
    """(left, width, fill colour) of every filled rectangle in the left margin of ``page`` (a rectangle only
    outlined by a path and not painted — ``re n`` — shows nothing and is left out)."""
    bars, fill, pending = [], (0.0, 0.0, 0.0), None

    def op(operator, args, cm, tm):
        nonlocal fill, pending
        if operator == b"rg":
            fill = tuple(round(float(a), 3) for a in args)
        elif operator == b"re":
            x, _, w, h = (float(a) for a in args)
            left = cm[0] * x + cm[4]
            pending = (round(left, 2), round(cm[0] * w, 2), fill) if left + w < MARGIN_LEFT and h > 3 else None
        elif operator in (b"f", b"f*", b"F", b"B", b"B*", b"b", b"b*") and pending is not None:
            bars.append(pending)
            pending = None
        elif operator in (b"n", b"S", b"s", b"W", b"W*"):
            pending = None

    page.extract_text(visitor_operand_before=op)
    return bars


def test_change_bars_are_thin_dark_blue_and_stand_in_one_column(world, tmp_path, read_pack):
    store = world.store
    first = build_pack(store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "pack.pdf")
    brief = store.meeting_briefs.list(meeting_id=world.meetings["tur"].id)[0]
    store.meeting_briefs.update(brief.evolve(
        key_messages=["The Netherlands counts on Türkiye at the UN General Assembly."],
        talking_points=[*brief.talking_points, TalkingPoint(text="Invite the minister to the follow-up in 2021.")]))
    country = next(c for c in store.country_briefs.list() if c.country == "TUR")
    store.country_briefs.update(country.evolve(facts=[country.facts[0].model_copy(update={"value": "85 million"}),
                                                      *country.facts[1:]]))

    pack = read_pack(build_pack(store, PackOptions(changes_since=first.number), tmp_path / "add.pdf").path)
    sheet = next(i for i, t in enumerate(pack.texts) if "Thank the minister" in t)
    facts = next(i for i, t in enumerate(pack.texts) if "85 million" in t)
    in_table = margin_bars(pack.reader.pages[facts])
    bars = margin_bars(pack.reader.pages[sheet]) + in_table
    assert in_table and len(bars) >= 3
    accent = tuple(round(c, 3) for c in (ACCENT.red, ACCENT.green, ACCENT.blue))
    assert {fill for _, _, fill in bars} == {accent}
    assert {width for _, width, _ in bars} == {2.2}
    # one column, whether beside a paragraph or a table's cell
    assert len({left for left, _, _ in bars}) == 1


def test_a_changed_passage_running_over_a_page_break_is_barred_on_both_pages(world, tmp_path, read_pack):
    store = world.store
    first = build_pack(store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "pack.pdf")
    brief = store.meeting_briefs.list(meeting_id=world.meetings["tur"].id)[0]
    long = " ".join(f"Point {i:02d}: the Netherlands will raise surveillance, stewardship and access to antibiotics."
                    for i in range(1, 61))
    store.meeting_briefs.update(brief.evolve(talking_points=[*brief.talking_points, TalkingPoint(text=long)]))

    pack = read_pack(build_pack(store, PackOptions(changes_since=first.number), tmp_path / "add.pdf").path)
    starts = next(i for i, t in enumerate(pack.texts) if "Point 01:" in t)
    ends = next(i for i, t in enumerate(pack.texts) if "Point 60:" in t)
    assert ends > starts  # the passage does run over a page break, whole
    assert "Point 30:" in " ".join(pack.texts[starts:ends + 1])
    for index in range(starts, ends + 1):
        assert margin_bars(pack.reader.pages[index]), index + 1


def _bars_and_lines(page, first_word: str, last_word: str):
    """The margin bars (bottom, top) and the baselines of the passage from ``first_word`` to ``last_word``, in
    page coordinates."""
    bars, lines, pending = [], [], None

    def op(operator, args, cm, tm):
        nonlocal pending
        if operator == b"re":
            x, y, w, h = (float(a) for a in args)
            left = cm[0] * x + cm[4]
            pending = (cm[3] * y + cm[5], cm[3] * (y + h) + cm[5]) if left + w < MARGIN_LEFT and h > 3 else None
        elif operator in (b"f", b"f*", b"F") and pending is not None:
            bars.append(tuple(sorted(pending)))
            pending = None
        elif operator in (b"n", b"S", b"s", b"W", b"W*"):
            pending = None

    def text(t, cm, tm, font, size):
        if t.strip():
            lines.append((t.strip(), round(tm[5] * cm[3] + cm[5], 3), size))

    page.extract_text(visitor_operand_before=op, visitor_text=text)
    start = next(i for i, (t, _, _) in enumerate(lines) if t.startswith(first_word))
    end = next(i for i, (t, _, _) in enumerate(lines) if i >= start and last_word in t)
    baselines = sorted({y for _, y, _ in lines[start:end + 1]}, reverse=True)
    return bars, baselines, lines[start][2]


def test_a_bar_runs_from_the_top_of_its_passages_first_line_to_the_foot_of_its_last(world, tmp_path, read_pack):
    """The bar beside a changed talking point spans exactly that point's lines: from its first line's type height
    above the first baseline to the last line's leading below — neither a point above nor below, and the text
    not moved against it."""
    from briefer.packs.styles import make_styles

    store = world.store
    first = build_pack(store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "pack.pdf")
    brief = store.meeting_briefs.list(meeting_id=world.meetings["tur"].id)[0]
    long = ("Zebrafish laboratories: the Netherlands offers twinning on surveillance, stewardship and access to "
            "antibiotics in hospitals and farms, with a first visit in the autumn and a report to both ministers "
            "before the next conference in the spring, ending quietly.")
    store.meeting_briefs.update(brief.evolve(talking_points=[*brief.talking_points, TalkingPoint(text=long)]))

    pack = read_pack(build_pack(store, PackOptions(changes_since=first.number), tmp_path / "add.pdf").path)
    index = next(i for i, t in enumerate(pack.texts) if "Zebrafish" in t)
    bars, baselines, size = _bars_and_lines(pack.reader.pages[index], "Zebrafish", "quietly.")
    assert len(baselines) >= 3, baselines  # the point runs over several lines
    body = make_styles().bullet
    assert size == body.fontSize
    top, bottom = baselines[0] + body.fontSize, baselines[-1] - (body.leading - body.fontSize)
    beside = [b for b in bars if b[0] - 1 < bottom < b[1] + 1]
    assert len(beside) == 1, (bars, top, bottom)
    assert abs(beside[0][1] - top) < 0.01 and abs(beside[0][0] - bottom) < 0.01, (beside, top, bottom)
    # and its words start where an unchanged point's do, beside the same bullet column
    starts = {}

    def text(t, cm, tm, font, size):
        if t.strip():
            starts.setdefault(t.strip().split()[0], round(tm[4] * cm[0] + cm[4], 2))

    pack.reader.pages[index].extract_text(visitor_text=text)
    unchanged = brief.talking_points[0].text.split()[0]
    assert unchanged in starts and starts["Zebrafish"] == starts[unchanged], starts
