"""A pack composed and rendered in a process of its own, for a front end that must keep answering.

Rendering 2,000 pages is pure Python (reportlab) for tens of seconds. On a worker thread it
holds the interpreter's lock, and the window it shares the interpreter with froze for seconds at
a time (issue 19 item 7). A child process has its own interpreter: the window keeps all of its
own. The child only reads — its own read-only connection to the database — and sends back the
plan and the PDF bytes; the front end records the pack in the print register itself, when it is
printed or saved, as before (one writer, in one transaction).

The child is started with the ``spawn`` method on every platform: a fork of a process that runs
Qt's threads is not safe, and spawn is what Windows and macOS do anyway. The request holds the
passphrase of an encrypted database: it travels through the pipe to the child, never on its
command line, and no plaintext pack is written to disk.
"""

from __future__ import annotations

import multiprocessing
import pickle
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Callable

from briefer.errors import BrieferError
from briefer.interpreter_turns import taking_turns
from briefer.packs.flowables import PackCancelled
from briefer.packs.plan import PackOptions, PackPlan

#: How often the parent looks at the pipe and at its cancel flag (seconds): Cancel acts within it.
POLL_SECONDS = 0.05


@dataclass(frozen=True)
class Request:
    """What the child needs: the database to read (or a plan already composed) and the options."""

    options: PackOptions
    path: Path | None = None
    passphrase: str | None = None
    user: str | None = None
    #: A plan composed by the caller (a store in memory has no file a child could open).
    plan: PackPlan | None = None
    now: datetime | None = None


@dataclass(frozen=True)
class Built:
    """The child's answer: the plan (copy number, version, parts) and, unless nothing changed, the PDF."""

    #: The plan as composed, less its chapters: the meetings' briefs are what the pages say, and
    #: nothing after the render reads them (the register keeps the parts). Taking 600 chapters in
    #: made the window's interpreter collect its garbage for 0.2 s as the pack arrived.
    plan: PackPlan
    data: bytes | None = None
    pages: int = 0
    missing_glyphs: tuple[str, ...] = ()
    #: part key → (first, last page), for the print register
    part_pages: dict | None = None
    #: The PDF's outline as (title, level, 0-based page), in order: the preview shows it without
    #: walking the PDF's own outline (a second of the window's time for 2,000 entries)
    outline: tuple[tuple[str, int, int], ...] = ()


def build(request: Request, *, progress: Callable[[float], None] | None = None,
          cancel: Callable[[], bool] | None = None) -> Built:
    """Compose (unless the request brings a plan) and render in this process — what the child runs."""
    from briefer.packs.compose import compose
    from briefer.packs.render import missing_glyphs, part_pages, render_bytes

    plan = request.plan
    if plan is None:
        store = _open_for_reading(request)
        try:
            plan = compose(store, request.options, now=request.now)
        finally:
            store.close()
    if plan.kind == "addendum" and not plan.changes:
        return Built(replace(plan, chapters=()))
    data, state, outline = render_bytes(plan, progress=progress, cancel=cancel)
    return Built(replace(plan, chapters=()), data, state.pages, missing_glyphs(plan), part_pages(outline, state), tuple(state.outline))


def _open_for_reading(request: Request):
    """A read-only connection of the child's own: it can never write to the user's database."""
    from sqlite_utils import Database

    from briefer.store import Store
    from briefer.store.db import open_keyed

    return Store(Database(open_keyed(request.path, request.passphrase, readonly=True)), request.path,
                 user=request.user, passphrase=request.passphrase)


def _child(conn, request: Request, target: Callable[..., Built]) -> None:
    """The child's main: run ``target`` and send ("progress", f)…, then ("built", Built) or ("failed", error)."""
    sent = [-1]

    def progress(fraction: float) -> None:
        percent = int(fraction * 100)
        if percent != sent[0]:  # a message a percent, not one a page
            sent[0] = percent
            conn.send(("progress", fraction))

    try:
        answer = ("built", _in_pieces(target(request, progress=progress)))
    except BaseException as exc:  # noqa: BLE001 — every failure must reach the user as a message
        answer = ("failed", _sendable(exc))
    conn.send(answer)
    conn.close()


#: Parts and chapters of the plan per separately pickled piece (see :func:`_in_pieces`).
PIECE = 100


def _in_pieces(built: Built) -> tuple[Built, list[bytes], list[bytes]]:
    """The answer with the plan's parts and chapters pickled apart, ``PIECE`` at a time.

    Unpickling 2,000 parts with their passage digests takes a quarter of a second of the
    interpreter in one go — a freeze of the window that waits for it. In pieces, the waiting
    thread lets the window run between them (:func:`_whole`)."""
    plan = built.plan
    pieces = [pickle.dumps(plan.parts[i:i + PIECE]) for i in range(0, len(plan.parts), PIECE)]
    chapters = [pickle.dumps(plan.chapters[i:i + PIECE]) for i in range(0, len(plan.chapters), PIECE)]
    return replace(built, plan=replace(plan, parts=(), chapters=())), pieces, chapters


def _whole(answer: tuple[Built, list[bytes], list[bytes]]) -> Built:
    """The answer of :func:`_in_pieces` put together again, giving up the interpreter between pieces."""
    built, pieces, chapters = answer
    parts: list = []
    for piece in taking_turns(pieces):  # the window's thread takes its turns between pieces
        parts.extend(pickle.loads(piece))
    whole: list = []
    for piece in taking_turns(chapters):
        whole.extend(pickle.loads(piece))
    return replace(built, plan=replace(built.plan, parts=tuple(parts), chapters=tuple(whole)))


def _sendable(exc: BaseException) -> BaseException:
    """``exc`` itself when it survives the pipe, else a BrieferError with its words."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # noqa: BLE001 — an error class whose arguments cannot be rebuilt
        return BrieferError(str(exc) or type(exc).__name__)
    return exc


def build_apart(request: Request, *, progress: Callable[[float], None] | None = None,
                cancelled: Callable[[], bool] = lambda: False, target: Callable[..., Built] = build) -> Built:
    """Build the pack in a child process and wait for it here (call this from a worker thread).

    ``progress`` gets the child's fraction done; when ``cancelled()`` turns true the child is
    stopped at once and :class:`PackCancelled` raised — it wrote nothing, so nothing is left
    half done. An error in the child is raised here as it was raised there; a child that dies
    without a word (killed, out of memory) is a :class:`BrieferError` that says so.
    ``target`` is the function the child runs (module level, importable: tests give their own).
    """
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(theirs, request, target), name="briefer-pack", daemon=True)
    child.start()
    theirs.close()  # only the child writes: its end closed here, a dead child reads as end of file
    try:
        while True:
            if cancelled():
                raise PackCancelled("building the pack was cancelled; nothing was made")
            if not ours.poll(POLL_SECONDS):
                continue
            try:
                kind, value = ours.recv()
            except (EOFError, OSError):
                child.join(5)
                raise BrieferError(f"the pack could not be built: the process building it stopped "
                                   f"(exit code {child.exitcode})") from None
            if kind == "progress":
                if progress is not None:
                    progress(value)
            elif kind == "built":
                return _whole(value)
            else:
                raise value
    finally:
        ours.close()
        if child.is_alive():
            child.terminate()
        child.join(5)
