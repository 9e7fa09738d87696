"""Operations on the database as a whole file, and the one rule that keeps them safe.

Restoring a backup, filling an empty store from an archive, encrypting,
decrypting, changing the passphrase and creating a new database all put a
*new file* at the database's path. A process that still has the old file open
would keep writing into a file nobody will read again — acknowledged saves,
lost. SQLite's own locks cannot prevent that in WAL mode (readers of the
``-shm`` ignore ``locking_mode=EXCLUSIVE``), so Briefer adds one OS lock of its
own on a lock file beside the database (:mod:`.hold`):

* every ordinary open (a command, the desktop app, a store) holds it SHARED for
  as long as the store is open;
* every whole-file operation holds it EXCLUSIVE, so it runs only when nobody
  has the database open, and nobody can open it until the new file is in place.

The operations themselves live here too, so that one rule covers them all:
:mod:`.backup` (backups and restore), :mod:`.fresh` (an empty store filled through
a copy), :mod:`.crypto` (encrypt, decrypt, passphrase), :mod:`.opening` (creation,
the checks before an open) and :mod:`.swap` (the atomic rename they all end with).
Also here: what a killed whole-file operation leaves behind and how the next
open finds and removes it (:mod:`.strays`), and the journal that lets a killed
``encrypt``/``passphrase``/``decrypt`` be finished (:mod:`.journal`).

This package sits *below* the store: it builds on ``store/db.py`` (opening a file,
keys, checks) and ``store/migrations.py`` only, never on ``Store`` or the
repositories — the store calls down into it (``Store.open`` → :mod:`.opening`), and
so does an importer with an open store (:func:`.fresh.fresh_file` makes the store
on the copy with ``type(store)``). tests/test_architecture.py keeps it that way.
"""
