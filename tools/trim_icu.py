"""Shrink Qt's ICU data library (libicudata.so.NN, 31 MB) to what Briefer can reach (about 4 MB).

Why: the PySide6 wheels for Linux carry ICU with the data for every locale, every
transliterator, every line-break dictionary and every CJK code page. Qt itself calls
ICU only for collation (QCollator), case mapping, time-zone names (QTimeZone) and
named text codecs (QStringDecoder); Briefer speaks Dutch and English.

How (the ICU tools, not hand-made data): the library is nothing but the ICU
"common data" package exported as the symbol ``icudtNN_dat``. We copy that package
out of the library, let ``icupkg`` (Debian: icu-devtools) remove the items no one
can reach, let ``genccode`` turn the smaller package back into an object file with
the same symbol, and link it (``ld``) into a library with the same soname. Qt's
libicuuc finds it exactly as before. icupkg 72 (Debian 12) reads and writes ICU 73
packages: the package format has not changed since ICU 4.

Kept: the locale bundles root, en (+ en_001, en_150, en_GB, en_US) and nl_* in the
trees Qt's calls read (main, coll, zone, lang, region), every non-locale item
(time-zone rules, supplemental data, normalisation, collation base data), and the
single-byte code pages. Dropped: other locales, the trees Qt never opens (brkitr
with its dictionaries, translit, rbnf, unit, curr), unames, confusables and the
large multi-byte (CJK, EBCDIC DBCS) code pages. tools/smoke_bundle.sh checks Dutch
collation, time-zone names and codecs in the frozen app (BRIEFER_GUI_SELF_CHECK).

    python tools/trim_icu.py PATH/TO/libicudata.so.73 OUTDIR   # writes OUTDIR/libicudata.so.73
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

KEEP_LOCALES = re.compile(r"(root|en|en_001|en_150|en_GB|en_US|en_US_POSIX|nl|nl_[A-Z]{2})")
DROP_TREES = {"brkitr", "translit", "rbnf", "unit", "curr"}
DROP_ITEMS = {"unames.icu", "confusables.cfu"}
LOCALE_BUNDLE = re.compile(r"(?:[a-z]+/)?([a-z]{2,3}(?:_[A-Za-z0-9]*)*)\.res")
#: single-byte code pages are a few KB each; the CJK/DBCS tables are 50–550 KB each
MAX_CODEPAGE = 24 * 1024
TOOLS = ("icupkg", "genccode", "ld")


class TrimError(RuntimeError):
    """The ICU data could not be trimmed (a missing tool or an unexpected library)."""


def find_tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path="/usr/sbin:/usr/bin:/sbin")
    if not found:
        package = "binutils" if name == "ld" else "icu-devtools"
        raise TrimError(f"'{name}' not found: install the Debian/Ubuntu package {package}")
    return found


def data_symbol(lib: bytes) -> tuple[str, int, int]:
    """(name, file offset, size) of the exported icudtNN_dat symbol of an ELF64 little-endian library."""
    if lib[:4] != b"\x7fELF" or lib[4] != 2 or lib[5] != 1:
        raise TrimError("not a 64-bit little-endian ELF library")
    shoff, = struct.unpack_from("<Q", lib, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", lib, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", lib, shoff + i * shentsize) for i in range(shnum)]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strtab = sections[link]
        for pos in range(offset, offset + size, entsize):
            st_name, _st_info, _other, shndx, value, st_size = struct.unpack_from("<IBBHQQ", lib, pos)
            start = strtab[4] + st_name
            name = lib[start:lib.index(b"\0", start)].decode()
            if re.fullmatch(r"icudt\d+_dat", name) and 0 < shndx < shnum:
                section = sections[shndx]
                return name, value - section[3] + section[4], st_size
    raise TrimError("no icudtNN_dat symbol: not an ICU data library")


def items_to_drop(items: list[str], sizes: dict[str, int]) -> list[str]:
    drop = []
    for item in items:
        bundle = LOCALE_BUNDLE.fullmatch(item)
        if (
            ("/" in item and item.split("/", 1)[0] in DROP_TREES)
            or item in DROP_ITEMS
            or (bundle and not KEEP_LOCALES.fullmatch(bundle.group(1)))
            or (item.endswith(".cnv") and sizes[item] > MAX_CODEPAGE)
        ):
            drop.append(item)
    return drop


def trim(library: Path, outdir: Path) -> Path:
    """Write a trimmed copy of ``library`` (same file name and soname) into ``outdir``; returns its path."""
    icupkg, genccode, ld = (find_tool(t) for t in TOOLS)
    lib = library.read_bytes()
    symbol, offset, size = data_symbol(lib)
    package = symbol.removesuffix("_dat") + "l"  # icudt73 -> icudt73l: the item prefix inside the package
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "in").mkdir()
        (work / "out").mkdir()
        (work / "items").mkdir()
        original = work / "in" / f"{package}.dat"  # icupkg names items after the file: keep the name
        original.write_bytes(lib[offset:offset + size])
        listing = subprocess.run([icupkg, "-l", str(original)], check=True, capture_output=True, text=True).stdout
        items = listing.split()
        (work / "all.txt").write_text(listing)
        subprocess.run([icupkg, "-d", str(work / "items"), "-x", str(work / "all.txt"), str(original)],
                       check=True, capture_output=True)
        sizes = {i: (work / "items" / i).stat().st_size for i in items}
        drop = items_to_drop(items, sizes)
        trimmed = work / "out" / f"{package}.dat"
        for _ in range(5):
            (work / "drop.txt").write_text("\n".join(drop) + "\n")
            run = subprocess.run([icupkg, "-r", str(work / "drop.txt"), str(original), str(trimmed)],
                                 capture_output=True, text=True)
            if run.returncode == 0:
                break
            # an extension code page depends on a dropped base table: drop it too (code pages only)
            missing = re.findall(r"Item (\S+) depends on missing item \S+", run.stderr)
            if not missing or not all(m.endswith(".cnv") for m in missing):
                raise TrimError(f"icupkg refused: {run.stderr.strip()[:500]}")
            drop += sorted(set(missing))
        else:
            raise TrimError("icupkg kept finding dependent items")
        subprocess.run([genccode, "-o", "-e", symbol.removesuffix("_dat"), "--match-arch", str(library),
                        "-d", str(work / "out"), str(trimmed)], check=True, capture_output=True)
        soname = library.name
        outdir.mkdir(parents=True, exist_ok=True)
        target = outdir / soname
        subprocess.run([ld, "-shared", "-soname", soname, "-o", str(target), str(work / "out" / f"{package}_dat.o")],
                       check=True, capture_output=True)
    name, _, new_size = data_symbol(target.read_bytes())
    if name != symbol or not 0 < new_size < size:
        raise TrimError(f"the new library does not export {symbol}")
    print(f"trim_icu: {library.name} {len(lib) / 1e6:.1f} MB -> {target.stat().st_size / 1e6:.1f} MB "
          f"({len(items) - len(drop)} of {len(items)} items kept)", file=sys.stderr)
    return target


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__.rsplit("\n\n", 1)[-1])
    try:
        trim(Path(sys.argv[1]), Path(sys.argv[2]))
    except (TrimError, subprocess.CalledProcessError) as exc:
        sys.exit(f"trim_icu: {exc}")
