"""Pack test helpers: a small conference (two Dutch ministers, an adviser, five counterparts) and a PDF reader."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from briefer.model import (
    Attachment, BackgroundItem, Classification, CountryBrief, DefensiveLine, Delegation, DelegationMember, Fact,
    Meeting, MeetingBrief, MemberRole,
    MeetingStatus, Objective, Outcome, Person, Priority, Room, Session, SessionKind, SourceRef,
    TalkingPoint,
)

from datetime import datetime, timezone

from briefer.store.topics import set_value


def health_profile(store):
    """A topic profile like the one a health conference defines: a situation text and an A–E plan stage."""
    from briefer.model import Indicator, Scale, ScaleLevel, TopicProfile

    levels = [ScaleLevel(code=c, text_en=f"Stage {c}", text_nl=f"Fase {c}") for c in "ABCDE"]
    return store.topic_profiles.add(TopicProfile(name_en="Health", name_nl="Gezondheid", indicators=[
        Indicator(name_en="AMR situation", name_nl="AMR-situatie"),
        Indicator(name_en="National action plan (TrACSS)", name_nl="Nationaal actieplan (TrACSS)", scale=Scale.LEVELS,
                  levels=levels, chart=True, in_list=True,
                  missing_en="National action plan status: not reported",
                  missing_nl="Status nationaal actieplan: niet gerapporteerd"),
    ]))


def utc(y, mo, d, h=0, mi=0):
    return datetime(y, mo, d, h, mi, tzinfo=timezone.utc)


@dataclass
class PackWorld:
    store: object
    minister: Person
    member: Person
    other_minister: Person
    meetings: dict
    sessions: dict


def small_pdf(pages: int, text: str) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf, invariant=1)
    for i in range(pages):
        c.setFont("Helvetica", 14)
        c.drawString(72, 700, f"{text} page {i + 1}")
        c.showPage()
    c.save()
    return buf.getvalue()


def build_world(store) -> PackWorld:
    from datetime import date

    from briefer.model import Conference

    store.conference_repo.add(Conference(
        name="Second Global Ministerial Conference on AMR", start_date=date(2019, 6, 19),
        end_date=date(2019, 6, 20), city="Noordwijk", timezone="Europe/Amsterdam",
    ))
    add = lambda repo, obj: getattr(store, repo).add(obj)  # noqa: E731
    minister = add("people", Person(given_name="Bruno", family_name="Bruins", honorific="",
                                    principal_title="Minister voor Medische Zorg en Sport", country="NLD"))
    other = add("people", Person(given_name="Carola", family_name="Schouten",
                                 principal_title="Minister van Landbouw, Natuur en Voedselkwaliteit", country="NLD"))
    member = add("people", Person(given_name="Anne", family_name="de Vries", position="Senior beleidsadviseur",
                                  country="NLD", email="anne@example.nl", phone="+31 6 1234 5678"))
    tr = add("people", Person(honorific="Dr", given_name="Ayşe", family_name="Yılmaz", country="TUR",
                              position="Minister of Health", biography="Ayşe Yılmaz has led the ministry since 2018.\n\nShe trained as a surgeon in İzmir."))
    pl = add("people", Person(given_name="Łukasz", family_name="Wiśniewski", country="POL", position="Deputy Minister of Health",
                              biography="Łukasz Wiśniewski was previously director of the national institute."))
    vn = add("people", Person(given_name="Lan", family_name="Nguyễn Thị", country="VNM", position="Vice-Minister, Việt Nam"))
    gr = add("people", Person(given_name="Αλέξανδρος", family_name="Παπαδόπουλος", country="GRC", position="Υπουργός Υγείας (Ελλάδα)"))
    kg = add("people", Person(given_name="Айбек", family_name="Джумабаев", country="KGZ", position="Министр здравоохранения, Кыргызстан"))
    # packs are printed for the host delegation only
    add("delegations", Delegation(country="NLD", host=True, name="Nederland", members=[
        DelegationMember(person_id=minister.id, role=MemberRole.HEAD),
        DelegationMember(person_id=other.id, role=MemberRole.DEPUTY),
        DelegationMember(person_id=member.id, role=MemberRole.ADVISER, serves_principal_id=minister.id)]))
    hall = add("rooms", Room(name="Bilateral room 1", floor="ground floor", suitable_for_bilaterals=True))
    plenary = add("rooms", Room(name="Plenary hall"))

    def meeting(start, end, country, principal, counterparts, **kw):
        return add("meetings", Meeting(start=start, end=end, principal_id=principal.id, counterpart_country=country,
                                       counterpart_ids=[c.id for c in counterparts], status=MeetingStatus.CONFIRMED, **kw))

    m = {}
    # an earlier meeting with Türkiye by the other minister, with an outcome
    m["tur_earlier"] = meeting(utc(2019, 6, 19, 7, 0), utc(2019, 6, 19, 7, 30), "TUR", other, [tr], room_id=hall.id)
    store.outcomes.add(Outcome(meeting_id=m["tur_earlier"].id, text="Türkiye agreed to share surveillance data via GLASS."))
    m["tur"] = meeting(utc(2019, 6, 19, 9, 0), utc(2019, 6, 19, 9, 30), "TUR", minister, [tr], room_id=hall.id,
                       interpreter_language="tr", interpreter_name="Mehmet Öz", nl_participant_ids=[],
                       classification=Classification.DEP_VERTROUWELIJK)
    m["pol"] = meeting(utc(2019, 6, 19, 12, 0), utc(2019, 6, 19, 12, 30), "POL", minister, [pl])  # no room, no interpreter
    m["vnm"] = meeting(utc(2019, 6, 20, 8, 0), utc(2019, 6, 20, 8, 30), "VNM", minister, [vn], room_id=hall.id,
                       room_confirmed=False, nl_participant_ids=[member.id])
    m["grc"] = meeting(utc(2019, 6, 20, 11, 0), utc(2019, 6, 20, 11, 30), "GRC", minister, [gr], room_id=hall.id)
    m["kgz"] = meeting(utc(2019, 6, 20, 9, 0), utc(2019, 6, 20, 9, 30), "KGZ", other, [kg], room_id=hall.id)

    store.meeting_briefs.add(MeetingBrief(
        meeting_id=m["tur"].id,
        objectives=[Objective(text="Secure Türkiye's support for the One Health declaration")],
        key_messages=["The Netherlands values cooperation with Türkiye on AMR."],
        talking_points=[TalkingPoint(text="Thank the minister for Türkiye's national action plan.", priority=Priority.CERTAIN),
                        TalkingPoint(text="Raise veterinary antibiotic sales data.", priority=Priority.POSSIBLE)],
        expected_positions=["Türkiye will ask for technical assistance on laboratories."],
        defensive_lines=[DefensiveLine(question="Why does the Netherlands still use colistin?", answer="Use has fallen by 70 % since 2009.")],
        background=[BackgroundItem(text="Türkiye hosts a regional WHO office."),
                    BackgroundItem(text="Internal: the embassy reports budget cuts at the ministry.", usable=False)],
    ))
    store.country_briefs.add(CountryBrief(
        country="TUR", summary="Türkiye is a key partner in the region.", relations_nl="Long-standing health cooperation.",
        facts=[Fact(label="Population", value="82 million", source="UN 2019"),
               Fact(label="Local names", value="Türkiye · Việt Nam · Ελλάδα · Кыргызстан", source="")],
        asks=["Laboratory twinning"], sources=[SourceRef(title="TrACSS 2019 country report", publisher="WHO")],
        classification=Classification.DEP_VERTROUWELIJK,
    ))
    store.country_briefs.add(CountryBrief(country="POL", summary="Poland chairs the EU AMR working group."))
    profile = health_profile(store)
    situation, plan = profile.indicators[0], profile.indicators[1]
    set_value(store, profile, situation, "TUR", "High resistance in hospitals.")
    set_value(store, profile, plan, "TUR", "D", source="TrACSS 2019")
    set_value(store, profile, plan, "POL", "C")
    store.add_attachment(Attachment(title="Polish AMR strategy", filename="pl-strategy.pdf", meeting_id=m["pol"].id),
                         small_pdf(2, "Polish strategy"))

    s = {}
    s["opening"] = store.sessions.add(Session(
        start=utc(2019, 6, 19, 7, 30), end=utc(2019, 6, 19, 8, 30), title="Opening plenary", session_kind=SessionKind.OPENING,
        room_id=plenary.id, speaker_ids=[minister.id], attendee_ids=[member.id], speaking_role="opening remarks, 5 min",
        speaking_notes="Excellencies, ladies and gentlemen,\n\nWelcome to Noordwijk."))
    s["panel"] = store.sessions.add(Session(
        start=utc(2019, 6, 20, 12, 0), end=utc(2019, 6, 20, 13, 0), title="Panel: One Health in practice",
        session_kind=SessionKind.PANEL, room_id=plenary.id, attendee_ids=[member.id], chair_id=other.id))
    return PackWorld(store, minister, member, other, m, s)


# ---------------------------------------------------------------------- reading packs back
def norm(text: str) -> str:
    return " ".join(text.split())


class PageTexts(Sequence):
    """Each page's text (whitespace-normalised), extracted the first time it is asked for.

    pypdf's text extraction is most of what reading a pack back costs; a test that looks at the
    outline or at one page should not pay for every page. What any page reads is the same.
    """

    def __init__(self, pages):
        self._pages = pages
        self._read: dict[int, str] = {}

    def __len__(self) -> int:
        return len(self._pages)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        if index not in self._read:
            self._read[index] = norm(self._pages[index].extract_text())
        return self._read[index]

    def __eq__(self, other) -> bool:
        if isinstance(other, (list, tuple, PageTexts)):
            return list(self) == list(other)
        return NotImplemented

    def __repr__(self) -> str:
        return repr(list(self))


class ReadPack:
    """A PDF read back with pypdf: page texts (whitespace-normalised) and the outline."""

    def __init__(self, path, password: str | None = None):
        from pypdf import PdfReader

        self.reader = PdfReader(str(path))
        if password is not None:
            self.reader.decrypt(password)
        self.texts = PageTexts(self.reader.pages)
        self.outline = self._flatten(self.reader.outline, 0)

    def _flatten(self, items, level):
        out = []
        for item in items:
            if isinstance(item, list):
                out += self._flatten(item, level + 1)
            else:
                out.append((level, item.title, self.reader.get_destination_page_number(item) + 1))
        return out

    def header(self, index: int) -> str:
        """Text drawn in the top 22 mm of page ``index`` (0-based): marking and running header."""
        page = self.reader.pages[index]
        top = float(page.mediabox.top) - 22 * 72 / 25.4
        found = []

        def visit(text, cm, tm, font, size):
            y = tm[5] * cm[3] + cm[5]
            if y >= top and text.strip():
                found.append(text)

        page.extract_text(visitor_text=visit)
        return norm(" ".join(found))

    def forms(self, index: int) -> set[str]:
        """Names of the form XObjects page ``index`` draws (the draft mark and watermark are one)."""
        resources = self.reader.pages[index]["/Resources"]
        return set(resources["/XObject"].keys()) if "/XObject" in resources else set()

    def marks_ink(self) -> bytes:
        """The content stream of the draft-mark/watermark form: what is drawn, as PDF operators."""
        for page in self.reader.pages:
            xobjects = page["/Resources"].get("/XObject", {})
            if "/FormXob.BrieferMarks" in xobjects:
                return xobjects["/FormXob.BrieferMarks"].get_object().get_data()
        return b""

    @property
    def pages(self) -> int:
        return len(self.reader.pages)

    @property
    def text(self) -> str:
        return " ".join(self.texts)

    def top(self) -> list[str]:
        return [t for lvl, t, _ in self.outline if lvl == 0]

    def days(self) -> list[tuple[str, int]]:
        """(heading, page) of each day of the programme, from the outline (the entries under it)."""
        out, inside = [], False
        for level, title, page in self.outline:
            if level == 0:
                inside = title in ("Programme", "Programma")
            elif inside:
                out.append((title, page))
        return out

    def programme(self) -> str:
        """The text of the programme's pages, every day's."""
        first = self.days()[0][1]
        end = next(p for lvl, _, p in self.outline if lvl == 0 and p > first) if any(
            lvl == 0 and p > first for lvl, _, p in self.outline) else self.pages + 1
        return " ".join(self.texts[first - 1:end - 1])
