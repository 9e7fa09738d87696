"""A writer process for the crash test: imports and note saves until it is killed.

Usage: python crash_writer.py DB LOG SEED [PASSPHRASE]

Every write that *reported success* is logged to LOG (appended and flushed
after the commit returned), so the parent can check, after SIGKILL, that the
database holds each one:

    IMPORT <batch> <n>   a whole import of n notes (one transaction) committed
    SAVED <id>           one note save committed
"""

from __future__ import annotations

import os
import random
import sys
from datetime import datetime, timezone

from briefer.model import Note
from briefer.store import Store

IMPORT_SIZE = 400


def main() -> None:
    db, log, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
    passphrase = sys.argv[4] if len(sys.argv) > 4 else None
    rng = random.Random(seed)
    fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)

    def report(line: str) -> None:
        os.write(fd, (line + "\n").encode())

    store = Store.open(db, passphrase=passphrase, user="crash")
    report("READY")
    batch = 0
    while True:
        batch += 1
        name = f"{seed}-{batch}"
        now = datetime.now(timezone.utc)
        with store.write():  # a large import: whole or nothing
            for i in range(IMPORT_SIZE):
                store.notes.put(Note(author=f"import-{name}", body=f"imported {i} " + "x" * rng.randint(10, 400),
                                     revision=1, created_at=now, updated_at=now))
        report(f"IMPORT {name} {IMPORT_SIZE}")
        for _ in range(rng.randint(20, 60)):  # a burst of autosaves
            note = store.notes.add(Note(author="burst", body="saved " + "y" * rng.randint(1, 2000)))
            if rng.random() < 0.5:
                note = store.notes.update(note.evolve(body=note.body + " edited"))
            report(f"SAVED {note.id} {note.revision}")


if __name__ == "__main__":
    main()
