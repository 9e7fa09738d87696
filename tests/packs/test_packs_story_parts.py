"""What each part of a pack prints, in the order it is read — checked on the PDF's text, part by
part (issue 22: the mutants of ``briefer/packs/story.py`` that the broader pack tests let through).

Each test builds the small conference of ``packs_world`` in English and reads one part back:
the country brief's marking and status line, its sources, the biographies (name, position, how
to say the name, the biography), and so on."""

from __future__ import annotations

from briefer.packs import PackOptions, build_pack


def _pack(world, tmp_path, read_pack, name="p.pdf", **options):
    options = {"recipient_id": world.minister.id, "lang": "en", **options}
    return read_pack(build_pack(world.store, PackOptions(**options), tmp_path / name).path)


def _page(pack, opening: str) -> str:
    """The text of the one page that opens with ``opening`` (a part's heading)."""
    pages = [t for t in pack.texts if t.startswith(opening)]
    assert len(pages) == 1, f"{len(pages)} pages open with {opening!r}"
    return pages[0]


def _turkish_minister(world):
    return world.store.people.get(world.meetings["tur"].counterpart_ids[0])


def test_biographies_give_name_position_how_to_say_it_and_the_biography_in_that_order(world, tmp_path, read_pack):
    world.store.people.update(_turkish_minister(world).evolve(pronunciation="AY-sheh YIL-maz"))
    page = _page(_pack(world, tmp_path, read_pack), "Country brief: Türkiye")
    assert ("Biographies Dr Ayşe Yılmaz Minister of Health, Türkiye Pronunciation: AY-sheh YIL-maz "
            "Ayşe Yılmaz has led the ministry since 2018. She trained as a surgeon in İzmir.") in page


def test_a_country_brief_opens_with_its_own_marking_and_its_status(world, tmp_path, read_pack):
    pack = _pack(world, tmp_path, read_pack)
    # Türkiye's brief is departmentally confidential, Poland's is not marked: each says so under its heading
    assert _page(pack, "Country brief: Türkiye").startswith(
        "Country brief: Türkiye Classification of this chapter: Dep. VERTROUWELIJK Brief status: draft · ")
    assert _page(pack, "Country brief: Poland").startswith(
        "Country brief: Poland Classification of this chapter: UNCLASSIFIED Brief status: draft · ")


def test_a_country_brief_lists_its_sources_under_their_heading(world, tmp_path, read_pack):
    page = _page(_pack(world, tmp_path, read_pack), "Country brief: Türkiye")
    assert "Their asks • Laboratory twinning Sources • TrACSS 2019 country report, WHO Biographies" in page


def _lines_of_page(pack, index: int) -> list[tuple[float, str]]:
    """(height on the page, text) of each text run on page ``index`` (0-based), top first."""
    found = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            found.append((round(tm[5] * cm[3] + cm[5], 1), text.strip()))

    pack.reader.pages[index].extract_text(visitor_text=visit)
    return sorted(found, reverse=True)


def test_in_the_contents_each_chapter_stands_apart_and_its_parts_follow_it_closely(world, tmp_path, read_pack):
    pack = _pack(world, tmp_path, read_pack)
    chapters = {t for level, t, _ in pack.outline if level == 0} - {"Contents"}
    sections = {t for level, t, _ in pack.outline if level == 1}
    contents = pack.outline[0][2] - 1
    lines = [(y, t) for y, t in _lines_of_page(pack, contents) if t in chapters | sections]
    gaps = [(t, above - y) for (above, _), (y, t) in zip(lines, lines[1:])]  # the space above each line
    before_chapter = [gap for t, gap in gaps if t in chapters]
    before_section = [gap for t, gap in gaps if t in sections]
    assert len(before_chapter) >= 5 and len(before_section) >= 5
    # a chapter line has a blank of about six points above it that no part's line has
    assert min(before_chapter) > max(before_section) + 4, (before_chapter, before_section)


