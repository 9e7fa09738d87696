"""Today: now and next for the person chosen, the day's conflicts — the rail's first view."""
