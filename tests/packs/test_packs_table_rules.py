"""The rules and tints a reader's eye follows in a pack's tables, read back from the PDF's drawing operators
(issue 22: mutants of ``briefer/packs/story.py`` that moved them and that no text test could see).

A meeting sheet opens its rows (time, room, status, who…) under one dark-blue rule across the text width; a
table with a heading row (the country facts, the contacts annex) tints that row light blue across every
column and rules it off in dark blue below."""

from __future__ import annotations

import re

from pypdf import PdfReader

from briefer.packs import PackOptions, build_pack

ACCENT_RULE = re.compile(r"\.082353 \.258824 \.45098 RG\n\.8 w\n((?:n [-\d. ]+ m [-\d. ]+ l S\n)+)")  # #154273, 0.8 pt
TINT = re.compile(r"\.862745 \.901961 \.941176 rg\n((?:n [-\d. ]+ re f\*?\n)+)")  # #DCE6F0


def _drawn(path):
    """Per page (1-based): the dark-blue 0.8 pt rules as (x0, y, x1) and the tints as (x0, top, width, height)."""
    pages = {}
    for number, page in enumerate(PdfReader(str(path)).pages, 1):
        data = page.get_contents().get_data().decode("latin-1")
        rules = [tuple(float(v) for v in (m[1], m[2], m[4])) for group in ACCENT_RULE.findall(data)
                 for m in (line.split() for line in group.strip().splitlines())]
        tints = [tuple(float(v) for v in m[1:5]) for group in TINT.findall(data)
                 for m in (line.split() for line in group.strip().splitlines())]
        pages[number] = (rules, tints)
    return pages


def test_meeting_sheets_open_under_one_rule_and_heading_rows_are_tinted_across_every_column(world, tmp_path, read_pack):
    result = build_pack(world.store, PackOptions(recipient_id=world.minister.id, lang="en"), tmp_path / "p.pdf")
    pack, drawn = read_pack(result.path), _drawn(result.path)
    sheets = [p for lvl, t, p in pack.outline if lvl == 1 and t == "Meeting sheet"]
    width = max(x1 for rules, _ in drawn.values() for _, _, x1 in rules)
    assert len(sheets) == 4 and width > 400
    for page in sheets:  # one rule above the sheet's rows, none between them
        rules, tints = drawn[page]
        assert [(x0, x1) for x0, _, x1 in rules] == [(0, width)] and not tints, (page, drawn[page])
    headed = {page: d for page, d in drawn.items() if d[1]}
    assert len(headed) >= 2  # the Türkiye country facts and the contacts annex
    assert any("Annex: contacts" in pack.texts[page - 1] for page in headed)
    for page, (rules, tints) in headed.items():
        for x0, top, w, h in tints:  # the heading row: tinted across all columns, ruled off below
            assert (x0, w) == (0, width) and h < 0, (page, tints)
            assert (0, top + h, width) in rules, (page, rules, tints)
