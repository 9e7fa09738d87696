"""The exchange bundle: a zip another laptop (or another tool) can read — see docs/bundle-format.md.

Writing gathers records, tombstones and open conflict copies with their
version names and ancestry; reading checks everything (zip, format version,
SHA-256 of every member, JSON, each record's validation) before the merge
touches the database, and refuses the whole bundle with a message that names
the member and the record.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable

from pydantic import AwareDatetime, TypeAdapter, ValidationError

from briefer import __version__, json_limits
from briefer.collector import paused
from briefer.errors import ImportFailed
from briefer.files import open_input, write_atomic
from briefer.model.base import Record, utcnow
from briefer.store import SPECS, Store
from briefer.exchange.legacy_topics import LegacyTopics
from briefer.store.exchange import VERSION_DIGITS, ExchangeState, Tombstone, canonical_json, record_json
from briefer.store.repository import stored_timestamp, invalid_record

FORMAT = "briefer-bundle"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
TOMBSTONES = "tombstones.jsonl"
CONFLICTS = "conflicts.jsonl"
SUFFIX = ".briefer"
#: Deflate level: 1 is ~3x faster than the default 6 and only ~10 % larger on note text.
COMPRESSLEVEL = 1
#: What ``--only notes`` carries: what advisors write during and after meetings.
NOTES_TABLES = ("notes", "outcomes", "actions")
ALL_TABLES = tuple(s.table for s in SPECS)
MODEL_BY_TABLE = {s.table: s.model for s in SPECS}


def records_member(table: str) -> str:
    return f"records/{table}.jsonl"


def attachment_member(attachment_id: str) -> str:
    return f"attachments/{attachment_id}"


@dataclass(frozen=True)
class Incoming:
    """One record version from a bundle, with the versions it supersedes."""

    obj: Record
    version: str
    ancestors: frozenset[str]
    #: the record's canonical JSON (what ``version`` hashes), reused for its revision row
    text: str = field(default="", compare=False, repr=False)


@dataclass(frozen=True)
class IncomingTombstone:
    tombstone: Tombstone
    ancestors: frozenset[str]


@dataclass(frozen=True)
class IncomingCopy:
    table: str
    record_id: str
    incoming: Incoming
    source_install: str


@dataclass
class Bundle:
    manifest: dict
    records: dict[str, list[Incoming]] = field(default_factory=dict)
    tombstones: dict[str, list[IncomingTombstone]] = field(default_factory=dict)
    conflicts: dict[str, list[IncomingCopy]] = field(default_factory=dict)
    attachments: dict[str, bytes] = field(default_factory=dict)

    @property
    def source_install(self) -> str:
        return str(self.manifest.get("source_install", ""))


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    counts: dict[str, int]
    tombstones: int
    conflicts: int
    attachments: int
    size: int


# ---------------------------------------------------------------------- writing
def _line(data: dict) -> bytes:
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def export_bundle(store: Store, path: Path, *, since: datetime | None = None, only: str = "all") -> ExportSummary:
    """Write a bundle of the store (or what changed since ``since``) to ``path``, atomically.

    Python's cycle collector is paused meanwhile (see briefer/collector.py)."""
    with paused():
        return _export_bundle(store, path, since=since, only=only)


