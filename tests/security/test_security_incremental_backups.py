"""Incremental backups (issue 19): a manifest per backup over a shared store of compressed chunks.

Real database files of ~12 MB (12 chunks of 1 MiB), real backups, real restores. What a user
would check: a second backup costs little space, each backup restores exactly its own moment,
a damaged backup is refused and changes nothing, rotation frees the space, a kill leaves no
backup that cannot be restored, no plaintext of an encrypted database on disk, and the whole
``.sqlite`` backups of earlier versions go on working.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import zlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from briefer.cli import main
from briefer.store import Store
from briefer.store.wholefile import backup as backup_mod
from briefer.store.wholefile import chunks
from briefer.store.wholefile.backup import (
    create_backup,
    list_backups,
    newest_good_backup,
    prune_backups,
    restore_backup,
)
from briefer.store.wholefile.crypto import encrypt
from tests.cheap_kdf import child_pythonpath

ROOT = Path(__file__).resolve().parents[2]
PASS = "correct horse battery"
MARK = "Uiterst vertrouwelijk: de minister stemt in met de ruil"  # a note text to look for on disk
WORDS = ("antimicrobial resistance surveillance ministerial declaration delegation bilateral agenda "
         "funding capacity stewardship negotiation consensus paragraph amendment reservation").split()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _fill(path: Path, notes: int = 4000, seed: int = 7) -> None:
    """A database of ~12 MB: ``notes`` notes of ~1.5 KB of varied words (and one MARK note)."""
    rng = random.Random(seed)
    with Store.open(path, user="tester") as store:
        conn = store.db.conn
        rows = [(f"n{i:05d}", 1, "2026-01-01T00:00:00", "2026-01-01T00:00:00", "tester",
                 " ".join(rng.choice(WORDS) + str(rng.randrange(1000)) for _ in range(150)))
                for i in range(notes)]
        rows.append(("nmark", 1, "2026-01-01T00:00:00", "2026-01-01T00:00:00", "tester", MARK))
        with conn:
            conn.executemany("INSERT INTO notes (id, revision, created_at, updated_at, author, body) "
                             "VALUES (?, ?, ?, ?, ?, ?)", rows)


def _change(path: Path, ids: list[str], text: str, passphrase: str | None = None) -> None:
    with Store.open(path, user="tester", passphrase=passphrase) as store:
        with store.db.conn as conn:
            conn.executemany("UPDATE notes SET body = ?, revision = revision + 1 WHERE id = ?",
                             [(f"{text} {i}", i) for i in ids])


def _rows(path: Path, passphrase: str | None = None) -> str:
    """A digest of every note as a user would read it."""
    with Store.open(path, user="check", passphrase=passphrase, backup_dir=path.parent / "elsewhere") as store:
        rows = store.db.execute("SELECT id, revision, body FROM notes ORDER BY id").fetchall()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "briefer.sqlite"
    _fill(path)
    return path


@pytest.fixture
def db(tmp_path, template) -> Path:
    target = tmp_path / "data" / "briefer.sqlite"
    target.parent.mkdir()
    shutil.copyfile(template, target)
    return target


def _backup(db: Path, reason: str = "manual", *, now: datetime | None = None, passphrase: str | None = None):
    with Store.open(db, user="tester", passphrase=passphrase) as store:
        return create_backup(store, reason, now=now)


def test_a_second_backup_after_a_small_change_adds_only_a_few_chunks(db):
    size = db.stat().st_size
    assert size > 8 * chunks.CHUNK_SIZE
    first = _backup(db)
    folder = db.parent / "backups"
    assert first.chunked and first.size == size
    after_first = chunks.disk_usage(folder)
    assert after_first < size  # compressed
    _change(db, ["n00010", "n02000", "n03990"], "edited after the first backup")
    second = _backup(db)
    grown = chunks.disk_usage(folder) - after_first
    assert second.added == grown  # what the command reports as new on disk
    assert grown < size / 4, f"the second backup added {grown} bytes to a {size}-byte database"
    assert len(set(json.loads(second.path.read_text())["chunks"]) - set(json.loads(first.path.read_text())["chunks"])) \
        <= len(json.loads(second.path.read_text())["chunks"]) // 2


def test_each_backup_restores_exactly_the_database_of_its_time(db):
    made = []
    for n in range(3):
        if n:
            _change(db, [f"n{100 * n:05d}", f"n{1000 * n + 7:05d}"], f"round {n}")
        info = _backup(db)
        made.append((info, _rows(db), json.loads(info.path.read_text())["sha256"]))
    _change(db, ["n00001"], "after the last backup")
    for info, rows, whole in made:
        restored, safety = restore_backup(db, info.name, None)
        assert restored.name == info.name and safety is not None
        assert _sha(db) == whole  # byte for byte the image that was backed up
        assert _rows(db) == rows


def test_a_damaged_or_missing_chunk_is_refused_and_changes_nothing(db):
    older = _backup(db, now=datetime(2026, 3, 1, tzinfo=timezone.utc))
    _change(db, ["n00500"], "between the backups")
    newer = _backup(db, now=datetime(2026, 3, 2, tzinfo=timezone.utc))
    fresh = set(json.loads(newer.path.read_text())["chunks"]) - set(json.loads(older.path.read_text())["chunks"])
    victim = chunks.chunk_path(db.parent / "backups", sorted(fresh)[0])
    good = victim.read_bytes()
    before, names = _sha(db), sorted(p.name for p in (db.parent / "backups").iterdir())

    victim.write_bytes(zlib.compress(zlib.decompress(good)[:-1] + b"!"))  # one byte different
    with pytest.raises(chunks.BackupDamaged) as err:
        restore_backup(db, newer.name, None)
    # names the backup and which part of it is wrong
    assert newer.path.stem in err.value.message and "does not hold what it should" in err.value.message
    assert "nothing was changed" in err.value.message
    assert _sha(db) == before and sorted(p.name for p in (db.parent / "backups").iterdir()) == names
    assert newest_good_backup(db.parent / "backups", None).name == older.name  # the damaged one is skipped

    victim.unlink()
    with pytest.raises(chunks.BackupDamaged) as err:
        restore_backup(db, newer.name, None)
    assert "is missing" in err.value.message and "nothing was changed" in err.value.message
    assert _sha(db) == before
    assert newest_good_backup(db.parent / "backups", None).name == older.name

    code = main(["--data-dir", str(db.parent), "restore", newer.name])
    assert code != 0 and _sha(db) == before


def test_rotation_removes_the_chunks_no_backup_uses_and_keeps_the_others(db):
    folder = db.parent / "backups"
    day = datetime(2026, 3, 1, 12, tzinfo=timezone.utc)
    made = []
    for n in range(4):
        if n:
            _change(db, [f"n{n:05d}", f"n{3000 + n:05d}"], f"day {n}")
        made.append(_backup(db, now=day + timedelta(days=30 * n)))  # far apart: rotation keeps few
    every = {c for b in made for c in json.loads(b.path.read_text())["chunks"]}
    deleted = backup_mod.backups_to_delete(list_backups(folder), now=day + timedelta(days=90), keep_last=2)
    assert [b.name for b in deleted] == [made[1].name, made[0].name]
    for b in deleted:
        b.path.unlink()
    chunks.collect_garbage(folder)
    kept = {c for b in made[2:] for c in json.loads(b.path.read_text())["chunks"]}
    on_disk = {p.name for p in chunks.chunk_dir(folder).iterdir()}
    assert on_disk == kept and every - kept  # the old chunks went, every used one stayed
    assert [b.name for b in list_backups(folder)] == [made[3].name, made[2].name]
    assert all(backup_mod.verify_backup(b, None) for b in list_backups(folder))


def _keep(monkeypatch, *, last: int, days: int) -> None:
    """Rotation keeping fewer backups than the default (so that a test needs only a few)."""
    import functools

    monkeypatch.setattr(backup_mod, "backups_to_delete",
                        functools.partial(backup_mod.backups_to_delete, keep_last=last, keep_days=days))


def test_prune_deletes_manifests_then_their_chunks(db, monkeypatch):
    folder = db.parent / "backups"
    _keep(monkeypatch, last=1, days=1)
    day = datetime(2026, 4, 1, 12, tzinfo=timezone.utc)
    first = _backup(db, now=day)
    _change(db, ["n00042"], "changed")
    with Store.open(db, user="tester") as store:
        last = backup_mod.backup_connection(store.db.conn, db, None, folder, now=day + timedelta(days=5),
                                            prune=False)
    backup_mod.prune_backups(folder, now=day + timedelta(days=5))
    assert [b.name for b in list_backups(folder)] == [last.name] and not first.path.exists()
    assert {p.name for p in chunks.chunk_dir(folder).iterdir()} == set(json.loads(last.path.read_text())["chunks"])


KILLER = r"""
import sys
from pathlib import Path
from briefer.store import Store
from briefer.store.wholefile.backup import create_backup
db = Path(sys.argv[1])
n = 0
print("READY", flush=True)
while True:
    n += 1
    with Store.open(db, user="killed") as store:
        with store.db.conn as conn:
            conn.execute("UPDATE notes SET body = ? WHERE id = ?", (f"kill round {n}", f"n{(n * 397) % 4000:05d}"))
            conn.execute("INSERT INTO notes (id, revision, created_at, updated_at, body) VALUES (?, 1, '', '', ?)",
                         (f"k{n}-{id(store)}", "x" * 4000 * (n % 7)))
        create_backup(store, "manual")
