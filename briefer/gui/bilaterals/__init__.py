"""Bilaterals: the meetings, each with its meeting sheet and brief, and their editors."""
