""""Print the one-page brief" for one meeting, from Today or meeting mode: Ctrl+P, Enter.

The brief is composed on the GUI thread (it reads the store) and rendered in the background (an
immutable plan) into memory; then Qt's print dialog opens on the printer used last, and the PDF
goes to it (``briefer.gui.packs.printing``: as the PDF itself through CUPS where it can). A print
is registered in the print register like a save. Nothing is written to disk unless the user
picks "print to file" in the dialog, so nothing readable is left behind when the database is
encrypted.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from briefer.errors import BrieferError
from briefer.gui.packs.printing import ask_printer, print_pdf
from briefer.gui.tasks import Task, run_in_background
from briefer.gui.widgets.fields import ui_language
from briefer.model import BriefStatus
from briefer.schedule.meeting_sheet import brief_of, meeting_of


def print_meeting_brief(parent: QWidget, services, meeting_id: str, *,
                        choose_printer: Callable[[QWidget, int, str], QPrinter | None] | None = None,
                        done: Callable[[str], None] | None = None) -> Task | None:
    """Render the one-page brief of ``meeting_id`` and print it where the user chooses; None if not started.

    ``choose_printer(parent, pages, title)`` is the print dialog (tests answer it themselves); when
    it returns None nothing is printed or registered. ``done`` gets where the brief went."""
    from briefer.packs import PackOptions, compose, register_print
    from briefer.packs.render import part_pages, render_bytes

    store = services.store
    lang = ui_language()
    try:
        brief = brief_of(store, meeting_id)
        final = brief is not None and brief.status == BriefStatus.FINAL
        plan = compose(store, PackOptions(meeting_id=meeting_id, lang=lang, draft=not final))
    except BrieferError as exc:
        services.ask.error(parent, exc)
        return None
    meeting = meeting_of(store, meeting_id)
    what = plan.chapters[0].title if plan.chapters else plan.title
    title = f"{what} — {meeting.start.astimezone(store.require_conference().tz):%Y-%m-%d %H:%M}"
    ask = choose_printer or (lambda widget, pages, name: ask_printer(widget, pages, name, services.settings))

    def rendered(result) -> None:
        data, state, outline = result
        printer = ask(parent, state.pages, title)
        if printer is None:
            return
        try:
            where = print_pdf(data, printer, title)
            filename = Path(printer.outputFileName()).name if printer.outputFileName() else \
                QCoreApplication.translate("OnePageBrief", "printed on {0}").format(where)
            register_print(store, plan, state.pages, filename, part_pages(outline, state))
        except BrieferError as exc:
            services.ask.error(parent, exc)
            return
        if done is not None:
            done(filename)

    task = run_in_background(lambda: render_bytes(plan))
    task.success(rendered).failure(lambda exc: services.ask.error(parent, exc))
    return task
