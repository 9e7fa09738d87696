"""Filling an EMPTY store in bulk through a new file beside it, swapped in at the end.

Restoring a whole archive into an empty store writes ~700 MB. Through the
store's own connection all of it goes to the WAL (``synchronous=FULL``) and
is copied into the file again by the checkpoint at commit: measured 28–31 s
against 19–21 s for the same import into a file without a WAL
(benchmarks/README.md, Exchange). So :func:`fresh_file` lets the importer
write into a copy of the empty database — rollback journal in memory, no
fsync per commit — and then puts the copy in place of the original:

* all or nothing: the original is never written. On any error the copy is
  deleted; a process killed half-way (SIGKILL, power loss) leaves the
  original as it was, plus a stray ``.briefer-fill-<name>-*.sqlite`` that the
  next bulk fill of that database deletes.
* crash safety of the result: the copy is flushed to disk (``fsync``) before
  it is renamed over the original (``os.replace``, atomic), and the folder is
  flushed after — at every instant the database path holds either the whole
  empty store or the whole filled one (briefer/store/wholefile/swap.py).
* nobody else may have the file open, or they would keep writing to the old
  one. The store's connection is closed and its shared hold turned into an
  exclusive one (briefer/store/wholefile/hold.py); if another window or
  command holds the file (or a connection outside Briefer keeps its WAL),
  :func:`fresh_file` yields None — the caller then writes through the store as
  usual. While the copy is filled the exclusive hold keeps everyone else out:
  they wait, or refuse with one line, and open the filled file afterwards.
* encryption: the copy is a byte copy of the keyed file and is opened with the
  same key; nothing is ever written in clear.

Afterwards the store is connected to the new file (same path, same key).
"""

from __future__ import annotations

import contextlib
import glob
import shutil
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from sqlite_utils import Database

from briefer.errors import StoreError
from briefer.store.db import open_keyed
from briefer.store.wholefile.dbfiles import remove_database, side_file
from briefer.store.wholefile.swap import copy_db_file, replace_database
from briefer.store.wholefile.hold import EXCLUSIVE, Hold
from briefer.store.wholefile.opening import open_checked

if TYPE_CHECKING:
    from briefer.store.store import Store

PREFIX = ".briefer-fill-"


def _reconnect(store: "Store") -> None:
    store.reconnect(open_checked(store.path, store.passphrase, readonly_check=False, backup_dir=store.backup_dir))


def _identity(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


@contextlib.contextmanager
def fresh_file(store: "Store") -> Iterator["Store | None"]:
    """A store on a copy of the EMPTY ``store``'s file, to fill in one transaction; swapped in on success.

    Yields None (and changes nothing) when the fast way is not possible: an
    in-memory store, a transaction already open, writes blocked, or another
    connection has the file open. The caller checks that ``store`` is empty.

    The store on the copy is made by ``type(store)``: this package sits below the store
    and never imports it (tests/test_architecture.py), the store calls down into it.
    """
    path = store.path
    conn = store.db.conn
    if path is None or conn.in_transaction or not store.writable:
        yield None
        return
    store.db.close()  # the last connection to close checkpoints and removes the WAL
    before = _identity(path)  # still under our shared hold: nobody has replaced the file since we checked it
    hold = store.hold or Hold(path)
    # Alone with the file, or not at all: anyone else holding it (another window, a command saving
    # notes, a second restore) keeps its shared hold, so the import goes through the WAL instead.
    alone = hold.try_acquire(EXCLUSIVE, 0)
    if alone and (side_file(path, "-wal").exists()  # a connection outside Briefer's holds
                  or _identity(path) != before):  # another fill got in while ours let go: not empty now
        alone = False
    if not alone:
        _back_to_shared(store, hold)
        yield None
        return
    hold.announce("restoring")
    # named after the database, so that a fill of another database in the same folder is left alone
    tmp = path.parent / f"{PREFIX}{path.name}-{uuid.uuid4().hex}.sqlite"
    fresh = None
    try:
        for stray in path.parent.glob(f"{glob.escape(PREFIX + path.name)}-*.sqlite"):  # left by a killed fill
            remove_database(stray)
        copy_db_file(path, tmp)
        shutil.copymode(path, tmp)  # the database's permissions (e.g. owner only) carry over
        fconn = open_keyed(tmp, store.passphrase)
        fresh = type(store)(Database(fconn), tmp, user=store.user, passphrase=store.passphrase,
                              backup_dir=store.backup_dir)
        fresh.filling_new_file = True
        fconn.execute("PRAGMA temp_store = MEMORY")
        fconn.execute("PRAGMA foreign_keys = ON")
        # The copy is ours alone and is thrown away on failure: a rollback journal in memory (a failed
        # statement still rolls back) and no fsync until the end.
        mode = fconn.execute("PRAGMA journal_mode = MEMORY").fetchone()[0]
        if str(mode).lower() != "memory":
            raise StoreError(f"cannot prepare the new database file (journal mode {mode})", file=str(tmp))
        fconn.execute("PRAGMA synchronous = OFF")
        yield fresh
        fresh.close()
        fresh = None
        replace_database(tmp, path, store.passphrase, checked=True)  # fsync, rename, fsync the folder
    except BaseException:
        if fresh is not None:
            fresh.close()
        remove_database(tmp)
        raise
    finally:
        _back_to_shared(store, hold)


def _back_to_shared(store: "Store", hold: Hold) -> None:
    """Reconnect ``store`` under its shared hold again (a hold made only for the fill is let go)."""
    if store.hold is None:
        hold.release()
    else:
        hold.share()  # may wait for (or refuse during) another process's whole-file operation
    _reconnect(store)
