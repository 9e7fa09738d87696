"""Loading the bundled demo conference into an empty store.

The demo lives in ``resources/demo/`` as JSON, one file per record kind,
validated by the models on load. Ids are fixed UUIDs, so loading is
idempotent and tests and screenshots can name demo records. Everything is
written in one transaction: the demo loads whole or not at all.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from briefer import json_limits
from briefer.errors import BrieferError, ImportFailed, Refused
from briefer.resources import resource_path
from briefer.store import SPECS, Store
from briefer.store.repository import validate

DEMO_DIR = ("demo",)
#: The load order respects references (people before meetings, meetings before notes…).
LOAD_ORDER = tuple(s.table for s in SPECS)


@dataclass(frozen=True)
class DemoResult:
    loaded: bool
    counts: dict[str, int]
    message: str


def demo_dir() -> Path:
    try:
        return resource_path(*DEMO_DIR)
    except FileNotFoundError as exc:
        raise ImportFailed(f"the bundled demo data is missing ({exc})") from None


def read_demo(folder: Path | None = None) -> dict[str, list[dict]]:
    """The demo records per table, as raw dicts (validated when stored)."""
    folder = folder or demo_dir()
    out: dict[str, list[dict]] = {}
    for table in LOAD_ORDER:
        f = folder / f"{table}.json"
        if not f.exists():
            out[table] = []
            continue
        try:
            raw = f.read_bytes()
            raw.decode("utf-8")
            data = json_limits.loads(raw)
        except json_limits.TooComplex as exc:
            raise ImportFailed(f"cannot read demo data ({exc})", file=str(f)) from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ImportFailed(f"cannot read demo data ({exc})", file=str(f)) from None
        rows = data if isinstance(data, list) else [data]
        if not all(isinstance(r, dict) for r in rows):
            raise ImportFailed("demo data must be a list of JSON objects", file=str(f))
        out[table] = rows
    return out


def demo_name(folder: Path | None = None) -> tuple[str, str, str]:
    """The demo conference's name, city and year, from its data (the welcome screen offers it by
    them); empty strings when the demo data cannot be read — the screen then names no conference."""
    try:
        f = (folder or demo_dir()) / "conference.json"
        rows = json_limits.loads(f.read_bytes())
        conf = (rows if isinstance(rows, list) else [rows])[0]
        return str(conf.get("name", "")), str(conf.get("city", "")), str(conf.get("start_date", ""))[:4]
    except (BrieferError, OSError, ValueError, IndexError, AttributeError, json_limits.TooComplex):
        return "", "", ""


def demo_conference_id(folder: Path | None = None) -> str | None:
    confs = read_demo(folder).get("conference") or []
    return confs[0].get("id") if confs else None


def load_demo(store: Store, folder: Path | None = None) -> DemoResult:
    """Load the demo into ``store``; a no-op when it is already there, refused over other data."""
    folder = folder or demo_dir()
    data = read_demo(folder)
    conf = store.conference()
    demo_id = (data.get("conference") or [{}])[0].get("id")
    if conf is not None and conf.id == demo_id:
        return DemoResult(False, store.counts(), "the demo conference is already loaded")
    if not store.is_empty():
        what = f"the conference '{conf.name}'" if conf else "other data"
        raise Refused(
            f"this database already holds {what}; the demo is only loaded into an empty database "
            "(use 'briefer demo --force' to set the current database aside and start a new one with the demo)",
            file=str(store.path) if store.path else None,
        )
    now = datetime.now(timezone.utc)
    with store.write():
        for table in LOAD_ORDER:
            repo = store.repo_for_table(table)
            for raw in data.get(table, []):
                raw = {"revision": 1, "created_at": now, "updated_at": now, **raw}
                try:
                    content = None
                    if table == "attachments":
                        content = _attachment_bytes(folder, raw)
                        raw["size"] = len(content)
                        raw["sha256"] = hashlib.sha256(content).hexdigest()
                    obj = validate(repo.model, raw, raw.get("id"))
                    repo.put(obj, action="demo")
                    if content is not None:
                        store.set_attachment_content(obj.id, content)
                except BrieferError as exc:
                    # name the demo file too, so a broken build points at the file to fix
                    if exc.file is None:
                        exc.file = str(folder / f"{table}.json")
                    raise
    loaded = store.conference()
    name = f" '{loaded.name}'" if loaded else ""
    return DemoResult(True, store.counts(), f"the demo conference{name} was loaded")


def _attachment_bytes(folder: Path, raw: dict) -> bytes:
    name = str(raw.get("filename") or "")
    if not name or Path(name).name != name:
        raise ImportFailed(f"a demo attachment needs a plain file name, not {name!r}",
                           record=f"attachment {raw.get('id')}", field="filename")
    f = folder / "attachments" / name
    try:
        return f.read_bytes()
    except OSError as exc:
        raise ImportFailed(f"demo attachment missing ({exc.strerror})", file=str(f)) from None


def set_aside(path: Path) -> Path | None:
    """Move an existing database (and its WAL files) aside so a new one can start; returns the new name."""
    from briefer.store.wholefile.dbfiles import database_files
    from briefer.store.wholefile.hold import exclusive

    if not path.exists():
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}-before-demo-{stamp}{path.suffix}")
    # A whole-file operation: nobody may have the file open while it moves (see briefer/store/wholefile/).
    with exclusive(path, "setting aside"):
        for src, dst in zip(database_files(path), database_files(target)):
            if src.exists():
                shutil.move(src, dst)
    return target


__all__ = ["DemoResult", "load_demo", "read_demo", "set_aside", "demo_dir"]
