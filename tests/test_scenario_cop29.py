"""A conference that is not the demo, set up as an advisor would from an empty folder — COP29 in
Baku (Asia/Baku, days running to 22:00), a 21:00 bilateral with the European Commission, a climate
topic profile, counterparts from Azerbaijan, Türkiye, Japan and Ukraine, the delegation and the
bilateral requests from the organisers' Dutch-locale spreadsheets — and what comes out of it:
packs in both languages, the calendar and the meeting reports.

The rule it holds the outputs to: no word of the bundled demo's topic, no country in ISO's inverted
form, every name in its own order and script, and the organisation named as people name it.
"""

from __future__ import annotations

import re

import icalendar
import pytest
from pypdf import PdfReader

from briefer.cli import main

#: Words of the demo's topic (antimicrobial resistance) that must never reach another conference.
DEMO_TOPIC = re.compile(r"\bAMR\b|TrACSS|antimicrob|WHO[- ]regi|One Health|not reported|niet gerapporteerd", re.I)
#: ISO's inverted official forms ("Korea, Republic of", "Congo, Democratische Republiek").
INVERTED = re.compile(r"\b\w+, (Republic|Republiek|State of|Democratic|Democratische|Islamic|Plurinational)\b")


def cli(capsys, *argv: str) -> str:
    code = main(list(argv))
    out = capsys.readouterr()
    assert code == 0, out.err
    return out.out


@pytest.fixture
def cop29(tmp_path, capsys):
    """COP29 set up through the command line and the organisers' spreadsheets."""
    cli(capsys, "conference", "new", "--name", "COP29", "--city", "Baku", "--start", "2024-11-11",
        "--end", "2024-11-22", "--timezone", "Asia/Baku", "--hours", "08:00-22:00")
    cli(capsys, "organisation", "add", "European Commission", "--name-nl", "Europese Commissie", "--acronym", "EC",
        "--article-en", "the", "--article-nl", "de", "--in-titles", "name")
    delegation = tmp_path / "delegatie.csv"  # as Excel in a Dutch locale saves it: ';' and Windows-1252
    delegation.write_bytes(
        "Titel;Voornaam;Achternaam;Land;Functie;Titel bewindspersoon;Delegatie;Rol;Ondersteunt\r\n"
        ";Sophie;Hermans;Nederland;;Minister voor Klimaat en Groene Groei;Nederland;head;\r\n"
        ";Pieter;de Boer;Nederland;Beleidsadviseur klimaat;;Nederland;adviser;Sophie Hermans\r\n".encode("cp1252"))
    cli(capsys, "import-table", "delegations", str(delegation))
    cli(capsys, "person", "add", "--family", "Yamada", "--given", "Tarō", "--country", "JPN", "--native", "山田太郎",
        "--address-en", "H.E.", "--address-nl", "Z.E.", "--position", "Minister of the Environment")
    cli(capsys, "person", "add", "--family", "Məmmədova", "--given", "Leyla", "--country", "AZE",
        "--position", "Minister of Ecology and Natural Resources")
    cli(capsys, "person", "add", "--family", "Yıldırım", "--given", "Ayşe", "--country", "TUR")
    cli(capsys, "person", "add", "--family", "Kovalenko", "--given", "Yulia", "--country", "UKR",
        "--native", "Юлія Коваленко")
    cli(capsys, "topic", "new", "Climate", "--nl", "Klimaat")
    cli(capsys, "topic", "indicator", "Climate", "NDC submitted", "--nl", "NDC ingediend", "--scale", "yes_no")
    cli(capsys, "topic", "indicator", "Climate", "Net-zero target year", "--nl", "Jaar netto nul", "--scale", "year")
    cli(capsys, "topic", "set", "NDC submitted", "AZE", "yes", "--source", "UNFCCC NDC registry", "--year", "2024")
    cli(capsys, "topic", "set", "Net-zero target year", "JPN", "2050", "--source", "UNFCCC", "--year", "2021")
    countries = tmp_path / "landen.csv"
    countries.write_text("Land;Samenvatting\nAzerbeidzjan;Gastland.\nJapan;G7-partner.\nOekraïne;Kandidaat-lidstaat.\n"
                         "Turkije;Buurland van de EU.\n", encoding="utf-8-sig")
    cli(capsys, "import-table", "countries", str(countries))
    requests = tmp_path / "verzoeken.csv"
    requests.write_text(
        "Bewindspersoon;Gesprekspartner;Naam gesprekspartner;Datum;Begin;Einde;Status\n"
        "Sophie Hermans;Europese Commissie;;12-11-2024;21:00;21:30;confirmed\n"
        "Sophie Hermans;Azerbeidzjan;Leyla Məmmədova;12-11-2024;10:00;10:30;confirmed\n"
        "Sophie Hermans;Japan;Yamada Tarō;13-11-2024;09:00;09:30;confirmed\n"
        "Sophie Hermans;Oekraïne;Yulia Kovalenko;13-11-2024;11:00;11:30;requested\n"
        "Sophie Hermans;Turkije;Ayşe Yıldırım;14-11-2024;15:00;15:30;confirmed\n", encoding="utf-8-sig")
    out = cli(capsys, "import-table", "meetings", str(requests))
    assert "Bilateral with the European Commission, 12-11-2024 21:00" in out
    return tmp_path


def _text(pdf) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(str(pdf)).pages)


def test_the_21_00_bilateral_is_within_the_days_hours(cop29, capsys):
    out = cli(capsys, "check", "--schedule")
    assert "outside" not in out and "buiten" not in out
    assert "Bilateral with the European Commission" in out  # named, e.g. for its missing room


@pytest.mark.parametrize("lang, ec, japan, topic", [
    ("en", "Bilateral with the European Commission", "H.E. Yamada Tarō (山田太郎)", "Net-zero target year"),
    ("nl", "Bilateraal met de Europese Commissie", "Z.E. Yamada Tarō (山田太郎)", "Jaar netto nul"),
])
def test_the_packs_speak_of_this_conference_only(cop29, capsys, lang, ec, japan, topic):
    pdf = cop29 / f"hermans-{lang}.pdf"
    cli(capsys, "pack", "--for", "Hermans", "--lang", lang, "-o", str(pdf))
    text = _text(pdf)
    assert ec in text and japan in text and topic in text
    assert "Leyla Məmmədova" in text and "Yulia Kovalenko (Юлія Коваленко)" in text and "Ayşe Yıldırım" in text
    assert DEMO_TOPIC.search(text) is None, DEMO_TOPIC.search(text)
    assert INVERTED.search(text) is None, INVERTED.search(text)
    outline = [item.title for item in PdfReader(str(pdf)).outline if not isinstance(item, list)]
    assert ec in outline


def test_the_calendar_and_the_reports_name_the_organisation_as_people_do(cop29, capsys):
    ics = cop29 / "hermans.ics"
    cli(capsys, "ics", "--for", "Hermans", "-o", str(ics))
    events = {str(e["SUMMARY"]): e for e in icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")}
    ec = events["Bilateral with the European Commission"]
    assert ec.decoded("DTSTART").strftime("%H:%M %Z") in ("21:00 +04", "21:00 Asia/Baku")
    assert str(ec["DTSTART"].params.get("TZID")) == "Asia/Baku"
    report = cop29 / "reports.md"
    cli(capsys, "export", "notes", "--format", "md", "--all", "-o", str(report))
    text = report.read_text(encoding="utf-8")
    assert "Bilateral with the European Commission" in text and "organisation" not in text.lower()
    assert DEMO_TOPIC.search(text) is None
