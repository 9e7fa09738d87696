"""The pack's typefaces as the reader meets them (issue 22: mutants of ``briefer/packs/fonts.py``).

A pack is set in DejaVu Sans: headings bold, the text regular, notes and the brief's status italic (oblique), a bold
word inside an italic line bold (no bold-italic face is shipped) — read back from the PDF's text runs and the
BaseFont of the font each is set in. An Arabic name in an italic line is set upright (the oblique face has no
Arabic letters: boxes otherwise). And an installation that lacks one of the font files says which one is missing
instead of failing somewhere inside reportlab."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from briefer.model import Objective, Person
from briefer.packs import PackOptions, build_pack
from briefer.packs.scripts import visual
from briefer.resources import resource_path


def runs(pack, index: int) -> list[tuple[str, str, float]]:
    """(text, font's BaseFont without its subset tag, size) of every text run on page ``index`` (0-based)."""
    found = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            found.append((text.strip(), str(font["/BaseFont"]).split("+")[-1], size))

    pack.reader.pages[index].extract_text(visitor_text=visit)
    return found


def page_of(pack, opening: str) -> int:
    return next(i for i, t in enumerate(pack.texts) if t.startswith(opening))


def test_headings_text_notes_and_markings_each_print_in_their_face(world, tmp_path, read_pack):
    pack = read_pack(build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang="en"),
                                tmp_path / "pack.pdf").path)
    sheet = runs(pack, page_of(pack, "Bilateral with Poland"))
    face = {text: font for text, font, _ in sheet}
    assert face["Bilateral with Poland"] == "DejaVuSans-Bold"  # the chapter's heading
    # the chapter's marking is bold inside the italic status line: bold, as no bold-italic face is shipped
    assert face["Classification of this chapter: UNCLASSIFIED"] == "DejaVuSans-Bold"
    assert face["No brief has been written for this meeting yet."] == "DejaVuSans-Oblique"
    assert face["Łukasz Wiśniewski (Deputy Minister of Health)"] == "DejaVuSans"
    # every text the pack sets is in one of the three shipped faces (no reportlab Helvetica); the attached
    # PDF's pages (the Polish strategy, made with Helvetica) are printed as they came
    own = [i for i, t in enumerate(pack.texts) if not t.startswith("Polish strategy")]
    assert len(own) == len(pack.texts) - 2
    used = {font for index in own for _, font, _ in runs(pack, index)}
    assert used == {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"}, used


def test_an_arabic_name_in_an_italic_line_is_set_upright(world, tmp_path, read_pack):
    # the day overview gives each meeting's aim in italics; this one names the Saudi minister
    store = world.store
    saudi = store.people.add(Person(given_name="محمد", family_name="العبدالله", country="SAU", position="وزير الصحة"))
    tur = world.meetings["tur"]
    store.meetings.update(tur.evolve(counterpart_ids=[*tur.counterpart_ids, saudi.id]))
    brief = store.meeting_briefs.list(meeting_id=tur.id)[0]
    store.meeting_briefs.update(brief.evolve(objectives=[Objective(text="Thank محمد العبدالله for Riyadh")]))
    result = build_pack(store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "pack.pdf")
    assert result.missing_glyphs == ()
    pack = read_pack(result.path)
    day = runs(pack, page_of(pack, "Programme"))
    name = visual("محمد العبدالله")
    arabic = [font for text, font, _ in day if name in text or name[::-1] in text]
    latin = [font for text, font, _ in day if "Thank" in text]
    assert arabic == ["DejaVuSans"], day
    assert latin and set(latin) == {"DejaVuSans-Oblique"}, day


def _without(tmp_path, missing: str, call: str) -> subprocess.CompletedProcess:
    """Run ``call`` in a fresh process whose (frozen-bundle) resources folder lacks the font file ``missing``."""
    fonts = tmp_path / "bundle" / "resources" / "fonts"
    fonts.mkdir(parents=True)
    for path in resource_path("fonts").iterdir():
        if path.name != missing:
            (fonts / path.name).symlink_to(path)
    script = textwrap.dedent(f"""
        import sys
        sys._MEIPASS = {str(tmp_path / "bundle")!r}
        from briefer.packs import fonts
        fonts.{call}
    """)
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)


def test_an_installation_without_a_face_says_which_font_file_is_missing(tmp_path):
    done = _without(tmp_path, "DejaVuSans-Oblique.ttf", "ensure_fonts()")
    assert done.returncode != 0
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("FileNotFoundError: the pack font "), last
    assert "DejaVuSans-Oblique.ttf is missing; the installation is incomplete" in last


def test_an_installation_without_the_cjk_face_says_so_on_the_first_chinese_name(tmp_path):
    done = _without(tmp_path, "DroidSansFallback.ttf", "ensure_cjk()")
    assert done.returncode != 0
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("FileNotFoundError: the pack font "), last
    assert "DroidSansFallback.ttf is missing; the installation is incomplete" in last


def test_an_arabic_name_in_a_bold_heading_or_a_bold_word_is_bold_too(world, tmp_path, read_pack):
    # reportlab takes a run's weight from the face the markup names: the upright face for Arabic made the
    # Arabic words of a bold heading regular beside its bold Latin words
    store = world.store
    pol = world.meetings["pol"]
    store.meetings.update(pol.evolve(title="Bilateral with وزارة الصحة"))
    pack = read_pack(build_pack(store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "p.pdf").path)
    shaped = lambda text: any("\ufe70" <= c <= "\ufeff" for c in text)  # noqa: E731 — Arabic letters as set
    index = next(i for i, t in enumerate(pack.texts) if t.startswith("Bilateral with") and shaped(t[:40]))
    heading = [(text, font) for text, font, size in runs(pack, index) if size >= 14]
    assert any(shaped(text) for text, _ in heading) and any("Bilateral with" in text for text, _ in heading)
    assert all(font == "DejaVuSans-Bold" for _, font in heading), heading
