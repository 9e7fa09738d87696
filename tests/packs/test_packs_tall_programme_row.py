"""A programme row taller than a page (an aim pasted at length) still prints — and an item that
cannot be laid out at all is refused naming its part, never with reportlab's traceback.

A programme row is kept whole on its page (its time and its room are read together), which made
reportlab give up on a row taller than the page: ``LayoutError`` on the command line and an
unexpected error in the app, so the minister had no pack at all."""

from __future__ import annotations

import pytest

from briefer.errors import BrieferError
from briefer.model import Objective
from briefer.packs import PackOptions, build_pack
from packs_world import ReadPack, utc

#: numbered sentences (the number in the word: a page may break between two words), so the test sees
#: each printed once and in order
AIM = " ".join(f"Sentence{i:03d} of an aim pasted from a whole brief by mistake." for i in range(160))


def long_aim(world) -> None:
    store = world.store
    brief = next(b for b in store.meeting_briefs.list() if b.meeting_id == world.meetings["tur"].id)
    first = brief.objectives[0]
    store.meeting_briefs.update(brief.evolve(objectives=[first.model_copy(update={"text": AIM}), *brief.objectives[1:]]))


def test_a_row_taller_than_a_page_runs_on_under_continued_and_every_word_is_printed(world, tmp_path):
    long_aim(world)
    out = tmp_path / "pack.pdf"
    result = build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang="en"), out)
    pack = ReadPack(result.path)
    (wed, first), (thu, thursday) = pack.days()
    assert thursday > first + 1  # Wednesday's overview now takes more than one page
    # the row's time and title are on one page, with its aim begun under them
    row = [n for n in range(first, thursday) if "Bilateral with Türkiye" in pack.texts[n - 1]]
    assert len(row) == 1 and "11:00–11:30" in pack.texts[row[0] - 1] and "Sentence000" in pack.texts[row[0] - 1]
    for page in range(first + 1, thursday):
        assert pack.texts[page - 1].startswith("Wednesday 19 June 2019 (continued) "), pack.texts[page - 1][:80]
    # every sentence once, in order, across the day's pages
    day = " ".join(pack.texts[first - 1:thursday - 1])
    where = [day.find(f"Sentence{i:03d} ") for i in range(160)]
    assert -1 not in where and where == sorted(where)
    assert all(day.count(f"Sentence{i:03d} ") == 1 for i in range(160))
    # the other rows are still whole, each on one page: Poland's time and title together
    pol = [n for n in range(first, thursday) if "Bilateral with Poland" in pack.texts[n - 1]]
    assert len(pol) == 1 and "14:00–14:30" in pack.texts[pol[0] - 1]


def test_an_item_that_cannot_be_laid_out_is_refused_naming_its_part_and_no_file_is_written(world, tmp_path,
                                                                                        monkeypatch):
    # should a flowable ever be unable to split (here: a table that refuses every split), the user
    # reads which part of the pack it is in; any earlier pack at that path stays as it was
    from briefer.packs import flowables

    long_aim(world)
    monkeypatch.setattr(flowables.RunOnTable, "split", lambda self, aw, ah: [])
    out = tmp_path / "pack.pdf"
    out.write_bytes(b"%PDF- the pack printed yesterday")
    with pytest.raises(BrieferError) as caught:
        build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang="en"), out)
    message = str(caught.value)
    assert "Programme" in message and "taller than a page" in message, message
    assert "Flowable" not in message and "frame" not in message  # none of reportlab's internals
    assert out.read_bytes() == b"%PDF- the pack printed yesterday"



