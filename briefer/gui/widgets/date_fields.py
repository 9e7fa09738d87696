"""The one date/time field of every form: type a date the way you write it, or pick it from a calendar.

Qt's QDateEdit/QDateTimeEdit edit a date section by section, like a spin box:
typed text lands in whichever section holds the cursor, so a whole typed date
came out as a different, silently wrong value, and an optional date showed
"—Jul2019" and saved empty. This field is a line edit read by
:func:`briefer.typed_dates.read_typed` (Dutch and English, day first, in the
conference's timezone) with a calendar button beside it.

On Enter or leaving the field the text is read: what was understood is shown
back in a normal form ("di 19 nov 2024 11:15"), what was not is named in red
under the field and the text is left as typed. ``value()`` always reads the
text as it stands — a save with Ctrl+S straight from the field sees what was
typed — and returns a :class:`~briefer.typed_dates.DateProblem` for text that
cannot be read, which the record editors refuse under the field (never a
nearby value). ``None`` means empty: an optional date stays empty until
something is typed.

The promoted names of the forms (``ConferenceDateTimeEdit``, ``OptionalDateEdit``,
``DateEdit``, ``TimeEdit``) are this one class with a kind and an "optional" flag.
"""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from briefer.errors import InvalidRecord
from briefer.gui.widgets.labels import ui_language
from briefer.typed_dates import DATE, DATETIME, TIME, DateProblem, format_typed, read_typed

def refuse_unreadable(values: dict) -> dict:
    """``values`` as they are, or InvalidRecord naming the first field whose typed date could not be read."""
    for name, value in values.items():
        if isinstance(value, DateProblem):
            raise InvalidRecord(value.message(ui_language()), field=name)
    return values


_TIPS = {
    DATETIME: QT_TRANSLATE_NOOP("TypedDateField",
                                "Type a date and time, e.g. 19-11-2024 11:15, 19 nov 2024 11.15, 2024-11-19 11:15, "
                                "tomorrow 9:00, fri 14:30, or only 11:15 for the day shown.\n"
                                "Day first. Time in the conference timezone ({0}). F4 opens the calendar."),
    DATE: QT_TRANSLATE_NOOP("TypedDateField",
                            "Type a date, e.g. 19-11-2024, 19/11/2024, 19 november 2024, 2024-11-19, "
                            "tomorrow or fri (the next Friday).\nDay first. F4 opens the calendar."),
    TIME: QT_TRANSLATE_NOOP("TypedDateField", "Type a time, e.g. 11:15 or 11.15."),
}
# the pattern shown in an empty field: day first, at a glance
_PLACEHOLDERS = {
    DATETIME: QT_TRANSLATE_NOOP("TypedDateField", "dd-mm-yyyy hh:mm"),
    DATE: QT_TRANSLATE_NOOP("TypedDateField", "dd-mm-yyyy"),
    TIME: QT_TRANSLATE_NOOP("TypedDateField", "hh:mm"),
}
_TIP_OPTIONAL = QT_TRANSLATE_NOOP("TypedDateField", "Leave empty for no date.")
_TIP_BUTTON = QT_TRANSLATE_NOOP("TypedDateField", "Choose from a calendar")
_NAME_BUTTON = QT_TRANSLATE_NOOP("TypedDateField", "Calendar")


