"""Drop a system library from the Linux bundle together with what only it needed.

Why: PyInstaller copies every library a collected binary links against, and the
libraries those link against, into the bundle. Some belong to the system rather
than to Briefer: Qt's CUPS print plugin links libcups, and libcups brings GnuTLS,
Nettle, GMP, libunistring, p11-kit and Avahi (7 MB) that nothing else in the
bundle uses. A machine without CUPS has no printers for the plugin to list, so the
plugin may as well use the system's libcups (the PySide6 wheel itself relies on the
system for libcups, X11, fontconfig and D-Bus in the same way).

The direct dependencies are read from each library's ELF dynamic section (DT_NEEDED)
— not from ldd, which lists the whole closure and would hide who needs what.
"""

from __future__ import annotations

import struct
from pathlib import Path

SHT_DYNAMIC = 6
DT_NEEDED = 1


def needed(path: str | Path) -> list[str]:
    """The DT_NEEDED names of a 64-bit little-endian ELF file ([] for anything else)."""
    data = Path(path).read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return []
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    names = []
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, _entsize in sections:
        if kind != SHT_DYNAMIC:
            continue
        strtab = sections[link][4]
        for pos in range(offset, offset + size, 16):
            tag, value = struct.unpack_from("<qQ", data, pos)
            if tag == DT_NEEDED:
                names.append(data[strtab + value:data.index(b"\0", strtab + value)].decode())
    return names


def _needed_or_none(src: str) -> list[str]:
    try:
        return needed(src)
    except OSError:
        return []


def drop_with_exclusive_deps(binaries: list[tuple[str, str, str]], system: set[str]) -> tuple[list, list[str]]:
    """``binaries`` (PyInstaller TOC entries) without the top-level libraries named in ``system``
    and those libraries that, after that, no remaining binary needs any more.

    Only libraries that some binary needed before are candidates: a library PyInstaller
    collected for another reason (ctypes, a hook) is never dropped here.
    """
    deps = {dest: _needed_or_none(src) for dest, src, kind in binaries if kind in ("BINARY", "EXTENSION")}
    needed_before = {name for names in deps.values() for name in names}
    dropped = {dest for dest, _src, _kind in binaries if "/" not in dest and dest in system}
    while True:
        still = {name for dest, names in deps.items() if dest not in dropped for name in names}
        more = {dest for dest in deps if "/" not in dest and dest not in dropped
                and dest in needed_before and dest not in still}
        if not more:
            break
        dropped |= more
    return [b for b in binaries if b[0] not in dropped], sorted(dropped)
