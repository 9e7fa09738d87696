"""The data folders every round starts from, built once per run and copied for each round.

* ``plain``: a database of ``NOTES`` notes (every one carries :data:`SECRET`, so a plaintext
  byte of it anywhere is found), three backups of that state, then ``LATER`` notes more —
  so a restore has something to set aside and something to bring back;
* ``encrypted``: the same, encrypted with :data:`OLD` (database and backups);
* two archives for the fills: ``one`` holds the plain state, ``two`` that plus notes of its own.

Nothing here is about one conference: the notes carry no meeting, the bundle is whatever the
store exports.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import traceback
from dataclasses import dataclass
from pathlib import Path

SECRET = "Zwartepietkonijn"  # as tests/security: a word never to be found in clear after encryption
OLD = "correct horse battery"
NEW = "a different staple 42"
NOTES = 1500
LATER = 50
SQLITE_HEADER = b"SQLite format 3\x00"
DB = "briefer.sqlite"


@dataclass
class World:
    root: Path
    plain: Path  # data folders
    encrypted: Path
    archive_one: Path
    archive_two: Path
    backed_up: frozenset[str]  # note ids in the backups
    current: frozenset[str]  # note ids in the database (backed_up + LATER)
    two_only: frozenset[str]  # note ids only archive two holds


def cli(data: Path | None, *args: str, passphrase: str | None = None, new: str | None = None) -> tuple[int, str, str]:
    """``briefer --data-dir DATA ARGS`` in this process; a traceback comes back as exit code -1 and its text."""
    saved = {k: os.environ.get(k) for k in ("BRIEFER_PASSPHRASE", "BRIEFER_NEW_PASSPHRASE")}
    for key, value in (("BRIEFER_PASSPHRASE", passphrase), ("BRIEFER_NEW_PASSPHRASE", new)):
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    out, err = io.StringIO(), io.StringIO()
    try:
        from briefer.cli import main

        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main((["--data-dir", str(data)] if data else []) + list(args))
    except SystemExit as exc:  # argparse
        code = int(exc.code or 0)
    except BaseException:  # noqa: BLE001 — what the suite counts
        return -1, out.getvalue(), err.getvalue() + traceback.format_exc()
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return code, out.getvalue(), err.getvalue()


def note_ids(path: Path, key: str | None = None) -> set[str] | None:
    """The note ids in a database file (read-only, nothing written), or None when it does not open."""
    from briefer.errors import BrieferError
    from briefer.store.db import open_keyed

    try:
        conn = open_keyed(path, key, readonly=True)
    except BrieferError:
        return None
    try:
        return {r[0] for r in conn.execute("SELECT id FROM notes")}
    except Exception:  # noqa: BLE001 — damaged or not ours: does not open
        return None
    finally:
        conn.close()


def opens_with(path: Path, key: str | None) -> bool:
    from briefer.errors import BrieferError
    from briefer.store.db import is_encrypted, open_keyed, quick_check_rows

    if bool(key) != is_encrypted(path):
        return False
    try:
        conn = open_keyed(path, key, readonly=True)
    except BrieferError:
        return False
    try:
        return quick_check_rows(conn) == ["ok"]
    finally:
        conn.close()


def key_of(path: Path, candidates: list[str]) -> str | None:
    """Which of ``candidates`` opens the database (None: it is plain, or none does)."""
    from briefer.store.db import is_encrypted

    if not is_encrypted(path):
        return None
    return next((k for k in candidates if opens_with(path, k)), None)


def backups(data: Path) -> list[Path]:
    """Every backup as a database file, oldest first: a whole ``.sqlite`` backup as it is, an incremental
    one rebuilt from its chunks beside the data folder (named by its stem, so ``restore`` finds it);
    one that cannot be rebuilt is given as its manifest, which opens with no key (so it is counted)."""
    from briefer.errors import StoreError
    from briefer.store.wholefile.backup import list_backups, rebuild_backup

    rebuilt = data.parent / f".{data.name}-rebuilt"
    out = []
    for b in sorted(list_backups(data / "backups"), key=lambda b: b.name):
        if not b.chunked:
            out.append(b.path)
            continue
        target = rebuilt / f"{b.path.stem}.sqlite"
        if not target.exists():
            rebuilt.mkdir(exist_ok=True)
            try:
                rebuild_backup(b, target)
            except StoreError:
                out.append(b.path)
                continue
        out.append(target)
    return out


def leftovers(data: Path) -> list[str]:
    """Strays of killed operations and an unfinished conversion journal, by name."""
    from briefer.store.wholefile.journal import journal_exists
    from briefer.store.wholefile.strays import find_strays

    names = [p.name for p in find_strays(data / DB, data / "backups")]
    if journal_exists(data / DB):
        names.append("conversion journal")
    return names


def plaintext_bytes(data: Path) -> int:
    """Bytes of every file in ``data`` that is a plain SQLite file or holds :data:`SECRET` in clear."""
    total = 0
    needles = (SECRET.encode("utf-8"), SECRET.encode("utf-16-le"))
    for f in data.rglob("*"):
        if not f.is_file() or f.name.endswith(".lock"):
            continue
        try:
            content = f.read_bytes()
        except OSError:
            continue
        if content.startswith(SQLITE_HEADER) or any(n in content for n in needles):
            total += len(content)
    return total


def fresh_copy(template: Path | None, target: Path) -> Path:
    """A round's own data folder: a copy of ``template`` (None: no folder at all, a first start)."""
    if target.exists():
        shutil.rmtree(target)
    if template is not None:
        shutil.copytree(template, target)
    return target


def build(root: Path, notes: int = NOTES) -> World:
    from briefer.exchange.bundle import export_bundle
    from briefer.exchange.merge import import_bundle
    from briefer.model import Note
    from briefer.store import Store

    root.mkdir(parents=True, exist_ok=True)
    plain = root / "plain"
    plain.mkdir(mode=0o700)
    filler = " ".join(["minutes of the bilateral, agreed text and follow-up actions"] * 3)
    with Store.open(plain / DB, user="torture", backup_dir=plain / "backups") as s:
        s.notes.put_many([Note(author="torture", body=f"{SECRET} note {i}: {filler}") for i in range(notes)])
        backed_up = frozenset(n.id for n in s.notes.list())
    for _ in range(3):
        code, _, err = cli(plain, "backup")
        assert code == 0, err
    with Store.open(plain / DB, user="torture", backup_dir=plain / "backups") as s:
        s.notes.put_many([Note(author="torture", body=f"{SECRET} later note {i}") for i in range(LATER)])
        current = frozenset(n.id for n in s.notes.list())
        archive_one = root / "one.briefer"
        export_bundle(s, archive_one)
    with Store.open(root / "two.sqlite", user="two") as two:
        import_bundle(two, archive_one)
        added = two.notes.put_many([Note(author="two", body=f"laptop two note {i}") for i in range(300)])
        archive_two = root / "two.briefer"
        export_bundle(two, archive_two)
        two_only = frozenset(n.id for n in two.notes.list()) - current
    assert len(two_only) == 300, added
    encrypted = root / "encrypted"
    shutil.copytree(plain, encrypted)
    code, _, err = cli(encrypted, "encrypt", passphrase=OLD)
    assert code == 0, err
    return World(root, plain, encrypted, archive_one, archive_two, backed_up, current, two_only)
