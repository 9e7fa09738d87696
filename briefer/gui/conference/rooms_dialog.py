"""Rooms and venues: kind, seats, fit for bilaterals, and the walking minutes to the other rooms.

Free slots (the timetable's finder, ``briefer slots``) are proposed only in rooms
marked fit for bilaterals; walking times feed the schedule's checks.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QHeaderView, QTableWidgetItem

from briefer.errors import InvalidRecord
from briefer.gui.conference.reference_dialog import ReferenceDialog
from briefer.gui.forms.rooms_dialog import Ui_RoomsDialog
from briefer.model import Room, RoomKind
from briefer.model.walking import pair_key
from briefer.store.reference_data import reference_records
from briefer.store.walking import WalkingTimeRepository, venues_named


class RoomsDialog(ReferenceDialog):
    FORM = Ui_RoomsDialog
    MODEL = Room
    FIELDS = ("name", "venue", "floor", "room_kind", "capacity")

    def setup(self) -> None:
        u = self.ui
        u.room_kind.configure(RoomKind)
        u.capacity.setRange(0, 100_000)
        u.capacity.setSpecialValueText(self.tr("not known"))  # 0 shows as "not known" and saves as empty
        u.walking.setColumnCount(2)
        u.walking.setHorizontalHeaderLabels([self.tr("Room"), self.tr("Minutes")])
        u.walking.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        u.walking.verticalHeader().hide()
        # the venues already named (the conference's, other rooms'): one spelling, so per-venue walking
        # defaults apply to every room of a venue
        completer = QCompleter(sorted(venues_named(self.services.store)), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        u.venue.setCompleter(completer)

    @property
    def walking(self) -> WalkingTimeRepository:
        return WalkingTimeRepository(self.services.store)

    def fill(self, room: Room | None) -> None:
        u = self.ui
        room = room or Room(name="-")
        new = self.current is None
        u.name.setText("" if new else room.name)
        u.venue.setText(room.venue)
        u.floor.setText(room.floor)
        u.room_kind.set_value(room.room_kind)
        u.capacity.setValue(room.capacity or 0)
        u.suitable_for_bilaterals.setChecked(room.suitable_for_bilaterals)
        u.has_interpretation_booths.setChecked(room.has_interpretation_booths)
        pairs = self.walking.load().pairs
        others = [r for r in reference_records(self.services.store, Room) if new or r.id != room.id]
        u.walking.setRowCount(len(others))
        for row, other in enumerate(sorted(others, key=lambda r: r.name.casefold())):
            name = QTableWidgetItem(other.name)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name.setData(Qt.ItemDataRole.UserRole, other.id)
            minutes = None if new else pairs.get(pair_key(room.id, other.id))
            u.walking.setItem(row, 0, name)
            u.walking.setItem(row, 1, QTableWidgetItem("" if minutes is None else str(minutes)))

    def values(self) -> dict:
        u = self.ui
        return {"name": u.name.text().strip(), "venue": u.venue.text().strip(), "floor": u.floor.text().strip(),
                "room_kind": u.room_kind.value() or RoomKind.OTHER.value, "capacity": u.capacity.value() or None,
                "suitable_for_bilaterals": u.suitable_for_bilaterals.isChecked(),
                "has_interpretation_booths": u.has_interpretation_booths.isChecked()}

    def after_save(self, room: Room) -> None:
        """The walking minutes typed in the table (an emptied cell falls back to the venue's default)."""
        walking = self.walking
        pairs = walking.load().pairs
        u = self.ui
        for row in range(u.walking.rowCount()):
            other_id = u.walking.item(row, 0).data(Qt.ItemDataRole.UserRole)
            text = (u.walking.item(row, 1).text() if u.walking.item(row, 1) else "").strip()
            if not text:
                if pair_key(room.id, other_id) in pairs:
                    walking.clear_pair(room.id, other_id)
                continue
            if not text.isdigit():
                raise InvalidRecord(self.tr("“{0}” minutes to {1} is not a whole number")
                                    .format(text, u.walking.item(row, 0).text()), field="walking")
            walking.set_pair(room.id, other_id, int(text))
