"""Typing a bilateral's new day, time, length and room, with its conflicts checked as you type."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from briefer.gui.forms.move_meeting_dialog import Ui_MoveMeetingDialog
from briefer.gui.widgets.tones import MARKERS, Tones, tones_for
from briefer.gui.widgets.screen_fit import fit_to_screen
from briefer.model import Meeting
from briefer.schedule.conflicts import ERROR, WARNING, Finding, conflicts_for
from briefer.schedule.items import Schedule, ScheduleIndex


def findings_html(findings: list[Finding], fits: str, cannot: str, attention: str, tones: Tones | None = None) -> str:
    """Conflicts as short lines for a label: a mark, a word and a colour for what cannot work or needs attention.

    The colours are the palette's readable shades (``tones``, the application's
    when None); the mark and the word say the same for whoever cannot tell red from orange.
    """
    tones = tones or tones_for()
    if not findings:
        return f'<span style="color:{tones.ok}">{fits}</span>'
    rows = []
    for f in findings:
        colour, word = (tones.error, cannot) if f.severity == ERROR else (tones.warning, attention)
        rows.append(f'<span style="color:{colour}"><b>{MARKERS[ERROR if f.severity == ERROR else WARNING]} {word}</b>'
                    f'</span> {_esc(f.message)}')
    return "<br>".join(rows)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class MoveMeetingDialog(QDialog):
    """Edit path of the timetable: the same live check as dragging, for those who prefer the keyboard."""

    def __init__(self, meeting: Meeting, schedule: Schedule, index: ScheduleIndex, parent: QWidget | None = None):
        super().__init__(parent)
        self.meeting = meeting
        self.schedule = schedule
        self.index = index
        self.findings: list[Finding] = []
        self.ui = Ui_MoveMeetingDialog()
        self.ui.setupUi(self)
        conf = schedule.conference
        local = conf.local(meeting.start)
        self.ui.meeting_label.setText(schedule.meeting_label(meeting))
        self.ui.day.set_range(conf.start_date, conf.end_date)
        self.ui.day.set_anchor(conf.start_date)
        self.ui.day.set_value(local.date())
        self.ui.start.set_value(time(local.hour, local.minute))
        self.ui.duration.setValue(int((meeting.end - meeting.start).total_seconds() // 60))
        self.ui.room.addItem(self.tr("no room yet"), "")
        for room in sorted(schedule.rooms.values(), key=lambda r: r.name.casefold()):
            self.ui.room.addItem(room.name, room.id)
        self.ui.room.setCurrentIndex(max(0, self.ui.room.findData(meeting.room_id or "")))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        for signal in (self.ui.day.edited, self.ui.start.edited, self.ui.day.line.textEdited,
                       self.ui.start.line.textEdited, self.ui.duration.valueChanged, self.ui.room.currentIndexChanged):
            signal.connect(self.check)  # as you type: a time half typed is no candidate yet, and Ok waits
        self.check()
        fit_to_screen(self)  # a laptop screen, 125–150 % scaling: never taller than the screen

    def candidate(self) -> Meeting | None:
        """The meeting at the typed day and time; None while either cannot be read or the day is not a conference day."""
        conf = self.schedule.conference
        day, clock = self.ui.day.value(), self.ui.start.value()
        if not isinstance(day, date) or not isinstance(clock, time) or not conf.start_date <= day <= conf.end_date:
            return None
        start = datetime.combine(day, clock, tzinfo=conf.tz)
        return self.meeting.evolve(start=start, end=start + timedelta(minutes=self.ui.duration.value()),
                                   room_id=self.ui.room.currentData() or None)

    def check(self, *_args) -> None:
        candidate = self.candidate()
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if candidate is None:
            self.findings = []
            conf = self.schedule.conference
            day = self.ui.day.value()
            outside = isinstance(day, date) and not conf.start_date <= day <= conf.end_date
            self.ui.conflict_label.setText(self.tr("The conference runs from {0} to {1}.").format(
                self.ui.day.shown(conf.start_date), self.ui.day.shown(conf.end_date)) if outside else "")
            ok.setEnabled(False)
            self._grow_to_fit()
            return
        self.findings = conflicts_for(candidate, self.index)
        self.ui.conflict_label.setText(findings_html(
            self.findings, self.tr("No conflicts at this time and place."), self.tr("Cannot work:"),
            self.tr("Needs attention:"), tones_for(self.palette())))
        changed = (candidate.start, candidate.end, candidate.room_id) != (
            self.meeting.start, self.meeting.end, self.meeting.room_id)
        ok.setEnabled(changed)
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """Grow taller when the word-wrapped conflict text needs it (never narrower, never off-screen).

        Qt does not grow a shown dialog for a word-wrapped label whose text got longer: it
        squeezed the fields above it to a few pixels and cut the warning off instead.
        """
        layout = self.layout()
        if not self.isVisible() or not layout.hasHeightForWidth():
            return
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)
            fit_to_screen(self)
