"""``briefer check``: is everything in the file sound and valid?

Checks SQLite's own integrity, the foreign keys, every row against its model,
and the id lists the database cannot enforce itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import ValidationError

from briefer.errors import InvalidRecord
from briefer.store.repository import invalid_record
from briefer.store.store import SPECS, Store


@dataclass(frozen=True)
class Finding:
    severity: str  # "error" | "warning"
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.severity}: {self.where}: {self.message}"


def check_store(store: Store) -> list[Finding]:
    db = store.db
    findings: list[Finding] = []
    rows = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
    if rows != ["ok"]:
        findings += [Finding("error", "database", r) for r in rows]
    for table, rowid, parent, _fk in db.execute("PRAGMA foreign_key_check").fetchall():
        rid = db.execute(f"SELECT id FROM [{table}] WHERE rowid = ?", [rowid]).fetchone()
        findings.append(Finding("error", f"{table} {rid[0] if rid else rowid}", f"refers to a missing {parent} record"))
    ids = {s.table: store.repo_for_table(s.table).ids() for s in SPECS}
    for spec in SPECS:
        repo = store.repo_for_table(spec.table)
        cur = db.execute(f"SELECT * FROM [{spec.table}]")
        cols = [d[0] for d in cur.description]
        for raw in cur.fetchall():
            row = dict(zip(cols, raw))
            try:
                obj = spec.model.model_validate(repo.row_data(row))
            except InvalidRecord as exc:
                findings.append(Finding("error", f"{spec.model.kind} {row.get('id')}", str(exc)))
                continue
            except ValidationError as exc:
                findings.append(Finding("error", f"{spec.model.kind} {row.get('id')}", str(invalid_record(exc, spec.model.kind))))
                continue
            for fieldname, target in spec.refs.items():
                value = getattr(obj, fieldname)
                for ref in value if isinstance(value, list) else [value]:
                    if ref and ref not in ids[target]:
                        findings.append(
                            Finding(
                                "error",
                                f"{spec.model.kind} {obj.label()} ({obj.id})",
                                f"field '{fieldname}' refers to a missing {store.repo_for_table(target).model.kind} {ref}",
                            )
                        )
    return findings