def test_a_first_row_too_tall_for_the_room_under_the_headings_starts_there_and_leaves_no_empty_page(world, tmp_path):
    # the Türkiye bilateral first of its day with an aim that nearly fills a page: kept whole, the day's
    # table went to the next page and left "Programme" and the day's heading alone on a page of their own
    store = world.store
    tur = world.meetings["tur"]
    store.meetings.update(tur.evolve(start=utc(2019, 6, 19, 5), end=utc(2019, 6, 19, 5, 30)))
    brief = next(b for b in store.meeting_briefs.list() if b.meeting_id == tur.id)
    steps = [f"Step{i:02d} ask Türkiye to report its stewardship data to GLASS." for i in range(92)]
    store.meeting_briefs.update(brief.evolve(objectives=[Objective(text=" ".join(steps))]))
    pack = ReadPack(build_pack(store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "p.pdf").path)
    (wed, first), (thu, thursday) = pack.days()
    wednesday = pack.texts[first - 1:thursday - 1]
    # the row begins under the day's heading, on the programme's first page: time, title, room, first steps
    assert wednesday[0].startswith("Programme Wednesday 19 June 2019 07:00–07:30 Bilateral with Türkiye Room:")
    assert "Step00" in wednesday[0]
    # and runs on under "continued"; every step once and in order, then the day's other rows
    assert wednesday[1].startswith("Wednesday 19 June 2019 (continued) ")
    day = " ".join(wednesday)
    where = [day.find(f"Step{i:02d} ") for i in range(92)]
    assert -1 not in where and where == sorted(where) and all(day.count(f"Step{i:02d} ") == 1 for i in range(92))
    assert where[-1] < day.find("Opening plenary") < day.find("Bilateral with Poland")


@pytest.mark.parametrize("room", [8, 20])
def test_a_programme_table_with_no_room_left_for_a_line_starts_on_the_next_page(room):
    """Where not one line of a day's first row fits at the foot of a page (8 pt left), or only its time and not its
    title (20 pt), the day's table is moved whole to the next page: never a failed build, never a time alone at
    the foot of a page or an empty slice of a row there with "(continued)" over the whole row overleaf."""
    import io

    from pypdf import PdfReader
    from reportlab.platypus import SimpleDocTemplate, Spacer

    from briefer.packs.flowables import RunOnTable
    from briefer.packs.fonts import ensure_fonts
    from briefer.packs.paragraphs import Paragraph
    from briefer.packs.styles import make_styles

    ensure_fonts()
    s = make_styles()
    rows = [[Paragraph(f"{9 + i:02d}:00", s.cell), Paragraph(f"Bilateral number {i} with a long aim " * 3, s.cell)]
            for i in range(3)]
    table = RunOnTable(rows, colWidths=[80, 300], splitInRow=1)
    table.continued = lambda: [Paragraph("Wednesday (continued)", s.h3)]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, invariant=1)
    doc.build([Spacer(1, doc.height - 12 - room), table])  # the frame pads 6 pt each side
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(buf.getvalue())).pages]
    assert len(pages) == 2 and "09:00" not in pages[0], pages
    assert pages[1].startswith("09:00") and "(continued)" not in pages[1], pages[1][:60]



def _row_ending(room: float, over: float, time: str):
    """(words, a maker of a one-row programme table) whose row ends ``over`` pt below ``room``: the fewest words
    whose row, unpadded, comes within 12 pt of it, and a bottom padding that makes up the rest."""
    from briefer.packs.flowables import RunOnTable
    from briefer.packs.fonts import ensure_fonts
    from briefer.packs.paragraphs import Paragraph
    from briefer.packs.styles import make_styles

    ensure_fonts()
    s = make_styles()

    def table(words: int, padding: float) -> RunOnTable:
        aim = " ".join(f"W{i:03d} aim words" for i in range(words))
        made = RunOnTable([[Paragraph(time, s.cell), Paragraph(aim, s.cell)]], colWidths=[80, 300], splitInRow=1,
                          style=[("BOTTOMPADDING", (0, 0), (-1, -1), padding)])
        made.continued = lambda: [Paragraph("Wednesday (continued)", s.h3)]
        return made

    words = next(n for n in range(100, 400) if table(n, 0).wrap(380, 10**6)[1] > room - 12)
    padding = room + over - table(words, 0).wrap(380, 10**6)[1]
    assert 0 < padding < 14 and room < table(words, padding).wrap(380, 10**6)[1] <= room + over + 0.01
    return words, lambda: table(words, padding)


def _printed(story: list) -> list[str]:
    """Each page's text, its whitespace made single spaces."""
    import io

    from pypdf import PdfReader
    from reportlab.platypus import SimpleDocTemplate

    buf = io.BytesIO()
    SimpleDocTemplate(buf, invariant=1).build(story)
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(buf.getvalue())).pages]


def _every_word_once(pages: list[str], words: int) -> bool:
    text = " ".join(pages) + " "
    return all(text.count(f"W{i:03d} ") == 1 for i in range(words))


