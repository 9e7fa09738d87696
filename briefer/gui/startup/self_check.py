"""A hidden self-check of the Qt locale services the frozen bundle trims (BRIEFER_GUI_SELF_CHECK=1).

The bundle replaces Qt's 31 MB ICU data with the Dutch/English part (tools/trim_icu.py).
If that went wrong nothing crashes — Qt quietly sorts by code point and forgets
time-zone names — so tools/smoke_bundle.sh asks the frozen app to check what a
Dutch advisor would see: country names in Dutch order, Dutch month and time-zone
names, and the Western code pages. Needs only QtCore (no display).
"""

from __future__ import annotations

ENV_SELF_CHECK = "BRIEFER_GUI_SELF_CHECK"

#: Dutch order: accents and case are secondary, so Ē sorts with E and Ö with O (not after Z)
DUTCH_ORDER = ["België", "Estland", "Ēstonija", "Ierland", "IJsland", "Italië", "Oostenrijk", "Österreich", "Zweden"]


def problems() -> list[str]:
    """What is wrong with collation, month names, time zones and codecs (empty: all well)."""
    from PySide6.QtCore import (QCollator, QDate, QDateTime, QLibraryInfo, QLocale, QStringDecoder, QTime, QTimeZone,
                                QTranslator)

    found = []
    dutch = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    collator = QCollator(dutch)
    shuffled = DUTCH_ORDER[::2] + DUTCH_ORDER[1::2]
    got = sorted(shuffled, key=collator.sortKey)
    if got != DUTCH_ORDER:
        found.append(f"collation nl_NL: {got}")
    months = [dutch.monthName(m) for m in (1, 3, 10)]
    if months != ["januari", "maart", "oktober"]:
        found.append(f"month names nl_NL: {months}")
    zone = QTimeZone(b"Europe/Amsterdam")
    summer = QDateTime(QDate(2019, 10, 14), QTime(12, 0), zone)
    if not zone.isValid() or zone.offsetFromUtc(summer) != 7200:
        found.append("time zone Europe/Amsterdam unknown or with a wrong offset")
    name = zone.displayName(summer, QTimeZone.NameType.LongName, dutch)
    if name != "Midden-Europese zomertijd":
        found.append(f"time-zone name nl_NL: {name!r}")
    for codec in ("windows-1252", "ISO-8859-15"):
        if not QStringDecoder(codec).isValid():
            found.append(f"text codec {codec} missing")
    # Qt finds its own files (the bundle's run-time hook leaves Qt's prefix to PySide6)
    if not QTranslator().load("qtbase_nl", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        found.append(f"Qt's Dutch translation not found in {QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)}")
    return found


def main() -> int:
    """Print the verdict; exit code 0 when all is well."""
    found = problems()
    for problem in found:
        print(f"self-check: {problem}")
    if not found:
        print("self-check ok: collation, month and time-zone names (nl), codecs, Qt translations")
    return 1 if found else 0
