"""Today as the last session left it, painted before the store is opened: the light start.

Opening the store imports sqlite-utils, pydantic and every model — more CPU than
the whole window costs to draw — and Today then reads the person's day. A start
that opens on Today paints it first from a picture kept at the previous clean
close (``briefer.gui.today.today_snapshot``), and only when the picture is what
reading the database would show now:

- the database is byte-for-byte what it was when the picture was kept
  (``briefer.store.wholefile.keyed_cache``: its identity, no journal pending) and
  plain — an encrypted one asks for its passphrase first, and its picture is removed;
- the app's clock lies in the span the picture names: no item of the person's day
  begins or ends in it, no day turns, the conference's phase is the same, and while
  rehearsing it is the same minute (a demo whose conference is over rehearses a
  fixed moment, so its starts repeat one picture);
- the same language, person and Briefer version.

Then the store is opened behind the painted window (``briefer.gui.app``), Today
reads the day as always and takes the picture's place once its rows and conflicts
are there. The picture is a plain form with a plain table and nothing on it acts:
a click, a key or the wheel on it brings the real Today at once (the keyboard on
the same control), as does another language; until the store is open the window's
actions are off and a rail click waits for it (``MainWindow.go``). tests/gui/test_gui_light_start.py checks that the
picture equals what Today shows, widget by widget, at moments inside and at the edges
of its span.

Only Qt, the standard library and light helpers: what this module imports and does
is the first paint's cost (benchmarks/startup.py).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QDateTimeEdit, QHeaderView, QLabel, QTableView,
                               QTextEdit, QWidget)

from briefer import __version__
from briefer.store.wholefile import keyed_cache

#: The cache beside the database (``<database>.first-view.json``).
CACHE_NAME = "first-view"
#: Bumped when what the picture holds changes shape; an older picture is not used.
FORMAT = 2
_DATETIME = "yyyy-MM-ddTHH:mm:ss"
_INPUT = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.KeyPress, QEvent.Type.Wheel)


# ------------------------------------------------------------------ a form's state, kept and put back
def form_state(ui) -> dict:
    """What each named widget of a generated form (``Ui_*``) shows: texts, items, hidden or not, tones."""
    state: dict[str, dict] = {}
    for name, widget in vars(ui).items():
        if not isinstance(widget, QWidget) or isinstance(widget, QTableView):
            continue  # layouts and spacers; the table is kept by table_state
        s: dict = {"hidden": widget.isHidden()}
        if isinstance(widget, QComboBox):
            s["items"] = [[widget.itemText(i), widget.itemData(i)] for i in range(widget.count())]
            s["index"] = widget.currentIndex()
        elif isinstance(widget, QDateTimeEdit):
            s.update(minimum=widget.minimumDateTime().toString(_DATETIME),
                     maximum=widget.maximumDateTime().toString(_DATETIME), value=widget.dateTime().toString(_DATETIME))
        elif isinstance(widget, QTextEdit):
            s["html"] = widget.toHtml()
        elif isinstance(widget, QLabel):
            s.update(text=widget.text(), tone=str(widget.property("tone") or ""))
        elif isinstance(widget, QAbstractButton):
            s.update(text=widget.text(), enabled=widget.isEnabled())
        state[name] = s
    return state


def apply_form_state(ui, state: dict) -> None:
    """Put ``state`` (from :func:`form_state`) on a fresh form of the same kind."""
    from briefer.gui.widgets.tones import set_tone

    for name, s in state.items():
        widget = getattr(ui, name, None)
        if not isinstance(widget, QWidget):
            continue
        if isinstance(widget, QComboBox):
            widget.blockSignals(True)
            for text, data in s["items"]:
                widget.addItem(text, data)
            widget.setCurrentIndex(s["index"])
            widget.blockSignals(False)
        elif isinstance(widget, QDateTimeEdit):
            widget.setMinimumDateTime(QDateTime.fromString(s["minimum"], _DATETIME))
            widget.setMaximumDateTime(QDateTime.fromString(s["maximum"], _DATETIME))
            widget.setDateTime(QDateTime.fromString(s["value"], _DATETIME))
        elif isinstance(widget, QTextEdit):
            widget.setHtml(s["html"])
        elif isinstance(widget, QLabel):
            widget.setText(s["text"])
            if s["tone"] != str(widget.property("tone") or ""):
                set_tone(widget, s["tone"])
        elif isinstance(widget, QAbstractButton):
            widget.setText(s["text"])
            widget.setEnabled(s["enabled"])
        widget.setHidden(s["hidden"])


def table_state(view: QTableView) -> dict:
    """The rows of ``view`` as shown (its order, texts, tooltips, text colours), its headers and how they size."""
    model = view.model()
    horizontal = view.horizontalHeader()
    rows = []
    for r in range(model.rowCount()):
        row = []
        for c in range(model.columnCount()):
            index = model.index(r, c)
            brush = model.data(index, Qt.ItemDataRole.ForegroundRole)
            colour = brush.color() if isinstance(brush, QBrush) else brush if isinstance(brush, QColor) else None
            row.append([model.data(index, Qt.ItemDataRole.DisplayRole) or "",
                        model.data(index, Qt.ItemDataRole.ToolTipRole) or "",
                        colour.name(QColor.NameFormat.HexArgb) if colour is not None else ""])
        rows.append(row)
    return {"headers": [model.headerData(c, Qt.Orientation.Horizontal) or "" for c in range(model.columnCount())],
            "rows": rows, "sort_column": horizontal.sortIndicatorSection(),
            "sort_order": horizontal.sortIndicatorOrder().value,
            "precision": horizontal.resizeContentsPrecision(),
            "vertical_hidden": view.verticalHeader().isHidden()}


class _Picture(QStandardItemModel):
    """Rows in the order they were kept: the header's sort indicator is shown, never acted on."""

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        pass


