"""Turning a view to its forms: a brief opens as a page to read (issue 20), and a bilateral on its
brief; tests that type into a record's form turn to it first, as a user clicks the tab or presses Ctrl+E."""

from __future__ import annotations


def show_forms(page) -> None:
    """Every brief's form instead of its page, and a bilateral's own (Meeting) tab."""
    from briefer.gui.records.read_or_edit import ReadOrEdit

    for pane in page.findChildren(ReadOrEdit):
        pane.edit(focus=False)
    if hasattr(page, "tabs"):
        page.tabs.setCurrentIndex(0)