@pytest.mark.parametrize("over", [1, 2])
def test_a_last_row_a_point_taller_than_a_page_leaves_no_page_with_only_continued_on_it(over):
    """A day's last row that moved on from the foot of a page and is a point or two taller than the page:
    what reportlab cut off was the row's bottom padding alone, printed on a page of its own under the day's
    "(continued)" — a page with nothing to read. Every word is on the row's page; no such page is printed."""
    import io

    from reportlab.platypus import SimpleDocTemplate, Spacer

    from briefer.packs.paragraphs import Paragraph
    from briefer.packs.styles import make_styles

    room = SimpleDocTemplate(io.BytesIO()).height - 12  # the frame pads 6 pt each side
    words, table = _row_ending(room, over, "09:00")
    pages = _printed([Paragraph("Programme", make_styles().h3), Spacer(1, room - 40), table()])  # 8-odd pt left
    assert all(p not in ("", "Wednesday (continued)") for p in pages), pages
    assert len(pages) == 2 and pages[1].startswith("09:00 W000") and "(continued)" not in pages[1]
    assert _every_word_once(pages, words)


@pytest.mark.parametrize("over", [0.3, 0.9])
def test_a_row_under_a_heading_less_than_a_point_too_tall_for_the_page_stays_with_its_heading(over):
    """A row that moved on to a new page under its day's heading, a fraction of a point taller than the room left
    under that heading: reportlab would not cut so thin a slice off it and moved the row to the page after, leaving
    the heading alone on a page and the row on the next without one. The row stays under its heading."""
    import io

    from reportlab.platypus import SimpleDocTemplate

    from briefer.packs.fonts import ensure_fonts
    from briefer.packs.paragraphs import Paragraph
    from briefer.packs.styles import make_styles

    ensure_fonts()
    s = make_styles()
    height = SimpleDocTemplate(io.BytesIO()).height
    heading = Paragraph("Wednesday (continued)", s.h3)
    room = height - 12 - heading.wrap(380, height)[1] - s.h3.spaceAfter  # the frame pads 6 pt each side
    words, table = _row_ending(room, over, "11:00")
    pages = _printed([heading, table()])
    assert len(pages) == 1 and pages[0].startswith("Wednesday (continued) 11:00 W000"), [p[:60] for p in pages]
    assert _every_word_once(pages, words)



def test_a_row_ending_a_fraction_over_the_room_with_its_last_line_clear_keeps_every_line_on_the_page():
    """As above, with the row's last line two and a half points clear of the room's end (the rest is its bottom
    padding, 0.3 pt too much): the cut made a little earlier than reportlab's still keeps every line with the
    heading; cut any earlier, the last line would go overleaf under "(continued)" on a page of its own."""
    import io

    from reportlab.platypus import SimpleDocTemplate

    from briefer.packs.flowables import RunOnTable
    from briefer.packs.fonts import ensure_fonts
    from briefer.packs.paragraphs import Paragraph
    from briefer.packs.styles import make_styles

    ensure_fonts()
    s = make_styles()
    height = SimpleDocTemplate(io.BytesIO()).height
    heading = Paragraph("Wednesday (continued)", s.h3)
    room = height - 12 - heading.wrap(380, height)[1] - s.h3.spaceAfter  # the frame pads 6 pt each side

    def table(words: int, top: float, bottom: float) -> RunOnTable:
        aim = " ".join(f"W{i:03d} aim words" for i in range(words))
        made = RunOnTable([[Paragraph("11:00", s.cell), Paragraph(aim, s.cell)]], colWidths=[80, 300], splitInRow=1,
                          style=[("TOPPADDING", (0, 0), (-1, -1), top), ("BOTTOMPADDING", (0, 0), (-1, -1), bottom)])
        made.continued = lambda: [Paragraph("Wednesday (continued)", s.h3)]
        return made

    # the lines alone (no padding) end 2.5 pt before the room does once a top padding makes up the rest
    words = next(n for n in range(100, 400) if table(n, 0, 0).wrap(380, 10**6)[1] > room - 14)
    top = room - 2.5 - table(words, 0, 0).wrap(380, 10**6)[1]
    assert 0 < top < 14 and abs(table(words, top, 2.8).wrap(380, 10**6)[1] - (room + 0.3)) < 0.01
    pages = _printed([heading, table(words, top, 2.8)])
    assert len(pages) == 1 and pages[0].startswith("Wednesday (continued) 11:00 W000"), [p[:60] for p in pages]
    assert _every_word_once(pages, words)
