"""Conference settings after the welcome screen: names, place, dates, timezone and opening hours.

The rules are the store's (briefer/store/conference_settings.py): a change that
would leave a session or bilateral outside the conference days is refused with
the records named; a new timezone with timed records asks whether their local
times or their moments are kept. Nothing is saved until every field reads.
"""

from __future__ import annotations

import re
from datetime import date, time

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QWidget

from briefer.errors import BrieferError, InvalidRecord
from briefer.gui.forms.conference_dialog import Ui_ConferenceDialog
from briefer.gui.records.record_editor import FieldErrors
from briefer.gui.widgets.date_fields import refuse_unreadable
from briefer.gui.widgets.screen_fit import fit_to_screen
from briefer.model import OpeningHours
from briefer.store.conference_settings import KeepRequired, change_conference
from briefer.typed_dates import DATE, read_typed

FIELDS = ("name", "name_nl", "city", "venue", "start_date", "end_date", "timezone", "day_start", "day_end", "day_hours")
_LINE = re.compile(r"^(?P<day>.+?)\s+(?P<opens>\d{1,2}[:.]\d{2})\s*[-–]\s*(?P<closes>\d{1,2}[:.]\d{2})$")


class ConferenceDialog(QDialog):
    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.ui = Ui_ConferenceDialog()
        self.ui.setupUi(self)
        self.errors = FieldErrors({n: getattr(self.ui, n) for n in FIELDS})
        self.ui.banner.setProperty("tone", "error")
        self.ui.banner.hide()
        self.conference = services.store.require_conference()
        self._fill()
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self.resize(max(self.width(), 640), self.height())  # long conference names and venues stay readable
        fit_to_screen(self)

    def _fill(self) -> None:
        c, u = self.conference, self.ui
        for name in ("name", "name_nl", "city", "venue"):
            getattr(u, name).setText(getattr(c, name))
        for field in (u.start_date, u.end_date):
            field.set_value(getattr(c, "start_date" if field is u.start_date else "end_date"))
        u.timezone.set_value(c.timezone)
        u.day_start.set_value(c.day_start)
        u.day_end.set_value(c.day_end)
        u.day_hours.setPlainText("\n".join(f"{d:%d-%m-%Y} {h.start:%H:%M}-{h.end:%H:%M}"
                                           for d, h in sorted(c.day_hours.items())))

    def _day_hours(self) -> dict[date, OpeningHours]:
        out: dict[date, OpeningHours] = {}
        for raw in self.ui.day_hours.toPlainText().splitlines():
            line = raw.strip()
            if not line:
                continue
            m = _LINE.match(line)
            day = read_typed(m["day"], DATE, today=date.today(), shown=self.conference.start_date) if m else None
            if m is None or not isinstance(day, date):
                raise InvalidRecord(self.tr("“{0}” is not a day and its hours, such as 21-11-2024 08:00-23:30")
                                    .format(line), field="day_hours")
            opens, closes = (time.fromisoformat(m[k].replace(".", ":").zfill(5)) for k in ("opens", "closes"))
            if closes <= opens:
                raise InvalidRecord(self.tr("“{0}”: the day must close after it opens").format(line), field="day_hours")
            out[day] = OpeningHours(start=opens, end=closes)
        return out

    def changes(self) -> dict:
        """What the form says, as model fields (raises InvalidRecord naming the field that does not read)."""
        u = self.ui
        values = {"name": u.name.text().strip(), "name_nl": u.name_nl.text().strip(), "city": u.city.text().strip(),
                  "venue": u.venue.text().strip(), "start_date": u.start_date.value(), "end_date": u.end_date.value(),
                  "timezone": u.timezone.value() or "", "day_start": u.day_start.value(), "day_end": u.day_end.value()}
        refuse_unreadable(values)
        for name in ("start_date", "end_date", "day_start", "day_end"):
            if values[name] is None:
                raise InvalidRecord(self.tr("is required"), field=name)
        values["day_hours"] = self._day_hours()
        return {k: v for k, v in values.items() if v != getattr(self.conference, k)}

    def save(self) -> bool:
        """Save the form; True when saved (the dialog then closes)."""
        self.errors.clear()
        self.ui.banner.hide()
        try:
            changes = self.changes()
            if changes:
                try:
                    change_conference(self.services.store, changes, revision=self.conference.revision)
                except KeepRequired as exc:
                    keep = self.services.ask.keep_times(self, self._keep_question(exc))
                    if keep is None:
                        return False
                    change_conference(self.services.store, changes, keep=keep, revision=self.conference.revision)
        except BrieferError as exc:
            field = (exc.field or "").split(".")[0]
            if not self.errors.show(field, exc.message):
                self.ui.banner.setText("⚠ " + exc.message)
                self.ui.banner.show()
            return False
        self.accept()
        return True

    def _keep_question(self, exc: KeepRequired) -> str:
        return self.tr("The sessions and bilaterals already have times. Keep their local times (09:00 stays 09:00 "
                       "in the new timezone: they were typed in the wrong one), or keep the moments (the same "
                       "moments, shown at other hours)?")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
