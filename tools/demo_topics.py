"""The demo's topic profile: what the demo conference's country briefs are about.

Its indicators and their words are the ones a database of the release before topic
profiles gets from the upgrade (``m110_topic_profiles``), with the same ids, so an upgraded
demo and a freshly loaded one are the same records. The values come from the briefs
(``demo_briefs``) and the countries' regions (``demo_people``).
"""

from __future__ import annotations

from demo_briefs import TOPIC_VALUES, country_briefs
from demo_people import _COUNTRIES, conference

from briefer.model import TopicProfile, TopicValue
from briefer.store.migrations import legacy_topic_ids, legacy_topic_profile, legacy_value_id


def _ids():
    conf_id = conference()[0].id
    return conf_id, *legacy_topic_ids(conf_id)


def topic_profiles() -> list[TopicProfile]:
    _, profile_id, ids = _ids()
    names, indicators = legacy_topic_profile()
    return [TopicProfile(id=profile_id, **names,
                         indicators=[{"id": ids[col], **fields} for col, _, fields in indicators])]


def topic_values() -> list[TopicValue]:
    conf_id, profile_id, ids = _ids()
    TOPIC_VALUES.clear()
    country_briefs()
    found = dict(TOPIC_VALUES)
    found.update({("who_region", iso3): (region, "") for iso3, region, *_ in _COUNTRIES})
    out = []
    for (col, iso3), (value, source) in found.items():
        if value or source:
            out.append(TopicValue(id=legacy_value_id(conf_id, col, iso3), profile_id=profile_id,
                                  indicator_id=ids[col], country=iso3, value=value, source=source))
    return sorted(out, key=lambda v: (v.country, [c for c, _, _ in legacy_topic_profile()[1]].index(
        next(c for c in ids if ids[c] == v.indicator_id))))
