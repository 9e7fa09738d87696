"""The day overview: one page per conference day the recipient has items on (a page break before each
day, never two days on one page, no page for a day without items); a day too busy for one page goes
on at the top of the next under its heading and "continued"."""

from __future__ import annotations

from datetime import date

from briefer.model import Session
from briefer.packs import PackOptions, build_pack
from packs_world import ReadPack, utc

DAYS = ("Wednesday 19 June 2019", "Thursday 20 June 2019", "Friday 21 June 2019")
#: items of each day in the small conference (the minister's), and the Friday added below
ITEMS = {DAYS[0]: ("Opening plenary", "Bilateral with Türkiye", "Bilateral with Poland"),
         DAYS[1]: ("Bilateral with Vietnam", "Bilateral with Greece"),
         DAYS[2]: ("Closing plenary",)}


def three_days(world) -> None:
    """The small conference over four days: items on the first three, nothing on the fourth."""
    store = world.store
    conf = store.require_conference()
    store.conference_repo.update(conf.evolve(end_date=date(2019, 6, 22)))
    store.sessions.add(Session(start=utc(2019, 6, 21, 8, 0), end=utc(2019, 6, 21, 9, 0), title="Closing plenary",
                               attendee_ids=[world.minister.id]))


def busy(world, day: int, rows: int) -> None:
    """``rows`` short sessions for the minister on 19 + ``day`` June, before the day's other items."""
    for i in range(rows):
        world.store.sessions.add(Session(start=utc(2019, 6, 19 + day, 5, i), end=utc(2019, 6, 19 + day, 5, i + 1),
                                         title=f"Briefing {i:02d}", attendee_ids=[world.minister.id]))


def pack_of(world, tmp_path, lang: str = "en") -> ReadPack:
    return ReadPack(build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang=lang),
                               tmp_path / f"pack-{lang}.pdf").path)


def test_each_day_starts_a_page_and_holds_only_that_day(world, tmp_path):
    three_days(world)
    pack = pack_of(world, tmp_path)
    days = pack.days()
    assert [title for title, _ in days] == list(DAYS)
    pages = [page for _, page in days]
    assert pages == list(range(pages[0], pages[0] + 3)), days  # one page each, one after another
    for (title, page) in days:
        text = pack.texts[page - 1]
        for other, items in ITEMS.items():
            for item in items:
                assert (item in text) == (other == title), (title, item)
            assert (other in text) == (other == title), (title, other)
    # the fourth day has no items for the minister: no page, no contents line
    assert "Saturday" not in pack.text
    # the next chapter starts on the page after the last day
    assert next(p for lvl, _, p in pack.outline if lvl == 0 and p > pages[-1]) == pages[-1] + 1


def test_a_busy_day_goes_on_under_its_heading_and_continued(world, tmp_path):
    three_days(world)
    busy(world, 1, 45)
    pack = pack_of(world, tmp_path)
    (wed, first), (thu, start), (fri, friday) = pack.days()
    assert friday > start + 1  # Thursday runs over more than one page
    for page in range(start + 1, friday):  # each page after the first opens with the day's heading, continued
        assert pack.texts[page - 1].startswith("Thursday 20 June 2019 (continued) "), pack.texts[page - 1][:80]
    thursday = pack.texts[start - 1:friday - 1]
    # every row on exactly one page, in order; no other day's items on Thursday's pages
    rows = [f"Briefing {i:02d}" for i in range(45)] + list(ITEMS[DAYS[1]])
    where = [next(n for n, text in enumerate(thursday) if row in text) for row in rows]
    assert where == sorted(where) and where[-1] == len(thursday) - 1
    assert all(sum(row in text for text in thursday) == 1 for row in rows)
    assert not any(item in text for text in thursday for item in ITEMS[DAYS[0]] + ITEMS[DAYS[2]])
    assert "(continued)" not in pack.texts[friday - 1] and "(continued)" not in pack.texts[first - 1]


def test_in_dutch_the_next_page_says_vervolg(world, tmp_path):
    busy(world, 0, 30)
    pack = pack_of(world, tmp_path, "nl")
    (_, start), (_, thursday) = pack.days()
    assert thursday == start + 2
    assert pack.texts[start].startswith("woensdag 19 juni 2019 (vervolg) ")


def test_a_day_a_row_or_two_too_long_is_set_a_little_tighter_and_keeps_its_page(world, tmp_path):
    busy(world, 1, 23)  # a page and a row or two at the usual leading
    pack = pack_of(world, tmp_path)
    (_, wed), (_, thu) = pack.days()
    assert "(continued)" not in pack.text
    assert "Briefing 00" in pack.texts[thu - 1] and "Bilateral with Greece" in pack.texts[thu - 1]
    assert next(p for lvl, _, p in pack.outline if lvl == 0 and p > thu) == thu + 1


def test_an_addendum_names_every_page_of_the_programme_it_replaces(world, tmp_path):
    # the programme is one part over its day pages: an addendum replaces all of them
    from briefer.packs.compose import compose

    three_days(world)
    first = build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "p.pdf")
    days = ReadPack(first.path).days()
    session = next(s for s in world.store.sessions.list() if s.title == "Closing plenary")
    world.store.sessions.update(session.evolve(title="Closing plenary and adoption"))
    plan = compose(world.store, PackOptions(changes_since=first.number))
    assert dict(plan.replaces)["programme"] == f"replaces pages {days[0][1]}–{days[-1][1]} of copy 1"


def test_a_busy_days_last_page_is_not_left_with_a_row_or_two(world, tmp_path):
    # 45 briefings and two bilaterals run a row onto a third page at the usual leading: set a
    # little tighter, the day takes two pages, its second well filled
    busy(world, 1, 45)
    pack = pack_of(world, tmp_path)
    (_, wed), (_, thu) = pack.days()
    end = next(p for lvl, _, p in pack.outline if lvl == 0 and p > thu)
    assert end == thu + 2, (thu, end)
    assert sum(f"Briefing {i:02d}" in pack.texts[thu] for i in range(45)) >= 10