def test_an_addendum_prints_a_meetings_second_attachment_when_only_that_one_changed(world, tmp_path, read_pack):
    from briefer.model import Attachment
    from packs_world import small_pdf

    store = world.store
    store.add_attachment(Attachment(title="Polish AMR budget", filename="pl-budget.pdf", meeting_id=world.meetings["pol"].id),
                         small_pdf(1, "Polish budget"))
    first = read_pack(build_pack(store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "p.pdf").path)
    attachments = [t for level, t, _ in first.outline if t.startswith("Attachment: Polish")]
    assert len(attachments) == 2
    second = attachments[1].removeprefix("Attachment: ")
    changed = next(a for a in store.attachments.list() if a.title == second)
    store.set_attachment_content(changed.id, small_pdf(2, "Revised second file"))

    pack = read_pack(build_pack(store, PackOptions(changes_since=1), tmp_path / "add.pdf").path)
    assert [t for _, t, _ in pack.outline if t.startswith("Attachment:")] == [attachments[1]]
    assert "Revised second file page 1" in pack.text and "Revised second file page 2" in pack.text


def _briefings(world, first: int, last: int) -> None:
    """Short sessions "Briefing <first>" … "Briefing <last - 1>" for the minister early on 20 June (the second day)."""
    from briefer.model import Session
    from packs_world import utc

    for i in range(first, last):
        world.store.sessions.add(Session(start=utc(2019, 6, 20, 5, i), end=utc(2019, 6, 20, 5, i + 1),
                                         title=f"Briefing {i:02d}", attendee_ids=[world.minister.id]))


def _row_pitch(pack) -> float:
    """The distance between the first two briefings' rows on the day overview."""
    page = next(i for i, t in enumerate(pack.texts) if "Briefing 00" in t and t.startswith("Thursday 20 June 2019"))
    ys = dict((t, y) for y, t in _lines_of_page(pack, page))
    return round(ys["Briefing 00"] - ys["Briefing 01"], 1)


def test_a_day_that_fits_its_page_is_set_at_the_usual_spacing_however_few_its_rows(world, tmp_path, read_pack):
    # a day is only ever set tighter, to keep it on its page — never spread out because it is short
    _briefings(world, 0, 3)
    few = _row_pitch(_pack(world, tmp_path, read_pack, "few.pdf"))
    _briefings(world, 3, 18)
    many = _row_pitch(_pack(world, tmp_path, read_pack, "many.pdf"))
    assert few == many, (few, many)


def test_the_first_day_a_row_or_two_too_long_is_set_tighter_and_keeps_the_programmes_first_page(world, tmp_path):
    # the first day shares its page with the programme's heading: that is counted when deciding to set it tighter
    from test_packs_day_pages import busy, pack_of

    busy(world, 0, 20)  # with the opening plenary and two bilaterals: a row or two over the page
    pack = pack_of(world, tmp_path)
    (_, wed), (_, thu) = pack.days()
    assert thu == wed + 1
    assert "(continued)" not in pack.text
    first = pack.texts[wed - 1]
    assert first.startswith("Programme Wednesday 19 June 2019")
    assert all(f"Briefing {i:02d}" in first for i in range(20)) and "Bilateral with Poland" in first


def _words(path, page: int) -> dict[str, float]:
    """Where each word on a page (1-based) starts, from poppler's bounding boxes (first occurrence)."""
    import re
    import subprocess

    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
                          capture_output=True, text=True, check=True).stdout
    out: dict[str, float] = {}
    for x, word in re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>', html):
        out.setdefault(word, float(x))
    return out


def test_the_facts_table_keeps_the_house_columns(world, tmp_path, read_pack):
    # fact 45 mm, source the last 40 mm of the text width, the value between; text 4 pt inside its column
    from reportlab.lib.units import mm

    from briefer.packs import styles as st

    result = build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "p.pdf")
    pack = read_pack(result.path)
    page = next(i for i, t in enumerate(pack.texts, 1) if t.startswith("Country brief: Türkiye"))
    x = _words(result.path, page)
    left, right = st.MARGIN_LEFT, st.PAGE[0] - st.MARGIN_RIGHT
    for word, column in (("Fact", left), ("Population", left), ("Value", left + 45 * mm), ("82", left + 45 * mm),
                         ("Source", right - 40 * mm), ("UN", right - 40 * mm)):
        assert abs(x[word] - (column + 4)) < 0.5, (word, x[word], column + 4)


