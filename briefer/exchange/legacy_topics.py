"""Bundles written by a Briefer from before topic profiles: their topic fields become topic values.

Such a bundle's country briefs and countries still carry the four fields the upgrade
(``m110_topic_profiles``) moved into a topic profile. Reading one, the fields are taken out
of the records and turned into the profile and values the upgrade makes of the same data —
the same ids, timestamps and contents — so importing it into an upgraded database changes
what changed on the other laptop and nothing else.
"""

from __future__ import annotations

from briefer.model.topics import TopicProfile, TopicValue
from briefer.store.migrations import (
    LEGACY_SOURCE_OF, LEGACY_TOPIC_FIELDS, legacy_topic_ids, legacy_topic_profile, legacy_value_id,
)


class LegacyTopics:
    """Collects the old fields of one bundle's records, then makes their profile and values."""

    def __init__(self) -> None:
        self.found: list[tuple[str, str, str, str, object]] = []  # column, iso3, value, source, updated_at
        self.conference: dict | None = None

    def take(self, table: str, data: dict) -> dict:
        """``data`` without the old fields (kept here); anything else is left as it is."""
        if table == "conference" and self.conference is None:
            self.conference = data
        old = [k for k in LEGACY_TOPIC_FIELDS.get(table, ()) if k in data]
        if not old:
            return data
        iso3 = data.get("country" if table == "country_briefs" else "iso3")
        for col, t, _ in legacy_topic_profile()[1]:
            if t != table:
                continue
            value = str(data.get(col) or "").strip()
            src = str(data.get(LEGACY_SOURCE_OF.get(col, "")) or "").strip()
            if (value or src) and isinstance(iso3, str):
                self.found.append((col, iso3, value, src, data.get("updated_at")))
        return {k: v for k, v in data.items() if k not in old}

    def records(self) -> tuple[TopicProfile | None, list[TopicValue]]:
        """The profile and values the upgrade makes of what was taken (None, [] without a conference)."""
        if not self.found or self.conference is None:
            return None, []
        conf_id = str(self.conference.get("id"))
        created = self.conference.get("created_at")
        profile_id, ids = legacy_topic_ids(conf_id)
        used = {col for col, *_ in self.found}
        names, indicators = legacy_topic_profile()
        profile = TopicProfile(id=profile_id, revision=1, created_at=created, updated_at=created, **names,
                               indicators=[{"id": ids[c], **f} for c, _, f in indicators if c in used])
        values = [TopicValue(id=legacy_value_id(conf_id, col, iso3), revision=1,
                             created_at=updated, updated_at=updated, profile_id=profile_id, indicator_id=ids[col],
                             country=iso3, value=value, source=source)
                  for col, iso3, value, source, updated in self.found]
        return profile, values
