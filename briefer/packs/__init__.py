"""Briefing packs: compose (who gets what) → render (PDF) → register (print log, addenda).

The ``briefer pack`` command and the GUI's Packs view use this API::

    from briefer.packs import PackOptions, build_pack
    result = build_pack(store, PackOptions(recipient_id=person.id, lang="en"), "pack.pdf",
                        progress=lambda f: ..., cancel=lambda: False)
    result.path, result.pages, result.sections, result.number   # copy number ("Exemplaar 3")

To keep the database on the GUI thread, split the three steps: ``plan = compose(store, options)``
(main thread), ``rendered = render(plan, path, progress=..., cancel=...)`` (background thread —
the plan is immutable and the renderer never touches the store), then
``register_print(store, plan, rendered.pages, rendered.path.name)`` (main thread).
``render_bytes(plan)`` in ``briefer.packs.render`` gives the PDF in memory for a preview.
A window that must keep answering builds in a child process instead: ``briefer.packs.apart``.
Errors are :class:`~briefer.errors.BrieferError` subclasses (``NothingToPrint``,
``PackCancelled``, ``NotFound``…) with a message fit for the user.
"""

from briefer.packs.build import NothingChanged, PackResult, build_pack
from briefer.packs.compose import NothingToPrint, compose
from briefer.packs.flowables import PackCancelled
from briefer.packs.plan import ALL_SECTIONS, PackOptions, PackPlan, Section
from briefer.packs.register import register_print
from briefer.packs.render import RenderResult, render

__all__ = [
    "ALL_SECTIONS", "NothingToPrint", "PackCancelled", "PackOptions", "PackPlan", "PackResult", "RenderResult",
    "NothingChanged", "Section", "build_pack", "compose", "register_print", "render",
]
