"""What every record view shares: the list, the editor base, the page joining them, the history, fresh reads, the base table model."""
