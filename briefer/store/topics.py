"""Writing a country's topic values: one value per indicator and country, checked against the
indicator's scale, so the CLI and the country brief editor cannot store "maybe" for a yes/no.

Also the reads the topic views need (the profiles, one profile, the values of an
indicator or a profile), so the country brief editor and the topic profiles dialog
hold no store queries (issue #21)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefer.errors import InvalidRecord, NotFound
from briefer.model.topics import Indicator, TopicProfile, TopicValue

if TYPE_CHECKING:
    from briefer.store.store import Store


def find_indicator(store: "Store", key: str) -> tuple[TopicProfile, Indicator]:
    """The indicator named ``key`` (its id, or its Dutch or English name) in any profile."""
    for profile in store.topic_profiles.list():
        ind = profile.indicator(key)
        if ind is not None:
            return profile, ind
    names = [i.name_en for p in store.topic_profiles.list() for i in p.indicators]
    known = f" (known: {', '.join(names)})" if names else " (this conference has no topic profile)"
    raise NotFound(f"no indicator called {key!r}{known}")


def set_value(store: "Store", profile: TopicProfile, indicator: Indicator, country: str, value: str,
              source: str = "", year: int | None = None) -> TopicValue | None:
    """Store one country's value (replacing the one there was); an empty value and source removes it.
    A value the indicator's scale does not accept is refused and nothing changes."""
    try:
        value = indicator.check(value)
    except ValueError as exc:
        raise InvalidRecord(str(exc)) from None
    found = store.topic_values.list(indicator_id=indicator.id, country=country)
    old = found[0] if found else None
    if not value and not source.strip() and year is None:
        if old is not None:
            store.topic_values.delete(old.id)
        return None
    if old is None:
        return store.topic_values.add(TopicValue(profile_id=profile.id, indicator_id=indicator.id, country=country,
                                                 value=value, source=source, year=year))
    if (old.value, old.source, old.year) == (value, source.strip(), year):
        return old
    return store.topic_values.update(old.evolve(value=value, source=source, year=year))


def values_for(store: "Store", country: str) -> dict[str, TopicValue]:
    """A country's values by indicator id."""
    return {v.indicator_id: v for v in store.topic_values.list(country=country)}


def profiles(store: "Store") -> list[TopicProfile]:
    """The conference's topic profiles, in the order they were made."""
    return store.topic_profiles.list()


def profile(store: "Store", profile_id: str) -> TopicProfile | None:
    """The profile ``profile_id`` as stored now (the revision its next save builds on), or None."""
    return store.topic_profiles.find(profile_id)


def values_of_indicator(store: "Store", indicator_id: str) -> list[TopicValue]:
    """Every country's value of one indicator: a form dropping the indicator must not orphan them."""
    return store.topic_values.list(indicator_id=indicator_id)


def values_of_profile(store: "Store", profile_id: str) -> list[TopicValue]:
    """Every value of a profile's indicators, deleted with the profile."""
    return store.topic_values.list(profile_id=profile_id)
