"""Countries: every country taking part, its brief's status, and the country brief editor."""