def test_a_telephone_number_as_wide_as_its_column_allows_stays_on_one_line(world, tmp_path, read_pack):
    # the telephone column grows to the longest number, up to 34 mm: "+44 (0)20 7946 0958" just fits
    import re
    import subprocess

    world.store.people.update(_turkish_minister(world).evolve(phone="+44 (0)20 7946 0958"))
    result = build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "p.pdf")
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(result.pages), "-l", str(result.pages), str(result.path), "-"],
                          capture_output=True, text=True, check=True).stdout
    words = {w: float(y) for y, w in re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>', html)}
    number = ["+44", "(0)20", "7946", "0958"]
    assert all(w in words for w in number), sorted(words)
    assert {round(words[w]) for w in number} == {round(words["Yılmaz"])}


def test_an_addendum_bars_each_paragraph_of_a_key_message_by_its_own_text(world, tmp_path, read_pack):
    # a key message of two paragraphs: only its first changed, so only the first carries a bar
    from test_packs_addendum_bars import barred, bars_and_lines

    store = world.store
    brief = store.meeting_briefs.list(meeting_id=world.meetings["tur"].id)[0]
    store.meeting_briefs.update(brief.evolve(key_messages=[
        "We value the cooperation on AMR.\n\nThe ministry's laboratory network is a model for the region."]))
    first = build_pack(store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "p.pdf")
    brief = store.meeting_briefs.list(meeting_id=world.meetings["tur"].id)[0]
    store.meeting_briefs.update(brief.evolve(key_messages=[
        "We value the cooperation on AMR and on surveillance.\n\nThe ministry's laboratory network is a model for the region."]))

    pack = read_pack(build_pack(store, PackOptions(changes_since=first.number), tmp_path / "add.pdf").path)
    index = next(i for i, t in enumerate(pack.texts) if t.startswith("Bilateral with Türkiye") and "Key messages" in t)
    bars, lines = bars_and_lines(pack.reader.pages[index])
    assert barred(bars, lines, "We value the cooperation on AMR and on surveillance")
    assert not barred(bars, lines, "laboratory network is a model")


def _section_pitch(pack) -> float:
    """The distance between the first chapter's first two parts in the contents (a "Meeting sheet" and the next)."""
    contents = pack.outline[0][2] - 1
    lines = [(y, t) for y, t in _lines_of_page(pack, contents) if t == "Meeting sheet"]
    following = _lines_of_page(pack, contents)
    y = lines[0][0]
    below = max(other for other, t in following if other < y - 1 and t != "" and not t.isdigit())
    return round(y - below, 1)


def test_contents_too_long_to_fit_one_page_even_set_tighter_keep_their_usual_spacing(world, tmp_path, read_pack):
    # setting the contents tighter is for a page and a few lines; contents of nearly two pages are set as usual
    from benchmarks.packs import synthetic
    from briefer.store import Store

    usual = _section_pitch(_pack(world, tmp_path, read_pack))
    store = Store.open(tmp_path / "long.sqlite", user="tester")
    try:
        minister = synthetic(store, bilaterals=17)
        long = read_pack(build_pack(store, PackOptions(recipient_id=minister.id, lang="en"), tmp_path / "long.pdf").path)
    finally:
        store.close()
    assert long.outline[1][2] - long.outline[0][2] == 2, long.outline[:3]  # the contents take two pages
    assert _section_pitch(long) == usual


def test_a_facts_table_running_onto_the_next_page_repeats_its_heading_row_only(world, tmp_path, read_pack):
    from briefer.model import Fact

    store = world.store
    brief = next(b for b in store.country_briefs.list() if b.country == "POL")
    store.country_briefs.update(brief.evolve(facts=[
        Fact(label=f"Indicator {i:02d}", value=f"{i * 7} per 100 000 inhabitants", source="ECDC") for i in range(70)]))
    pack = _pack(world, tmp_path, read_pack)
    pages = [t for t in pack.texts if "Indicator 69" in t or "Indicator 00" in t]
    assert len(pages) == 2, len(pages)
    first, second = pages
    assert "Fact Value Source Indicator 00" in first
    assert "Indicator 00" not in second  # the first fact is not repeated
    assert second.startswith("Fact Value Source Indicator "), second[:80]


def test_each_programme_row_reads_across_its_time_level_with_its_title(world, tmp_path, read_pack):
    # the time cell is aligned to the top of its row, beside the title, however many lines the row has
    pack = _pack(world, tmp_path, read_pack)
    page = next(i for i, t in enumerate(pack.texts) if t.startswith("Programme Wednesday 19 June 2019"))
    ys = {t: y for y, t in _lines_of_page(pack, page)}
    for time, title in (("09:30–10:30", "Opening plenary"), ("11:00–11:30", "Bilateral with Türkiye"),
                        ("14:00–14:30", "Bilateral with Poland")):
        assert abs(ys[time] - ys[title]) < 1, (time, ys[time], title, ys[title])
