"""What protects the data on screen and on disk: the lock (idle, Ctrl+L), its curtain, the unlock screen, backups."""
