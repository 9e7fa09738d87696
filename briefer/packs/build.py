"""The one call a front end needs: compose a pack, render it, and record it in the print register."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from briefer.model.prints import PrintedPart, PrintRecord
from briefer.packs.compose import compose
from briefer.packs.plan import PackOptions, PackPlan
from briefer.packs.render import RenderResult, render
from briefer.store import Store
from briefer.store.print_register import PrintRegister


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
    result = render(plan, out_path, progress=progress, cancel=cancel)
    register_print(store, plan, result)
    return PackResult(result.path, result.pages, tuple(t for _, t in result.sections), plan.number, plan.version,
                      plan.kind, plan)


def register_print(store: Store, plan: PackPlan, result: RenderResult) -> PrintRecord:
    """Record a rendered pack in the print register (who, what version, for whom, when)."""
    return PrintRegister(store).record(PrintRecord(
        number=plan.number, kind=plan.kind, printed_at=plan.printed_at, printed_by=store.user,
        recipient_id=plan.recipient_id, recipient_name=plan.recipient_name, meeting_id=plan.meeting_id,
        lang=plan.lang, version=plan.version, classification=plan.classification, draft=plan.draft,
        digest=plan.digest, parts=[PrintedPart(key=p.key, title=p.title, digest=p.digest) for p in plan.parts],
        base_number=plan.base_number, filename=result.path.name, pages=result.pages,
    ))