def _export_bundle(store: Store, path: Path, *, since: datetime | None, only: str) -> ExportSummary:
    if only not in ("all", "notes"):
        raise ValueError(f"unknown scope {only!r}; use notes or all")
    tables = NOTES_TABLES if only == "notes" else ALL_TABLES
    state = ExchangeState(store)
    members: dict[str, bytes] = {}
    counts: dict[str, int] = {}
    n_tomb = n_conf = 0
    tomb_lines: list[bytes] = []
    conf_lines: list[bytes] = []
    attachment_ids: list[str] = []
    for table in tables:
        recs = state.records(table, since=since)
        tombs = state.tombstones(table, since=since)
        copies = state.conflicts(table=table)
        known = state.known_versions(table, None if since is None else [r.id for r in recs] + list(tombs))
        lines = []
        for obj in recs:
            # the canonical JSON is both what the version hashes and what the line carries
            data = record_json(obj)
            v = hashlib.sha256(data).hexdigest()[:VERSION_DIGITS]
            anc = json.dumps(sorted(known.get(obj.id, set()) - {v}))
            lines.append(b"".join((f'{{"version":"{v}","ancestors":{anc},"data":'.encode("utf-8"), data, b"}\n")))
            if table == "attachments":
                attachment_ids.append(obj.id)
        if lines:
            members[records_member(table)] = b"".join(lines)
        counts[table] = len(lines)
        for t in tombs.values():
            tomb_lines.append(_line({
                "table": table, "id": t.record_id, "revision": t.revision, "deleted_at": t.deleted_at,
                "deleted_by": t.deleted_by, "ancestors": sorted(known.get(t.record_id, set())),
            }))
        for c in copies:
            conf_lines.append(_line({
                "table": table, "id": c.record_id, "version": c.version, "ancestors": sorted(c.ancestors),
                "source_install": c.source_install, "data": c.data,
            }))
        n_tomb += len(tombs)
        n_conf += len(copies)
    if tomb_lines:
        members[TOMBSTONES] = b"".join(tomb_lines)
    if conf_lines:
        members[CONFLICTS] = b"".join(conf_lines)
    for aid in attachment_ids:
        members[attachment_member(aid)] = store.attachment_content(aid)
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "source_install": store.install_id(),
        "created_at": stored_timestamp(utcnow()),
        "scope": {"only": only, "since": stored_timestamp(since) if since else None},
        "counts": {**counts, "tombstones": n_tomb, "conflicts": n_conf, "attachments": len(attachment_ids)},
        "members": {
            name: {"sha256": hashlib.sha256(content).hexdigest(), "size": len(content)}
            for name, content in members.items()
        },
    }

    def write(fh) -> None:
        with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=COMPRESSLEVEL) as zf:
            zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
            for name, content in members.items():
                # attachments are PDFs, already compressed
                zf.writestr(name, content,
                            compress_type=zipfile.ZIP_STORED if name.startswith("attachments/") else None)

    write_atomic(path, write)
    return ExportSummary(path, counts, n_tomb, n_conf, len(attachment_ids), path.stat().st_size)


# ---------------------------------------------------------------------- reading
def _fail(path: Path, message: str, member: str | None = None, record: str | None = None,
          fieldname: str | None = None) -> ImportFailed:
    where = member if record is None else f"{member}: {record}"
    return ImportFailed(message + "; nothing was imported", file=str(path), record=where, field=fieldname)


# Limits, all checked on the zip's directory before anything is decompressed, so a forged bundle
# (a "zip bomb": a megabyte that inflates to gigabytes) never fills memory.
#: No member of a bundle may be larger than this uncompressed (a full archive of 50,000 notes is ~100 MB).
MAX_MEMBER_BYTES = 2 * 1024**3
#: ... nor all members together (the whole bundle is held in memory while it is checked).
MAX_TOTAL_BYTES = 2 * 1024**3
#: Members: one per table (15) and one per attachment.
MAX_MEMBERS = 100_000
#: Deflate shrinks record JSON 2-6 times; a member inflating more than this is forged.
MAX_RATIO = 100
#: ... counted only for members above this size (a small member may compress well and harms nothing).
RATIO_FROM_BYTES = 1024**2


