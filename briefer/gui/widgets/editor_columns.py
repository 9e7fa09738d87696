"""Column layouts for the list fields shared by several editors (talking points, defensive lines…)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from briefer.gui.widgets.list_editor import Column
from briefer.model import MemberRole, Priority


def text_list(title: str = QT_TRANSLATE_NOOP("Labels", "Text")) -> list[Column]:
    return [Column("text", title)]


def talking_points() -> list[Column]:
    return [Column("text", QT_TRANSLATE_NOOP("Labels", "Point to make")),
            Column("priority", QT_TRANSLATE_NOOP("Labels", "Priority"), "enum", Priority, default="certain")]


def defensive_lines() -> list[Column]:
    return [Column("question", QT_TRANSLATE_NOOP("Labels", "If asked")),
            Column("answer", QT_TRANSLATE_NOOP("Labels", "Answer"))]


def background() -> list[Column]:
    return [Column("text", QT_TRANSLATE_NOOP("Labels", "Background")),
            Column("usable", QT_TRANSLATE_NOOP("Labels", "May be used"), "bool", default=True)]


def facts() -> list[Column]:
    return [Column("label", QT_TRANSLATE_NOOP("Labels", "Fact")), Column("value", QT_TRANSLATE_NOOP("Labels", "Value")),
            Column("source", QT_TRANSLATE_NOOP("Labels", "Source"))]


def sources() -> list[Column]:
    return [Column("title", QT_TRANSLATE_NOOP("Labels", "Title")), Column("publisher", QT_TRANSLATE_NOOP("Labels", "Publisher")),
            Column("date", QT_TRANSLATE_NOOP("Labels", "Date")), Column("url", QT_TRANSLATE_NOOP("Labels", "Link"))]


def members() -> list[Column]:
    return [Column("person_id", QT_TRANSLATE_NOOP("Labels", "Person"), "choice"),
            Column("role", QT_TRANSLATE_NOOP("Labels", "Role"), "enum", MemberRole, default="adviser"),
            Column("serves_principal_id", QT_TRANSLATE_NOOP("Labels", "Serves"), "choice")]


def people_choices(directory, *, principals_only: bool = False) -> list[tuple[str, str]]:
    """(id, "Name — position (country)") for pickers, sorted by family name."""
    out = []
    people = sorted(directory.people.values(), key=lambda p: (p.family_name.casefold(), p.given_name.casefold()))
    for p in people:
        if principals_only and not p.is_principal:
            continue
        extra = p.principal_title or p.position
        text = p.formal_name + (f" — {extra}" if extra else "") + (f" ({p.country})" if p.country else "")
        out.append((p.id, text))
    return out
