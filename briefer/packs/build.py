"""The one call a front end needs: compose a pack, render it, and record it in the print register."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from briefer.errors import Refused
from briefer.packs.compose import compose
from briefer.packs.plan import PackOptions, PackPlan
from briefer.packs.register import register_print
from briefer.packs.render import render
from briefer.store import Store


class NothingChanged(Refused):
    """An addendum was asked for, but nothing in the pack changed since that copy: it stays current.

    Nothing is printed or registered — an empty addendum would take a copy number and a version
    for content that did not change (issue 17: versions mean content)."""

    def __init__(self, plan: PackPlan):
        super().__init__(f"nothing changed since copy {plan.base_number} for {plan.recipient_name}; "
                         "that copy is up to date and no addendum was printed")
        self.plan = plan


@dataclass(frozen=True)
class PackResult:
    path: Path
    pages: int
    #: Titles of the parts printed, in order (chapters and their sub-sections).
    sections: tuple[str, ...]
    #: The copy number in the print register ("Exemplaar 3").
    number: int
    version: int
    kind: str
    plan: PackPlan
    #: Characters the pack font cannot draw (shown as boxes) — the front end must warn about them.
    missing_glyphs: tuple[str, ...] = ()


def build_pack(
    store: Store,
    options: PackOptions,
    out_path: str | os.PathLike,
    *,
    progress: Callable[[float], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> PackResult:
    """Compose, render (atomically) and register one pack; nothing is registered if rendering fails."""
    plan = compose(store, options)
    if plan.kind == "addendum" and not plan.changes:
        raise NothingChanged(plan)
    result = render(plan, out_path, progress=progress, cancel=cancel)
    register_print(store, plan, result.pages, result.path.name, result.part_pages)
    return PackResult(result.path, result.pages, tuple(t for _, t in result.sections), plan.number, plan.version,
                      plan.kind, plan, result.missing_glyphs)
