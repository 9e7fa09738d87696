"""Actions: the follow-up list and its editor."""
