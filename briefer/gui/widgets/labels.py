"""Words for enum values and table headings, translated by Qt at display time.

Marked with QT_TRANSLATE_NOOP so pyside6-lupdate collects them into the .ts files
under the ``Labels`` context; :func:`label` looks up the current translation.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

CONTEXT = "Labels"

_ENUM_WORDS = {
    # BriefStatus
    "draft": QT_TRANSLATE_NOOP("Labels", "draft"),
    "reviewed": QT_TRANSLATE_NOOP("Labels", "reviewed"),
    "final": QT_TRANSLATE_NOOP("Labels", "final"),
    # Priority
    "certain": QT_TRANSLATE_NOOP("Labels", "certain"),
    "possible": QT_TRANSLATE_NOOP("Labels", "possible"),
    "unlikely": QT_TRANSLATE_NOOP("Labels", "unlikely"),
    # MeetingStatus
    "requested": QT_TRANSLATE_NOOP("Labels", "requested"),
    "confirmed": QT_TRANSLATE_NOOP("Labels", "confirmed"),
    "held": QT_TRANSLATE_NOOP("Labels", "held"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "cancelled"),
    # ActionStatus
    "open": QT_TRANSLATE_NOOP("Labels", "open"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "in progress"),
    "done": QT_TRANSLATE_NOOP("Labels", "done"),
    # SessionKind
    "opening": QT_TRANSLATE_NOOP("Labels", "opening"),
    "plenary": QT_TRANSLATE_NOOP("Labels", "plenary"),
    "panel": QT_TRANSLATE_NOOP("Labels", "panel"),
    "side_event": QT_TRANSLATE_NOOP("Labels", "side event"),
    "break": QT_TRANSLATE_NOOP("Labels", "break"),
    "reception": QT_TRANSLATE_NOOP("Labels", "reception"),
    "press": QT_TRANSLATE_NOOP("Labels", "press"),
    "site_visit": QT_TRANSLATE_NOOP("Labels", "site visit"),
    "closing": QT_TRANSLATE_NOOP("Labels", "closing"),
    # MemberRole
    "head": QT_TRANSLATE_NOOP("Labels", "head"),
    "deputy": QT_TRANSLATE_NOOP("Labels", "deputy"),
    "adviser": QT_TRANSLATE_NOOP("Labels", "adviser"),
    "note_taker": QT_TRANSLATE_NOOP("Labels", "note taker"),
    "interpreter": QT_TRANSLATE_NOOP("Labels", "interpreter"),
    "security": QT_TRANSLATE_NOOP("Labels", "security"),
    "liaison": QT_TRANSLATE_NOOP("Labels", "liaison"),
    # kinds and roles in a principal's day (Today)
    "bilateral": QT_TRANSLATE_NOOP("Labels", "bilateral"),
    "a_session": QT_TRANSLATE_NOOP("Labels", "session"),
    "chairs": QT_TRANSLATE_NOOP("Labels", "chairs"),
    "speaks": QT_TRANSLATE_NOOP("Labels", "speaks"),
    "attends": QT_TRANSLATE_NOOP("Labels", "attends"),
    "counterpart": QT_TRANSLATE_NOOP("Labels", "counterpart"),
    "chair": QT_TRANSLATE_NOOP("Labels", "chair"),
    "speaker": QT_TRANSLATE_NOOP("Labels", "speaker"),
    "attending": QT_TRANSLATE_NOOP("Labels", "attending"),
    "principal": QT_TRANSLATE_NOOP("Labels", "principal"),
    "participant": QT_TRANSLATE_NOOP("Labels", "participant"),
    # Classification
    "ONGERUBRICEERD": QT_TRANSLATE_NOOP("Labels", "unclassified"),
    # kinds of record (search groups)
    "person": QT_TRANSLATE_NOOP("Labels", "People"),
    "country": QT_TRANSLATE_NOOP("Labels", "Countries"),
    "organisation": QT_TRANSLATE_NOOP("Labels", "Organisations"),
    "session": QT_TRANSLATE_NOOP("Labels", "Programme"),
    "meeting": QT_TRANSLATE_NOOP("Labels", "Bilaterals"),
    "country brief": QT_TRANSLATE_NOOP("Labels", "Country briefs"),
    "meeting brief": QT_TRANSLATE_NOOP("Labels", "Meeting briefs"),
    "note": QT_TRANSLATE_NOOP("Labels", "Notes"),
    "outcome": QT_TRANSLATE_NOOP("Labels", "Outcomes"),
    "action": QT_TRANSLATE_NOOP("Labels", "Actions"),
    "attachment": QT_TRANSLATE_NOOP("Labels", "Attachments"),
    "delegation": QT_TRANSLATE_NOOP("Labels", "Delegations"),
    "room": QT_TRANSLATE_NOOP("Labels", "Rooms"),
    "topic value": QT_TRANSLATE_NOOP("Labels", "Topic indicators"),
}


def label(value: object) -> str:
    """The translated word for an enum member, a kind name or any known key."""
    if value is None:
        return ""
    key = value.value if isinstance(value, enum.Enum) else str(value)
    from briefer.model import Classification

    if isinstance(value, Classification) and value is not Classification.ONGERUBRICEERD:
        return value.marking
    word = _ENUM_WORDS.get(key)
    if word is None:
        return key.replace("_", " ")
    return QCoreApplication.translate(CONTEXT, word)


def ui_language() -> str:
    """The interface language ('nl' or 'en'), as set by the app on QLocale's default."""
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"


def record_label(record, store=None, orgs=None) -> str:
    """A record's short name in the interface language ("Bilateraal met de Europese Commissie").

    A bilateral with an organisation needs the organisation's name: pass ``orgs``
    (id → Organisation) or the ``store`` to read it from; without either it can
    only be "Bilateral with organisation".
    """
    oid = getattr(record, "counterpart_organisation_id", None)
    if oid and orgs is None and store is not None:
        from briefer.store.label_parts import label_organisations  # here: importing the window brings no store code

        orgs = label_organisations(store, record)
    if oid and orgs is not None:
        return record.label(ui_language(), orgs)
    return record.label(ui_language())


def tr(text: str) -> str:
    """Translate a string marked elsewhere with QT_TRANSLATE_NOOP("Labels", …)."""
    return QCoreApplication.translate(CONTEXT, text)
