"""Spreadsheet import preview at scale: ``python benchmarks/tables.py [--rows 5000] [--runs 5]``.

Measures the preview (read + header + every row planned; nothing written) of
a 5,000-row people sheet as xlsx and as a Dutch-locale CSV, into a store that
already holds the same 5,000 people (the re-import case: every row matched and
compared) and into an empty one (every row an add), and the apply of the adds.
A 5,000-row bilateral request sheet is previewed too, conflict check included.
Target: preview of a 5,000-row sheet under 2 s.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from briefer.exchange.tables.catalogue import kind  # noqa: E402
from briefer.exchange.tables.plan import apply_plan, plan_table  # noqa: E402
from briefer.exchange.tables.read import read_grid  # noqa: E402
from briefer.model import Conference, Person  # noqa: E402
from briefer.store import Store  # noqa: E402

COUNTRIES = ["Nederland", "Indonesië", "Ghana", "Thailand", "Kenia", "Brazilië", "India", "Frankrijk"]
HEADER = ["Voornaam", "Achternaam", "Land", "Functie", "E-mailadres", "Telefoon"]


def people_rows(n: int) -> list[list[str]]:
    return [[f"Voornaam{i}", f"Achternaam{i}", COUNTRIES[i % len(COUNTRIES)], f"Adviseur {i % 50}",
             f"persoon{i}@example.org", f"+31 6 {i:08d}"] for i in range(n)]


def as_xlsx(header, rows) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Deelnemerslijst"])
    ws.append([])
    ws.append(header)
    for r in rows:
        ws.append(r)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def as_csv(header, rows) -> bytes:
    return ("\r\n".join(";".join(map(str, r)) for r in [header, *rows]) + "\r\n").encode("cp1252")


def timed(fn, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=5000)
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args()
    rows = people_rows(a.rows)
    xlsx, csv_ = as_xlsx(HEADER, rows), as_csv(HEADER, rows)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "b.sqlite", user="bench")
        store.conference_repo.add(Conference(name="Bench", start_date=date(2030, 5, 6), end_date=date(2030, 5, 8)))
        people = kind("people")
        for label, data, name in (("xlsx", xlsx, "p.xlsx"), ("csv", csv_, "p.csv")):
            t, plan = timed(lambda: plan_table(store, people, read_grid(data, name)), a.runs)
            print(f"preview {a.rows} people, {label}, empty store: {t * 1000:.0f} ms ({plan.summary()})")
        t, _ = timed(lambda: read_grid(xlsx, "p.xlsx"), a.runs)
        print(f"  of which reading the xlsx: {t * 1000:.0f} ms")
        plan = plan_table(store, people, read_grid(csv_, "p.csv"))
        t0 = time.perf_counter()
        apply_plan(store, plan)
        print(f"apply {a.rows} adds (one transaction, history, search): {(time.perf_counter() - t0) * 1000:.0f} ms")
        rows[7][3] = "Directeur"
        xlsx2 = as_xlsx(HEADER, rows)
        t, plan = timed(lambda: plan_table(store, people, read_grid(xlsx2, "p.xlsx")), a.runs)
        print(f"preview {a.rows} people, xlsx, all stored (re-import): {t * 1000:.0f} ms ({plan.summary()})")

        principals = [store.people.add(Person(given_name="Minister", family_name=f"Bewindspersoon{k}",
                                              country="NLD", principal_title="Minister")) for k in range(200)]
        # 200 principals × 3 days × 12 hours: every request its own (principal, counterpart, start)
        req = [[principals[i % 200].full_name, COUNTRIES[(i // 200) % len(COUNTRIES)], f"{6 + (i // 1600) % 3}-5-2030",
                f"{8 + (i // 200) % 8}:{(i * 7) % 4 * 15:02d}", "", "25", "aangevraagd"] for i in range(a.rows)]
        data = as_csv(["Bewindspersoon", "Gesprekspartner", "Datum", "Begin", "Einde", "Duur", "Status"], req)
        t, plan = timed(lambda: plan_table(store, kind("meetings"), read_grid(data, "r.csv")), max(1, a.runs // 2))
        print(f"preview {a.rows} meeting requests, csv, with conflict check: {t * 1000:.0f} ms "
              f"({plan.summary()}, {len(plan.conflicts)} conflicts)")
        store.close()


if __name__ == "__main__":
    main()
