"""Change bars: in an addendum, a bar in the left margin beside each passage that changed since the
copy it follows — and beside nothing else — so a reader sees at a glance what to read again."""

from __future__ import annotations

from briefer.model import Person, TalkingPoint
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


def _page(pack, words: str, after: int = 2) -> int:
    """The index of the first page from ``after`` on whose text holds ``words``."""
    return next(i for i, t in enumerate(pack.texts) if i >= after and words in t)


def test_an_addendum_after_a_changed_official_name_shows_old_new_and_bars_it(world, tmp_path, read_pack):
    # the counterpart's official name line — form of address, name and title — changes after copy 1
    store = world.store
    first = build_pack(store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "pack.pdf")
    turkish = next(p for p in store.people.list() if p.family_name == "Yılmaz")
    store.people.update(turkish.evolve(honorific="H.E. Dr", position="Minister of Health and Social Security"))

    pack = read_pack(build_pack(store, PackOptions(changes_since=first.number), tmp_path / "add.pdf").path)
    assert ("Counterpart: Dr Ayşe Yılmaz (Minister of Health) → H.E. Dr Ayşe Yılmaz (Minister of Health and "
            "Social Security)") in pack.texts[1]
    sheet = _page(pack, "Thank the minister")
    bars, lines = bars_and_lines(pack.reader.pages[sheet])
    assert barred(bars, lines, "H.E. Dr Ayşe Yılmaz")
    assert not barred(bars, lines, "Thank the minister") and not barred(bars, lines, "Bilateral room 1")
    # the biography's heading lines are barred too; its unchanged text is not
    bios = _page(pack, "has led the ministry")
    bars, lines = bars_and_lines(pack.reader.pages[bios])
    assert barred(bars, lines, "H.E. Dr Ayşe Yılmaz") and barred(bars, lines, "Social Security, Türkiye")
    assert not barred(bars, lines, "has led the ministry")


def test_an_addendum_after_an_attachment_changed_names_it_old_new_and_bars_the_sheet(world, tmp_path, read_pack):
    from briefer.model import Attachment
    from packs_world import small_pdf

    store = world.store
    grc = world.meetings["grc"].id
    store.add_attachment(Attachment(title="Greek AMR plan", filename="gr.pdf", meeting_id=grc), small_pdf(1, "Greek plan"))
    first = build_pack(store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "pack.pdf")
    # Poland's strategy is replaced by a longer, retitled file; Greece's plan is withdrawn
    polish = next(a for a in store.attachments.list() if a.title == "Polish AMR strategy")
    store.attachments.update(polish.evolve(title="Polish AMR strategy 2019–2023"))
    store.set_attachment_content(polish.id, small_pdf(3, "Polish strategy, revised"))
    store.attachments.delete(next(a for a in store.attachments.list() if a.title == "Greek AMR plan").id)

    pack = read_pack(build_pack(store, PackOptions(changes_since=first.number), tmp_path / "add.pdf").path)
    summary = pack.texts[1]
    assert "Attachments: Polish AMR strategy (2 pages) → Polish AMR strategy 2019–2023 (3 pages)" in summary
    assert "Attachments: Greek AMR plan (1 page) → —" in summary
    assert "Bilateral with Greece — Attachment: Greek AMR plan — no longer in the pack" in summary
    sheet = _page(pack, "Deputy Minister of Health")
    bars, lines = bars_and_lines(pack.reader.pages[sheet])
    assert barred(bars, lines, "Polish AMR strategy 2019–2023 (3 pages)")
    assert not barred(bars, lines, "Deputy Minister of Health")
    assert "Polish strategy, revised page 3" in pack.text  # and the new file's pages follow


def test_a_copy_registered_before_titles_were_named_gets_no_counterpart_line(world, tmp_path):
    # copies printed before the counterpart's fact named titles kept "name, name": same people, no line
    from briefer.model.prints import PrintedPart
    from briefer.packs.plan import Part
    from briefer.packs.register import _details

    now = Part("k", "t", "d", (("Counterpart", "Dr Ayşe Yılmaz (Minister of Health); Jan Jansen"),))
    same = PrintedPart(key="k", title="t", digest="x", facts=[["Counterpart", "Dr Ayşe Yılmaz, Jan Jansen"]])
    other = PrintedPart(key="k", title="t", digest="x", facts=[["Counterpart", "Ayşe Yılmaz, Jan Jansen"]])
    assert _details(same, now, "en") == ()
    assert _details(other, now, "en") == (
        "Counterpart: Ayşe Yılmaz, Jan Jansen → Dr Ayşe Yılmaz (Minister of Health); Jan Jansen",)


def test_of_several_counterparts_only_the_one_whose_line_changed_is_named(world, tmp_path, read_pack):
    store = world.store
    extra = store.people.add(Person(given_name="Mehmet", family_name="Kaya", country="TUR", position="Deputy Minister"))
    tur = world.meetings["tur"]
    store.meetings.update(tur.evolve(counterpart_ids=[*tur.counterpart_ids, extra.id]))
    first = build_pack(store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "pack.pdf")
    store.people.update(store.people.get(extra.id).evolve(honorific="H.E."))
    pack = read_pack(build_pack(store, PackOptions(changes_since=first.number), tmp_path / "add.pdf").path)
    assert "Counterpart: Mehmet Kaya (Deputy Minister) → H.E. Mehmet Kaya (Deputy Minister) •" in pack.texts[1] + " •"
    assert "Yılmaz (Minister of Health) →" not in pack.texts[1]