def _plain(text: str) -> str:
    """A label's words without its mnemonic ampersand and trailing colon."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")


def _tr(text: str) -> str:
    """One translation context for the field and its promoted subclasses (self.tr would use the subclass's name)."""
    return QCoreApplication.translate("TypedDateField", text)


class TypedDateField(QWidget):
    """A date, a date and time (aware, in the conference's timezone) or a time, typed or picked."""

    KIND = DATE
    OPTIONAL = False

    # the value changed by the user (typed and read, or picked): the new value or a DateProblem
    edited = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._tz = ZoneInfo("UTC")
        self._anchor: date | None = None  # where an empty field's calendar opens (the conference's first day)
        self._value: date | datetime | time | None = None  # the last value read or set
        self._shown_text = ""  # the text that _value was shown as
        self.previous_value: date | datetime | time | None = None  # the value before the last edit (keep_duration)

        self.line = QLineEdit(self)
        self.line.setObjectName("text")
        self.line.setClearButtonEnabled(self.OPTIONAL)
        self.button = QToolButton(self)
        self.button.setObjectName("calendar_button")
        self.button.setText("▾")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes field to field; F4/Alt+Down open it
        self.button.setVisible(self.KIND != TIME)
        self.button.clicked.connect(self.open_calendar)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("problem")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty("tone", "error")  # coloured for the palette in use (briefer.gui.widgets.tones)
        self.error_label.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line, 1)
        row.addWidget(self.button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addLayout(row)
        box.addWidget(self.error_label)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusProxy(self.line)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self._menu = QMenu(self)
        holder = QWidgetAction(self._menu)
        holder.setDefaultWidget(self.calendar)
        self._menu.addAction(holder)

        self.line.editingFinished.connect(self.commit)
        self.line.installEventFilter(self)
        self._retranslate()

    # ---------------------------------------------------------------- configuration
    def set_timezone(self, name: str) -> None:
        """Show and read times on the conference's clock (``Europe/Amsterdam``), whatever the laptop's."""
        showing_value = self.line.text() == self._shown_text
        self._tz = ZoneInfo(name)
        if showing_value:
            self._show(self._value)
        self._retranslate()

    def set_anchor(self, day: date | None) -> None:
        """The day an empty field's calendar opens on, and a time typed alone falls on."""
        self._anchor = day

    def set_conference(self, conference) -> None:
        """Take the conference's timezone and open the calendar on its first day."""
        if conference is None:
            return
        self.set_anchor(conference.start_date)
        if self.KIND == DATETIME:
            self.set_timezone(conference.timezone)

    def set_range(self, first: date, last: date) -> None:
        """Days outside ``first``…``last`` cannot be picked in the calendar (typing one is the form's to refuse)."""
        self.calendar.setDateRange(QDate(first), QDate(last))

    # ---------------------------------------------------------------- value
    def value(self) -> date | datetime | time | None | DateProblem:
        """What the text says now: the value, None when empty, or the problem with it."""
        if self.line.text() == self._shown_text:
            return self._value
        return self._read(self.line.text())

    def set_value(self, value: date | datetime | time | str | DateProblem | None) -> None:
        """Show ``value``; text (a draft kept as typed, or a problem) is shown as it was typed."""
        if value is not None and not isinstance(value, (date, time)):  # datetime is a date
            self._value, self._shown_text = None, ""
            self.line.setText(str(value))
            self.commit()
            return
        self._value = value
        self._show(value)
        self.show_problem(None)

    def shown(self, value: date | datetime | time) -> str:
        """``value`` as this field would show it (in the interface language)."""
        return format_typed(value, ui_language(), self._tz)

    def problem(self) -> str:
        """The message under the field, or "" when what is typed was read."""
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def text(self) -> str:
        return self.line.text()

    def commit(self) -> None:
        """Read what was typed: show it back normalised, or name what could not be read."""
        if self.line.text() == self._shown_text:
            self.show_problem(None)
            return
        result = self._read(self.line.text())
        if isinstance(result, DateProblem):
            self.show_problem(result.message(ui_language()))
        else:
            self.previous_value = self._value
            self._value = result
            self._show(result)
            self.show_problem(None)
        self.edited.emit(result)

    # ---------------------------------------------------------------- calendar
    def open_calendar(self) -> None:
        current = self.value()
        day = self._day_of(current) if not isinstance(current, DateProblem) else None
        start = day or self._anchor or self._today()
        self.calendar.setSelectedDate(QDate(start))
        self.calendar.setCurrentPage(start.year, start.month)
        self._menu.popup(self.mapToGlobal(self.line.geometry().bottomLeft()))
        self.calendar.setFocus()

    def _picked(self, qdate: QDate) -> None:
        self._menu.hide()
        day = qdate.toPython()
        if self.KIND == DATETIME:
            current = self.value()
            clock = current.astimezone(self._tz).time() if isinstance(current, datetime) else time(9, 0)
            picked: date | datetime = datetime.combine(day, clock.replace(tzinfo=None), tzinfo=self._tz)
        else:
            picked = day
        self.previous_value = self._value
        self.set_value(picked)
        self.line.setFocus()
        self.edited.emit(picked)

    # ---------------------------------------------------------------- internals
    def _today(self) -> date:
        return datetime.now(self._tz).date()

    def _day_of(self, value) -> date | None:
        if isinstance(value, datetime):
            return value.astimezone(self._tz).date()
        if isinstance(value, date):
            return value
        return None

    def _read(self, text: str):
        shown = self._day_of(self._value) or self._anchor
        shown_time = None  # a day typed alone keeps the time the field shows
        if self.KIND == DATETIME and isinstance(self._value, datetime):
            local = self._value.astimezone(self._tz)
            shown_time = time(local.hour, local.minute)
        result = read_typed(text, self.KIND, today=self._today(), shown=shown, tz=self._tz, shown_time=shown_time)
        if result is None and not self.OPTIONAL and self.KIND == TIME:
            return DateProblem("unreadable", text, TIME)
        return result

    def _show(self, value) -> None:
        text = "" if value is None else format_typed(value, ui_language(), self._tz)
        self._shown_text = text
        self.line.setText(text)

    def show_problem(self, message: str | None) -> None:
        """Show ``message`` under the field (None: nothing); the form's refusals come here too."""
        self.error_label.setText("⚠ " + message[:1].upper() + message[1:] if message else "")
        self.error_label.setVisible(bool(message))
        self.line.setAccessibleDescription(message or "")

    def _retranslate(self) -> None:
        tip = _tr(_TIPS[self.KIND]).replace("{0}", getattr(self._tz, "key", "UTC"))
        if self.OPTIONAL:
            tip += "\n" + _tr(_TIP_OPTIONAL)
        self.line.setToolTip(tip)
        self.line.setPlaceholderText(_tr(_PLACEHOLDERS[self.KIND]))
        self.button.setToolTip(_tr(_TIP_BUTTON))
        self.button.setAccessibleName(_tr(_NAME_BUTTON))
        self.calendar.setLocale(self.locale())

    def _name_from_buddy(self) -> None:
        """Name the field for assistive technology after the words a sighted user reads beside it.

        Its buddy label; else the label (or checkbox) of its form row, followed by a label just
        before it in the row ("Period to"); the mnemonic and a trailing colon left out.
        """
        name = self._label_text()
        if name and self.line.accessibleName() != name:
            self.setAccessibleName(name)
            self.line.setAccessibleName(name)

    def _label_text(self) -> str:
        parent = self.parentWidget()
        if parent is None:
            return ""
        for lab in parent.findChildren(QLabel):
            if lab.buddy() is self or lab.buddy() is self.line:
                return _plain(lab.text())
        forms = parent.findChildren(QFormLayout)
        if isinstance(parent.layout(), QFormLayout):
            forms.insert(0, parent.layout())
        for form in forms:
            for row in range(form.rowCount()):
                field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
                label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                words = [_plain(label.widget().text())] if label is not None and label.widget() is not None else []
                if field is None:
                    continue
                if field.widget() is self:
                    return " ".join(words)
                box = field.layout()
                items = [box.itemAt(i).widget() for i in range(box.count())] if box is not None else []
                if self in items:
                    before = items[items.index(self) - 1] if items.index(self) > 0 else None
                    if isinstance(before, QLabel):
                        words.append(_plain(before.text()))
                    return " ".join(w for w in words if w)
        return ""

    def eventFilter(self, obj, event) -> bool:
        if obj is self.line and event.type() == QEvent.Type.KeyPress and self.KIND != TIME:
            key, mods = event.key(), event.modifiers()
            if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier):
                self.open_calendar()
                return True
        return super().eventFilter(obj, event)

    def showEvent(self, event) -> None:
        self._name_from_buddy()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            if self.line.text() == self._shown_text:
                self._show(self._value)  # "Tue 19 Nov" becomes "di 19 nov"
            self._retranslate()
            self._name_from_buddy()
        super().changeEvent(event)


def keep_duration(start: TypedDateField, end: TypedDateField) -> None:
    """When ``start`` is moved by typing or picking, move ``end`` by as much: the length stays.

    Without it, moving a meeting to another day left its end on the old day, and an
    end then typed as ``12:30`` alone was read on that old day — before the start.
    """
    def moved(new) -> None:
        old, current_end = start.previous_value, end.value()
        if all(isinstance(v, datetime) for v in (new, old, current_end)) and new != old:
            end.set_value(current_end + (new - old))

    start.edited.connect(moved)


class ConferenceDateTimeEdit(TypedDateField):
    """A date and time on the conference's clock; the value is an aware datetime."""

    KIND = DATETIME


class OptionalDateEdit(TypedDateField):
    """A date that may be left empty (None)."""

    KIND = DATE
    OPTIONAL = True


class DateEdit(TypedDateField):
    """A date that must be given."""

    KIND = DATE


class TimeEdit(TypedDateField):
    """A time of day (the day is chosen elsewhere)."""

    KIND = TIME