def read_bundle(path: Path, on_record: Callable[[str, Record], None] | None = None) -> Bundle:
    """Open and check a bundle completely; refuse it whole on the first problem.

    ``on_record(table, record)`` sees each record as soon as it is read and
    validated (a restore starts indexing notes while the rest is still read).
    """
    path = Path(path)
    try:
        fh = open_input(path, error=ImportFailed)
    except ImportFailed as exc:
        raise _fail(path, exc.message) from None
    try:
        zf = zipfile.ZipFile(fh)
    except _UNREADABLE:
        fh.close()
        raise _fail(path, "not a Briefer bundle (not a zip file, or a damaged one)") from None
    with fh, zf:
        _check_directory(path, zf, os.fstat(fh.fileno()).st_size)
        names, prefix = _member_names(zf)
        if MANIFEST not in names:
            raise _fail(path, f"not a Briefer bundle (no {MANIFEST})")
        if prefix:
            zf = _Prefixed(zf, prefix)
        manifest = _json_member(path, zf, MANIFEST)
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise _fail(path, f"not a Briefer bundle (format is not {FORMAT!r})", MANIFEST)
        version = manifest.get("format_version")
        if version != FORMAT_VERSION:
            raise _fail(path, f"bundle format version {version!r} is not supported (this Briefer reads version "
                        f"{FORMAT_VERSION})", MANIFEST)
        listed = manifest.get("members")
        if not isinstance(listed, dict):
            raise _fail(path, "the manifest lists no members", MANIFEST)
        extra = names - set(listed) - {MANIFEST}
        if extra:
            raise _fail(path, "member not listed in the manifest", sorted(extra)[0])
        contents: dict[str, bytes] = {}
        for name, info in listed.items():
            if name not in names:
                raise _fail(path, "member listed in the manifest is missing", name)
            # the size each member may inflate to is checked against the manifest and the limits first
            declared = zf.getinfo(name).file_size
            listed_size = info.get("size") if isinstance(info, dict) else None
            if declared != listed_size or declared > MAX_MEMBER_BYTES:
                raise _fail(path, "member size does not match the manifest (the bundle is damaged or was altered)",
                            name)
            content = _read_member(path, zf, name)
            if not isinstance(info, dict) or hashlib.sha256(content).hexdigest() != info.get("sha256"):
                raise _fail(path, "checksum mismatch (the bundle is damaged or was altered)", name)
            contents[name] = content
    bundle = Bundle(manifest)
    legacy = LegacyTopics()
    for table in ALL_TABLES:
        name = records_member(table)
        if name in contents:
            # each member's bytes are let go once read: a full archive's notes are ~100 MB of JSON
            incoming = bundle.records[table] = []
            for lineno, item in _jsonl(path, name, contents.pop(name)):
                inc = _incoming(path, name, table, item, lineno, legacy)
                incoming.append(inc)
                if on_record is not None:
                    on_record(table, inc.obj)
    _legacy_records(path, bundle, legacy, on_record)
    if TOMBSTONES in contents:
        for lineno, item in _jsonl(path, TOMBSTONES, contents[TOMBSTONES]):
            t = _tombstone(path, item, lineno)
            bundle.tombstones.setdefault(t.tombstone.table, []).append(t)
    if CONFLICTS in contents:
        for lineno, item in _jsonl(path, CONFLICTS, contents[CONFLICTS]):
            table = item.get("table")
            if not isinstance(table, str) or table not in MODEL_BY_TABLE:
                raise _fail(path, f"unknown table {_clip(table)}", CONFLICTS, f"line {lineno}", "table")
            inc = _incoming(path, CONFLICTS, table, item, lineno)
            bundle.conflicts.setdefault(table, []).append(
                IncomingCopy(table, inc.obj.id, inc, str(item.get("source_install", ""))))
    for inc in bundle.records.get("attachments", []):
        name = attachment_member(inc.obj.id)
        if name not in contents:
            raise _fail(path, "attachment content is missing", name, f"attachment {inc.obj.id}")
        bundle.attachments[inc.obj.id] = contents[name]
    return bundle


#: What file managers add when they zip a folder (Finder's resource forks, Explorer's and
#: Finder's view settings): not part of the bundle, never read.
_LITTER = ("__MACOSX/", ".DS_Store", "Thumbs.db", "desktop.ini")


def _is_litter(name: str) -> bool:
    base = name.rstrip("/").rsplit("/", 1)[-1]
    return name.startswith("__MACOSX/") or "/__MACOSX/" in name or base in _LITTER or base.startswith("._")


def _member_names(zf: zipfile.ZipFile) -> tuple[set[str], str]:
    """The bundle's member names, as a re-zipped bundle holds them too.

    A bundle unpacked and zipped again by Explorer, Finder, 7-Zip or ``zip -r`` gains
    directory entries (``records/``), the file manager's litter, and — when the folder
    itself was zipped — one folder in front of every name. None of that is content:
    directories and litter are passed over, and the one top folder is taken off.
    """
    names = {n for n in zf.namelist() if not n.endswith("/") and not _is_litter(n)}
    if MANIFEST in names:
        return names, ""
    tops = {n.split("/", 1)[0] for n in names}
    if len(tops) == 1 and all("/" in n for n in names):
        prefix = tops.pop() + "/"
        if prefix + MANIFEST in names:
            return {n[len(prefix):] for n in names}, prefix
    return names, ""


class _Prefixed:
    """A zip whose members all sit in one folder, read by their names inside it."""

    def __init__(self, zf: zipfile.ZipFile, prefix: str):
        self._zf, self._prefix = zf, prefix

    def getinfo(self, name: str):
        return self._zf.getinfo(self._prefix + name)

    def read(self, name: str) -> bytes:
        return self._zf.read(self._prefix + name)

    def open(self, name: str, *args, **kwargs):
        return self._zf.open(self._prefix + name, *args, **kwargs)


_BOM = b"\xef\xbb\xbf"


#: What a damaged or hostile zip member can raise while it is read (zlib's error is none of the others).
_UNREADABLE = (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, NotImplementedError, RuntimeError)


