"""``briefer topic``: the conference's topic profiles, their indicators and each country's values.

A conference defines what its country briefs track (``briefer.model.topics``); this is how a
script or an advisor at a terminal defines it: a profile, its indicators with a scale, and a
value per country with its source and year.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from briefer.cli.context import Context
from briefer.cli.output import as_json, table
from briefer.errors import InvalidRecord, NotFound, Refused

if TYPE_CHECKING:  # annotations only: the command line imports models when a command runs
    from pydantic import ValidationError

    from briefer.model.topics import ScaleLevel, TopicProfile

#: Scale's values, written out: building the parser imports no model (tests/test_cli_startup.py)
SCALES = ("levels", "yes_no", "year", "number", "text")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("topic", help="topic profiles: the indicators every country brief of this conference tracks")
    tsub = p.add_subparsers(dest="topic_command", metavar="ACTION")

    t = tsub.add_parser("list", help="the profiles and their indicators")
    t.add_argument("--json", action="store_true")
    t.set_defaults(handler=cmd_list, reads_only=True)

    t = tsub.add_parser("new", help="a new topic profile")
    t.add_argument("name", help="its English name, e.g. 'Climate'")
    t.add_argument("--nl", default="", metavar="NAME", help="its Dutch name, e.g. 'Klimaat'")
    t.set_defaults(handler=cmd_new, reads_only=False)

    t = tsub.add_parser("indicator", help="add an indicator to a profile")
    t.add_argument("profile", help="the profile's English or Dutch name")
    t.add_argument("name", help="the indicator's English name, e.g. 'Net-zero target year'")
    t.add_argument("--nl", default="", metavar="NAME", help="its Dutch name")
    t.add_argument("--scale", choices=SCALES, default="text", help="how values are read (default: text)")
    t.add_argument("--level", action="append", default=[], metavar="CODE=TEXT",
                   help="one level of a levels scale, lowest first (repeat), e.g. 'A=No plan'; "
                        "a Dutch text after '|': 'A=No plan|Geen plan'")
    t.add_argument("--chart", action="store_true", help="draw a levels scale as a row of steps in packs")
    t.add_argument("--in-list", action="store_true", help="show as a column in lists of countries")
    t.add_argument("--not-in-brief", action="store_true", help="do not print it in country briefs")
    t.set_defaults(handler=cmd_indicator, reads_only=False)

    t = tsub.add_parser("set", help="a country's value of an indicator (an empty value removes it)")
    t.add_argument("indicator", help="the indicator's English or Dutch name")
    t.add_argument("country", help="country name or ISO code")
    t.add_argument("value")
    t.add_argument("--source", default="", help="where the value comes from")
    t.add_argument("--year", type=_year, default=None, help="the year the value is of")
    t.set_defaults(handler=cmd_set, reads_only=False)

    t = tsub.add_parser("show", help="every indicator's value for one country, or for all")
    t.add_argument("country", nargs="?", help="country name or ISO code (default: all countries)")
    t.add_argument("--json", action="store_true")
    t.set_defaults(handler=cmd_show, reads_only=True)

    t = tsub.add_parser("delete", help="delete a profile and, with --with-values, the values of its indicators")
    t.add_argument("profile")
    t.add_argument("--with-values", action="store_true", help="delete its countries' values too")
    t.set_defaults(handler=cmd_delete, reads_only=False)
    p.set_defaults(handler=cmd_list, reads_only=True, json=False)


def _year(text: str) -> int:
    if not text.isdigit() or not 1900 <= int(text) <= 2200:
        raise argparse.ArgumentTypeError(f"'{text}' is not a year such as 2024")
    return int(text)


def _words(exc: ValidationError) -> str:
    """A model's refusal as one line a person reads (pydantic's own wording, without its prefix)."""
    return "; ".join(e["msg"].removeprefix("Value error, ") for e in exc.errors())


def _profile(store, name: str) -> TopicProfile:
    key = name.strip().casefold()
    profiles = store.topic_profiles.list()
    for p in profiles:
        if key in (p.id, p.name_en.casefold(), p.name_nl.casefold()):
            return p
    known = ", ".join(p.name_en for p in profiles) or "none yet; make one with 'briefer topic new NAME'"
    raise NotFound(f"no topic profile called '{name}' (known: {known})")


def _levels(specs: list[str]) -> list[ScaleLevel]:
    from briefer.model.topics import parse_levels

    try:
        return parse_levels(specs)
    except ValueError as exc:
        raise InvalidRecord(str(exc), field="--level") from None


def cmd_list(ctx: Context) -> int:
    store = ctx.store()
    profiles = store.topic_profiles.list()
    if ctx.args.json:
        ctx.out(as_json([p.model_dump(mode="json") for p in profiles]))
        return 0
    if not profiles:
        ctx.out("this conference has no topic profile (make one with 'briefer topic new NAME')")
        return 0
    for p in profiles:
        ctx.out(f"{p.name_en}" + (f" / {p.name_nl}" if p.name_nl else ""))
        rows = [[i.name_en, i.name_nl, i.scale.value, " ".join(lv.code for lv in i.levels),
                 ", ".join(w for w, on in (("brief", i.in_brief), ("list", i.in_list), ("chart", i.chart)) if on)]
                for i in p.indicators]
        ctx.out(table(["Indicator", "Indicator (nl)", "Scale", "Levels", "Shown in"], rows) if rows
                else "  no indicators yet (add one with 'briefer topic indicator')")
    return 0


def cmd_new(ctx: Context) -> int:
    from pydantic import ValidationError

    from briefer.model.topics import TopicProfile

    store = ctx.store()
    name = ctx.args.name.strip()
    if any(name.casefold() in (p.name_en.casefold(), p.name_nl.casefold()) for p in store.topic_profiles.list()):
        raise Refused(f"a topic profile called '{name}' already exists")
    try:
        profile = TopicProfile(name_en=name, name_nl=ctx.args.nl)
    except ValidationError as exc:
        raise InvalidRecord(_words(exc)) from None
    p = store.topic_profiles.add(profile)
    ctx.out(f"topic profile '{p.name_en}' created; add indicators with 'briefer topic indicator \"{p.name_en}\" NAME'")
    return 0


def cmd_indicator(ctx: Context) -> int:
    from pydantic import ValidationError

    from briefer.model.topics import Indicator, Scale

    store = ctx.store()
    a = ctx.args
    profile = _profile(store, a.profile)
    try:
        ind = Indicator(name_en=a.name, name_nl=a.nl, scale=Scale(a.scale), levels=_levels(a.level), chart=a.chart,
                        in_list=a.in_list, in_brief=not a.not_in_brief)
        changed = profile.evolve(indicators=[*profile.indicators, ind])
    except ValidationError as exc:
        raise InvalidRecord(_words(exc)) from None
    updated = store.topic_profiles.update(changed)
    ctx.out(f"indicator '{ind.name_en}' ({ind.scale.value}) added to '{updated.name_en}'")
    return 0


def cmd_set(ctx: Context) -> int:
    from briefer.model import country_name
    from briefer.store import lookup
    from briefer.store.topics import find_indicator, set_value

    store = ctx.store()
    a = ctx.args
    profile, ind = find_indicator(store, a.indicator)
    iso3 = lookup.country(a.country, "country")
    v = set_value(store, profile, ind, iso3, a.value, a.source.strip(), a.year)
    if v is None:
        ctx.out(f"{ind.name_en} for {country_name(iso3)}: removed")
    else:
        ctx.out(f"{ind.name_en} for {country_name(iso3)}: {ind.display(v.value) or '—'}")
    return 0


def cmd_show(ctx: Context) -> int:
    from briefer.model import country_name
    from briefer.store import lookup

    store = ctx.store()
    iso3 = lookup.country(ctx.args.country, "country") if ctx.args.country else None
    indicators = {i.id: (p, i) for p in store.topic_profiles.list() for i in p.indicators}
    values = store.topic_values.list(country=iso3) if iso3 else store.topic_values.list()
    values = [v for v in values if v.indicator_id in indicators]
    if ctx.args.json:
        ctx.out(as_json([{"country": v.country, "profile": indicators[v.indicator_id][0].name_en,
                          "indicator": indicators[v.indicator_id][1].name_en, "value": v.value,
                          "source": v.source, "year": v.year} for v in values]))
        return 0
    if not indicators:
        ctx.out("this conference has no topic profile (make one with 'briefer topic new NAME')")
        return 0
    rows = [[country_name(v.country), indicators[v.indicator_id][1].name_en,
             indicators[v.indicator_id][1].display(v.value), v.source, v.year or ""] for v in values]
    ctx.out(table(["Country", "Indicator", "Value", "Source", "Year"], rows) if rows else "no values yet")
    return 0


def cmd_delete(ctx: Context) -> int:
    store = ctx.store()
    profile = _profile(store, ctx.args.profile)
    values = store.topic_values.list(profile_id=profile.id)
    if values and not ctx.args.with_values:
        raise Refused(f"topic profile '{profile.name_en}' has {len(values)} country values; "
                      "add --with-values to delete them too")
    with store.write():
        for v in values:
            store.topic_values.delete(v.id)
        store.topic_profiles.delete(profile.id)
    ctx.out(f"topic profile '{profile.name_en}' deleted" + (f" with {len(values)} values" if values else ""))
    return 0
