"""Typing a bilateral's new day, time, length and room, with its conflicts checked as you type."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from briefer.gui.forms.move_meeting_dialog import Ui_MoveMeetingDialog
from briefer.gui.screen_fit import fit_to_screen
from briefer.model import Meeting
from briefer.schedule.conflicts import Finding, conflicts_for
from briefer.schedule.items import Schedule, ScheduleIndex


def findings_html(findings: list[Finding], fits: str, cannot: str, attention: str) -> str:
    """Conflicts as short lines for a label: red for what cannot work, orange for what needs attention."""
    if not findings:
        return f'<span style="color:#2e7d32">{fits}</span>'
    rows = []
    for f in findings:
        colour, word = ("#c62828", cannot) if f.severity == "error" else ("#b86e00", attention)
        rows.append(f'<span style="color:{colour}"><b>{word}</b></span> {_esc(f.message)}')
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
        self.ui.day.setDateRange(QDate(conf.start_date), QDate(conf.end_date))
        self.ui.day.setDate(QDate(local.date()))
        self.ui.start.setTime(QTime(local.hour, local.minute))
        self.ui.duration.setValue(int((meeting.end - meeting.start).total_seconds() // 60))
        self.ui.room.addItem(self.tr("no room yet"), "")
        for room in sorted(schedule.rooms.values(), key=lambda r: r.name.casefold()):
            self.ui.room.addItem(room.name, room.id)
        self.ui.room.setCurrentIndex(max(0, self.ui.room.findData(meeting.room_id or "")))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        for signal in (self.ui.day.dateChanged, self.ui.start.timeChanged, self.ui.duration.valueChanged,
                       self.ui.room.currentIndexChanged):
            signal.connect(self.check)
        self.check()
        fit_to_screen(self)  # a laptop screen, 125–150 % scaling: never taller than the screen

    def candidate(self) -> Meeting:
        conf = self.schedule.conference
        start = datetime.combine(self.ui.day.date().toPython(), self.ui.start.time().toPython(), tzinfo=conf.tz)
        return self.meeting.evolve(start=start, end=start + timedelta(minutes=self.ui.duration.value()),
                                   room_id=self.ui.room.currentData() or None)

    def check(self, *_args) -> None:
        candidate = self.candidate()
        self.findings = conflicts_for(candidate, self.index)
        self.ui.conflict_label.setText(findings_html(
            self.findings, self.tr("No conflicts at this time and place."), self.tr("Cannot work:"),
            self.tr("Needs attention:")))
        changed = (candidate.start, candidate.end, candidate.room_id) != (
            self.meeting.start, self.meeting.end, self.meeting.room_id)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(changed)
