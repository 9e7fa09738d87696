"""The demo's attached PDFs, rendered once with reportlab platypus.

``rl_config.invariant`` removes the creation date and random document id, so a
rebuild produces the same bytes (and the same sha256 in attachments.json).
The built-in Helvetica covers Latin-1, which is all these pages use.
"""

from __future__ import annotations

import io

from demo_common import TZ

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

LINTBLAUW = colors.HexColor("#154273")
DEMO_MARK = "DEMO CONTENT - illustrative, not an official document"


def _render(title: str, story: list) -> bytes:
    rl_config.invariant = 1
    buf = io.BytesIO()

    def page(canvas, doc):
        canvas.saveState()
        canvas.setFillColor(LINTBLAUW)
        canvas.rect(20 * mm, A4[1] - 25 * mm, 8 * mm, 25 * mm, stroke=0, fill=1)
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(colors.grey)
        canvas.drawString(20 * mm, 12 * mm, DEMO_MARK)
        canvas.drawRightString(A4[0] - 20 * mm, 12 * mm, f"page {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(buf, pagesize=A4, title=title, author="Briefer demo", subject=DEMO_MARK,
                            creator="Briefer tools/build_demo.py", topMargin=32 * mm, bottomMargin=22 * mm,
                            leftMargin=20 * mm, rightMargin=20 * mm)
    doc.build(story, onFirstPage=page, onLaterPages=page)
    return buf.getvalue()


def _table(rows: list[list[str]], widths) -> Table:
    t = Table(rows, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 8),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("BACKGROUND", (0, 0), (-1, 0), LINTBLAUW),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#dce3ea")]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


def programme_pdf(conf, sessions, rooms) -> bytes:
    """Two pages: the illustrative session grid, then a paraphrase of the ministers' letter to parliament."""
    ss = getSampleStyleSheet()
    small = ss["BodyText"].clone("small", fontSize=8, leading=10)
    story = [Paragraph(f"{conf.name} - programme overview (illustrative)", ss["Title"]),
             Paragraph(f"Noordwijk, 19-20 June 2019. {DEMO_MARK}: the published programme was not found; "
                       "times and rooms below are invented. Sourced elements: the opening speeches, the launch of "
                       "the AMR Multi-Partner Trust Fund, the ministers' interventions and the RIVM visit.", small),
             Spacer(1, 4 * mm)]
    rows = [["Day", "Time", "Session", "Room"]]
    for s in sorted(sessions, key=lambda s: s.start):
        start, end = s.start.astimezone(TZ), s.end.astimezone(TZ)
        rows.append([start.strftime("%a %d %b"), f"{start:%H:%M}-{end:%H:%M}", Paragraph(s.title, small),
                     Paragraph(rooms[s.room_id].name if s.room_id in rooms else "off site", small)])
    story.append(_table(rows, [22 * mm, 22 * mm, 90 * mm, 36 * mm]))
    story += [
        PageBreak(),
        Paragraph("Letter to the Tweede Kamer of 7 June 2019 - summary (paraphrased, demo)", ss["Heading2"]),
        Paragraph("Source: Kamerstuk 32 620 nr. 232, signed by the Minister of Agriculture, Nature and Food "
                  "Quality and the Minister for Medical Care. This page paraphrases it; it is not the letter.", small),
        Spacer(1, 3 * mm),
    ]
    for para in [
        "AMR crosses borders and threatens human and animal health, so international cooperation is a priority "
        "of the Dutch approach.",
        "Resistance and antibiotic use are still rising in many regions. To stimulate cooperation, the ministers "
        "organise the second ministerial conference on AMR in human and animal health in Noordwijk on 19 and 20 "
        "June 2019, together with WHO, FAO and OIE, and have invited ministers of health and of agriculture of "
        "several countries. Members of the Tweede Kamer are invited too.",
        "The first conference (2014) was organised with the tripartite and fed into WHO's global action plan, "
        "under which countries draw up and implement national action plans.",
        "Five years on, the conference takes stock: what worked, what blocks implementation of national action "
        "plans, and how further cooperation can help. It focuses on supporting countries that need help, for "
        "example through twinning, in which countries support each other in implementing their plans.",
    ]:
        story += [Paragraph(para, ss["BodyText"]), Spacer(1, 2 * mm)]
    return _render("Programme overview (illustrative)", story)


def rivm_visit_pdf() -> bytes:
    """One page: the (illustrative) running order of the Indonesian delegation's RIVM visit on 20 June."""
    ss = getSampleStyleSheet()
    small = ss["BodyText"].clone("small", fontSize=8, leading=10)
    rows = [["Time", "Item (illustrative)"],
            ["16:30", "Arrival at RIVM, Bilthoven; welcome by the RIVM board (demo)"],
            ["16:45", "Laboratories: AMR surveillance and reference functions"],
            ["17:15", "The national immunisation programme"],
            ["17:40", "Infectious-disease control"],
            ["18:00", "Public procurement of medicines; discussion with industry members of the delegation"],
            ["18:30", "Departure"]]
    story = [
        Paragraph("Visit of the Indonesian delegation to RIVM - 20 June 2019", ss["Title"]),
        Paragraph("After the conference, an Indonesian government and industry delegation led by Minister of "
                  "Health Nila Moeloek visited RIVM: laboratories, the immunisation programme, infectious-disease "
                  "control and public procurement of medicines (RIVM news, 20 June 2019). The times below are "
                  f"invented. {DEMO_MARK}.", small),
        Spacer(1, 4 * mm),
        _table(rows, [20 * mm, 150 * mm]),
    ]
    return _render("RIVM visit of the Indonesian delegation (illustrative)", story)