def _check_directory(path: Path, zf: zipfile.ZipFile, file_size: int) -> None:
    """Refuse a bundle whose zip directory promises more than a real bundle can hold.

    The directory says how large each member becomes; zipfile never inflates a
    member beyond that, so these checks bound memory before any member is read.
    Compressed sizes adding up to more than the file mean members that share
    their bytes (a known zip-bomb trick).
    """
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise _fail(path, f"too many members ({len(infos):,}; a bundle holds at most {MAX_MEMBERS:,})")
    seen: set[str] = set()
    total = packed = 0
    for info in infos:
        if info.filename in seen:
            raise _fail(path, "member appears twice (the bundle is damaged or was altered)", info.filename)
        seen.add(info.filename)
        if info.file_size > MAX_MEMBER_BYTES:
            raise _fail(path, f"member is too large uncompressed ({info.file_size:,} bytes; at most "
                        f"{MAX_MEMBER_BYTES:,})", info.filename)
        if info.file_size > RATIO_FROM_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _fail(path, f"member inflates {info.file_size // max(info.compress_size, 1):,} times (at most "
                        f"{MAX_RATIO}; the bundle is damaged or was forged)", info.filename)
        total += info.file_size
        packed += info.compress_size
    if total > MAX_TOTAL_BYTES:
        raise _fail(path, f"the members are too large together ({total:,} bytes uncompressed; at most "
                    f"{MAX_TOTAL_BYTES:,})")
    if packed > file_size:
        raise _fail(path, "members overlap in the file (the bundle is damaged or was forged)")


def _read_member(path: Path, zf: zipfile.ZipFile, name: str) -> bytes:
    try:
        return zf.read(name)
    except _UNREADABLE as exc:
        raise _fail(path, f"cannot be read ({exc})", name) from None


def _json_member(path: Path, zf: zipfile.ZipFile, name: str):
    raw = _read_member(path, zf, name)
    try:
        raw = raw.removeprefix(_BOM)  # a byte order mark (Notepad and many Windows tools write one) is not content
        raw.decode("utf-8")
        return json_limits.loads(raw)
    except json_limits.TooComplex as exc:
        raise _fail(path, str(exc), name) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _fail(path, f"malformed JSON ({exc})", name) from None


def _jsonl(path: Path, name: str, content: bytes):
    # line by line, not content.split(): a list of every line would double the member in memory.
    # A byte order mark before the first line is read past as in the manifest (json.loads of bytes does).
    for lineno, line in enumerate(io.BytesIO(content), start=1):
        if not line.strip():
            continue
        try:
            item = json_limits.loads(line)
        except json_limits.TooComplex as exc:
            raise _fail(path, str(exc), name, f"line {lineno}") from None
        except UnicodeDecodeError:
            raise _fail(path, "not UTF-8 text", name, f"line {lineno}") from None
        except json.JSONDecodeError as exc:
            raise _fail(path, f"malformed JSON ({exc.msg})", name, f"line {lineno}") from None
        if not isinstance(item, dict):
            raise _fail(path, "expected a JSON object", name, f"line {lineno}")
        yield lineno, item


def _ancestors(path: Path, name: str, item: dict, where: str) -> frozenset[str]:
    anc = item.get("ancestors", [])
    if not isinstance(anc, list) or not all(isinstance(a, str) for a in anc):
        raise _fail(path, "ancestors must be a list of version names", name, where, "ancestors")
    return frozenset(anc)


def _legacy_records(path: Path, bundle: Bundle, legacy: LegacyTopics, on_record) -> None:
    """The topic values of a bundle from before topic profiles (``legacy_topics``); a bundle
    without its conference cannot name them and is refused, saying what to do."""
    if not legacy.found:
        return
    profile, values = legacy.records()
    if profile is None:
        raise _fail(path, "this bundle was written by a Briefer from before topic profiles and holds no "
                    "conference record to convert its topic fields by: update Briefer on the laptop that wrote "
                    "it and export again", records_member("country_briefs"))
    for table, objs in (("topic_profiles", [profile]), ("topic_values", values)):
        mine = bundle.records.setdefault(table, [])
        known = {inc.obj.id for inc in mine}
        for obj in objs:
            if obj.id in known:
                continue
            raw = record_json(obj)
            mine.append(Incoming(obj, hashlib.sha256(raw).hexdigest()[:VERSION_DIGITS], frozenset(),
                                 raw.decode("utf-8")))
            if on_record is not None:
                on_record(table, obj)