"""


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_a_kill_in_the_middle_leaves_no_backup_naming_a_missing_chunk(db, tmp_path):
    from briefer.store.wholefile.strays import remove_strays

    script = tmp_path / "killer.py"
    script.write_text(KILLER)
    rng = random.Random(19)
    folder = db.parent / "backups"
    for _round in range(6):
        proc = subprocess.Popen([sys.executable, str(script), str(db)], cwd=ROOT, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": child_pythonpath(ROOT)})
        try:
            assert proc.stdout.readline().strip() == b"READY"
            time.sleep(rng.uniform(0.3, 2.5))
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            proc.stdout.close()
            proc.stderr.close()
        assert proc.returncode == -signal.SIGKILL
        for chunk in chunks.chunk_dir(folder).glob("[0-9a-f]" * 2 + "*"):  # a chunk under its id is whole
            assert hashlib.sha256(zlib.decompress(chunk.read_bytes())).hexdigest() == chunk.name
        for b in list_backups(folder):  # every named backup is whole: every chunk there and intact
            assert backup_mod.verify_backup(b, None), b.name
        with Store.open(db, user="tester") as store:  # the next backup reuses whatever the killed one left
            create_backup(store, "manual")
    remove_strays(db, folder)
    assert not list(folder.glob(".partial-*")) and not list(chunks.chunk_dir(folder).glob(".partial-*"))
    assert all(backup_mod.verify_backup(b, None) for b in list_backups(folder))
    newest = list_backups(folder)[0]
    rows = _rows(db)
    _change(db, ["n00003"], "after")
    restore_backup(db, newest.name, None)
    assert _rows(db) == rows


def _grep(folder: Path, text: str) -> list[Path]:
    needle = text.encode()
    return [p for p in folder.rglob("*") if p.is_file() and (needle in p.read_bytes()
            or (p.parent.name == chunks.CHUNKS and not p.name.startswith(".") and needle in _inflate(p)))]


def _inflate(path: Path) -> bytes:
    try:
        return zlib.decompress(path.read_bytes())
    except zlib.error:
        return b""


def test_encrypted_databases_keep_no_plaintext_and_restore_with_their_passphrase(db):
    folder = db.parent / "backups"
    plain_backup = _backup(db)
    assert plain_backup.chunked and _grep(folder, MARK)  # plain backups hold the text (compressed)
    rows_then = _rows(db)

    result = encrypt(db, PASS, backup_dir=folder)
    assert plain_backup.name in result.backups_converted
    assert _grep(folder, MARK) == []  # the plain chunks are gone, the backup is an encrypted whole copy
    assert not list(chunks.chunk_dir(folder).iterdir())
    (converted,) = list_backups(folder)
    assert converted.path.suffix == ".sqlite" and converted.path.stem == plain_backup.path.stem

    _change(db, ["nmark"], MARK + " (gewijzigd)", passphrase=PASS)
    enc = _backup(db, passphrase=PASS)
    assert enc.chunked and _grep(folder, MARK) == []  # incremental again, its chunks encrypted
    restore_backup(db, converted.name, PASS)
    assert _rows(db, PASS) == rows_then
    assert _grep(db.parent, MARK) == []


def test_whole_backups_of_earlier_versions_are_listed_restored_and_rotated_beside_incremental_ones(db, monkeypatch):
    folder = db.parent / "backups"
    day = datetime(2026, 5, 1, 9, tzinfo=timezone.utc)
    monkeypatch.setattr(backup_mod, "INCREMENTAL", False)
    old = _backup(db, now=day)
    old_rows = _rows(db)
    monkeypatch.setattr(backup_mod, "INCREMENTAL", True)
    _change(db, ["n00077"], "after the old backup")
    new = _backup(db, now=day + timedelta(days=1))
    assert [(b.name, b.chunked) for b in list_backups(folder)] == [(new.name, True), (old.name, False)]
    assert old.path.read_bytes().startswith(b"SQLite format 3")
    restore_backup(db, old.name, None)
    assert _rows(db) == old_rows
    doomed = prune_backups(folder, now=day + timedelta(days=60))  # both outside the 14 days; 10 newest kept
    assert doomed == []
    _keep(monkeypatch, last=1, days=14)
    doomed = prune_backups(folder, now=day + timedelta(days=60))
    assert old.name in [b.name for b in doomed] and not old.path.exists()


def test_the_backups_command_shows_the_space_on_disk_of_all_backups(db, capsys):
    _backup(db)
    _change(db, ["n00123"], "listed")
    code = main(["--data-dir", str(db.parent), "backup"])
    out = capsys.readouterr().out
    assert code == 0 and "new on disk" in out
    code = main(["--data-dir", str(db.parent), "backups"])
    out = capsys.readouterr().out
    total = chunks.disk_usage(db.parent / "backups")
    assert code == 0 and "2 backups, " in out and f"{total / 1048576:.1f} MB on disk" in out
