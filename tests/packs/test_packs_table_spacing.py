"""The spacing a reader's eye relies on in a pack's tables and topic lines, read back from the PDF's text positions
(issue 22: mutants of ``briefer/packs/story.py`` that moved a padding, a gap or a column by a point or so and that no
text test could see).

Each test builds the small conference of ``packs_world`` in English, changes one thing a user would enter (a
country's facts, an indicator drawn as a chart or not, a contact without an e-mail address) and measures where the
words stand, with pypdf's text positions or poppler's word boxes."""

from __future__ import annotations

from reportlab.lib.units import mm

from briefer.model import Fact
from briefer.packs import PackOptions, build_pack
from briefer.packs.fonts import ensure_fonts
from briefer.packs.styles import make_styles
from test_packs_story_parts import _words


def _pack(world, tmp_path, read_pack, name: str = "p.pdf"):
    result = build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / name)
    return result.path, read_pack(result.path)


def _runs(pack, page: int) -> dict[str, float]:
    """The height on ``page`` (1-based) of each text run, by its text (the first, from the top)."""
    found: dict[str, float] = {}

    def visit(text, cm, tm, font, size):
        if text.strip():
            y = tm[5] * cm[3] + cm[5]
            found[text.strip()] = max(found.get(text.strip(), y), y)

    pack.reader.pages[page - 1].extract_text(visitor_text=visit)
    return found


def _page(pack, opening: str) -> int:
    return next(i for i, t in enumerate(pack.texts, 1) if t.startswith(opening))


def test_a_facts_row_has_the_same_air_above_and_below_whichever_of_its_cells_is_the_tallest(world, tmp_path, read_pack):
    # a fact, a value or a source that wraps makes its row taller by its own lines only: 3 pt above the text and
    # 4 pt below it in every row, also when the source (the last column, set smaller) is the cell that wraps
    ensure_fonts()
    s = make_styles()
    store = world.store
    brief = next(b for b in store.country_briefs.list() if b.country == "POL")
    store.country_briefs.update(brief.evolve(facts=[
        Fact(label="Alpha", value="1", source="A source long enough to wrap onto a second line of its column"),
        Fact(label="Beta", value="2", source="ECDC"),
        Fact(label="A fact whose name is long enough to wrap onto a second line", value="3", source="ECDC"),
        Fact(label="Gamma", value="4", source="ECDC"),
        Fact(label="Delta", value="A value long enough to wrap onto a second line of its own wide column, it is long",
             source="ECDC"),
        Fact(label="Epsilon", value="5", source="ECDC"),
    ]))
    _, pack = _pack(world, tmp_path, read_pack)
    y = _runs(pack, _page(pack, "Country brief: Poland"))
    # (row, the next row, the lines of its tallest cell × their leading)
    rows = [("Alpha", "Beta", 3 * s.small.leading),  # the source: three lines of the small style
            ("Beta", "A fact whose name is long", s.cell.leading),
            ("A fact whose name is long", "Gamma", 3 * s.cell.leading),  # the fact: three lines
            ("Gamma", "Delta", s.cell.leading),
            ("Delta", "Epsilon", 2 * s.cell.leading)]  # the value: two lines
    for row, below, lines in rows:
        air = y[row] - y[below] - lines
        assert abs(air - 7) < 0.05, (row, air)


def test_a_level_chart_stands_between_its_heading_and_the_level_with_a_three_point_gap(world, tmp_path, read_pack):
    # the national action plan's stage drawn as five boxes (11 mm high): the stage's words follow 3 pt under it;
    # the same indicator without the chart has the heading and the words close together
    store = world.store
    _, charted = _pack(world, tmp_path, read_pack, "chart.pdf")
    profile = store.topic_profiles.list()[0]
    situation, plan = profile.indicators
    store.topic_profiles.update(profile.evolve(indicators=[situation, plan.model_copy(update={"chart": False})]))
    _, plain = _pack(world, tmp_path, read_pack, "plain.pdf")

    def heading_to_level(pack) -> float:
        y = _runs(pack, _page(pack, "Country brief: Türkiye"))
        return y["National action plan (TrACSS)"] - y["— Stage D"]

    assert abs(heading_to_level(charted) - heading_to_level(plain) - (11 * mm + 3)) < 0.05


def test_an_annex_without_e_mail_addresses_keeps_the_e_mail_column_narrow(world, tmp_path, read_pack):
    # nobody in the annex has an address ("—" each): the column is as wide as its heading "E-mail" (at least
    # 30 pt) and 9 pt of padding — 39 pt from where "E-mail" starts to where "Telephone" starts
    store = world.store
    store.people.update(world.member.evolve(email=""))
    path, pack = _pack(world, tmp_path, read_pack)
    page = _page(pack, "Annex: contacts")
    assert "@" not in pack.texts[page - 1]
    x = _words(path, page)
    assert abs(x["Telephone"] - x["E-mail"] - 39) < 0.3, (x["E-mail"], x["Telephone"])
