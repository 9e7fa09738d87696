"""Spreadsheets as organisers write them: a Dutch-locale delegation list and a bilateral request list."""

from __future__ import annotations

from datetime import date

from briefer.model import Conference, Person

GIVEN = ["Anna", "Bram", "Charlotte", "Daan", "Eline", "Floor", "Gijs", "Hanna", "Iris", "Joost", "Kees", "Lieke"]
FAMILY = ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
          "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit",
          "Dijkstra", "Smeets", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan",
          "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "de Jong", "Schouten",
          "van Dijk", "Willems", "Janssen", "Gerritsen", "Hoekstra", "Koster", "Prins", "Huisman", "Kuipers",
          "van Wijk", "Postma", "Sanders", "Maas", "Verbeek", "Timmermans", "Groen", "Lambrechts", "Müller",
          "Çelik", "Öztürk", "El Amrani", "Bouzid", "Kramer", "Wouters", "Hermans", "Evers", "Aarts"]
ROLES = ["adviseur", "notulist", "pers", "adviseur", "beveiliging", "contactpersoon"]
COUNTERPARTS = ["Indonesië", "Ghana", "Thailand", "Vietnam", "Kenia", "Brazilië", "India", "China", "Japan",
                "Zuid-Afrika", "Mexico", "Canada", "Frankrijk", "Duitsland", "Spanje", "Italië", "Zweden",
                "Noorwegen", "Egypte", "Marokko"]


def delegation_rows(n: int = 60) -> list[list[str]]:
    """n members of the Dutch delegation, as a Dutch organiser types them (accents included)."""
    rows = []
    for i in range(n):
        given, family = GIVEN[i % len(GIVEN)], FAMILY[i]
        mail = f"{given}.{family}".lower().replace(" ", "").replace("ü", "u").replace("ç", "c").replace("ö", "o")
        rows.append([given, family, "Nederland", f"Beleidsmedewerker {i + 1}", f"{mail}@minvws.nl",
                     "hoofd" if i == 0 else ROLES[i % len(ROLES)]])
    return rows


DELEGATION_HEADER = ["Voornaam", "Achternaam", "Land", "Functie", "E-mailadres", "Rol"]


def dutch_csv(header: list[str], rows: list[list[str]], *, title: str = "", encoding: str = "cp1252",
              bom: bool = False) -> bytes:
    """What Excel in a Dutch Windows writes as "CSV (gescheiden door lijstscheidingsteken)": ';', CRLF,
    Windows-1252 (or "CSV UTF-8": a BOM), a title row and blank rows above, empty rows at the end."""
    width = len(header)
    lines = []
    if title:
        lines += [title + ";" * (width - 1), ";" * (width - 1)]
    lines.append(";".join(header))
    lines += [";".join(r) for r in rows]
    lines += [";" * (width - 1)] * 3
    text = "\r\n".join(lines) + "\r\n"
    return (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8" if bom else encoding)


def with_principals(store) -> tuple[Person, Person]:
    store.conference_repo.add(Conference(name="Test conference", start_date=date(2019, 6, 19),
                                         end_date=date(2019, 6, 21), timezone="Europe/Amsterdam"))
    a = store.people.add(Person(given_name="Marit", family_name="Oosterhuis", country="NLD",
                                principal_title="Minister voor Gezondheid"))
    b = store.people.add(Person(given_name="Ruben", family_name="Zijlstra", country="NLD",
                                principal_title="Minister voor Landbouw"))
    return a, b


def request_rows() -> list[list]:
    """40 bilateral requests: principal, counterpart, date (Excel serial), start and end (fractions of a day)."""
    rows = []
    for i in range(40):
        principal = "Marit Oosterhuis" if i % 2 == 0 else "Zijlstra"
        day_serial = 43635 + (i // 14)  # 19, 20, 21 June 2019
        start = (8 * 60 + (i % 14) * 40) / (24 * 60)  # every 40 minutes from 08:00, per principal distinct
        end = start + 30 / (24 * 60)
        rows.append([principal, COUNTERPARTS[i % 20], day_serial, start, end, "aangevraagd"])
    return rows


REQUEST_HEADER = ["Bewindspersoon", "Gesprekspartner", "Datum", "Begintijd", "Eindtijd", "Status"]


def request_xlsx(rows: list[list], *, title: str = "Verzoeken bilaterale gesprekken") -> bytes:
    """The request list as an organiser's workbook: a merged title row, a blank row, dates and times as numbers."""
    import io

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Verzoeken"
    ws.append([title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(REQUEST_HEADER))
    ws.append([])
    ws.append(REQUEST_HEADER)
    for r in rows:
        ws.append(r)
        ws.cell(row=ws.max_row, column=3).number_format = "dd-mm-yyyy"
        ws.cell(row=ws.max_row, column=4).number_format = "hh:mm"
        ws.cell(row=ws.max_row, column=5).number_format = "hh:mm"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
