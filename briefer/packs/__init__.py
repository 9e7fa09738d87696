"""Briefing packs: compose (who gets what) → render (PDF) → register (print log, addenda).

The GUI's Packs view and the ``briefer pack`` command both call :func:`build_pack`
or, to keep the database on the main thread, :func:`compose` then
:func:`render` (in the background) then :func:`register_print`.
"""

from briefer.packs.build import PackResult, build_pack
from briefer.packs.compose import NothingToPrint, compose
from briefer.packs.flowables import PackCancelled
from briefer.packs.plan import ALL_SECTIONS, PackOptions, PackPlan, Section
from briefer.packs.register import register_print
from briefer.packs.render import RenderResult, render

__all__ = [
    "ALL_SECTIONS", "NothingToPrint", "PackCancelled", "PackOptions", "PackPlan", "PackResult", "RenderResult",
    "Section", "build_pack", "compose", "register_print", "render",
]
