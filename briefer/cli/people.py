"""Sub-commands for people: ``person add`` and ``person edit``, names in their bearer's order and script.

Scripts and advisors setting up a conference record counterparts the way the app's person
editor does: family name first where that is the custom (a default from the country, which
``--given-first`` overrides), the native-script form, the form of address in English and Dutch
and a pronunciation hint. Bad input is one line naming the option, and nothing is written.
"""

from __future__ import annotations

import argparse

from briefer.cli.context import Context

#: option → Person field, for the options that are plain text
_TEXT_OPTIONS = {
    "given": "given_name", "family": "family_name", "native": "native_name", "address_en": "honorific",
    "address_nl": "honorific_nl", "pronunciation": "pronunciation", "position": "position", "email": "email",
    "phone": "phone",
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("person", help="add or edit a person (names in their own order and script)")
    psub = p.add_subparsers(dest="person_command", metavar="ACTION", required=True)

    a = psub.add_parser("add", help="add a person")
    a.add_argument("--family", required=True, metavar="NAME", help="family name (in Latin script)")
    _options(a)
    a.set_defaults(handler=cmd_person_add, reads_only=False)

    e = psub.add_parser("edit", help="change a person; options not given stay as they are")
    e.add_argument("person", metavar="PERSON", help="name, id or id prefix")
    e.add_argument("--family", metavar="NAME", help="family name (in Latin script)")
    _options(e)
    e.set_defaults(handler=cmd_person_edit, reads_only=False)


def _options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--given", metavar="NAME", help="given name(s) (in Latin script)")
    order = p.add_mutually_exclusive_group()
    order.add_argument("--family-first", dest="family_first", action="store_true", default=None,
                       help="write the family name first (Nguyễn Thị Hương, Yamada Tarō); "
                            "the default for China, Japan, Korea, Viet Nam and their neighbours")
    order.add_argument("--given-first", dest="family_first", action="store_false",
                       help="write the given name first")
    p.add_argument("--native", metavar="TEXT", help="the name in its own script (山田太郎, Юлія Коваленко)")
    p.add_argument("--address-en", metavar="TEXT", help="form of address in English (H.E., Dr, Prof.)")
    p.add_argument("--address-nl", metavar="TEXT",
                   help="form of address in Dutch (Z.E., H.E., dr.); without it Dr and Prof. become dr. and prof.")
    p.add_argument("--pronunciation", metavar="TEXT", help="how to say the name (NWIN tee HUONG)")
    p.add_argument("--country", metavar="COUNTRY", help="country name or ISO code ('' for none)")
    p.add_argument("--position", metavar="TEXT")
    p.add_argument("--email", metavar="ADDRESS")
    p.add_argument("--phone", metavar="NUMBER")


def _changes(args: argparse.Namespace) -> dict:
    from briefer.store import lookup

    changes = {field: getattr(args, option) for option, field in _TEXT_OPTIONS.items()
               if getattr(args, option, None) is not None}
    if args.country is not None:
        changes["country"] = lookup.country(args.country) if args.country.strip() else None
    if args.family_first is not None:
        changes["family_name_first"] = args.family_first
    return changes


def cmd_person_add(ctx: Context) -> int:
    from briefer.model import Person
    from briefer.model.people import usual_family_first
    from briefer.store.repository import validate

    changes = _changes(ctx.args)
    changes.setdefault("family_name_first", usual_family_first(changes.get("country")))
    person = validate(Person, changes)
    person = ctx.store().people.add(person)
    ctx.out(f"added {person.id[:8]}: {person.name_with_native(formal=True)}")
    return 0


def cmd_person_edit(ctx: Context) -> int:
    from briefer.model import Person
    from briefer.store import lookup
    from briefer.store.repository import validate

    store = ctx.store()
    current = lookup.person(store, ctx.args.person)
    changes = _changes(ctx.args)
    if not changes:
        ctx.out(f"nothing to change for {current.name_with_native(formal=True)}")
        return 0
    person = validate(Person, {**current.model_dump(), **changes}, current.id)
    person = store.people.update(person)
    ctx.out(f"changed {person.id[:8]}: {person.name_with_native(formal=True)}")
    return 0