def apply_table_state(view: QTableView, state: dict) -> None:
    model = _Picture(len(state["rows"]), len(state["headers"]), view)
    model.setHorizontalHeaderLabels(state["headers"])
    for r, row in enumerate(state["rows"]):
        for c, (text, tip, colour) in enumerate(row):
            item = QStandardItem(text)
            item.setEditable(False)
            if tip:
                item.setToolTip(tip)
            if colour:
                item.setForeground(QBrush(QColor(colour)))
            model.setItem(r, c, item)
    view.setModel(model)
    if state["vertical_hidden"]:
        view.verticalHeader().hide()
    for header in (view.horizontalHeader(), view.verticalHeader()):
        header.setResizeContentsPrecision(state["precision"])
    horizontal = view.horizontalHeader()
    horizontal.setStretchLastSection(True)
    horizontal.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    horizontal.setSortIndicator(state["sort_column"], Qt.SortOrder(state["sort_order"]))


# ------------------------------------------------------------------ does the picture hold now?
def _moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def phase(moment: datetime, starts: datetime, ends: datetime) -> str:
    """Where ``moment`` lies against the conference's days: "before", "during" or "after"."""
    return "before" if moment < starts else "during" if moment < ends else "after"


def clock_for(picture: dict, real_now: datetime) -> datetime | None:
    """The app's clock at this start if ``picture`` shows what Today would, else None.

    A demo whose conference is over starts rehearsing a fixed moment (Today does so
    at its first read); otherwise the app runs on the real clock. The span alone
    decides: it lies on one side of the conference's start and end, and a start in
    another phase or rehearsing otherwise than the picture did has its clock
    outside it (tests/gui/test_gui_light_start.py, every pair of a dozen moments).
    """
    starts, ends = _moment(picture["conference_starts"]), _moment(picture["conference_ends"])
    after = phase(real_now, starts, ends) == "after"
    now = (_moment(picture["auto_rehearsal"]) if after else None) or real_now
    since, until = _moment(picture["since"]), _moment(picture["until"])
    if (since is not None and now < since) or (until is not None and now >= until):
        return None
    return now


def usable_picture(database: Path, *, language: str, principal: str, real_now: datetime) -> tuple[dict, datetime] | None:
    """(a kept picture, the app's clock) when this start may paint it, else None: Today's at the close, or
    the next day's (``today_snapshot.read_next_day``), the first that holds.

    A picture beside an encrypted database is removed: its words must not lie on disk in clear.
    """
    from briefer.store.fileformat import is_encrypted

    try:
        encrypted = is_encrypted(database)
    except Exception:  # noqa: BLE001 — unreadable: the full start says why
        return None
    if encrypted:
        keyed_cache.forget(database, CACHE_NAME)
        return None
    kept = keyed_cache.read(database, CACHE_NAME)
    pictures = kept.get("pictures") if kept is not None else None
    for picture in pictures if isinstance(pictures, list) else []:
        if not isinstance(picture, dict) or picture.get("format") != FORMAT or picture.get("version") != __version__:
            continue
        if picture.get("language") != language:
            continue
        # no person remembered: Today shows its first choice
        if (picture.get("principal_index") != 0) if not principal else (picture.get("principal") != principal):
            continue
        try:
            now = clock_for(picture, real_now)
        except (KeyError, TypeError, ValueError):
            continue
        if now is not None:
            return picture, now
    return None


# ------------------------------------------------------------------ the picture on screen
class FirstViewPage(QWidget):
    """Today's form showing the kept picture, until the real Today has read its rows.

    ``pending`` and ``loaded`` as Today has them, so whatever waits for the first view
    to be filled (the integrity check, the who-am-I question) waits for the real one.
    """

    shown = Signal()
    loaded = Signal()
    #: the user clicked, typed or scrolled on the picture: the real Today should take its place now
    touched = Signal()

    def __init__(self, picture: dict, now: datetime, parent: QWidget | None = None):
        from briefer.gui.forms.today_view import Ui_TodayView

        super().__init__(parent)
        self.setObjectName("FirstViewPage")
        self.pending = True
        self.ui = Ui_TodayView()
        self.ui.setupUi(self)
        apply_form_state(self.ui, picture["form"])
        apply_table_state(self.ui.items, picture["table"])
        self.ui.countdown.setText(countdown(picture, now))
        for widget in (self, *self.findChildren(QWidget)):
            widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        """Nothing on the picture acts: a click, a key or the wheel on it is not given to its widgets (a person
        chosen there would be a choice Today never saw) but brings the real Today in its place."""
        if event.type() in _INPUT:
            self.touched.emit()
            return True
        return False

    def done(self) -> None:
        """The real Today is on screen now."""
        self.pending = False
        self.shown.emit()
        self.loaded.emit()


def countdown(picture: dict, now: datetime) -> str:
    """Today's countdown at ``now`` ("in 1 h 05 min"; further than a day, the date the picture kept)."""
    nxt = _moment(picture["next_start"])
    if nxt is None:
        return ""
    delta = nxt - now
    if delta > timedelta(days=1):
        return picture["countdown_far"]
    from briefer.schedule.countdown import countdown_text

    return QCoreApplication.translate("TodayView", "in {0}").format(countdown_text(delta, picture["language"]))
