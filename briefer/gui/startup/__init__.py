"""What runs once when the app starts: platform and self checks, the welcome on an empty database, draft recovery."""
