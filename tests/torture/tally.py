"""What the suite counts per attack, and the table it prints.

Every number but ``rounds``/``kills`` must be 0: a lost acknowledged write, a plaintext
byte outside an encrypted file, a traceback, an unopenable file or a broken promise of
any other kind (``other`` names it in ``problems``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

COLUMNS = ("rounds", "kills", "lost", "plaintext", "tracebacks", "unopenable", "other")


@dataclass
class Tally:
    """The outcome of one kind of attack, summed over its rounds."""

    name: str
    rounds: int = 0
    kills: int = 0  # the process was still running when SIGKILL hit it
    lost: int = 0  # acknowledged writes (notes, settings, records of an import that said "added") gone
    plaintext: int = 0  # bytes of plain SQLite files in the data folder after a completed/resumed encryption
    tracebacks: int = 0
    unopenable: int = 0  # the next command could not open the database
    other: int = 0  # strays left, backups under another key, partial imports, a refusal of more than one line
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    def fail(self, column: str, amount: int, what: str) -> None:
        if amount:
            setattr(self, column, getattr(self, column) + amount)
            if len(self.problems) < 20:
                self.problems.append(f"round {self.rounds}: {what}")

    @property
    def failures(self) -> int:
        return self.lost + self.plaintext + self.tracebacks + self.unopenable + self.other

    def add(self, other: "Tally") -> None:
        for column in COLUMNS:
            setattr(self, column, getattr(self, column) + getattr(other, column))
        self.seconds += other.seconds
        self.problems += other.problems


def table(tallies: list[Tally]) -> str:
    """A plain-text table: one line per attack, a total line."""
    total = Tally("total")
    for t in tallies:
        total.add(t)
    width = max(len(t.name) for t in [*tallies, total])
    head = "attack".ljust(width) + "".join(c.rjust(11) for c in COLUMNS) + "    seconds"
    lines = [head, "-" * len(head)]
    for t in [*tallies, total]:
        if t is total:
            lines.append("-" * len(head))
        lines.append(t.name.ljust(width) + "".join(str(getattr(t, c)).rjust(11) for c in COLUMNS)
                     + f"{t.seconds:11.0f}")
    for t in tallies:
        lines += [f"  {t.name}: {p}" for p in t.problems]
    return "\n".join(lines)
