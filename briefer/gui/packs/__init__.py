"""Packs: choosing, building and previewing a briefing pack."""
