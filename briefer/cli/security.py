"""Sub-commands that protect the data: encrypt, decrypt, passphrase, backup, backups, restore, autolock."""

from __future__ import annotations

import argparse

from briefer.cli.context import ENV_NEW_PASSPHRASE, ENV_PASSPHRASE, Context
from briefer.cli.output import table


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("encrypt", help="encrypt the database with a passphrase (asked twice, never shown)",
                       description=f"Encrypt the database and its backups. The passphrase is asked twice "
                       f"(or taken from ${ENV_PASSPHRASE}).")
    p.set_defaults(handler=cmd_encrypt)

    p = sub.add_parser("decrypt", help="remove the encryption (the database becomes a plain SQLite file)")
    p.set_defaults(handler=cmd_decrypt)

    p = sub.add_parser("passphrase", help="change the passphrase of an encrypted database",
                       description=f"Current passphrase from ${ENV_PASSPHRASE} or asked; the new one from "
                       f"${ENV_NEW_PASSPHRASE} or asked twice.")
    p.set_defaults(handler=cmd_passphrase)

    p = sub.add_parser("backup", help="back up the database now (encrypted like the database)")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("backups", help="list the backups, newest first")
    p.set_defaults(handler=cmd_backups, reads_only=True)

    p = sub.add_parser("restore", help="replace the database with a backup (the current file is backed up first)")
    p.add_argument("name", help="backup name as listed by 'briefer backups' (or a unique beginning of it)")
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("autolock", help="show or set after how many idle minutes the app locks (0 = never)")
    p.add_argument("minutes", nargs="?", help="idle minutes before the app locks (default 10; 0 = never)")
    p.set_defaults(handler=cmd_autolock)


def _report_backups(ctx: Context, result) -> None:
    from briefer.i18n import counted

    if result.backups_converted:
        ctx.out(f"{counted('backups', len(result.backups_converted))} and kept copies converted as well")
    if result.backups_left:
        ctx.err("briefer: warning: these backups could not be converted (damaged, or under another "
                "passphrase) and were left as they are: " + ", ".join(result.backups_left))


def cmd_encrypt(ctx: Context) -> int:
    from briefer.store.wholefile.crypto import encrypt

    db = ctx.paths.database
    passphrase = ctx.new_passphrase("New passphrase")
    result = encrypt(db, passphrase, backup_dir=ctx.paths.backups)
    ctx.out(f"encrypted: {db} ({result.rows} rows); keep the passphrase safe — without it the data cannot be read")
    _report_backups(ctx, result)
    return 0


def cmd_decrypt(ctx: Context) -> int:
    from briefer.errors import Refused
    from briefer.store.wholefile.crypto import decrypt
    from briefer.store.db import is_encrypted

    db = ctx.paths.database
    if not is_encrypted(db):
        raise Refused("the database is not encrypted", file=str(db))
    result = decrypt(db, ctx.passphrase(), backup_dir=ctx.paths.backups)
    ctx.out(f"decrypted: {db} is now a plain SQLite file ({result.rows} rows)")
    _report_backups(ctx, result)
    return 0


def cmd_passphrase(ctx: Context) -> int:
    from briefer.errors import Refused
    from briefer.store.wholefile.crypto import change_passphrase, verify_passphrase
    from briefer.store.db import WRONG_PASSPHRASE, WrongPassphrase, is_encrypted

    db = ctx.paths.database
    if not is_encrypted(db):
        raise Refused("the database is not encrypted; use 'briefer encrypt' first", file=str(db))
    from briefer.store.wholefile.journal import journal_exists

    old = ctx.passphrase()
    if not verify_passphrase(db, old) and not journal_exists(db):  # before asking for a new one
        raise WrongPassphrase(WRONG_PASSPHRASE, file=str(db))
    new = ctx.new_passphrase("New passphrase", env=ENV_NEW_PASSPHRASE)
    result = change_passphrase(db, old, new, backup_dir=ctx.paths.backups)
    ctx.out(f"passphrase changed: {db}")
    _report_backups(ctx, result)
    return 0


def cmd_backup(ctx: Context) -> int:
    from briefer.store.wholefile.backup import create_backup

    info = create_backup(ctx.store(), "manual")
    if info.chunked:
        ctx.out(f"backup written: {info.name} (a database of {_size(info.size)}; "
                f"{_size(info.added or 0)} new on disk) in {info.path.parent}")
    else:
        ctx.out(f"backup written: {info.name} ({_size(info.size)}) in {info.path.parent}")
    return 0


def cmd_backups(ctx: Context) -> int:
    from briefer.i18n import counted
    from briefer.store.wholefile.backup import list_backups
    from briefer.store.wholefile.chunks import disk_usage

    backups = list_backups(ctx.paths.backups)
    if not backups:
        ctx.out(f"no backups yet in {ctx.paths.backups}")
        return 0
    rows = [[b.name, b.created.astimezone().strftime("%Y-%m-%d %H:%M:%S"), b.reason, _size(b.size)] for b in backups]
    ctx.out(table(["Name", "Made (local time)", "Why", "Size"], rows))
    ctx.out(f"{counted('backups', len(backups))}, {_size(disk_usage(ctx.paths.backups))} on disk together "
            "(incremental backups share the parts that did not change)")
    return 0


def cmd_restore(ctx: Context) -> int:
    from briefer.store.wholefile.backup import find_backup, restore_backup
    from briefer.store.db import is_encrypted

    ctx.close()
    db = ctx.paths.database
    chosen = find_backup(ctx.paths.backups, ctx.args.name)
    from briefer.store.wholefile.chunks import is_encrypted_manifest

    if is_encrypted(db) or not chosen.chunked or is_encrypted_manifest(chosen.path):
        # (a manifest is never a plain SQLite file, so ctx.passphrase asks for it)
        passphrase = ctx.passphrase(db if is_encrypted(db) else chosen.path)
    else:
        passphrase = None
    restored, safety = restore_backup(db, chosen.name, passphrase, backup_dir=ctx.paths.backups)
    if safety:
        ctx.out(f"the replaced database was kept as backup {safety.name}")
    ctx.out(f"restored {restored.name} (made {restored.created.astimezone():%Y-%m-%d %H:%M}) to {ctx.paths.database}")
    return 0


def cmd_autolock(ctx: Context) -> int:
    from briefer.i18n import counted
    from briefer.lock import LockPolicy

    store = ctx.store()
    if ctx.args.minutes is None:
        policy = LockPolicy.from_store(store)
    else:
        policy = LockPolicy.parse(ctx.args.minutes)
        policy.save(store)
    if policy.idle_minutes == 0:
        ctx.out("the app does not lock by itself")
    else:
        ctx.out(f"the app locks after {counted('idle_minutes', policy.idle_minutes)}")
    return 0


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)