def _incoming(path: Path, name: str, table: str, item: dict, lineno: int,
              legacy: LegacyTopics | None = None) -> Incoming:
    model = MODEL_BY_TABLE[table]
    data = item.get("data")
    rid = data.get("id") if isinstance(data, dict) else None
    where = f"{model.kind} {rid}" if rid else f"line {lineno}"
    if not isinstance(data, dict):
        raise _fail(path, "a record needs a 'data' object", name, where, "data")
    as_written = data
    if legacy is not None:
        data = legacy.take(table, data)
    try:
        obj = model.model_validate(data)
    except ValidationError as exc:
        err = invalid_record(exc, model.kind, rid)
        raise _fail(path, err.message, name, where, err.field) from None
    except (TypeError, ValueError, ArithmeticError) as exc:
        # A model check that hostile values get past pydantic's own (e.g. a conference day end with a
        # time zone, compared with a naive start): still a refusal naming the record, not a traceback.
        raise _fail(path, f"is not a valid {model.kind} ({exc})", name, where) from None
    # One validation and one serialisation per record: the canonical JSON names the version and
    # becomes the record's revision row.
    raw = record_json(obj)
    version = hashlib.sha256(raw).hexdigest()[:VERSION_DIGITS]
    ancestors = _ancestors(path, name, item, where)
    claimed = item.get("version")
    if claimed != version:
        # A writer may name the record as it wrote it (docs/bundle-format.md, "Version names"):
        # accepted, and that name becomes one this version supersedes.
        written = written_version(as_written)
        if claimed != written:
            raise _fail(path, f"the version name {_short(claimed)} does not match the record's content: expected "
                        f"{written} (SHA-256 of 'data' as written) or {version} (of the record normalised), "
                        "see docs/bundle-format.md", name, where, "version")
        ancestors = ancestors | {written}
    return Incoming(obj, version, ancestors, raw.decode("utf-8"))


_MOMENT = TypeAdapter(AwareDatetime)


def _rfc3339(path: Path, text: str, where: str) -> str:
    """A deletion time in any RFC 3339 form, as Briefer stores times (UTC, milliseconds, ``Z``):
    deletions are compared as text (``--since``), so ``+02:00`` must not stay as written."""
    try:
        return stored_timestamp(_MOMENT.validate_python(text))
    except (ValidationError, ValueError, OverflowError):
        raise _fail(path, f"{text[:40]!r} is not an RFC 3339 time (e.g. 2024-11-14T09:12:00Z)", TOMBSTONES, where,
                    "deleted_at") from None


def written_version(data: dict) -> str | None:
    """The version name of ``data`` exactly as a bundle line holds it: the first 20 hex digits
    of the SHA-256 of its canonical JSON (keys sorted, no spaces, UTF-8, non-ASCII as is)."""
    try:
        text = canonical_json(data).encode("utf-8")
    except (UnicodeEncodeError, ValueError, TypeError, RecursionError):
        return None
    return hashlib.sha256(text).hexdigest()[:VERSION_DIGITS]


def _short(value) -> str:
    return repr(value)[:40]


def _tombstone(path: Path, item: dict, lineno: int) -> IncomingTombstone:
    where = f"line {lineno}"
    table, rid = item.get("table"), item.get("id")
    if not isinstance(table, str) or table not in MODEL_BY_TABLE:
        raise _fail(path, f"unknown table {_clip(table)}", TOMBSTONES, where, "table")
    if not isinstance(rid, str) or not rid:
        raise _fail(path, "a deletion needs the record id", TOMBSTONES, where, "id")
    where = f"line {lineno}, deleted {MODEL_BY_TABLE[table].kind} {rid if len(rid) <= 60 else rid[:59] + '…'}"
    revision, deleted_at = item.get("revision"), item.get("deleted_at")
    if not isinstance(revision, int) or isinstance(revision, bool):
        raise _fail(path, "a deletion needs a revision number", TOMBSTONES, where, "revision")
    if not isinstance(deleted_at, str):
        raise _fail(path, "a deletion needs the time it was made", TOMBSTONES, where, "deleted_at")
    t = Tombstone(table, rid, revision, _rfc3339(path, deleted_at, where), str(item.get("deleted_by") or ""))
    return IncomingTombstone(t, _ancestors(path, TOMBSTONES, item, where))


def _clip(value, n: int = 60) -> str:
    """A value from the file, quoted for a message and cut short (a hostile one may be megabytes)."""
    text = repr(value)
    return text if len(text) <= n else text[: n - 1] + "…"
