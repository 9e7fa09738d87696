"""Markdown reports as a CommonMark renderer (markdown-it-py) shows them: what was typed stays text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from briefer.exchange.markdown_report import body, render_markdown, text, write_markdown
from briefer.exchange.report import build_notes_report
from briefer.model import Note
from briefer.store import Store
from exchange_world import build_world

HOSTILE_NOTE = "\n".join([
    "# Not a heading",
    "<b>not bold</b> <script>alert(1)</script>",
    "1. not a list",
    "- not a bullet",
    "> not a quote",
    "```",
    "    not code",
    "---",
    "*not emphasis* and [not a link](http://example.org)",
    "<div class=\"box\"",
])

md = MarkdownIt("commonmark")


def _html(markdown: str) -> str:
    return md.render(markdown)


@pytest.fixture
def world(tmp_path):
    s = Store.open(tmp_path / "r.sqlite", user="anouk")
    w = build_world(s)
    s.notes.add(Note(meeting_id=w["m1"].id, author="<i>Pieter</i>", body=HOSTILE_NOTE))
    yield s, w
    s.close()


def test_a_note_that_looks_like_markdown_or_html_renders_as_its_text(world, tmp_path):
    store, _ = world
    [path] = write_markdown(build_notes_report(store), tmp_path / "all.md")
    html = _html(path.read_text(encoding="utf-8"))
    for tag in ("<script", "<b>", "<i>", "<div", "<ol", "<blockquote", "<pre", "<code", "<hr", "<em>not emphasis", "<a "):
        assert tag not in html, tag
    assert html.count("<h1>") == 1  # the report's own title only
    # each typed line shows as typed, on a line of its own
    for line in HOSTILE_NOTE.splitlines():
        shown = line.strip().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
        assert shown in html, line
    assert "# Not a heading<br />\n&lt;b&gt;not bold" in html
    assert "&lt;i&gt;Pieter&lt;/i&gt;" in html


def test_split_files_escape_too(world, tmp_path):
    store, _ = world
    files = write_markdown(build_notes_report(store, country="IDN"), tmp_path / "split", split=True)
    html = _html(files[0].read_text(encoding="utf-8"))
    assert "<script" not in html and "<h1>Bilateral with Indonesia</h1>" in html
    assert html.count("<h1>") == 1


def test_ordinary_text_reads_as_written(world):
    store, _ = world
    raw = render_markdown(build_notes_report(store))
    assert "Minister Moeloek asked about twinning." in raw  # no needless backslashes in the file
    assert "Anouk de Vries-Ölçer" in raw


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc"), max_codepoint=0x2FF) | st.sampled_from("\n"),
               max_size=60))
def test_fuzz_any_note_renders_as_one_paragraph_of_its_own_text(value):
    html = _html(body(value))
    lines = [ln.strip() for ln in value.strip().split("\n")]
    if not any(lines):
        return
    # only paragraphs and line breaks: never a heading, list, quote, code, rule, link or HTML
    stripped = html.replace("<p>", "").replace("</p>", "").replace("<br />", "")
    assert "<" not in stripped.replace("&lt;", ""), html


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc"), max_codepoint=0x2FF), min_size=1,
               max_size=40).filter(lambda t: t.strip()))
@settings(max_examples=200, deadline=None)
def test_fuzz_a_line_renders_as_exactly_itself(value):
    import html as h
    rendered = md.renderInline(text(value.strip()))
    assert h.unescape(rendered) == value.strip()
