"""The day timetable: rooms (or people) as columns, time down the side, meetings moved by dragging.

A painted widget rather than a widget per block: a conference day has a few
dozen items and one paint pass draws them all. While a bilateral is dragged
the candidate (the meeting at the new time and room, snapped to 15 minutes)
is checked with ``conflicts_for`` against a :class:`ScheduleIndex` built
once per snapshot — cheap enough for every mouse move — and drawn red or
amber with the items it clashes with; a mark (✖ with a hatched edge for what
cannot work, ⚠ for what needs attention) says the same without colour. Colours
come from :mod:`briefer.gui.widgets.tones`, readable on the palette in use. The widget never writes: releasing
emits ``move_requested`` and the Programme view saves.

It takes the keyboard too (a mouse is not always at hand): Tab gives it focus,
Up/Down move the selection to the previous/next block in time within a column,
Left/Right to the nearest block in the neighbouring column, Home/End to the
day's first/last block, and Enter asks to edit the selected bilateral as a
double-click does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (QColor, QFocusEvent, QFont, QFontMetricsF, QKeyEvent, QMouseEvent, QPainter, QPaintEvent,
                           QPen, QPolygonF, QTextLayout, QTextOption)
from PySide6.QtWidgets import QScrollArea, QSizePolicy, QToolTip, QWidget

from briefer.gui.widgets.tones import tones_for
from briefer.model import Meeting
from briefer.schedule.conflicts import ERROR, WARNING, Finding, conflicts_for
from briefer.schedule.items import MEETING, Item, Schedule, ScheduleIndex

SNAP = timedelta(minutes=15)
HEADER_H = 34
GUTTER_W = 52
MIN_COL_W = 130
MIN_LANE_W = 140  # a column with items side by side grows so each keeps a readable width
PX_PER_MIN = 1.2

MARK_W = 15  # the conflict mark in a block's corner, px
HATCH_W = 6  # the hatched edge of a block that cannot work, px


@dataclass(frozen=True)
class Column:
    key: str  # a room id, a person id, or "" for "no room"
    title: str
    #: What hovering the header shows: the whole name, with its native script and position.
    hint: str = ""


@dataclass
class Block:
    item: Item
    column: str
    # Side by side with the items it overlaps in its column: its lane (0 = leftmost) of ``lanes``.
    lane: int = 0
    lanes: int = 1


def lay_out_lanes(blocks: list[Block]) -> None:
    """Give the blocks of one column lanes, so overlapping items stand side by side, never on top of each other.

    Items that overlap (directly or through a chain) form a cluster; each item takes the leftmost lane free at
    its start, and every item of the cluster is as wide as the cluster's number of lanes allows. An item that
    overlaps nothing keeps the whole width.
    """
    ordered = sorted(blocks, key=lambda b: (b.item.start, -(b.item.end - b.item.start).total_seconds(), b.item.id))
    cluster: list[Block] = []
    lane_ends: list = []  # the end of the last item in each lane of the current cluster
    cluster_end = None

    def close() -> None:
        for b in cluster:
            b.lanes = len(lane_ends)

    for b in ordered:
        if cluster_end is not None and b.item.start >= cluster_end:
            close()
            cluster, lane_ends, cluster_end = [], [], None
        lane = next((n for n, end in enumerate(lane_ends) if end <= b.item.start), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(b.item.end)
        else:
            lane_ends[lane] = b.item.end
        b.lane = lane
        cluster.append(b)
        cluster_end = b.item.end if cluster_end is None else max(cluster_end, b.item.end)
    close()


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
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it; the arrows then choose a block
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.schedule: Schedule | None = None
        self.index: ScheduleIndex | None = None
        self.day: date | None = None
        self.by_people = False
        self.columns: list[Column] = []
        self.blocks: list[Block] = []
        self.flagged: dict[str, str] = {}  # item id → worst severity in the whole-programme check
        self.titles: dict[str, str] = {}  # item id → the title shown (in the interface's language)
        self.reasons: dict[str, list[tuple[str, str]]] = {}  # item id → (severity, message) of its findings
        self.selected_id = ""
        self.selected_column: str | None = None  # where the keyboard is, when a meeting has several (people)
        self.drag: DragState | None = None
        self._first = datetime.min
        self._minutes = 60
        self._no_room = "—"
        self._min_widths: list[int] = []  # per column: wide enough for its lanes
        self.now: datetime | None = None  # the conference clock's "now", drawn as a line when on this day

    # ---------------------------------------------------------------- data
    def set_day(self, schedule: Schedule, index: ScheduleIndex, day: date, *, by_people: bool,
                columns: list[Column], flagged: dict[str, str], titles: dict[str, str] | None = None,
                reasons: dict[str, list[tuple[str, str]]] | None = None) -> None:
        """Show ``day`` of ``schedule``; ``columns`` are rooms or people, in order; ``titles`` name items by id,
        ``reasons`` say (severity, message) what is wrong with an item, for its hover text."""
        self.schedule, self.index, self.day, self.by_people = schedule, index, day, by_people
        self.columns = list(columns)
        self.flagged = flagged
        self.titles = titles or {}
        self.reasons = reasons or {}
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
        self._min_widths = []
        for col in self.columns:
            mine = [b for b in self.blocks if b.column == col.key]
            lay_out_lanes(mine)
            self._min_widths.append(max(MIN_COL_W, MIN_LANE_W * max((b.lanes for b in mine), default=1)))
        opens, closes = conf.hours_on(day)  # the day's own opening hours, else the conference's
        first = datetime.combine(day, opens, tzinfo=tz)
        last = datetime.combine(day, closes, tzinfo=tz)
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

    def _min_width(self) -> int:
        return GUTTER_W + (sum(self._min_widths) if self._min_widths else MIN_COL_W)

    def sizeHint(self) -> QSize:
        return QSize(self._min_width(), HEADER_H + int(self._minutes * PX_PER_MIN) + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._min_width(), self.sizeHint().height())

    # ---------------------------------------------------------------- geometry (public for tests)
    def column_edges(self) -> list[float]:
        """The left edge of each column and the right edge of the last: the room beyond the minimum widths
        is shared out in proportion, so a column with items side by side stays the wider one."""
        mins = self._min_widths if len(self._min_widths) == len(self.columns) else [MIN_COL_W] * len(self.columns)
        total = sum(mins) or 1
        scale = max(1.0, (self.width() - GUTTER_W) / total)
        edges = [float(GUTTER_W)]
        for w in mins:
            edges.append(edges[-1] + w * scale)
        return edges

    def y_of(self, moment: datetime) -> float:
        return HEADER_H + (moment - self._first).total_seconds() / 60 * PX_PER_MIN

    def time_at(self, y: float) -> datetime:
        return self._first + timedelta(minutes=(y - HEADER_H) / PX_PER_MIN)

    def column_at(self, x: float) -> Column | None:
        edges = self.column_edges()
        return next((c for c, left, right in zip(self.columns, edges, edges[1:]) if left <= x < right), None)

    def hover_text(self, pos: QPointF) -> str:
        """The whole of what the header or block under ``pos`` names (a narrow column cuts it short)."""
        col = self.column_at(pos.x())
        if col is None:
            return ""
        if self.header_top() <= pos.y() < self.header_top() + HEADER_H:
            return col.hint or col.title
        tz = self.schedule.conference.tz if self.schedule is not None else None
        for b in self.blocks:
            if b.column == col.key and self.rect_of(b).contains(pos):
                when = f"{b.item.start.astimezone(tz):%H:%M}–{b.item.end.astimezone(tz):%H:%M}"
                state = self.state_text(b.item.id)
                return f"{when}  {self.titles.get(b.item.id, b.item.label)}" + (f"\n{state}" if state else "")
        return ""

    def state_text(self, item_id: str) -> str:
        """The block's conflict state in words, each line with the mark the block carries (colour is never
        the only sign): "✖ Cannot work: …" or "⚠ Needs attention: …"."""
        severity = self.flagged.get(item_id, "")
        if not severity:
            return ""
        found = self.reasons.get(item_id) or [(severity, "")]
        lines = []
        for sev, message in found:
            head = "✖ " + self.tr("Cannot work:") if sev == ERROR else "⚠ " + self.tr("Needs attention:")
            lines.append(f"{head} {message}".rstrip())
        return "\n".join(lines)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self.hover_text(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def now_y(self) -> float | None:
        """Where the "now" line is drawn, or None when now is not on the day shown (or not set)."""
        if self.now is None or self.schedule is None or self.day is None:
            return None
        if self.now.astimezone(self.schedule.conference.tz).date() != self.day:
            return None
        return self.y_of(self.now)

    def column_rect(self, key: str) -> QRectF:
        i = next(n for n, c in enumerate(self.columns) if c.key == key)
        edges = self.column_edges()
        return QRectF(edges[i], HEADER_H, edges[i + 1] - edges[i], self._minutes * PX_PER_MIN)

    def rect_for(self, item_start: datetime, item_end: datetime, column: str) -> QRectF:
        col = self.column_rect(column)
        return QRectF(col.x() + 3, self.y_of(item_start), col.width() - 6,
                      max(14.0, self.y_of(item_end) - self.y_of(item_start)))

    def rect_of(self, block: Block) -> QRectF:
        """Where ``block`` is drawn: its time in its column, in its lane when it overlaps others."""
        full = self.rect_for(block.item.start, block.item.end, block.column)
        if block.lanes <= 1:
            return full
        w = (full.width() + 2) / block.lanes
        return QRectF(full.x() + block.lane * w, full.y(), w - 2, full.height())

    def block_rect(self, item_id: str, column: str | None = None) -> QRectF:
        b = next(b for b in self.blocks if b.item.id == item_id and (column is None or b.column == column))
        return self.rect_of(b)

    def point_for(self, moment: datetime, column: str) -> QPoint:
        """Where a block's top edge would be for ``moment`` in ``column`` (tests drag with it)."""
        col = self.column_rect(column)
        return QPoint(int(col.center().x()), round(self.y_of(moment)))

    def block_at(self, pos: QPoint) -> Block | None:
        if self.header_top() <= pos.y() < self.header_top() + HEADER_H:
            return None  # the header stays over the blocks scrolled under it
        for b in reversed(self.blocks):  # the last drawn is on top
            if self.rect_of(b).contains(pos.toPointF()):
                return b
        return None

    # ---------------------------------------------------------------- mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        block = self.block_at(event.position().toPoint())
        self.selected_id = block.item.id if block else ""
        self.selected_column = block.column if block else None
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

    # ---------------------------------------------------------------- keyboard
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            block = self.current_block()
            if block is not None and block.item.kind == MEETING:
                self.edit_requested.emit(block.item.id)
            return
        moves = {Qt.Key.Key_Up: self._step_in_column, Qt.Key.Key_Down: self._step_in_column,
                 Qt.Key.Key_Left: self._step_across, Qt.Key.Key_Right: self._step_across,
                 Qt.Key.Key_Home: self._first_or_last, Qt.Key.Key_End: self._first_or_last}
        if key not in moves or not self.blocks:
            return super().keyPressEvent(event)
        current = self.current_block()
        forward = key in (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_End)
        if current is None:  # nothing chosen yet: any arrow starts at the day's first block, End at its last
            target = self._first_or_last(None, key == Qt.Key.Key_End)
        else:
            target = moves[key](current, forward)
        if target is not None:
            self.select_block(target)

    def current_block(self) -> Block | None:
        """The selected block (in the column the keyboard or the mouse chose it in)."""
        mine = [b for b in self.blocks if b.item.id == self.selected_id]
        return next((b for b in mine if b.column == self.selected_column), mine[0] if mine else None)

    def select_block(self, block: Block) -> None:
        """Select ``block`` as a click would, and scroll it into view."""
        self.selected_id, self.selected_column = block.item.id, block.column
        self.selected.emit(self.selected_id)
        rect = self.rect_of(block).toRect()
        area = self.parentWidget().parentWidget() if self.parentWidget() else None  # viewport → scroll area
        if isinstance(area, QScrollArea):
            area.ensureVisible(rect.center().x(), rect.center().y(), rect.width() // 2 + 8, rect.height() // 2 + 8)
        self.update()

    def _column_index(self, key: str) -> int:
        return next((n for n, c in enumerate(self.columns) if c.key == key), 0)

    def _in_column(self, key: str) -> list[Block]:
        return sorted((b for b in self.blocks if b.column == key), key=lambda b: (b.item.start, b.item.end))

    def _step_in_column(self, current: Block, forward: bool) -> Block | None:
        column = self._in_column(current.column)
        at = column.index(current) + (1 if forward else -1)
        return column[at] if 0 <= at < len(column) else None

    def _step_across(self, current: Block, forward: bool) -> Block | None:
        """The block nearest in time in the next column (to the right or left) that has any."""
        step = 1 if forward else -1
        i = self._column_index(current.column) + step
        while 0 <= i < len(self.columns):
            column = self._in_column(self.columns[i].key)
            if column:
                return min(column, key=lambda b: abs((b.item.start - current.item.start).total_seconds()))
            i += step
        return None

    def _first_or_last(self, _current: Block | None, forward: bool) -> Block | None:
        ordered = sorted(self.blocks, key=lambda b: (b.item.start, self._column_index(b.column)))
        return (ordered[-1] if forward else ordered[0]) if ordered else None

    def moveEvent(self, event) -> None:
        """Scrolled (a scroll area moves its widget): repaint whole, so the column headers follow the top of
        what is shown rather than being scrolled away with the blocks."""
        super().moveEvent(event)
        self.update()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()  # the focus frame

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

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
        edges = self.column_edges()
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
        for x in edges[:-1]:
            p.setPen(grid)
            p.drawLine(round(x), 0, round(x), self.height())
        involved = {i for f in (self.drag.findings if self.drag else []) for i in f.item_ids}
        exposed = QRectF(event.rect())  # inside a scroll area, only what is on screen: a busy day has thousands
        for b in self.blocks:
            rect = self.rect_of(b)
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
        if self.now_y() is not None:  # "now", across the day, in the selection colour (not a conflict's)
            y = self.now_y()
            p.setPen(QPen(pal.highlight().color(), 2))
            p.drawLine(QPointF(GUTTER_W - 6, y), QPointF(self.width(), y))
            p.setBrush(pal.highlight())
            p.drawEllipse(QPointF(GUTTER_W - 6, y), 4, 4)
        self._paint_headers(p, edges, grid)
        p.setFont(small)
        if self.hasFocus():  # where the keyboard is: around the selected block, else around the day
            block = self.current_block()
            frame = (self.rect_of(block).adjusted(-2, -2, 2, 2)
                     if block is not None else QRectF(self.visibleRegion().boundingRect()).adjusted(1, 1, -1, -1))
            pen = QPen(pal.highlight().color(), 2, Qt.PenStyle.DotLine)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(frame)
        p.end()

    def header_top(self) -> int:
        """Where the column headers are: the top of the part on screen, so the rooms or people stay named
        when the day is scrolled down (:meth:`moveEvent` repaints the canvas whole on scrolling)."""
        shown = self.visibleRegion().boundingRect()
        return max(0, shown.top()) if not shown.isEmpty() else 0

    def _paint_headers(self, p: QPainter, edges: list[float], grid: QPen) -> None:
        pal = self.palette()
        top = self.header_top()
        p.fillRect(QRectF(0, top, self.width(), HEADER_H), pal.base())
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(grid)
        p.drawLine(QPointF(0, top + HEADER_H - 0.5), QPointF(self.width(), top + HEADER_H - 0.5))
        for i, col in enumerate(self.columns):
            x, w = edges[i], edges[i + 1] - edges[i]
            p.setPen(grid)
            p.drawLine(QPointF(x, top), QPointF(x, top + HEADER_H))
            p.setPen(pal.text().color())
            _text(p, QRectF(x + 4, top + 2, w - 8, HEADER_H - 4), col.title, Qt.AlignmentFlag.AlignCenter)

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
        text = block_text(item, self.titles.get(item.id, item.label), tz)
        metrics = QFontMetricsF(p.font())
        y = text_rect.top()
        for line in block_lines(text, text_rect.width(), text_rect.height(), p.font()):
            p.drawText(QPointF(text_rect.left(), y + metrics.ascent()), line)
            y += metrics.lineSpacing()

    def lines_of(self, item_id: str, column: str | None = None) -> list[str]:
        """The lines a block's text is drawn in (public for tests): wrapped inside it, the last one shortened
        with "…" only when the block is too short for the whole title (hovering shows it whole)."""
        b = next(b for b in self.blocks if b.item.id == item_id and (column is None or b.column == column))
        rect = self.rect_of(b)
        text_rect = rect.adjusted(5 + (HATCH_W if self.flagged.get(item_id) == ERROR else 0), 2,
                                  -(MARK_W + 4) if self.flagged.get(item_id) else -4, -2)
        tz = self.schedule.conference.tz
        text = block_text(b.item, self.titles.get(item_id, b.item.label), tz)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        return block_lines(text, text_rect.width(), text_rect.height(), small)

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


def block_text(item: Item, title: str, tz) -> str:
    """What a block says: its start and title. Its end is where the block ends (and in the hover text): a
    30-minute block has two lines, and "10:45 Bilateral: Indonesia" fits them where "10:45–11:15 …" did not."""
    return f"{item.start.astimezone(tz):%H:%M}  {title}"


def block_lines(text: str, width: float, height: float, font: QFont) -> list[str]:
    """``text`` wrapped at words (anywhere, for a long name) to ``width``; as many lines as ``height`` holds
    (always one), the last ending in "…" when some of the text did not fit."""
    metrics = QFontMetricsF(font)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    lines: list[tuple[int, int]] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1.0, width))
        lines.append((line.textStart(), line.textLength()))
    layout.endLayout()
    room = max(1, int((height + metrics.leading()) // metrics.lineSpacing()))
    shown = [text[a:a + n].rstrip() for a, n in lines[:room]]
    if len(lines) > room:
        rest = text[lines[room - 1][0]:]
        shown[-1] = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, max(1.0, width))
    return shown


def _text(p: QPainter, rect: QRectF, text: str, align: Qt.AlignmentFlag) -> None:
    """Text wrapped at words (or anywhere, for a long name) inside a rectangle."""
    option = QTextOption(align)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    p.drawText(rect, text, option)
