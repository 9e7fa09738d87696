"""The day timetable: rooms (or people) as columns, time down the side, meetings moved by dragging.

A painted widget rather than a widget per block: a conference day has a few
dozen items and one paint pass draws them all. While a bilateral is dragged
the candidate (the meeting at the new time and room, snapped to 15 minutes)
is checked with ``conflicts_for`` against a :class:`ScheduleIndex` built
once per snapshot — cheap enough for every mouse move — and drawn red or
amber with the items it clashes with; a mark (✖ with a hatched edge for what
cannot work, ⚠ for what needs attention) says the same without colour. Colours
come from :mod:`briefer.gui.tones`, readable on the palette in use. The widget never writes: releasing
emits ``move_requested`` and the Programme view saves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen, QPolygonF, QTextOption
from PySide6.QtWidgets import QSizePolicy, QWidget

from briefer.gui.tones import tones_for
from briefer.model import Meeting
from briefer.schedule.conflicts import ERROR, WARNING, Finding, conflicts_for
from briefer.schedule.items import MEETING, Item, Schedule, ScheduleIndex

SNAP = timedelta(minutes=15)
HEADER_H = 34
GUTTER_W = 52
MIN_COL_W = 130
PX_PER_MIN = 1.2

MARK_W = 15  # the conflict mark in a block's corner, px
HATCH_W = 6  # the hatched edge of a block that cannot work, px


@dataclass(frozen=True)
class Column:
    key: str  # a room id, a person id, or "" for "no room"
    title: str


@dataclass
class Block:
    item: Item
    column: str


@dataclass
class DragState:
    meeting: Meeting
    grab_offset_min: float
    candidate: Meeting | None = None
    findings: list[Finding] = field(default_factory=list)


class TimetableCanvas(QWidget):
    """One day of the programme, painted; bilaterals can be dragged to another time or room."""

    selected = Signal(str)  # meeting or session id ("" when nothing)
    edit_requested = Signal(str)  # a meeting id (double-click)
    #: (the meeting as stored, the meeting at its new time/room, the findings it would have)
    move_requested = Signal(object, object, list)
    #: findings of the candidate while dragging (empty list when it fits)
    drag_findings = Signal(list)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMouseTracking(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.schedule: Schedule | None = None
        self.index: ScheduleIndex | None = None
        self.day: date | None = None
        self.by_people = False
        self.columns: list[Column] = []
        self.blocks: list[Block] = []
        self.flagged: dict[str, str] = {}  # item id → worst severity in the whole-programme check
        self.titles: dict[str, str] = {}  # item id → the title shown (in the interface's language)
        self.selected_id = ""
        self.drag: DragState | None = None
        self._first = datetime.min
        self._minutes = 60
        self._no_room = "—"

    # ---------------------------------------------------------------- data
    def set_day(self, schedule: Schedule, index: ScheduleIndex, day: date, *, by_people: bool,
                columns: list[Column], flagged: dict[str, str], titles: dict[str, str] | None = None) -> None:
        """Show ``day`` of ``schedule``; ``columns`` are rooms or people, in order; ``titles`` name items by id."""
        self.schedule, self.index, self.day, self.by_people = schedule, index, day, by_people
        self.columns = list(columns)
        self.flagged = flagged
        self.titles = titles or {}
        self.drag = None
        conf = schedule.conference
        tz = conf.tz
        items = [i for i in schedule.items() if i.start.astimezone(tz).date() == day]
        keys = {c.key for c in self.columns}
        self.blocks = []
        for item in items:
            if by_people:
                self.blocks += [Block(item, pid) for pid in sorted(item.people) if pid in keys]
            else:
                self.blocks.append(Block(item, item.room_id if item.room_id in keys else ""))
        if not by_people and any(b.column == "" for b in self.blocks):
            self.columns.append(Column("", self._no_room))
        first = datetime.combine(day, conf.day_start, tzinfo=tz)
        last = datetime.combine(day, conf.day_end, tzinfo=tz)
        for i in items:
            first = min(first, i.start.astimezone(tz).replace(minute=0, second=0, microsecond=0))
            last = max(last, i.end.astimezone(tz))
        self._first = first
        self._minutes = max(60, int((last - first).total_seconds() // 60))
        self.updateGeometry()
        self.setMinimumHeight(self.sizeHint().height())
        self.update()

    def set_no_room_title(self, text: str) -> None:
        self._no_room = text

    def sizeHint(self) -> QSize:
        return QSize(GUTTER_W + MIN_COL_W * max(1, len(self.columns)), HEADER_H + int(self._minutes * PX_PER_MIN) + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(GUTTER_W + MIN_COL_W * max(1, len(self.columns)), self.sizeHint().height())

    # ---------------------------------------------------------------- geometry (public for tests)
    def column_width(self) -> float:
        return max(MIN_COL_W, (self.width() - GUTTER_W) / max(1, len(self.columns)))

    def y_of(self, moment: datetime) -> float:
        return HEADER_H + (moment - self._first).total_seconds() / 60 * PX_PER_MIN

    def time_at(self, y: float) -> datetime:
        return self._first + timedelta(minutes=(y - HEADER_H) / PX_PER_MIN)

    def column_at(self, x: float) -> Column | None:
        i = int((x - GUTTER_W) // self.column_width())
        return self.columns[i] if 0 <= i < len(self.columns) and x >= GUTTER_W else None

    def column_rect(self, key: str) -> QRectF:
        i = next(n for n, c in enumerate(self.columns) if c.key == key)
        w = self.column_width()
        return QRectF(GUTTER_W + i * w, HEADER_H, w, self._minutes * PX_PER_MIN)

    def rect_for(self, item_start: datetime, item_end: datetime, column: str) -> QRectF:
        col = self.column_rect(column)
        return QRectF(col.x() + 3, self.y_of(item_start), col.width() - 6,
                      max(14.0, self.y_of(item_end) - self.y_of(item_start)))

    def block_rect(self, item_id: str, column: str | None = None) -> QRectF:
        b = next(b for b in self.blocks if b.item.id == item_id and (column is None or b.column == column))
        return self.rect_for(b.item.start, b.item.end, b.column)

    def point_for(self, moment: datetime, column: str) -> QPoint:
        """Where a block's top edge would be for ``moment`` in ``column`` (tests drag with it)."""
        col = self.column_rect(column)
        return QPoint(int(col.center().x()), round(self.y_of(moment)))

    def block_at(self, pos: QPoint) -> Block | None:
        for b in reversed(self.blocks):  # the last drawn is on top
            if self.rect_for(b.item.start, b.item.end, b.column).contains(pos.toPointF()):
                return b
        return None

    # ---------------------------------------------------------------- mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        block = self.block_at(event.position().toPoint())
        self.selected_id = block.item.id if block else ""
        self.selected.emit(self.selected_id)
        if block is not None and block.item.kind == MEETING:
            meeting = next(m for m in self.schedule.meetings if m.id == block.item.id)
            grab = (event.position().y() - self.y_of(block.item.start)) / PX_PER_MIN
            self.drag = DragState(meeting, grab)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.drag is None:
            return super().mouseMoveEvent(event)
        m = self.drag.meeting
        start = self._snap(self.time_at(event.position().y()) - timedelta(minutes=self.drag.grab_offset_min))
        room = m.room_id
        if not self.by_people:
            col = self.column_at(event.position().x())
            if col is not None:
                room = col.key or None
        if start == m.start and room == m.room_id:
            self.drag.candidate, self.drag.findings = None, []
        else:
            candidate = m.evolve(start=start, end=start + (m.end - m.start), room_id=room)
            self.drag.candidate = candidate
            self.drag.findings = conflicts_for(candidate, self.index)
        self.drag_findings.emit(list(self.drag.findings))
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self.drag = self.drag, None
        if drag is not None and drag.candidate is not None:
            self.move_requested.emit(drag.meeting, drag.candidate, list(drag.findings))
        self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        block = self.block_at(event.position().toPoint())
        if block is not None and block.item.kind == MEETING:
            self.drag = None
            self.edit_requested.emit(block.item.id)

    def _snap(self, moment: datetime) -> datetime:
        tz = self.schedule.conference.tz
        local = moment.astimezone(tz)
        midnight = datetime.combine(local.date(), time(0), tzinfo=tz)
        steps = round((local - midnight) / SNAP)
        return midnight + steps * SNAP

    # ---------------------------------------------------------------- painting
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.base())
        if self.schedule is None:
            return
        tz = self.schedule.conference.tz
        w = self.column_width()
        grid = QPen(pal.mid().color(), 1)
        # hours down the side
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        p.setFont(small)
        hour = self._first
        while hour <= self._first + timedelta(minutes=self._minutes):
            y = self.y_of(hour)
            p.setPen(grid)
            p.drawLine(GUTTER_W, round(y), self.width(), round(y))
            p.setPen(pal.text().color())
            _text(p, QRectF(0, round(y) - 8, GUTTER_W - 6, 16), hour.astimezone(tz).strftime("%H:%M"),
                  Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            hour += timedelta(hours=1)
        # column headers
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        for i, col in enumerate(self.columns):
            x = GUTTER_W + i * w
            p.setPen(grid)
            p.drawLine(round(x), 0, round(x), self.height())
            p.setPen(pal.text().color())
            _text(p, QRectF(x + 4, 2, w - 8, HEADER_H - 4), col.title, Qt.AlignmentFlag.AlignCenter)
        p.setFont(small)
        involved = {i for f in (self.drag.findings if self.drag else []) for i in f.item_ids}
        exposed = QRectF(event.rect())  # inside a scroll area, only what is on screen: a busy day has thousands
        for b in self.blocks:
            rect = self.rect_for(b.item.start, b.item.end, b.column)
            if not rect.intersects(exposed):
                continue
            moving = self.drag is not None and self.drag.candidate is not None and b.item.id == self.drag.meeting.id
            self._paint_block(p, b.item, rect, faded=moving,
                              severity=self._severity(b.item.id, involved), tz=tz)
        if self.drag is not None and self.drag.candidate is not None:
            c = self.drag.candidate
            worst = ERROR if any(f.severity == ERROR for f in self.drag.findings) else (
                "warning" if self.drag.findings else "")
            columns = [b.column for b in self.blocks if b.item.id == c.id] if self.by_people else [c.room_id or ""]
            item = self.schedule.meeting_item(c)
            for column in columns:
                if any(col.key == column for col in self.columns):
                    self._paint_block(p, item, self.rect_for(c.start, c.end, column), severity=worst, tz=tz, ghost=True)
        p.end()

    def _severity(self, item_id: str, involved: set[str]) -> str:
        if self.drag is not None and item_id in involved and item_id != self.drag.meeting.id:
            return ERROR
        return self.flagged.get(item_id, "")

    def _paint_block(self, p: QPainter, item: Item, rect: QRectF, *, severity: str, tz, faded: bool = False,
                     ghost: bool = False) -> None:
        tones = tones_for(self.palette())
        fill = tones.q("meeting_fill" if item.kind == MEETING else "session_fill")
        if severity == ERROR:
            fill = tones.q("error_fill")
        elif severity:
            fill = tones.q("warning_fill")
        if faded:
            fill.setAlpha(90)
        edge = {ERROR: tones.error_edge, WARNING: tones.warning_edge}.get(severity, tones.block_edge)
        if item.id == self.selected_id and not ghost:
            edge = tones.selected_edge
        pen = QPen(QColor(edge), 2.5 if (severity or ghost or item.id == self.selected_id) else 1)
        if ghost:
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(fill)
        p.drawRoundedRect(rect, 4, 4)
        text_rect = rect.adjusted(5, 2, -4, -2)
        if severity:
            text_rect = self._paint_marker(p, rect, severity, tones, fill)
        p.setPen(QColor(tones.block_text if not faded else tones.muted))
        text = f"{item.start.astimezone(tz):%H:%M}–{item.end.astimezone(tz):%H:%M}  {self.titles.get(item.id, item.label)}"
        _text(p, text_rect, text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def marker_rect(self, rect: QRectF) -> QRectF:
        """Where a block's conflict mark is drawn: its top right corner (public for tests)."""
        return QRectF(rect.right() - MARK_W - 2, rect.top() + 2, MARK_W, MARK_W)

    def _paint_marker(self, p: QPainter, rect: QRectF, severity: str, tones, fill: QColor) -> QRectF:
        """The conflict shown without colour too: a round ✕ and a hatched edge for "cannot work", a ⚠ triangle
        for "needs attention" — shapes drawn here, not font glyphs, so they look the same on every system.

        Returns the room left for the block's text (the mark is never written over).
        """
        error = severity == ERROR
        colour = QColor(tones.error_edge if error else tones.warning_edge)
        inner = QColor(fill)
        inner.setAlpha(255)
        box = self.marker_rect(rect)
        p.save()
        if error:
            p.setClipRect(QRectF(rect.left() + 1, rect.top() + 1, HATCH_W, rect.height() - 2))
            p.setPen(QPen(colour, 2))
            y = rect.top() - HATCH_W
            while y < rect.bottom() + HATCH_W:
                p.drawLine(QPointF(rect.left(), y + HATCH_W), QPointF(rect.left() + HATCH_W, y))
                y += 5
            p.setClipping(False)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawEllipse(box)
            p.setPen(QPen(inner, 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            d = box.width() * 0.27
            c = box.center()
            p.drawLine(QPointF(c.x() - d, c.y() - d), QPointF(c.x() + d, c.y() + d))
            p.drawLine(QPointF(c.x() - d, c.y() + d), QPointF(c.x() + d, c.y() - d))
        else:
            p.setPen(QPen(colour, 1, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
            p.setBrush(colour)
            p.drawPolygon(QPolygonF([QPointF(box.center().x(), box.top()), box.bottomRight(), box.bottomLeft()]))
            p.setPen(QPen(inner, 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            x = box.center().x()
            p.drawLine(QPointF(x, box.top() + box.height() * 0.38), QPointF(x, box.top() + box.height() * 0.68))
            p.drawPoint(QPointF(x, box.top() + box.height() * 0.85))
        p.restore()
        return rect.adjusted(5 + (HATCH_W if error else 0), 2, -(MARK_W + 4), -2)


def _text(p: QPainter, rect: QRectF, text: str, align: Qt.AlignmentFlag) -> None:
    """Text wrapped at words (or anywhere, for a long name) inside a rectangle."""
    option = QTextOption(align)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    p.drawText(rect, text, option)
