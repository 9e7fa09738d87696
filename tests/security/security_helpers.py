"""Helpers and constants for the security tests (fixtures are in conftest.py)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import subprocess
import sys
from pathlib import Path

SECRET = "Zwartepietkonijn"  # a word that must never appear in clear in an encrypted data dir

CONF_ID = "11111111-1111-4111-8111-111111111111"
P_MIN = "22222222-2222-4222-8222-222222222222"
P_OTHER = "33333333-3333-4333-8333-333333333333"
ROOM = "44444444-4444-4444-8444-444444444444"
MEETING = "55555555-5555-4555-8555-555555555555"
SESSION = "66666666-6666-4666-8666-666666666666"


def mini_demo_records() -> dict[str, list[dict]]:
    return {
        "conference": [{
            "id": CONF_ID, "name": "Mini conference", "start_date": "2019-06-19", "end_date": "2019-06-20",
            "city": "Noordwijk", "timezone": "Europe/Amsterdam", "demo": True,
        }],
        "countries": [{"iso3": "NLD"}, {"iso3": "IND"}],
        "rooms": [{"id": ROOM, "name": "Room A", "suitable_for_bilaterals": True}],
        "people": [
            {"id": P_MIN, "given_name": "Bruno", "family_name": "Bruins", "country": "NLD", "position": "Minister",
             "principal_title": "Minister for Medical Care"},  # a principal: packs are printed for him
            {"id": P_OTHER, "given_name": "Asha", "family_name": "Verma", "country": "IND", "position": "Secretary"},
        ],
        "sessions": [{
            "id": SESSION, "start": "2019-06-19T07:00:00Z", "end": "2019-06-19T08:00:00Z",
            "title": "Opening plenary", "room_id": ROOM,
        }],
        "meetings": [{
            "id": MEETING, "start": "2019-06-19T09:00:00Z", "end": "2019-06-19T09:30:00Z",
            "principal_id": P_MIN, "counterpart_country": "IND", "counterpart_ids": [P_OTHER], "room_id": ROOM,
        }],
        "country_briefs": [{"country": "IND", "summary": f"Brief text {SECRET} for India"}],
        "notes": [{"meeting_id": MEETING, "author": "Tester", "body": f"Minutes mention {SECRET} twice {SECRET}"}],
    }


def write_demo(folder: Path, records: dict[str, list[dict]] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for table, rows in (records or mini_demo_records()).items():
        (folder / f"{table}.json").write_text(json.dumps(rows), encoding="utf-8")
    return folder


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def files_containing(folder: Path, needle: str) -> list[Path]:
    """Every file under ``folder`` whose bytes contain ``needle`` (UTF-8 or UTF-16)."""
    hits = []
    patterns = [needle.encode("utf-8"), needle.encode("utf-16-le")]
    for f in folder.rglob("*"):
        if f.is_file() and any(p in f.read_bytes() for p in patterns):
            hits.append(f)
    return hits


def scribble_over_pages_holding(path: Path, marker: bytes) -> int:
    """Overwrite the start of every page (never page 1, the schema's) that holds ``marker``, as a bad sector
    would; returns how many. The start: a b-tree page's header and cell pointers are there, so any read of
    the page fails (its free space may be anywhere else)."""
    data = bytearray(path.read_bytes())
    page = 4096
    hit = 0
    for p in range(1, len(data) // page):
        if marker in data[p * page:(p + 1) * page]:
            data[p * page:p * page + 400] = b"\xff" * 400
            hit += 1
    path.write_bytes(bytes(data))
    return hit


# An older Briefer filling the database (before the lock file, its fill held the file with SQLite's exclusive locking
# mode), or a database tool that does so: Briefer cannot read the file at all — it is locked, not damaged.
_LOCKING_PROGRAM = """
import sys, sqlcipher3
conn = sqlcipher3.connect(sys.argv[1])
if len(sys.argv) > 2:
    conn.execute("PRAGMA key = '" + sys.argv[2].replace("'", "''") + "'")
conn.execute("PRAGMA locking_mode = EXCLUSIVE")
conn.execute("BEGIN EXCLUSIVE")
conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
print("ready", flush=True)
sys.stdin.read()  # holds the file until the test is done
conn.rollback()
"""


@contextlib.contextmanager
def held_locked(database: Path, passphrase: str | None = None):
    """Another process holding ``database`` (keyed with ``passphrase``) in SQLite's exclusive locking mode
    for the length of the block."""
    other = subprocess.Popen([sys.executable, "-c", _LOCKING_PROGRAM, str(database), *([passphrase] if passphrase else [])],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout.readline().strip() == "ready"
        yield
    finally:
        other.stdin.close()
        other.wait(timeout=30)
