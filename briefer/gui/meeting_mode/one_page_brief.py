""""Print the one-page brief" for one meeting, from Today or meeting mode, in one click.

The brief is composed on the GUI thread (it reads the store), rendered in the
background (an immutable plan), written straight to the file the user chose
(atomically, by the renderer) and registered in the print register; then it
is opened in the system's PDF viewer to print. No temporary copy is made, so
nothing readable is left behind when the database is encrypted.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from briefer.errors import BrieferError
from briefer.gui.tasks import Task, run_in_background
from briefer.gui.widgets.fields import ui_language
from briefer.model import BriefStatus


def ask_path(parent: QWidget, default_name: str) -> Path | None:
    """Where to write the brief (a save dialog)."""
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("OnePageBrief", "Save the one-page brief"), default_name,
        QCoreApplication.translate("OnePageBrief", "PDF files (*.pdf)"))
    return Path(name) if name else None


def open_in_viewer(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def print_meeting_brief(parent: QWidget, services, meeting_id: str, *,
                        choose_path: Callable[[QWidget, str], Path | None] = ask_path,
                        opener: Callable[[Path], object] = open_in_viewer,
                        done: Callable[[object], None] | None = None) -> Task | None:
    """Write the one-page brief of ``meeting_id`` where the user chooses and open it; None if not started."""
    from briefer.packs import PackOptions, compose, register_print, render

    store = services.store
    lang = ui_language()
    try:
        briefs = store.meeting_briefs.list(meeting_id=meeting_id)
        final = bool(briefs) and briefs[0].status == BriefStatus.FINAL
        plan = compose(store, PackOptions(meeting_id=meeting_id, lang=lang, draft=not final))
    except BrieferError as exc:
        services.ask.error(parent, exc)
        return None
    meeting = store.meetings.get(meeting_id)
    counterpart = meeting.counterpart_country or "meeting"
    path = choose_path(parent, f"brief-{counterpart}-{meeting.start.strftime('%Y%m%d-%H%M')}-{lang}.pdf")
    if path is None:
        return None

    def written(rendered) -> None:
        try:
            register_print(store, plan, rendered.pages, rendered.path.name, rendered.part_pages)
        except BrieferError as exc:
            services.ask.error(parent, exc)
        opener(rendered.path)
        if done is not None:
            done(rendered)

    task = run_in_background(lambda: render(plan, path))
    task.success(written).failure(lambda exc: services.ask.error(parent, exc))
    return task
