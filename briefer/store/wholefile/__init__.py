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

Also here: what a killed whole-file operation leaves behind and how the next
open finds and removes it (:mod:`.strays`), and the journal that lets a killed
``encrypt``/``passphrase``/``decrypt`` be finished (:mod:`.journal`).
"""
