"""Reading and writing a bundle's zip by hand, for tests that damage, forge or re-zip bundles.

Only the standard library (zipfile, hashlib, json): what another tool — or a user's archiver —
does to a bundle, independent of Briefer's own writer.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path


def members_of(path: Path) -> dict[str, bytes]:
    """Every member of the zip at ``path``, by name, in the zip's order."""
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def checksums(members: dict[str, bytes]) -> dict[str, dict]:
    """The manifest's ``members`` entry for ``members``: each one's true SHA-256 and size."""
    return {n: {"sha256": hashlib.sha256(c).hexdigest(), "size": len(c)} for n, c in members.items()}


def relisted(members: dict[str, bytes], *, leave_out: tuple[str, ...] = ()) -> dict[str, bytes]:
    """The members with a manifest listing each of them (but ``leave_out``) by its true checksum and size."""
    manifest = json.loads(members["manifest.json"])
    manifest["members"] = checksums({n: c for n, c in members.items() if n != "manifest.json" and n not in leave_out})
    return {**members, "manifest.json": json.dumps(manifest).encode("utf-8")}


def write_zip(path: Path, members: dict[str, bytes], *, compression=zipfile.ZIP_DEFLATED, folder: str = "",
              directories: bool = False, litter: bool = False) -> Path:
    """Zip ``members`` as an archiver might: inside ``folder``, with directory entries, with macOS litter."""
    with zipfile.ZipFile(path, "w", compression) as zf:
        if directories:
            zf.writestr(zipfile.ZipInfo(folder + "records/"), b"")
        for name, content in members.items():
            zf.writestr(folder + name, content)
        if litter:
            zf.writestr("__MACOSX/" + folder + "._manifest.json", b"\x00\x05\x16\x07")
            zf.writestr(folder + ".DS_Store", b"Bud1")
    return path
