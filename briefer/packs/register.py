"""The print log and addenda: copy numbers, versions, and "changes since you printed".

Each printed pack is recorded with a digest per part (see ``compose.digest``).
A later print of the same content keeps the version, in whatever language;
changed content gets the next version. An addendum compares today's parts with those of copy N and
keeps only the parts that are new or changed, listing removed ones too.
The SQL lives in :mod:`briefer.store.print_register`.
"""

from __future__ import annotations

import dataclasses
from zoneinfo import ZoneInfo

from briefer.i18n import format_datetime, label
from briefer.model.prints import PrintedPart, PrintRecord
from briefer.packs.plan import Change, PackPlan, Part
from briefer.store import Store
from briefer.store.print_register import PrintRegister


def next_version(register: PrintRegister, plan: PackPlan) -> int:
    """The version this content gets: the last print's if unchanged, else one more (1 for a first print)."""
    kind = "meeting" if plan.kind == "meeting" else "pack"
    last = register.last(plan.recipient_id, kind, plan.meeting_id if kind == "meeting" else None)
    if last is None:
        return 1
    # the content digest is the same in every language: printing Dutch, English, Dutch is one version
    same = last.content_digest == plan.content_digest if last.content_digest else last.digest == plan.digest
    return last.version if same else last.version + 1


def _pages(part: PrintedPart, base: PrintRecord, lang: str) -> str:
    """"replaces pages 5–6 of copy 3" (empty when the copy's pages were not recorded)."""
    if not part.pages:
        return ""
    first, last = part.pages[0], part.pages[-1]
    span = str(first) if first == last else f"{first}–{last}"
    return label("replaces_page" if first == last else "replaces_pages", lang, pages=span, number=base.number)


def _details(before: PrintedPart, after: Part, lang: str) -> tuple[str, ...]:
    """One "label: old → new" line per fact that differs (time, room, counterpart, key messages…)."""
    old = dict(before.facts)
    lists = {label("other_side", lang), label("attachments", lang)}  # one item per person or file, "; " between
    out = []
    for name, value in after.facts:
        was = old.get(name)
        if was is None or was == value or was == _names_only(value):
            continue
        if name in lists and was and value and len(was.split("; ")) == len(value.split("; ")):
            # the same number of people or files: only those that changed, not the whole row again
            pairs = [(a, b) for a, b in zip(was.split("; "), value.split("; ")) if a != b]
            was, value = "; ".join(a for a, _ in pairs), "; ".join(b for _, b in pairs)
        out.append(f"{name}: {was or '—'} → {value or '—'}")
    return tuple(out)


def _names_only(value: str) -> str:
    """The counterparts' fact as copies registered before it named their titles wrote it ("A, B" for
    "A (Minister); B"): such a copy differs in form, not in fact, and gets no old → new line."""
    return ", ".join(x.split(" (")[0] for x in value.split("; "))


def addendum(plan: PackPlan, base: PrintRecord, tz: ZoneInfo) -> PackPlan:
    """``plan`` reduced to the parts changed since copy ``base``, with what changed (old → new) and
    which pages of that copy each part replaces; a cancelled meeting is named as cancelled."""
    lang = plan.lang
    old = {p.key: p for p in base.parts}
    new_keys = {p.key for p in plan.parts}
    include, changes, replaces = set(), [], []
    for p in plan.parts:
        before = old.get(p.key)
        if before is None or before.digest != p.digest:
            include.add(p.key)
            pages = _pages(before, base, lang) if before is not None else ""
            if pages:
                replaces.append((p.key, pages))
            changes.append(Change(p.title, label("change_new" if before is None else "change_changed", lang),
                                  _details(before, p, lang) if before is not None else (), pages))
    for p in base.parts:
        if p.key not in new_keys:
            cancelled = p.key.split("/")[0] in plan.cancelled_keys
            what = label("change_cancelled" if cancelled else "change_removed", lang)
            changes.append(Change(p.title, what, (), _pages(p, base, lang)))
    when = format_datetime(base.printed_at, tz, lang)
    # lines are compared as printed: a copy in the other language would bar every line
    passages = tuple((p.key, frozenset(p.passages)) for p in base.parts if p.passages) if base.lang == lang else ()
    return dataclasses.replace(
        plan, kind="addendum", title=label("addendum_title", lang), include=frozenset(include),
        changes=tuple(changes), base_number=base.number, replaces=tuple(replaces),
        base_label=label("addendum_to", lang, number=base.number, when=when), base_passages=passages,
    )


def register_print(store: Store, plan: PackPlan, pages: int, filename: str,
                   part_pages: dict[str, tuple[int, int]] | None = None) -> PrintRecord:
    """Record a rendered pack in the print register (who, what version, for whom, when, and on which
    pages each part printed — ``RenderResult.part_pages`` — so an addendum can say what it replaces)."""
    part_pages = part_pages or {}
    return PrintRegister(store).record(PrintRecord(
        number=plan.number, kind=plan.kind, printed_at=plan.printed_at, printed_by=store.user,
        recipient_id=plan.recipient_id, recipient_name=plan.recipient_name, meeting_id=plan.meeting_id,
        lang=plan.lang, version=plan.version, classification=plan.classification, draft=plan.draft,
        digest=plan.digest, parts=[PrintedPart(key=p.key, title=p.title, digest=p.digest, facts=list(p.facts),
                                                pages=list(part_pages.get(p.key, ())), passages=list(p.passages))
               for p in plan.parts],
        base_number=plan.base_number, filename=filename, pages=pages,
        period_start=plan.start, period_end=plan.end, sections=list(plan.sections),
        content_digest=plan.content_digest, override_by=plan.override_by, override_reason=plan.override_reason,
    ))
