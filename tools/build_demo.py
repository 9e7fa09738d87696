"""Build the bundled demo conference: ``resources/demo/<table>.json`` and its attachment PDFs.

Run from the repository root:  ``python tools/build_demo.py``

The data is authored here (and in the ``demo_*`` modules beside this file) with
the pydantic models, so every record validates before it is written; ids are
UUIDv5 and the PDFs are rendered with reportlab's invariant mode, so running
the script twice gives byte-identical files. After writing, the demo is loaded
into a throw-away database as a last check.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from demo_briefs import country_briefs  # noqa: E402
from demo_common import uid  # noqa: E402
from demo_meetings import actions, meeting_briefs, notes, outcomes  # noqa: E402
from demo_pdf import programme_pdf, rivm_visit_pdf  # noqa: E402
from demo_people import conference, countries, delegations, organisations, people, rooms  # noqa: E402
from demo_programme import meeting, meetings, session, sessions  # noqa: E402
from demo_topics import topic_profiles, topic_values  # noqa: E402

from briefer.model import Attachment  # noqa: E402
from briefer.store import SPECS  # noqa: E402

OUT = ROOT / "resources" / "demo"
#: Fields the loader adds; leaving them out keeps the files stable between builds.
LOADER_FIELDS = {"revision", "created_at", "updated_at"}


def attachments(pdfs: dict[str, bytes]) -> list[Attachment]:
    def att(key, title, filename, **links):
        content = pdfs[filename]
        return Attachment(id=uid(f"attachment:{key}"), title=title, filename=filename, size=len(content),
                          sha256=hashlib.sha256(content).hexdigest(), **links)

    return [
        att("programme", "Programme overview and letter to parliament (illustrative)", "programme-overview-demo.pdf",
            session_id=session("opening")),
        att("rivm_visit", "RIVM visit of the Indonesian delegation - programme (illustrative)",
            "rivm-visit-indonesia-demo.pdf", meeting_id=meeting("idn_health")),
    ]


def build() -> dict[str, list]:
    sess = sessions()
    pdfs = {
        "programme-overview-demo.pdf": programme_pdf(conference()[0], sess, {r.id: r for r in rooms()}),
        "rivm-visit-indonesia-demo.pdf": rivm_visit_pdf(),
    }
    data = {
        "conference": conference(), "countries": countries(), "organisations": organisations(), "rooms": rooms(),
        "people": people(), "delegations": delegations(), "sessions": sess, "meetings": meetings(),
        "country_briefs": country_briefs(), "topic_profiles": topic_profiles(), "topic_values": topic_values(),
        "meeting_briefs": meeting_briefs(), "notes": notes(),
        "outcomes": outcomes(), "actions": actions(), "attachments": attachments(pdfs),
    }
    assert list(data) == [s.table for s in SPECS], "tables must follow briefer.store.SPECS"
    for table, records in data.items():
        ids = [r.id for r in records]
        assert len(ids) == len(set(ids)), f"duplicate id in {table}"
    data["_pdfs"] = pdfs  # type: ignore[assignment]
    return data


def _atomic_write(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    with os.fdopen(fd, "wb") as f:
        f.write(content)
    os.replace(tmp, path)


def write(data: dict, out: Path = OUT) -> dict[str, int]:
    pdfs = data.pop("_pdfs")
    for name, content in pdfs.items():
        _atomic_write(out / "attachments" / name, content)
    sizes = {}
    for table, records in data.items():
        rows = [r.model_dump(mode="json", exclude=LOADER_FIELDS) for r in records]
        text = json.dumps(rows, ensure_ascii=False, indent=1) + "\n"
        _atomic_write(out / f"{table}.json", text.encode("utf-8"))
        sizes[table] = len(text.encode("utf-8"))
    return sizes


def verify(out: Path = OUT) -> dict[str, int]:
    """Load the written demo into a fresh database file, as the app will."""
    from briefer.demo import load_demo
    from briefer.store import Store
    from briefer.store.integrity import check_store

    with tempfile.TemporaryDirectory() as tmp:
        with Store.open(Path(tmp) / "verify.sqlite", user="build_demo") as store:
            result = load_demo(store, out)
            problems = check_store(store)
            if problems:
                raise SystemExit("demo does not check out:\n" + "\n".join(map(str, problems)))
            return result.counts


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help=f"folder to write (default: {OUT})")
    args = parser.parse_args(argv)
    data = build()
    sizes = write(data, args.out)
    counts = verify(args.out)
    total = sum(sizes.values()) + sum(p.stat().st_size for p in (args.out / "attachments").glob("*.pdf"))
    for table in counts:
        print(f"{table:15} {counts[table]:4} records  {sizes.get(table, 0):8} bytes")
    print(f"total on disk: {total} bytes in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
