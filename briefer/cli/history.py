"""``briefer history COUNTRY|PERSON|ORGANISATION``: what happened at earlier conferences.

The earlier conferences are the data folders this one was based on (``conference
new --from``) and any given with ``--earlier`` (remembered with ``--remember``);
they are read only. An encrypted one is read with ``BRIEFER_EARLIER_PASSPHRASE``
or a typed passphrase, else named as locked.
"""

from __future__ import annotations

import argparse

from briefer.cli.context import Context
from briefer.cli.output import as_json
from briefer.errors import NotFound


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("history", help="what happened with a country, person or organisation at earlier conferences")
    p.add_argument("subject", metavar="COUNTRY|PERSON|ORGANISATION",
                   help="a country (name or ISO code), a person's name or an organisation's name or acronym")
    p.add_argument("--earlier", action="append", default=[], metavar="DATA_DIR",
                   help="also an earlier conference's data folder (repeatable)")
    p.add_argument("--remember", action="store_true", help="remember the --earlier folders for next time")
    p.add_argument("--lang", choices=("en", "nl"), default="en")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_history, reads_only=True)


def _subject(store, text: str):
    """Whom ``text`` names: a country, else an organisation by its full name or acronym, else a person,
    else an organisation whose name contains it. Several of a kind: they are listed, nothing is chosen."""
    from briefer.errors import Ambiguous
    from briefer.model.country_lookup import CountryNotFound, resolve_country
    from briefer.schedule.memory import Subject
    from briefer.store import lookup

    try:
        return Subject(country=resolve_country(text))
    except CountryNotFound:
        pass
    orgs = lookup.organisations_named(store, text)
    exact = [o for o in orgs if lookup.fold(text) in {lookup.fold(o.acronym), lookup.fold(o.name), lookup.fold(o.name_nl)}]
    if len(exact) == 1:
        return Subject(organisation=exact[0])
    if len(exact) > 1:
        raise Ambiguous(f"'{text}' names {len(exact)} organisations ({lookup.organisation_list(exact)}); "
                        "give the full name")
    try:
        return Subject(person=lookup.person(store, text))
    except NotFound:
        pass
    if len(orgs) == 1:
        return Subject(organisation=orgs[0])
    if orgs:
        raise Ambiguous(f"'{text}' matches {len(orgs)} organisations ({lookup.organisation_list(orgs)}); "
                        "give more of the name, or the acronym")
    raise NotFound(f"'{text}' is not a country, organisation or person of this conference "
                   "(try 'briefer organisation list' or 'briefer list people')")


def _subject_anywhere(store, text: str, folders: list, passphrase_for):
    """Whom ``text`` names in this conference, else in the earlier ones (newest first).

    Someone met at an earlier conference need not be in this one's file: the delegate who
    left, the organisation not invited this time. Their history is what the user is asking for,
    so the earlier files are asked too, read only; a locked one without its passphrase is passed by.
    """
    from briefer.paths import database_in
    from briefer.store.db import PassphraseRequired, WrongPassphrase
    from briefer.store.earlier import open_earlier

    try:
        return _subject(store, text)
    except NotFound as here:
        for folder in reversed(folders):
            try:
                passphrase = passphrase_for(folder)
                with open_earlier(database_in(folder), passphrase) as earlier:
                    return _subject(earlier, text)
            except NotFound:
                continue
            except (PassphraseRequired, WrongPassphrase):
                continue
        if not folders:
            raise
        raise NotFound(f"'{text}' is not a country, organisation or person of this conference or of the "
                       f"{len(folders)} earlier one{'s' if len(folders) != 1 else ''} "
                       "(try 'briefer organisation list' or 'briefer list people')") from here


def cmd_history(ctx: Context) -> int:
    from pathlib import Path

    from briefer.cli.conference import earlier_passphrase
    from briefer.schedule.memory import history
    from briefer.store.earlier import earlier_folders, remember_earlier

    given = [Path(f).expanduser().resolve() for f in ctx.args.earlier]
    if ctx.args.remember and given:
        ctx.args.reads_only = False  # remembering writes: the database is checked first, like any write
    store = ctx.store()
    folders = [f for f in earlier_folders(store) if f not in given] + given
    passphrases: dict = {}

    def passphrase_for(folder):  # asked once per folder, for finding the subject and reading its history
        if folder not in passphrases:
            passphrases[folder] = earlier_passphrase(ctx, folder)
        return passphrases[folder]

    subject = _subject_anywhere(store, ctx.args.subject, folders, passphrase_for)
    if ctx.args.remember and given:
        for folder in given:
            remember_earlier(store, folder)
    if not folders:
        raise NotFound("this conference knows no earlier ones: give one with --earlier DATA_DIR "
                       "(or base a new conference on one with 'briefer conference new --from')")
    found = history(subject, folders, passphrase_for, lang=ctx.args.lang)
    if ctx.args.json:
        ctx.out(as_json({"subject": subject.name(ctx.args.lang), "conferences": [_as_dict(c) for c in found.conferences]}))
        return 0
    ctx.out(f"{subject.name(ctx.args.lang)} at earlier conferences")
    for c in found.conferences:
        ctx.out("")
        if c.locked:
            ctx.out(f"{c.folder}: locked (encrypted) — set BRIEFER_EARLIER_PASSPHRASE or run in a terminal")
            continue
        if c.problem:
            ctx.out(f"{c.folder}: not read — {c.problem}")
            continue
        ctx.out(f"{c.name} ({c.dates}) — {c.folder}")
        if c.is_empty():
            ctx.out("  nothing recorded")
        for m in c.meetings:
            ctx.out(f"  {m.day}  {m.title} ({m.status})")
            for text in m.outcomes:
                ctx.out(f"      outcome: {text}")
        if c.open_actions:
            ctx.out("  open actions:")
            for text in c.open_actions:
                ctx.out(f"    - {text}")
        if c.brief is not None:
            b = c.brief
            ctx.out(f"  brief then: {b.status.value}, revision {b.revision}"
                    + (f" — {b.summary}" if b.summary else ""))
            for text in b.key_messages:
                ctx.out(f"    * {text}")
    return 0


def _as_dict(c) -> dict:
    return {"folder": c.folder, "conference": c.name, "dates": c.dates, "locked": c.locked, "problem": c.problem,
            "meetings": [{"day": m.day, "title": m.title, "status": m.status, "outcomes": list(m.outcomes)}
                         for m in c.meetings],
            "open_actions": list(c.open_actions),
            "brief": c.brief.model_dump(mode="json") if c.brief is not None else None}
